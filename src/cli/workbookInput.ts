import * as path from "node:path";
import type { SheetGrid } from "../engine/grid";
import { openWorkbookFile } from "../host/files";
import { WorkbookError } from "../host/port";
import { cliMessages } from "./messages";

export interface LoadedSheets {
  file: string;
  sheets: SheetGrid[];
}

/** Reads every sheet of FILE (or only --sheet NAME) through the file adapter. */
export async function loadSheets(file: string, sheetName?: string): Promise<LoadedSheets> {
  const workbook = await openWorkbookFile(file);
  const names = await workbook.sheetNames();
  if (sheetName !== undefined && !names.includes(sheetName)) {
    throw new WorkbookError(cliMessages.sheetNotFound(path.basename(file), sheetName, names), "sheet/not-found", file);
  }
  const wanted = sheetName === undefined ? names : [sheetName];
  const sheets: SheetGrid[] = [];
  for (const name of wanted) sheets.push(await workbook.readSheet(name));
  return { file, sheets };
}
