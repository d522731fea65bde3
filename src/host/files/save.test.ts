import { execFileSync, spawnSync } from "node:child_process";
import { promises as fs } from "node:fs";
import * as net from "node:net";
import * as os from "node:os";
import * as path from "node:path";
import { WorkbookError } from "../port";
import { checkWriteTarget, removeStaleTemporaryFiles, STALE_TEMP_AGE_MS, writeFileAtomically } from "./save";

/**
 * Writing that respects the target (issue 23): what is there is checked before a byte is written, a symbolic
 * link is written through, and the temporary files of a killed run are cleared by the next write.
 */
let dir: string;
beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "taizhang-save-"));
});
afterEach(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

async function refusal(promise: Promise<unknown>): Promise<{ reason: string; params: unknown }> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof WorkbookError)) throw new Error(`expected a WorkbookError, got ${String(error)}`);
  expect(error.code).toBe("file/write-failed");
  return { reason: error.problem.reason, params: error.problem.params };
}

/** The id of a process that has ended: a child that ran and exited. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ["-e", "process.stdout.write(String(process.pid))"], { encoding: "utf8" });
  return Number(child.stdout);
}

const BYTES = new TextEncoder().encode("new workbook bytes");

describe("checkWriteTarget and writeFileAtomically refuse what must not be replaced", () => {
  it("a read-only file (444) is refused and left as it was, even when the process could write it (root)", async () => {
    const file = path.join(dir, "只读.xlsx");
    await fs.writeFile(file, "old");
    await fs.chmod(file, 0o444);
    expect(await refusal(writeFileAtomically(file, BYTES))).toEqual({ reason: "save/file-read-only", params: { file: "只读.xlsx" } });
    expect([await fs.readFile(file, "utf8"), (await fs.stat(file)).mode & 0o777]).toEqual(["old", 0o444]);
    expect(await fs.readdir(dir)).toEqual(["只读.xlsx"]);
  });

  it("a folder, a device, a FIFO and a socket are refused by what they are", async () => {
    const folder = path.join(dir, "out.xlsx");
    await fs.mkdir(folder);
    expect(await refusal(checkWriteTarget(folder))).toEqual({ reason: "save/is-folder", params: { file: "out.xlsx", path: folder } });
    expect(await refusal(checkWriteTarget("/dev/null"))).toEqual({ reason: "save/not-a-file", params: { file: "null", path: "/dev/null", kind: "device" } });
    const fifo = path.join(dir, "pipe.xlsx");
    execFileSync("mkfifo", [fifo]);
    expect(await refusal(writeFileAtomically(fifo, BYTES))).toEqual({ reason: "save/not-a-file", params: { file: "pipe.xlsx", path: fifo, kind: "fifo" } });
    const socket = path.join(dir, "sock.xlsx");
    const server = net.createServer().listen(socket);
    await new Promise((resolve) => server.once("listening", resolve));
    try {
      expect(await refusal(checkWriteTarget(socket))).toMatchObject({ reason: "save/not-a-file", params: { kind: "socket" } });
    } finally {
      server.close();
    }
  });

  it("a symbolic link is written through: its target replaced with its permissions, the link kept", async () => {
    await fs.mkdir(path.join(dir, "real"));
    const real = path.join(dir, "real", "汇总.xlsx");
    await fs.writeFile(real, "old");
    await fs.chmod(real, 0o600);
    const link = path.join(dir, "link.xlsx");
    await fs.symlink(path.join("real", "汇总.xlsx"), link);
    const written = await writeFileAtomically(link, BYTES);
    expect([written.file, written.link]).toEqual([await fs.realpath(real), link]);
    expect(await fs.readlink(link)).toBe(path.join("real", "汇总.xlsx"));
    expect(await fs.readFile(real, "utf8")).toBe("new workbook bytes");
    expect((await fs.stat(real)).mode & 0o777).toBe(0o600);
    expect((await fs.readdir(path.join(dir, "real"))).sort()).toEqual(["汇总.xlsx"]);
  });

  it("a link to a read-only file is refused as the file would be; a link to nothing, or a loop, as broken", async () => {
    const real = path.join(dir, "ro.xlsx");
    await fs.writeFile(real, "old");
    await fs.chmod(real, 0o444);
    await fs.symlink(real, path.join(dir, "to-ro.xlsx"));
    expect((await refusal(checkWriteTarget(path.join(dir, "to-ro.xlsx")))).reason).toBe("save/file-read-only");
    await fs.symlink("gone.xlsx", path.join(dir, "broken.xlsx"));
    expect(await refusal(checkWriteTarget(path.join(dir, "broken.xlsx")))).toEqual({
      reason: "save/broken-link",
      params: { file: "broken.xlsx", points: "gone.xlsx" },
    });
    await fs.symlink("b.xlsx", path.join(dir, "a.xlsx"));
    await fs.symlink("a.xlsx", path.join(dir, "b.xlsx"));
    expect((await refusal(checkWriteTarget(path.join(dir, "a.xlsx")))).reason).toBe("save/broken-link");
  });

  it("a new name in an existing folder is taken; in a missing folder it is refused naming the folder", async () => {
    expect(await checkWriteTarget(path.join(dir, "新.xlsx"))).toEqual({ file: path.join(dir, "新.xlsx"), link: null, existing: null });
    expect(await refusal(checkWriteTarget(path.join(dir, "无", "新.xlsx")))).toEqual({
      reason: "save/no-folder",
      params: { file: "新.xlsx", folder: path.join(dir, "无") },
    });
  });
});

describe("temporary files of an interrupted run", () => {
  const temp = (name: string, pid: number, hex = "deadbeef") => `.${name}.${pid}-${hex}.tmp`;

  it("are removed when their process is gone or they are over a day old; others are left alone", async () => {
    const dead = deadPid();
    const names = {
      // kill -9 during a write leaves exactly this: our name, the killed process's id.
      killed: temp("汇总.xlsx", dead),
      // A write still going on in another process (this test's parent, jest's worker, is alive).
      running: temp("汇总.xlsx", process.ppid, "cafebabe"),
      // A live process id, but two days old: the id was reused since.
      reused: temp("其他.xlsx", process.ppid, "0badf00d"),
      // Not ours: another program's file, a name almost like ours, a folder named like ours.
      notes: ".notes.tmp",
      almost: `.x.xlsx.${dead}-nothex!.tmp`,
      folder: temp("dir.xlsx", dead, "abcdef01"),
    };
    for (const [key, name] of Object.entries(names)) {
      if (key === "folder") await fs.mkdir(path.join(dir, name));
      else await fs.writeFile(path.join(dir, name), "half a workbook");
    }
    const old = new Date(Date.now() - STALE_TEMP_AGE_MS - 60_000);
    await fs.utimes(path.join(dir, names.reused), old, old);

    expect((await removeStaleTemporaryFiles(dir)).sort()).toEqual([names.killed, names.reused].sort());
    expect((await fs.readdir(dir)).sort()).toEqual([names.running, names.notes, names.almost, names.folder].sort());
  });

  it("are cleared by the next write into the folder, which leaves only its own file", async () => {
    await fs.writeFile(path.join(dir, temp("out.xlsx", deadPid())), "half");
    await writeFileAtomically(path.join(dir, "out.xlsx"), BYTES);
    expect(await fs.readdir(dir)).toEqual(["out.xlsx"]);
  });
});
