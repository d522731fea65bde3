/**
 * The pane's check of an edit (checkEdit) through the Office adapter on the Excel model: the clerk types into a
 * cell, onChanged names it, and only the edited row is read back and checked, with the list a whole check gives.
 */
import type { CellRange, CellValue, SheetGrid } from "../../src/engine/grid";
import { recognizeSheet } from "../../src/engine/recognize";
import { OfficeWorkbook } from "../../src/host/office/officeWorkbook";
import { checkEdit, validateActiveSheet } from "../../src/app/check";
import { fixtureSheets } from "../fixtureSheets";
import { FakeExcel } from "./fakeExcel";

afterEach(() => FakeExcel.uninstall());

/** The H1 report's rows repeated below its header to `rows` rows, 序号 renumbered: a sheet of a large county. */
async function largeReport(rows: number): Promise<SheetGrid> {
  const [grid] = await fixtureSheets("2021_上半年执行情况.xlsx");
  const table = recognizeSheet(grid).tables[0];
  const body = grid.values.slice(table.headerEnd + 1);
  const values: CellValue[][] = grid.values.slice(0, table.headerEnd + 1);
  let seq = 0;
  for (let i = 0; values.length < rows; i++) {
    const line = [...body[i % body.length]];
    if (typeof line[0] === "number") line[0] = ++seq;
    values.push(line);
  }
  return { ...grid, values, merges: [] };
}

/** Starts listening as the pane does, and returns what each edit reported. */
async function listen(workbook: OfficeWorkbook) {
  const heard: { sheet: string; cells: readonly CellRange[] | null | undefined }[] = [];
  const stop = await workbook.watchChanges((sheet, cells) => heard.push({ sheet, cells }));
  return { heard, stop };
}

describe("checkEdit on the Excel model", () => {
  it("reads only the edited row and finds what a whole check finds", async () => {
    const grid = await largeReport(3000);
    const excel = new FakeExcel([grid]);
    excel.install();
    const workbook = new OfficeWorkbook();
    const before = await validateActiveSheet(workbook);
    const { heard, stop } = await listen(workbook);
    const table = before.repairable.options.recognition?.tables[0];
    const row = 2500;
    const col = table?.columns.units ?? -1;
    await excel.userEdit(grid.name, row, col, "市财政局，市税务局");
    expect(heard).toEqual([{ sheet: grid.name, cells: [{ top: row, left: col, bottom: row, right: col }] }]);

    excel.cellsRead = 0;
    excel.syncs = [];
    const edited = await checkEdit(workbook, before, heard[0].sheet, heard[0].cells);
    expect(edited.incremental).toBe(true);
    expect(excel.cellsRead).toBe(grid.values[0].length);
    expect(excel.syncs).toHaveLength(1);
    expect(edited.result.issues.filter((issue) => issue.row === row + 1).map((issue) => issue.code)).toContain("units/separator");

    const whole = await validateActiveSheet(workbook);
    expect(edited.result.issues).toEqual(whole.issues);
    expect(edited.result.changes).toEqual(whole.changes);
    await stop();
    await excel.userEdit(grid.name, row, col, "市财政局");
    expect(heard).toHaveLength(1);
  });

  it("reads the whole sheet when the edit lies outside what it read, or the host cannot say what changed", async () => {
    const grid = await largeReport(600);
    const excel = new FakeExcel([grid]);
    excel.install();
    const workbook = new OfficeWorkbook();
    const before = await validateActiveSheet(workbook);
    const { heard } = await listen(workbook);
    await excel.userEdit(grid.name, grid.values.length, 1, "新增一项任务。");
    const below = await checkEdit(workbook, before, heard[0].sheet, heard[0].cells);
    expect(below.incremental).toBe(false);
    expect(below.result.repairable.grid.values).toHaveLength(grid.values.length + 1);
    expect(below.result.issues).toEqual((await validateActiveSheet(workbook)).issues);
    const unknown = await checkEdit(workbook, below.result, grid.name, null);
    expect(unknown.incremental).toBe(false);
  });

  it("reads some rows in one request, dates as readSheet reads them", async () => {
    const excel = new FakeExcel([
      {
        name: "表",
        values: [
          ["a", 1],
          ["b", 2],
          ["c", 3],
          ["d", 4],
        ],
        merges: [],
      },
    ]);
    excel.install();
    excel.sheets[0].cells[2][1] = { value: 44377, format: "yyyy-mm-dd" };
    excel.syncs = [];
    const rows = await new OfficeWorkbook().readRows("表", [3, 0, 2], 3);
    expect(rows).toEqual([
      ["d", 4, null],
      ["a", 1, null],
      ["c", "2021-06-30", null],
    ]);
    expect(excel.syncs).toHaveLength(1);
  });
});
