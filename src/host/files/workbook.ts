import type * as ExcelJS from "exceljs";
import * as path from "node:path";
import { cellAddress, type CellRange, type CellValue, type SheetGrid } from "../../engine/grid";
import { WorkbookError, type ChartSpec, type Mark, type SheetOutput, type WorkbookPort } from "../port";
import type { CellWriteRule } from "../problems";
import type { TextEncodingName } from "./encoding";
import { addParts } from "./charts";
import { planChart, type ChartPlan } from "./chartXml";
import { workbookBytes } from "./ooxmlText";
import { isSameFile, writeFileAtomically } from "./save";
import { NO_PROPERTIES, writeProperties, type KeptProperties } from "./settingsPart";
import type { FileKind } from "./sniff";
import { cellValueProblem, fillWorksheet, setCellValue, setListRule, validateOutputs } from "./write";
import { GridTooLargeError, isBlankGrid, sheetTooLarge } from "./values";
import { loadXlsx, worksheetGrid } from "./xlsx";
import { addAsNewSheets } from "../insertSheets";

/** One cell to change in place, 0-based like the grid. */
import type { CellUpdate } from "../port";
import { noEdits, SessionSettings } from "../sessionSettings";
export type { CellUpdate };

/** How the file was read, for reports ("read as GB18030"). */
export interface FileSource {
  path: string;
  format: FileKind;
  /** The text encoding of a .csv; undefined for .xlsx. */
  encoding?: TextEncodingName;
}

/** ExcelJS keeps tab order in this field, which its type declarations leave out. */
type OrderedWorksheet = ExcelJS.Worksheet & { orderNo: number };

function copyGrid(grid: SheetGrid): SheetGrid {
  return { name: grid.name, values: grid.values.map((row) => row.slice()), merges: grid.merges.map((m) => ({ ...m })) };
}

function inside(range: CellRange, row: number, col: number): boolean {
  return row >= range.top && row <= range.bottom && col >= range.left && col <= range.right;
}

/** Why a cell cannot be changed, or null: a bad address or value, or a cell hidden inside a merged area. */
function updateProblem(merges: readonly CellRange[], row: number, col: number, value: CellValue): CellWriteRule | null {
  if (!Number.isInteger(row) || !Number.isInteger(col) || row < 0 || col < 0) return "bad-address";
  const hidden = merges.some((m) => inside(m, row, col) && (row !== m.top || col !== m.left));
  return cellValueProblem(value) ?? (hidden ? "merged-cell" : null);
}

/**
 * A workbook read from an .xlsx or .csv file, held in memory. Changes (writeSheets, updateCells) stay in
 * memory until saveAs writes a new .xlsx; the file it was read from is never written.
 */
export class FileWorkbook implements WorkbookPort {
  /** Grids already read, by sheet name: reading converts every cell, so each sheet is converted once. */
  private readonly grids = new Map<string, SheetGrid>();
  /** The chart each written sheet asked for, with the row naming its series: ExcelJS cannot hold one, saveAs adds it. */
  private readonly charts = new Map<ExcelJS.Worksheet, { spec: ChartSpec; headerRow: number }>();
  private readonly label: string;

  /** The add-in's settings, starting from those the file held; saveAs writes them into the copy. */
  private readonly session: SessionSettings;

  constructor(
    readonly source: FileSource,
    private readonly book: ExcelJS.Workbook,
    /** The file's custom properties: the add-in's settings among them (settingsPart.ts). */
    private readonly properties: KeptProperties = NO_PROPERTIES,
  ) {
    this.label = path.basename(source.path);
    this.session = new SessionSettings(properties.settings);
  }

  get path(): string {
    return this.source.path;
  }

  async sheetNames(): Promise<string[]> {
    return this.book.worksheets.map((sheet) => sheet.name);
  }

  /** Sheets the file keeps very hidden (the add-in's records): a viewer of the file shows them to nobody. */
  veryHiddenSheets(): string[] {
    return this.book.worksheets.filter((sheet) => sheet.state === "veryHidden").map((sheet) => sheet.name);
  }

  /** A file has no view the user is looking at, so this is the first sheet (as the port specifies). */
  async activeSheetName(): Promise<string> {
    return this.book.worksheets[0].name;
  }

  async readSheet(name: string): Promise<SheetGrid> {
    return copyGrid(this.grid(this.requireWorksheet(name)));
  }

  async readRows(name: string, rows: readonly number[], columns: number): Promise<CellValue[][]> {
    const { values } = this.grid(this.requireWorksheet(name));
    return rows.map((r) => Array.from({ length: columns }, (_, c) => values[r]?.[c] ?? null));
  }

  async writeSheets(sheets: SheetOutput[]): Promise<void> {
    validateOutputs(sheets, this.path);
    for (const output of sheets) {
      const existing = this.findWorksheet(output.name) as OrderedWorksheet | undefined;
      const orderNo = existing?.orderNo;
      if (existing) {
        this.grids.delete(existing.name);
        this.charts.delete(existing);
        this.book.removeWorksheet(existing.id);
      }
      const sheet = this.book.addWorksheet(output.name) as OrderedWorksheet;
      // A replaced sheet keeps its place among the tabs instead of moving to the end.
      if (orderNo !== undefined) sheet.orderNo = orderNo;
      fillWorksheet(sheet, output);
      if (output.chart) this.charts.set(sheet, { spec: output.chart, headerRow: output.table?.headerRow ?? output.chart.firstRow - 1 });
      this.grids.set(sheet.name, worksheetGrid(sheet));
    }
  }

  /**
   * Changes single cells of an existing sheet in place, keeping their formatting (the fix command).
   * All changes are checked before any is made.
   */
  /** A file has no window: there is nothing to show. */
  /** The command line draws no marks: a file has nobody looking at it. Ids are returned so callers stay simple. */
  async addMarks(_sheet: string, marks: readonly Mark[]): Promise<string[]> {
    return marks.map((_, i) => `file-mark-${i + 1}`);
  }

  async removeMarks(): Promise<void> {}

  /** A list rule on every cell of the block (ExcelJS keeps data validation per cell). */
  async setListValidation(sheetName: string, range: CellRange, values: readonly string[]): Promise<void> {
    setListRule(this.requireWorksheet(sheetName), range, values);
  }

  /** A file is not being edited by anyone while the command line holds it. */
  readonly watchChanges = noEdits;

  /** Sheets of another .xlsx added as new sheets here (kept in memory until saveAs, like every change). */
  async insertSheetsFromFile(fileName: string, bytes: Uint8Array): Promise<string[]> {
    const other = new FileWorkbook({ path: fileName, format: "xlsx" }, await loadXlsx(Buffer.from(bytes), fileName, path.basename(fileName)));
    const grids = await Promise.all((await other.sheetNames()).map((name) => other.readSheet(name)));
    return addAsNewSheets(this, grids);
  }

  /** A file has nobody to open a workbook for (the command line writes files instead). */
  async openNewWorkbook(): Promise<boolean> {
    return false;
  }

  async readSettings(): Promise<Record<string, string>> {
    return this.session.read();
  }

  async writeSettings(values: Record<string, string>): Promise<void> {
    this.session.write(values);
  }

  async selectCell(): Promise<void> {}

  async updateCells(sheetName: string, changes: readonly CellUpdate[]): Promise<void> {
    const sheet = this.requireWorksheet(sheetName);
    const merges = this.grid(sheet).merges;
    for (const { row, col, value } of changes) {
      const rule = updateProblem(merges, row, col, value);
      if (rule) {
        const cell = rule === "bad-address" ? `(${row}, ${col})` : cellAddress(row, col);
        throw new WorkbookError({ reason: "output/bad-cell-value", params: { sheet: sheet.name, cell, rule } }, this.path);
      }
    }
    for (const { row, col, value } of changes) setCellValue(sheet.getCell(row + 1, col + 1), value);
    this.grids.set(sheet.name, worksheetGrid(sheet));
  }

  /**
   * Writes the workbook as a new .xlsx, atomically. Refuses the file it was read from: the original is the
   * user's record and must survive whatever we got wrong.
   */
  async saveAs(outPath: string): Promise<void> {
    const label = path.basename(outPath);
    if (!/\.xlsx$/i.test(outPath)) {
      throw new WorkbookError({ reason: "save/not-xlsx", params: { file: label } }, outPath);
    }
    if (await isSameFile(this.path, outPath)) {
      throw new WorkbookError({ reason: "save/same-as-input", params: { file: label } }, outPath);
    }
    let bytes: Buffer;
    try {
      this.book.modified = new Date();
      bytes = await workbookBytes(this.book);
      const charts = this.chartPlans();
      const kept: KeptProperties = { settings: this.session.read(), others: this.properties.others };
      const withProperties = Object.keys(kept.settings).length > 0 || kept.others.length > 0;
      if (charts.length > 0 || withProperties) bytes = await addParts(bytes, charts, async (zip) => (withProperties ? writeProperties(zip, kept) : undefined));
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      throw new WorkbookError({ reason: "save/failed", params: { file: label, detail } }, outPath);
    }
    await writeFileAtomically(outPath, bytes);
  }

  /** The charts of the sheets still in the workbook, drawn from their cells as they are now. */
  private chartPlans(): ChartPlan[] {
    return this.book.worksheets.flatMap((sheet) => {
      const chart = this.charts.get(sheet);
      if (!chart) return [];
      const { values } = this.grid(sheet);
      const columnWidths = Array.from({ length: sheet.columnCount }, (_, c) => sheet.getColumn(c + 1).width);
      const plan = planChart({ sheet: sheet.name, values, columnWidths, ...chart });
      return plan ? [plan] : [];
    });
  }

  /** Sheet names compare like Excel's: exactly first, then ignoring case. */
  private findWorksheet(name: string): ExcelJS.Worksheet | undefined {
    const sheets = this.book.worksheets;
    return sheets.find((s) => s.name === name) ?? sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  private requireWorksheet(name: string): ExcelJS.Worksheet {
    const sheet = this.findWorksheet(name);
    if (sheet) return sheet;
    const names = this.book.worksheets.map((s) => s.name);
    throw new WorkbookError({ reason: "file/sheet-not-found", params: { file: this.label, sheet: name, names } }, this.path);
  }

  private grid(sheet: ExcelJS.Worksheet): SheetGrid {
    let grid = this.grids.get(sheet.name);
    if (!grid) {
      try {
        grid = worksheetGrid(sheet);
      } catch (error) {
        if (!(error instanceof GridTooLargeError)) throw error;
        throw sheetTooLarge(error, this.path, this.label, sheet.name);
      }
      this.grids.set(sheet.name, grid);
    }
    return grid;
  }

  /** Whether any sheet holds anything but blanks (checked at open: an empty workbook is refused). */
  hasContent(): boolean {
    return this.book.worksheets.some((sheet) => !isBlankGrid(this.grid(sheet).values));
  }
}
