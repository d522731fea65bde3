/**
 * --out that respects its target (issue 23), each case through the command line in a process of its own, as a
 * clerk runs it: the exact message, the exit code, the --json error document, and what is on disk after.
 */
import { execFileSync, spawn, spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { fixture } from "./runCli";

const CHILD = path.join(__dirname, "childCli.js");
const INPUT = fixture("2021_民生实事.csv");
const cache = fs.mkdtempSync(path.join(os.tmpdir(), "taizhang-child-cli-"));
let dir: string;

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "taizhang-out-"));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));
afterAll(() => fs.rmSync(cache, { recursive: true, force: true }));

/** The command line in a child process; a refusal must come at once, so a run that hangs (a FIFO opened) fails. */
function taizhang(args: string[]): { code: number | null; out: string; err: string } {
  const run = spawnSync(process.execPath, [CHILD, ...args], {
    cwd: dir,
    encoding: "utf8",
    env: { ...process.env, CHILD_CLI_CACHE: cache },
    timeout: 110_000,
    killSignal: "SIGKILL",
  });
  if (run.error) throw run.error;
  return { code: run.status, out: run.stdout, err: run.stderr };
}

/** A refused --out: exit 2, the one message on stderr, the same in the JSON error document with its reason. */
function expectRefused(args: string[], message: string, file: string, reason: string, params: Record<string, unknown>): void {
  const result = taizhang([...args, "--json"]);
  expect([result.code, result.err]).toEqual([2, `${message}\n`]);
  expect(JSON.parse(result.out)).toEqual({ error: { code: "file/write-failed", message, file, reason, params } });
}

const COMMANDS: [string, string[]][] = [
  ["fix", ["fix", INPUT]],
  ["summarize", ["summarize", INPUT]],
  ["analyze", ["analyze", INPUT]],
];

async function sheetNames(file: string): Promise<string[]> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(file);
  return book.worksheets.map((sheet) => sheet.name);
}

describe("--out onto what must not be replaced is refused, naming it", () => {
  it.each(COMMANDS)("%s: a read-only (444) file is left unchanged, byte for byte and mode", (_name, command) => {
    const out = path.join(dir, "只读.xlsx");
    fs.writeFileSync(out, "the clerk's own file");
    fs.chmodSync(out, 0o444);
    expectRefused(
      [...command, "--out", out],
      '无法保存文件 "只读.xlsx"：该文件是只读的（或没有写入权限），未改动；请另选文件名，或先取消只读',
      out,
      "save/file-read-only",
      { file: "只读.xlsx" },
    );
    expect([fs.readFileSync(out, "utf8"), fs.statSync(out).mode & 0o777]).toEqual(["the clerk's own file", 0o444]);
    expect(fs.readdirSync(dir)).toEqual(["只读.xlsx"]);
  });

  (fs.existsSync("/dev/full") ? it : it.skip)("analyze --out /dev/full says it is a device (not that summarize needs --out)", () => {
    expectRefused(
      ["analyze", INPUT, "--out", "/dev/full"],
      '无法保存文件 "/dev/full"：这是设备文件，不是普通文件，不能写入；请指定一个 .xlsx 文件',
      "/dev/full",
      "save/not-a-file",
      { file: "full", path: "/dev/full", kind: "device" },
    );
  });

  it("a FIFO is refused at once, without opening it (which would wait for a reader for ever), in English with --lang en-US", () => {
    const fifo = path.join(dir, "pipe.xlsx");
    execFileSync("mkfifo", [fifo]);
    expectRefused(
      ["summarize", INPUT, "--out", fifo, "--lang", "en-US"],
      `Cannot save the file "${fifo}": that is a pipe (FIFO), not a regular file, and cannot be written. Name an .xlsx file.`,
      fifo,
      "save/not-a-file",
      { file: "pipe.xlsx", path: fifo, kind: "fifo" },
    );
    expect(fs.statSync(fifo).isFIFO()).toBe(true);
  });

  it("an existing folder is refused as a folder (no EISDIR), and nothing is put in it", () => {
    const folder = path.join(dir, "汇总.xlsx");
    fs.mkdirSync(folder);
    expectRefused(
      ["fix", INPUT, "--out", folder],
      `无法保存文件 "${folder}"：这是一个已有的文件夹，不是文件；请指定文件夹中的一个 .xlsx 文件名`,
      folder,
      "save/is-folder",
      { file: "汇总.xlsx", path: folder },
    );
    expect(fs.readdirSync(folder)).toEqual([]);
  });

  it("an --out that is not .xlsx says so (analyze used to say that summarize needs --out)", () => {
    const out = path.join(dir, "汇总.csv");
    expectRefused(["analyze", INPUT, "--out", out], '无法保存文件 "汇总.csv"：只能保存为 .xlsx 文件', out, "save/not-xlsx", { file: "汇总.csv" });
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it("a symbolic link to nothing is refused, saying where it points", () => {
    const link = path.join(dir, "链接.xlsx");
    fs.symlinkSync("不存在.xlsx", link);
    expectRefused(
      ["analyze", INPUT, "--out", link],
      '无法保存文件 "链接.xlsx"：这是一个符号链接（指向 "不存在.xlsx"），但它指向的文件不存在或链接形成循环；请另选文件名',
      link,
      "save/broken-link",
      { file: "链接.xlsx", points: "不存在.xlsx" },
    );
    expect(fs.readlinkSync(link)).toBe("不存在.xlsx");
  });
});

describe("--out onto a symbolic link writes through it", () => {
  it("summarize replaces the file the link points to, keeps the link and the file's permissions, and says so", async () => {
    fs.mkdirSync(path.join(dir, "共享"));
    const real = path.join(dir, "共享", "汇总.xlsx");
    fs.writeFileSync(real, "last week's summary");
    fs.chmodSync(real, 0o640);
    const link = path.join(dir, "汇总.xlsx");
    fs.symlinkSync(path.join("共享", "汇总.xlsx"), link);
    const result = taizhang(["summarize", INPUT, "--out", link]);
    expect([result.code, result.out.trim().split("\n").pop()]).toEqual([
      0,
      `${link} 是符号链接：已写入它指向的文件 ${fs.realpathSync(real)}，链接本身保留不变。`,
    ]);
    expect(fs.lstatSync(link).isSymbolicLink()).toBe(true);
    expect(fs.readlinkSync(link)).toBe(path.join("共享", "汇总.xlsx"));
    expect(await sheetNames(real)).toContain("部门汇总");
    expect(fs.statSync(real).mode & 0o777).toBe(0o640);
  });
});

/**
 * A writer killed with SIGKILL halfway through its temporary file: writeFileAtomically in a child process whose
 * write stops after half the bytes and waits to be killed. Resolves with the temporary file it left.
 */
async function killedMidWrite(target: string): Promise<string> {
  const script = `
    const fs = require("node:fs");
    const open = fs.promises.open;
    fs.promises.open = async (...args) => {
      const handle = await open(...args);
      handle.writeFile = async (data) => {
        await handle.write(data.subarray(0, data.length / 2));
        process.stdout.write("half written\\n");
        await new Promise(() => setInterval(() => {}, 1 << 30));
      };
      return handle;
    };
    require(process.env.SAVE_TS).writeFileAtomically(process.env.TARGET, new Uint8Array(1 << 20));
  `;
  const child = spawn(process.execPath, ["-r", path.join(__dirname, "..", "transpileHook.js"), "-e", script], {
    env: { ...process.env, CHILD_CLI_CACHE: cache, SAVE_TS: path.join(__dirname, "..", "..", "src", "host", "files", "save.ts"), TARGET: target },
    stdio: ["ignore", "pipe", "inherit"],
  });
  await new Promise<void>((resolve, reject) => {
    child.stdout.on("data", (chunk: Buffer) => chunk.toString().includes("half written") && resolve());
    child.on("exit", (code) => reject(new Error(`the writer ended by itself (${code})`)));
  });
  const left = fs.readdirSync(path.dirname(target)).filter((name) => name.endsWith(".tmp"));
  const exited = new Promise((resolve) => child.on("exit", (_code, signal) => resolve(signal)));
  child.kill("SIGKILL");
  expect(await exited).toBe("SIGKILL");
  // Named as ours, with the killed process's id.
  expect(left).toEqual([expect.stringMatching(new RegExp(`^\\.${path.basename(target).replace(".", "\\.")}\\.${child.pid}-[0-9a-f]{8}\\.tmp$`, "u"))]);
  return left[0];
}

describe("a run killed during its write (kill -9) leaves a temporary file; the next run clears it", () => {
  it("the earlier output survives the kill whole, and the next fix into the folder removes what the killed run left", async () => {
    const out = path.join(dir, "修复后.xlsx");
    expect(taizhang(["fix", INPUT, "--out", out]).code).toBe(0);
    const before = fs.readFileSync(out);
    const left = await killedMidWrite(out);
    expect(fs.statSync(path.join(dir, left)).size).toBe(1 << 19);
    expect(fs.readFileSync(out).equals(before)).toBe(true);
    expect(taizhang(["fix", INPUT, "--out", out]).code).toBe(0);
    expect(fs.readdirSync(dir)).toEqual(["修复后.xlsx"]);
  });

  it("fix into the folder removes the dead run's .NAME.PID-….tmp and keeps a running one's", async () => {
    // What kill -9 leaves: the temporary file of a process that no longer runs (a child that has exited).
    const dead = Number(spawnSync(process.execPath, ["-e", "process.stdout.write(String(process.pid))"], { encoding: "utf8" }).stdout);
    const killed = `.修复后.xlsx.${dead}-0badf00d.tmp`;
    const running = `.修复后.xlsx.${process.pid}-cafebabe.tmp`;
    fs.writeFileSync(path.join(dir, killed), "half a workbook");
    fs.writeFileSync(path.join(dir, running), "a write still going on");
    const out = path.join(dir, "修复后.xlsx");
    const result = taizhang(["fix", INPUT, "--out", out]);
    expect(result.code).toBe(0);
    expect(fs.readdirSync(dir).sort()).toEqual([running, "修复后.xlsx"].sort());
    expect(await sheetNames(out)).toContain("2021_民生实事");
  });
});
