import { cellAddress, type CellRange, type CellValue, type SheetGrid } from "../../engine/grid";
import { cellValueProblem, sheetNameProblem } from "../outputChecks";
import { WorkbookError, type CellUpdate, type FileParser, type Mark, type SheetOutput, type WorkbookPort } from "../port";
import { addAsNewSheets } from "../insertSheets";
import { noEdits, SessionSettings } from "../sessionSettings";

/** A cell as a workbook keeps it: empty text is an empty cell, as Excel, WPS and the file adapter read it back. */
const cellAsStored = (value: CellValue): CellValue => (value === "" ? null : value);

/** What a viewer of the in-memory workbook is told: a change of content, or a cell to show. */
export type MemoryEvent = { type: "changed"; sheet: string } | { type: "selected"; sheet: string; address: string } | { type: "opened"; bytes: Uint8Array };

export interface MemorySheet {
  grid: SheetGrid;
  /** What a writer asked for beyond values (table, links, print setup …), kept for viewers and tests. */
  layout?: SheetOutput;
  veryHidden: boolean;
}

/**
 * A workbook held in memory: the port for the browser preview (a workbook read from an .xlsx, shown beside
 * the pane) and for tests. Writes are checked like a real workbook's and are all-or-nothing.
 */
/** What a workbook read from a file brings besides its grids (the preview opens files this way). */
export interface MemoryWorkbookOptions {
  /** Reads an imported file's sheets (insertSheetsFromFile); without it, importing is refused. */
  parseFile?: FileParser;
  /** The add-in's settings the file held: its proof of its own sheets among them. */
  settings?: Readonly<Record<string, string>>;
  /** Sheets the file keeps very hidden (the add-in's records). */
  veryHidden?: readonly string[];
}

export class MemoryWorkbook implements WorkbookPort {
  private readonly sheets: MemorySheet[];
  private active: string;
  private readonly listeners = new Set<(event: MemoryEvent) => void>();

  private readonly parseFile?: FileParser;
  private readonly session: SessionSettings;

  constructor(grids: readonly SheetGrid[], active?: string, { parseFile, settings, veryHidden = [] }: MemoryWorkbookOptions = {}) {
    this.sheets = grids.map((grid) => ({ grid: { ...grid, values: grid.values.map((row) => [...row]) }, veryHidden: veryHidden.includes(grid.name) }));
    this.active = active ?? grids.find((grid) => !veryHidden.includes(grid.name))?.name ?? "";
    this.parseFile = parseFile;
    this.session = new SessionSettings(settings);
  }

  /** Sheets as a viewer shows them, hidden ones included (the viewer decides). */
  allSheets(): readonly MemorySheet[] {
    return this.sheets;
  }

  subscribe(listener: (event: MemoryEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  setActive(name: string): void {
    this.active = name;
  }

  private emit(event: MemoryEvent): void {
    for (const listener of this.listeners) listener(event);
  }

  private find(name: string): MemorySheet {
    const sheet = this.sheets.find((s) => s.grid.name === name);
    if (!sheet) throw new WorkbookError({ reason: "sheet/not-found", params: { sheet: name } }, name);
    return sheet;
  }

  async sheetNames(): Promise<string[]> {
    return this.sheets.map((s) => s.grid.name);
  }

  async activeSheetName(): Promise<string> {
    return this.active;
  }

  async readSheet(name: string): Promise<SheetGrid> {
    const { grid } = this.find(name);
    return { ...grid, values: grid.values.map((row) => [...row]), merges: [...grid.merges] };
  }

  async readRows(name: string, rows: readonly number[], columns: number): Promise<CellValue[][]> {
    const { grid } = this.find(name);
    return rows.map((r) => Array.from({ length: columns }, (_, c) => grid.values[r]?.[c] ?? null));
  }

  async writeSheets(outputs: SheetOutput[]): Promise<void> {
    for (const output of outputs) {
      const nameRule = sheetNameProblem(output.name);
      if (nameRule) throw new WorkbookError({ reason: "output/bad-sheet-name", params: { name: output.name, rule: nameRule } }, output.name);
      output.values.forEach((row, r) =>
        row.forEach((value, c) => {
          const rule = cellValueProblem(value);
          if (rule) throw new WorkbookError({ reason: "output/bad-cell-value", params: { sheet: output.name, cell: cellAddress(r, c), rule } }, output.name);
        }),
      );
    }
    for (const output of outputs) {
      const sheet: MemorySheet = {
        grid: { name: output.name, values: output.values.map((row) => row.map(cellAsStored)), merges: [...(output.merges ?? [])] },
        layout: output,
        veryHidden: output.veryHidden ?? false,
      };
      const at = this.sheets.findIndex((s) => s.grid.name.toLowerCase() === output.name.toLowerCase());
      if (at >= 0) this.sheets[at] = sheet;
      else this.sheets.push(sheet);
      this.emit({ type: "changed", sheet: output.name });
    }
  }

  async updateCells(name: string, changes: readonly CellUpdate[]): Promise<void> {
    const sheet = this.find(name);
    for (const change of changes) {
      const badAddress = change.row < 0 || change.col < 0;
      const rule = cellValueProblem(change.value) ?? (badAddress ? "bad-address" : null);
      if (rule) {
        const cell = badAddress ? `R${change.row + 1}C${change.col + 1}` : cellAddress(change.row, change.col);
        throw new WorkbookError({ reason: "output/bad-cell-value", params: { sheet: name, cell, rule } }, name);
      }
    }
    const values = sheet.grid.values;
    for (const { row, col, value } of changes) {
      while (values.length <= row) values.push([]);
      const line = values[row];
      while (line.length <= col) line.push(null);
      line[col] = cellAsStored(value as CellValue);
    }
    this.emit({ type: "changed", sheet: name });
  }

  /** Marks drawn on sheets, by id, for viewers and tests. */
  readonly marks = new Map<string, { sheet: string } & Mark>();
  private nextMark = 1;

  async addMarks(sheet: string, marks: readonly Mark[]): Promise<string[]> {
    this.find(sheet);
    const ids = marks.map((mark) => {
      const id = `mark-${this.nextMark++}`;
      this.marks.set(id, { sheet, ...mark });
      return id;
    });
    this.emit({ type: "changed", sheet });
    return ids;
  }

  async removeMarks(sheet: string, ids: readonly string[]): Promise<void> {
    for (const id of ids) this.marks.delete(id);
    this.emit({ type: "changed", sheet });
  }

  /** Dropdowns set on each sheet, for viewers and tests. */
  readonly validations: { sheet: string; range: CellRange; values: string[] }[] = [];

  async setListValidation(sheet: string, range: CellRange, values: readonly string[]): Promise<void> {
    this.find(sheet);
    this.validations.push({ sheet, range, values: [...values] });
    this.emit({ type: "changed", sheet });
  }

  /** Nobody types into the in-memory workbook: there are no user edits to report. */
  readonly watchChanges = noEdits;

  async insertSheetsFromFile(fileName: string, bytes: Uint8Array): Promise<string[]> {
    if (!this.parseFile) throw new WorkbookError({ reason: "memory/cannot-read-files", params: { file: fileName } }, fileName);
    return addAsNewSheets(this, await this.parseFile(fileName, bytes));
  }

  /** Workbooks the add-in asked to open (分发's returns), as .xlsx bytes, for viewers and tests. */
  readonly openedWorkbooks: Uint8Array[] = [];

  /** Kept, and told to viewers: the preview offers it as a download, as Excel on the web opens it in a tab. */
  async openNewWorkbook(make: () => Promise<Uint8Array>): Promise<boolean> {
    const bytes = await make();
    this.openedWorkbooks.push(bytes);
    this.emit({ type: "opened", bytes });
    return true;
  }

  async readSettings(): Promise<Record<string, string>> {
    return this.session.read();
  }

  async writeSettings(values: Record<string, string>): Promise<void> {
    this.session.write(values);
  }

  async selectCell(name: string, address: string): Promise<void> {
    this.find(name);
    this.active = name;
    this.emit({ type: "selected", sheet: name, address });
  }
}
