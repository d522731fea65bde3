/**
 * Last year's targets (上年目标): bringing a prior year into the workbook (last year's .xlsx, a plan's text),
 * choosing the source (a sheet of this workbook or the bundled Jiaxing years), and each task of the active
 * sheet beside its prior task(s). Needs matching, targets and the bundled years (most of the engine), so the
 * faces load it on first use (a dynamic import), not with the pane.
 */
import { comparePriorYear, defaultPriorSpec, tasksOfProse, tasksOfSheets, type PriorYearMatch, type YearTask } from "../engine/pipeline";
import { yearOfSheet } from "../engine/pipeline/priorYear";
import { builtinSource, builtinYears, parseBuiltinSpec } from "../engine/history";
import { sheetYear } from "../engine/recognize";
import { planIndicators, planIndicatorSheet, planYear } from "../engine/prose/planIndicators";
import type { WorkbookPort } from "../host/port";
import { defaultPriorGroups } from "./priorDefault";
import { userSheetNames } from "./userSheets";
import { workbookRegistries } from "./workbook";

export interface ImportedPrior {
  /** The sheets the file brought in, as they are named in this workbook. */
  inserted: string[];
  /** The one holding the most tasks: the prior-year source to use ("" when none holds tasks). */
  priorSheet: string;
}

/** Brings last year's .xlsx into the workbook as reference sheets and picks the one with the most tasks. */
export async function importPriorFile(workbook: WorkbookPort, fileName: string, bytes: Uint8Array): Promise<ImportedPrior> {
  const inserted = await workbook.insertSheetsFromFile(fileName, bytes);
  let best = { name: "", tasks: 0 };
  for (const name of inserted) {
    const tasks = tasksOfSheets("", [await workbook.readSheet(name)]).length;
    if (tasks > best.tasks) best = { name, tasks };
  }
  return { inserted, priorSheet: best.name };
}

/**
 * The tasks of a prior-year source: a sheet of this workbook, or the bundled Jiaxing material of a year
 * ("builtin:2021", its tables and its plan), for a workbook that has no prior year of its own.
 */
export async function priorTasks(workbook: WorkbookPort, source: string): Promise<YearTask[]> {
  const builtin = parseBuiltinSpec(source);
  if (!builtin) return tasksOfSheets("", [await workbook.readSheet(source)]);
  // The pane offers only the bundled years; another can come only from a setting saved by a later version.
  const bundled = builtin.year === null ? null : builtinSource(builtin.year);
  if (!bundled) throw new Error(`no built-in material for ${source}`);
  return [...tasksOfSheets(bundled.name, bundled.sheets), ...(bundled.planName ? tasksOfProse(bundled.planName, bundled.sentences) : [])];
}

/**
 * The prior-year source used when the clerk chose none: the bundled year before the active sheet's (its title
 * or name says the year), or null when none is bundled before it.
 */
export async function defaultPriorSource(workbook: WorkbookPort): Promise<string | null> {
  const grid = await workbook.readSheet(await workbook.activeSheetName());
  const { place } = await workbookRegistries(workbook, undefined, [grid]);
  return defaultPriorSpec(grid, place);
}

/** What the pane offers as last year's tasks for the active sheet. */
export interface PriorChoices {
  /** The active sheet's year (its first table's title, else its name), null when neither says one. */
  year: number | null;
  /** The clerk's other sheets of an earlier year (all with a known year when `year` is null), latest year first. */
  earlier: { name: string; year: number }[];
  /** The built-in years before the sheet's, newest first: only for Jiaxing's sheets (empty elsewhere). */
  builtin: number[];
  /** The source used when none is chosen ("builtin:2021"), or null when there is none (then a sheet must be chosen). */
  auto: string | null;
  /** Other sheets whose title and name say no year: offered after the rest, marked as such. */
  unknown: string[];
}

/**
 * The prior-year sources that make sense for the active sheet: the clerk's sheets of an earlier year (not this
 * year's other tables), then the bundled years where the place allows, then the sheets of no known year. A
 * sheet whose name says its year is taken at its word; the others are read for their title (reading every
 * sheet would cost the pane a round trip each).
 */
export async function priorChoices(workbook: WorkbookPort): Promise<PriorChoices> {
  const [names, active] = await Promise.all([userSheetNames(workbook), workbook.activeSheetName()]);
  const grid = await workbook.readSheet(active);
  const year = yearOfSheet(grid);
  const { place } = await workbookRegistries(workbook, undefined, [grid]);
  const others = await sheetYears(
    workbook,
    names.filter((name) => name !== active),
  );
  return earlierThan(year, others, place?.jiaxing ?? false, defaultPriorSpec(grid, place));
}

/**
 * The same for the whole workbook (汇总 analyses every sheet): "this year" is the latest year a sheet says, so
 * its tables are never offered as last year; a chosen sheet is left out of the analysis. The default compares
 * each sheet with the bundled year before its own, where the place has one.
 */
export async function workbookPriorChoices(workbook: WorkbookPort): Promise<PriorChoices> {
  const names = await userSheetNames(workbook);
  const grids = await Promise.all(names.map((name) => workbook.readSheet(name)));
  const { place } = await workbookRegistries(workbook, undefined, grids);
  const years = grids.map((grid) => ({ name: grid.name, year: sheetYear(null, grid.name) ?? yearOfSheet(grid) }));
  const known = years.flatMap((s) => (s.year === null ? [] : [s.year]));
  const latest = known.length > 0 ? Math.max(...known) : null;
  const auto = defaultPriorGroups(grids, { jiaxing: place?.jiaxing ?? false })[0]?.spec ?? null;
  return earlierThan(latest, years, place?.jiaxing ?? false, auto);
}

async function sheetYears(workbook: WorkbookPort, names: readonly string[]): Promise<{ name: string; year: number | null }[]> {
  const years: { name: string; year: number | null }[] = [];
  for (const name of names) years.push({ name, year: sheetYear(null, name) ?? yearOfSheet(await workbook.readSheet(name)) });
  return years;
}

function earlierThan(year: number | null, sheets: readonly { name: string; year: number | null }[], jiaxing: boolean, auto: string | null): PriorChoices {
  const earlier: PriorChoices["earlier"] = [];
  const unknown: string[] = [];
  for (const { name, year: found } of sheets) {
    if (found === null) unknown.push(name);
    else if (year === null || found < year) earlier.push({ name, year: found });
  }
  // Latest year first; the workbook's order within a year (sort is stable).
  earlier.sort((a, b) => b.year - a.year);
  const builtin = jiaxing ? builtinYears().filter((y) => year === null || y < year) : [];
  return { year, earlier, builtin: builtin.reverse(), auto, unknown };
}

/** The active sheet's tasks beside those of a prior-year source (a sheet of this workbook, or built in). */
export async function priorYearOfActiveSheet(workbook: WorkbookPort, priorSource: string): Promise<PriorYearMatch[]> {
  const current = await workbook.readSheet(await workbook.activeSheetName());
  const { registry } = await workbookRegistries(workbook, undefined, [current]);
  // The pane shows scores and target changes, not the shared phrases.
  return comparePriorYear(tasksOfSheets("", [current]), await priorTasks(workbook, priorSource), registry, { phrases: false });
}

export interface ImportedPlan {
  /** The new sheet's name; null when the text holds no numeric target (nothing was written). */
  sheet: string | null;
  year: number | null;
  indicators: number;
}

/** A plan's text (pasted or read from a .txt) as an indicator sheet (指标 | 目标 | 原文) added to the workbook. */
export async function importPlanText(workbook: WorkbookPort, text: string): Promise<ImportedPlan> {
  const indicators = planIndicators(text);
  const year = planYear(text);
  if (indicators.length === 0) return { sheet: null, year, indicators: 0 };
  const names = await workbook.sheetNames();
  const base = `${year ?? ""}计划指标`;
  let sheet = base;
  for (let n = 2; names.some((existing) => existing.toLowerCase() === sheet.toLowerCase()); n++) sheet = `${base}(${n})`;
  await workbook.writeSheets([planIndicatorSheet(sheet, indicators)]);
  return { sheet, year, indicators: indicators.length };
}
