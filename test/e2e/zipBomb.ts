import { sheetWorkbook, WORKSHEET_START } from "../hostileFiles";

const MEBIBYTE = 1024 * 1024;

/**
 * A real .xlsx whose one sheet holds A1 = 台账 and then `mebibytes` MiB of blanks: with a few MiB it opens like
 * any workbook, with ~2000 it is a zip bomb (a 2 MB file whose sheet inflates to 2 GB).
 */
export function blankPaddedWorkbook(mebibytes: number): Buffer {
  const firstRow = '<row r="1"><c r="A1" t="inlineStr"><is><t>台账</t></is></c></row>';
  return sheetWorkbook("Sheet1", " ".repeat(MEBIBYTE), mebibytes, { prefix: WORKSHEET_START + firstRow });
}
