import { MAX_CELL_TEXT } from "../../engine/grid";
import type { CellWriteRule, ExcelFeature, NotRegularKind, ProblemCatalogue, SheetNameRule } from "./index";

const cannotRead = (file: string, why: string) => `Cannot read the file "${file}": ${why}`;
const cannotWrite = (file: string, why: string) => `Cannot save the file "${file}": ${why}`;
const count = (n: number) => n.toLocaleString("en-US");

const SHEET_NAME_RULES: Record<SheetNameRule, string> = {
  empty: "the name is empty",
  "too-long": "the name is longer than 31 characters",
  "bad-chars": "the name contains one of * ? : \\ / [ ]",
  quote: "the name starts or ends with '",
  reserved: '"History" is a reserved sheet name',
  duplicate: "it appears twice in one batch",
};

const CELL_RULES: Record<CellWriteRule, string> = {
  "not-finite": "the number is not finite (NaN or infinity)",
  "bad-type": "only text, numbers, booleans or empty cells can be written",
  "too-long": `the text is longer than the file format's limit of ${MAX_CELL_TEXT} characters per cell`,
  "bad-address": "the row or column is invalid",
  "merged-cell": "the cell is inside a merged area, not its top-left cell",
};

const NOT_REGULAR: Record<NotRegularKind, string> = {
  device: "a device file",
  fifo: "a pipe (FIFO)",
  socket: "a socket",
  other: "a special file",
};

/** A file whose content would grow past a limit when read: too large, with what and the limit. */
const tooLarge = (file: string, what: string) =>
  cannotRead(file, `the file is too large: ${what}. Reading stopped; remove what is not needed or split it, then try again.`);

const FEATURES: Record<ExcelFeature, string> = {
  summary: "summary tabs",
  "fix-cells": "fixing cells",
  "status-dropdown": "the status dropdown",
  "mark-rows": "marking rows",
  "remove-marks": "removing marks",
  "import-file": "importing a file",
  "save-settings": "saving settings",
};

/** The host's problems in English: each sentence says what is wrong and what to do next. */
export const enUS: ProblemCatalogue = {
  "file/not-found": ({ file }) => cannotRead(file, "the file was not found. Check the path and the file name."),
  "file/is-folder": ({ file }) => cannotRead(file, "this is a folder, not a file. Name a file inside it."),
  "file/unreadable": ({ file, detail }) =>
    cannotRead(file, `permission denied or the file is in use (${detail}). Close it in other programs or check its permissions, then try again.`),
  "file/not-regular": ({ file, kind }) => cannotRead(file, `this is ${NOT_REGULAR[kind]}, not a regular file, so it is not read. Name an .xlsx or .csv file.`),
  "file/symlink-loop": ({ file }) => cannotRead(file, "its symbolic links lead back to themselves, so there is no file to read. Use the file's real path."),
  "file/unsupported-type": ({ file, extension }) =>
    cannotRead(file, `${extension ? `${extension} files are` : "a file without an extension is"} not supported. Use an .xlsx or .csv file.`),
  "file/not-text": ({ file }) => cannotRead(file, "this is not a text file. Save the plan as .txt and try again."),
  "file/not-spreadsheet": ({ file }) => cannotRead(file, "the file is corrupt or not an .xlsx workbook. Open it in Excel and save it as .xlsx."),
  "file/zip-not-workbook": ({ file }) =>
    cannotRead(file, "this is a zip or another Office document (such as Word), not an Excel workbook. Choose the workbook instead."),
  "file/other-office-document": ({ file }) => cannotRead(file, "this is a Word or other Office document, not an Excel workbook. Choose the workbook instead."),
  "file/corrupt": ({ file }) =>
    cannotRead(
      file,
      "the file is corrupt or truncated (a download or copy may have been cut short). Get it again, or open it in Excel or WPS and save it again.",
    ),
  "file/encrypted": ({ file }) =>
    cannotRead(
      file,
      "the workbook is password-protected. Remove the password in Excel (File → Info → Protect Workbook → Encrypt with Password), then try again.",
    ),
  "file/ole-not-workbook": ({ file }) =>
    cannotRead(
      file,
      "this is an OLE compound file (such as an Outlook message, an installer or another old Office file) holding no workbook, encrypted or not. Choose the workbook instead.",
    ),
  "file/pane-cannot-unzip": ({ file }) =>
    cannotRead(
      file,
      "this version of Office cannot unpack .xlsx files in the task pane. Save it as .csv (UTF-8) and pick that, update Office, or merge with the command line's taizhang merge.",
    ),
  "file/legacy-xls": ({ file }) => cannotRead(file, "this is the old .xls (or WPS .et) format. Open it in Excel or WPS, save it as .xlsx, then try again."),
  "file/binary-csv": ({ file }) => cannotRead(file, "the file is not text, so not a CSV file. Save the sheet as .csv or .xlsx again."),
  "file/empty": ({ file }) => cannotRead(file, "the file is empty (0 bytes). Get the file again."),
  "file/no-content": ({ file }) => cannotRead(file, "the file has no content. Choose the file that holds the sheet."),
  "file/no-sheets": ({ file }) => cannotRead(file, "the workbook has no worksheets. Choose the workbook that holds the sheet."),
  "file/only-empty-sheets": ({ file }) => cannotRead(file, "every worksheet is empty. Choose the workbook that holds the sheet."),
  "file/too-large": ({ file, megabytes, limit }) => cannotRead(file, `the file is too large (${megabytes} MB, limit ${limit} MB). Split it and try again.`),
  "file/too-many-parts": ({ file, limit }) => tooLarge(file, `the zip holds more than ${count(limit)} parts`),
  "file/inflates-too-large": ({ file, limit }) => tooLarge(file, `it unpacks to more than ${count(limit)} MB (small packed, swelling when unpacked)`),
  "file/too-many-cells": ({ file, sheet, limit }) =>
    tooLarge(file, `${sheet === null ? "its sheets together have" : `sheet "${sheet}" has`} more than ${count(limit)} cells`),
  "file/too-many-rows": ({ file, sheet, limit }) => tooLarge(file, `sheet "${sheet}" has more than ${count(limit)} rows`),
  "file/too-many-merges": ({ file, sheet, limit }) => tooLarge(file, `sheet "${sheet}" has more than ${count(limit)} merged areas`),
  "file/too-many-strings": ({ file, limit }) => tooLarge(file, `its shared text table holds more than ${count(limit)} texts`),
  "file/sheet-too-large": ({ file, sheet, extent, cells, farCells }) =>
    cannotRead(
      file,
      `sheet "${sheet}" spans ${extent}, ${count(cells)} cells, over the 5,000,000 limit; usually stray cells far away. ` +
        `Delete stray cells such as ${farCells.join(", ")} and try again.`,
    ),
  "file/sheet-not-found": ({ file, sheet, names }) => `No sheet "${sheet}" in "${file}" (sheets there: ${names.join(", ") || "none"}). Name one of those.`,

  "save/same-as-input": ({ file }) => cannotWrite(file, "that is the input file, which is never overwritten. Choose another name."),
  "save/not-xlsx": ({ file }) => cannotWrite(file, "only .xlsx files can be saved. Choose a name ending in .xlsx."),
  "save/no-folder": ({ file, folder }) => cannotWrite(file, `the folder "${folder}" does not exist. Create it or choose another folder.`),
  "save/folder-is-file": ({ file, folder }) => cannotWrite(file, `"${folder}" is a file, not a folder. Choose a folder.`),
  "save/exists": ({ file, folder, others }) =>
    cannotWrite(
      file,
      `the folder "${folder}" already holds a file of that name${others > 0 ? ` (and ${count(others)} more)` : ""}; nothing was written. Choose another folder, or add --force to replace them.`,
    ),
  "save/busy": ({ file }) => cannotWrite(file, "the file is open in another program (such as Excel) or not writable. Close it and try again."),
  "save/disk-full": ({ file }) =>
    cannotWrite(file, "the disk is full; any existing file is unchanged. Free some space or choose another place, then try again."),
  "save/read-only": ({ file }) => cannotWrite(file, "the place is read-only; any existing file is unchanged. Choose another place."),
  "save/file-read-only": ({ file }) =>
    cannotWrite(file, "the file is read-only (or not writable by you) and was left unchanged. Choose another name, or clear its read-only setting."),
  "save/is-folder": ({ path }) => cannotWrite(path, "that is an existing folder, not a file. Name an .xlsx file inside it."),
  "save/not-a-file": ({ path, kind }) => cannotWrite(path, `that is ${NOT_REGULAR[kind]}, not a regular file, and cannot be written. Name an .xlsx file.`),
  "save/broken-link": ({ file, points }) =>
    cannotWrite(file, `it is a symbolic link${points ? ` (to "${points}")` : ""} to a file that does not exist, or a loop of links. Choose another name.`),
  "save/failed": ({ file, detail }) => cannotWrite(file, `the write failed (${detail}). Try again, or choose another place.`),

  "output/bad-sheet-name": ({ name, rule }) => `Invalid sheet name "${name}": ${SHEET_NAME_RULES[rule]}. Nothing was written.`,
  "output/bad-cell-value": ({ sheet, cell, rule }) => `Cannot write ${sheet}!${cell}: ${CELL_RULES[rule]}. Nothing was written.`,
  "output/bad-merge": ({ sheet, range }) => `Invalid or overlapping merge ${range} in "${sheet}". Nothing was written.`,

  "sheet/not-found": ({ sheet }) => `Worksheet "${sheet}" not found; it may have just been renamed or deleted. Select the sheet and try again.`,
  "sheet/too-large-for-request": ({ sheet }) =>
    `Sheet "${sheet}" is too large for one Excel request. Remove unused rows and columns, or split it across several sheets, then try again.`,
  "sheet/too-many-cells": ({ sheet, extent, cells }) =>
    `Sheet "${sheet}" spans ${extent}, ${count(cells)} cells, over the 5,000,000 limit; usually a stray cell far away. Press Ctrl+End to find it, delete it and try again.`,
  "excel/write-failed": ({ detail }) => `Writing the sheets failed: ${detail}. Check whether the workbook is protected or shared read-only, then try again.`,
  "excel/import-failed": ({ file, detail }) => `Could not import "${file}": ${detail}. Make sure it is an unencrypted .xlsx workbook, then try again.`,
  "excel/cell-edit-mode": () => "Excel is editing a cell, so the sheets cannot be read or written. Press Enter or Esc to finish editing, then try again.",
  "excel/needs-newer": ({ feature, version }) =>
    `This version of Excel cannot do ${FEATURES[feature]} (it needs ExcelApi ${version}). Update Office, or use Microsoft 365 or Excel on the web.`,
  "memory/cannot-read-files": ({ file }) => `Cannot read the file "${file}" here. Open the workbook in Excel instead.`,
  "wps/cannot-import": ({ file }) => `WPS Spreadsheets cannot import "${file}" yet. Open the file in WPS, copy its sheets into this workbook, then try again.`,
};
