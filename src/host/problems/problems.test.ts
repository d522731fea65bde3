import { MemoryWorkbook } from "../memory/memoryWorkbook";
import { WorkbookError } from "../port";
import { problemText, type HostProblem, type HostProblemReason } from "./index";

type ParamsOf<R extends HostProblemReason> = Extract<HostProblem, { reason: R }>["params"];

/** One problem of every reason, with plain ASCII names: a reason added without a sample here does not compile. */
const SAMPLES: { [R in HostProblemReason]: ParamsOf<R> } = {
  "file/not-found": { file: "plan.xlsx" },
  "file/is-folder": { file: "plan.xlsx" },
  "file/unreadable": { file: "plan.xlsx", detail: "EACCES" },
  "file/not-regular": { file: "plan.csv", kind: "device" },
  "file/symlink-loop": { file: "plan.xlsx" },
  "file/ole-not-workbook": { file: "plan.xlsx" },
  "file/too-many-parts": { file: "plan.xlsx", limit: 10_000 },
  "file/inflates-too-large": { file: "plan.xlsx", limit: 150 },
  "file/too-many-cells": { file: "plan.xlsx", sheet: "Tasks", limit: 1_000_000 },
  "file/too-many-rows": { file: "plan.xlsx", sheet: "Tasks", limit: 800_000 },
  "file/too-many-strings": { file: "plan.xlsx", limit: 1_000_000 },
  "file/too-many-merges": { file: "plan.xlsx", sheet: "Tasks", limit: 20_000 },
  "file/unsupported-type": { file: "plan.pdf", extension: ".pdf" },
  "file/not-text": { file: "plan.txt" },
  "file/not-spreadsheet": { file: "plan.xlsx" },
  "file/zip-not-workbook": { file: "plan.xlsx" },
  "file/other-office-document": { file: "plan.xlsx" },
  "file/corrupt": { file: "plan.xlsx" },
  "file/encrypted": { file: "plan.xlsx" },
  "file/legacy-xls": { file: "plan.xls" },
  "file/pane-cannot-unzip": { file: "return.xlsx" },
  "file/binary-csv": { file: "plan.csv" },
  "file/empty": { file: "plan.xlsx" },
  "file/no-content": { file: "plan.csv" },
  "file/no-sheets": { file: "plan.xlsx" },
  "file/only-empty-sheets": { file: "plan.xlsx" },
  "file/too-large": { file: "plan.xlsx", megabytes: 61, limit: 50 },
  "file/sheet-too-large": { file: "plan.xlsx", sheet: "Tasks", extent: "A1:XFD400", cells: 6_553_600, farCells: ["XFD400", "ZZ9"] },
  "file/sheet-not-found": { file: "plan.xlsx", sheet: "2022", names: ["2021", "2024"] },
  "save/same-as-input": { file: "plan.xlsx" },
  "save/not-xlsx": { file: "out.csv" },
  "save/no-folder": { file: "out.xlsx", folder: "/missing" },
  "save/exists": { file: "out.xlsx", folder: "/returns", others: 2 },
  "save/folder-is-file": { file: "out.xlsx", folder: "/returns" },
  "save/busy": { file: "out.xlsx" },
  "save/disk-full": { file: "out.xlsx" },
  "save/read-only": { file: "out.xlsx" },
  "save/file-read-only": { file: "out.xlsx" },
  "save/is-folder": { file: "out.xlsx", path: "reports/out.xlsx" },
  "save/not-a-file": { file: "full", path: "/dev/full", kind: "device" },
  "save/broken-link": { file: "out.xlsx", points: "../gone.xlsx" },
  "save/failed": { file: "out.xlsx", detail: "EIO" },
  "output/bad-sheet-name": { name: "a/b", rule: "bad-chars" },
  "output/bad-cell-value": { sheet: "Tasks", cell: "B2", rule: "merged-cell" },
  "output/bad-merge": { sheet: "Tasks", range: "B2:C3" },
  "sheet/not-found": { sheet: "Tasks" },
  "sheet/too-large-for-request": { sheet: "Tasks" },
  "sheet/too-many-cells": { sheet: "Tasks", extent: "A1:XFD400", cells: 6_553_600 },
  "excel/write-failed": { detail: "AccessDenied" },
  "excel/import-failed": { file: "2021.xlsx", detail: "InvalidArgument" },
  "excel/cell-edit-mode": {},
  "excel/needs-newer": { feature: "import-file", version: "1.13" },
  "memory/cannot-read-files": { file: "2021.xlsx" },
  "wps/cannot-import": { file: "2021.xlsx" },
};

const problems = Object.entries(SAMPLES).map(([reason, params]) => ({ reason, params }) as HostProblem);
const HAN = /[\u4e00-\u9fff]/u;

describe("problemText", () => {
  it.each(problems)("$reason reads as a sentence in each language, one language at a time", (problem) => {
    const zh = problemText(problem, "zh-CN");
    const en = problemText(problem, "en-US");
    for (const text of [zh, en]) {
      expect(text.trim().length).toBeGreaterThan(10);
      expect(text).not.toMatch(/undefined|null|NaN|\[object/u);
    }
    expect(zh).toMatch(HAN);
    // No English clause in the Chinese (product names, keys and versions aside), no Chinese in the English.
    expect(zh).not.toMatch(/\b[a-z]{3,} [a-z]{3,}\b/u);
    expect(en).not.toMatch(HAN);
    expect(en).toMatch(/^[A-Z]/u);
    expect(en).toMatch(/\.$/u);
  });

  it("is Chinese unless told otherwise, and the WorkbookError's message is the Chinese", () => {
    const problem: HostProblem = { reason: "file/not-found", params: { file: "台账.xlsx" } };
    expect(problemText(problem)).toBe('无法读取文件 "台账.xlsx"：找不到该文件，请检查路径和文件名');
    expect(problemText(problem, "en-US")).toBe('Cannot read the file "台账.xlsx": the file was not found. Check the path and the file name.');
    const error = new WorkbookError(problem, "/data/台账.xlsx");
    expect([error.message, error.code, error.source, error.problem]).toEqual([problemText(problem), "file/not-found", "/data/台账.xlsx", problem]);
  });

  it("formats counts and lists as the language writes them", () => {
    const problem = { reason: "file/sheet-too-large", params: SAMPLES["file/sheet-too-large"] } as const;
    expect(problemText(problem)).toContain("共 6,553,600 个单元格");
    expect(problemText(problem)).toContain("（XFD400、ZZ9）");
    expect(problemText(problem, "en-US")).toContain("6,553,600 cells");
    expect(problemText(problem, "en-US")).toContain("XFD400, ZZ9");
    const none = { reason: "file/sheet-not-found", params: { file: "a.xlsx", sheet: "x", names: [] } } as const;
    expect(problemText(none)).toContain("（现有：无）");
    expect(problemText(none, "en-US")).toContain("(sheets there: none)");
  });

  it("words the rule a write broke, and the feature an older Excel lacks", () => {
    expect(problemText({ reason: "output/bad-sheet-name", params: { name: "History", rule: "reserved" } })).toBe(
      "工作表名称“History”无效：“History” 是保留名称，不能用作工作表名称。",
    );
    expect(problemText({ reason: "output/bad-cell-value", params: { sheet: "汇总", cell: "B1", rule: "not-finite" } }, "en-US")).toBe(
      "Cannot write 汇总!B1: the number is not finite (NaN or infinity). Nothing was written.",
    );
    expect(problemText({ reason: "excel/needs-newer", params: { feature: "summary", version: "1.9" } })).toContain("不支持“生成汇总表”（需要 ExcelApi 1.9）");
    expect(problemText({ reason: "excel/needs-newer", params: { feature: "summary", version: "1.9" } }, "en-US")).toContain("cannot do summary tabs");
  });
});

describe("file-format rules are worded for every host", () => {
  // The pane also runs in WPS 表格: a limit of the file format must not be called Excel's.
  it.each(["zh-CN", "en-US"] as const)("the reserved name and the cell limit in %s name no program", (language) => {
    const reserved = problemText({ reason: "output/bad-sheet-name", params: { name: "History", rule: "reserved" } }, language);
    const tooLong = problemText({ reason: "output/bad-cell-value", params: { sheet: "汇总", cell: "B1", rule: "too-long" } }, language);
    expect(reserved).toContain("History");
    expect(tooLong).toContain("32767");
    for (const text of [reserved, tooLong]) expect(text).not.toMatch(/Excel|WPS/u);
  });
});

describe("the in-memory workbook raises the same problems as Excel", () => {
  const workbook = () => new MemoryWorkbook([{ name: "台账", values: [["序号"]], merges: [] }]);
  const problemOf = async (promise: Promise<unknown>) => {
    const error: unknown = await promise.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkbookError);
    return { code: (error as WorkbookError).code, problem: (error as WorkbookError).problem };
  };

  it("a missing sheet, a bad name, a bad cell, and a file it cannot read", async () => {
    expect(await problemOf(workbook().readSheet("汇总"))).toEqual({
      code: "sheet/not-found",
      problem: { reason: "sheet/not-found", params: { sheet: "汇总" } },
    });
    expect(await problemOf(workbook().writeSheets([{ name: "History", values: [] }]))).toEqual({
      code: "file/write-failed",
      problem: { reason: "output/bad-sheet-name", params: { name: "History", rule: "reserved" } },
    });
    expect(await problemOf(workbook().writeSheets([{ name: "汇总", values: [["a", Infinity]] }]))).toEqual({
      code: "file/write-failed",
      problem: { reason: "output/bad-cell-value", params: { sheet: "汇总", cell: "B1", rule: "not-finite" } },
    });
    expect(await problemOf(workbook().updateCells("台账", [{ row: -1, col: 0, value: "x" }]))).toEqual({
      code: "file/write-failed",
      problem: { reason: "output/bad-cell-value", params: { sheet: "台账", cell: "R0C1", rule: "bad-address" } },
    });
    expect(await problemOf(workbook().insertSheetsFromFile("2021.xlsx", new Uint8Array()))).toEqual({
      code: "file/not-spreadsheet",
      problem: { reason: "memory/cannot-read-files", params: { file: "2021.xlsx" } },
    });
  });
});
