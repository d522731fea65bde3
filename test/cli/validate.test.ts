import * as crypto from "node:crypto";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { revertLastBatch, undoableBatches } from "../../src/app/check";
import { JOURNAL_SHEET } from "../../src/engine/undo";
import { openWorkbookFile } from "../../src/host/files";
import { gridDifferences } from "../gridDifferences";
import { fixture, runCli, runJson } from "./runCli";

interface IssueJson {
  code: string;
  severity: string;
  sheet: string;
  cell: string;
  row: number;
  column: string;
  value: unknown;
  message: string;
  fix: unknown;
}
interface FixJson {
  file: string;
  out: string;
  fixableIssues: number;
  cells: number;
  changes: { sheet: string; cell: string; before: unknown; after: unknown }[];
}

const sha = (file: string) => crypto.createHash("sha256").update(fs.readFileSync(file)).digest("hex");
const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), "taizhang-validate-"));

describe("taizhang validate", () => {
  it("prints one JSON document with the issue fields of the contract", async () => {
    const { issues } = await runJson<{ issues: IssueJson[] }>(["validate", fixture("2021_上半年执行情况.xlsx")]);
    const status = issues.find((i) => i.code === "status/empty");
    expect(status).toEqual(
      expect.objectContaining({
        severity: "warning",
        sheet: "2021上半年执行情况",
        cell: "E17",
        row: 17,
        column: "E",
        value: null,
        message: "进展状态为空。",
        fix: null,
      }),
    );
    const alias = issues.find((i) => i.cell === "D11" && i.code === "units/alias");
    expect(alias?.fix).toBe("市交通运输局");
    for (const issue of issues)
      expect(Object.keys(issue)).toEqual(expect.arrayContaining(["code", "severity", "sheet", "cell", "row", "column", "value", "message", "fix"]));
  });

  it("speaks English with --lang en-US", async () => {
    const { issues } = await runJson<{ issues: IssueJson[] }>(["validate", fixture("2021_上半年执行情况.xlsx"), "--lang", "en-US"]);
    expect(issues.find((i) => i.code === "status/empty")?.message).toBe("The status is empty.");
  });

  it("validates a CSV the same way as the workbook built from it", async () => {
    const fromCsv = await runJson<{ issues: IssueJson[] }>(["validate", fixture("2024_责任分解.csv")]);
    const fromXlsx = await runJson<{ issues: IssueJson[] }>(["validate", fixture("2024_责任分解.xlsx")]);
    const key = (i: IssueJson) => `${i.code} ${i.column} ${i.fix}`;
    expect(fromCsv.issues.map(key).sort()).toEqual(fromXlsx.issues.map(key).sort());
  });

  it("prints a readable list with a summary line", async () => {
    const { code, out } = await runCli(["validate", fixture("2021_上半年执行情况.xlsx")]);
    expect(code).toBe(0);
    expect(out).toContain("2021上半年执行情况!E17  警告  进展状态为空。");
    expect(out).toMatch(/共 \d+ 个问题/u);
  });

  it("checks another city's units against its 单位名录 from --units, and against nobody's without one", async () => {
    const dir = tmp();
    const sheet = path.join(dir, "杭州.csv");
    fs.writeFileSync(sheet, "序号,主要工作任务,责任单位\n1,推进数字经济发展。,杭州市经信局、杭州发改委\n");
    // Without a registry of its own, Hangzhou's units are not Jiaxing's unknowns: nothing is reported of them.
    const before = await runJson<{ issues: IssueJson[] }>(["validate", sheet]);
    expect(before.issues.filter((i) => i.code.startsWith("units/"))).toEqual([]);
    const units = path.join(dir, "单位名录.csv");
    fs.writeFileSync(units, "规范名称,别名,类别\n杭州市经信局,,市级部门\n杭州市发展改革委,杭州发改委,市级部门\n");
    const after = await runJson<{ issues: IssueJson[] }>(["validate", sheet, "--units", units]);
    expect(after.issues.map((i) => [i.code, i.cell, i.fix])).toEqual([["units/alias", "C2", "杭州市经信局、杭州市发展改革委"]]);
  });

  it("reads a 状态词表 sheet inside the workbook", async () => {
    const dir = tmp();
    const file = path.join(dir, "book.xlsx");
    const workbook = new ExcelJS.Workbook();
    const tasks = workbook.addWorksheet("台账");
    tasks.addRows([
      ["序号", "主要工作任务", "进展情况", "牵头部门", "进展状态"],
      [1, "推进项目建设。", "已开工。", "市发展改革委", "正常推进"],
    ]);
    workbook.addWorksheet("状态词表").addRows([
      ["状态", "类别"],
      ["正常推进", "on_track"],
    ]);
    await workbook.xlsx.writeFile(file);
    const { issues } = await runJson<{ issues: IssueJson[] }>(["validate", file]);
    expect(issues).toEqual([]);
  });
});

describe("taizhang fix", () => {
  it("writes a corrected copy, prints every change, and leaves the input untouched", async () => {
    const dir = tmp();
    const input = path.join(dir, "h1.xlsx");
    fs.copyFileSync(fixture("2021_上半年执行情况.xlsx"), input);
    const hash = sha(input);
    const out = path.join(dir, "h1.fixed.xlsx");
    const result = await runJson<FixJson>(["fix", input, "--out", out]);
    expect(sha(input)).toBe(hash);
    expect(result.changes.find((c) => c.cell === "D11")).toEqual({
      sheet: "2021上半年执行情况",
      cell: "D11",
      row: 11,
      column: "D",
      before: "交通运输局",
      after: "市交通运输局",
      codes: ["units/alias"],
    });
    const again = await runJson<{ issues: IssueJson[] }>(["validate", out]);
    expect(again.issues.filter((i) => i.fix !== null)).toEqual([]);
    expect(again.issues.find((i) => i.code === "status/empty")?.cell).toBe("E17");
  });

  it("refuses to run without --out, or onto the input file, and writes nothing", async () => {
    const dir = tmp();
    const input = path.join(dir, "h1.xlsx");
    fs.copyFileSync(fixture("2021_上半年执行情况.xlsx"), input);
    const hash = sha(input);
    expect((await runCli(["fix", input])).code).toBe(2);
    const same = await runCli(["fix", input, "--out", input]);
    expect(same.code).toBe(2);
    expect(same.err).not.toBe("");
    expect(sha(input)).toBe(hash);
    expect(fs.readdirSync(dir)).toEqual(["h1.xlsx"]);
  });
});

describe("fix never leaves a formula-looking text (issue 23)", () => {
  it("keeps the tab that hides =1, tidies the other cells, and validate says why that one is not fixed", async () => {
    const dir = tmp();
    const input = path.join(dir, "台账.csv");
    fs.writeFileSync(input, "序号,主要工作任务,责任单位\n1,\t=1,市财政局\n2, 推进建设 ,市财政局\n");
    const out = path.join(dir, "修复后.xlsx");
    const fixed = await runJson<FixJson>(["fix", input, "--out", out]);
    expect(fixed.changes.map((c) => [c.cell, c.before, c.after])).toEqual([["B3", " 推进建设 ", "推进建设"]]);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(out);
    expect(book.getWorksheet("台账")?.getCell("B2").value).toBe("\t=1");
    const { issues } = await runJson<{ issues: (IssueJson & { params: Record<string, unknown> })[] }>(["validate", input]);
    expect(issues.filter((i) => i.cell === "B2").map((i) => [i.code, i.fix, i.params.unfixed, i.message])).toEqual([
      ["text/spaces", null, "formula-like", "文字首尾或中间有多余空格。未自动修复：修复后文字会以 = + - @ 开头，可能被当作公式，请手工修改。"],
    ]);
  });
});

describe("one count of fixes for validate, fix and the pane", () => {
  const H1 = ["--sheet", "2021上半年执行情况"];

  it("several issues of one cell are one change: 241 fixable issues, 236 cells, said the same way", async () => {
    const validated = await runCli(["validate", fixture("sample.xlsx"), ...H1]);
    expect(validated.out.trim().split("\n").pop()).toBe(
      "共 244 个问题：错误 0，警告 53，提示 191；其中 241 个问题可一键修复（涉及 236 个单元格），用 taizhang fix 生成修复副本。",
    );
    const { issues } = await runJson<{ issues: IssueJson[] }>(["validate", fixture("sample.xlsx"), ...H1]);
    expect(issues.filter((i) => i.fix !== null)).toHaveLength(241);

    const dir = tmp();
    const out = path.join(dir, "fixed.xlsx");
    const fixed = await runCli(["fix", fixture("sample.xlsx"), ...H1, "--out", out]);
    expect(fixed.out.trim().split("\n").pop()).toBe(
      `已修复 241 个问题，共改动 236 个单元格，写入 ${out}；原文件未改动。在 Excel 中打开后，可用任务窗格的“撤销修复”恢复原值。`,
    );
    const json = await runJson<FixJson>(["fix", fixture("sample.xlsx"), ...H1, "--out", path.join(dir, "again.xlsx")]);
    expect([json.fixableIssues, json.cells, json.changes.length]).toEqual([241, 236, 236]);
    const english = await runCli(["fix", fixture("sample.xlsx"), ...H1, "--out", path.join(dir, "en.xlsx"), "--lang", "en-US"]);
    expect(english.out.trim().split("\n").pop()).toMatch(/^Fixed 241 issues, changing 236 cells, into /u);
  });
});

describe("a copy fixed by the command line can be undone in the pane", () => {
  it("fix writes the journal first: opened again, the last batch puts every cell back", async () => {
    const dir = tmp();
    const out = path.join(dir, "fixed.xlsx");
    const { changes } = await runJson<FixJson>(["fix", fixture("sample.xlsx"), "--out", out]);
    expect(changes.length).toBeGreaterThan(300);

    // The journal is the add-in's: very hidden in Excel, and not one of the clerk's sheets to the command line.
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(out);
    expect(book.getWorksheet(JOURNAL_SHEET)?.state).toBe("veryHidden");
    const validated = await runCli(["validate", out, "--json"]);
    const again = JSON.parse(validated.out) as { issues: IssueJson[] };
    expect(again.issues.filter((i) => i.sheet === JOURNAL_SHEET || i.fix !== null)).toEqual([]);
    expect((await runCli(["validate", out])).err).toBe("");
    const inspected = await runJson<{ sheets: { name: string }[] }>(["inspect", out]);
    expect(inspected.sheets.map((s) => s.name)).toEqual(["2021责任分解", "2021上半年执行情况", "2024责任分解", "2024主要目标"]);

    // What the pane's 撤销修复 does, on the file opened again.
    const original = await openWorkbookFile(fixture("sample.xlsx"));
    const reopened = await openWorkbookFile(out);
    expect(await undoableBatches(reopened)).toBe(1);
    expect(await revertLastBatch(reopened)).toEqual({ restored: changes.length, conflicts: [], remaining: 0 });
    for (const name of await original.sheetNames()) {
      expect(gridDifferences(await reopened.readSheet(name), await original.readSheet(name))).toEqual([]);
    }
  });

  it("writes no journal when there is nothing to fix", async () => {
    const dir = tmp();
    const out = path.join(dir, "fixed.xlsx");
    const result = await runJson<FixJson>(["fix", fixture("sample.xlsx"), "--sheet", "2024主要目标", "--out", out]);
    expect([result.fixableIssues, result.cells, result.changes]).toEqual([0, 0, []]);
    expect(await (await openWorkbookFile(out)).sheetNames()).not.toContain(JOURNAL_SHEET);
  });
});

describe("an earlier output survives a failed write", () => {
  afterEach(() => jest.restoreAllMocks());

  it.each([["fix"], ["summarize"], ["analyze"]])(
    "%s --out onto last run's file: the rename fails, the old file is unchanged and nothing else is left",
    async (command) => {
      const dir = tmp();
      const input = path.join(dir, "h1.xlsx");
      fs.copyFileSync(fixture("2021_上半年执行情况.xlsx"), input);
      const out = path.join(dir, "h1.out.xlsx");
      expect((await runCli([command, input, "--out", out, "--json"])).code).toBe(0);
      const before = sha(out);

      // Injected: permissions cannot make the rename fail reliably, and tests may run as root.
      jest.spyOn(fs.promises, "rename").mockRejectedValueOnce(Object.assign(new Error("EIO: injected"), { code: "EIO" }));
      const failed = await runCli([command, input, "--out", out, "--json"]);
      const message = '无法保存文件 "h1.out.xlsx"：写入失败（EIO）';
      expect({ ...failed, out: JSON.parse(failed.out) }).toEqual({
        code: 2,
        out: { error: { code: "file/write-failed", message, file: out, reason: "save/failed", params: { file: "h1.out.xlsx", detail: "EIO" } } },
        err: `${message}\n`,
      });
      expect(sha(out)).toBe(before);
      expect(fs.readdirSync(dir).sort()).toEqual(["h1.out.xlsx", "h1.xlsx"]);
    },
  );
});

describe("file adapter dropdowns", () => {
  it("writes a list rule that Excel shows as a dropdown, and reads back the same", async () => {
    const { openWorkbookFile } = await import("../../src/host/files");
    const dir = tmp();
    const out = path.join(dir, "dropdown.xlsx");
    const workbook = await openWorkbookFile(fixture("2021_上半年执行情况.xlsx"));
    const sheet = (await workbook.sheetNames())[0];
    await workbook.setListValidation(sheet, { top: 2, left: 4, bottom: 4, right: 4 }, ["按时推进", "部分滞后"]);
    await workbook.saveAs(out);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(out);
    const rule = (book.worksheets[0].getCell("E3") as unknown as { dataValidation: { type: string; formulae: string[] } }).dataValidation;
    expect(rule).toMatchObject({ type: "list", formulae: ['"按时推进,部分滞后"'] });
  });
});
