import * as path from "node:path";
import type { SheetGrid } from "../engine/grid";
import { openWorkbookFile, type FileWorkbook } from "../host/files";
import { WorkbookError } from "../host/port";
import { cliMessages } from "./messages";

export interface LoadedWorkbook {
  file: string;
  workbook: FileWorkbook;
  /** Every sheet, in tab order. */
  sheets: SheetGrid[];
}

/** Reads every sheet of FILE through the file adapter. */
export async function loadWorkbook(file: string): Promise<LoadedWorkbook> {
  const workbook = await openWorkbookFile(file);
  const sheets: SheetGrid[] = [];
  for (const name of await workbook.sheetNames()) sheets.push(await workbook.readSheet(name));
  return { file, workbook, sheets };
}

/** All sheets, or only the one named by --sheet (a clear message when there is none by that name). */
export function selectSheets(loaded: LoadedWorkbook, sheetName: string | undefined): SheetGrid[] {
  if (sheetName === undefined) return loaded.sheets;
  const sheets = loaded.sheets.filter((sheet) => sheet.name === sheetName);
  if (sheets.length === 0) {
    const names = loaded.sheets.map((sheet) => sheet.name);
    throw new WorkbookError(cliMessages.sheetNotFound(path.basename(loaded.file), sheetName, names), "sheet/not-found", loaded.file);
  }
  return sheets;
}
