import * as path from "node:path";
import type { SheetGrid } from "../engine/grid";
import { extendVocabulary, defaultVocabulary, vocabularyFromSheet, type StatusVocabulary } from "../engine/status/vocabulary";
import { builtinRegistry, extendRegistry, type UnitRegistry } from "../engine/units/registry";
import { unitEntriesFromSheet } from "../engine/units/userRegistry";
import { settingsProblemMessage } from "../engine/settings/settingsSheet";
import { openWorkbookFile } from "../host/files";
import type { CliIO } from "./io";

/** Sheets the user keeps inside the workbook to extend the built-in registry and vocabulary. */
export const UNIT_SHEET = "单位名录";
export const STATUS_SHEET = "状态词表";

export interface Registries {
  registry: UnitRegistry;
  vocabulary: StatusVocabulary;
}

/** Sheets that hold settings, not tasks: never validated or summarised. */
export function isSettingsSheet(name: string): boolean {
  return name === UNIT_SHEET || name === STATUS_SHEET;
}

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
  let registry = builtinRegistry();
  let vocabulary = defaultVocabulary();
  const unitSources: SheetGrid[] = workbookSheets.filter((sheet) => sheet.name === UNIT_SHEET);
  if (unitsFile) unitSources.push(await firstSheet(unitsFile));
  for (const sheet of unitSources) {
    const { entries, problems } = unitEntriesFromSheet(sheet.values);
    for (const problem of problems) io.err(settingsProblemMessage(problem, sheet.name));
    registry = extendRegistry(registry, entries);
  }
  const statusSources: SheetGrid[] = workbookSheets.filter((sheet) => sheet.name === STATUS_SHEET);
  if (statusesFile) statusSources.push(await firstSheet(statusesFile));
  for (const sheet of statusSources) {
    const { entries, problems } = vocabularyFromSheet(sheet.values);
    for (const problem of problems) io.err(settingsProblemMessage(problem, sheet.name));
    vocabulary = extendVocabulary(vocabulary, entries);
  }
  return { registry, vocabulary };
}

export function fileLabel(file: string): string {
  return path.basename(file);
}
