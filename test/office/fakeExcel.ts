/**
 * A small stateful model of the Excel JavaScript API, for the Office adapter's tests and benchmarks.
 *
 * office-addin-mock (used for the adapter's sync counts) models a fixed object tree; it cannot hand out a
 * fresh Range for every getRangeByIndexes call over a changing grid. This model keeps real sheets, queues
 * every operation until context.sync() as Office.js does, refuses requests and responses over Excel on the
 * web's 5 MB limit, and records the size of each round trip by serialising what would be sent. It models
 * only what OfficeWorkbook uses; anything else it is asked for is swallowed (and counted in the payload).
 */
import { rangeAddress, type CellRange, type CellValue, type SheetGrid } from "../../src/engine/grid";

/* eslint-disable @typescript-eslint/no-explicit-any -- stands in for Office.js's own classes */

/** Excel on the web's limit for one request or one response. */
export const PAYLOAD_LIMIT = 5 * 1024 * 1024;
/** Excel refuses getMergedAreasOrNullObject over more than this many areas. */
const MAX_MERGED_AREAS = 512;

interface Cell {
  value: string | number | boolean;
  format: string;
  /** Set when text starting with = + - @ was written into a cell not formatted as text: Excel would compute or convert it. */
  formula?: boolean;
}

export interface FakeSheet {
  id: string;
  name: string;
  cells: (Cell | undefined)[][];
  merges: CellRange[];
  visibility: string;
  conditionalFormats: { id: string; range: CellRange; color?: string }[];
  validations: { range: CellRange; rule: unknown }[];
  /** Everything else written to the sheet (tables, charts, print setup, links), for assertions. */
  extras: string[];
}

export interface SyncRecord {
  requestBytes: number;
  responseBytes: number;
}

class FakeError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

const bytesOf = (value: unknown) => Buffer.byteLength(JSON.stringify(value ?? null), "utf8");

export class FakeExcel {
  sheets: FakeSheet[] = [];
  active = "";
  settings = new Map<string, string>();
  /** The file's custom document properties (workbook.properties.custom). */
  customProperties = new Map<string, string>();
  /** Workbooks opened with Excel.createWorkbook, as the base64 it was given. */
  created: string[] = [];
  syncs: SyncRecord[] = [];
  /** Cells whose values (and formats) the add-in has read, over every request. */
  cellsRead = 0;
  /** onChanged handlers, by sheet id. */
  private readonly changeHandlers = new Map<string, ((event: unknown) => Promise<void> | void)[]>();
  private nextId = 1;

  /** Parses an .xlsx given as base64 into sheets, for insertWorksheetsFromBase64. */
  constructor(
    grids: readonly SheetGrid[] = [],
    private readonly parseBase64?: (base64: string) => Promise<SheetGrid[]>,
  ) {
    for (const grid of grids) this.addGrid(grid);
    this.active = grids[0]?.name ?? "";
  }

  addGrid(grid: SheetGrid, name = grid.name): FakeSheet {
    const sheet = this.newSheet(name);
    // A workbook's own cells hold what the user typed: values, never formulas of ours.
    grid.values.forEach((row, r) => row.forEach((value, c) => value !== null && ((sheet.cells[r] ??= [])[c] = { value, format: "General" })));
    sheet.merges = grid.merges.map((m) => ({ ...m }));
    return sheet;
  }

  /**
   * The user types `value` into a cell (0-based), and Excel raises the sheet's onChanged with the cell's address,
   * as Office.js does: the add-in's handlers are awaited.
   */
  async userEdit(name: string, row: number, col: number, value: CellValue): Promise<void> {
    const sheet = this.sheet(name);
    this.setCell(sheet, row, col, value ?? "");
    const event = {
      changeType: "RangeEdited",
      address: rangeAddress({ top: row, left: col, bottom: row, right: col }),
      worksheetId: sheet.id,
      source: "Local",
    };
    for (const handler of this.changeHandlers.get(sheet.id) ?? []) await handler(event);
  }

  onChanged(sheet: FakeSheet, handler: (event: unknown) => Promise<void> | void): () => void {
    const handlers = this.changeHandlers.get(sheet.id) ?? [];
    handlers.push(handler);
    this.changeHandlers.set(sheet.id, handlers);
    return () =>
      this.changeHandlers.set(
        sheet.id,
        (this.changeHandlers.get(sheet.id) ?? []).filter((h) => h !== handler),
      );
  }

  /** A sheet's values as the engine's grid: trailing empty rows and columns dropped. */
  grid(name: string): SheetGrid {
    const sheet = this.sheet(name);
    const height = sheet.cells.length;
    const width = sheet.cells.reduce((w, row) => Math.max(w, row.length), 0);
    const values: CellValue[][] = [];
    for (let r = 0; r < height; r++) values.push(Array.from({ length: width }, (_, c) => sheet.cells[r]?.[c]?.value ?? null).map((v) => (v === "" ? null : v)));
    return { name, values, merges: sheet.merges.map((m) => ({ ...m })) };
  }

  sheet(name: string): FakeSheet {
    const found = this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase() || s.id === name);
    if (!found) throw new FakeError("ItemNotFound", "The requested resource doesn't exist.");
    return found;
  }

  /** Installs this model as the globals Excel and Office, answering requirement checks up to ExcelApi 1.<minor>. */
  install(excelApi = "1.13"): void {
    const minor = (version: string) => Number(version.split(".")[1] ?? 0);
    const globals = globalThis as any;
    globals.Office = {
      context: { requirements: { isSetSupported: (set: string, version: string) => set === "ExcelApi" && minor(version) <= minor(excelApi) } },
    };
    globals.Excel = {
      // Excel.run(batch), or Excel.run(object, batch) to work on an object of an earlier batch (an event's registration).
      run: (first: any, second?: (context: any) => Promise<unknown>) =>
        this.run(typeof first === "function" ? first : (second as (context: any) => Promise<unknown>)),
      PageOrientation: { landscape: "Landscape", portrait: "Portrait" },
      PaperType: { a4: "A4" },
      VerticalAlignment: { top: "Top" },
      SheetVisibility: { veryHidden: "VeryHidden", visible: "Visible" },
      ChartType: { barStacked: "BarStacked" },
      ChartSeriesBy: { columns: "Columns" },
      ConditionalFormatType: { custom: "Custom" },
      WorksheetPositionType: { end: "End" },
      createWorkbook: async (base64: string) => void this.created.push(base64),
    };
  }

  static uninstall(): void {
    delete (globalThis as any).Excel;
    delete (globalThis as any).Office;
  }

  /** Cells whose text Excel would compute or convert: written as a formula or number instead of text. */
  formulas(): string[] {
    const found: string[] = [];
    for (const sheet of this.sheets) sheet.cells.forEach((row, r) => row.forEach((cell, c) => cell?.formula && found.push(`${sheet.name}!R${r + 1}C${c + 1}`)));
    return found;
  }

  private newSheet(name: string): FakeSheet {
    const sheet: FakeSheet = {
      id: `{sheet-${this.nextId++}}`,
      name,
      cells: [],
      merges: [],
      visibility: "Visible",
      conditionalFormats: [],
      validations: [],
      extras: [],
    };
    this.sheets.push(sheet);
    return sheet;
  }

  private setCell(sheet: FakeSheet, r: number, c: number, value: unknown, format?: string): void {
    const row = (sheet.cells[r] ??= []);
    const old = row[c];
    const cellFormat = format ?? old?.format ?? "General";
    const text = typeof value === "string" || typeof value === "number" || typeof value === "boolean" ? value : "";
    row[c] = { value: text, format: cellFormat, formula: typeof text === "string" && /^\s*[=+\-@]/u.test(text) && cellFormat !== "@" };
  }

  private async run(batch: (context: any) => Promise<unknown>): Promise<unknown> {
    const context = new FakeContext(this);
    const result = await batch(context);
    if (context.pending()) await context.sync(); // Excel.run sends what is left when the batch ends
    return result;
  }

  // Used by the proxies below.
  writeCell(sheet: FakeSheet, r: number, c: number, value: unknown): void {
    this.setCell(sheet, r, c, value);
  }

  formatCell(sheet: FakeSheet, r: number, c: number, format: string): void {
    const cell = sheet.cells[r]?.[c];
    if (cell) cell.format = format;
    else (sheet.cells[r] ??= [])[c] = { value: "", format };
  }

  add(name: string): FakeSheet {
    if (this.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase())) throw new FakeError("ItemAlreadyExists", `A sheet named ${name} exists.`);
    return this.newSheet(name);
  }

  remove(sheet: FakeSheet): void {
    this.sheets = this.sheets.filter((s) => s !== sheet);
  }

  id(): string {
    return `{${this.nextId++}}`;
  }

  async insertBase64(base64: string): Promise<string[]> {
    if (!this.parseBase64) throw new FakeError("InvalidArgument", "No parser.");
    const grids = await this.parseBase64(base64);
    return grids.map((grid) => {
      // Excel names a copied sheet "名称 (2)" when its name is taken.
      let name = grid.name;
      for (let n = 2; this.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase()); n++) name = `${grid.name} (${n})`;
      return this.addGrid(grid, name).id;
    });
  }
}

/** One operation of a request: its size as sent, and what it does when the request is processed. */
interface Operation {
  bytes: number;
  apply: () => void | Promise<void>;
  /** Bytes the answer carries, known once applied. */
  response?: () => number;
}

class FakeContext {
  private queue: Operation[] = [];
  readonly workbook: any;

  constructor(readonly excel: FakeExcel) {
    this.workbook = {
      worksheets: new WorksheetsProxy(this, excel),
      settings: new SettingsProxy(this, excel, "settings"),
      properties: { custom: new SettingsProxy(this, excel, "customProperties") },
      insertWorksheetsFromBase64: (base64: string, options?: unknown) => {
        const result: { value?: string[] } = {};
        this.enqueue({
          bytes: base64.length + bytesOf(options),
          apply: async () => void (result.value = await excel.insertBase64(base64)),
          response: () => bytesOf(result.value),
        });
        return result;
      },
    };
  }

  enqueue(operation: Operation): void {
    this.queue.push(operation);
  }

  pending(): boolean {
    return this.queue.length > 0;
  }

  async sync(): Promise<void> {
    const queue = this.queue;
    this.queue = [];
    const requestBytes = queue.reduce((sum, op) => sum + op.bytes, 0);
    this.excel.syncs.push({ requestBytes, responseBytes: 0 });
    if (requestBytes > PAYLOAD_LIMIT) throw new FakeError("RequestPayloadSizeLimitExceeded", "The request payload size has exceeded the limit.");
    let responseBytes = 0;
    for (const op of queue) {
      await op.apply();
      responseBytes += op.response?.() ?? 0;
      if (responseBytes > PAYLOAD_LIMIT) throw new FakeError("ResponsePayloadSizeLimitExceeded", "The response payload size has exceeded the limit.");
    }
    this.excel.syncs[this.excel.syncs.length - 1].responseBytes = responseBytes;
  }
}

/** Reading a property Office.js has not loaded yet is a bug in the adapter: fail loudly. */
function loaded<T>(value: T | undefined, property: string): T {
  if (value === undefined) throw new Error(`fakeExcel: ${property} read before load() and sync()`);
  return value;
}

class WorksheetsProxy {
  private loadedItems?: WorksheetProxy[];
  constructor(
    private readonly context: FakeContext,
    private readonly excel: FakeExcel,
  ) {}

  get items(): WorksheetProxy[] {
    return loaded(this.loadedItems, "worksheets.items");
  }

  load(): this {
    this.context.enqueue({
      bytes: 40,
      apply: () => {
        this.loadedItems = this.excel.sheets.map((sheet) => {
          const proxy = new WorksheetProxy(this.context, this.excel, () => sheet);
          proxy.fill();
          return proxy;
        });
      },
      response: () => bytesOf(this.excel.sheets.map((s) => [s.name, s.id])),
    });
    return this;
  }

  getItem(key: string): WorksheetProxy {
    return new WorksheetProxy(this.context, this.excel, () => this.excel.sheet(key));
  }

  getActiveWorksheet(): WorksheetProxy {
    return new WorksheetProxy(this.context, this.excel, () => this.excel.sheet(this.excel.active));
  }

  add(name: string): WorksheetProxy {
    let sheet: FakeSheet | undefined;
    this.context.enqueue({ bytes: bytesOf(name), apply: () => void (sheet = this.excel.add(name)) });
    return new WorksheetProxy(this.context, this.excel, () => loaded(sheet, `added sheet ${name}`));
  }
}

class WorksheetProxy {
  private loadedName?: string;
  private loadedPosition?: number;
  readonly tables: any;
  readonly charts: any;
  readonly freezePanes: any;
  readonly pageLayout: any;
  readonly onChanged: { add: (handler: (event: unknown) => Promise<void> | void) => { remove: () => void; context: unknown } };

  constructor(
    private readonly context: FakeContext,
    private readonly excel: FakeExcel,
    readonly resolve: () => FakeSheet,
  ) {
    const record = (what: string) => (detail: unknown) =>
      this.context.enqueue({ bytes: bytesOf(detail) + what.length, apply: () => void this.resolve().extras.push(`${what} ${JSON.stringify(detail)}`) });
    this.tables = { add: (range: RangeProxy, hasHeaders: boolean) => sink(record("table"), { range: range.describe(), hasHeaders }) };
    this.charts = { add: (type: string, range: RangeProxy) => sink(record("chart"), { type, range: range.describe() }) };
    this.freezePanes = sink(record("freezePanes"), {});
    this.pageLayout = sink(record("pageLayout"), {});
    // Registered when the request is processed; Excel.run(registration.context, …) then removes it.
    this.onChanged = {
      add: (handler) => {
        const registration = { remove: () => undefined as void, context: {} };
        this.context.enqueue({ bytes: 40, apply: () => void (registration.remove = this.excel.onChanged(this.resolve(), handler)) });
        return registration;
      },
    };
  }

  fill(): void {
    const sheet = this.resolve();
    this.loadedName = sheet.name;
    this.loadedPosition = this.excel.sheets.indexOf(sheet);
  }

  get name(): string {
    return loaded(this.loadedName, "worksheet.name");
  }

  get position(): number {
    return loaded(this.loadedPosition, "worksheet.position");
  }

  set position(position: number) {
    this.context.enqueue({
      bytes: 20,
      apply: () => {
        const sheet = this.resolve();
        this.excel.sheets = this.excel.sheets.filter((s) => s !== sheet);
        this.excel.sheets.splice(position, 0, sheet);
      },
    });
  }

  set visibility(visibility: string) {
    this.context.enqueue({ bytes: 20, apply: () => void (this.resolve().visibility = visibility) });
  }

  load(): this {
    this.context.enqueue({ bytes: 20, apply: () => this.fill(), response: () => bytesOf(this.loadedName) });
    return this;
  }

  delete(): void {
    this.context.enqueue({ bytes: 20, apply: () => this.excel.remove(this.resolve()) });
  }

  activate(): void {
    this.context.enqueue({ bytes: 20, apply: () => void (this.excel.active = this.resolve().name) });
  }

  getUsedRange(): RangeProxy {
    return new RangeProxy(this.context, this.resolve, () => usedArea(this.resolve()));
  }

  getRangeByIndexes(row: number, col: number, rows: number, cols: number): RangeProxy {
    return new RangeProxy(this.context, this.resolve, () => ({ top: row, left: col, bottom: row + rows - 1, right: col + cols - 1 }));
  }

  getRange(address?: string): RangeProxy {
    return new RangeProxy(this.context, this.resolve, () => (address ? parseA1(address) : { top: 0, left: 0, bottom: 1048575, right: 16383 }));
  }
}

/** Whatever the adapter sets or calls on a decoration (table, chart, page layout) is recorded and sized. */
function sink(record: (detail: unknown) => void, detail: unknown): any {
  record(detail);
  const proxy: any = new Proxy(function () {}, {
    get: (_t, key) => (key === "then" ? undefined : proxy),
    set: (_t, key, value) => {
      record({ [String(key)]: value instanceof Object && "describe" in value ? "range" : value });
      return true;
    },
    apply: (_t, _this, args) => {
      record(args.map((a) => (a instanceof RangeProxy ? a.describe() : a)));
      return proxy;
    },
  });
  return proxy;
}

/** The bounding box of a sheet's non-empty values, or A1 for an empty sheet (as Excel answers). */
function usedArea(sheet: FakeSheet): CellRange {
  let [top, left, bottom, right] = [Infinity, Infinity, -1, -1];
  sheet.cells.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (cell && cell.value !== "") [top, left, bottom, right] = [Math.min(top, r), Math.min(left, c), Math.max(bottom, r), Math.max(right, c)];
    }),
  );
  return bottom < 0 ? { top: 0, left: 0, bottom: 0, right: 0 } : { top, left, bottom, right };
}

function parseA1(address: string): CellRange {
  const ref = address.includes("!") ? address.slice(address.lastIndexOf("!") + 1) : address;
  const [start, end = start] = ref.replace(/\$/g, "").split(":");
  const cell = (text: string) => {
    const m = /^([A-Z]+)(\d+)$/i.exec(text);
    if (!m) throw new FakeError("InvalidArgument", `Bad address ${address}`);
    const col = [...m[1].toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
    return [Number(m[2]) - 1, col];
  };
  const [[top, left], [bottom, right]] = [cell(start), cell(end)];
  return { top, left, bottom, right };
}

class RangeProxy {
  private data?: { values: unknown[][]; numberFormat: string[][]; area: CellRange };
  readonly format: any;
  readonly dataValidation: any;
  readonly conditionalFormats: any;

  constructor(
    private readonly context: FakeContext,
    private readonly sheet: () => FakeSheet,
    private readonly area: () => CellRange,
  ) {
    const enqueue = (bytes: number, apply: () => void) => this.context.enqueue({ bytes, apply });
    const describe = () => rangeAddress(this.area());
    const record = (what: string) => enqueue(20 + what.length, () => void this.sheet().extras.push(`${describe()} ${what}`));
    this.format = {
      set columnWidth(width: number) {
        enqueue(20, () => undefined);
        void width;
      },
      set wrapText(wrap: boolean) {
        record(`wrapText=${wrap}`);
      },
      set verticalAlignment(alignment: string) {
        record(`verticalAlignment=${alignment}`);
      },
      autofitRows: () => record("autofitRows()"),
    };
    const validations = () => this.sheet().validations;
    this.dataValidation = {
      clear: () => enqueue(20, () => void this.sheet().validations.splice(0, Infinity, ...validations().filter((v) => !overlaps(v.range, this.area())))),
      set rule(rule: unknown) {
        enqueue(bytesOf(rule), () => void validations().push({ range: areaOf(), rule }));
      },
    };
    const areaOf = () => this.area();
    this.conditionalFormats = new ConditionalFormatsProxy(context, sheet, area);
  }

  describe(): string {
    return rangeAddress(this.area());
  }

  load(properties?: string | string[]): this {
    const wanted = properties === undefined ? ["values", "numberFormat"] : [properties].flat().join(",").split(",");
    const withCells = wanted.includes("values") || wanted.includes("numberFormat");
    this.context.enqueue({
      bytes: 40,
      apply: () => {
        const area = this.area();
        const sheet = this.sheet();
        const cells = (area.bottom - area.top + 1) * (area.right - area.left + 1);
        if (withCells && cells > 5_000_000) throw new FakeError("ResponsePayloadSizeLimitExceeded", "The response payload size has exceeded the limit.");
        if (withCells) this.context.excel.cellsRead += cells;
        const values: unknown[][] = [];
        const numberFormat: string[][] = [];
        for (let r = area.top; withCells && r <= area.bottom; r++) {
          const row = sheet.cells[r];
          values.push(Array.from({ length: area.right - area.left + 1 }, (_, i) => row?.[area.left + i]?.value ?? ""));
          numberFormat.push(Array.from({ length: area.right - area.left + 1 }, (_, i) => row?.[area.left + i]?.format ?? "General"));
        }
        this.data = { values, numberFormat, area };
      },
      response: () => bytesOf(this.data?.values) + bytesOf(this.data?.numberFormat),
    });
    return this;
  }

  private get loadedData() {
    return loaded(this.data, "range values");
  }

  get values(): unknown[][] {
    return this.loadedData.values;
  }
  set values(values: unknown[][]) {
    this.context.enqueue({ bytes: bytesOf(values), apply: () => this.each(values, (r, c, v) => this.writeCell(r, c, v)) });
  }
  get numberFormat(): string[][] {
    return this.loadedData.numberFormat;
  }
  set numberFormat(formats: string[][]) {
    this.context.enqueue({ bytes: bytesOf(formats), apply: () => this.each(formats, (r, c, f) => this.excelFormat(r, c, String(f))) });
  }
  set hyperlink(link: unknown) {
    this.context.enqueue({ bytes: bytesOf(link), apply: () => void this.sheet().extras.push(`link ${this.describe()} ${JSON.stringify(link)}`) });
  }
  get rowIndex(): number {
    return this.loadedData.area.top;
  }
  get columnIndex(): number {
    return this.loadedData.area.left;
  }
  get rowCount(): number {
    return this.loadedData.area.bottom - this.loadedData.area.top + 1;
  }
  get columnCount(): number {
    return this.loadedData.area.right - this.loadedData.area.left + 1;
  }

  merge(): void {
    this.context.enqueue({ bytes: 40, apply: () => void this.sheet().merges.push(this.area()) });
  }

  select(): void {
    this.context.enqueue({ bytes: 40, apply: () => undefined });
  }

  getMergedAreasOrNullObject() {
    const result: { address?: string; isNullObject?: boolean; load: () => unknown } = {
      load: () => {
        this.context.enqueue({
          bytes: 40,
          apply: () => {
            const sheet = this.sheet();
            const areas = sheet.merges.filter((m) => overlaps(m, this.area()));
            if (areas.length > MAX_MERGED_AREAS) throw new FakeError("GeneralException", "An internal error has occurred.");
            result.isNullObject = areas.length === 0;
            result.address = areas.map((m) => `'${sheet.name}'!${rangeAddress(m)}`).join(",");
          },
          response: () => bytesOf(result.address),
        });
        return result;
      },
    };
    return result;
  }

  private each(matrix: unknown[][], write: (r: number, c: number, value: unknown) => void): void {
    const area = this.area();
    matrix.forEach((row, r) => row.forEach((value, c) => write(area.top + r, area.left + c, value)));
  }

  private writeCell(r: number, c: number, value: unknown): void {
    this.context.excel.writeCell(this.sheet(), r, c, value);
  }

  private excelFormat(r: number, c: number, format: string): void {
    this.context.excel.formatCell(this.sheet(), r, c, format);
  }
}

class ConditionalFormatsProxy {
  private loadedItems?: { id: string; delete: () => void }[];
  constructor(
    private readonly context: FakeContext,
    private readonly sheet: () => FakeSheet,
    private readonly area: () => CellRange,
  ) {}

  get items() {
    return loaded(this.loadedItems, "conditionalFormats.items");
  }

  add() {
    const format = { id: "", range: { top: 0, left: 0, bottom: 0, right: 0 }, color: undefined as string | undefined };
    const excel = this.context.excel;
    this.context.enqueue({
      bytes: 60,
      apply: () => {
        format.id = excel.id();
        format.range = this.area();
        this.sheet().conditionalFormats.push(format);
      },
    });
    return {
      custom: {
        rule: { formula: "" },
        format: {
          fill: {
            set color(color: string) {
              format.color = color;
            },
          },
        },
      },
      load: () => undefined,
      get id() {
        return format.id;
      },
    };
  }

  load(): this {
    this.context.enqueue({
      bytes: 40,
      apply: () => {
        const sheet = this.sheet();
        this.loadedItems = sheet.conditionalFormats.map((f) => ({
          id: f.id,
          delete: () => this.context.enqueue({ bytes: 40, apply: () => void (sheet.conditionalFormats = sheet.conditionalFormats.filter((g) => g !== f)) }),
        }));
      },
    });
    return this;
  }
}

/** workbook.settings, or workbook.properties.custom: keys and values, loaded and added alike. */
class SettingsProxy {
  private loadedItems?: { key: string; value: string }[];
  constructor(
    private readonly context: FakeContext,
    private readonly excel: FakeExcel,
    private readonly store: "settings" | "customProperties",
  ) {}
  get items() {
    return loaded(this.loadedItems, `${this.store}.items`);
  }
  load(): this {
    this.context.enqueue({ bytes: 40, apply: () => void (this.loadedItems = [...this.excel[this.store]].map(([key, value]) => ({ key, value }))) });
    return this;
  }
  add(key: string, value: string): void {
    this.context.enqueue({ bytes: bytesOf([key, value]), apply: () => void this.excel[this.store].set(key, value) });
  }
}

const overlaps = (a: CellRange, b: CellRange) => a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
