import { parse } from "papaparse";
import type { CellValue } from "../../engine/grid";
import { trimValues } from "./values";

/**
 * Parses CSV text (RFC 4180, comma-separated) into a grid of strings.
 *
 * Cells stay verbatim text: "1" is not turned into a number (the engine judges numeric text itself) and
 * only the empty string becomes null. Line endings are unified to LF first, inside quoted cells too, because
 * papaparse accepts one line ending per file while real files mix CRLF, LF and CR, and because LF is the
 * line break Excel keeps inside a cell.
 */
export function parseCsv(text: string): CellValue[][] {
  const unified = text.replace(/\r\n?/g, "\n");
  // The delimiter is fixed: guessing could pick a tab or "|" that occurs inside Chinese text.
  const result = parse<string[]>(unified, {
    delimiter: ",",
    newline: "\n",
    quoteChar: '"',
    header: false,
    dynamicTyping: false,
    skipEmptyLines: false,
  });
  // papaparse still returns every row when it reports problems such as a missing closing quote; like Excel,
  // we read what is there rather than refuse the file.
  const rows: CellValue[][] = result.data.map((row) => row.map((cell) => (cell === "" ? null : cell)));
  return trimValues(rows);
}
