/**
 * The command line speaks one language at a time: Chinese by default, English with --lang en-US, never both in
 * one sentence. What it cannot run is told in that language, and with --json as one {"error": …} document.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { COMMANDS } from "../../src/cli/main";
import { OPTION_VALUES, type OptionName } from "../../src/cli/command";
import { cliText, type CliMessages } from "../../src/cli/messages";
import { closest, editDistance } from "../../src/cli/suggest";
import { openWorkbookFile } from "../../src/host/files";
import { fixture, runCli } from "./runCli";

/** Chinese characters and the full-width punctuation that goes with them. */
const CJK = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef“”‘’]+/gu;
/** English words of three letters or more. */
const WORDS = /[A-Za-z]{3,}/gu;

/** Every text cell and sheet name of a file: what an output may quote from it in any language. */
async function dataOf(file: string): Promise<string> {
  const book = await openWorkbookFile(file);
  const texts = [path.basename(file)];
  for (const name of await book.sheetNames()) {
    texts.push(name);
    for (const row of (await book.readSheet(name)).values) for (const cell of row) if (typeof cell === "string") texts.push(cell);
  }
  return texts.join("\n");
}

/** The Chinese of an English output that is neither quoted ("…", as data is) nor found in the file's data. */
function chineseOf(output: string, data: string): string[] {
  const unquoted = output.replace(/"(?:[^"\\\n]|\\.)*"/gu, "");
  return [...new Set(unquoted.match(CJK) ?? [])].filter((run) => !data.includes(run));
}

const H1 = fixture("2021_上半年执行情况.xlsx");
const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), "taizhang-language-"));

describe("--lang en-US: English, with no Chinese but the data's", () => {
  it.each([
    ["validate", [H1]],
    ["lag", [H1, "--all"]],
    ["inspect", [H1]],
    ["inspect", [fixture("2021_专项行动.xlsx")]],
    ["fix", [H1, "--out", "fixed.xlsx"]],
    ["targets", ["--text", "新增城镇就业4.5万人以上"]],
    ["validate", ["no-such-file.xlsx", "--bogus"]],
    ["validate", ["no-such-file.xlsx"]],
    ["summarize", [fixture("bad/truncated.xlsx"), "--json"]],
    ["lag", [H1, "--as-of", "June"]],
  ])("%s %s", async (command, args) => {
    const dir = tmp();
    const argv = [command, ...args.map((arg) => (arg === "fixed.xlsx" ? path.join(dir, arg) : arg)), "--lang", "en-US"];
    const result = await runCli(argv);
    const output = result.out + result.err;
    expect(output.match(WORDS)?.length).toBeGreaterThanOrEqual(3);
    const readable = fs.existsSync(args[0]) && !args[0].includes(`${path.sep}bad${path.sep}`);
    expect(chineseOf(output, readable ? await dataOf(args[0]) : args.join(" "))).toEqual([]);
  });

  it("a file it cannot read: the host's problem in English, and as data in --json", async () => {
    const result = await runCli(["validate", "no-such-file.xlsx", "--json", "--lang", "en-US"]);
    const { error } = JSON.parse(result.out) as { error: Record<string, unknown> };
    expect(error).toEqual({
      code: "file/not-found",
      message: 'Cannot read the file "no-such-file.xlsx": the file was not found. Check the path and the file name.',
      file: "no-such-file.xlsx",
      reason: "file/not-found",
      params: { file: "no-such-file.xlsx" },
    });
    expect(result.err.trim()).toBe(error.message);
  });

  it("validate: the issues, their severity and the closing counts in English", async () => {
    const { out } = await runCli(["validate", H1, "--lang", "en-US"]);
    expect(out).toContain("2021上半年执行情况!E17  warning  The status is empty.");
    expect(out).toContain("  → fixable\n");
    expect(out).toMatch(/^\d+ issues: 0 errors, \d+ warnings, \d+ notes; \d+ of them can be fixed in one go \(\d+ cells\)/mu);
  });

  it("analyze: the sections and the counts in English", async () => {
    const { code, out } = await runCli(["analyze", H1, "--lang", "en-US"]);
    expect(code).toBe(0);
    for (const title of ["1. Recognition and validation", "2. Prior year", "3. Lagging tasks", "4. By unit (top 10)"]) expect(out).toContain(`\n${title}\n`);
    expect(out).toContain('"2021上半年执行情况": progress report, 96 tasks (rows 2–102)');
    expect(out).toContain("As of 2021-06-30, pace 50%");
    expect(out).not.toMatch(/识别与校验|上年对比|滞后预警|部门汇总|可一键修复|下一步/u);
  });
});

describe("Chinese by default, without the English that used to follow each sentence", () => {
  // The words a Chinese sentence may carry: commands, options and their placeholders, file types, names.
  const escape = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&");
  const literal = [...COMMANDS.map((c) => c.name), ...Object.values(OPTION_VALUES).filter((v): v is NonNullable<typeof v> => v !== null)];
  const allowed = new RegExp([...literal.map(escape), "taizhang", "--[a-z-]+", "FILE", "Excel", "JSON", "\\.(?:xlsx|csv|txt)\\b", "builtin"].join("|"), "gu");

  it.each([
    ["validate", [H1]],
    ["lag", [H1]],
    ["inspect", [H1]],
    ["analyze", [H1]],
    ["match", [fixture("2024_责任分解.xlsx"), "--prior", fixture("2021_责任分解.xlsx")]],
    ["targets", [fixture("2021_责任分解.xlsx")]],
    ["fix", [H1]],
    ["frobnicate", []],
  ])("%s %s", async (command, args) => {
    const result = await runCli([command, ...args]);
    // What was typed comes back as it was (a file's path, a misspelt command).
    const typed = [command, ...args].reduce((text, arg) => text.split(arg).join(""), result.out + result.err);
    const output = typed.replace(allowed, "");
    const data = args[0]?.endsWith(".xlsx") ? await dataOf(args[0]) : "";
    expect([...new Set(output.match(WORDS) ?? [])].filter((word) => !data.includes(word))).toEqual([]);
  });
});

describe("the catalogues", () => {
  /** A sample of every kind of sentence each catalogue makes, with ASCII data. */
  const sentences = (m: CliMessages): string[] => [
    m.helpUsage,
    m.helpFooter,
    ...Object.values(m.commands).flatMap((c) => [c.summary]),
    ...Object.values(m.options),
    ...Object.values(m.optionFor).flatMap((options) => Object.values(options ?? {})),
    m.usageProblems["unknown-command"]({ name: "x", suggestion: "analyze" }),
    m.usageProblems["unknown-option"]({ command: "lag", option: "--x", suggestion: "--all" }),
    m.usageProblems["missing-value"]({ command: "lag", option: "--sheet", value: "NAME" }),
    m.usageProblems["takes-no-value"]({ command: "lag", option: "--json" }),
    m.usageProblems["unexpected-argument"]({ command: "lag", argument: "b" }),
    m.usageProblems["unknown-builtin-year"]({ text: "1999", years: [2020, 2021] }),
    m.noTableInFile("a.xlsx", [{ sheet: "S", rowsExamined: 3, closest: { row: 1, headers: ["A"], lacks: "no-task" } }]),
    m.validateSummary({ total: 3, error: 1, warning: 1, info: 1, fixable: 2, cells: 1 }),
    m.fixDone({ fixable: 2, cells: 1 }, "out.xlsx"),
    m.asOfLine({ date: "2021-06-30", pace: 0.5, source: "title", evidence: "H1" }),
    m.asOfLine({ date: null, pace: null, source: "none" }),
    m.placeLine({ name: "P", jiaxing: true, evidence: [{ source: "title", text: "T" }] }),
    m.placeLine({ name: null, jiaxing: false, evidence: [] }),
    m.priorGroup({ sheets: ["S"], sources: ["F"], auto: true, tasks: 3, matched: 2 }),
    m.priorChanged(2),
    m.noPriorForPlace("P"),
    m.unitLine({ rank: 1, unit: "U", kind: "K", tasks: 2, lead: 1, categories: [`${m.category.behind} 1`], lagging: ["3"] }),
    m.lagSummary(4, 1, 1, 1, 1),
    m.matchSummary(3, 2),
    m.inspectCounts({ task: 1, continuation: 2, section: 3, note: 4 }),
    m.inspectWhy("task", { header: "H", cue: 1, kind: "sentence", count: 3, filled: 4 }),
    m.targetLine({ where: { sheet: "S", row: 3, seq: "1" }, metric: "M", verb: "V", comparator: ">=", value: 6, unit: "%", qualifiers: ["Q"], raw: "R" }),
    m.summarizeDone("out.xlsx", ["T1", "T2"]),
    m.analyzeNext("a.xlsx"),
  ];

  it("en-US has no Chinese", () => {
    expect(sentences(cliText("en-US")).filter((s) => s.match(CJK) !== null)).toEqual([]);
  });

  it("zh-CN has no English sentence after its Chinese one", () => {
    // An English word right after a Chinese full stop is the old "中文。English." pattern.
    expect(sentences(cliText("zh-CN")).filter((s) => /[。）]\s*[A-Z][a-z]+ /u.test(s))).toEqual([]);
  });

  it("explain every option of every command in both languages", () => {
    for (const m of [cliText("zh-CN"), cliText("en-US")]) {
      for (const command of COMMANDS) {
        for (const option of Object.keys(command.options) as OptionName[])
          expect([command.name, option, m.options[option]]).toEqual([command.name, option, expect.any(String)]);
        expect(m.commands[command.name].example).toMatch(new RegExp(`^taizhang ${command.name}\\b`, "u"));
      }
    }
  });
});

describe("help", () => {
  it("taizhang --help lists every command with an example, and every option in a line", async () => {
    const { code, out } = await runCli(["--help"]);
    expect(code).toBe(0);
    const zh = cliText("zh-CN");
    for (const command of COMMANDS) {
      expect(out).toContain(zh.commands[command.name].summary);
      expect(out).toContain(`示例：${zh.commands[command.name].example}`);
    }
    for (const option of Object.keys(OPTION_VALUES)) expect(out).toMatch(new RegExp(`^  --${option}( \\S+)? {3,}\\S`, "mu"));
  });

  it("taizhang CMD --help explains each option of the command, in the language asked for", async () => {
    const { code, out } = await runCli(["lag", "--help", "--lang", "en-US"]);
    expect(code).toBe(0);
    const en = cliText("en-US");
    expect(out.split("\n").slice(0, 2)).toEqual([`Usage: ${COMMANDS.find((c) => c.name === "lag")?.usage}`, en.commands.lag.summary]);
    for (const option of ["sheet", "as-of", "statuses", "all", "lang", "json", "help"] as const) {
      expect(out).toContain(`  --${option}${OPTION_VALUES[option] ? ` ${OPTION_VALUES[option]}` : ""}`);
      expect(out).toContain(en.options[option]);
    }
    expect(out).toContain(`Example: ${en.commands.lag.example}`);
    expect(out).not.toMatch(CJK);
    expect((await runCli(["fix", "-h"])).out).toContain(cliText("zh-CN").optionFor.fix?.out);
  });
});

describe("mistakes in the command line", () => {
  it("suggests the command a misspelt one was meant to be", async () => {
    const zh = await runCli(["analyse", "x.xlsx"]);
    expect(zh).toEqual({ code: 2, out: "", err: '未知命令 "analyse"。您是不是要运行 analyze？\n' });
    const en = await runCli(["valdiate", "x.xlsx", "--lang", "en-US"]);
    expect(en.err).toBe('Unknown command "valdiate". Did you mean validate?\n');
    expect((await runCli(["report"])).err).toBe('未知命令 "report"。\n');
  });

  it("names an unknown option in its own words, suggesting a close one", async () => {
    const result = await runCli(["lag", H1, "--as_of", "2021-06-30"]);
    expect(result.code).toBe(2);
    expect(result.err.split("\n")[0]).toBe("命令 lag 没有参数 --as_of。您是不是要用 --as-of？");
    expect(result.err).not.toMatch(/Unknown option|positional/u);
    const english = await runCli(["validate", H1, "--bogus", "--lang", "en-US"]);
    expect(english.err.split("\n")[0]).toBe("validate has no option --bogus.");
  });

  it("says which option lacks its value, or takes none", async () => {
    expect((await runCli(["validate", H1, "--sheet"])).err.split("\n")[0]).toBe("参数 --sheet 后面需要写一个值（--sheet NAME）。");
    expect((await runCli(["validate", H1, "--json=yes"])).err.split("\n")[0]).toBe("参数 --json 是开关，后面不用写值。");
    expect((await runCli(["validate", H1, "x.xlsx"])).err.split("\n")[0]).toBe(
      '命令 validate 只处理一个文件，多出了 "x.xlsx"（文件名或工作表名含空格时请加引号）。',
    );
  });

  it.each([
    ["a misspelt command", ["analyse", "--json"], { reason: "unknown-command", params: { name: "analyse", suggestion: "analyze" } }],
    ["an unknown option", ["lag", H1, "--bogus", "--json"], { reason: "unknown-option", params: { command: "lag", option: "--bogus", suggestion: null } }],
    ["a missing value", ["validate", H1, "--sheet", "--json"], { reason: "missing-value", params: { command: "validate", option: "--sheet", value: "NAME" } }],
    ["a usage error", ["fix", H1, "--json"], { reason: "fix-needs-out", params: {} }],
    ["no command", ["--json"], { reason: "no-command", params: {} }],
  ])("with --json, %s is one JSON document on stdout", async (_what, argv, problem) => {
    const result = await runCli([...argv, "--lang", "en-US"]);
    expect(result.code).toBe(2);
    const { error } = JSON.parse(result.out) as { error: Record<string, unknown> };
    expect(error).toEqual({ code: "usage", message: result.err.split("\n")[0], file: null, ...problem });
    expect(error.message).not.toMatch(CJK);
  });
});

describe("suggestions", () => {
  it("count a swap of two letters as one edit", () => {
    expect(editDistance("analyse", "analyze")).toBe(1);
    expect(editDistance("valdiate", "validate")).toBe(1);
    expect(editDistance("", "fix")).toBe(3);
  });

  it("suggest only what is close", () => {
    const names = COMMANDS.map((c) => c.name);
    expect(closest("analyse", names)).toBe("analyze");
    expect(closest("Summarise", names)).toBe("summarize");
    expect(closest("fx", names)).toBe("fix");
    expect(closest("report", names)).toBeNull();
    expect(closest("x", names)).toBeNull();
  });
});
