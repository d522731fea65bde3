import type { CellRange, CellValue, SheetGrid } from "../engine/grid";
import type { SheetLayout } from "../engine/layout";
import { problemText, type HostProblem, type HostProblemReason } from "./problems";

export type { ChartSpec, SheetLayout } from "../engine/layout";

/**
 * The one port between the add-in's logic and a workbook. The task pane, the command line and the
 * tests all go through it; the adapters (Office.js, .xlsx/.csv files, the browser preview) implement it.
 */
export interface WorkbookPort {
  /** Names of the workbook's worksheets, in tab order. */
  sheetNames(): Promise<string[]>;
  /** The name of the sheet the user is looking at (the first sheet for a file). */
  activeSheetName(): Promise<string>;
  /** Values and merged areas of a sheet's used range, as a grid anchored at A1. */
  readSheet(name: string): Promise<SheetGrid>;
  /**
   * Values of some rows of a sheet (0-based, in the order given), each from column A to column `columns` - 1, read
   * as readSheet reads them: what re-checking an edit reads instead of the whole sheet.
   */
  readRows(name: string, rows: readonly number[], columns: number): Promise<CellValue[][]>;
  /** Adds or replaces whole sheets in one batch (all or nothing). */
  writeSheets(sheets: SheetOutput[]): Promise<void>;
  /** Writes single cells of one sheet as plain values, in one batch (text stays text). */
  updateCells(sheet: string, changes: readonly CellUpdate[]): Promise<void>;
  /** Shows the user a cell ("go to the issue"); a file has no user looking at it and ignores this. */
  selectCell(sheet: string, address: string): Promise<void>;
  /** A dropdown of allowed values on a block of cells (0-based, inclusive), replacing any rule there. */
  setListValidation(sheet: string, range: CellRange, values: readonly string[]): Promise<void>;
  /**
   * Calls `listener` with the sheet's name when the user edits the active sheet (not for the add-in's own
   * writes), and the blocks of cells the edit changed when the host can tell (null when rows or columns were
   * inserted or deleted, or the host cannot say). Resolves to a function that stops listening. Hosts without
   * events never call it.
   */
  watchChanges(listener: (sheet: string, edited?: readonly CellRange[] | null) => void): Promise<() => Promise<void>>;
  /**
   * Highlights blocks of cells with formats the add-in owns (conditional formats, so the user's own fills
   * are untouched) and returns their ids, for removeMarks.
   */
  addMarks(sheet: string, marks: readonly Mark[]): Promise<string[]>;
  /** Removes the add-in's marks; marks already gone (the user deleted them) are skipped. */
  removeMarks(sheet: string, ids: readonly string[]): Promise<void>;
  /**
   * Brings every sheet of an .xlsx file (last year's 台账, say) into this workbook as new sheets, named as
   * in the file or numbered where a name is taken, and resolves to the names they got. No existing sheet
   * is touched.
   */
  insertSheetsFromFile(fileName: string, bytes: Uint8Array): Promise<string[]>;
  /**
   * Opens an .xlsx as a new workbook for the user to save and send (分发's returns); this workbook is not touched.
   * Resolves to whether the host could: false where it cannot open one (a file, WPS, Excel before ExcelApi 1.8),
   * so the face can offer another way. The bytes are asked for only where the host can: making them takes a while.
   */
  openNewWorkbook(bytes: () => Promise<Uint8Array>): Promise<boolean>;
  /** The add-in's saved choices for this workbook (as-of date, lead-only, prior-year sheet). */
  readSettings(): Promise<Record<string, string>>;
  writeSettings(values: Record<string, string>): Promise<void>;
}

/**
 * Reads the sheets of an .xlsx file for a host that cannot itself (the preview asks its local server, tests
 * the file adapter): what insertSheetsFromFile inserts.
 */
export type FileParser = (fileName: string, bytes: Uint8Array) => Promise<SheetGrid[]>;

/**
 * The start of the name of each of the add-in's settings kept in a workbook (Excel's settings and custom
 * properties, WPS's custom document properties, an .xlsx's docProps/custom.xml): one name in every host, so a
 * file written by one is read by another.
 */
export const SETTING_PREFIX = "taizhang.";

/**
 * The most cells readSheet reads from one sheet (Excel's own limit for reading a range at once). A used
 * range past it is almost always a stray value far away; the adapters refuse it with a message naming it.
 */
export const MAX_SHEET_CELLS = 5_000_000;

/** A highlighted block of cells, 0-based and inclusive; color as #RRGGBB. */
export interface Mark {
  range: CellRange;
  color: string;
}

/** One cell to write, 0-based. */
export interface CellUpdate {
  row: number;
  col: number;
  value: CellValue;
}

/** A sheet to write: plain values, written as values (text stays text, never a formula). */
export type SheetOutput = SheetLayout;

/**
 * A workbook problem the user must see: which file or sheet, and what is wrong, as data (`problem`) that each
 * face renders in its language with problemText. Never a stack trace. `message` is the Chinese sentence, for logs.
 */
export class WorkbookError extends Error {
  /** The category tools filter on (the command line's JSON `error.code`), one per reason. */
  readonly code: WorkbookErrorCode;

  constructor(
    readonly problem: HostProblem,
    /** The file (path as given) or sheet the problem is about; "" when there is none. */
    readonly source: string,
  ) {
    super(problemText(problem, "zh-CN"));
    this.name = "WorkbookError";
    this.code = PROBLEM_CODES[problem.reason];
  }
}

export type WorkbookErrorCode =
  "file/not-found" | "file/not-spreadsheet" | "file/corrupt" | "file/encrypted" | "file/empty" | "file/too-large" | "file/write-failed" | "sheet/not-found";

/** Each reason's category: stable, since scripts read it from the command line's JSON. */
const PROBLEM_CODES: Record<HostProblemReason, WorkbookErrorCode> = {
  "file/not-found": "file/not-found",
  "file/unreadable": "file/not-found",
  "file/symlink-loop": "file/not-found",
  "file/not-regular": "file/not-spreadsheet",
  "file/ole-not-workbook": "file/not-spreadsheet",
  "file/is-folder": "file/not-spreadsheet",
  "file/unsupported-type": "file/not-spreadsheet",
  "file/not-text": "file/not-spreadsheet",
  "file/not-spreadsheet": "file/not-spreadsheet",
  "file/zip-not-workbook": "file/not-spreadsheet",
  "file/other-office-document": "file/not-spreadsheet",
  "file/legacy-xls": "file/not-spreadsheet",
  "file/binary-csv": "file/not-spreadsheet",
  "file/corrupt": "file/corrupt",
  "file/encrypted": "file/encrypted",
  "file/empty": "file/empty",
  "file/no-content": "file/empty",
  "file/no-sheets": "file/empty",
  "file/only-empty-sheets": "file/empty",
  "file/too-large": "file/too-large",
  "file/sheet-too-large": "file/too-large",
  "file/too-many-parts": "file/too-large",
  "file/inflates-too-large": "file/too-large",
  "file/too-many-cells": "file/too-large",
  "file/too-many-rows": "file/too-large",
  "file/too-many-strings": "file/too-large",
  "file/too-many-merges": "file/too-large",
  "file/sheet-not-found": "sheet/not-found",
  "file/pane-cannot-unzip": "file/not-spreadsheet",
  "save/same-as-input": "file/write-failed",
  "save/not-xlsx": "file/write-failed",
  "save/no-folder": "file/write-failed",
  "save/exists": "file/write-failed",
  "save/folder-is-file": "file/write-failed",
  "save/busy": "file/write-failed",
  "save/disk-full": "file/write-failed",
  "save/read-only": "file/write-failed",
  "save/file-read-only": "file/write-failed",
  "save/is-folder": "file/write-failed",
  "save/not-a-file": "file/write-failed",
  "save/broken-link": "file/write-failed",
  "save/failed": "file/write-failed",
  "output/bad-sheet-name": "file/write-failed",
  "output/bad-cell-value": "file/write-failed",
  "output/bad-merge": "file/write-failed",
  "sheet/not-found": "sheet/not-found",
  "sheet/too-large-for-request": "file/too-large",
  "sheet/too-many-cells": "file/too-large",
  "excel/write-failed": "file/write-failed",
  "excel/import-failed": "file/corrupt",
  "excel/cell-edit-mode": "file/write-failed",
  "excel/needs-newer": "file/write-failed",
  "memory/cannot-read-files": "file/not-spreadsheet",
  "wps/cannot-import": "file/not-spreadsheet",
};
