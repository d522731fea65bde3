import type { SheetGrid } from "../grid";
import { workbookPlace, type Place } from "../place";
import { defaultVocabulary, extendVocabulary, type StatusVocabulary } from "../status/vocabulary";
import { builtinRegistry, createRegistry, extendRegistry, type UnitRegistry } from "../units/registry";
import type { SettingsProblem } from "./settingsSheet";
import { vocabularyFromSheet } from "./statusSheet";
import { unitEntriesFromSheet } from "./unitSheet";

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

const NO_UNITS = createRegistry([]);

/**
 * The unit registry a place starts from: Jiaxing's built-in units only for Jiaxing city's own sheets. Anywhere
 * else — a district of Jiaxing included, whose bare 教育局 is its own bureau, not 市教育局 — the workbook is its
 * own registry: its 单位名录 sheet if it has one, and the units its cells name (see the units/variant rule).
 */
export function placeRegistry(place: Pick<Place, "jiaxing"> | null): UnitRegistry {
  return place?.jiaxing ? builtinRegistry() : NO_UNITS;
}

/**
 * The place's registry (placeRegistry) and the built-in vocabulary, extended by settings sheets, in order (a
 * later sheet wins). Each sheet is used by its role: `units` sheets for units, `statuses` sheets for statuses.
 * Rows that cannot be read are returned as problems with their sheet, never fatal.
 */
export function registriesFrom(
  units: readonly SheetGrid[],
  statuses: readonly SheetGrid[],
  place: Pick<Place, "jiaxing"> | null,
): Registries & { problems: { sheet: string; problem: SettingsProblem }[] } {
  let registry = placeRegistry(place);
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

export interface WorkbookRegistries extends Registries {
  /** The place the workbook's own sheets say they belong to: it decides whose units the registry knows. */
  place: Place;
  problems: { sheet: string; problem: SettingsProblem }[];
}

/**
 * The registries of a workbook from its sheets: the place read from the clerk's sheets (with the file's name and
 * `sheetNames`, the names of sheets not given), its registry extended by the workbook's 单位名录 and 状态词表
 * sheets, then by sheets given apart (the command line's --units and --statuses files), a later one winning.
 */
export function workbookRegistries(
  sheets: readonly SheetGrid[],
  options: { fileName?: string; sheetNames?: readonly string[]; unitSheets?: readonly SheetGrid[]; statusSheets?: readonly SheetGrid[] } = {},
): WorkbookRegistries {
  const place = workbookPlace(
    sheets.filter((sheet) => !isSettingsSheet(sheet.name)),
    { fileName: options.fileName, sheetNames: options.sheetNames?.filter((name) => !isSettingsSheet(name)) },
  );
  const units = [...sheets.filter((sheet) => sheet.name === UNIT_SHEET), ...(options.unitSheets ?? [])];
  const statuses = [...sheets.filter((sheet) => sheet.name === STATUS_SHEET), ...(options.statusSheets ?? [])];
  return { ...registriesFrom(units, statuses, place), place };
}
