import type { InspectReport } from "../../src/cli/inspectReport";
import { fixture, runCli, runJson } from "./runCli";

type Counts = { task: number; continuation: number; section: number };

async function tablesOf(file: string) {
  const report = await runJson<InspectReport>(["inspect", fixture(file)]);
  return report.sheets.flatMap((sheet) => sheet.tables.map((table) => ({ sheet: sheet.name, ...table })));
}

const pick = (counts: Counts) => ({ task: counts.task, continuation: counts.continuation, section: counts.section });

describe("taizhang inspect on the fixtures", () => {
  it.each([
    ["2024_责任分解.xlsx", "tasks", 2, { seq: "A", task: "B", units: "C" }, { task: 117, continuation: 5, section: 0 }],
    ["2024_责任分解_合并序号.xlsx", "tasks", 2, { seq: "A", task: "B", units: "C" }, { task: 117, continuation: 5, section: 0 }],
    ["2021_责任分解.xlsx", "tasks", 2, { seq: "A", task: "B", units: "C" }, { task: 100, continuation: 4, section: 0 }],
    ["2021_上半年执行情况.xlsx", "progress", 2, { seq: "A", task: "B", progress: "C", units: "D", status: "E" }, { task: 96, continuation: 4, section: 0 }],
    ["2021_专项行动.xlsx", "tasks", 2, { seq: "A", task: "B", units: "C" }, { task: 11, continuation: 0, section: 2 }],
    ["2021_民生实事.xlsx", "projects", 2, { seq: "A", task: "B", content: "C", units: "D" }, { task: 10, continuation: 0, section: 0 }],
    ["2024_主要目标.xlsx", "indicators", 2, { task: "A", target: "B" }, { task: 20, continuation: 2, section: 6 }],
    ["2024_责任分解.csv", "tasks", 1, { seq: "A", task: "B", units: "C" }, { task: 117, continuation: 5, section: 0 }],
    [
      "2021_上半年执行情况.gb18030.csv",
      "progress",
      1,
      { seq: "A", task: "B", progress: "C", units: "D", status: "E" },
      { task: 96, continuation: 4, section: 0 },
    ],
    ["2021_上半年执行情况.bom.csv", "progress", 1, { seq: "A", task: "B", progress: "C", units: "D", status: "E" }, { task: 96, continuation: 4, section: 0 }],
  ])("%s: one %s table, header on row %d", async (file, kind, headerRow, columns, counts) => {
    const tables = await tablesOf(file);
    expect(tables).toHaveLength(1);
    const [table] = tables;
    expect(table.kind).toBe(kind);
    expect(table.headerRow).toBe(headerRow);
    expect(Object.fromEntries(Object.entries(table.columns).filter(([, letter]) => letter !== null))).toEqual(columns);
    expect(pick(table.counts)).toEqual(counts);
    expect(table.rows.filter((row) => row.type === "task" || row.type === "continuation")).toHaveLength(counts.task + counts.continuation);
    // The workbooks carry the document title on row 1, above the header; the CSVs start with the header.
    expect(table.rows.filter((row) => row.type === "title").map((row) => row.row)).toEqual(file.endsWith(".xlsx") ? [1] : []);
  });

  it("reports continuation rows with their task's 序号 and row, also when 序号 is a merged cell", async () => {
    for (const file of ["2024_责任分解.xlsx", "2024_责任分解_合并序号.xlsx"]) {
      const [table] = await tablesOf(file);
      const continuations = table.rows.filter((row) => row.type === "continuation");
      // Task 77's second line ("推动嘉兴综合保税区扩区"): CSV row 79, one title row above the header in the xlsx.
      expect(continuations[0]).toEqual({ row: 80, type: "continuation", seq: "77", parentRow: 79 });
      expect(continuations.map((row) => row.seq)).toEqual(["77", "79", "79", "99", "115"]);
    }
  });

  it("finds the 2021 document's three tables on one sheet with their titles", async () => {
    const tables = await tablesOf("2021_责任分解_三表.xlsx");
    expect(tables.map((t) => [t.kind, t.title, t.counts.task, t.counts.continuation, t.counts.section])).toEqual([
      ["tasks", "2021年政府工作报告重点工作责任分解", 100, 4, 0],
      ["tasks", "“1+10”专项行动责任分解", 11, 0, 2],
      ["projects", "2021年市政府民生实事责任分解", 10, 0, 0],
    ]);
    expect(tables[2].counts.note).toBe(1);
    // Each table lists its own title row, the row just above its header here.
    for (const table of tables) expect(table.rows.filter((row) => row.type === "title").map((row) => row.row)).toEqual([table.headerRow - 1]);
    // Each table ends before the next one's title.
    expect(tables[0].lastRow).toBeLessThan(tables[1].headerRow - 1);
  });

  it("reads the sample workbook's four sheets", async () => {
    const report = await runJson<InspectReport>(["inspect", fixture("sample.xlsx")]);
    expect(report.sheets.map((sheet) => [sheet.name, sheet.tables.map((t) => t.kind).join()])).toEqual([
      ["2021责任分解", "tasks"],
      ["2021上半年执行情况", "progress"],
      ["2024责任分解", "tasks"],
      ["2024主要目标", "indicators"],
    ]);
  });

  it("limits the report to --sheet, and names the sheets when it does not exist", async () => {
    const one = await runJson<InspectReport>(["inspect", fixture("sample.xlsx"), "--sheet", "2024主要目标"]);
    expect(one.sheets.map((s) => s.name)).toEqual(["2024主要目标"]);
    const missing = await runCli(["inspect", fixture("sample.xlsx"), "--sheet", "无此表"]);
    expect(missing.code).toBe(2);
    expect(missing.err).toContain("无此表");
    expect(missing.err).toContain("2021责任分解");
  });

  it("prints a readable Chinese summary without --json", async () => {
    const result = await runCli(["inspect", fixture("2021_专项行动.xlsx")]);
    expect(result.code).toBe(0);
    expect(result.out).toContain("任务分解表");
    expect(result.out).toContain("11 项任务，0 个续行，2 个分节");
  });

  it.each([
    ["not-a-spreadsheet.xlsx", "not-a-spreadsheet.xlsx"],
    ["truncated.xlsx", "truncated.xlsx"],
    ["encrypted.xlsx", "encrypted.xlsx"],
    ["empty.xlsx", "empty.xlsx"],
  ])("a bad file (%s) gets one clear message naming it and exit code 2", async (file, name) => {
    const result = await runCli(["inspect", fixture(`bad/${file}`), "--json"]);
    expect(result.code).toBe(2);
    expect(JSON.parse(result.out).error.message).toContain(name);
    expect(result.err).toContain(name);
    expect(result.err.trim().split("\n")).toHaveLength(1);
  });

  it("says so when FILE is missing", async () => {
    const result = await runCli(["inspect"]);
    expect(result.code).toBe(2);
    expect(result.err).toContain("需要一个文件");
  });
});
