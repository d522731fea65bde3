import * as path from "node:path";
import type { SheetGrid } from "../engine/grid";
import { readRecords } from "../app/addinRecords";
import { addinSheets } from "../engine/pipeline/addinRecords";
import { openWorkbookFile, openWorkbookForReading, type FileWorkbook } from "../host/files";
import { WorkbookError, type WorkbookPort } from "../host/port";

export interface LoadedSheets {
  file: string;
  /**
   * Every sheet but the add-in's own (its proven records and the tabs they list, as the pane leaves them out),
   * in tab order. A sheet merely named like one of the add-in's is the clerk's and is here.
   */
  sheets: SheetGrid[];
}

/** A workbook read for a command that writes nothing, with its sheets. */
export interface ReadWorkbook extends LoadedSheets {
  workbook: WorkbookPort;
}

export interface LoadedWorkbook extends ReadWorkbook {
  workbook: FileWorkbook;
}

/** Every sheet of a workbook but the add-in's own, in tab order. */
async function clerkSheets(workbook: WorkbookPort): Promise<SheetGrid[]> {
  const records = await readRecords(workbook);
  const addin = addinSheets(records);
  const sheets: SheetGrid[] = [];
  for (const name of records.names) if (!addin.has(name)) sheets.push(await workbook.readSheet(name));
  return sheets;
}

/** Reads every sheet of FILE but the add-in's own through the file adapter, keeping its model for writing. */
export async function loadWorkbook(file: string): Promise<LoadedWorkbook> {
  const workbook = await openWorkbookFile(file);
  return { file, workbook, sheets: await clerkSheets(workbook) };
}

/**
 * FILE and its sheets, for a command that writes nothing: read without ExcelJS's model (openWorkbookForReading
 * streams the sheets' XML into grids), so a 50,000-row workbook costs its grids, not a model ten times their size.
 */
export async function readWorkbook(file: string): Promise<ReadWorkbook> {
  const workbook = await openWorkbookForReading(file);
  return { file, workbook, sheets: await clerkSheets(workbook) };
}

/** Every sheet of FILE but the add-in's own, without the workbook they were read from (read as readWorkbook reads). */
export async function readSheets(file: string): Promise<LoadedSheets> {
  const { sheets } = await readWorkbook(file);
  return { file, sheets };
}

/** All sheets, or only the one named by --sheet (a clear message when there is none by that name). */
export function selectSheets(loaded: LoadedSheets, sheetName: string | undefined): SheetGrid[] {
  return namedSheets(loaded.file, loaded.sheets, sheetName === undefined ? [] : [sheetName]);
}

/** The sheets with these names, in tab order (all when none is named); a missing name is an error naming the file. */
export function namedSheets(file: string, sheets: readonly SheetGrid[], names: readonly string[]): SheetGrid[] {
  if (names.length === 0) return [...sheets];
  const missing = names.find((name) => !sheets.some((sheet) => sheet.name === name));
  if (missing !== undefined) {
    const names = sheets.map((sheet) => sheet.name);
    throw new WorkbookError({ reason: "file/sheet-not-found", params: { file: path.basename(file), sheet: missing, names } }, file);
  }
  return sheets.filter((sheet) => names.includes(sheet.name));
}
