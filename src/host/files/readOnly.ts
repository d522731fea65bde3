import * as path from "node:path";
import type { CellValue, SheetGrid } from "../../engine/grid";
import { WorkbookError, type WorkbookPort } from "../port";
import { noEdits } from "../sessionSettings";
import type { FileSource } from "./workbook";

/** A change asked of a workbook opened for reading: a mistake in the command, not something the clerk did. */
function readOnly(): never {
  throw new Error("This workbook was opened for reading only (openWorkbookForReading); open it with openWorkbookFile to change it.");
}

/**
 * An .xlsx read for a command that writes nothing: the grids of its sheets (read by sheetReader.ts, without
 * ExcelJS's model) and its settings, behind the same port as every workbook. Reads answer as FileWorkbook's
 * do; changes are refused.
 */
export class ReadOnlyWorkbook implements WorkbookPort {
  private readonly label: string;

  constructor(
    readonly source: FileSource,
    private readonly grids: readonly SheetGrid[],
    private readonly settings: Readonly<Record<string, string>>,
  ) {
    this.label = path.basename(source.path);
  }

  get path(): string {
    return this.source.path;
  }

  async sheetNames(): Promise<string[]> {
    return this.grids.map((grid) => grid.name);
  }

  /** A file has no view the user is looking at, so this is the first sheet (as the port specifies). */
  async activeSheetName(): Promise<string> {
    return this.grids[0].name;
  }

  async readSheet(name: string): Promise<SheetGrid> {
    const grid = this.find(name);
    return { name: grid.name, values: grid.values.map((row) => row.slice()), merges: grid.merges.map((m) => ({ ...m })) };
  }

  async readRows(name: string, rows: readonly number[], columns: number): Promise<CellValue[][]> {
    const { values } = this.find(name);
    return rows.map((r) => Array.from({ length: columns }, (_, c) => values[r]?.[c] ?? null));
  }

  /** A file has nobody to open a workbook for (the command line writes files instead). */
  async openNewWorkbook(): Promise<boolean> {
    return false;
  }

  async readSettings(): Promise<Record<string, string>> {
    return { ...this.settings };
  }

  readonly watchChanges = noEdits;

  /** The command line draws no marks: a file has nobody looking at it. */
  async addMarks(_sheet: string, marks: readonly unknown[]): Promise<string[]> {
    return marks.map((_, i) => `file-mark-${i + 1}`);
  }

  async removeMarks(): Promise<void> {}

  async selectCell(): Promise<void> {}

  async writeSheets(): Promise<void> {
    readOnly();
  }

  async updateCells(): Promise<void> {
    readOnly();
  }

  async setListValidation(): Promise<void> {
    readOnly();
  }

  async insertSheetsFromFile(): Promise<string[]> {
    return readOnly();
  }

  async writeSettings(): Promise<void> {
    readOnly();
  }

  /** Sheet names compare like Excel's: exactly first, then ignoring case (as FileWorkbook's). */
  private find(name: string): SheetGrid {
    const found = this.grids.find((g) => g.name === name) ?? this.grids.find((g) => g.name.toLowerCase() === name.toLowerCase());
    if (found) return found;
    const names = this.grids.map((g) => g.name);
    throw new WorkbookError({ reason: "file/sheet-not-found", params: { file: this.label, sheet: name, names } }, this.path);
  }
}
