/**
 * 分发 over the port: the master sheet (the active one, or one named) split into one return per unit, and a
 * unit's return written into a workbook — the command line gives each unit a new file; the pane makes one new
 * workbook with a sheet per unit for Excel to open, or the same files as the command line's, zipped. Only the
 * port's own writes are used (writeSheets, setListValidation), so every host writes the same return.
 */
import { splitMaster, type MasterSplit, type UnitReturn } from "../engine/cycle/split";
import type { SheetGrid } from "../engine/grid";
import { STATUS_SHEET, UNIT_SHEET, workbookRegistries } from "../engine/settings/registries";
import type { WorkbookPort } from "../host/port";
import { readIfPresent } from "./workbook";

export interface SplitRequest {
  /** The master sheet; the active sheet when absent. */
  sheet?: string;
  /** yyyy-mm-dd, the date the units report as of; read from the master when absent. */
  asOf?: string;
  /** The master's file name: the place and a period may be read from it. */
  fileName?: string;
  /** Registry sheets beyond the workbook's own 单位名录 / 状态词表 (the command line's --units, --statuses). */
  unitSheets?: readonly SheetGrid[];
  statusSheets?: readonly SheetGrid[];
}

/** The master split by unit, with the workbook's registries (its 单位名录 folds a unit's aliases into one unit). */
export async function splitWorkbook(workbook: WorkbookPort, request: SplitRequest = {}): Promise<MasterSplit> {
  const sheet = request.sheet ?? (await workbook.activeSheetName());
  const grid = await workbook.readSheet(sheet);
  const names = await workbook.sheetNames();
  const units = await readIfPresent(workbook, names, UNIT_SHEET);
  const statuses = await readIfPresent(workbook, names, STATUS_SHEET);
  const { registry, vocabulary } = workbookRegistries([grid], {
    fileName: request.fileName,
    sheetNames: names.filter((name) => name !== grid.name),
    unitSheets: [...(units ? [units] : []), ...(request.unitSheets ?? [])],
    statusSheets: [...(statuses ? [statuses] : []), ...(request.statusSheets ?? [])],
  });
  return splitMaster(grid, { registry, vocabulary, asOf: request.asOf, fileName: request.fileName });
}

/** The writes a unit's return needs: a file, a workbook open in Excel, or a new one made for the pane. */
export type ReturnTarget = Pick<WorkbookPort, "writeSheets" | "setListValidation">;

/** A new workbook that gives its .xlsx bytes (src/host/files/newBook.ts). */
export type NewReturnBook = ReturnTarget & { bytes(): Promise<Uint8Array> };

/** Writes a unit's return into a workbook: its sheet, then the status dropdown on its 进展状态 cells. */
export async function writeReturn(target: ReturnTarget, unit: UnitReturn): Promise<void> {
  await target.writeSheets([unit.layout]);
  if (unit.status.range.bottom >= unit.status.range.top) await target.setListValidation(unit.layout.name, unit.status.range, unit.status.values);
}

/** Every unit's return in one new workbook, a sheet each (the split's sheet names are unique), as .xlsx bytes. */
export async function returnsWorkbook(split: MasterSplit, book: NewReturnBook): Promise<Uint8Array> {
  for (const unit of split.units) await writeReturn(book, unit);
  return book.bytes();
}

/** Every unit's return as its own .xlsx, under the file name the command line gives it. */
export async function returnFiles(split: MasterSplit, newBook: () => NewReturnBook): Promise<{ name: string; bytes: Uint8Array }[]> {
  const files: { name: string; bytes: Uint8Array }[] = [];
  for (const unit of split.units) files.push({ name: unit.fileName, bytes: await returnsWorkbook({ ...split, units: [unit] }, newBook()) });
  return files;
}

/**
 * 在新工作簿中生成: the returns, a sheet per unit, in a new workbook the host opens for the clerk to save and send;
 * the master is not touched. Resolves to whether the host could open one (Excel before ExcelApi 1.8 and WPS cannot);
 * the writer (`newBook`, which the pane loads on demand) is asked for only where it could.
 */
export async function openReturnsWorkbook(workbook: WorkbookPort, split: MasterSplit, newBook: () => Promise<NewReturnBook>): Promise<boolean> {
  return workbook.openNewWorkbook(async () => returnsWorkbook(split, await newBook()));
}
