import { aggregateByUnit, type Aggregation } from "../aggregate";
import type { SheetGrid } from "../grid";
import type { AsOf, LagResult, LagSettings } from "../lag";
import { recognizeSheet, type SheetRecognition } from "../recognize";
import type { StatusVocabulary } from "../status/vocabulary";
import type { TargetsOf } from "../targets";
import { lagOfSheet } from "./sheetLag";
import { buildSummaryTabs, type PriorComparisonRow, type SheetLayout } from "../summary";
import type { TaskRecord } from "../tasks";
import type { UnitRegistry } from "../units/registry";
import { validateSheet, type Issue } from "../validate";

export interface AnalyzeOptions {
  registry: UnitRegistry;
  vocabulary: StatusVocabulary;
  /** yyyy-mm-dd, when the reviewer gives it; otherwise read from titles or texts. */
  asOf?: string;
  leadOnly?: boolean;
  lagSettings?: LagSettings;
  prior?: readonly PriorComparisonRow[];
  /** Targets already read by the prior-year step of the same job (see targetMemo). */
  targetsOf?: TargetsOf;
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
  tabs: SheetLayout[];
}

/**
 * The whole job on plain grids: recognise, validate, flag lag in progress tables, aggregate by unit (the
 * progress tables when there are any, else every task table), and lay out the summary tabs.
 */
export function analyzeWorkbook(grids: readonly SheetGrid[], options: AnalyzeOptions): WorkbookAnalysis {
  const sheets: SheetAnalysis[] = [];
  const lag: { result: LagResult; task: TaskRecord }[] = [];
  let asOf: AsOf | null = null;
  for (const grid of grids) {
    const recognition = recognizeSheet(grid);
    const issues = validateSheet(grid, { registry: options.registry, vocabulary: options.vocabulary, recognition });
    const sheetLag = lagOfSheet(grid, recognition, options.vocabulary, { asOf: options.asOf, settings: options.lagSettings, targetsOf: options.targetsOf });
    asOf ??= sheetLag.asOf;
    // A loop, not push(...): a spread of tens of thousands of arguments can overflow the stack.
    for (const flagged of sheetLag.lag) lag.push(flagged);
    sheets.push({ grid, recognition, tasks: sheetLag.tasks, issues });
  }
  const counted = lag.length > 0 ? lag.map(({ task, result }) => ({ task, lag: result })) : sheets.flatMap((s) => s.tasks.filter((t) => t.kind === "tasks" || t.kind === "projects").map((task) => ({ task })));
  const aggregation = aggregateByUnit(counted, options.registry, { leadOnly: options.leadOnly });
  const tabs = buildSummaryTabs({ asOf, aggregation, lag, issues: sheets.flatMap((s) => s.issues), prior: options.prior });
  return { sheets, asOf, lag, aggregation, tabs };
}
