import type { SheetGrid } from "../grid";
import type { Place } from "../place";
import { BUILTIN_PREFIX, builtinYearBefore } from "../history";
import {
  compareTargets,
  describeChange,
  describeIncomparable,
  describeNotComparable,
  matchTasks,
  type DeltaKind,
  type MatchConfidence,
  type MatchEvidence,
  type MatchDoc,
} from "../matching";
import type { PlanSentence } from "../prose/planSentences";
import { recognizeSheet, sheetYear } from "../recognize";
import type { Language } from "../language";
import { summaryLabels, type PriorComparisonRow, type SummaryLabels } from "../summary";
import { targetMemo, type Incomparable, type Target, type TargetsOf } from "../targets";
import { foldText } from "../text";
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
  deltaKind: DeltaKind;
  /** The line in Chinese, as the JSON has always carried it; `changeLines` words it in other languages. */
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
  /** The whole line as the Chinese tabs and pane show it. */
  text: string;
  /** The reason as data (the words each side has alone, or both units), for the line in another language. */
  incomparable: Incomparable;
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
        incomparable: pair.why,
      })),
      sideBySide: { current: comparison.currentOnly.map((t) => t.raw), prior: comparison.priorOnly.map((t) => t.raw) },
    };
  }
  return result;
}

/** Where a task is, as the 上年对比 tab names it: "上年.xlsx 责任分解 序号 12", or "… 第 30 行" without a 序号. */
const where = (t: YearTask, labels: SummaryLabels) => `${t.source}${t.sheet ? ` ${t.sheet}` : ""} ${inSheet(t, labels)}`.trim();
/** "序号 12", or "第 30 行" for a task without one. */
const inSheet = (t: YearTask, { prior }: SummaryLabels) => (t.seq ? prior.seqAt(t.seq) : prior.rowAt(t.row));

/** Rows of the 上年对比 tab: every current task with a prior task, where the prior tasks are told in the tab's language. */
export function priorComparisonRows(matches: readonly PriorYearMatch[], language: Language = "zh-CN"): PriorComparisonRow[] {
  const labels = summaryLabels(language);
  // A prior task is named in the rows of every current task it matched: its place is written once.
  const placeOf = new Map<YearTask, string>();
  const rows: PriorComparisonRow[] = [];
  // Counted once, as the counts do: the repeat says so first, then shows the same comparison.
  const repeats = repeatedTasks(matches.map((m) => m.current));
  for (const [i, m] of matches.entries()) {
    if (m.prior.length === 0 || m.current.sheet === null) continue;
    const repeated = repeats[i];
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
      changes: [...(repeated ? [labels.prior.repeatOf(repeated.sheet ?? "", inSheet(repeated, labels))] : []), ...changeLines(m, language)].join("\n"),
    });
  }
  return rows;
}

/** The line of the targets left without a partner, per language. */
const NOT_COMPARED: Record<Language, (current: string[], prior: string[]) => string> = {
  "zh-CN": (current, prior) => `未能比较：今年 ${current.join("、") || "—"}；上年 ${prior.join("、") || "—"}`,
  "en-US": (current, prior) => `Not compared: this year ${current.join(", ") || "—"}; prior year ${prior.join(", ") || "—"}`,
};

/**
 * What a match says about its targets, line by line, in the reader's language: each change, then the close
 * pairs that are not comparable (with both targets and why), then the targets left without a partner. Told
 * from the structured fields; metric names and targets stay as written.
 */
export function changeLines(m: Pick<PriorYearMatch, "changes" | "notComparable" | "sideBySide">, language: Language = "zh-CN"): string[] {
  const lines = m.changes.map((c) => describeChange(c, language));
  for (const pair of m.notComparable)
    lines.push(describeNotComparable({ current: { raw: pair.current }, prior: { raw: pair.prior }, why: pair.incomparable }, language));
  const side = m.sideBySide;
  if (side) {
    const inPairs = new Set(m.notComparable.flatMap((pair) => [pair.current, pair.prior]));
    const current = side.current.filter((raw) => !inPairs.has(raw));
    const prior = side.prior.filter((raw) => !inPairs.has(raw));
    if (current.length || prior.length) lines.push(NOT_COMPARED[language](current, prior));
  }
  return lines;
}

/** A task's text as two copies of it are compared: folded (NFKC, no white space), without punctuation or symbols. */
const sameTaskKey = (text: string) =>
  foldText(text)
    .replace(/[\p{P}\p{S}]/gu, "")
    .toLowerCase();

/** How many characters two texts of this length may differ by and still be one task written twice: one in 20. */
const nearLimit = (length: number) => Math.max(1, Math.floor(length / 20));

/** Characters a near copy shares at its start or at its end with the task it copies, to be looked at. */
const ANCHOR = 6;

/** Copies with the same start (or end) looked at for one task: boilerplate openings (深入实施…) are shared by many. */
const ANCHOR_CANDIDATES = 40;

/** The edit distance of a and b when it is at most `limit`, else limit + 1 (a band of the full table). */
export function boundedEditDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = new Array<number>(b.length + 1);
  let current = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    const from = Math.max(1, i - limit);
    const to = Math.min(b.length, i + limit);
    current[from - 1] = from === 1 ? i : limit + 1;
    let best = current[from - 1];
    for (let j = from; j <= to; j++) {
      const substitute = previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1);
      const remove = j <= i + limit - 1 ? previous[j] + 1 : limit + 1;
      const insert = current[j - 1] + 1;
      current[j] = Math.min(substitute, remove, insert);
      if (current[j] < best) best = current[j];
    }
    if (to < b.length) current[to + 1] = limit + 1;
    if (best > limit) return limit + 1;
    [previous, current] = [current, previous];
  }
  return Math.min(previous[b.length], limit + 1);
}

/**
 * For each task, the task of an earlier sheet it repeats, or null: a 上半年执行情况 sheet lists the tasks of
 * the year's 责任分解 again, with their progress. A repeat is the same text once spaces, punctuation and
 * full-width forms are set aside, or a text within one character in 20 of it (a character dropped, a phrase
 * left out) that starts or ends as it does. The 序号 is not asked: a progress sheet numbers its tasks anew.
 * Tasks of one sheet never repeat each other here (that is validation's task/duplicate).
 */
export function repeatedTasks(tasks: readonly YearTask[]): (YearTask | null)[] {
  const result: (YearTask | null)[] = new Array(tasks.length).fill(null);
  const sheets = new Set(tasks.map((t) => t.sheet ?? ""));
  if (sheets.size < 2) return result;
  // Earlier sheets' tasks by their key, and by their first and last characters for near copies.
  const exact = new Map<string, YearTask>();
  const byStart = new Map<string, { key: string; task: YearTask }[]>();
  const byEnd = new Map<string, { key: string; task: YearTask }[]>();
  const keys = tasks.map((t) => sameTaskKey(t.task));
  const order = [...sheets];
  for (const sheet of order) {
    const here: number[] = [];
    for (let i = 0; i < tasks.length; i++) if ((tasks[i].sheet ?? "") === sheet) here.push(i);
    for (const i of here) {
      const key = keys[i];
      if (key === "") continue;
      const same = exact.get(key);
      if (same !== undefined) {
        result[i] = same;
        continue;
      }
      const limit = nearLimit(key.length);
      const seen = new Set<YearTask>();
      for (const candidate of [...(byStart.get(key.slice(0, ANCHOR)) ?? []), ...(byEnd.get(key.slice(-ANCHOR)) ?? [])]) {
        if (seen.has(candidate.task)) continue;
        seen.add(candidate.task);
        const allowed = Math.min(limit, nearLimit(candidate.key.length));
        if (boundedEditDistance(key, candidate.key, allowed) <= allowed) {
          result[i] = candidate.task;
          break;
        }
      }
    }
    // This sheet's tasks become the earlier ones for the sheets after it (the first copy of a text stays).
    for (const i of here) {
      const key = keys[i];
      if (key === "" || result[i] !== null || exact.has(key)) continue;
      exact.set(key, tasks[i]);
      for (const [index, anchor] of [
        [byStart, key.slice(0, ANCHOR)],
        [byEnd, key.slice(-ANCHOR)],
      ] as const) {
        const list = index.get(anchor) ?? [];
        if (list.length < ANCHOR_CANDIDATES) list.push({ key, task: tasks[i] });
        index.set(anchor, list);
      }
    }
  }
  return result;
}

/** A sheet that repeats tasks of an earlier one: how many, and which sheet holds them first. */
export interface RepeatedSheet {
  sheet: string;
  of: string;
  tasks: number;
}

/** What a comparison found, counted as a clerk reads it: each task once. */
export interface PriorCounts {
  /** Every task compared, as the sheets hold them. */
  tasks: number;
  /** Each task once: tasks that repeat one of an earlier sheet (`repeatedTasks`) are counted with it. */
  distinct: number;
  /** The sheets that repeat another's tasks, and how many: tasks − distinct in all. */
  repeated: RepeatedSheet[];
  /** Distinct tasks with a prior task, by how sure the best one is. */
  matched: Record<MatchConfidence, number>;
  /** Distinct tasks with at least one comparable target whose value changed. */
  changed: number;
  /** Distinct tasks whose comparable targets all kept their value (持平). */
  unchanged: number;
  /** Distinct tasks with a pair of close targets that do not measure the same thing (口径不同, 单位不同 …). */
  notComparable: number;
  /** Distinct tasks without a prior task. */
  noPrior: number;
}

/** Whether a match has a comparable target whose value changed (not only 持平). */
export const hasChange = (m: Pick<PriorYearMatch, "changes">) => m.changes.some((c) => c.deltaKind !== "same");

/** The counts of a comparison, each task once (a repeat counts as the task it repeats, with that task's match). */
export function priorCounts(matches: readonly PriorYearMatch[]): PriorCounts {
  const repeats = repeatedTasks(matches.map((m) => m.current));
  const counts: PriorCounts = {
    tasks: matches.length,
    distinct: 0,
    repeated: [],
    matched: { certain: 0, likely: 0, tentative: 0 },
    changed: 0,
    unchanged: 0,
    notComparable: 0,
    noPrior: 0,
  };
  const repeated = new Map<string, RepeatedSheet>();
  for (let i = 0; i < matches.length; i++) {
    const of = repeats[i];
    if (of !== null) {
      const sheet = matches[i].current.sheet ?? "";
      const key = `${sheet}\u0000${of.sheet ?? ""}`;
      const entry = repeated.get(key) ?? { sheet, of: of.sheet ?? "", tasks: 0 };
      entry.tasks++;
      repeated.set(key, entry);
      continue;
    }
    const m = matches[i];
    counts.distinct++;
    if (m.prior.length === 0) counts.noPrior++;
    else counts.matched[m.prior[0].confidence]++;
    if (hasChange(m)) counts.changed++;
    else if (m.changes.length > 0) counts.unchanged++;
    if (m.notComparable.length > 0) counts.notComparable++;
  }
  counts.repeated = [...repeated.values()];
  return counts;
}

/** The year a sheet is of: its first table's title, else its name, says it ("2021年…"); null when neither does. */
export function yearOfSheet(grid: SheetGrid): number | null {
  return sheetYear(recognizeSheet(grid).tables[0]?.title ?? null, grid.name);
}

/**
 * The prior-year source used for a sheet when the user chose none: the bundled year before the sheet's (its
 * title or name says the year), as "builtin:YEAR", or null when none is bundled before it. The bundled years
 * are Jiaxing's: another place's sheet is never compared with them (null), whatever its year.
 */
export function defaultPriorSpec(grid: SheetGrid, place: Pick<Place, "jiaxing"> | null): string | null {
  if (!place?.jiaxing) return null;
  const prior = builtinYearBefore(yearOfSheet(grid));
  return prior === null ? null : `${BUILTIN_PREFIX}${prior}`;
}
