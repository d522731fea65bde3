/**
 * The Office.js adapter: the open Excel workbook as a WorkbookPort. The only module that calls Excel.run.
 * Every method is one Excel.run (through run(), which waits out cell-edit mode) with as few context.sync() round trips as the API allows (one per read,
 * two per write batch), because each sync is a network round trip in Excel on the web.
 *
 * API sets used (the manifest's floor is ExcelApi 1.9): worksheets.getItem/add, Worksheet.delete/position/
 * visibility/activate, getActiveWorksheet, Range.values/numberFormat/rowIndex/columnIndex/select,
 * tables.add, charts.add 1.1; workbook.settings 1.4; conditional formats (marks) 1.6; getUsedRange(valuesOnly), merge, format.columnWidth 1.2;
 * Table.showFilterButton 1.3; getRangeByIndexes, freezePanes, Range.hyperlink, chart series
 * add/setValues/setXAxisValues/format.fill, worksheet.onChanged 1.7; dataValidation 1.8; PageLayout (orientation, paperSize, zoom, setPrintTitleRows),
 * RangeAreas.address 1.9; getMergedAreasOrNullObject, insertWorksheetsFromBase64 1.13 — only when the host supports it.
 */
import { cellAddress, type CellRange, type CellValue, type SheetGrid } from "../../engine/grid";
import { firstBodyRow } from "../../engine/layout";
import { MAX_SHEET_CELLS, SETTING_PREFIX, WorkbookError, type CellUpdate, type Mark, type SheetOutput, type WorkbookPort } from "../port";
import {
  bytesToBase64,
  columnWidthPoints,
  needsTextFormat,
  parseAreaAddress,
  payloadBytes,
  REQUEST_BUDGET_BYTES,
  requestBatches,
  splitAreaList,
  toCellValue,
  toWriteMatrix,
  usedRangeToGrid,
  validateCellUpdates,
  validateOutputs,
} from "./convert";
import type { ExcelFeature } from "../problems";

/** Office.js error codes this adapter turns into user messages. */
const TOO_LARGE = new Set(["RequestPayloadSizeLimitExceeded", "ResponsePayloadSizeLimitExceeded", "RangeExceedsLimit", "OperationCellsExceedLimit"]);

function errorCode(error: unknown): string | undefined {
  return error && typeof error === "object" && "code" in error ? String((error as { code: unknown }).code) : undefined;
}

/** The user-facing error for a failed read, or null when the failure is not one we can explain. */
function readError(error: unknown, sheet: string): WorkbookError | null {
  const code = errorCode(error);
  if (code === "ItemNotFound") return new WorkbookError({ reason: "sheet/not-found", params: { sheet } }, sheet);
  if (code && TOO_LARGE.has(code)) return new WorkbookError({ reason: "sheet/too-large-for-request", params: { sheet } }, sheet);
  return null;
}

const USED_RANGE_PROPERTIES = ["values", "numberFormat", "rowIndex", "columnIndex"];
/** Rows per getMergedAreasOrNullObject call in the block read: few enough to stay under 512 areas. */
const MERGE_BAND_ROWS = 100;
/** Cells in the block read's first block; later blocks are sized from what the first weighed. */
const FIRST_BLOCK_CELLS = 20_000;

function usedRangeData(used: Excel.Range) {
  return { values: used.values, numberFormat: used.numberFormat, rowIndex: used.rowIndex, columnIndex: used.columnIndex };
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Merged areas need ExcelApi 1.13; on older hosts sheets are read without them rather than not at all. */
function canReadMerges(): boolean {
  return Office.context.requirements.isSetSupported("ExcelApi", "1.13");
}

/** How often and how long to wait while the user finishes typing in a cell. */
const CELL_EDIT_RETRIES = 3;
const CELL_EDIT_WAIT_MS = 800;

/**
 * Excel.run, retried while Excel is in cell-edit mode (the user is typing in a cell, so the workbook is
 * locked); after that a message says what to do. The one place the adapter calls Excel.run.
 */
async function run<T>(batch: (context: Excel.RequestContext) => Promise<T>, wait: (ms: number) => Promise<void> = delay): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await Excel.run(batch);
    } catch (error) {
      if (errorCode(error) !== "InvalidOperationInCellEditMode") throw error;
      if (attempt >= CELL_EDIT_RETRIES) throw new WorkbookError({ reason: "excel/cell-edit-mode", params: {} }, "");
      await wait(CELL_EDIT_WAIT_MS);
    }
  }
}

const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Stops before an operation the host cannot do, with a message naming the feature and the version needed. */
function requireApi(version: string, feature: ExcelFeature): void {
  if (!Office.context.requirements.isSetSupported("ExcelApi", version)) {
    throw new WorkbookError({ reason: "excel/needs-newer", params: { feature, version } }, feature);
  }
}

/** Settings the add-in keeps in the workbook are named with this prefix, apart from other add-ins'. */

/** Change events this soon after the add-in's own write are echoes of it. */
const OWN_WRITE_ECHO_MS = 1500;

export class OfficeWorkbook implements WorkbookPort {
  /** When the add-in last wrote cells: the change events that follow are its own. */
  private lastOwnWrite = 0;

  /** `wait` is how the adapter pauses between cell-edit retries (tests pass one that does not sleep). */
  constructor(private readonly options: { wait?: (ms: number) => Promise<void> } = {}) {}

  private run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
    return run(batch, this.options.wait);
  }

  async sheetNames(): Promise<string[]> {
    return this.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load("items/name");
      await context.sync();
      return sheets.items.map((sheet) => sheet.name);
    });
  }

  async activeSheetName(): Promise<string> {
    return this.run(async (context) => {
      const sheet = context.workbook.worksheets.getActiveWorksheet();
      sheet.load("name");
      await context.sync();
      return sheet.name;
    });
  }

  async readSheet(name: string): Promise<SheetGrid> {
    const withMerges = canReadMerges();
    try {
      return await this.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem(name);
        sheet.load("name");
        // valuesOnly: a sheet formatted down to row 10000 should not be read as 10000 empty rows.
        const used = sheet.getUsedRange(true);
        // numberFormat tells a date serial from a number (dates become ISO text, as in the file adapter).
        // eslint-disable-next-line office-addins/no-empty-load -- the rule cannot read the constant: it names the properties
        used.load(USED_RANGE_PROPERTIES);
        const merged = withMerges ? used.getMergedAreasOrNullObject() : null;
        merged?.load("address");
        await context.sync();
        return usedRangeToGrid(sheet.name, usedRangeData(used), merged && !merged.isNullObject ? merged.address : null);
      });
    } catch (error) {
      if (error instanceof WorkbookError || errorCode(error) === "ItemNotFound") throw readError(error, name) ?? error;
      // Past 5 MB (or 5,000,000 cells) Excel refuses the read, and past 512 merged areas
      // getMergedAreasOrNullObject fails outright: read again in row blocks, merges band by band.
      try {
        return await this.readSheetInBlocks(name, withMerges);
      } catch (retryError) {
        throw readError(retryError, name) ?? retryError;
      }
    }
  }

  /**
   * Some rows, each run of consecutive rows one range, all in one request: what the pane reads to re-check an
   * edit. Values convert as readSheet's do (a date's serial becomes its ISO text).
   */
  async readRows(name: string, rows: readonly number[], columns: number): Promise<CellValue[][]> {
    const sorted = [...new Set(rows)].sort((a, b) => a - b);
    if (sorted.length === 0 || columns <= 0) return rows.map(() => []);
    const runs: { top: number; count: number }[] = [];
    for (const r of sorted) {
      const last = runs[runs.length - 1];
      if (last && last.top + last.count === r) last.count++;
      else runs.push({ top: r, count: 1 });
    }
    try {
      const read = await this.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem(name);
        const ranges = runs.map(({ top, count }) => sheet.getRangeByIndexes(top, 0, count, columns).load(["values", "numberFormat"]));
        await context.sync();
        return ranges.map((range) => ({ values: range.values as unknown[][], numberFormat: range.numberFormat as unknown[][] }));
      });
      const byRow = new Map<number, CellValue[]>();
      runs.forEach(({ top }, i) =>
        read[i].values.forEach((line, r) =>
          byRow.set(
            top + r,
            line.map((raw, c) => toCellValue(raw, read[i].numberFormat[r]?.[c])),
          ),
        ),
      );
      return rows.map((r) => byRow.get(r) ?? []);
    } catch (error) {
      throw readError(error, name) ?? error;
    }
  }

  /**
   * The used range's shape first, then block after block of rows, each block one request sized to stay
   * under the payload limit (halved when Excel still refuses it). Merges come band by band with each block;
   * a block whose merges fail is read again without them: values without merges beat no sheet at all.
   */
  private async readSheetInBlocks(name: string, withMerges: boolean): Promise<SheetGrid> {
    const shape = await this.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem(name);
      sheet.load("name");
      const used = sheet.getUsedRange(true);
      used.load(["rowIndex", "columnIndex", "rowCount", "columnCount"]);
      await context.sync();
      return { name: sheet.name, rowIndex: used.rowIndex, columnIndex: used.columnIndex, rows: used.rowCount, columns: used.columnCount };
    });
    const [bottom, right] = [shape.rowIndex + shape.rows - 1, shape.columnIndex + shape.columns - 1];
    if ((bottom + 1) * (right + 1) > MAX_SHEET_CELLS) {
      const params = { sheet: name, extent: `A1:${cellAddress(bottom, right)}`, cells: (bottom + 1) * (right + 1) };
      throw new WorkbookError({ reason: "sheet/too-many-cells", params }, name);
    }
    const values: unknown[][] = [];
    const numberFormat: unknown[][] = [];
    const mergedAreas: string[] = [];
    let blockRows = Math.max(1, Math.floor(FIRST_BLOCK_CELLS / Math.max(1, shape.columns)));
    let merges = withMerges;
    for (let row = 0; row < shape.rows;) {
      const rows = Math.min(blockRows, shape.rows - row);
      let block;
      try {
        block = await this.readBlock(name, shape.rowIndex + row, shape.columnIndex, rows, shape.columns, merges);
      } catch (error) {
        const code = errorCode(error);
        if (code && TOO_LARGE.has(code) && rows > 1) blockRows = Math.ceil(rows / 2);
        else if (merges && !(code && TOO_LARGE.has(code)) && code !== "ItemNotFound") merges = false;
        else throw error;
        continue;
      }
      values.push(...block.values);
      numberFormat.push(...block.numberFormat);
      mergedAreas.push(...block.merged);
      row += rows;
      // The next block is sized from what this one weighed, aiming at half the limit.
      const bytes = payloadBytes(...block.values, ...block.numberFormat);
      blockRows = Math.max(1, Math.floor((rows * (REQUEST_BUDGET_BYTES / 2)) / Math.max(bytes, 1)));
    }
    const data = { values, numberFormat, rowIndex: shape.rowIndex, columnIndex: shape.columnIndex };
    return usedRangeToGrid(shape.name, data, mergedAreas.length > 0 ? mergedAreas.join(",") : null);
  }

  /** One block of rows (0-based sheet indexes) with its merged areas, read in one request. */
  private async readBlock(name: string, top: number, left: number, rows: number, columns: number, withMerges: boolean) {
    return this.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem(name);
      const range = sheet.getRangeByIndexes(top, left, rows, columns);
      range.load(["values", "numberFormat"]);
      const bands: Excel.RangeAreas[] = [];
      for (let r = 0; withMerges && r < rows; r += MERGE_BAND_ROWS) {
        const band = sheet.getRangeByIndexes(top + r, left, Math.min(MERGE_BAND_ROWS, rows - r), columns).getMergedAreasOrNullObject();
        band.load("address");
        bands.push(band);
      }
      await context.sync();
      const merged = bands.filter((band) => !band.isNullObject).map((band) => band.address);
      return { values: range.values as unknown[][], numberFormat: range.numberFormat as unknown[][], merged };
    });
  }

  /**
   * Adds each sheet that is missing and replaces each that exists (deleted and added again at its place, so
   * no table, chart or format of the old one is left behind), in one write batch. Everything we could get
   * wrong is checked before the first write (validateOutputs); Excel itself does not roll a failed batch back.
   * Two syncs: one to learn which sheets exist, one to write; values past the 5 MB request limit are sent
   * in further requests of rows, the formats, tables and charts with the last.
   */
  async writeSheets(sheets: SheetOutput[]): Promise<void> {
    validateOutputs(sheets);
    if (sheets.length === 0) return;
    requireApi("1.9", "summary");
    const plans = sheets.map((output) => ({ output, matrix: toWriteMatrix(output.values) }));
    const batches = requestBatches(plans.map(rowSizes), REQUEST_BUDGET_BYTES);
    try {
      await this.run(async (context) => {
        const collection = context.workbook.worksheets;
        collection.load("items/name,items/position");
        await context.sync(); // which sheets exist decides add or replace; the API cannot branch in a batch
        const existing = new Map(collection.items.map((sheet) => [sheet.name.toLowerCase(), sheet]));
        const added = plans.map(({ output }) => {
          const old = existing.get(output.name.toLowerCase());
          const position = old?.position;
          old?.delete();
          const sheet = collection.add(output.name);
          if (position !== undefined) sheet.position = position;
          return sheet;
        });
        for (const [i, batch] of batches.entries()) {
          for (const { sheet, from, to } of batch) writeRows(added[sheet], plans[sheet].output, plans[sheet].matrix, from, to);
          // One sync per batch of under 5 MB, Excel on the web's limit per request: a loop on purpose.
          // eslint-disable-next-line office-addins/no-context-sync-in-loop
          if (i < batches.length - 1) await context.sync();
        }
        plans.forEach(({ output, matrix }, i) => writeLayout(added[i], output, matrix.columns));
        await context.sync();
        this.lastOwnWrite = Date.now();
      });
    } catch (error) {
      throw writeError(error, sheets.map((sheet) => sheet.name).join(", "));
    }
  }

  /**
   * Single cells written as plain values in one batch; text that Excel would read as a formula or number
   * stays text. One sync, or one per 4 MB of cells when a batch of fixes is larger than Excel accepts.
   */
  async updateCells(sheetName: string, changes: readonly CellUpdate[]): Promise<void> {
    if (changes.length === 0) return;
    requireApi("1.7", "fix-cells");
    validateCellUpdates(sheetName, changes);
    // Each change costs its value, a format for text, and the range's address.
    const batches = requestBatches([changes.map((change) => payloadBytes([change.value, "@"]) + 40)], REQUEST_BUDGET_BYTES);
    try {
      await this.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem(sheetName);
        for (const batch of batches) {
          for (const { from, to } of batch) {
            for (const change of changes.slice(from, to)) {
              const cell = sheet.getRangeByIndexes(change.row, change.col, 1, 1);
              if (needsTextFormat(change.value)) cell.numberFormat = [["@"]];
              cell.values = [[change.value === null ? "" : change.value]];
            }
          }
          // One sync per batch of under 5 MB (see requestBatches): a loop on purpose.
          // eslint-disable-next-line office-addins/no-context-sync-in-loop
          await context.sync();
        }
        this.lastOwnWrite = Date.now();
      });
    } catch (error) {
      throw readError(error, sheetName) ?? writeError(error, sheetName);
    }
  }

  /** A dropdown of allowed values (ExcelApi 1.8); any rule already on those cells is replaced. */
  async setListValidation(sheetName: string, range: CellRange, values: readonly string[]): Promise<void> {
    requireApi("1.8", "status-dropdown");
    try {
      await this.run(async (context) => {
        const target = context.workbook.worksheets
          .getItem(sheetName)
          .getRangeByIndexes(range.top, range.left, range.bottom - range.top + 1, range.right - range.left + 1);
        target.dataValidation.clear();
        target.dataValidation.rule = { list: { inCellDropDown: true, source: values.map((v) => v.replace(/,/gu, "")).join(",") } };
        await context.sync();
      });
    } catch (error) {
      throw readError(error, sheetName) ?? writeError(error, sheetName);
    }
  }

  /**
   * Worksheet.onChanged on the active sheet (ExcelApi 1.7), with the edited cells from the event's address when
   * cells were edited in place (RangeEdited); rows or columns inserted or deleted move every cell below or right
   * of them, and are reported without cells. Changes in the moments after the add-in's own writes are its own
   * and are not reported, so a fix does not re-trigger validation.
   */
  async watchChanges(listener: (sheet: string, edited?: readonly CellRange[] | null) => void): Promise<() => Promise<void>> {
    if (!Office.context.requirements.isSetSupported("ExcelApi", "1.7")) return async () => undefined;
    const registered = await this.run(async (context) => {
      const sheet = context.workbook.worksheets.getActiveWorksheet();
      sheet.load("name");
      const handler = sheet.onChanged.add(async (event?: Excel.WorksheetChangedEventArgs) => {
        // The handler runs after the sync below has loaded the name; the rule reads it as code before that sync.
        // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/call-sync-after-load
        if (Date.now() - this.lastOwnWrite > OWN_WRITE_ECHO_MS) listener(sheet.name, editedCells(event));
      });
      await context.sync();
      return handler;
    });
    return async () => {
      await Excel.run(registered.context, async (context) => {
        registered.remove();
        await context.sync();
      });
    };
  }

  /**
   * Each mark is a conditional format the add-in adds (ExcelApi 1.6): a rule that is always true, with a
   * fill. The user's own fills and formats stay as they were, and removing ours leaves nothing behind.
   */
  async addMarks(sheetName: string, marks: readonly Mark[]): Promise<string[]> {
    if (marks.length === 0) return [];
    requireApi("1.6", "mark-rows");
    try {
      return await this.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem(sheetName);
        const added = marks.map(({ range, color }) => {
          const target = sheet.getRangeByIndexes(range.top, range.left, range.bottom - range.top + 1, range.right - range.left + 1);
          const format = target.conditionalFormats.add(Excel.ConditionalFormatType.custom);
          format.custom.rule.formula = "=TRUE";
          format.custom.format.fill.color = color;
          format.load("id");
          return format;
        });
        await context.sync();
        this.lastOwnWrite = Date.now();
        return added.map((format) => format.id);
      });
    } catch (error) {
      throw readError(error, sheetName) ?? writeError(error, sheetName);
    }
  }

  async removeMarks(sheetName: string, ids: readonly string[]): Promise<void> {
    if (ids.length === 0) return;
    requireApi("1.6", "remove-marks");
    const ours = new Set(ids);
    await this.run(async (context) => {
      // Only the formats still there are deleted: one the user removed by hand is not an error.
      const formats = context.workbook.worksheets.getItem(sheetName).getRange().conditionalFormats;
      formats.load("items/id");
      await context.sync();
      for (const format of formats.items) if (ours.has(format.id)) format.delete();
      await context.sync();
    });
  }

  /**
   * Excel itself reads the file and inserts its sheets at the end (insertWorksheetsFromBase64, ExcelApi
   * 1.13), renaming any whose name is taken; a second request learns the names they got.
   */
  async insertSheetsFromFile(fileName: string, bytes: Uint8Array): Promise<string[]> {
    requireApi("1.13", "import-file");
    try {
      return await this.run(async (context) => {
        const ids = context.workbook.insertWorksheetsFromBase64(bytesToBase64(bytes), { positionType: Excel.WorksheetPositionType.end });
        await context.sync();
        const sheets = ids.value.map((id) => context.workbook.worksheets.getItem(id).load("name"));
        await context.sync();
        this.lastOwnWrite = Date.now();
        return sheets.map((sheet) => sheet.name);
      });
    } catch (error) {
      const code = errorCode(error);
      if (code && TOO_LARGE.has(code)) throw new WorkbookError({ reason: "sheet/too-large-for-request", params: { sheet: fileName } }, fileName);
      throw new WorkbookError({ reason: "excel/import-failed", params: { file: fileName, detail: errorText(error) } }, fileName);
    }
  }

  /**
   * Excel opens the bytes as a new workbook (Excel.createWorkbook, ExcelApi 1.8): in a new window on the desktop,
   * a new tab on the web. Not inside Excel.run: it is not a request on this workbook.
   */
  async openNewWorkbook(bytes: () => Promise<Uint8Array>): Promise<boolean> {
    if (!Office.context.requirements.isSetSupported("ExcelApi", "1.8")) return false;
    const base64 = bytesToBase64(await bytes());
    try {
      await Excel.createWorkbook(base64);
      return true;
    } catch (error) {
      throw new WorkbookError({ reason: "excel/write-failed", params: { detail: errorText(error) } }, "");
    }
  }

  /**
   * The pane's choices (as-of date, lead-only, prior-year sheet) and the mark that proves the add-in's records,
   * kept in the workbook (ExcelApi 1.4) and as custom document properties (ExcelApi 1.7), where the command
   * line keeps them in the files it writes (src/host/files/settingsPart.ts): a copy made by `fix` or `summarize`
   * and opened in Excel has its records proven, and the other way round. The settings win where both hold a key.
   */
  async readSettings(): Promise<Record<string, string>> {
    if (!Office.context.requirements.isSetSupported("ExcelApi", "1.4")) return {};
    const withProperties = Office.context.requirements.isSetSupported("ExcelApi", "1.7");
    return this.run(async (context) => {
      const settings = context.workbook.settings;
      settings.load("items/key,items/value");
      const properties = withProperties ? context.workbook.properties.custom : null;
      properties?.load("items/key,items/value");
      await context.sync();
      const found: Record<string, string> = {};
      for (const item of [...(properties?.items ?? []), ...settings.items]) {
        if (item.key.startsWith(SETTING_PREFIX)) found[item.key.slice(SETTING_PREFIX.length)] = String(item.value);
      }
      return found;
    });
  }

  async writeSettings(values: Record<string, string>): Promise<void> {
    requireApi("1.4", "save-settings");
    const withProperties = Office.context.requirements.isSetSupported("ExcelApi", "1.7");
    await this.run(async (context) => {
      for (const [key, value] of Object.entries(values)) {
        context.workbook.settings.add(SETTING_PREFIX + key, value);
        if (withProperties) context.workbook.properties.custom.add(SETTING_PREFIX + key, value);
      }
      await context.sync();
    });
  }

  async selectCell(sheetName: string, address: string): Promise<void> {
    try {
      await this.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem(sheetName);
        sheet.activate();
        sheet.getRange(address).select();
        await context.sync();
      });
    } catch (error) {
      throw readError(error, sheetName) ?? error;
    }
  }
}

/** The blocks of cells an edit in place changed, from the event's address; null for anything else. */
function editedCells(event: Excel.WorksheetChangedEventArgs | undefined): CellRange[] | null {
  if (event?.changeType !== "RangeEdited" || typeof event.address !== "string") return null;
  const ranges = splitAreaList(event.address).map(parseAreaAddress);
  return ranges.length > 0 && ranges.every((range) => range !== null) ? (ranges as CellRange[]) : null;
}

function writeError(error: unknown, source: string): WorkbookError {
  if (error instanceof WorkbookError) return error;
  const code = errorCode(error);
  if (code && TOO_LARGE.has(code)) return new WorkbookError({ reason: "sheet/too-large-for-request", params: { sheet: source } }, source);
  return new WorkbookError({ reason: "excel/write-failed", params: { detail: errorText(error) } }, source);
}

type WriteMatrix = ReturnType<typeof toWriteMatrix>;

/** What each row of a layout adds to a request: its values and formats, and its links. */
function rowSizes({ output, matrix }: { output: SheetOutput; matrix: WriteMatrix }): number[] {
  const sizes = matrix.values.map((row, r) => payloadBytes(row, matrix.numberFormat[r]));
  for (const link of output.links ?? []) if (sizes[link.row] !== undefined) sizes[link.row] += payloadBytes([link.sheet, link.cell, link.sheet]);
  return sizes;
}

/** Queues rows [from, to) of a layout on a fresh sheet: values as values, then number formats and links. */
function writeRows(sheet: Excel.Worksheet, output: SheetOutput, matrix: WriteMatrix, from: number, to: number): void {
  if (to > from && matrix.columns > 0) {
    const range = sheet.getRangeByIndexes(from, 0, to - from, matrix.columns);
    // Formats first: a value written into a "@" cell stays text, so "=…", "+…", "-…" are never formulas.
    range.numberFormat = matrix.numberFormat.slice(from, to);
    range.values = matrix.values.slice(from, to);
  }
  const bodyFrom = Math.max(from, firstBodyRow(output));
  for (const [col, format] of Object.entries(output.numberFormats ?? {})) {
    if (to > bodyFrom) sheet.getRangeByIndexes(bodyFrom, Number(col), to - bodyFrom, 1).numberFormat = Array.from({ length: to - bodyFrom }, () => [format]);
  }
  for (const link of output.links ?? []) {
    if (link.row < from || link.row >= to) continue;
    const cell = sheet.getRangeByIndexes(link.row, link.col, 1, 1);
    const text = output.values[link.row]?.[link.col];
    cell.hyperlink = {
      documentReference: `'${link.sheet.replace(/'/gu, "''")}'!${link.cell}`,
      textToDisplay: text === null || text === undefined ? link.cell : String(text),
    };
  }
}

/** Queues the rest of what a layout asks for, once its rows are written: merges, widths, table, print setup, chart. */
function writeLayout(sheet: Excel.Worksheet, output: SheetOutput, columns: number): void {
  for (const merge of output.merges ?? []) {
    sheet.getRangeByIndexes(merge.top, merge.left, merge.bottom - merge.top + 1, merge.right - merge.left + 1).merge(false);
  }
  (output.columnWidths ?? []).forEach((width, col) => {
    // Setting one cell's width sets its column's; a missing or zero width leaves Excel's default.
    if (Number.isFinite(width) && width > 0) sheet.getRangeByIndexes(0, col, 1, 1).format.columnWidth = columnWidthPoints(width);
  });
  if (output.frozenRows && output.frozenRows > 0) sheet.freezePanes.freezeRows(output.frozenRows);
  if (output.table && columns > 0) {
    const { headerRow, lastRow, name } = output.table;
    const table = sheet.tables.add(sheet.getRangeByIndexes(headerRow, 0, lastRow - headerRow + 1, columns), true);
    table.name = name;
    table.showFilterButton = true;
  }
  if (output.wrapBody && columns > 0) {
    // Below the header: wrapped, top-aligned, and each row as tall as its lines (format 1.1, autofitRows 1.2).
    const first = firstBodyRow(output);
    if (output.values.length > first) {
      const body = sheet.getRangeByIndexes(first, 0, output.values.length - first, columns);
      body.format.wrapText = true;
      body.format.verticalAlignment = Excel.VerticalAlignment.top;
      // A section's heading runs on over the empty cells beside it, as the file adapter writes it.
      for (const row of output.noteRows ?? []) sheet.getRangeByIndexes(row, 0, 1, 1).format.wrapText = false;
      body.format.autofitRows();
    }
  }
  if (output.print) {
    // Header and footer codes: &P the page, &N the pages (pageLayout.headersFooters, ExcelApi 1.9).
    if (output.print.footer) sheet.pageLayout.headersFooters.defaultForAllPages.centerFooter = output.print.footer;
    sheet.pageLayout.orientation = output.print.orientation === "landscape" ? Excel.PageOrientation.landscape : Excel.PageOrientation.portrait;
    sheet.pageLayout.paperSize = Excel.PaperType.a4;
    sheet.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
    if (output.print.repeatRows) sheet.pageLayout.setPrintTitleRows(`$${output.print.repeatRows.first}:$${output.print.repeatRows.last}`);
  }
  if (output.chart) addChart(sheet, output);
  if (output.veryHidden) sheet.visibility = Excel.SheetVisibility.veryHidden;
}

/** The stacked bar chart of a layout, one series per value column, placed to the right of the table. */
function addChart(sheet: Excel.Worksheet, output: SheetOutput): void {
  const spec = output.chart;
  if (!spec || spec.lastRow < spec.firstRow || spec.seriesCols.length === 0) return;
  const rows = spec.lastRow - spec.firstRow + 1;
  const categories = sheet.getRangeByIndexes(spec.firstRow, spec.categoryCol, rows, 1);
  const first = sheet.getRangeByIndexes(spec.firstRow, spec.seriesCols[0], rows, 1);
  const chart = sheet.charts.add(Excel.ChartType.barStacked, first, Excel.ChartSeriesBy.columns);
  chart.title.text = spec.title;
  const header = output.table?.headerRow ?? spec.firstRow - 1;
  spec.seriesCols.forEach((col, i) => {
    const series = i === 0 ? chart.series.getItemAt(0) : chart.series.add();
    series.name = String(output.values[header]?.[col] ?? "");
    if (i > 0) series.setValues(sheet.getRangeByIndexes(spec.firstRow, col, rows, 1));
    series.setXAxisValues(categories);
    const colour = spec.colours[i];
    if (colour) series.format.fill.setSolidColor(`#${colour}`);
  });
  const width = output.values[header]?.length ?? 0;
  chart.setPosition(sheet.getRangeByIndexes(header, width + 1, 1, 1));
}
