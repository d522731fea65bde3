import type { SheetGrid } from "../grid";
import { defaultVocabulary, extendVocabulary, vocabularyFromSheet, type StatusVocabulary } from "../status/vocabulary";
import { builtinRegistry, extendRegistry, type UnitRegistry } from "../units/registry";
import { unitEntriesFromSheet } from "../units/userRegistry";
import type { SettingsProblem } from "./settingsSheet";

/** Sheets the clerk keeps in the workbook to extend the built-in unit registry and status vocabulary. */
export const UNIT_SHEET = "单位名录";
export const STATUS_SHEET = "状态词表";

/** Sheets that hold settings, not tasks: never validated or summarised. */
export function isSettingsSheet(name: string): boolean {
  return name === UNIT_SHEET || name === STATUS_SHEET;
}

export interface Registries {
  registry: UnitRegistry;
  vocabulary: StatusVocabulary;
}

/**
 * The built-in registry and vocabulary extended by settings sheets, in order (a later sheet wins). Each sheet
 * is used by its role: `units` sheets for units, `statuses` sheets for statuses. Rows that cannot be read are
 * returned as problems with their sheet, never fatal.
 */
export function registriesFrom(
  units: readonly SheetGrid[],
  statuses: readonly SheetGrid[],
): Registries & { problems: { sheet: string; problem: SettingsProblem }[] } {
  let registry = builtinRegistry();
  let vocabulary = defaultVocabulary();
  const problems: { sheet: string; problem: SettingsProblem }[] = [];
  for (const sheet of units) {
    const read = unitEntriesFromSheet(sheet.values);
    problems.push(...read.problems.map((problem) => ({ sheet: sheet.name, problem })));
    registry = extendRegistry(registry, read.entries);
  }
  for (const sheet of statuses) {
    const read = vocabularyFromSheet(sheet.values);
    problems.push(...read.problems.map((problem) => ({ sheet: sheet.name, problem })));
    vocabulary = extendVocabulary(vocabulary, read.entries);
  }
  return { registry, vocabulary, problems };
}
