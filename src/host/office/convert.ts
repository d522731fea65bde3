/**
 * Pure conversions between what Office.js returns or accepts and the engine's grid. No Office.js here, so
 * every rule is unit-tested without a mock; officeWorkbook.ts only moves data through Excel.run.
 */
import { cellAddress, columnIndex, rangeAddress, type CellRange, type CellValue, type SheetGrid } from "../../engine/grid";
import { WorkbookError, type SheetOutput } from "../port";
import { cellValueProblem, sheetNameProblem } from "../outputChecks";
import type { HostProblem } from "../problems";

export { sheetNameProblem };

/** Excel's sheet size, for whole-row ("3:4") and whole-column ("A:B") addresses. */
export const MAX_ROWS = 1048576;
export const MAX_COLUMNS = 16384;

/** What readSheet loads from the used range. */
export interface UsedRangeData {
  values: unknown[][];
  /** Format codes, to tell a date from a number; optional so a caller may skip them. */
  numberFormat?: unknown[][];
  /** 0-based position of the used range's top-left cell on the sheet. */
  rowIndex: number;
  columnIndex: number;
}

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

/**
 * An Excel date serial as ISO text, the same text the file adapter gives for the same cell: "2021-06-30",
 * "2021-06-30 14:30", "2021-06-30 14:30:15". Uses the 1900 system without Lotus's phantom 1900-02-29, as
 * ExcelJS does, so both adapters agree (they differ from Excel only before March 1900).
 */
export function serialToIsoText(serial: number): string {
  const seconds = Math.round((serial - 25569) * 86400);
  const d = new Date(seconds * 1000);
  if (Number.isNaN(d.getTime())) return "#VALUE!";
  const day = `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  const [h, m, s] = [d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds()];
  if (h === 0 && m === 0 && s === 0) return day;
  return `${day} ${pad(h)}:${pad(m)}${s === 0 ? "" : `:${pad(s)}`}`;
}

/**
 * Whether a number format shows a date or time. Quoted text ("年"), escaped and padding characters, and
 * bracketed parts ([Red], [$-804], [DBNum1], [h]) are dropped first, so 0.00"天" is a number and
 * yyyy"年"m"月"d"日" a date.
 */
export function isDateFormat(format: unknown): boolean {
  if (typeof format !== "string") return false;
  const bare = format
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "")
    .replace(/[_*]./g, "")
    .replace(/\[[^\]]*\]/g, "")
    .split(";")[0]
    .replace(/general/gi, "");
  return /[ymdhs]/i.test(bare);
}

/**
 * One cell from Range.values as the engine's CellValue: empty text is an empty cell, error values are
 * already their text ("#N/A"), a number shown as a date becomes ISO text, other numbers and booleans stay.
 */
export function toCellValue(raw: unknown, numberFormat?: unknown): CellValue {
  if (typeof raw === "string") return raw === "" ? null : raw;
  if (typeof raw === "boolean") return raw;
  if (typeof raw === "number") {
    if (!Number.isFinite(raw)) return "#NUM!";
    return raw >= 0 && isDateFormat(numberFormat) ? serialToIsoText(raw) : raw;
  }
  return null;
}

/** Splits a RangeAreas address ("Sheet1!A1:B4, Sheet1!D1:D4") at commas outside quoted sheet names. */
export function splitAreaList(address: string): string[] {
  const parts: string[] = [];
  let current = "";
  let quoted = false;
  for (const ch of address) {
    if (ch === "'") quoted = !quoted; // a doubled '' inside a name toggles twice: still quoted
    if (ch === "," && !quoted) {
      parts.push(current);
      current = "";
    } else current += ch;
  }
  parts.push(current);
  return parts.map((part) => part.trim()).filter((part) => part !== "");
}

/** The cell-reference part of "Sheet1!A3:A4" or "'My ''Sheet'''!$A$3": everything after the last "!" outside quotes. */
function referencePart(address: string): string {
  let quoted = false;
  let bang = -1;
  for (let i = 0; i < address.length; i++) {
    if (address[i] === "'") quoted = !quoted;
    else if (address[i] === "!" && !quoted) bang = i;
  }
  return address.slice(bang + 1);
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;
const COLUMN = /^\$?([A-Za-z]{1,3})$/;
const ROW = /^\$?(\d{1,7})$/;

function ordered(a: number, b: number): [number, number] {
  return a <= b ? [a, b] : [b, a];
}

/** A reference's two ends as a 0-based range; whole rows or columns span the sheet. null if not a reference. */
function referenceEnds(start: string, end: string): CellRange | null {
  const [c1, c2] = [CELL.exec(start), CELL.exec(end)];
  if (c1 && c2) {
    const [top, bottom] = ordered(Number(c1[2]) - 1, Number(c2[2]) - 1);
    const [left, right] = ordered(columnIndex(c1[1]), columnIndex(c2[1]));
    return top < 0 ? null : { top, left, bottom, right };
  }
  const [k1, k2] = [COLUMN.exec(start), COLUMN.exec(end)];
  if (k1 && k2) {
    const [left, right] = ordered(columnIndex(k1[1]), columnIndex(k2[1]));
    return { top: 0, left, bottom: MAX_ROWS - 1, right };
  }
  const [r1, r2] = [ROW.exec(start), ROW.exec(end)];
  if (r1 && r2) {
    const [top, bottom] = ordered(Number(r1[1]) - 1, Number(r2[1]) - 1);
    return top < 0 ? null : { top, left: 0, bottom, right: MAX_COLUMNS - 1 };
  }
  return null;
}

/** "Sheet1!A3:A4", "A3", "'表 1'!$B$2:$C$9", "A:B", "3:4" as a 0-based inclusive range; null for anything else. */
export function parseAreaAddress(address: string): CellRange | null {
  const reference = referencePart(address.trim());
  const [start, end = start, extra] = reference.split(":");
  if (extra !== undefined || !start) return null;
  return referenceEnds(start, end);
}

/**
 * The trimmed grid shape the file adapter also returns: trailing empty rows and columns removed, every row
 * padded with nulls to the same width, leading empty rows and columns kept (anchored at A1).
 */
function trimmed(rows: CellValue[][]): CellValue[][] {
  let height = 0;
  let width = 0;
  rows.forEach((row, r) => {
    for (let c = row.length - 1; c >= 0; c--) {
      if (row[c] !== null) {
        height = r + 1;
        width = Math.max(width, c + 1);
        break;
      }
    }
  });
  return rows.slice(0, height).map((row) => Array.from({ length: width }, (_, c) => row[c] ?? null));
}

/**
 * The used range as a grid anchored at A1: rows and columns before the range's origin are empty cells.
 * `mergedAddress` is RangeAreas.address of the merged areas, or null when there are none (or they could
 * not be read).
 */
export function usedRangeToGrid(name: string, used: UsedRangeData, mergedAddress: string | null): SheetGrid {
  const rows: CellValue[][] = [];
  for (let r = 0; r < used.rowIndex; r++) rows.push([]);
  used.values.forEach((line, r) => {
    const formats = used.numberFormat?.[r];
    const row: CellValue[] = new Array<CellValue>(used.columnIndex).fill(null);
    line.forEach((raw, c) => row.push(toCellValue(raw, formats?.[c])));
    rows.push(row);
  });
  const merges: CellRange[] = [];
  const seen = new Set<string>();
  for (const area of mergedAddress ? splitAreaList(mergedAddress) : []) {
    const range = parseAreaAddress(area);
    // A single cell is not a merge; Excel never reports one, but a stray one would only confuse the engine.
    if (!range || (range.bottom === range.top && range.right === range.left)) continue;
    // Merges read band by band may name an area twice where it crosses a band's edge.
    const key = `${range.top},${range.left},${range.bottom},${range.right}`;
    if (!seen.has(key)) merges.push(range);
    seen.add(key);
  }
  merges.sort((a, b) => a.top - b.top || a.left - b.left);
  return { name, values: trimmed(rows), merges };
}

/** Values and number formats to write a sheet's values as values: text as text ("@"), never as a formula. */
export function toWriteMatrix(values: readonly (readonly CellValue[])[]): {
  rows: number;
  columns: number;
  values: (string | number | boolean)[][];
  numberFormat: string[][];
} {
  const columns = values.reduce((width, row) => Math.max(width, row.length), 0);
  const out: (string | number | boolean)[][] = [];
  const formats: string[][] = [];
  for (const row of values) {
    const line: (string | number | boolean)[] = [];
    const lineFormats: string[] = [];
    for (let c = 0; c < columns; c++) {
      const value = row[c] ?? null;
      line.push(value === null ? "" : value);
      // "@" before the value is written keeps "=SUM(A1)", "+86…", "-" and "001" exactly as typed.
      lineFormats.push(typeof value === "string" ? "@" : "General");
    }
    out.push(line);
    formats.push(lineFormats);
  }
  return { rows: values.length, columns, values: out, numberFormat: formats };
}

/** A file's bytes as base64, for insertWorksheetsFromBase64; in slices, as one call would overflow the stack. */
export function bytesToBase64(bytes: Uint8Array): string {
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/**
 * Excel on the web refuses a request or a response over 5 MB. Values are sent in requests below this
 * budget, which leaves room for the rest of a request (table, chart, print setup).
 */
export const REQUEST_BUDGET_BYTES = 4_000_000;

/**
 * What cells add to a request as JSON in UTF-8, on the generous side: every non-ASCII code unit counted as
 * 3 bytes, control characters as an escape, plus quotes and commas.
 */
export function payloadBytes(...rows: readonly (readonly unknown[])[]): number {
  let bytes = 2;
  for (const row of rows) {
    for (const value of row) {
      if (typeof value !== "string") {
        bytes += String(value).length + 1;
        continue;
      }
      bytes += 3;
      for (let i = 0; i < value.length; i++) {
        const code = value.charCodeAt(i);
        bytes += code < 0x20 ? 6 : code === 0x22 || code === 0x5c ? 2 : code < 0x80 ? 1 : 3;
      }
    }
  }
  return bytes;
}

/** Rows [from, to) of one sheet of a batch. */
export interface RowSlice {
  sheet: number;
  from: number;
  to: number;
}

/**
 * The rows of several sheets (their sizes in bytes, sheet by sheet) grouped in order into requests of at
 * most `budget` bytes. A row larger than the budget goes in a request of its own; Excel's answer to it is
 * the message. One request when everything fits, which is the usual case.
 */
export function requestBatches(rowBytes: readonly (readonly number[])[], budget: number): RowSlice[][] {
  const batches: RowSlice[][] = [];
  let batch: RowSlice[] = [];
  let used = 0;
  rowBytes.forEach((rows, sheet) => {
    let from = 0;
    rows.forEach((bytes, row) => {
      if (used > 0 && used + bytes > budget) {
        if (row > from) batch.push({ sheet, from, to: row });
        batches.push(batch);
        [batch, used, from] = [[], 0, row];
      }
      used += bytes;
    });
    if (rows.length > from) batch.push({ sheet, from, to: rows.length });
  });
  if (batch.length > 0) batches.push(batch);
  return batches;
}

/**
 * A width in characters (as ExcelJS and the port use) in points, which Office.js wants: Excel's column of
 * n characters is n·7 + 5 pixels wide at the default font, and a pixel is 0.75 pt.
 */
export function columnWidthPoints(characters: number): number {
  const clamped = Math.min(Math.max(characters, 0), 255);
  return Math.round((clamped * 7 + 5) * 0.75 * 100) / 100;
}

function validMerge(m: CellRange): boolean {
  const ends = [m.top, m.left, m.bottom, m.right];
  return ends.every((n) => Number.isInteger(n) && n >= 0) && m.top <= m.bottom && m.left <= m.right && m.bottom < MAX_ROWS && m.right < MAX_COLUMNS;
}

const overlaps = (a: CellRange, b: CellRange) => a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;

/**
 * Checks a whole batch before anything is sent to Excel: Office.js batches are not transactions, so the
 * only way to keep "all or nothing" for our own mistakes is to find them before the first write.
 * Throws a WorkbookError naming the sheet and cell.
 */
export function validateOutputs(sheets: readonly SheetOutput[]): void {
  const seen = new Set<string>();
  const fail = (problem: HostProblem, source: string): never => {
    throw new WorkbookError(problem, source);
  };
  for (const sheet of sheets) {
    const nameRule = sheetNameProblem(sheet.name);
    if (nameRule) fail({ reason: "output/bad-sheet-name", params: { name: String(sheet.name), rule: nameRule } }, String(sheet.name));
    const key = sheet.name.toLowerCase();
    if (seen.has(key)) fail({ reason: "output/bad-sheet-name", params: { name: sheet.name, rule: "duplicate" } }, sheet.name);
    seen.add(key);
    sheet.values.forEach((row, r) =>
      row.forEach((value, c) => {
        const rule = cellValueProblem(value);
        if (rule) fail({ reason: "output/bad-cell-value", params: { sheet: sheet.name, cell: cellAddress(r, c), rule } }, sheet.name);
      }),
    );
    const merges = sheet.merges ?? [];
    merges.forEach((merge, i) => {
      if (!validMerge(merge) || merges.slice(0, i).some((other) => overlaps(other, merge))) {
        const range = validMerge(merge) ? rangeAddress(merge) : JSON.stringify(merge);
        fail({ reason: "output/bad-merge", params: { sheet: sheet.name, range } }, sheet.name);
      }
    });
  }
}

/** Text Excel would turn into something else when typed into a General cell: a formula, a number, a date. */
export function needsTextFormat(value: CellValue): boolean {
  // A leading tab or CR is how CSV injection hides a formula; "@" keeps such text inert too.
  return typeof value === "string" && /^([\t\r]|\s*([=+\-@]|[\d.,%/:\s]+$))/u.test(value);
}

/** The same checks as a whole-sheet write, for single cells: nothing is written when one cell is wrong. */
export function validateCellUpdates(sheet: string, changes: readonly { row: number; col: number; value: CellValue }[]): void {
  for (const change of changes) {
    const badAddress = !Number.isInteger(change.row) || !Number.isInteger(change.col) || change.row < 0 || change.col < 0;
    const rule = cellValueProblem(change.value) ?? (badAddress ? "bad-address" : null);
    if (rule) {
      const cell = `R${change.row + 1}C${change.col + 1}`;
      throw new WorkbookError({ reason: "output/bad-cell-value", params: { sheet, cell, rule } }, sheet);
    }
  }
}
