/**
 * 分发 over the port: the master sheet (the active one, or one named) split into one return per unit, and a
 * unit's return written into a workbook — the command line gives each unit a new file; a later pane can give
 * each a new sheet. Only the port's own writes are used (writeSheets, setListValidation), so every host writes
 * the same return.
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

/** Writes a unit's return into a workbook: its sheet, then the status dropdown on its 进展状态 cells. */
export async function writeReturn(target: WorkbookPort, unit: UnitReturn): Promise<void> {
  await target.writeSheets([unit.layout]);
  if (unit.status.range.bottom >= unit.status.range.top) await target.setListValidation(unit.layout.name, unit.status.range, unit.status.values);
}
