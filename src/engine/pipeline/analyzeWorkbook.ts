import { aggregateByUnit, type Aggregation } from "../aggregate";
import type { SheetGrid } from "../grid";
import type { AsOf, LagResult, LagSettings } from "../lag";
import type { Language } from "../language";
import { recognizeSheet, type SheetRecognition } from "../recognize";
import type { StatusVocabulary } from "../status/vocabulary";
import { targetMemo } from "../targets";
import { lagOfSheet } from "./sheetLag";
import type { SheetLayout } from "../layout";
import { buildSummaryTabs, type PriorComparisonRow } from "../summary";
import { comparePriorYear, priorComparisonRows, yearTasksOf, type PriorYearMatch, type YearTask } from "./priorYear";
import { taskRecords, type TaskRecord } from "../tasks";
import type { UnitRegistry } from "../units/registry";
import { validateSheet, type Issue } from "../validate";

export interface AnalyzeOptions {
  registry: UnitRegistry;
  vocabulary: StatusVocabulary;
  /** yyyy-mm-dd, when the reviewer gives it; otherwise read from titles or texts. */
  asOf?: string;
  leadOnly?: boolean;
  lagSettings?: LagSettings;
  /** Last year's tasks to compare with, per group of sheets (the 上年对比 tab); none when absent. */
  priorYear?: readonly PriorYearPlan[];
  /** The summary tabs' language; Chinese when absent. */
  language?: Language;
  /** yyyy-mm-dd, the day the tabs are made (the app's clock), in their titles; none when absent. */
  madeOn?: string;
  /**
   * Whether to lay out the summary tabs (default true). A job that writes none and shows none leaves them out:
   * at 50,000 rows they hold about 65 MB.
   */
  layTabs?: boolean;
  /**
   * Called once the prior-year matching is done and its scratch (about 130 MB of typed arrays at 50,000 rows)
   * dropped. V8 frees such arrays only at a full collection, which a job's later steps rarely cause: a batch
   * host that can ask for one (the command line) does it here, and the job's peak falls by that much.
   */
  afterMatching?: () => void;
}

/** The sheets (by name) whose tasks are compared with one set of last year's tasks. */
export interface PriorYearPlan {
  sheets: readonly string[];
  prior: readonly YearTask[];
}

export interface SheetAnalysis {
  grid: SheetGrid;
  recognition: SheetRecognition;
  tasks: TaskRecord[];
  issues: Issue[];
}

export interface WorkbookAnalysis {
  sheets: SheetAnalysis[];
  /** The as-of date of the first progress table (each table is judged against its own). */
  asOf: AsOf | null;
  lag: { result: LagResult; task: TaskRecord }[];
  aggregation: Aggregation;
  /** Per prior-year plan, in its order: every task of its sheets beside its prior-year task(s), if any. */
  priorYear: PriorYearMatch[][];
  tabs: SheetLayout[];
}

/**
 * The whole job on plain grids: recognise, validate, flag lag in progress tables, compare with last year,
 * aggregate by unit (the progress tables when there are any, else every task table), and lay out the summary
 * tabs. Each sheet is recognised once for every step.
 */
export function analyzeWorkbook(grids: readonly SheetGrid[], options: AnalyzeOptions): WorkbookAnalysis {
  const sheets: SheetAnalysis[] = [];
  const lag: { result: LagResult; task: TaskRecord }[] = [];
  let asOf: AsOf | null = null;
  // The prior-year step and lag detection read the same task texts' targets: read once.
  const targetsOf = targetMemo();
  const recognitions = grids.map((grid) => recognizeSheet(grid));
  // Matching first, on task lists of its own, dropped with it: at 50,000 rows its scratch is the peak of the
  // job, and task records held through it (to share with lag) put 50 MB on that peak to save about 7 ms at 10,000 rows.
  const priorYear = (options.priorYear ?? []).map((plan) => {
    const current: YearTask[] = [];
    for (let i = 0; i < grids.length; i++) {
      if (!plan.sheets.includes(grids[i].name)) continue;
      // The current tasks are this workbook's: they need no source name.
      for (const task of yearTasksOf("", grids[i].name, taskRecords(grids[i], recognitions[i]))) current.push(task);
    }
    return comparePriorYear(current, plan.prior, options.registry, { targetsOf, phrases: false });
  });
  if (priorYear.length > 0) options.afterMatching?.();
  for (let i = 0; i < grids.length; i++) {
    const grid = grids[i];
    const recognition = recognitions[i];
    const issues = validateSheet(grid, { registry: options.registry, vocabulary: options.vocabulary, recognition });
    const sheetLag = lagOfSheet(grid, recognition, options.vocabulary, { asOf: options.asOf, settings: options.lagSettings, targetsOf });
    asOf ??= sheetLag.asOf;
    // A loop, not push(...): a spread of tens of thousands of arguments can overflow the stack.
    for (const flagged of sheetLag.lag) lag.push(flagged);
    sheets.push({ grid, recognition, tasks: sheetLag.tasks, issues });
  }
  const counted =
    lag.length > 0
      ? lag.map(({ task, result }) => ({ task, lag: result }))
      : sheets.flatMap((s) => s.tasks.filter((t) => t.kind === "tasks" || t.kind === "projects").map((task) => ({ task })));
  const aggregation = aggregateByUnit(counted, options.registry, { leadOnly: options.leadOnly });
  if (options.layTabs === false) return { sheets, asOf, lag, aggregation, priorYear, tabs: [] };
  const prior = options.priorYear === undefined ? undefined : inSheetOrder(priorComparisonRows(priorYear.flat(), options.language), grids);
  const tabs = buildSummaryTabs(
    { asOf, aggregation, lag, issues: sheets.flatMap((s) => s.issues), prior },
    { language: options.language, madeOn: options.madeOn },
  );
  return { sheets, asOf, lag, aggregation, priorYear, tabs };
}

/** The 上年对比 rows by sheet in the workbook's order, then by row: the plans may group the sheets otherwise. */
function inSheetOrder(rows: PriorComparisonRow[], grids: readonly SheetGrid[]): PriorComparisonRow[] {
  const order = new Map(grids.map((grid, i) => [grid.name, i]));
  return rows.sort((a, b) => (order.get(a.sheet) ?? grids.length) - (order.get(b.sheet) ?? grids.length) || a.row - b.row);
}
