import type { SheetGrid } from "../grid";
import { BUILTIN_PREFIX, builtinYearBefore } from "../history";
import { compareTargets, describeChange, matchTasks, type MatchEvidence, type MatchDoc } from "../matching";
import type { PlanSentence } from "../prose/planSentences";
import { recognizeSheet } from "../recognize";
import type { PriorComparisonRow } from "../summary";
import { targetMemo, type TargetsOf } from "../targets";
import { taskTargetText } from "../tasks";
import type { UnitRegistry } from "../units/registry";
import { sheetYear } from "../validate/validateSheet";
import { taskSheet, type TaskSheet } from "./taskSheet";

/** A task of either year, from a sheet or from plan prose, with where it came from. */
export interface YearTask {
  /** The file (or workbook) it came from, as shown to the user. */
  source: string;
  sheet: string | null;
  row: number;
  seq: string | null;
  task: string;
  /** The text its targets are read from (an indicator with its 目标 cell). */
  targetText: string;
  units: string[];
}

/** The tasks of sheets already read, as coming from `source`. */
export function yearTasksOf(source: string, sheets: readonly TaskSheet[]): YearTask[] {
  const tasks: YearTask[] = [];
  for (const sheet of sheets) {
    for (const table of sheet.tableTasks) {
      for (const t of table) tasks.push({ source, sheet: sheet.grid.name, row: t.row, seq: t.seq, task: t.text, targetText: taskTargetText(t), units: t.units });
    }
  }
  return tasks;
}

export function tasksOfSheets(source: string, grids: readonly SheetGrid[]): YearTask[] {
  return yearTasksOf(source, grids.map(taskSheet));
}

export function tasksOfProse(source: string, sentences: readonly PlanSentence[]): YearTask[] {
  return sentences.map((s) => ({ source, sheet: null, row: s.line, seq: null, task: s.text, targetText: s.text, units: [] }));
}

export interface TargetChangeJson {
  metric: string;
  unit: string;
  prior: number;
  current: number;
  delta: number;
  deltaKind: string;
  text: string;
}

export interface PriorYearMatch {
  current: YearTask;
  prior: { task: YearTask; score: number; evidence: MatchEvidence }[];
  changes: TargetChangeJson[];
  /** Targets with no comparable partner, as written: shown side by side (null when there is no prior task). */
  sideBySide: { current: string[]; prior: string[] } | null;
}

export interface CompareOptions {
  /** Shared with the rest of the job: lag detection reads the same task texts' targets. */
  targetsOf?: TargetsOf;
  /** Whether the evidence lists shared phrases (MatchOptions.phrases): only where a reviewer reads them. */
  phrases?: boolean;
}

/** Each current task beside its prior-year task(s), with the change of every comparable target. */
export function comparePriorYear(current: readonly YearTask[], prior: readonly YearTask[], registry: UnitRegistry, { targetsOf = targetMemo(), phrases = true }: CompareOptions = {}): PriorYearMatch[] {
  const doc = (t: YearTask, key: number): MatchDoc => ({ key: String(key), seq: t.seq ?? "", text: t.task, units: t.units });
  const matches = matchTasks(current.map(doc), prior.map(doc), { canonicalUnit: (name) => registry.canonical(name), targetsOf, phrases });
  return matches.map((match, i) => {
    const kept = match.prior.map((c) => ({ task: prior[Number(c.key)], score: c.score, evidence: c.evidence }));
    const comparison = compareTargets(targetsOf(current[i].targetText), kept.flatMap((p) => targetsOf(p.task.targetText)));
    return {
      current: current[i],
      prior: kept,
      changes: comparison.changes.map((c) => ({ metric: c.metric, unit: c.unit, prior: c.prior, current: c.current, delta: c.delta, deltaKind: c.deltaKind, text: describeChange(c) })),
      sideBySide: kept.length === 0 ? null : { current: comparison.currentOnly.map((t) => t.raw), prior: comparison.priorOnly.map((t) => t.raw) },
    };
  });
}

const where = (t: YearTask) => `${t.source}${t.sheet ? ` ${t.sheet}` : ""} ${t.seq ? `序号 ${t.seq}` : `第 ${t.row} 行`}`.trim();

/** Rows of the 上年对比 tab: every current task with a prior task. */
export function priorComparisonRows(matches: readonly PriorYearMatch[]): PriorComparisonRow[] {
  return matches
    .filter((m) => m.prior.length > 0 && m.current.sheet !== null)
    .map((m) => ({
      sheet: m.current.sheet as string,
      row: m.current.row,
      seq: m.current.seq ?? "",
      task: m.current.task,
      priorTask: m.prior.map((p) => p.task.task).join("\n"),
      priorSource: m.prior.map((p) => where(p.task)).join("\n"),
      score: m.prior[0].score,
      changes: [...m.changes.map((c) => c.text), ...(m.sideBySide && (m.sideBySide.current.length || m.sideBySide.prior.length) ? [`未能比较：今年 ${m.sideBySide.current.join("、") || "—"}；上年 ${m.sideBySide.prior.join("、") || "—"}`] : [])].join("\n"),
    }));
}

/**
 * The prior-year source used for a sheet when the user chose none: the bundled year before the sheet's (its
 * title or name says the year), as "builtin:YEAR", or null when none is bundled before it.
 */
export function defaultPriorSpec(grid: SheetGrid): string | null {
  const year = sheetYear(recognizeSheet(grid).tables[0]?.title ?? null, grid.name);
  const prior = builtinYearBefore(year);
  return prior === null ? null : `${BUILTIN_PREFIX}${prior}`;
}
