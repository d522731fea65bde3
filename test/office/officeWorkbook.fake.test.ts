/**
 * The Office adapter against a stateful model of Excel (fakeExcel.ts): whole workflows — fix and revert,
 * reading and writing past the 5 MB request limit — with every round trip counted and sized.
 */
import { FORMULA_LIKE_TEXTS } from "../formulaLikeTexts";
import { gridDifferences } from "../gridDifferences";
import type { CellValue, SheetGrid } from "../../src/engine/grid";
import { mkdtemp, readFile } from "node:fs/promises";
import * as os from "node:os";
import * as path from "node:path";
import { openWorkbookBytes } from "../../src/host/files";
import { OfficeWorkbook } from "../../src/host/office/officeWorkbook";
import { applyChanges, revertLastBatch, validateActiveSheet } from "../../src/app/check";
import { importPriorFile, priorYearOfActiveSheet } from "../../src/app/priorYear";
import { fixture, runCli } from "../cli/runCli";
import { fixtureSheets, SHEETS_WITHOUT_FIXES, spreadsheetFixtures } from "../fixtureSheets";
import { FakeExcel, PAYLOAD_LIMIT } from "./fakeExcel";

/** The two grids hold the same values cell for cell (trailing empty cells aside); the first differences are shown. */
function expectSameValues(actual: SheetGrid, expected: SheetGrid): void {
  expect(gridDifferences(actual, expected)).toEqual([]);
}

afterEach(() => FakeExcel.uninstall());

describe("fix and revert in Excel (the Office adapter)", () => {
  // Every sheet of every fixture in turn is the active one, with the workbook's other sheets beside it.
  it.each(spreadsheetFixtures())("%s: every fix applied, the workbook saved and reopened, then reverted: every sheet is back cell for cell", async (name) => {
    const originals = await fixtureSheets(name);
    for (const active of originals) {
      const excel = new FakeExcel(originals);
      excel.active = active.name;
      excel.install();
      const workbook = new OfficeWorkbook();
      const { changes } = await validateActiveSheet(workbook);
      if (SHEETS_WITHOUT_FIXES.has(active.name)) {
        expect([active.name, changes]).toEqual([active.name, []]);
        continue;
      }
      expect([active.name, changes.length > 0]).toEqual([active.name, true]);
      await applyChanges(workbook, changes, new Date("2026-11-22T10:00:00Z"));
      expect(excel.grid(active.name).values).not.toEqual(active.values);
      for (const other of originals.filter((grid) => grid !== active)) expectSameValues(excel.grid(other.name), other);

      // Saved and reopened: nothing survives but the sheets, the hidden record of the fixes among them, and the
      // workbook's settings, which prove that record the add-in's.
      const reopened = new FakeExcel(excel.sheets.map((sheet) => excel.grid(sheet.name)));
      reopened.settings = new Map(excel.settings);
      reopened.customProperties = new Map(excel.customProperties);
      expect(reopened.sheets.map((s) => s.name)).toContain("_taizhang_fixes");
      reopened.install();
      const result = await revertLastBatch(new OfficeWorkbook());
      expect(result).toEqual({ restored: changes.length, conflicts: [], remaining: 0 });
      for (const original of originals) expectSameValues(reopened.grid(original.name), original);
      expect(reopened.formulas()).toEqual([]);
    }
  });
});

describe("a copy fixed by the command line, opened in Excel", () => {
  it("has its journal proven by the file's custom properties: 撤销修复 puts every cell back", async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), "taizhang-cross-"));
    const out = path.join(dir, "fixed.xlsx");
    expect((await runCli(["fix", fixture("2024_责任分解.xlsx"), "--out", out])).code).toBe(0);
    const file = await openWorkbookBytes(await readFile(out), "fixed.xlsx");
    const sheets = await Promise.all((await file.sheetNames()).map((name) => file.readSheet(name)));
    // What Excel shows of the file: its sheets, and its custom properties; the add-in's settings are empty.
    const excel = new FakeExcel(sheets);
    for (const [key, value] of Object.entries(await file.readSettings())) excel.customProperties.set(`taizhang.${key}`, value);
    excel.install();
    const result = await revertLastBatch(new OfficeWorkbook());
    expect(result).toMatchObject({ conflicts: [], remaining: 0 });
    expect(result?.restored).toBeGreaterThan(10);
    const [original] = await fixtureSheets("2024_责任分解.xlsx");
    expectSameValues(excel.grid(original.name), original);
  });
});

/** A responsibility sheet of `rows` tasks whose task texts are `textLength` characters long. */
function bigSheet(rows: number, textLength = 40): SheetGrid {
  const text = "推进长三角一体化发展，完善区域协同机制，加快重大项目建设。".repeat(Math.ceil(textLength / 29)).slice(0, textLength);
  const values: CellValue[][] = [["序号", "主要工作任务", "责任单位", "进展情况", "进展状态"]];
  for (let i = 1; i <= rows; i++) values.push([i, `${text}${i}`, "市发改委、市经信局", `=${text}`, "按时推进"]);
  return { name: "台账", values, merges: [] };
}

describe("text is written as text", () => {
  /** Text that Excel would run or convert when typed into a General cell. */
  const RISKY = [...FORMULA_LIKE_TEXTS, '=HYPERLINK("http://x")', " =1"];

  it("in generated tabs and in single-cell fixes, whatever the text starts with", async () => {
    const [sheet] = await fixtureSheets("2021_专项行动.xlsx");
    const excel = new FakeExcel([sheet]);
    excel.install();
    const workbook = new OfficeWorkbook();
    await workbook.writeSheets([{ name: "汇总", values: [["文本"], ...RISKY.map((text) => [text])] }]);
    await workbook.updateCells(
      sheet.name,
      RISKY.map((value, i) => ({ row: 2 + i, col: 1, value })),
    );
    expect(excel.formulas()).toEqual([]);
    expect(
      excel
        .grid("汇总")
        .values.slice(1)
        .map((row) => row[0]),
    ).toEqual(RISKY);
    expect(
      excel
        .grid(sheet.name)
        .values.slice(2, 2 + RISKY.length)
        .map((row) => row[1]),
    ).toEqual(RISKY);
    // Formatted as text ("@") before the value went in: Excel keeps it as typed, whatever it starts with
    // (the model flags a formula only for = + - @ after white space; the format shows tab and CR alone too).
    const formats = (name: string, col: number, firstRow: number) => RISKY.map((text, i) => [text, excel.sheet(name).cells[firstRow + i]?.[col]?.format]);
    expect(formats("汇总", 0, 1)).toEqual(RISKY.map((text) => [text, "@"]));
    expect(formats(sheet.name, 1, 2)).toEqual(RISKY.map((text) => [text, "@"]));
  });
});

describe("round trips do not grow with the rows", () => {
  it.each([100, 10_000])("reads a sheet of %i rows in one sync and writes it back in two", async (rows) => {
    const sheet = bigSheet(rows);
    const excel = new FakeExcel([sheet]);
    excel.install();
    const workbook = new OfficeWorkbook();
    const read = await workbook.readSheet("台账");
    expect(excel.syncs).toHaveLength(1);
    expectSameValues(read, sheet);

    await workbook.writeSheets([{ ...read, name: "副本" }]);
    expect(excel.syncs).toHaveLength(3);
    expectSameValues(excel.grid("副本"), sheet);
    // "=…" task texts are written as text, never as formulas.
    expect(excel.formulas()).toEqual([]);
  });
});

describe("past Excel's 5 MB limit", () => {
  // 30,000 rows of 300-character texts: about 30 MB as sent, six times the limit.
  const sheet = bigSheet(30_000, 300);

  it("reads a sheet too large for one request in row blocks, each under the limit, and loses nothing", async () => {
    const excel = new FakeExcel([sheet]);
    excel.install();
    const read = await new OfficeWorkbook().readSheet("台账");
    expectSameValues(read, sheet);
    const [refused, ...rest] = excel.syncs;
    expect(refused.responseBytes).toBe(0); // the one-request read was refused
    expect(rest.length).toBeGreaterThan(6);
    for (const sync of rest) expect(sync.responseBytes).toBeLessThanOrEqual(PAYLOAD_LIMIT);
  });

  it("keeps merged areas when reading in blocks, merges spanning a block's edge included", async () => {
    const merged = {
      ...sheet,
      merges: [
        { top: 1, left: 0, bottom: 2, right: 0 },
        { top: 7_000, left: 2, bottom: 7_400, right: 2 },
      ],
    };
    const excel = new FakeExcel([merged]);
    excel.install();
    const read = await new OfficeWorkbook().readSheet("台账");
    expect(read.merges).toEqual(merged.merges);
  });

  it("writes a tab too large for one request in several, each under the limit, formats and table last", async () => {
    const excel = new FakeExcel([]);
    excel.install();
    await new OfficeWorkbook().writeSheets([{ ...sheet, name: "滞后任务", table: { name: "taizhang_lag", headerRow: 0, lastRow: sheet.values.length - 1 } }]);
    expectSameValues(excel.grid("滞后任务"), sheet);
    expect(excel.formulas()).toEqual([]);
    expect(excel.syncs.length).toBeGreaterThan(6);
    for (const sync of excel.syncs) expect(sync.requestBytes).toBeLessThanOrEqual(PAYLOAD_LIMIT);
    expect(excel.sheet("滞后任务").extras.some((extra) => extra.startsWith("table"))).toBe(true);
  });

  it("applies a batch of fixes too large for one request in several, each under the limit", async () => {
    const excel = new FakeExcel([sheet]);
    excel.install();
    const changes = sheet.values.slice(1).map((row, r) => ({ row: r + 1, col: 3, value: `${String(row[1])}（已核）` }));
    await new OfficeWorkbook().updateCells("台账", changes);
    expect(excel.syncs.length).toBeGreaterThan(4);
    for (const sync of excel.syncs) expect(sync.requestBytes).toBeLessThanOrEqual(PAYLOAD_LIMIT);
    const written = excel.grid("台账").values;
    expect(changes.filter((change) => written[change.row][change.col] !== change.value)).toEqual([]);
  });

  it("refuses a sheet past 5,000,000 cells, naming its extent, without reading it", async () => {
    const stray: SheetGrid = { name: "台账", values: [["序号", "主要工作任务"]], merges: [] };
    const excel = new FakeExcel([stray]);
    excel.sheet("台账").cells[399] = Object.assign([], { 16383: { value: "误输入", format: "General" } });
    excel.install();
    await expect(new OfficeWorkbook().readSheet("台账")).rejects.toMatchObject({
      code: "file/too-large",
      message: expect.stringContaining("A1:XFD400 共 6,553,600 个单元格"),
    });
    expect(excel.syncs).toHaveLength(2); // the refused read, then the used range's shape alone
  });

  it("says the sheet is too large when even one row is over the limit", async () => {
    const huge: SheetGrid = {
      name: "台账",
      values: [
        ["序号", "主要工作任务"],
        [1, "很".repeat(2_000_000)],
      ],
      merges: [],
    };
    const excel = new FakeExcel([huge]);
    excel.install();
    await expect(new OfficeWorkbook().readSheet("台账")).rejects.toMatchObject({ code: "file/too-large", message: expect.stringContaining("台账") });
  });
});

describe("last year's file brought in by Excel (insertWorksheetsFromBase64)", () => {
  /** Excel's side of the import: the file's sheets, read here with the file adapter. */
  const excelReads = async (base64: string) => {
    const book = await openWorkbookBytes(Buffer.from(base64, "base64"), "prior.xlsx");
    return Promise.all((await book.sheetNames()).map((n) => book.readSheet(n)));
  };

  it("adds the file's sheets beside the user's, picks the task sheet, and the prior year is matched from it", async () => {
    const current = await fixtureSheets("2024_责任分解.xlsx");
    const excel = new FakeExcel(current, excelReads);
    excel.install();
    const workbook = new OfficeWorkbook();
    const bytes = new Uint8Array(await readFile(fixture("2021_责任分解.xlsx")));

    const imported = await importPriorFile(workbook, "2021_责任分解.xlsx", bytes);

    expect(excel.syncs.filter((s) => s.requestBytes > bytes.length)).toHaveLength(1); // the file went once
    expect(imported.inserted.length).toBeGreaterThan(0);
    expect(imported.priorSheet).toBe(imported.inserted[0]);
    expectSameValues(excel.grid(current[0].name), current[0]); // the user's sheet is untouched
    const matches = await priorYearOfActiveSheet(workbook, imported.priorSheet);
    expect(matches.filter((m) => m.prior.length > 0).length).toBeGreaterThan(matches.length / 2);
  });

  it("renames a sheet whose name is taken instead of replacing it, in two syncs", async () => {
    const [prior] = await fixtureSheets("2021_责任分解.xlsx");
    const mine = { ...prior, values: [["我的表"]] };
    const excel = new FakeExcel([mine], excelReads);
    excel.install();
    const names = await new OfficeWorkbook().insertSheetsFromFile("2021.xlsx", new Uint8Array(await readFile(fixture("2021_责任分解.xlsx"))));
    expect(names).toEqual([`${prior.name} (2)`]);
    expect(excel.syncs).toHaveLength(2);
    expect(excel.grid(prior.name).values).toEqual([["我的表"]]);
  });

  it("says which Excel is needed where ExcelApi 1.13 is missing", async () => {
    new FakeExcel([]).install("1.12");
    await expect(new OfficeWorkbook().insertSheetsFromFile("2021.xlsx", new Uint8Array([1]))).rejects.toMatchObject({
      message: expect.stringContaining("1.13"),
    });
  });
});

describe("a new workbook opened by Excel (分发)", () => {
  const bytes = new Uint8Array([80, 75, 3, 4, 255, 0, 1]);

  it("opens it with Excel.createWorkbook where ExcelApi 1.8 is there, leaving this workbook alone", async () => {
    const excel = new FakeExcel([{ name: "主表", values: [["序号"]], merges: [] }]);
    excel.install("1.8");
    expect(await new OfficeWorkbook().openNewWorkbook(async () => bytes)).toBe(true);
    expect(excel.created.map((base64) => [...Buffer.from(base64, "base64")])).toEqual([[...bytes]]);
    expect(excel.sheets.map((s) => s.name)).toEqual(["主表"]);
  });

  it("says it could not, without making the bytes, before ExcelApi 1.8", async () => {
    const excel = new FakeExcel([]);
    excel.install("1.7");
    const make = jest.fn(async () => bytes);
    expect(await new OfficeWorkbook().openNewWorkbook(make)).toBe(false);
    expect([make.mock.calls.length, excel.created]).toEqual([0, []]);
  });

  it("says what Excel answered when it refuses", async () => {
    new FakeExcel([]).install("1.8");
    (globalThis as { Excel: { createWorkbook: unknown } }).Excel.createWorkbook = async () => {
      throw new Error("This operation is not allowed due to the extension hardening policy.");
    };
    await expect(new OfficeWorkbook().openNewWorkbook(async () => bytes)).rejects.toMatchObject({
      problem: { reason: "excel/write-failed" },
      message: expect.stringContaining("extension hardening"),
    });
  });
});
