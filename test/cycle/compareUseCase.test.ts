import { runCompare } from "../../src/app/compare";
import { runSummary } from "../../src/app/summary";
import { isCompareReport } from "../../src/engine/cycle/compare";
import { MemoryWorkbook } from "../../src/host/memory/memoryWorkbook";
import { currentReport, previousReport } from "./h1Pair";

const CLERKS_SHEET = { name: "上期对比", values: [["我自己记的上期对比"], ["序号", "备注"], ["9", "已约谈"]], merges: [] };

describe("runCompare over the port", () => {
  it("compares the active sheet with another sheet of the workbook and writes the tab", async () => {
    const workbook = new MemoryWorkbook([currentReport(), previousReport()], "2021上半年执行情况");
    const run = await runCompare(workbook, { previous: { sheet: "2021一季度执行情况" }, write: true, madeOn: "2021-07-10" });
    expect(run.written).toEqual(["上期对比"]);
    expect(run.comparison.counts.stillBehind).toBe(2);
    const tab = await workbook.readSheet("上期对比");
    expect(tab.values[0][0]).toBe("上期对比 · 台账助手生成于 2021年7月10日");
  });

  it("never replaces a clerk's sheet named 上期对比, and replaces its own tab on the next run", async () => {
    const workbook = new MemoryWorkbook([currentReport(), CLERKS_SHEET], "2021上半年执行情况");
    const previous = { grid: previousReport(), file: "2021一季度执行情况.xlsx" };
    const first = await runCompare(workbook, { previous, write: true });
    expect(first.written).toEqual(["上期对比(2)"]);
    expect(first.taken).toEqual([{ wanted: "上期对比", given: "上期对比(2)" }]);
    expect((await workbook.readSheet("上期对比")).values).toEqual(CLERKS_SHEET.values);
    const second = await runCompare(workbook, { previous, write: true });
    expect(second.written).toEqual(["上期对比(2)"]);
    expect((await workbook.sheetNames()).filter((n) => n.startsWith("上期对比"))).toEqual(["上期对比", "上期对比(2)"]);
  });

  it("writes nothing when not asked to", async () => {
    const workbook = new MemoryWorkbook([currentReport(), previousReport()], "2021上半年执行情况");
    const run = await runCompare(workbook, { previous: { sheet: "2021一季度执行情况" } });
    expect(run.written).toEqual([]);
    expect(await workbook.sheetNames()).toEqual(["2021上半年执行情况", "2021一季度执行情况"]);
  });

  it("takes the dates it is given over the titles'", async () => {
    const workbook = new MemoryWorkbook([currentReport(), previousReport()], "2021上半年执行情况");
    const run = await runCompare(workbook, { previous: { sheet: "2021一季度执行情况" }, asOf: "2021-07-31", previousAsOf: "2021-04-30" });
    expect(run.comparison.current.asOf?.date).toBe("2021-07-31");
    expect(run.comparison.previous.asOf?.date).toBe("2021-04-30");
  });
});

describe("a copy of the 上期对比 tab", () => {
  it("is known as the add-in's report in either language, and a clerk's sheet is not", async () => {
    for (const language of ["zh-CN", "en-US"] as const) {
      const run = await runCompare(new MemoryWorkbook([currentReport(), previousReport()], "2021上半年执行情况"), {
        previous: { sheet: "2021一季度执行情况" },
        language,
      });
      expect(isCompareReport({ name: run.tab.name, values: run.tab.values, merges: [] })).toBe(true);
    }
    expect(isCompareReport(CLERKS_SHEET)).toBe(false);
    expect(isCompareReport(currentReport())).toBe(false);
  });

  it("brought into another workbook under another name, is never summarised as tasks", async () => {
    const run = await runCompare(new MemoryWorkbook([currentReport(), previousReport()], "2021上半年执行情况"), { previous: { sheet: "2021一季度执行情况" } });
    const copy = { name: "对比副本", values: run.tab.values, merges: [] };
    const summary = await runSummary(new MemoryWorkbook([currentReport(), copy], "2021上半年执行情况"));
    expect(summary.analysis.sheets.map((s) => s.grid.name)).toEqual(["2021上半年执行情况"]);
  });
});
