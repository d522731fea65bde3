import { aggregateByUnit, type Aggregation } from "../aggregate";
import type { SheetGrid } from "../grid";
import type { AsOf, LagResult, LagSettings } from "../lag";
import type { SheetRecognition } from "../recognize";
import type { StatusVocabulary } from "../status/vocabulary";
import { targetMemo, type TargetsOf } from "../targets";
import { lagOfSheet } from "./sheetLag";
import { comparePriorYear, priorComparisonRows, yearTasksOf, type PriorYearMatch, type YearTask } from "./priorYear";
import { buildSummaryTabs, type SheetLayout } from "../summary";
import type { TaskRecord } from "../tasks";
import { taskSheet, type TaskSheet } from "./taskSheet";
import type { UnitRegistry } from "../units/registry";
import { validateSheet, type Issue } from "../validate";

/** Last year's tasks for some of the sheets analysed (sheets of different years compare with different years). */
export interface PriorYearGroup {
  /** Names of the analysed sheets whose tasks are matched against these. */
  sheets: readonly string[];
  tasks: readonly YearTask[];
}

export interface AnalyzeOptions {
  registry: UnitRegistry;
  vocabulary: StatusVocabulary;
  /** yyyy-mm-dd, when the reviewer gives it; otherwise read from titles or texts. */
  asOf?: string;
  leadOnly?: boolean;
  lagSettings?: LagSettings;
  /** Last year's tasks, for the 上年对比 tab; no prior-year step when absent. */
  priorYear?: readonly PriorYearGroup[];
  /** The file the sheets come from, as this year's tasks name it in prior-year matches. */
  source?: string;
}

export interface SheetAnalysis {
  grid: SheetGrid;
  recognition: SheetRecognition;
  tasks: TaskRecord[];
  issues: Issue[];
}

export interface PriorYearResult {
  /** For each group of `AnalyzeOptions.priorYear`, in order: its sheets' tasks and how many found a prior task. */
  groups: { tasks: number; matched: number }[];
  /** Every task that found a prior task, group by group. */
  matches: PriorYearMatch[];
}

export interface WorkbookAnalysis {
  sheets: SheetAnalysis[];
  /** The as-of date of the first progress table (each table is judged against its own). */
  asOf: AsOf | null;
  lag: { result: LagResult; task: TaskRecord }[];
  aggregation: Aggregation;
  /** Null when no prior year was given. */
  priorYear: PriorYearResult | null;
  tabs: SheetLayout[];
}

function priorYearOf(sheets: readonly TaskSheet[], groups: readonly PriorYearGroup[], options: AnalyzeOptions, targetsOf: TargetsOf): PriorYearResult {
  const result: PriorYearResult = { groups: [], matches: [] };
  for (const group of groups) {
    const current = yearTasksOf(options.source ?? "", sheets.filter((s) => group.sheets.includes(s.grid.name)));
    // The tabs and the analysis show scores and target changes, not the shared phrases.
    const matches = comparePriorYear(current, group.tasks, options.registry, { targetsOf, phrases: false }).filter((m) => m.prior.length > 0);
    result.groups.push({ tasks: current.length, matched: matches.length });
    for (const m of matches) result.matches.push(m);
  }
  return result;
}

/**
 * The whole job on plain grids: recognise, match last year's tasks, validate, flag lag in progress tables,
 * aggregate by unit (the progress tables when there are any, else every task table), and lay out the summary
 * tabs. Each sheet is recognised and cut into tasks once for every step.
 */
export function analyzeWorkbook(grids: readonly SheetGrid[], options: AnalyzeOptions): WorkbookAnalysis {
  const read = grids.map(taskSheet);
  // The prior-year step and lag detection read the same task texts' targets: read once.
  const targetsOf = targetMemo();
  const priorYear = options.priorYear ? priorYearOf(read, options.priorYear, options, targetsOf) : null;
  const sheets: SheetAnalysis[] = [];
  const lag: { result: LagResult; task: TaskRecord }[] = [];
  let asOf: AsOf | null = null;
  for (const sheet of read) {
    const issues = validateSheet(sheet.grid, { registry: options.registry, vocabulary: options.vocabulary, recognition: sheet.recognition });
    const sheetLag = lagOfSheet(sheet, options.vocabulary, { asOf: options.asOf, settings: options.lagSettings, targetsOf });
    asOf ??= sheetLag.asOf;
    // A loop, not push(...): a spread of tens of thousands of arguments can overflow the stack.
    for (const flagged of sheetLag.lag) lag.push(flagged);
    sheets.push({ grid: sheet.grid, recognition: sheet.recognition, tasks: sheetLag.tasks, issues });
  }
  const counted = lag.length > 0 ? lag.map(({ task, result }) => ({ task, lag: result })) : sheets.flatMap((s) => s.tasks.filter((t) => t.kind === "tasks" || t.kind === "projects").map((task) => ({ task })));
  const aggregation = aggregateByUnit(counted, options.registry, { leadOnly: options.leadOnly });
  const prior = priorYear ? priorComparisonRows(priorYear.matches) : undefined;
  const tabs = buildSummaryTabs({ asOf, aggregation, lag, issues: sheets.flatMap((s) => s.issues), prior });
  return { sheets, asOf, lag, aggregation, priorYear, tabs };
}
