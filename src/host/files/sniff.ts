import { WorkbookError } from "../port";
import { indexOfBytes } from "./bytes";

/** How a file will be read. */
export type FileKind = "xlsx" | "csv";

const XLSX_EXTENSIONS = [".xlsx", ".xlsm", ".xltx", ".xltm"];
/** Old binary workbooks (Excel 97–2003 and WPS), which ExcelJS cannot read. */
const LEGACY_EXTENSIONS = [".xls", ".et"];
const CSV_EXTENSIONS = [".csv"];

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
/** An empty zip archive has only its end record. */
const EMPTY_ZIP_MAGIC = [0x50, 0x4b, 0x05, 0x06];
/** OLE compound file: old .xls, and also the container Excel wraps a password-protected .xlsx in. */
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export function isKnownExtension(extension: string): boolean {
  return [...XLSX_EXTENSIONS, ...LEGACY_EXTENSIONS, ...CSV_EXTENSIONS].includes(extension);
}

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.length <= bytes.length && magic.every((byte, i) => bytes[i] === byte);
}

/** Whether an OLE directory holds a stream of this name (names are stored as UTF-16LE). */
function hasOleStream(bytes: Uint8Array, name: string): boolean {
  const pattern = new Uint8Array(2 * (name.length + 1));
  for (let i = 0; i < name.length; i++) [pattern[2 * i], pattern[2 * i + 1]] = [name.charCodeAt(i) & 0xff, name.charCodeAt(i) >> 8];
  return indexOfBytes(bytes, pattern) >= 0;
}

/**
 * Decides from the bytes, not only the extension, how to read a file: users rename files, and a password-
 * protected .xlsx or an old .xls saved as ".xlsx" must get a message that tells them what to do.
 * Throws the WorkbookError the user should see when the file cannot be read at all.
 */
export function sniffFileKind(bytes: Uint8Array, extension: string, path: string, label: string): FileKind {
  if (bytes.length === 0) throw new WorkbookError({ reason: "file/empty", params: { file: label } }, path);
  if (startsWith(bytes, ZIP_MAGIC) || startsWith(bytes, EMPTY_ZIP_MAGIC)) return "xlsx";
  if (startsWith(bytes, OLE_MAGIC)) {
    if (hasOleStream(bytes, "EncryptionInfo") || hasOleStream(bytes, "EncryptedPackage")) {
      throw new WorkbookError({ reason: "file/encrypted", params: { file: label } }, path);
    }
    if (LEGACY_EXTENSIONS.includes(extension) || hasOleStream(bytes, "Workbook") || hasOleStream(bytes, "Book")) {
      throw new WorkbookError({ reason: "file/legacy-xls", params: { file: label } }, path);
    }
    if (hasOleStream(bytes, "WordDocument") || hasOleStream(bytes, "PowerPoint Document")) {
      throw new WorkbookError({ reason: "file/other-office-document", params: { file: label } }, path);
    }
    // The whole file is searched, so a directory without any of these names holds no workbook, encrypted or
    // not: an Outlook message, an installer, an old Visio or Works file renamed.
    throw new WorkbookError({ reason: "file/ole-not-workbook", params: { file: label } }, path);
  }
  if (CSV_EXTENSIONS.includes(extension)) return "csv";
  // A renamed text file or PDF, or a web page saved as ".xls" by an older reporting system.
  throw new WorkbookError({ reason: "file/not-spreadsheet", params: { file: label } }, path);
}
