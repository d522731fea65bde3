/// <reference types="et-jsapi-declare" />
/**
 * A small stateful model of WPS 表格's object model (the VBA model WPS加载项 call from JavaScript), for the WPS
 * adapter's tests and for the preview's WPS mode (`npm run preview`, ?host=wps): only what
 * src/host/wps/wpsWorkbook.ts uses, and the add-in API's task panes and PluginStorage (FakeAddinHost).
 * Not part of the add-in: nothing in src/wps imports it. Synchronous and 1-based like the real thing;
 * each object's scalar members are typed against et-jsapi-declare (`Pick<Et.Range, …>`), so a member the
 * adapter uses under a wrong name or type fails to compile here too.
 *
 * Modelled rules (from the VBA reference WPS's JSAPI follows; no WPS runs here to confirm them):
 * - text starting with = + - @ written into a cell not formatted "@" becomes a formula, and numeric text a number;
 * - Value2 of one cell is a value, of a block an array of rows; empty cells read as undefined;
 * - NumberFormat and MergeCells of a block are null when its cells differ;
 * - merging cells that hold values, or deleting a sheet, asks the user first unless DisplayAlerts is false
 *   (modelled as an error: a dialog would stop the add-in);
 * - Worksheets.Add activates the new sheet; a very hidden sheet cannot be activated; the last visible sheet
 *   cannot be deleted; Validation.Add fails where a rule exists;
 * - SheetChange fires synchronously for every write, the add-in's own included;
 * - a custom document property cannot be added empty (not documented either way: the stricter choice).
 */
import type { CellRange, CellValue, SheetGrid } from "../../engine/grid";
import { columnIndex } from "../../engine/grid";

interface Cell {
  value: string | number | boolean;
  format: string;
  /** Text WPS would compute or convert: written into a cell not formatted as text. */
  formula?: boolean;
}

export interface WpsFakeSheet {
  name: string;
  cells: (Cell | undefined)[][];
  merges: CellRange[];
  visible: Et.XlSheetVisibility;
  formatConditions: FakeFormatCondition[];
  validations: { range: CellRange; formula1: string; inCellDropdown: boolean }[];
  columnWidths: number[];
  frozenRows: number;
  /** Tables, links, print setup, for assertions. */
  extras: string[];
}

class FakeWpsError extends Error {}

const single = (r: CellRange) => r.top === r.bottom && r.left === r.right;
const overlaps = (a: CellRange, b: CellRange) => a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
const inside = (r: number, c: number, m: CellRange) => r >= m.top && r <= m.bottom && c >= m.left && c <= m.right;

class FakeFormatCondition implements Pick<Et.FormatCondition, "Formula1"> {
  readonly Interior = { Color: 0 as unknown };
  constructor(
    private readonly sheet: WpsFakeSheet,
    readonly range: CellRange,
    readonly Formula1: string,
  ) {}

  Delete(): void {
    this.sheet.formatConditions = this.sheet.formatConditions.filter((f) => f !== this);
  }
}

export class FakeWps {
  sheets: WpsFakeSheet[] = [];
  activeName = "";
  DisplayAlerts = true;
  properties: { Name: string; Value: string | number | boolean }[] = [];
  selected = "";
  private readonly listeners = new Set<(sheet: Et.Worksheet, range: unknown) => void>();
  private readonly wrappers = new Map<WpsFakeSheet, FakeWorksheet>();
  private nextSheet = 1;

  constructor(grids: readonly SheetGrid[] = []) {
    for (const grid of grids) {
      const sheet = this.newSheet(grid.name);
      // A workbook's own cells hold what the user typed: values, never formulas of ours.
      grid.values.forEach((row, r) => row.forEach((value, c) => value !== null && ((sheet.cells[r] ??= [])[c] = { value, format: "General" })));
      sheet.merges = grid.merges.map((m) => ({ ...m }));
    }
    this.activeName = grids[0]?.name ?? "";
  }

  /** The object the adapter gets as WPS's Application (window.Application). */
  readonly application = ((wps: FakeWps) => ({
    get ActiveWorkbook() {
      return wps.workbook;
    },
    get ActiveWindow() {
      return wps.window;
    },
    get DisplayAlerts() {
      return wps.DisplayAlerts;
    },
    set DisplayAlerts(value: boolean) {
      wps.DisplayAlerts = value;
    },
    ApiEvent: {
      AddApiEventListener: (name: string, callback: (sheet: Et.Worksheet, range: unknown) => void) => name === "SheetChange" && wps.listeners.add(callback),
      RemoveApiEventListener: (name: string, callback: (sheet: Et.Worksheet, range: unknown) => void) =>
        name === "SheetChange" && wps.listeners.delete(callback),
    },
  }))(this);

  /** How many SheetChange listeners are registered. */
  listenerCount(): number {
    return this.listeners.size;
  }

  private readonly workbook = ((wps: FakeWps) => ({
    Worksheets: new FakeSheets(wps),
    get ActiveSheet() {
      return wps.wrap(wps.sheet(wps.activeName));
    },
    CustomDocumentProperties: new FakeProperties(wps),
  }))(this);

  private readonly window: Pick<Et.Window, "SplitRow" | "SplitColumn" | "FreezePanes"> = (() => {
    let [splitRow, frozen] = [0, false];
    const apply = () => (this.sheet(this.activeName).frozenRows = frozen ? splitRow : 0);
    return {
      get SplitRow() {
        return splitRow;
      },
      set SplitRow(n: number) {
        splitRow = n;
        apply();
      },
      SplitColumn: 0,
      get FreezePanes() {
        return frozen;
      },
      set FreezePanes(on: boolean) {
        frozen = on;
        apply();
      },
    };
  })();

  /** A user typing into a cell: the value lands and SheetChange fires. */
  userEdit(name: string, row: number, col: number, value: string | number): void {
    this.setCell(this.sheet(name), row, col, value);
    this.changed(this.sheet(name));
  }

  sheet(name: string): WpsFakeSheet {
    const found = this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
    if (!found) throw new FakeWpsError(`下标越界: ${name}`);
    return found;
  }

  /** A sheet's values as the engine's grid: trailing empty rows and columns dropped. */
  grid(name: string): SheetGrid {
    const sheet = this.sheet(name);
    const values: CellValue[][] = [];
    const width = sheet.cells.reduce((w, row) => Math.max(w, row?.length ?? 0), 0);
    for (let r = 0; r < sheet.cells.length; r++)
      values.push(Array.from({ length: width }, (_, c) => sheet.cells[r]?.[c]?.value ?? null).map((v) => (v === "" ? null : v)));
    while (values.length > 0 && values[values.length - 1].every((v) => v === null)) values.pop();
    return { name: sheet.name, values, merges: sheet.merges.map((m) => ({ ...m })) };
  }

  /** Cells whose text WPS would compute or convert: written as a formula or number instead of text. */
  formulas(): string[] {
    const found: string[] = [];
    for (const sheet of this.sheets)
      sheet.cells.forEach((row, r) => row?.forEach((cell, c) => cell?.formula && found.push(`${sheet.name}!R${r + 1}C${c + 1}`)));
    return found;
  }

  // Used by the objects below.
  wrap(sheet: WpsFakeSheet): FakeWorksheet {
    let wrapper = this.wrappers.get(sheet);
    if (!wrapper) this.wrappers.set(sheet, (wrapper = new FakeWorksheet(this, sheet)));
    return wrapper;
  }

  newSheet(name: string): WpsFakeSheet {
    const sheet: WpsFakeSheet = {
      name,
      cells: [],
      merges: [],
      visible: -1,
      formatConditions: [],
      validations: [],
      columnWidths: [],
      frozenRows: 0,
      extras: [],
    };
    this.sheets.push(sheet);
    return sheet;
  }

  uniqueName(): string {
    let name = `Sheet${this.nextSheet++}`;
    while (this.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase())) name = `Sheet${this.nextSheet++}`;
    return name;
  }

  setCell(sheet: WpsFakeSheet, r: number, c: number, value: unknown): void {
    const row = (sheet.cells[r] ??= []);
    const format = row[c]?.format ?? "General";
    const raw = typeof value === "string" || typeof value === "number" || typeof value === "boolean" ? value : "";
    if (typeof raw === "string" && format !== "@") {
      // Typed into a General cell: a formula, or a number.
      if (/^\s*[=+\-@]/u.test(raw) && raw.trim().length > 1) return void (row[c] = { value: raw, format, formula: true });
      if (/^\s*-?\d+(\.\d+)?\s*$/u.test(raw)) return void (row[c] = { value: Number(raw), format, formula: true });
    }
    row[c] = { value: raw, format };
  }

  formatCell(sheet: WpsFakeSheet, r: number, c: number, format: string): void {
    const row = (sheet.cells[r] ??= []);
    row[c] = { value: row[c]?.value ?? "", format };
  }

  changed(sheet: WpsFakeSheet): void {
    for (const listener of this.listeners) listener(this.wrap(sheet) as unknown as Et.Worksheet, undefined);
  }
}

class FakeSheets implements Pick<Et.Sheets, "Count"> {
  constructor(private readonly wps: FakeWps) {}

  get Count(): number {
    return this.wps.sheets.length;
  }

  Item(index: number | string): FakeWorksheet {
    const sheet = typeof index === "number" ? this.wps.sheets[index - 1] : this.wps.sheet(index);
    if (!sheet) throw new FakeWpsError(`下标越界: ${index}`);
    return this.wps.wrap(sheet);
  }

  Add(before?: FakeWorksheet, after?: FakeWorksheet): FakeWorksheet {
    const sheet = this.wps.newSheet(this.wps.uniqueName());
    this.wps.sheets.pop();
    const at = before ? this.wps.sheets.indexOf(before.sheet) : after ? this.wps.sheets.indexOf(after.sheet) + 1 : this.wps.sheets.length;
    this.wps.sheets.splice(at, 0, sheet);
    this.wps.activeName = sheet.name;
    return this.wps.wrap(sheet);
  }
}

class FakeProperties implements Pick<Kso.DocumentProperties, "Count"> {
  constructor(private readonly wps: FakeWps) {}

  get Count(): number {
    return this.wps.properties.length;
  }

  Item(index: number | string) {
    const found = typeof index === "number" ? this.wps.properties[index - 1] : this.wps.properties.find((p) => p.Name === index);
    if (!found) throw new FakeWpsError(`无效的过程调用: ${index}`);
    return found;
  }

  Add(name: string, _link: boolean, _type: number, value: string | number | boolean) {
    if (value === "" || this.wps.properties.some((p) => p.Name === name)) throw new FakeWpsError(`无效的过程调用: ${name}`);
    const property = { Name: name, Value: value };
    this.wps.properties.push(property);
    return property;
  }
}

class FakeWorksheet implements Pick<Et.Worksheet, "Name" | "Visible"> {
  constructor(
    private readonly wps: FakeWps,
    readonly sheet: WpsFakeSheet,
  ) {}

  get Name(): string {
    return this.sheet.name;
  }

  set Name(name: string) {
    if (this.wps.sheets.some((s) => s !== this.sheet && s.name.toLowerCase() === name.toLowerCase())) throw new FakeWpsError(`工作表名称重复: ${name}`);
    if (this.wps.activeName === this.sheet.name) this.wps.activeName = name;
    this.sheet.name = name;
  }

  get Visible(): Et.XlSheetVisibility {
    return this.sheet.visible;
  }

  set Visible(value: Et.XlSheetVisibility) {
    this.sheet.visible = value;
  }

  Delete(): void {
    if (this.wps.DisplayAlerts) throw new FakeWpsError("删除工作表会先询问用户");
    if (this.wps.sheets.filter((s) => s !== this.sheet && s.visible === -1).length === 0) throw new FakeWpsError("工作簿至少要有一张可见工作表");
    this.wps.sheets = this.wps.sheets.filter((s) => s !== this.sheet);
    if (this.wps.activeName === this.sheet.name) this.wps.activeName = this.wps.sheets.find((s) => s.visible === -1)?.name ?? "";
  }

  Activate(): void {
    if (this.sheet.visible === 2) throw new FakeWpsError("不能激活深度隐藏的工作表");
    this.wps.activeName = this.sheet.name;
  }

  get Cells(): FakeRange {
    return new FakeRange(this.wps, this.sheet, { top: 0, left: 0, bottom: 1048575, right: 16383 }, true);
  }

  get UsedRange(): FakeRange {
    let [bottom, right, top, left] = [-1, -1, Infinity, Infinity];
    this.sheet.cells.forEach((row, r) =>
      row?.forEach((cell, c) => {
        // VBA's UsedRange spans formatted cells too, not only values.
        if (!cell || (cell.value === "" && cell.format === "General")) return;
        [top, left, bottom, right] = [Math.min(top, r), Math.min(left, c), Math.max(bottom, r), Math.max(right, c)];
      }),
    );
    for (const m of this.sheet.merges)
      [top, left, bottom, right] = [Math.min(top, m.top), Math.min(left, m.left), Math.max(bottom, m.bottom), Math.max(right, m.right)];
    if (bottom < 0) return new FakeRange(this.wps, this.sheet, { top: 0, left: 0, bottom: 0, right: 0 });
    return new FakeRange(this.wps, this.sheet, { top, left, bottom, right });
  }

  Range(address: string): FakeRange {
    const [start, end = start] = address.replace(/\$/gu, "").split(":");
    const at = (ref: string) => {
      const m = /^([A-Z]+)(\d+)$/iu.exec(ref);
      if (!m) throw new FakeWpsError(`引用无效: ${address}`);
      return [Number(m[2]) - 1, columnIndex(m[1])];
    };
    const [[top, left], [bottom, right]] = [at(start), at(end)];
    return new FakeRange(this.wps, this.sheet, { top, left, bottom, right });
  }

  readonly Hyperlinks = {
    Add: (anchor: FakeRange, _address: string, subAddress: string, _tip: unknown, text: string) => {
      this.sheet.extras.push(`link:R${anchor.rect.top + 1}C${anchor.rect.left + 1}->${subAddress}`);
      this.wps.setCell(this.sheet, anchor.rect.top, anchor.rect.left, text);
    },
  };

  readonly ListObjects = {
    Add: (_type: number, source: FakeRange) => {
      const table = { Name: "", ShowAutoFilter: false };
      this.sheet.extras.push(`table:R${source.rect.top + 1}:R${source.rect.bottom + 1}`);
      return table;
    },
  };

  readonly PageSetup: Partial<
    Pick<Et.PageSetup, "CenterFooter" | "Orientation" | "PaperSize" | "Zoom" | "FitToPagesWide" | "FitToPagesTall" | "PrintTitleRows">
  > = {};
}

class FakeRange implements Pick<Et.Range, "Row" | "Column" | "WrapText" | "VerticalAlignment"> {
  WrapText = false;
  VerticalAlignment: number | boolean = -4107;

  constructor(
    private readonly wps: FakeWps,
    private readonly sheet: WpsFakeSheet,
    readonly rect: CellRange,
    /** The whole sheet (Worksheet.Cells): its FormatConditions are all the sheet's. */
    private readonly whole = false,
  ) {}

  private sub(rect: CellRange): FakeRange {
    return new FakeRange(this.wps, this.sheet, rect);
  }

  get Row(): number {
    return this.rect.top + 1;
  }

  get Column(): number {
    return this.rect.left + 1;
  }

  get Rows() {
    return { Count: this.rect.bottom - this.rect.top + 1 };
  }

  get Columns() {
    return {
      Count: this.rect.right - this.rect.left + 1,
      Item: (j: number) => this.sub({ ...this.rect, left: this.rect.left + j - 1, right: this.rect.left + j - 1 }),
    };
  }

  Item(row: number, col: number): FakeRange {
    const [r, c] = [this.rect.top + row - 1, this.rect.left + col - 1];
    return this.sub({ top: r, left: c, bottom: r, right: c });
  }

  Resize(rows: number, columns: number): FakeRange {
    if (rows < 1 || columns < 1) throw new FakeWpsError("Resize 参数无效");
    return this.sub({ top: this.rect.top, left: this.rect.left, bottom: this.rect.top + rows - 1, right: this.rect.left + columns - 1 });
  }

  private *cells(): Generator<[number, number]> {
    for (let r = this.rect.top; r <= this.rect.bottom; r++) for (let c = this.rect.left; c <= this.rect.right; c++) yield [r, c];
  }

  get Value2(): unknown {
    const read = (r: number, c: number) => {
      const value = this.sheet.cells[r]?.[c]?.value;
      return value === "" ? undefined : value;
    };
    if (single(this.rect)) return read(this.rect.top, this.rect.left);
    const rows: unknown[][] = [];
    for (let r = this.rect.top; r <= this.rect.bottom; r++) {
      const row: unknown[] = [];
      for (let c = this.rect.left; c <= this.rect.right; c++) row.push(read(r, c));
      rows.push(row);
    }
    return rows;
  }

  set Value2(value: unknown) {
    for (const [r, c] of this.cells()) {
      const v = Array.isArray(value) ? (value as unknown[][])[r - this.rect.top]?.[c - this.rect.left] : value;
      this.wps.setCell(this.sheet, r, c, v);
    }
    this.wps.changed(this.sheet);
  }

  get Text(): string {
    const value = this.sheet.cells[this.rect.top]?.[this.rect.left]?.value;
    return value === undefined ? "" : String(value);
  }

  get NumberFormat(): string | null {
    const formats = new Set<string>();
    for (const [r, c] of this.cells()) formats.add(this.sheet.cells[r]?.[c]?.format ?? "General");
    return formats.size === 1 ? [...formats][0] : null;
  }

  set NumberFormat(format: string) {
    for (const [r, c] of this.cells()) this.wps.formatCell(this.sheet, r, c, format);
  }

  get MergeCells(): boolean | null {
    let [merged, plain] = [0, 0];
    for (const [r, c] of this.cells()) {
      if (this.sheet.merges.some((m) => inside(r, c, m))) merged++;
      else plain++;
      if (merged > 0 && plain > 0) return null;
    }
    return plain === 0;
  }

  get MergeArea(): FakeRange {
    const m = this.sheet.merges.find((merge) => inside(this.rect.top, this.rect.left, merge));
    return m ? this.sub(m) : this;
  }

  Merge(): void {
    const filled = [...this.cells()].filter(([r, c], i) => i > 0 && (this.sheet.cells[r]?.[c]?.value ?? "") !== "");
    if (filled.length > 0 && this.wps.DisplayAlerts) throw new FakeWpsError("合并单元格会先询问用户");
    for (const [r, c] of filled) this.wps.setCell(this.sheet, r, c, "");
    this.sheet.merges = this.sheet.merges.filter((m) => !overlaps(m, this.rect));
    this.sheet.merges.push({ ...this.rect });
  }

  get FormatConditions() {
    const sheet = this.sheet;
    const mine = () => sheet.formatConditions.filter((f) => this.whole || overlaps(f.range, this.rect));
    return {
      get Count() {
        return mine().length;
      },
      Item: (i: number) => mine()[i - 1],
      Add: (type: Et.XlFormatConditionType, _op: unknown, formula1: string) => {
        if (type !== 2) throw new FakeWpsError("只模拟了 xlExpression");
        const format = new FakeFormatCondition(sheet, { ...this.rect }, formula1);
        sheet.formatConditions.push(format);
        return format;
      },
    };
  }

  get Validation() {
    const sheet = this.sheet;
    const rect = this.rect;
    return {
      Delete: () => void (sheet.validations = sheet.validations.filter((v) => !overlaps(v.range, rect))),
      Add: (type: Et.XlDVType, _alert: number, _op: number, formula1: string) => {
        if (sheet.validations.some((v) => overlaps(v.range, rect))) throw new FakeWpsError("区域已有数据有效性");
        if (type !== 3) throw new FakeWpsError("只模拟了 xlValidateList");
        sheet.validations.push({ range: { ...rect }, formula1, inCellDropdown: false });
      },
      set InCellDropdown(on: boolean) {
        for (const v of sheet.validations) if (overlaps(v.range, rect)) v.inCellDropdown = on;
      },
    };
  }

  get EntireColumn() {
    const sheet = this.sheet;
    const col = this.rect.left;
    return {
      set ColumnWidth(width: number) {
        sheet.columnWidths[col] = width;
      },
    };
  }

  get EntireRow() {
    return { AutoFit: () => true };
  }

  Select(): boolean {
    this.wps.selected = `${this.sheet.name}!R${this.rect.top + 1}C${this.rect.left + 1}`;
    return true;
  }
}

/**
 * WPS's add-in API as the ribbon uses it (WPS.AddonRoot: CreateTaskPane, GetTaskPane, PluginStorage), for the
 * ribbon's tests and the preview: task panes are records, PluginStorage a map. test/wps/addin.test.ts checks it
 * against the ribbon's view of that API (src/wps/main.ts's WpsAddinHost), which is checked against WPS's own.
 */
export class FakeAddinHost {
  readonly panes: { ID: number; Visible: boolean; url: string }[] = [];
  private readonly items = new Map<string, string>();
  readonly PluginStorage = {
    // WPS hands back what was stored as text, and "" for a key never set (as localStorage's null, per its docs).
    getItem: (key: string) => this.items.get(key) ?? "",
    setItem: (key: string, value: number | boolean | string) => void this.items.set(key, String(value)),
  };

  CreateTaskPane(url: string) {
    const pane = { ID: 100 + this.panes.length, Visible: false, url };
    this.panes.push(pane);
    return pane;
  }

  GetTaskPane(id: number) {
    const pane = this.panes.find((p) => p.ID === id);
    if (!pane) throw new FakeWpsError("no such pane");
    return pane;
  }
}
