import { gridDifferences } from "../gridDifferences";
import type { SheetGrid } from "../../src/engine/grid";
import { JOURNAL_SHEET } from "../../src/engine/undo";
import { readFile } from "node:fs/promises";
import { openWorkbookBytes, openWorkbookFile } from "../../src/host/files";
import { MemoryWorkbook } from "../../src/host/memory/memoryWorkbook";
import { applyChanges, revertLastBatch, undoableBatches, validateActiveSheet, validateSheets } from "../../src/app/check";
import { workbookRegistries } from "../../src/app/workbook";
import { lagOfActiveSheet } from "../../src/app/lag";
import { importPriorFile, priorYearOfActiveSheet } from "../../src/app/priorYear";
import { generateSummary } from "../../src/app/summary";
import { userSheetNames } from "../../src/app/userSheets";
import { fixture } from "../cli/runCli";
import { SHEETS_WITHOUT_FIXES, spreadsheetFixtures } from "../fixtureSheets";

async function grids(name: string): Promise<SheetGrid[]> {
  const book = await openWorkbookFile(fixture(name));
  return Promise.all((await book.sheetNames()).map((n) => book.readSheet(n)));
}

describe("fixes in the pane: preview, apply, revert", () => {
  // Every sheet of every fixture in turn is the active one, with the workbook's other sheets beside it.
  it.each(spreadsheetFixtures())("%s: apply every fix, then revert: every sheet is back cell for cell", async (name) => {
    const originals = await grids(name);
    for (const active of originals) {
      const workbook = new MemoryWorkbook(originals, active.name);
      const { changes, issues } = await validateActiveSheet(workbook);
      if (SHEETS_WITHOUT_FIXES.has(active.name)) {
        expect([active.name, changes]).toEqual([active.name, []]);
        continue;
      }
      expect([active.name, changes.length > 0]).toEqual([active.name, true]);
      expect(changes.length).toBeLessThanOrEqual(issues.length);
      await applyChanges(workbook, changes, new Date("2026-11-22T10:00:00Z"));
      const fixed = await workbook.readSheet(active.name);
      expect(fixed.values).not.toEqual(active.values);
      for (const other of originals.filter((grid) => grid !== active)) expect(gridDifferences(await workbook.readSheet(other.name), other)).toEqual([]);
      expect((await validateActiveSheet(workbook)).changes).toEqual([]);
      expect(await undoableBatches(workbook)).toBe(1);
      const result = await revertLastBatch(workbook);
      expect(result).toEqual({ restored: changes.length, conflicts: [], remaining: 0 });
      for (const original of originals) expect(gridDifferences(await workbook.readSheet(original.name), original)).toEqual([]);
    }
  });

  it("keeps the record in a very hidden sheet and leaves cells the clerk changed since", async () => {
    const [original] = await grids("2021_上半年执行情况.xlsx");
    const workbook = new MemoryWorkbook([original]);
    const { changes } = await validateActiveSheet(workbook);
    await applyChanges(workbook, changes);
    expect(workbook.allSheets().find((s) => s.grid.name === JOURNAL_SHEET)?.veryHidden).toBe(true);
    await workbook.updateCells(original.name, [{ row: 10, col: 3, value: "市交通运输局、市发展改革委" }]);
    const result = await revertLastBatch(workbook);
    expect(result?.conflicts).toEqual([{ sheet: original.name, cell: "D11" }]);
    expect((await workbook.readSheet(original.name)).values[10][3]).toBe("市交通运输局、市发展改革委");
    expect(await revertLastBatch(workbook)).toBeNull();
  });
});

describe("checking named sheets (the command line's validate and fix)", () => {
  it("finds on a sheet what the pane finds on it, and plans one change per cell", async () => {
    const workbook = new MemoryWorkbook(await grids("sample.xlsx"), "2021上半年执行情况");
    const active = await validateActiveSheet(workbook);
    const grid = await workbook.readSheet("2021上半年执行情况");
    const named = await validateSheets(workbook, ["2021上半年执行情况"], await workbookRegistries(workbook, undefined, [grid]));
    expect(named).toEqual({ issues: active.issues, changes: active.changes });
    // Several fixable issues of one cell are one change: 241 issues, 236 cells.
    expect([named.issues.filter((i) => i.fix !== undefined).length, named.changes.length]).toEqual([241, 236]);
  });

  it("checks the sheets in the order named, and its changes are undone as one batch", async () => {
    const originals = await grids("sample.xlsx");
    const workbook = new MemoryWorkbook(originals);
    const names = ["2024责任分解", "2021责任分解"];
    const { issues, changes } = await validateSheets(workbook, names, await workbookRegistries(workbook, undefined, originals));
    expect([...new Set(issues.map((i) => i.sheet))]).toEqual(names);
    await applyChanges(workbook, changes);
    expect(await revertLastBatch(workbook)).toEqual({ restored: changes.length, conflicts: [], remaining: 0 });
    for (const original of originals) expect(gridDifferences(await workbook.readSheet(original.name), original)).toEqual([]);
  });
});

describe("lag, prior year and summary in the pane", () => {
  it("flags the H1 report against the date in its title, or the date the clerk sets", async () => {
    const workbook = new MemoryWorkbook(await grids("2021_上半年执行情况.xlsx"));
    const view = await lagOfActiveSheet(workbook);
    expect(view.asOf).toMatchObject({ date: "2021-06-30", source: "title" });
    // 77: 清洁生产企业24家 of the 100 planned is 24% at the half year, behind pace whatever its status says (issue 20;
    // it used to be read as 24 of the 20 节水型企业, 120%).
    expect(view.results.filter((r) => r.result.flag === "red").map((r) => r.result.seq)).toEqual(["10", "77", "88"]);
    expect((await lagOfActiveSheet(workbook, "2021-09-30")).asOf).toMatchObject({ date: "2021-09-30", source: "given" });
  });

  it("puts this year's tasks beside another sheet's", async () => {
    const workbook = new MemoryWorkbook(await grids("sample.xlsx"), "2024责任分解");
    const matches = await priorYearOfActiveSheet(workbook, "2021责任分解");
    expect(matches.find((m) => m.current.seq === "5")?.prior[0]?.task.seq).toBe("37");
  });

  it("imports last year's file as reference sheets, picks its task sheet, and matches against it", async () => {
    // The preview's server reads the file; here the file adapter does, as it does there.
    const parse = async (name: string, bytes: Uint8Array) => {
      const book = await openWorkbookBytes(Buffer.from(bytes), name);
      return Promise.all((await book.sheetNames()).map((n) => book.readSheet(n)));
    };
    const current = await grids("2024_责任分解.xlsx");
    const workbook = new MemoryWorkbook(current, undefined, { parseFile: parse });
    const three = await readFile(fixture("2021_责任分解_三表.xlsx"));
    const imported = await importPriorFile(workbook, "2021_责任分解_三表.xlsx", new Uint8Array(three));
    expect(imported.inserted.length).toBe((await grids("2021_责任分解_三表.xlsx")).length);
    expect(imported.inserted).toContain(imported.priorSheet);
    const matches = await priorYearOfActiveSheet(workbook, imported.priorSheet);
    expect(matches.find((m) => m.current.seq === "5")?.prior[0]?.task.seq).toBe("37");
    // A second import of the same file takes new names: nothing is replaced.
    const again = await importPriorFile(workbook, "2021_责任分解_三表.xlsx", new Uint8Array(three));
    expect(again.inserted.every((name) => !imported.inserted.includes(name))).toBe(true);
    const [first] = await grids("2021_责任分解_三表.xlsx");
    expect((await workbook.readSheet(imported.inserted[0])).values).toEqual(first.values);
  });

  it("imports into a file too (the command line's adapter), under free names", async () => {
    const [current] = await grids("2021_责任分解.xlsx");
    const book = await openWorkbookFile(fixture("2021_责任分解.xlsx"));
    const names = await book.insertSheetsFromFile("again.xlsx", new Uint8Array(await readFile(fixture("2021_责任分解.xlsx"))));
    expect(names).toEqual([`${current.name}(2)`]);
    expect((await book.readSheet(names[0])).values).toEqual(current.values);
  });

  it("writes the tabs, never over a user's sheet, and replaces its own when run again", async () => {
    const sample = await grids("sample.xlsx");
    const mine: SheetGrid = { name: "部门汇总", values: [["我自己的表"]], merges: [] };
    const workbook = new MemoryWorkbook([...sample, mine]);
    const first = await generateSummary(workbook, { priorSheet: "2021责任分解" });
    expect(first.written).toEqual(["部门汇总(2)", "滞后任务", "上年对比", "校验报告"]);
    const second = await generateSummary(workbook);
    expect(second.written).toEqual(["部门汇总(2)", "滞后任务", "校验报告"]);
    expect((await workbook.readSheet("部门汇总")).values).toEqual([["我自己的表"]]);
    expect(await userSheetNames(workbook)).toEqual(["2021责任分解", "2021上半年执行情况", "2024责任分解", "2024主要目标", "部门汇总"]);
  });

  it("gives the same tabs when run twice with the same choices, and no other sheet changes", async () => {
    const workbook = new MemoryWorkbook(await grids("sample.xlsx"));
    const options = { priorSheet: "2021责任分解", asOf: "2021-06-30" };
    await generateSummary(workbook, options);
    const snapshot = async () => Promise.all((await workbook.sheetNames()).map((name) => workbook.readSheet(name)));
    const once = await snapshot();
    await generateSummary(workbook, options);
    expect(await snapshot()).toEqual(once);
  });
});

describe("status dropdown", () => {
  it("puts the vocabulary on the 进展状态 column's task rows, and says when there is none", async () => {
    const h1 = new MemoryWorkbook(await grids("2021_上半年执行情况.xlsx"));
    const { addStatusDropdown } = await import("../../src/app/check");
    const added = await addStatusDropdown(h1);
    expect(added).toMatchObject({ cells: 100, values: expect.arrayContaining(["按时推进", "进度较快", "部分滞后", "进度滞后", "未启动"]) });
    expect(h1.validations).toEqual([{ sheet: "2021上半年执行情况", range: { top: 2, left: 4, bottom: 101, right: 4 }, values: added?.values }]);
    expect(await addStatusDropdown(new MemoryWorkbook(await grids("2024_责任分解.xlsx")))).toBeNull();
  });
});

describe("marks on the sheet", () => {
  it("colours every line of the red and yellow tasks, and clears them all again", async () => {
    const { markLagging, clearMarks, MARK_COLORS } = await import("../../src/app/marks");
    const workbook = new MemoryWorkbook(await grids("2021_上半年执行情况.xlsx"));
    const view = await lagOfActiveSheet(workbook);
    const flagged = view.results.filter((r) => r.result.flag === "red" || r.result.flag === "yellow");
    expect(await markLagging(workbook, view)).toBe(flagged.length);
    const marks = [...workbook.marks.values()];
    expect(marks).toHaveLength(flagged.length);
    // Task 88 is red and sits on row 94 (index 93), across the table's five columns.
    expect(marks).toContainEqual({ sheet: "2021上半年执行情况", range: { top: 93, left: 0, bottom: 93, right: 4 }, color: MARK_COLORS.red });
    expect(await markLagging(workbook, view)).toBe(flagged.length);
    expect(workbook.marks.size).toBe(flagged.length); // marking again replaces, never piles up
    expect(await clearMarks(workbook)).toBe(flagged.length);
    expect(workbook.marks.size).toBe(0);
    expect((await workbook.readSheet("2021上半年执行情况")).values).toEqual((await grids("2021_上半年执行情况.xlsx"))[0].values);
  });
});
