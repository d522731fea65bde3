/**
 * The file adapter: .xlsx and .csv files as a WorkbookPort, for the command line, the tests and the preview.
 */
import { ExcelJS } from "./excelJs";
import { promises as fs } from "node:fs";
import * as path from "node:path";
import { WorkbookError } from "../port";
import { parseCsv } from "./csv";
import { decodeText, looksBinary } from "./encoding";
import { isKnownExtension, sniffFileKind } from "./sniff";
import { FileWorkbook } from "./workbook";
import { fillWorksheet, sheetNameProblem } from "./write";
import { readProperties } from "./settingsPart";
import { loadXlsx } from "./xlsx";

export { FileWorkbook, type CellUpdate, type FileSource } from "./workbook";
export type { TextEncodingName } from "./encoding";

export interface OpenOptions {
  /** Larger files are refused before reading (ExcelJS holds the whole workbook in memory). Default 50 MB. */
  maxBytes?: number;
}

const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;

function errorCode(error: unknown): string | undefined {
  return error && typeof error === "object" && "code" in error ? String((error as { code: unknown }).code) : undefined;
}

/** A .csv's one sheet is named after the file; characters Excel forbids in sheet names become "_". */
export function csvSheetName(file: string): string {
  const base = path.basename(file, path.extname(file));
  const name = base
    .replace(/[*?:/\\[\]]/g, "_")
    .replace(/^'+|'+$/g, "")
    .slice(0, 31);
  return sheetNameProblem(name) ? "Sheet1" : name;
}

/** Reads a workbook from bytes already in memory; `file` names it in messages and decides the format with them. */
export async function openWorkbookBytes(bytes: Buffer, file: string): Promise<FileWorkbook> {
  const label = path.basename(file);
  const extension = path.extname(file).toLowerCase();
  const kind = sniffFileKind(bytes, extension, file, label);
  let workbook: FileWorkbook;
  if (kind === "xlsx") {
    workbook = new FileWorkbook({ path: file, format: "xlsx" }, await loadXlsx(bytes, file, label), await readProperties(bytes));
    if (!workbook.hasContent()) throw new WorkbookError({ reason: "file/only-empty-sheets", params: { file: label } }, file);
  } else {
    const decoded = decodeText(bytes);
    if (!decoded.encoding.startsWith("utf-16") && looksBinary(bytes)) {
      throw new WorkbookError({ reason: "file/binary-csv", params: { file: label } }, file);
    }
    const values = parseCsv(decoded.text);
    // The ExcelJS copy is what saveAs writes; the grid read back from it is the parsed one, cell for cell.
    const book = new ExcelJS.Workbook();
    fillWorksheet(book.addWorksheet(csvSheetName(file)), { name: csvSheetName(file), values });
    workbook = new FileWorkbook({ path: file, format: "csv", encoding: decoded.encoding }, book);
    if (!workbook.hasContent()) throw new WorkbookError({ reason: "file/no-content", params: { file: label } }, file);
  }
  return workbook;
}

/** Opens an .xlsx or .csv file. Every problem a user can cause arrives as a WorkbookError with a clear message. */
export async function openWorkbookFile(file: string, options: OpenOptions = {}): Promise<FileWorkbook> {
  return openWorkbookBytes(await readUserFile(file, options, isKnownExtension), file);
}

/**
 * The text of a plan (国民经济和社会发展计划) saved as .txt, in UTF-8, UTF-16 or GB18030 — detected, not asked.
 */
export async function readPlanText(file: string, options: OpenOptions = {}): Promise<string> {
  const bytes = await readUserFile(file, options, (extension) => extension === ".txt");
  const decoded = decodeText(bytes);
  if (!decoded.encoding.startsWith("utf-16") && looksBinary(bytes)) {
    throw new WorkbookError({ reason: "file/not-text", params: { file: path.basename(file) } }, file);
  }
  return decoded.text;
}

/** Reads a file the user named, after checking it exists, is a file of an accepted type and is not too large. */
async function readUserFile(file: string, options: OpenOptions, accepts: (extension: string) => boolean): Promise<Buffer> {
  const label = path.basename(file);
  let stat;
  try {
    stat = await fs.stat(file);
  } catch (error) {
    const code = errorCode(error);
    if (code === "ENOENT" || code === "ENOTDIR") {
      throw new WorkbookError({ reason: "file/not-found", params: { file: label } }, file);
    }
    throw new WorkbookError({ reason: "file/unreadable", params: { file: label, detail: code ?? String(error) } }, file);
  }
  if (stat.isDirectory()) throw new WorkbookError({ reason: "file/is-folder", params: { file: label } }, file);
  const extension = path.extname(file).toLowerCase();
  if (!accepts(extension)) {
    throw new WorkbookError({ reason: "file/unsupported-type", params: { file: label, extension } }, file);
  }
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (stat.size > maxBytes) {
    const mb = (n: number) => Math.ceil(n / (1024 * 1024));
    throw new WorkbookError({ reason: "file/too-large", params: { file: label, megabytes: mb(stat.size), limit: mb(maxBytes) } }, file);
  }
  try {
    return await fs.readFile(file);
  } catch (error) {
    throw new WorkbookError({ reason: "file/unreadable", params: { file: label, detail: errorCode(error) ?? String(error) } }, file);
  }
}
