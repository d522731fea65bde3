import type { SheetGrid } from "../engine/grid";
import * as path from "node:path";
import { workbookRegistries, type WorkbookRegistries } from "../engine/settings/registries";
import { settingsProblemMessage } from "../engine/settings/settingsSheet";
import { openWorkbookForReading } from "../host/files";
import { isSettingsSheet } from "../engine/settings/registries";
import { isSummaryReport } from "../engine/summary";
import { isCompareReport } from "../engine/cycle/compare";
import type { Language } from "../engine/language";
import type { CliIO } from "./io";

export { isSettingsSheet, STATUS_SHEET, UNIT_SHEET, type Registries, type WorkbookRegistries } from "../engine/settings/registries";

/**
 * A sheet of the clerk's data, among those a command read (loadWorkbook leaves the add-in's own out): not a
 * settings sheet (单位名录, 状态词表), nor a copy of a summary tab, which reports on tasks (as the summary reads them).
 */
export const isClerkSheet = (grid: SheetGrid) => !isSettingsSheet(grid.name) && !isSummaryReport(grid) && !isCompareReport(grid);

async function firstSheet(file: string): Promise<SheetGrid> {
  const workbook = await openWorkbookForReading(file);
  const names = await workbook.sheetNames();
  return workbook.readSheet(names[0]);
}

/** The registry sources given on the command line (--units FILE, --statuses FILE): the first sheet of each. */
export async function registrySources(
  unitsFile: string | undefined,
  statusesFile: string | undefined,
): Promise<{ unitSheets: SheetGrid[]; statusSheets: SheetGrid[] }> {
  return { unitSheets: unitsFile ? [await firstSheet(unitsFile)] : [], statusSheets: statusesFile ? [await firstSheet(statusesFile)] : [] };
}

/** Rows of a 单位名录 / 状态词表 that could not be read: reported, not fatal. */
export function reportSettingsProblems(registries: WorkbookRegistries, io: CliIO, language: Language): void {
  for (const { sheet, problem } of registries.problems) io.err(settingsProblemMessage(problem, sheet, language));
}

/**
 * The place of the workbook (from its sheets and FILE's name) with its registry and the built-in vocabulary,
 * extended by the workbook's own 单位名录 / 状态词表 sheets and then by --units / --statuses files (the later
 * source wins). Rows that cannot be read are reported, not fatal.
 */
export async function loadRegistries(
  workbookSheets: readonly SheetGrid[],
  unitsFile: string | undefined,
  statusesFile: string | undefined,
  io: CliIO,
  language: Language,
  file?: string,
): Promise<WorkbookRegistries> {
  const read = workbookRegistries(workbookSheets, {
    fileName: file === undefined ? undefined : path.basename(file),
    ...(await registrySources(unitsFile, statusesFile)),
  });
  reportSettingsProblems(read, io, language);
  return read;
}
