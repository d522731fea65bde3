/**
 * One suite of port behaviour, run on every adapter of a live workbook (Office over fakeExcel, WPS over fakeWps,
 * the memory workbook): the same fixture read, checked, fixed, reverted and summarised must give the same result
 * through each, so the adapters keep one behaviour. Each test/port/port.*.test.ts calls it with its adapter.
 */
import type { SheetGrid } from "../../src/engine/grid";
import type { WorkbookPort } from "../../src/host/port";
import { MemoryWorkbook } from "../../src/host/memory/memoryWorkbook";
import { applyChanges, revertLastBatch, validateSheets } from "../../src/app/check";
import { workbookRegistries } from "../../src/app/workbook";
import { generateSummary } from "../../src/app/summary";
import { fixtureSheets, spreadsheetFixtures } from "../fixtureSheets";
import { FORMULA_LIKE_TEXTS } from "../formulaLikeTexts";
import { gridDifferences } from "../gridDifferences";

/** A workbook opened in one host, through its adapter. */
export interface OpenedWorkbook {
  port: WorkbookPort;
  /** Cells the host would compute or convert (text written as a formula); none where the host has no formulas. */
  formulas(): string[];
  /** How many of the add-in's marks the host holds on a sheet. */
  marks(sheet: string): number;
}

export interface PortHarness {
  /** The host's name in the tests' titles. */
  name: string;
  /** A workbook holding these sheets, `active` (or the first) the one the user looks at. */
  open(sheets: readonly SheetGrid[], active?: string): OpenedWorkbook;
}

/** The fixture every case runs on: the 2021 H1 report, merged 序号 and 责任单位 cells and all. */
const FIXTURE = "2021_上半年执行情况.xlsx";
const AS_OF = "2021-06-30";
const MADE_ON = "2021-07-05";

/** Every sheet of the workbook, read through the port: what a save would keep. */
async function readAll(port: WorkbookPort): Promise<SheetGrid[]> {
  return Promise.all((await port.sheetNames()).map((name) => port.readSheet(name)));
}

/** What the memory workbook (no host at all) gives: the reference each host must match. */
async function reference(sheets: readonly SheetGrid[]) {
  const memory = new MemoryWorkbook(sheets);
  const names = await memory.sheetNames();
  return validateSheets(memory, names, await workbookRegistries(memory));
}

export function portSuite(harness: PortHarness): void {
  describe(`the port over ${harness.name}`, () => {
    let originals: SheetGrid[];
    beforeAll(async () => {
      originals = await fixtureSheets(FIXTURE);
    });

    it("reads every sheet of a real report as the file gives it: values cell for cell, the same merged areas", async () => {
      const { port } = harness.open(originals);
      expect(await port.sheetNames()).toEqual(originals.map((s) => s.name));
      expect(await port.activeSheetName()).toBe(originals[0].name);
      for (const original of originals) {
        const read = await port.readSheet(original.name);
        expect(gridDifferences(read, original)).toEqual([]);
        expect(read.merges).toEqual([...original.merges].sort((a, b) => a.top - b.top || a.left - b.left));
        expect(original.merges.length + read.merges.length).toBeGreaterThan(0);
      }
    });

    it.each(spreadsheetFixtures())("reads %s: each sheet's values and merged areas as the file gives them", async (file) => {
      const sheets = await fixtureSheets(file);
      const { port } = harness.open(sheets);
      for (const sheet of sheets) {
        const read = await port.readSheet(sheet.name);
        expect(gridDifferences(read, sheet)).toEqual([]);
        expect(read.merges).toEqual([...sheet.merges].sort((a, b) => a.top - b.top || a.left - b.left));
      }
    });

    it("reads some rows as readSheet reads them, in the order asked, blanks as null", async () => {
      const { port } = harness.open(originals);
      const sheet = originals[0];
      const width = Math.max(...sheet.values.map((row) => row.length));
      const rows = [5, 2, 3, sheet.values.length - 1, 0];
      const expected = rows.map((r) => Array.from({ length: width }, (_, c) => sheet.values[r]?.[c] ?? null));
      expect(await port.readRows(sheet.name, rows, width)).toEqual(expected);
      expect(await port.readRows(sheet.name, [4], 1)).toEqual([[sheet.values[4]?.[0] ?? null]]);
    });

    it("a sheet that is not there is a sheet/not-found problem naming it", async () => {
      const { port } = harness.open(originals);
      await expect(port.readSheet("没有这张表")).rejects.toMatchObject({ code: "sheet/not-found", source: "没有这张表" });
    });

    it("recognises and validates to the same issues and fixes as the memory workbook", async () => {
      const { port } = harness.open(originals);
      const names = await port.sheetNames();
      const found = await validateSheets(port, names, await workbookRegistries(port));
      const expected = await reference(originals);
      expect(found.issues).toEqual(expected.issues);
      expect(found.changes).toEqual(expected.changes);
      expect(found.changes.length).toBeGreaterThan(0);
    });

    it("fix → save and reopen → revert puts every cell of every sheet back", async () => {
      const first = harness.open(originals);
      const names = originals.map((s) => s.name);
      const { changes } = await validateSheets(first.port, names, await workbookRegistries(first.port));
      await applyChanges(first.port, changes, new Date("2026-11-22T10:00:00Z"));
      const fixed = await readAll(first.port);
      const differing = originals.filter((o) => gridDifferences(fixed.find((s) => s.name === o.name) ?? o, o).length > 0);
      expect(differing.length).toBeGreaterThan(0);

      // Reopened from what a save keeps: the sheets (the hidden record of the fixes among them) and the settings,
      // whose mark proves the record the add-in's.
      const settings = await first.port.readSettings();
      const reopened = harness.open(fixed, names[0]);
      await reopened.port.writeSettings(settings);
      expect(await reopened.port.sheetNames()).toContain("_taizhang_fixes");
      const result = await revertLastBatch(reopened.port);
      expect(result).toEqual({ restored: changes.length, conflicts: [], remaining: 0 });
      for (const original of originals) expect(gridDifferences(await reopened.port.readSheet(original.name), original)).toEqual([]);
      expect(reopened.formulas()).toEqual([]);
    });

    it("undoes a fix that emptied a cell, though the host reads the emptied cell back as empty, not as text", async () => {
      // Found by test/properties/fixRevert.property.test.ts once the memory workbook read "" back as a live host does.
      const sheet: SheetGrid = {
        name: "随机",
        values: [
          ["序号", "主要工作任务", "进展情况", "牵头部门", "进展状态"],
          [null, "\n", null, "市财政局", "#N/A"],
          [null, "序号", null, "市财政局", "按时推进"],
        ],
        merges: [],
      };
      const { port } = harness.open([sheet]);
      const { changes } = await validateSheets(port, [sheet.name], await workbookRegistries(port));
      expect(changes.some((change) => change.after === "")).toBe(true);
      await applyChanges(port, changes);
      expect(await revertLastBatch(port)).toEqual({ restored: changes.length, conflicts: [], remaining: 0 });
      expect(gridDifferences(await port.readSheet(sheet.name), sheet)).toEqual([]);
    });

    it("summary tabs written twice are the same, and a user's sheet named like a tab survives", async () => {
      const { port, formulas } = harness.open(originals);
      const options = { asOf: AS_OF, madeOn: MADE_ON };
      const once = await generateSummary(port, options);
      expect(once.written.length).toBeGreaterThan(0);
      const tabsOnce = await Promise.all(once.written.map((name) => port.readSheet(name)));
      // The same tabs as the memory workbook writes, cell for cell.
      const memory = new MemoryWorkbook(originals);
      await generateSummary(memory, options);
      for (const tab of tabsOnce) expect(gridDifferences(tab, await memory.readSheet(tab.name))).toEqual([]);
      const twice = await generateSummary(port, options);
      expect(twice.written).toEqual(once.written);
      expect(await Promise.all(twice.written.map((name) => port.readSheet(name)))).toEqual(tabsOnce);
      expect(formulas()).toEqual([]);

      // A clerk's own sheet that happens to carry the first tab's name: kept, and the tab goes beside it.
      const own: SheetGrid = { name: once.written[0], values: [["我的备注"], ["=不要改"]], merges: [] };
      const withOwn = harness.open([...originals, own], originals[0].name);
      const result = await generateSummary(withOwn.port, options);
      expect(result.written).not.toContain(own.name);
      expect(gridDifferences(await withOwn.port.readSheet(own.name), own)).toEqual([]);
      expect(withOwn.formulas()).toEqual([]);
    });

    it("text that looks like a formula stays text, in written sheets and in single cells", async () => {
      const { port, formulas } = harness.open(originals);
      await port.writeSheets([{ name: "文本", values: [["文本"], ...FORMULA_LIKE_TEXTS.map((text) => [text])] }]);
      const sheet = originals[0].name;
      await port.updateCells(
        sheet,
        FORMULA_LIKE_TEXTS.map((value, i) => ({ row: 2 + i, col: 1, value })),
      );
      expect((await port.readSheet("文本")).values.slice(1).map((row) => row[0])).toEqual(FORMULA_LIKE_TEXTS);
      const read = await port.readSheet(sheet);
      expect(FORMULA_LIKE_TEXTS.map((_, i) => read.values[2 + i][1])).toEqual(FORMULA_LIKE_TEXTS);
      expect(formulas()).toEqual([]);
    });

    it("keeps its settings in the workbook, empty values and all", async () => {
      const { port } = harness.open(originals);
      await port.writeSettings({ asOf: AS_OF, leadOnly: "true", priorSheet: "" });
      await port.writeSettings({ leadOnly: "false" });
      expect(await port.readSettings()).toEqual({ asOf: AS_OF, leadOnly: "false", priorSheet: "" });
    });

    it("removes only the marks it is asked to, and forgets ones already gone", async () => {
      const { port, marks } = harness.open(originals);
      const sheet = originals[0].name;
      const range = { top: 2, left: 0, bottom: 2, right: 3 };
      const ids = await port.addMarks(sheet, [
        { range, color: "#FFF2CC" },
        { range: { ...range, top: 3, bottom: 3 }, color: "#FCE4D6" },
      ]);
      expect(new Set(ids).size).toBe(2);
      expect(marks(sheet)).toBe(2);
      await port.removeMarks(sheet, [ids[0]]);
      expect(marks(sheet)).toBe(1);
      await port.removeMarks(sheet, [ids[0], ids[1]]);
      expect(marks(sheet)).toBe(0);
    });
  });
}
