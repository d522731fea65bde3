/**
 * A picked file's bytes as the sheets the command line reads from it (openWorkbookForReading): an .xlsx through
 * the streaming reader (sheetReader.ts), a .csv decoded and parsed, with the same limits and refusals, each
 * naming the file. Imports nothing of Node's: the task pane reads returned files with it in the browser, the
 * inflate and legacy decoding handed in (browserRead.ts), and the command line with its own (index.ts).
 */
import type { SheetGrid } from "../../engine/grid";
import { sheetNameFrom } from "../../engine/sheetNames";
import { WorkbookError } from "../port";
import { parseCsv, TooManyCellsError } from "./csv";
import { decodeText, looksBinary, type LegacyDecode } from "./encoding";
import type { InflateRaw } from "./inflate";
import { megabytes, READ_LIMITS, type ReadLimits } from "./limits";
import { readXlsxSheets } from "./sheetReader";
import { sniffFileKind } from "./sniff";
import { GridTooLargeError, isBlankGrid, sheetTooLarge } from "./values";

/** How the platform inflates and decodes. */
export interface ByteReaders {
  inflateRaw: InflateRaw;
  /** GB18030 / UTF-16BE; the platform's TextDecoder when not given. */
  decodeLegacy?: LegacyDecode;
}

/** The file's name without its folder (either slash: a name may come from Windows). */
export const baseName = (file: string): string => file.slice(Math.max(file.lastIndexOf("/"), file.lastIndexOf("\\")) + 1);

/** The extension as path.extname gives it, lower-cased: ".xlsx", or "" for none. */
export function extensionOf(file: string): string {
  const name = baseName(file);
  const dot = name.lastIndexOf(".");
  return dot <= 0 ? "" : name.slice(dot).toLowerCase();
}

/** A .csv's one sheet is named after the file, made a valid sheet name (sheetNameFrom); "Sheet1" when nothing of it is left. */
export function csvSheetName(file: string): string {
  const name = baseName(file);
  const extension = extensionOf(file);
  return sheetNameFrom(extension === "" ? name : name.slice(0, name.length - extension.length), "Sheet1");
}

/**
 * The grid of a CSV's text, refused with the user's message when it has more cells than the limit or a stray
 * cell far away (a sheet past MAX_SHEET_CELLS).
 */
export function csvValues(text: string, limits: ReadLimits, file: string, label: string) {
  try {
    return parseCsv(text, limits.maxCells);
  } catch (error) {
    if (error instanceof TooManyCellsError) {
      throw new WorkbookError({ reason: "file/too-many-cells", params: { file: label, sheet: csvSheetName(file), limit: error.limit } }, file);
    }
    if (error instanceof GridTooLargeError) throw sheetTooLarge(error, file, label, csvSheetName(file));
    throw error;
  }
}

/** A .csv's bytes decoded (the one decision of encodings, in encoding.ts), refused when they are not text. */
export function csvText(bytes: Uint8Array, file: string, label: string, decodeLegacy?: LegacyDecode) {
  const decoded = decodeText(bytes, decodeLegacy);
  if (!decoded.encoding.startsWith("utf-16") && looksBinary(bytes)) {
    throw new WorkbookError({ reason: "file/binary-csv", params: { file: label } }, file);
  }
  return decoded;
}

/** Refuses a file larger than the limit, from its size alone (before its bytes are read, where that can be). */
export function checkFileSize(size: number, file: string, limits: ReadLimits = READ_LIMITS): void {
  if (size <= limits.maxFileBytes) return;
  const params = { file: baseName(file), megabytes: megabytes(size), limit: megabytes(limits.maxFileBytes) };
  throw new WorkbookError({ reason: "file/too-large", params }, file);
}

/** An .xlsx's sheets, streamed from its XML, refused when every one is empty. */
export async function xlsxSheets(bytes: Uint8Array, file: string, inflateRaw: InflateRaw, limits: ReadLimits): Promise<SheetGrid[]> {
  const label = baseName(file);
  const grids = await readXlsxSheets(bytes, file, label, inflateRaw, limits);
  if (grids.every((grid) => isBlankGrid(grid.values))) throw new WorkbookError({ reason: "file/only-empty-sheets", params: { file: label } }, file);
  return grids;
}

/**
 * The sheets of a file's bytes, in tab order (a .csv has one, named after the file): what the command line's
 * reading gives for the same file, or the WorkbookError it gives.
 */
export async function sheetsOfBytes(bytes: Uint8Array, file: string, readers: ByteReaders, limits: ReadLimits = READ_LIMITS): Promise<SheetGrid[]> {
  const label = baseName(file);
  checkFileSize(bytes.length, file, limits);
  if (sniffFileKind(bytes, extensionOf(file), file, label) === "xlsx") return xlsxSheets(bytes, file, readers.inflateRaw, limits);
  const values = csvValues(csvText(bytes, file, label, readers.decodeLegacy).text, limits, file, label);
  if (isBlankGrid(values)) throw new WorkbookError({ reason: "file/no-content", params: { file: label } }, file);
  return [{ name: csvSheetName(file), values, merges: [] }];
}
