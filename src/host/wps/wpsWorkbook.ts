/// <reference types="et-jsapi-declare" />
/**
 * The WPS 表格 adapter: the open workbook of a WPS加载项 as a WorkbookPort. The only module that touches WPS's
 * object model, typed with et-jsapi-declare (the `Et` namespace) so the compiler checks every call.
 *
 * WPS exposes the VBA object model to JavaScript: synchronous (no batches, no sync round trips: each property is
 * one call into WPS), 1-based (Worksheets.Item(1), Cells.Item(row, col)), VBA's constants as numbers. It behaves
 * as OfficeWorkbook does, with the same errors; where WPS differs from Excel the difference is noted beside the
 * code with its source. No WPS binary runs on the machines this was written on: every WPS behaviour here rests
 * on documentation only, and the tests run on its model, src/host/wps/fakeWps.ts. Sources:
 * - [airsheet] WPS's JSAPI reference of the 表格 object model, https://airsheet.wps.cn/docs/apiV2/excel/workbook/
 *   (Range, FormatConditions, Interior …): the VBA model's members, in JavaScript;
 * - [solution] WPS WebOffice's client API, https://solution.wps.cn/docs/client/api/Excel/FormatConditions.html
 *   (FormatConditions.Add(xlExpression, undefined, "=…"));
 * - [events] WPS 表格 事件 (SheetChange: "当用户或外部链接更改了任何工作表中的单元格时"),
 *   https://www.kancloud.cn/pwedu/wps-js-macros/2259291, and et-jsapi-declare's addon.et.d.ts (ApiEvent);
 * - [vba] Microsoft's VBA reference, which the WPS pages follow member for member (Range.Value2, MergeCells,
 *   Worksheet.Visible, Validation.Add, CustomDocumentProperties).
 */
import type { CellRange, CellValue, SheetGrid } from "../../engine/grid";
import { cellAddress } from "../../engine/grid";
import { firstBodyRow } from "../../engine/layout";
import { addAsNewSheets } from "../insertSheets";
import { MAX_SHEET_CELLS, SETTING_PREFIX, WorkbookError, type CellUpdate, type FileParser, type Mark, type SheetOutput, type WorkbookPort } from "../port";
import { needsTextFormat, toCellValue, toWriteMatrix, usedRangeToGrid, validateCellUpdates, validateOutputs } from "../office/convert";

/** What the adapter uses of WPS's global `Application` (window.Application in a WPS加载项's pages). */
export type WpsApplication = Pick<Et.Application, "ActiveWorkbook" | "ActiveWindow" | "DisplayAlerts"> & Pick<WPS.EtAddonRoot, "ApiEvent">;

// VBA's constants, as numbers: the declarations' enums are ambient (`declare namespace Et`), so referring to
// Et.XlSheetVisibility at run time would fail; the types still check each value against its enum.
const XL_SHEET_VERY_HIDDEN: Et.XlSheetVisibility = 2;
const XL_EXPRESSION: Et.XlFormatConditionType = 2;
const XL_VALIDATE_LIST: Et.XlDVType = 3;
const XL_VALID_ALERT_STOP = 1;
const XL_BETWEEN = 1;
const XL_SRC_RANGE: Et.XlListObjectSourceType = 1;
const XL_YES: Et.XlYesNoGuess = 1;
const XL_TOP = -4160;
const XL_LANDSCAPE: Et.XlPageOrientation = 2;
const XL_PORTRAIT: Et.XlPageOrientation = 1;
const XL_PAPER_A4: Et.XlPaperSize = 9;
const MSO_PROPERTY_TYPE_STRING = 4;

/**
 * Error values as VBA's Value2 hands them to COM callers: CVErr(xlErrNA = 2042) arrives as the HRESULT
 * 0x800A07FA, a negative Int32 (Microsoft, "How to: Access Excel error values", VBA CVErr). WPS's JSAPI documents
 * Value2 as VBA's, so an error cell is expected to arrive so; documentation only. Other non-primitive values are
 * read through Range.Text, which shows the error as the cell does ("#N/A").
 */
const ERROR_VALUES = new Map<number, string>([
  [-2146826288, "#NULL!"],
  [-2146826281, "#DIV/0!"],
  [-2146826273, "#VALUE!"],
  [-2146826265, "#REF!"],
  [-2146826259, "#NAME?"],
  [-2146826252, "#NUM!"],
  [-2146826246, "#N/A"],
]);

/** Settings the add-in keeps in the workbook are named with this prefix, apart from other add-ins'. */
/** A mark's rule carries its id as text, so removeMarks finds the add-in's own conditional formats. */
const MARK_TAG = "taizhang:";
/** Change events this soon after the add-in's own write are echoes of it (as in OfficeWorkbook). */
const OWN_WRITE_ECHO_MS = 1500;

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function writeError(error: unknown, source: string): WorkbookError {
  if (error instanceof WorkbookError) return error;
  return new WorkbookError({ reason: "excel/write-failed", params: { detail: errorText(error) } }, source);
}

/** "#RRGGBB" as VBA's Color, a BGR long (R + G·256 + B·65536, what RGB() gives): [airsheet] Interior.Color = RGB(…). */
export function bgrColor(hex: string): number {
  const rgb = Number.parseInt(hex.replace(/^#/u, ""), 16) || 0;
  return ((rgb >> 16) & 0xff) + (rgb & 0xff00) + (rgb & 0xff) * 0x10000;
}

/** The cell at 0-based (row, col): Cells.Item is 1-based, as in VBA. */
function cellAt(sheet: Et.Worksheet, row: number, col: number): Et.Range {
  return sheet.Cells.Item(row + 1, col + 1);
}

/** A block of cells, 0-based and inclusive. */
function block(sheet: Et.Worksheet, range: CellRange): Et.Range {
  return cellAt(sheet, range.top, range.left).Resize(range.bottom - range.top + 1, range.right - range.left + 1);
}

/** Value2 of one cell as the engine's value: numbers, text, booleans; COM error codes and other objects as the error's text. */
function rawValue(raw: unknown, cell: () => Et.Range): unknown {
  if (raw === null || raw === undefined) return "";
  if (typeof raw === "number") return ERROR_VALUES.get(raw) ?? raw;
  if (typeof raw === "string" || typeof raw === "boolean") return raw;
  // Not a value JavaScript has: read what the cell shows (an error value, "#N/A").
  return String(cell().Text ?? "");
}

export class WpsWorkbook implements WorkbookPort {
  /** When the add-in last wrote cells: the change events that follow are its own. */
  private lastOwnWrite = 0;
  /** True while the add-in writes: WPS raises SheetChange synchronously, inside the write (VBA's Worksheet_Change). */
  private writing = false;
  private nextMark = 1;
  /** Unique per adapter, so two panes (or two sessions on one saved file) never share a mark id. */
  private readonly markPrefix = `${Date.now().toString(36)}${Math.floor(Math.random() * 1296).toString(36)}`;

  constructor(
    /** WPS's Application; the global one (window.Application) when absent. */
    private readonly application: WpsApplication = (globalThis as unknown as { Application: WpsApplication }).Application,
    /** Without a file parser insertSheetsFromFile says WPS cannot yet. */
    private readonly options: { parseFile?: FileParser } = {},
  ) {}

  private get workbook(): Et.Workbook {
    return this.application.ActiveWorkbook;
  }

  private worksheets(): Et.Worksheet[] {
    const sheets = this.workbook.Worksheets;
    const found: Et.Worksheet[] = [];
    // 1-based: Sheets.Item(1) is the first tab (WPS JSAPI Sheets.Item, as VBA).
    for (let i = 1; i <= sheets.Count; i++) found.push(sheets.Item(i) as Et.Worksheet);
    return found;
  }

  /**
   * A sheet by name, compared as Excel does (case-insensitively). Looked up among the tabs rather than with
   * Worksheets.Item(name), whose failure for a missing name is VBA's run-time error 9 and not documented for JS.
   */
  private sheet(name: string): Et.Worksheet {
    const found = this.worksheets().find((sheet) => sheet.Name.toLowerCase() === name.toLowerCase());
    if (!found) throw new WorkbookError({ reason: "sheet/not-found", params: { sheet: name } }, name);
    return found;
  }

  /** Runs a write with WPS's dialogs off (merging filled cells and deleting sheets ask first, as in VBA) and notes it as the add-in's own. */
  private write<T>(source: string, action: () => T): T {
    const alerts = this.application.DisplayAlerts;
    this.writing = true;
    try {
      this.application.DisplayAlerts = false;
      return action();
    } catch (error) {
      throw writeError(error, source);
    } finally {
      this.application.DisplayAlerts = alerts;
      this.writing = false;
      this.lastOwnWrite = Date.now();
    }
  }

  async sheetNames(): Promise<string[]> {
    // Worksheets lists hidden and very hidden sheets too, as Excel's worksheets collection does.
    return this.worksheets().map((sheet) => sheet.Name);
  }

  async activeSheetName(): Promise<string> {
    return this.workbook.ActiveSheet.Name;
  }

  async readSheet(name: string): Promise<SheetGrid> {
    const sheet = this.sheet(name);
    // UsedRange is VBA's: it also spans cells that are only formatted (Excel's getUsedRange(true) does not);
    // the grid is trimmed of empty edges below, so both adapters return the same grid.
    const used = sheet.UsedRange;
    const [top, left] = [used.Row - 1, used.Column - 1];
    const [rows, columns] = [used.Rows.Count, used.Columns.Count];
    const [bottom, right] = [top + rows - 1, left + columns - 1];
    if ((bottom + 1) * (right + 1) > MAX_SHEET_CELLS) {
      const params = { sheet: name, extent: `A1:${cellAddress(bottom, right)}`, cells: (bottom + 1) * (right + 1) };
      throw new WorkbookError({ reason: "sheet/too-many-cells", params }, name);
    }
    // Value2 of one cell is the value itself, of a block an array of rows ([airsheet] Range.Value2; notes on WPS
    // JS macros, https://blog.csdn.net/qq_61913010/article/details/143450258: "Arr[r][c]", 0-based JavaScript
    // arrays, unlike VBA's 1-based ones). Value2 gives dates as serial numbers ([vba] Range.Value2: no Date
    // type), told from numbers by the number format, as in the Office adapter.
    const raw = used.Value2 as unknown;
    const matrix = rows === 1 && columns === 1 ? [[raw]] : (raw as unknown[][]);
    const values = matrix.map((line, r) => line.map((value, c) => rawValue(value, () => cellAt(sheet, top + r, left + c))));
    const numberFormat = this.numberFormats(sheet, used, values, top, left);
    const grid = usedRangeToGrid(sheet.Name, { values, numberFormat, rowIndex: top, columnIndex: left }, null);
    return { ...grid, merges: mergedAreas(sheet, { top, left, bottom, right }) };
  }

  /** Some rows, A to `columns`, read as readSheet reads them (numbers in a date format are dates). */
  async readRows(name: string, rows: readonly number[], columns: number): Promise<CellValue[][]> {
    const sheet = this.sheet(name);
    if (columns <= 0) return rows.map(() => []);
    return rows.map((r) => {
      const raw = block(sheet, { top: r, left: 0, bottom: r, right: columns - 1 }).Value2 as unknown;
      const line = columns === 1 ? [raw] : ((raw as unknown[][])[0] ?? []);
      return line.map((value, c) => {
        const plain = rawValue(value, () => cellAt(sheet, r, c));
        return toCellValue(plain, typeof plain === "number" ? cellAt(sheet, r, c).NumberFormat : undefined);
      });
    });
  }

  /**
   * Number formats of the numeric cells, for dates. A column's NumberFormat is its format when every cell
   * shares it and null when they differ (VBA Range.NumberFormat); only then are its numeric cells asked one by one.
   */
  private numberFormats(sheet: Et.Worksheet, used: Et.Range, values: unknown[][], top: number, left: number): unknown[][] {
    const formats: unknown[][] = values.map(() => []);
    const width = values[0]?.length ?? 0;
    for (let c = 0; c < width; c++) {
      const numeric = values.flatMap((line, r) => (typeof line[c] === "number" ? [r] : []));
      if (numeric.length === 0) continue;
      const shared = used.Columns.Item(c + 1).NumberFormat as unknown;
      for (const r of numeric) formats[r][c] = typeof shared === "string" ? shared : cellAt(sheet, top + r, left + c).NumberFormat;
    }
    return formats;
  }

  /** Adds or replaces whole sheets: every sheet checked first, so nothing is written when one is wrong. */
  async writeSheets(outputs: SheetOutput[]): Promise<void> {
    validateOutputs(outputs);
    this.write(outputs.map((o) => o.name).join(", "), () => {
      // Worksheets.Add makes the new sheet the active one (VBA Sheets.Add); Excel's worksheets.add does not.
      // The user's sheet is activated again at the end.
      const activeName = this.workbook.ActiveSheet.Name;
      for (const output of outputs) {
        const old = this.worksheets().find((sheet) => sheet.Name.toLowerCase() === output.name.toLowerCase());
        const tabs = this.workbook.Worksheets;
        // A replaced sheet's successor goes where it was; a new one after the last tab, as in Excel.
        const sheet = old ? tabs.Add(old) : tabs.Add(undefined, tabs.Item(tabs.Count));
        old?.Delete();
        sheet.Name = output.name;
        writeValues(sheet, output);
        writeLayout(sheet, output, this.application);
      }
      const active = this.worksheets().find((sheet) => sheet.Name === activeName);
      if (active && active.Visible !== XL_SHEET_VERY_HIDDEN) active.Activate();
    });
  }

  /** Single cells written as plain values; text WPS would read as a formula or number is formatted "@" first. */
  async updateCells(sheetName: string, changes: readonly CellUpdate[]): Promise<void> {
    if (changes.length === 0) return;
    validateCellUpdates(sheetName, changes);
    const sheet = this.sheet(sheetName);
    this.write(sheetName, () => {
      for (const change of changes) {
        const cell = cellAt(sheet, change.row, change.col);
        if (needsTextFormat(change.value)) cell.NumberFormat = "@";
        cell.Value2 = (change.value === null ? "" : change.value) as string;
      }
    });
  }

  /**
   * A dropdown of allowed values (Validation.Add with xlValidateList), replacing any rule there. Formula1 is
   * the list joined by commas: VBA reads it with the system's list separator, which is "," on Chinese
   * systems (VBA Validation.Add; documentation only for WPS).
   */
  async setListValidation(sheetName: string, range: CellRange, values: readonly string[]): Promise<void> {
    const sheet = this.sheet(sheetName);
    this.write(sheetName, () => {
      const target = block(sheet, range);
      target.Validation.Delete();
      target.Validation.Add(XL_VALIDATE_LIST, XL_VALID_ALERT_STOP, XL_BETWEEN, values.map((v) => v.replace(/,/gu, "")).join(","));
      target.Validation.InCellDropdown = true;
    });
  }

  /**
   * WPS's SheetChange event ([events]: Application.ApiEvent), for the sheet active now, as the Office adapter
   * watches the active sheet. It is the application's event, so it fires for every sheet of every open workbook;
   * events run synchronously, inside the write that raised them ([events]), so the add-in's own writes are
   * recognised by the `writing` flag as well as by the echo window Excel needs.
   */
  async watchChanges(listener: (sheet: string) => void): Promise<() => Promise<void>> {
    const events = this.application.ApiEvent;
    if (!events) return async () => undefined;
    const watched = this.workbook.ActiveSheet.Name;
    const handler = (sheet: Et.Worksheet) => {
      if (this.writing || Date.now() - this.lastOwnWrite <= OWN_WRITE_ECHO_MS) return;
      if (sheet.Name === watched) listener(watched);
    };
    events.AddApiEventListener("SheetChange", handler);
    return async () => events.RemoveApiEventListener("SheetChange", handler);
  }

  /**
   * Each mark is a conditional format the add-in adds (FormatConditions.Add with xlExpression, [solution]): a
   * rule that is always true and names the mark, with a fill. VBA's FormatCondition has no id (Excel's ConditionalFormat.id),
   * so the rule's text is the id: `="taizhang:<id>"<>""` — no function names, so no localised formula text.
   */
  async addMarks(sheetName: string, marks: readonly Mark[]): Promise<string[]> {
    if (marks.length === 0) return [];
    const sheet = this.sheet(sheetName);
    return this.write(sheetName, () =>
      marks.map(({ range, color }) => {
        const id = `${this.markPrefix}-${this.nextMark++}`;
        const format = block(sheet, range).FormatConditions.Add(XL_EXPRESSION, undefined, `="${MARK_TAG}${id}"<>""`) as Et.FormatCondition;
        format.Interior.Color = bgrColor(color);
        return id;
      }),
    );
  }

  async removeMarks(sheetName: string, ids: readonly string[]): Promise<void> {
    if (ids.length === 0) return;
    const ours = new Set(ids);
    const formats = this.sheet(sheetName).Cells.FormatConditions;
    this.write(sheetName, () => {
      // Backwards: deleting one renumbers those after it. Formats the user removed by hand are simply not found.
      for (let i = formats.Count; i >= 1; i--) {
        const format = formats.Item(i) as Et.FormatCondition;
        const tag = new RegExp(`"${MARK_TAG}([^"]*)"`, "u").exec(String(format.Formula1 ?? ""));
        if (tag && ours.has(tag[1])) format.Delete();
      }
    });
  }

  /**
   * WPS cannot take an .xlsx's sheets from bytes (no insertWorksheetsFromBase64; Workbooks.Open wants a path).
   * With a parser (the pane's own) the sheets are added as new ones, as the memory adapter does.
   */
  async insertSheetsFromFile(fileName: string, bytes: Uint8Array): Promise<string[]> {
    if (!this.options.parseFile) throw new WorkbookError({ reason: "wps/cannot-import", params: { file: fileName } }, fileName);
    return addAsNewSheets(this, await this.options.parseFile(fileName, bytes));
  }

  /**
   * WPS opens a workbook from a path (Workbooks.Open); no documented call takes its bytes (OpenFromUrl, in the
   * wpsjs samples for Writer, takes a URL: untried). Not available yet, and the pane says so.
   */
  async openNewWorkbook(): Promise<boolean> {
    return false;
  }

  /**
   * The pane's choices kept in the workbook as custom document properties (文件 → 属性 → 自定义), not a very
   * hidden sheet: they travel with the file in .xlsx and .et alike, do not appear among the sheets every use
   * case lists, and VBA's CustomDocumentProperties is in WPS's JSAPI (Workbook.CustomDocumentProperties).
   * Values are stored as JSON text, so an empty choice is the property '""', never an empty property: whether
   * WPS accepts an empty one is not documented (the model refuses it).
   */
  async readSettings(): Promise<Record<string, string>> {
    const found: Record<string, string> = {};
    for (const property of this.properties()) {
      if (!property.Name.startsWith(SETTING_PREFIX)) continue;
      try {
        found[property.Name.slice(SETTING_PREFIX.length)] = String(JSON.parse(String(property.Value)));
      } catch {
        found[property.Name.slice(SETTING_PREFIX.length)] = String(property.Value);
      }
    }
    return found;
  }

  async writeSettings(values: Record<string, string>): Promise<void> {
    const props = this.workbook.CustomDocumentProperties as Kso.DocumentProperties;
    this.write("", () => {
      for (const [key, value] of Object.entries(values)) {
        const name = SETTING_PREFIX + key;
        const existing = this.properties().find((property) => property.Name === name);
        if (existing) existing.Value = JSON.stringify(value);
        else props.Add(name, false, MSO_PROPERTY_TYPE_STRING, JSON.stringify(value));
      }
    });
  }

  private properties(): Kso.DocumentProperty[] {
    const props = this.workbook.CustomDocumentProperties as Kso.DocumentProperties;
    const found: Kso.DocumentProperty[] = [];
    for (let i = 1; i <= props.Count; i++) found.push(props.Item(i));
    return found;
  }

  async selectCell(sheetName: string, address: string): Promise<void> {
    const sheet = this.sheet(sheetName);
    sheet.Activate();
    sheet.Range(address).Select();
  }
}

/**
 * Merged areas of a block, found by halving it: Range.MergeCells is true when every cell is merged, false when
 * none is, null when some are (VBA Range.MergeCells), so a block without merges costs one call. VBA has no
 * call listing a sheet's merged areas (Excel's getMergedAreasOrNullObject); a merged cell's MergeArea is its area.
 */
export function mergedAreas(sheet: Et.Worksheet, area: CellRange): CellRange[] {
  const found = new Map<string, CellRange>();
  const covered = (range: CellRange) => {
    let cells = 0;
    for (const m of found.values()) {
      const h = Math.min(m.bottom, range.bottom) - Math.max(m.top, range.top) + 1;
      const w = Math.min(m.right, range.right) - Math.max(m.left, range.left) + 1;
      if (h > 0 && w > 0) cells += h * w;
    }
    return cells === (range.bottom - range.top + 1) * (range.right - range.left + 1);
  };
  const visit = (range: CellRange) => {
    if (covered(range)) return;
    const merged = block(sheet, range).MergeCells as unknown;
    if (merged === false) return;
    if (range.top === range.bottom && range.left === range.right) {
      const m = cellAt(sheet, range.top, range.left).MergeArea;
      const [top, left] = [m.Row - 1, m.Column - 1];
      const found1 = { top, left, bottom: top + m.Rows.Count - 1, right: left + m.Columns.Count - 1 };
      if (found1.bottom > top || found1.right > left) found.set(`${top},${left}`, found1);
      return;
    }
    // Halve along the longer side; rows first, so long unmerged bands of a sheet are skipped whole.
    if (range.bottom - range.top >= range.right - range.left) {
      const mid = Math.floor((range.top + range.bottom) / 2);
      visit({ ...range, bottom: mid });
      visit({ ...range, top: mid + 1 });
    } else {
      const mid = Math.floor((range.left + range.right) / 2);
      visit({ ...range, right: mid });
      visit({ ...range, left: mid + 1 });
    }
  };
  visit(area);
  return [...found.values()].sort((a, b) => a.top - b.top || a.left - b.left);
}

/** A layout's values, text formatted "@" before it is written so that "=…", "+…", "-…", "@…" stay text. */
function writeValues(sheet: Et.Worksheet, output: SheetOutput): void {
  const matrix = toWriteMatrix(output.values);
  if (matrix.rows === 0 || matrix.columns === 0) return;
  // VBA's NumberFormat takes one format for a block: runs of "@" down each column (a fresh sheet is General).
  for (let c = 0; c < matrix.columns; c++) {
    for (let r = 0; r < matrix.rows; r++) {
      if (matrix.numberFormat[r][c] !== "@") continue;
      let end = r;
      while (end + 1 < matrix.rows && matrix.numberFormat[end + 1][c] === "@") end++;
      block(sheet, { top: r, left: c, bottom: end, right: c }).NumberFormat = "@";
      r = end;
    }
  }
  block(sheet, { top: 0, left: 0, bottom: matrix.rows - 1, right: matrix.columns - 1 }).Value2 = matrix.values as unknown as string;
  const bodyFrom = firstBodyRow(output);
  for (const [col, format] of Object.entries(output.numberFormats ?? {})) {
    if (matrix.rows > bodyFrom) block(sheet, { top: bodyFrom, left: Number(col), bottom: matrix.rows - 1, right: Number(col) }).NumberFormat = format;
  }
  for (const link of output.links ?? []) {
    const text = output.values[link.row]?.[link.col];
    const display = text === null || text === undefined ? link.cell : String(text as CellValue);
    sheet.Hyperlinks.Add(cellAt(sheet, link.row, link.col), "", `'${link.sheet.replace(/'/gu, "''")}'!${link.cell}`, undefined, display);
  }
}

/**
 * The rest of a layout: merges, widths, frozen rows, table, wrapping, print setup, visibility. Charts are not
 * written in WPS yet (the tab's table carries the same numbers).
 */
function writeLayout(sheet: Et.Worksheet, output: SheetOutput, application: WpsApplication): void {
  const columns = output.values.reduce((width, row) => Math.max(width, row.length), 0);
  for (const merge of output.merges ?? []) block(sheet, merge).Merge(false);
  (output.columnWidths ?? []).forEach((width, col) => {
    // VBA's ColumnWidth is in characters, as the port's widths are (Office.js wants points).
    if (Number.isFinite(width) && width > 0) cellAt(sheet, 0, col).EntireColumn.ColumnWidth = Math.min(width, 255);
  });
  if (output.frozenRows && output.frozenRows > 0 && output.veryHidden !== true) {
    // Freezing is the window's (VBA Window.SplitRow/FreezePanes): the new sheet is the active one here.
    sheet.Activate();
    const window = application.ActiveWindow;
    window.FreezePanes = false;
    window.SplitColumn = 0;
    window.SplitRow = output.frozenRows;
    window.FreezePanes = true;
  }
  if (output.table && columns > 0) {
    const { headerRow, lastRow, name } = output.table;
    const source = block(sheet, { top: headerRow, left: 0, bottom: lastRow, right: columns - 1 });
    // VBA's ListObjects.Add takes the Range itself for xlSrcRange; the declarations' Source type omits Range.
    const table = sheet.ListObjects.Add(XL_SRC_RANGE, source as unknown as string, undefined, XL_YES);
    table.Name = name;
    table.ShowAutoFilter = true;
  }
  const first = firstBodyRow(output);
  if (output.wrapBody && columns > 0 && output.values.length > first) {
    const body = block(sheet, { top: first, left: 0, bottom: output.values.length - 1, right: columns - 1 });
    body.WrapText = true;
    body.VerticalAlignment = XL_TOP;
    for (const row of output.noteRows ?? []) cellAt(sheet, row, 0).WrapText = false;
    body.EntireRow.AutoFit();
  }
  if (output.print) {
    const setup = sheet.PageSetup;
    // Header and footer codes (&P, &N) are VBA's, the same as Excel's.
    if (output.print.footer) setup.CenterFooter = output.print.footer;
    setup.Orientation = output.print.orientation === "landscape" ? XL_LANDSCAPE : XL_PORTRAIT;
    setup.PaperSize = XL_PAPER_A4;
    setup.Zoom = false;
    setup.FitToPagesWide = 1;
    setup.FitToPagesTall = false;
    if (output.print.repeatRows) setup.PrintTitleRows = `$${output.print.repeatRows.first}:$${output.print.repeatRows.last}`;
  }
  // xlSheetVeryHidden (2): hidden from the tabs and from 取消隐藏 (VBA Worksheet.Visible; WPS JSAPI Worksheet.Visible).
  if (output.veryHidden) sheet.Visible = XL_SHEET_VERY_HIDDEN;
}
