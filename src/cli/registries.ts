import type { SheetGrid } from "../engine/grid";
import { registriesFrom, STATUS_SHEET, UNIT_SHEET, type Registries } from "../engine/settings/registries";
import { settingsProblemMessage } from "../engine/settings/settingsSheet";
import { openWorkbookFile } from "../host/files";
import type { CliIO } from "./io";

export { isSettingsSheet, STATUS_SHEET, UNIT_SHEET, type Registries } from "../engine/settings/registries";

async function firstSheet(file: string): Promise<SheetGrid> {
  const workbook = await openWorkbookFile(file);
  const names = await workbook.sheetNames();
  return workbook.readSheet(names[0]);
}

/**
 * The built-in registry and vocabulary, extended by the workbook's own 单位名录 / 状态词表 sheets and then by
 * --units / --statuses files (the later source wins). Rows that cannot be read are reported, not fatal.
 */
export async function loadRegistries(
  workbookSheets: readonly SheetGrid[],
  unitsFile: string | undefined,
  statusesFile: string | undefined,
  io: CliIO,
): Promise<Registries> {
  const units = workbookSheets.filter((sheet) => sheet.name === UNIT_SHEET);
  if (unitsFile) units.push(await firstSheet(unitsFile));
  const statuses = workbookSheets.filter((sheet) => sheet.name === STATUS_SHEET);
  if (statusesFile) statuses.push(await firstSheet(statusesFile));
  const { registry, vocabulary, problems } = registriesFrom(units, statuses);
  for (const { sheet, problem } of problems) io.err(settingsProblemMessage(problem, sheet));
  return { registry, vocabulary };
}
