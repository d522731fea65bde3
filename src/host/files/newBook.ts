/**
 * A new workbook made in memory and handed over as .xlsx bytes: what the task pane's 分发 makes (a workbook of
 * returns for Excel to open, the returns zipped for a download). The same writer as the file adapter's
 * (fillWorksheet, setListRule, xlsxBytes over ExcelJS's one-file bundle), without Node: it runs in the browser,
 * where the pane loads it only when asked (a dynamic import), so ExcelJS does not slow the pane's first paint.
 */
import JSZip from "jszip/dist/jszip.min.js";
import type { CellRange } from "../../engine/grid";
import type { SheetOutput } from "../port";
import { ExcelJS } from "./excelJs";
import { xlsxBytes } from "./ooxmlText";
import { fillWorksheet, setListRule, validateOutputs } from "./write";

/** The port's writes a unit's return needs (writeSheets, setListValidation), and the workbook's bytes. */
export class NewBook {
  private readonly book = new ExcelJS.Workbook();

  async writeSheets(sheets: SheetOutput[]): Promise<void> {
    validateOutputs(sheets, "");
    for (const output of sheets) fillWorksheet(this.book.addWorksheet(output.name), output);
  }

  async setListValidation(sheet: string, range: CellRange, values: readonly string[]): Promise<void> {
    const found = this.book.getWorksheet(sheet);
    if (found) setListRule(found, range, values);
  }

  async bytes(): Promise<Uint8Array> {
    return xlsxBytes(this.book);
  }
}

/** A new, empty workbook. */
export const newBook = (): NewBook => new NewBook();

/** Files zipped, in the order given, under their names (deflated: .xlsx is itself a zip, but its XML is not). */
export async function zipFiles(files: readonly { name: string; bytes: Uint8Array }[]): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const file of files) zip.file(file.name, file.bytes);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}
