/**
 * 汇总报送 over the port: the returns made from the published H1 report, filled by their lead units, merged into
 * the report with its progress and status emptied give the published report back; the fix journal's 撤销 then puts
 * the emptied report back cell for cell.
 */
import type { CellValue, SheetGrid } from "../../src/engine/grid";
import { JOURNAL_SHEET } from "../../src/engine/undo";
import { workbookRegistries } from "../../src/engine/settings/registries";
import { MemoryWorkbook } from "../../src/host/memory/memoryWorkbook";
import { revertLastBatch, undoableBatches } from "../../src/app/check";
import { applyMerge, planMergeReturns, readReturns, type PickedReturn, type ReturnedFile } from "../../src/app/mergeReturns";
import { WorkbookError } from "../../src/host/port";
import { fixtureSheets } from "../fixtureSheets";
import { gridDifferences } from "../gridDifferences";
import { unitReturns } from "../cycle/unitReturns";

jest.setTimeout(60_000);

let published: SheetGrid;
let blank: SheetGrid;
let returns: ReturnedFile[];

beforeAll(async () => {
  [published] = await fixtureSheets("2021_上半年执行情况.xlsx");
  const { registry } = workbookRegistries([published], { fileName: "2021_上半年执行情况.xlsx" });
  const at = (row: number, col: number): CellValue => published.values[row - 1][col] ?? null;
  returns = unitReturns(published, registry, "2021-06-30").map((r) => {
    const values = r.grid.values.map((line) => [...line]);
    r.rows.forEach((row, i) => {
      if (row.duty === "牵头") [values[i + 2][5], values[i + 2][6]] = [at(row.masterRow, 2), at(row.masterRow, 4)];
    });
    // An empty second sheet, as a unit's workbook often has, is no return.
    return {
      file: `${r.unit}.xlsx`,
      sheets: [
        { ...r.grid, values },
        { name: "Sheet2", values: [], merges: [] },
      ],
    };
  });
  blank = { ...published, values: published.values.map((line, r) => (r < 2 ? line : line.map((v, c) => (c === 2 || c === 4 ? null : v)))) };
});

describe("merging returns into the active sheet, and undoing it", () => {
  it("gives the published report back cell for cell; 撤销 puts the emptied one back", async () => {
    const workbook = new MemoryWorkbook([blank]);
    const plan = await planMergeReturns(workbook, returns);
    expect(plan.sheet).toBe(published.name);
    expect(plan.report.returns).toHaveLength(58);
    expect(plan.report.unmatched).toEqual([]);
    expect(plan.report.chase).toEqual([]);
    // Nothing is written before the plan is applied.
    expect(gridDifferences(await workbook.readSheet(blank.name), blank)).toEqual([]);

    const batch = await applyMerge(workbook, plan, new Date("2026-12-06T10:00:00Z"));
    expect(batch?.entries).toHaveLength(plan.changes.length);
    expect(gridDifferences(await workbook.readSheet(published.name), published)).toEqual([]);
    expect(workbook.allSheets().find((s) => s.grid.name === JOURNAL_SHEET)?.veryHidden).toBe(true);
    expect(await undoableBatches(workbook)).toBe(1);

    expect(await revertLastBatch(workbook)).toEqual({ restored: plan.changes.length, conflicts: [], remaining: 0 });
    expect(gridDifferences(await workbook.readSheet(blank.name), blank)).toEqual([]);
  });

  it("merges into the sheet named, not the active one, and a merge that changes nothing is no batch", async () => {
    const workbook = new MemoryWorkbook([{ name: "说明", values: [["本工作簿汇总各单位报送"]], merges: [] }, published], "说明");
    const plan = await planMergeReturns(workbook, returns, published.name);
    expect([plan.sheet, plan.changes]).toEqual([published.name, []]);
    expect(await applyMerge(workbook, plan)).toBeNull();
    expect(await undoableBatches(workbook)).toBe(0);
    await expect(planMergeReturns(workbook, returns, "汇总")).rejects.toMatchObject({ code: "sheet/not-found" });
  });
});

describe("reading the picked returns", () => {
  it("sets a file that cannot be read aside with its error and reads the others", async () => {
    const damaged = new WorkbookError({ reason: "file/corrupt", params: { file: "损坏.xlsx" } }, "损坏.xlsx");
    const read = jest.fn(async (file: PickedReturn) => {
      if (file.name === "损坏.xlsx") throw damaged;
      return returns.find((r) => r.file === file.name)!.sheets;
    });
    const picked = [returns[0].file, "损坏.xlsx", returns[1].file].map((name) => ({ name, size: 1, bytes: async () => new Uint8Array(1) }));
    const { returns: got, unread } = await readReturns(picked, read);
    expect(got).toEqual([returns[0], returns[1]]);
    expect(unread).toEqual([{ file: "损坏.xlsx", error: damaged }]);
    expect(read).toHaveBeenCalledTimes(3);
    // What was read merges as it would have without the damaged file.
    const workbook = new MemoryWorkbook([blank]);
    expect((await planMergeReturns(workbook, got)).report.returns.map((r) => r.file)).toEqual([returns[0].file, returns[1].file]);
  });
});
