/**
 * What the pane does beyond checking a sheet: lag flags, the prior-year comparison, plan import and the
 * summary tabs. These need most of the engine (matching, targets, the bundled years), so the pane loads
 * this module when one of them is first used (workflows.ts, App.tsx), not with its first screen.
 */
import type { UnitSummary } from "../engine/aggregate";
import { resolveAsOf, type AsOf, type LagResult } from "../engine/lag";
import { analyzeWorkbook, comparePriorYear, defaultPriorSpec, isUserSheet, lagOfSheet, placeTabs, tasksOfProse, tasksOfSheets, type PriorYearMatch, type YearTask } from "../engine/pipeline";
import { recognizeSheet } from "../engine/recognize";
import { OWNER_SHEET, ownedTabs } from "../engine/summary";
import type { TaskRecord } from "../engine/tasks";
import { BUILTIN_PREFIX, builtinSource, builtinYears, parseBuiltinSpec } from "../engine/history";
import { planIndicators, planIndicatorSheet, planYear } from "../engine/prose/planIndicators";
import type { WorkbookPort } from "../host/port";
import { readIfPresent, workbookRegistries } from "./workflows";

/** The sheets a clerk works in: not settings, not the add-in's own, not tabs it generated. */
export async function userSheetNames(workbook: WorkbookPort): Promise<string[]> {
  const names = await workbook.sheetNames();
  const owned = new Set(ownedTabs(await readIfPresent(workbook, names, OWNER_SHEET)));
  return names.filter((n) => isUserSheet(n, owned));
}

export interface LagView {
  asOf: AsOf;
  results: { result: LagResult; task: TaskRecord }[];
}

/** Lag flags of the active sheet's progress tables, against the given as-of date or the one its title names. */
export async function lagOfActiveSheet(workbook: WorkbookPort, asOfDate?: string): Promise<LagView> {
  const sheet = await workbook.activeSheetName();
  const grid = await workbook.readSheet(sheet);
  const { vocabulary } = await workbookRegistries(workbook);
  const { asOf, lag } = lagOfSheet(grid, recognizeSheet(grid), vocabulary, { asOf: asOfDate });
  return { asOf: asOf ?? resolveAsOf({ given: asOfDate }), results: lag };
}

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
async function priorTasks(workbook: WorkbookPort, source: string): Promise<YearTask[]> {
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

/** The built-in sources the pane offers beside the workbook's sheets, newest first. */
export function builtinPriorChoices(label: (year: number) => string): { value: string; label: string }[] {
  return builtinYears()
    .reverse()
    .map((year) => ({ value: `${BUILTIN_PREFIX}${year}`, label: label(year) }));
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

export interface SummaryOptions {
  asOf?: string;
  leadOnly?: boolean;
  /** Last year's tasks for 上年对比: a sheet of this workbook, or "builtin:YEAR". */
  priorSheet?: string;
}

export interface SummaryResult {
  /** The names the tabs got (a user's sheet is never replaced, so a tab may be named 部门汇总(2)). */
  written: string[];
  /** The by-unit counts the 部门汇总 tab shows. */
  units: UnitSummary[];
}

/** Writes the summary tabs of every user sheet. */
export async function generateSummary(workbook: WorkbookPort, options: SummaryOptions = {}): Promise<SummaryResult> {
  const names = await workbook.sheetNames();
  const owner = await readIfPresent(workbook, names, OWNER_SHEET);
  const owned = new Set(ownedTabs(owner));
  const userNames = names.filter((n) => isUserSheet(n, owned) && n !== options.priorSheet);
  const grids = await Promise.all(userNames.map((n) => workbook.readSheet(n)));
  const { registry, vocabulary } = await workbookRegistries(workbook, names, grids);
  const registries = { registry, vocabulary };
  const priorYear = options.priorSheet ? [{ sheets: userNames, prior: await priorTasks(workbook, options.priorSheet) }] : undefined;
  const analysis = analyzeWorkbook(grids, { ...registries, asOf: options.asOf, leadOnly: options.leadOnly, priorYear });
  const placed = placeTabs(analysis.tabs, names, owner);
  await workbook.writeSheets(placed);
  return { written: placed.filter((t) => !t.veryHidden).map((t) => t.name), units: analysis.aggregation.units };
}

