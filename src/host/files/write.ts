import type * as ExcelJS from "exceljs";
import { cellAddress, rangeAddress, type CellRange, type CellValue } from "../../engine/grid";
import { firstBodyRow } from "../../engine/layout";
import { wrappedLines } from "../../engine/summary";
import { WorkbookError, type SheetOutput } from "../port";
import { cellValueProblem, sheetNameProblem } from "../outputChecks";
import type { HostProblem } from "../problems";

export { cellValueProblem, sheetNameProblem };

/** Excel's widest column, in characters. */
const MAX_COLUMN_WIDTH = 255;
/** Excel's default column width in characters, and the height of a line of 11-point text in a CJK font (taller than Latin). */
const DEFAULT_COLUMN_WIDTH = 8.43;
const LINE_HEIGHT_POINTS = 16.5;

function fail(problem: HostProblem, source: string): never {
  throw new WorkbookError(problem, source);
}

function validMerge(range: CellRange): boolean {
  const parts = [range.top, range.left, range.bottom, range.right];
  return parts.every((n) => Number.isInteger(n) && n >= 0) && range.top <= range.bottom && range.left <= range.right;
}

function overlaps(a: CellRange, b: CellRange): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

/** Checks a whole batch before anything is changed, so writeSheets is all or nothing. */
export function validateOutputs(sheets: readonly SheetOutput[], source: string): void {
  const seen = new Set<string>();
  for (const sheet of sheets) {
    const rule = sheetNameProblem(sheet.name);
    if (rule) fail({ reason: "output/bad-sheet-name", params: { name: String(sheet.name), rule } }, source);
    const key = sheet.name.toLowerCase();
    if (seen.has(key)) fail({ reason: "output/bad-sheet-name", params: { name: sheet.name, rule: "duplicate" } }, source);
    seen.add(key);
    sheet.values.forEach((row, r) =>
      row.forEach((value, c) => {
        const rule = cellValueProblem(value);
        if (rule) fail({ reason: "output/bad-cell-value", params: { sheet: sheet.name, cell: cellAddress(r, c), rule } }, source);
      }),
    );
    const merges = sheet.merges ?? [];
    merges.forEach((merge, i) => {
      if (!validMerge(merge) || merges.slice(0, i).some((other) => overlaps(other, merge))) {
        const range = validMerge(merge) ? rangeAddress(merge) : JSON.stringify(merge);
        fail({ reason: "output/bad-merge", params: { sheet: sheet.name, range } }, source);
      }
    });
  }
}

/**
 * Puts a value into a cell as a plain value. A JS string always becomes a text cell in ExcelJS (formulas
 * need a { formula } object, which CellValue cannot be), so "=1+1" or "-3" stays text and is never run.
 */
export function setCellValue(cell: ExcelJS.Cell, value: CellValue): void {
  cell.value = value === "" ? null : value;
}

/** Writes one output's values, merges, column widths and frozen header into an empty worksheet. */
export function fillWorksheet(sheet: ExcelJS.Worksheet, output: SheetOutput): void {
  output.values.forEach((row, r) =>
    row.forEach((value, c) => {
      if (value !== null) setCellValue(sheet.getCell(r + 1, c + 1), value);
    }),
  );
  for (const merge of output.merges ?? []) {
    if (merge.top === merge.bottom && merge.left === merge.right) continue;
    sheet.mergeCells(merge.top + 1, merge.left + 1, merge.bottom + 1, merge.right + 1);
  }
  (output.columnWidths ?? []).forEach((width, c) => {
    if (Number.isFinite(width) && width > 0) sheet.getColumn(c + 1).width = Math.min(width, MAX_COLUMN_WIDTH);
  });
  const frozen = output.frozenRows ?? 0;
  if (Number.isInteger(frozen) && frozen > 0) {
    const first = `A${frozen + 1}`;
    sheet.views = [{ state: "frozen", xSplit: 0, ySplit: frozen, topLeftCell: first, activeCell: first }];
  }
  if (output.table) addTable(sheet, output);
  const firstBody = firstBodyRow(output);
  for (const [col, format] of Object.entries(output.numberFormats ?? {})) {
    for (let r = firstBody; r < output.values.length; r++) sheet.getCell(r + 1, Number(col) + 1).numFmt = format;
  }
  for (const link of output.links ?? []) {
    const cell = sheet.getCell(link.row + 1, link.col + 1);
    const text = cell.value === null || cell.value === undefined ? link.cell : String(cell.value);
    // An internal link ("#'sheet'!A1"): the text stays a plain string, never a formula.
    cell.value = { text, hyperlink: `#'${link.sheet.replace(/'/gu, "''")}'!${link.cell}` };
    cell.font = { color: { argb: "FF0563C1" }, underline: true };
  }
  if (output.wrapBody) {
    // Below the header only: the title in A1 runs on over the empty cells beside it, as a title should.
    // Rows as tall as their wrapped lines: LibreOffice keeps a file's row heights as written, so a row left at
    // the default shows one line of a reason of three.
    const widths = output.columnWidths ?? [];
    const notes = new Set(output.noteRows ?? []);
    for (let r = firstBody; r < output.values.length; r++) {
      if (notes.has(r)) continue; // a heading runs on over the empty cells beside it, one line tall
      const row = output.values[r];
      let lines = 1;
      for (let c = 0; c < row.length; c++) {
        const value = row[c];
        if (value === null || value === "") continue;
        sheet.getCell(r + 1, c + 1).alignment = WRAPPED;
        if (typeof value === "string") lines = Math.max(lines, wrappedLines(value, Math.min(widths[c] ?? DEFAULT_COLUMN_WIDTH, MAX_COLUMN_WIDTH)));
      }
      if (lines > 1) sheet.getRow(r + 1).height = lines * LINE_HEIGHT_POINTS;
    }
  }
  if (output.print) {
    if (output.print.footer) sheet.headerFooter = { ...sheet.headerFooter, oddFooter: `&C${output.print.footer}` };
    sheet.pageSetup = {
      ...sheet.pageSetup,
      paperSize: 9, // A4
      orientation: output.print.orientation,
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      ...(output.print.repeatRows ? { printTitlesRow: `${output.print.repeatRows.first}:${output.print.repeatRows.last}` } : {}),
    };
  }
  if (output.veryHidden) sheet.state = "veryHidden";
  for (const r of output.boldRows ?? []) sheet.getRow(r + 1).font = BOLD;
  if (output.form) fillForm(sheet, output, output.form);
}

const BOLD: Partial<ExcelJS.Font> = { bold: true };
const GREY: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFE7E6E6" } };
const UNLOCKED: Partial<ExcelJS.Protection> = { locked: false };
const THIN: Partial<ExcelJS.Border> = { style: "thin", color: { argb: "FF808080" } };
const RULED: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };

/**
 * A form's cells: the read-only columns grey below the header, the cells to fill unlocked and wrapped, and the sheet
 * protected without a password when asked (no password, so nobody is locked out of their own file). Resizing
 * rows and columns stays allowed, so a long answer can be made visible.
 */
function fillForm(sheet: ExcelJS.Worksheet, output: SheetOutput, form: NonNullable<SheetOutput["form"]>): void {
  const first = firstBodyRow(output);
  for (let r = first; r < output.values.length; r++) for (const c of form.readOnly) sheet.getCell(r + 1, c + 1).fill = GREY;
  // Ruled from the header down, as a form is printed and filled in by hand as often as on screen.
  const width = output.values[first - 1]?.length ?? 0;
  for (let r = first - 1; r < output.values.length; r++) for (let c = 0; c < width; c++) sheet.getCell(r + 1, c + 1).border = RULED;
  for (const range of form.editable) {
    for (let r = range.top; r <= range.bottom; r++) {
      for (let c = range.left; c <= range.right; c++) {
        const cell = sheet.getCell(r + 1, c + 1);
        cell.protection = UNLOCKED;
        // Wrapped before anything is typed: a protected sheet lets nobody turn wrapping on for a long answer.
        cell.alignment = WRAPPED;
      }
    }
  }
  // The title says what to fill: wrapped over the merged width, whole on the page however long the report's name.
  const title = output.values[0]?.[0];
  if (typeof title === "string" && title !== "") {
    const width = (output.columnWidths ?? []).reduce((sum, w) => sum + Math.min(w, MAX_COLUMN_WIDTH), 0) || DEFAULT_COLUMN_WIDTH;
    sheet.getCell(1, 1).alignment = WRAPPED;
    sheet.getRow(1).height = wrappedLines(title, width) * LINE_HEIGHT_POINTS;
  }
  if (form.protect) {
    // Without a password ExcelJS's protect() sets its model at once (the promise is for a password's hash).
    void sheet.protect("", { formatColumns: true, formatRows: true });
  }
}

/** One alignment object for every wrapped cell, not one per cell: a tab has tens of thousands of them. */
const WRAPPED: Partial<ExcelJS.Alignment> = { wrapText: true, vertical: "top" };

/**
 * A real Excel table over rows already written, with filter buttons shown (ExcelJS hides them unless each
 * column asks). Header names must be unique, non-empty text, as Excel requires.
 */
function addTable(sheet: ExcelJS.Worksheet, output: SheetOutput): void {
  const table = output.table;
  if (!table) return;
  const header = output.values[table.headerRow] ?? [];
  const seen = new Set<string>();
  const columns = header.map((value, c) => {
    let name = value === null || String(value).trim() === "" ? `列${c + 1}` : String(value);
    while (seen.has(name)) name = `${name}_`;
    seen.add(name);
    return { name, filterButton: true };
  });
  const width = columns.length;
  const rows = output.values.slice(table.headerRow + 1, table.lastRow + 1).map((row) => Array.from({ length: width }, (_, c) => row[c] ?? null));
  sheet.addTable({
    name: table.name,
    ref: cellAddress(table.headerRow, 0),
    headerRow: true,
    style: { theme: "TableStyleMedium2", showRowStripes: true },
    columns,
    rows: rows.length > 0 ? rows : [Array.from({ length: width }, () => null)],
  });
}

/** A list rule on every cell of the block, replacing any there (ExcelJS keeps data validation per cell). */
export function setListRule(sheet: ExcelJS.Worksheet, range: CellRange, values: readonly string[]): void {
  // Excel's inline list is one quoted string, items split by commas, at most 255 characters.
  const list = `"${values.map((v) => v.replace(/[",]/gu, "")).join(",")}"`;
  for (let r = range.top; r <= range.bottom; r++) {
    for (let c = range.left; c <= range.right; c++) {
      sheet.getCell(r + 1, c + 1).dataValidation = { type: "list", allowBlank: true, formulae: [list], showErrorMessage: false };
    }
  }
}
