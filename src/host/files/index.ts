/**
 * The file adapter: .xlsx and .csv files as a WorkbookPort, for the command line, the tests and the preview.
 */
import { ExcelJS } from "./excelJs";
import { promises as fs } from "node:fs";
import * as path from "node:path";
import { WorkbookError } from "../port";
import { constants, type Stats } from "node:fs";
import { notRegularKind } from "./fileKind";
import { decodeText, looksBinary } from "./encoding";
import { iconvDecode } from "./nodeEncoding";
import { nodeInflateRaw } from "./nodeInflate";
import { megabytes, READ_LIMITS, type ReadLimits } from "./limits";
import { isKnownExtension, sniffFileKind } from "./sniff";
import { FileWorkbook } from "./workbook";
import { fillWorksheet } from "./write";
import { readProperties } from "./settingsPart";
import { loadXlsx } from "./xlsx";
import { ReadOnlyWorkbook } from "./readOnly";
import { checkFileSize, csvSheetName, csvText, csvValues, xlsxSheets } from "./sheetsOfBytes";

export { FileWorkbook, type CellUpdate, type FileSource } from "./workbook";
export { ReadOnlyWorkbook } from "./readOnly";
export type { TextEncodingName } from "./encoding";
export { csvSheetName };

export interface OpenOptions {
  /** Larger files are refused before reading (ExcelJS holds the whole workbook in memory). Default 50 MB. */
  maxBytes?: number;
  /** The other read limits (parts, unpacked size, cells), for tests; READ_LIMITS otherwise. */
  limits?: Partial<ReadLimits>;
}

function readLimits(options: OpenOptions): ReadLimits {
  return { ...READ_LIMITS, ...options.limits, ...(options.maxBytes === undefined ? {} : { maxFileBytes: options.maxBytes }) };
}

function errorCode(error: unknown): string | undefined {
  return error && typeof error === "object" && "code" in error ? String((error as { code: unknown }).code) : undefined;
}

/**
 * Reads a workbook from bytes already in memory; `file` names it in messages and decides the format with them.
 * The bytes are checked against the read limits as they are read (READ_LIMITS unless told otherwise).
 */
export async function openWorkbookBytes(bytes: Buffer, file: string, limits: ReadLimits = READ_LIMITS): Promise<FileWorkbook> {
  const label = path.basename(file);
  // Bytes that came another way than readUserFile (an upload to the preview) meet the same size limit.
  checkFileSize(bytes.length, file, limits);
  const extension = path.extname(file).toLowerCase();
  const kind = sniffFileKind(bytes, extension, file, label);
  let workbook: FileWorkbook;
  if (kind === "xlsx") {
    workbook = new FileWorkbook({ path: file, format: "xlsx" }, await loadXlsx(bytes, file, label, limits), await readProperties(bytes));
    if (!workbook.hasContent()) throw new WorkbookError({ reason: "file/only-empty-sheets", params: { file: label } }, file);
  } else {
    const decoded = csvText(bytes, file, label, iconvDecode);
    const values = csvValues(decoded.text, limits, file, label);
    // The ExcelJS copy is what saveAs writes; the grid read back from it is the parsed one, cell for cell.
    const book = new ExcelJS.Workbook();
    fillWorksheet(book.addWorksheet(csvSheetName(file)), { name: csvSheetName(file), values });
    workbook = new FileWorkbook({ path: file, format: "csv", encoding: decoded.encoding }, book);
    if (!workbook.hasContent()) throw new WorkbookError({ reason: "file/no-content", params: { file: label } }, file);
  }
  return workbook;
}

/**
 * A new, empty workbook that saveAs writes as a new .xlsx (分发's one file per unit). It was read from no file,
 * so its source path is empty: saveAs's check against overwriting the input never matches a real file.
 */
export function newWorkbook(): FileWorkbook {
  return new FileWorkbook({ path: "", format: "xlsx" }, new ExcelJS.Workbook());
}

/**
 * Reads a workbook for a command that changes nothing: an .xlsx's sheets are read straight from its XML
 * (sheetReader.ts), without the model ExcelJS builds for writing, so reading costs a fraction of the memory;
 * the grids, settings and refusals are those openWorkbookFile gives. A .csv is read as openWorkbookFile reads it.
 */
export async function openWorkbookForReading(file: string, options: OpenOptions = {}): Promise<ReadOnlyWorkbook | FileWorkbook> {
  const limits = readLimits(options);
  const bytes = await readUserFile(file, limits, isKnownExtension);
  const label = path.basename(file);
  if (sniffFileKind(bytes, path.extname(file).toLowerCase(), file, label) !== "xlsx") return openWorkbookBytes(bytes, file, limits);
  const grids = await xlsxSheets(bytes, file, nodeInflateRaw, limits);
  return new ReadOnlyWorkbook({ path: file, format: "xlsx" }, grids, (await readProperties(bytes)).settings);
}

/** Opens an .xlsx or .csv file. Every problem a user can cause arrives as a WorkbookError with a clear message. */
export async function openWorkbookFile(file: string, options: OpenOptions = {}): Promise<FileWorkbook> {
  const limits = readLimits(options);
  return openWorkbookBytes(await readUserFile(file, limits, isKnownExtension), file, limits);
}

/**
 * The text of a plan (国民经济和社会发展计划) saved as .txt, in UTF-8, UTF-16 or GB18030 — detected, not asked.
 */
export async function readPlanText(file: string, options: OpenOptions = {}): Promise<string> {
  const bytes = await readUserFile(file, readLimits(options), (extension) => extension === ".txt");
  const decoded = decodeText(bytes, iconvDecode);
  if (!decoded.encoding.startsWith("utf-16") && looksBinary(bytes)) {
    throw new WorkbookError({ reason: "file/not-text", params: { file: path.basename(file) } }, file);
  }
  return decoded.text;
}

/** The size of a file read in chunks, so that one growing while it is read is stopped at the limit. */
const READ_CHUNK = 1024 * 1024;

/**
 * Reads a file the user named, after checking it exists, is a regular file of an accepted type and is not too
 * large. A device, pipe or socket is refused from its stat, before it is opened: opening a pipe waits for a
 * writer, and reading a device may never end.
 */
async function readUserFile(file: string, limits: ReadLimits, accepts: (extension: string) => boolean): Promise<Buffer> {
  const label = path.basename(file);
  const unreadable = (error: unknown) =>
    new WorkbookError({ reason: "file/unreadable", params: { file: label, detail: errorCode(error) ?? String(error) } }, file);
  const tooLarge = (bytes: number) =>
    new WorkbookError({ reason: "file/too-large", params: { file: label, megabytes: megabytes(bytes), limit: megabytes(limits.maxFileBytes) } }, file);
  const notRegular = (stat: Stats) => new WorkbookError({ reason: "file/not-regular", params: { file: label, kind: notRegularKind(stat) } }, file);
  let stat;
  try {
    stat = await fs.stat(file);
  } catch (error) {
    const code = errorCode(error);
    if (code === "ENOENT" || code === "ENOTDIR") {
      throw new WorkbookError({ reason: "file/not-found", params: { file: label } }, file);
    }
    if (code === "ELOOP") throw new WorkbookError({ reason: "file/symlink-loop", params: { file: label } }, file);
    throw unreadable(error);
  }
  if (stat.isDirectory()) throw new WorkbookError({ reason: "file/is-folder", params: { file: label } }, file);
  if (!stat.isFile()) throw notRegular(stat);
  const extension = path.extname(file).toLowerCase();
  if (!accepts(extension)) {
    throw new WorkbookError({ reason: "file/unsupported-type", params: { file: label, extension } }, file);
  }
  if (stat.size > limits.maxFileBytes) throw tooLarge(stat.size);
  let handle;
  try {
    // Non-blocking, so that a pipe put in the file's place since the stat cannot hang the open; checked again.
    handle = await fs.open(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    throw unreadable(error);
  }
  try {
    const opened = await handle.stat();
    if (!opened.isFile()) throw notRegular(opened);
    const chunks: Buffer[] = [];
    let total = 0;
    // The size from stat plus one byte, so that reading normally ends with one read; a file that grows meanwhile
    // is read on in chunks, up to the limit.
    for (let size = opened.size + 1; ; size = READ_CHUNK) {
      const chunk = Buffer.allocUnsafe(Math.min(size, limits.maxFileBytes + 1 - total));
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
      if (bytesRead === 0) break;
      chunks.push(chunk.subarray(0, bytesRead));
      total += bytesRead;
      if (total > limits.maxFileBytes) throw tooLarge(total);
    }
    return chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, total);
  } catch (error) {
    throw error instanceof WorkbookError ? error : unreadable(error);
  } finally {
    await handle.close();
  }
}
