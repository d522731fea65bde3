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
export function parseCsv(text: string, maxCells = Infinity): CellValue[][] {
  const unified = text.replace(/\r\n?/g, "\n");
  const rows: CellValue[][] = [];
  let cells = 0;
  // The delimiter is fixed: guessing could pick a tab or "|" that occurs inside Chinese text. Rows are taken
  // one at a time, so that a file of too many cells is refused when it passes the limit, not after.
  parse<string[]>(unified, {
    delimiter: ",",
    newline: "\n",
    quoteChar: '"',
    header: false,
    dynamicTyping: false,
    skipEmptyLines: false,
    step: (result, parser) => {
      cells += result.data.length;
      if (cells > maxCells) parser.abort();
      // papaparse still gives every row when it reports problems such as a missing closing quote; like Excel,
      // we read what is there rather than refuse the file.
      else rows.push(result.data.map((cell) => (cell === "" ? null : cell)));
    },
  });
  if (cells > maxCells) throw new TooManyCellsError(maxCells);
  return trimValues(rows);
}

/** A CSV with more fields than the limit, found while parsing it (the rows past the limit are never kept). */
export class TooManyCellsError extends Error {
  constructor(readonly limit: number) {
    super(`more than ${limit} cells`);
  }
}
