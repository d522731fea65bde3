import type { SheetGrid } from "../grid";
import type { Place } from "../place";
import { BUILTIN_PREFIX, builtinYearBefore } from "../history";
import {
  compareTargets,
  describeChange,
  describeIncomparable,
  describeNotComparable,
  matchTasks,
  type MatchConfidence,
  type MatchEvidence,
  type MatchDoc,
} from "../matching";
import type { PlanSentence } from "../prose/planSentences";
import { recognizeSheet, sheetYear } from "../recognize";
import type { Language } from "../language";
import { summaryLabels, type PriorComparisonRow, type SummaryLabels } from "../summary";
import { targetMemo, type Target, type TargetsOf } from "../targets";
import { taskRecords, taskTargetText, type TaskRecord } from "../tasks";
import type { UnitRegistry } from "../units/registry";

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
  units: readonly string[];
}

export function tasksOfSheets(source: string, grids: readonly SheetGrid[]): YearTask[] {
  return grids.flatMap((grid) => yearTasksOf(source, grid.name, taskRecords(grid, recognizeSheet(grid))));
}

/** A sheet's task records as one year's tasks (the analysis has read the records already). */
export function yearTasksOf(source: string, sheet: string, records: readonly TaskRecord[]): YearTask[] {
  const tasks: YearTask[] = new Array(records.length);
  for (let i = 0; i < records.length; i++) {
    const t = records[i];
    tasks[i] = { source, sheet, row: t.row, seq: t.seq, task: t.text, targetText: taskTargetText(t), units: t.units };
  }
  return tasks;
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

/** Two close targets that do not measure the same thing, as written, with the reason in words. */
export interface NotComparableJson {
  current: string;
  prior: string;
  /** unit | scope | action | metric */
  reason: string;
  /** "口径不同：今年多“制造业中长期”" */
  why: string;
  /** The whole line as the tabs and the pane show it. */
  text: string;
}

export interface PriorYearMatch {
  current: YearTask;
  prior: { task: YearTask; score: number; confidence: MatchConfidence; evidence: MatchEvidence }[];
  changes: TargetChangeJson[];
  /** Close targets that are not comparable: shown with both, never with a change. */
  notComparable: NotComparableJson[];
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
export function comparePriorYear(
  current: readonly YearTask[],
  prior: readonly YearTask[],
  registry: UnitRegistry,
  { targetsOf = targetMemo(), phrases = true }: CompareOptions = {},
): PriorYearMatch[] {
  const doc = (t: YearTask, key: number): MatchDoc => ({ key: String(key), seq: t.seq ?? "", text: t.task, units: t.units });
  const matches = matchTasks(current.map(doc), prior.map(doc), { canonicalUnit: (name) => registry.canonical(name), targetsOf, phrases });
  // A prior task is the partner of several current ones: its targets are looked up once, by its index.
  const priorTargets: (readonly Target[] | undefined)[] = new Array(prior.length);
  const result: PriorYearMatch[] = new Array(matches.length);
  for (let i = 0; i < matches.length; i++) {
    const candidates = matches[i].prior;
    if (candidates.length === 0) {
      // Nothing to compare with: no change, and nothing to show side by side.
      result[i] = { current: current[i], prior: [], changes: [], notComparable: [], sideBySide: null };
      continue;
    }
    const kept = candidates.map((c) => ({ task: prior[Number(c.key)], score: c.score, confidence: c.confidence, evidence: c.evidence }));
    const keptTargets: Target[] = [];
    for (let k = 0; k < candidates.length; k++) {
      const index = Number(candidates[k].key);
      const targets = (priorTargets[index] ??= targetsOf(prior[index].targetText));
      for (let t = 0; t < targets.length; t++) keptTargets.push(targets[t]);
    }
    const comparison = compareTargets(targetsOf(current[i].targetText), keptTargets);
    result[i] = {
      current: current[i],
      prior: kept,
      changes: comparison.changes.map((c) => ({
        metric: c.metric,
        unit: c.unit,
        prior: c.prior,
        current: c.current,
        delta: c.delta,
        deltaKind: c.deltaKind,
        text: describeChange(c),
      })),
      notComparable: comparison.notComparable.map((pair) => ({
        current: pair.current.raw,
        prior: pair.prior.raw,
        reason: pair.why.kind,
        why: describeIncomparable(pair.why),
        text: describeNotComparable(pair),
      })),
      sideBySide: { current: comparison.currentOnly.map((t) => t.raw), prior: comparison.priorOnly.map((t) => t.raw) },
    };
  }
  return result;
}

/** Where a task is, as the 上年对比 tab names it: "上年.xlsx 责任分解 序号 12", or "… 第 30 行" without a 序号. */
const where = (t: YearTask, { prior }: SummaryLabels) => `${t.source}${t.sheet ? ` ${t.sheet}` : ""} ${t.seq ? prior.seqAt(t.seq) : prior.rowAt(t.row)}`.trim();

/** Rows of the 上年对比 tab: every current task with a prior task, where the prior tasks are told in the tab's language. */
export function priorComparisonRows(matches: readonly PriorYearMatch[], language: Language = "zh-CN"): PriorComparisonRow[] {
  const labels = summaryLabels(language);
  // A prior task is named in the rows of every current task it matched: its place is written once.
  const placeOf = new Map<YearTask, string>();
  const rows: PriorComparisonRow[] = [];
  for (const m of matches) {
    if (m.prior.length === 0 || m.current.sheet === null) continue;
    // Lines joined as they are read, without a list per row: there are as many rows as tasks.
    let priorTask = "";
    let priorSource = "";
    for (let p = 0; p < m.prior.length; p++) {
      const task = m.prior[p].task;
      let place = placeOf.get(task);
      if (place === undefined) placeOf.set(task, (place = where(task, labels)));
      priorTask = p === 0 ? task.task : `${priorTask}\n${task.task}`;
      priorSource = p === 0 ? place : `${priorSource}\n${place}`;
    }
    rows.push({
      sheet: m.current.sheet,
      row: m.current.row,
      seq: m.current.seq ?? "",
      task: m.current.task,
      priorTask,
      priorSource,
      score: m.prior[0].score,
      confidence: m.prior[0].confidence,
      changes: changeLines(m).join("\n"),
    });
  }
  return rows;
}

/**
 * What a match says about its targets, line by line: each change, then the close pairs that are not comparable
 * (with both targets and why), then the targets left without a partner.
 */
export function changeLines(m: Pick<PriorYearMatch, "changes" | "notComparable" | "sideBySide">): string[] {
  const lines = m.changes.map((c) => c.text);
  for (const pair of m.notComparable) lines.push(pair.text);
  const side = m.sideBySide;
  if (side) {
    const inPairs = new Set(m.notComparable.flatMap((pair) => [pair.current, pair.prior]));
    const current = side.current.filter((raw) => !inPairs.has(raw));
    const prior = side.prior.filter((raw) => !inPairs.has(raw));
    if (current.length || prior.length) lines.push(`未能比较：今年 ${current.join("、") || "—"}；上年 ${prior.join("、") || "—"}`);
  }
  return lines;
}

/**
 * The prior-year source used for a sheet when the user chose none: the bundled year before the sheet's (its
 * title or name says the year), as "builtin:YEAR", or null when none is bundled before it. The bundled years
 * are Jiaxing's: another place's sheet is never compared with them (null), whatever its year.
 */
export function defaultPriorSpec(grid: SheetGrid, place: Pick<Place, "jiaxing"> | null): string | null {
  if (!place?.jiaxing) return null;
  const year = sheetYear(recognizeSheet(grid).tables[0]?.title ?? null, grid.name);
  const prior = builtinYearBefore(year);
  return prior === null ? null : `${BUILTIN_PREFIX}${prior}`;
}
