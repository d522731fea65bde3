import type * as ExcelJS from "exceljs";
import { cellAddress, rangeAddress, type CellRange, type CellValue } from "../../engine/grid";
import { WorkbookError, type SheetOutput } from "../port";
import { cellValueProblem, sheetNameProblem, sheetNameRules } from "../outputChecks";
import { fileMessages } from "./messages";

export { cellValueProblem, sheetNameProblem };

/** Excel's widest column, in characters. */
const MAX_COLUMN_WIDTH = 255;

function fail(message: string, source: string): never {
  throw new WorkbookError(message, "file/write-failed", source);
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
    const problem = sheetNameProblem(sheet.name);
    if (problem) fail(fileMessages.badSheetName(String(sheet.name), problem), source);
    const key = sheet.name.toLowerCase();
    if (seen.has(key)) fail(fileMessages.badSheetName(sheet.name, sheetNameRules.duplicate), source);
    seen.add(key);
    sheet.values.forEach((row, r) =>
      row.forEach((value, c) => {
        const reason = cellValueProblem(value);
        if (reason) fail(fileMessages.badCellValue(sheet.name, cellAddress(r, c), reason), source);
      }),
    );
    const merges = sheet.merges ?? [];
    merges.forEach((merge, i) => {
      if (!validMerge(merge) || merges.slice(0, i).some((other) => overlaps(other, merge))) {
        const where = validMerge(merge) ? rangeAddress(merge) : JSON.stringify(merge);
        fail(fileMessages.badMerge(sheet.name, where), source);
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
}
