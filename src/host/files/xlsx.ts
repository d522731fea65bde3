import { ExcelJS } from "./excelJs";
import type { CellRange, CellValue, SheetGrid } from "../../engine/grid";
import { WorkbookError } from "../port";
import { toCellValue } from "./cells";
import { READ_LIMITS, type ReadLimits } from "./limits";
import { parseRangeAddress } from "./ranges";
import { trimValues } from "./values";
import { nodeInflateRaw } from "./nodeInflate";
import { checkXlsxLimits, hasZipEnd, namesWorkbookPart } from "./zipScan";

export { parseRangeAddress };

/**
 * Loads .xlsx bytes (already known to be a zip) into ExcelJS, turning its failures into user messages. The
 * limits are checked first, so a file over them costs a scan of its parts, never ExcelJS's model of them.
 */
export async function loadXlsx(bytes: Buffer, path: string, label: string, limits: ReadLimits = READ_LIMITS): Promise<ExcelJS.Workbook> {
  await checkXlsxLimits(bytes, limits, path, label, nodeInflateRaw);
  const book = new ExcelJS.Workbook();
  try {
    // A view made by this realm's Uint8Array: the bundle's zip reader checks `instanceof Uint8Array`, which a
    // Buffer from another realm fails (the pane's tests run in jsdom). ExcelJS declares its own Buffer type,
    // which a Node Buffer no longer matches under @types/node 20.
    const view = new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    await book.xlsx.load(view as unknown as ArrayBuffer);
  } catch {
    if (hasZipEnd(bytes) && !namesWorkbookPart(bytes)) {
      throw new WorkbookError({ reason: "file/zip-not-workbook", params: { file: label } }, path);
    }
    throw new WorkbookError({ reason: "file/corrupt", params: { file: label } }, path);
  }
  if (book.worksheets.length === 0) {
    // A Word document or a plain zip loads as a workbook without sheets; only a real workbook names its part.
    if (!namesWorkbookPart(bytes)) {
      throw new WorkbookError({ reason: "file/zip-not-workbook", params: { file: label } }, path);
    }
    throw new WorkbookError({ reason: "file/no-sheets", params: { file: label } }, path);
  }
  return book;
}

/** A worksheet as the engine's grid: values from A1, merged areas, nothing in a merge but its top-left cell. */
export function worksheetGrid(sheet: ExcelJS.Worksheet): SheetGrid {
  const rows: CellValue[][] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const line: CellValue[] = [];
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      line[colNumber - 1] = toCellValue(cell.value);
    });
    rows[rowNumber - 1] = line;
  });
  const merges: CellRange[] = [];
  for (const address of sheet.model.merges ?? []) {
    const range = parseRangeAddress(address);
    if (!range) continue;
    merges.push(range);
    // ExcelJS answers the master's value for every cell of a merge; Excel shows (and stores) only the master.
    for (let r = range.top; r <= range.bottom; r++) {
      const line = rows[r];
      if (!line) continue;
      for (let c = range.left; c <= range.right; c++) if (r !== range.top || c !== range.left) line[c] = null;
    }
  }
  merges.sort((x, y) => x.top - y.top || x.left - y.left);
  return { name: sheet.name, values: trimValues(rows), merges };
}
