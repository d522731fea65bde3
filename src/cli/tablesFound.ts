/**
 * A sheet with no table is never a silent zero: every command names the sheets where none was found and what
 * was looked at, and stops (exit 2) when no sheet of the file has one.
 */
import type { SheetGrid } from "../engine/grid";
import { recognizeSheet, type ClosestHeader } from "../engine/recognize";
import { isClerkSheet } from "./registries";
import type { CliIO } from "./io";
import type { CliMessages } from "./messages";

export interface SheetWithoutTable {
  sheet: string;
  rowsExamined: number;
  /** The row that came closest to a header, and what it lacked; null when no row did. */
  closest: ClosestHeader | null;
}

/** No sheet of the file holds a table: the command has nothing to work on. Worded by main, in its language. */
export class NoTableError extends Error {
  readonly code = "table/none";
  constructor(
    readonly file: string,
    readonly sheets: readonly SheetWithoutTable[],
  ) {
    super(`table/none: ${file}`);
    this.name = "NoTableError";
  }
}

/** The clerk's sheets (not settings sheets, not the add-in's own) on which no table was found. */
export function sheetsWithoutTable(sheets: readonly SheetGrid[]): SheetWithoutTable[] {
  const without: SheetWithoutTable[] = [];
  for (const grid of sheets) {
    if (!isClerkSheet(grid)) continue;
    const recognition = recognizeSheet(grid);
    if (recognition.tables.length > 0) continue;
    without.push({ sheet: grid.name, rowsExamined: recognition.noHeader?.rowsExamined ?? grid.values.length, closest: recognition.noHeader?.closest ?? null });
  }
  return without;
}

/**
 * The sheets without a table, told on stderr (unless the output is JSON, which carries them); throws
 * NoTableError when none of the clerk's sheets has a table.
 */
export function requireTables(file: string, sheets: readonly SheetGrid[], io: CliIO, m: CliMessages, json: boolean): SheetWithoutTable[] {
  const without = sheetsWithoutTable(sheets);
  const userSheets = sheets.filter(isClerkSheet).length;
  if (without.length === userSheets) throw new NoTableError(file, without);
  if (!json) for (const sheet of without) io.err(m.sheetWithoutTable(sheet));
  return without;
}
