/**
 * The workbook as every use case reads it: a sheet only if it is there, and the registries the workbook
 * brings (its 单位名录 and 状态词表 over the built-in ones).
 */
import type { SheetGrid } from "../engine/grid";
import { STATUS_SHEET, UNIT_SHEET, workbookRegistries as registriesOfSheets, type WorkbookRegistries } from "../engine/settings/registries";
import type { WorkbookPort } from "../host/port";

export async function readIfPresent(workbook: WorkbookPort, names: readonly string[], name: string): Promise<SheetGrid | null> {
  return names.includes(name) ? workbook.readSheet(name) : null;
}

/**
 * The unit registry and status vocabulary, with the workbook's own 单位名录 / 状态词表 if it has them. The place
 * (whose units the registry knows) is read from the sheets given — the one being checked, or all of them for
 * the summary — and the workbook's sheet names: reading every sheet for each check would cost the pane a round
 * trip per sheet.
 */
export async function workbookRegistries(workbook: WorkbookPort, names?: readonly string[], sheets: readonly SheetGrid[] = []): Promise<WorkbookRegistries> {
  const all = names ?? (await workbook.sheetNames());
  const units = await readIfPresent(workbook, all, UNIT_SHEET);
  const statuses = await readIfPresent(workbook, all, STATUS_SHEET);
  const unread = all.filter((name) => !sheets.some((sheet) => sheet.name === name));
  return registriesOfSheets(sheets, { sheetNames: unread, unitSheets: units ? [units] : [], statusSheets: statuses ? [statuses] : [] });
}
