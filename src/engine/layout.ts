import type { CellRange, CellValue } from "./grid";

/**
 * A sheet as the add-in writes it, in plain data: values, and how Excel should present them. The engine
 * builds these; each host adapter (Office.js, .xlsx file) writes them as well as it can.
 */
export interface SheetLayout {
  name: string;
  values: CellValue[][];
  merges?: CellRange[];
  /** Widths of the columns in characters, where the writer should set them. */
  columnWidths?: number[];
  /** Number formats by 0-based column, for the rows below the header ("0.0%"). */
  numberFormats?: Record<number, string>;
  /** Rows frozen at the top (the header). */
  frozenRows?: number;
  /** A real Excel table over these rows (0-based, header first), with filter buttons. */
  table?: { name: string; headerRow: number; lastRow: number };
  /** Links from a cell to a cell of another sheet ("go to the task"). */
  links?: { row: number; col: number; sheet: string; cell: string }[];
  /**
   * The cells below the header wrap their text, top-aligned, in rows as tall as their lines: a long task or a
   * reason of several lines prints whole instead of cut at the column's edge.
   */
  wrapBody?: boolean;
  /**
   * Rows below the header that hold one text in their first cell (a section's heading): not wrapped, so the
   * text runs on over the empty cells beside it as a title does, and not measured for the column widths.
   */
  noteRows?: number[];
  /**
   * Print setup: A4, orientation, the header rows (1-based) repeated on every page, fit to page width, and a
   * footer in Excel's header/footer codes ("第 &P 页 共 &N 页": page and pages).
   */
  print?: { orientation: "landscape" | "portrait"; repeatRows?: { first: number; last: number }; footer?: string };
  /** A chart drawn from the table (Office.js draws it; the file adapter adds a chart part after ExcelJS writes). */
  chart?: ChartSpec;
  /** Hidden from the tab bar and from Unhide (the add-in's own bookkeeping). */
  veryHidden?: boolean;
  /** Rows (0-based) in bold: a title, a header. */
  boldRows?: number[];
  /**
   * A form for someone else to fill in (a unit's return): the cells of `editable` are the ones to fill; the
   * columns of `readOnly` are greyed below the frozen rows, as not to be edited. With `protect`, the sheet is
   * protected without a password (a guard against slips that 审阅→撤销工作表保护 lifts) with only `editable` unlocked.
   */
  form?: { editable: CellRange[]; readOnly: number[]; protect: boolean };
}

/** The first row (0-based) below a layout's header: after its table's header, else after its frozen rows. */
export const firstBodyRow = (layout: Pick<SheetLayout, "table" | "frozenRows">): number =>
  layout.table ? layout.table.headerRow + 1 : (layout.frozenRows ?? 1);

/** A stacked bar chart: one bar per category row, one stacked series per value column. */
export interface ChartSpec {
  title: string;
  /** 0-based rows of the data (without the header) and the column of the category names. */
  firstRow: number;
  lastRow: number;
  categoryCol: number;
  /** Value columns, each a series named by its header cell. */
  seriesCols: number[];
  /** Each series' fill (RRGGBB), in seriesCols' order: the host draws them, not its own palette. */
  colours: string[];
}
