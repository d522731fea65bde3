/**
 * 上期对比: the current report set beside the previous period's report of the same task list. Each current task
 * is matched to its previous row (序号 and text, else the matcher), each side judged by the lag detection
 * against its own as-of date, and the pair classified as a reviewer lists them: newly behind, behind both
 * times (连续滞后, the usual trigger for 重点督办), recovered, done since, and a progress text carried over
 * unchanged with the status unchanged (a report not really written); plus tasks new this period and gone.
 */
import { chineseDate } from "../dates";
import { countDice } from "../collections";
import type { CellValue, SheetGrid } from "../grid";
import type { Language } from "../language";
import type { SheetLayout } from "../layout";
import { renderLagReason, resolveAsOf, type AsOf, type LagReason, type LagResult } from "../lag";
import { CONFIDENCE_WORDS, matchTasks, type MatchConfidence, type MatchDoc } from "../matching";
import { lagOfSheet } from "../pipeline/sheetLag";
import { recognizeSheet } from "../recognize";
import { percentText } from "../rounding";
import { CATEGORY_WORDS, type StatusCategory } from "../status/categories";
import type { StatusVocabulary } from "../status/vocabulary";
import { fitColumnWidths } from "../summary/columnWidths";
import { fitCell } from "../summary/fitCells";
import { summaryLabels } from "../summary/labels";
import { dayOf } from "../summary/buildSummary";
import type { TaskRecord } from "../tasks";
import { foldText } from "../text";

/** The headings of 上期对比, in the order the tab lists them. */
export type CompareClass = "stillBehind" | "newlyBehind" | "recovered" | "doneSince" | "notUpdated" | "added" | "gone";
export const COMPARE_CLASSES: readonly CompareClass[] = ["stillBehind", "newlyBehind", "recovered", "doneSince", "notUpdated", "added", "gone"];

/** One report: its tasks with the lag of each (null for a task of a table that reports no progress). */
export interface ReportInput {
  sheet: string;
  asOf: AsOf | null;
  tasks: readonly { task: TaskRecord; lag: LagResult | null }[];
}

/** A task as one report states it. */
export interface TaskState {
  sheet: string;
  row: number;
  seq: string;
  task: string;
  /** 牵头单位 (the units column, lead first) and 配合单位 (a separate co-operating column). */
  units: readonly string[];
  coUnits: readonly string[];
  /** The status cell as written ("" when empty) and what the lag detection makes of the task. */
  status: string;
  category: StatusCategory;
  /** Progress text of every line, joined by a line break. */
  progress: string;
  /** Whether the task's table reports progress at all (a 责任分解 without progress columns does not). */
  judged: boolean;
  behind: boolean;
  done: boolean;
  /** The lag detection's reasons (data; `describeItem` words them). */
  reasons: readonly LagReason[];
}

/** How a current task was paired with its previous row. */
export interface PairMatch {
  /**
   * "same": same 序号 and same text; "text": same text under another 序号; "seq": same 序号 and most of the
   * wording (a task reworded in place); "matcher": the text matcher.
   */
  how: "same" | "text" | "seq" | "matcher";
  confidence: MatchConfidence;
  /** 0–1: the matcher's score, the share of shared wording for "seq", 1 for the same text. */
  score: number;
}

/** How a progress text was carried over: word for word, or with only spaces, punctuation or the period changed. */
export type Carried = "identical" | "punctuation" | "period";

export interface CompareItem {
  /** Empty for a pair with nothing to report; a task can be both 连续滞后 and 进展未更新. */
  classes: CompareClass[];
  current: TaskState | null;
  previous: TaskState | null;
  match: PairMatch | null;
  carried: Carried | null;
  /** A task new this period: the 序号 of the previous task closest to it, too unsure to pair (仅供参考). */
  nearestSeq?: string;
}

export interface Comparison {
  /** Each report's sheet, as-of date, and whether it reports progress (a progress or status column). */
  current: { sheet: string; asOf: AsOf | null; progress: boolean };
  previous: { sheet: string; asOf: AsOf | null; progress: boolean };
  /** Current tasks in their order (each with its previous row or none), then the previous tasks left over. */
  items: CompareItem[];
  counts: Record<CompareClass, number>;
  /** What makes the two reports doubtful as two periods of one list: said above the sections. */
  warnings: CompareWarning[];
}

/**
 * "other-year": the reports speak for different years (two years' lists are set beside each other by 上年对比,
 * not here); "not-earlier": the previous report is not earlier than this one (the two files swapped?).
 */
export type CompareWarning = "other-year" | "not-earlier";

function warningsOf(current: AsOf | null, previous: AsOf | null): CompareWarning[] {
  if (!current?.date || !previous?.date) return [];
  const warnings: CompareWarning[] = [];
  if (current.date.slice(0, 4) !== previous.date.slice(0, 4)) warnings.push("other-year");
  if (previous.date >= current.date) warnings.push("not-earlier");
  return warnings;
}

/** A sheet as one report: recognised, its tasks read and each judged against the sheet's (or the given) as-of date. */
export function reportOfSheet(grid: SheetGrid, vocabulary: StatusVocabulary, options: { asOf?: string; fileName?: string } = {}): ReportInput {
  const sheetLag = lagOfSheet(grid, recognizeSheet(grid), vocabulary, options);
  const lagOf = new Map(sheetLag.lag.map((l) => [l.task, l.result]));
  return {
    sheet: grid.name,
    asOf: sheetLag.asOf ?? (options.asOf ? resolveAsOf({ given: options.asOf }) : null),
    tasks: sheetLag.tasks.map((task) => ({ task, lag: lagOf.get(task) ?? null })),
  };
}

// ---------------------------------------------------------------------------------------------------------
// Matching

/** Text compared for sameness: folded, and without punctuation of any width (a comma retyped is the same text). */
const PUNCTUATION = /[\p{P}\p{S}]/gu;
const plain = (text: string) => foldText(text).replace(PUNCTUATION, "");

/**
 * Periods and dates a clerk updates when carrying a text forward: "1-3月" → "1-6月", "截至3月底" → "截至6月底",
 * "一季度" → "上半年". A text that differs from the previous one only there has not been updated: its figures
 * and words are last period's. Any other change (a figure, a word) counts as an update, however small: a
 * near-identical rule on characters would call "完成投资3.2亿元" → "完成投资5.2亿元" unchanged.
 */
const PERIOD =
  /(?:\d{4}年)?(?:截至|截止|至)?\d{1,2}(?:[-~至到—]\d{1,2})?月(?:份|底|末|中旬|上旬|下旬|\d{1,2}日)?|[一二三四1-4]季度(?:末)?|第[一二三四]季度|上半年|下半年|前三季度|今年以来|年初以来/gu;
const withoutPeriods = (folded: string) => folded.replace(PERIOD, "");

/** Whether the current progress text carries the previous one over, and how closely. */
export function carriedOver(current: string, previous: string): Carried | null {
  if (plain(current) === "") return null;
  if (current === previous) return "identical";
  const a = plain(current);
  const b = plain(previous);
  if (a === b) return "punctuation";
  const pa = withoutPeriods(a);
  return pa !== "" && pa === withoutPeriods(b) ? "period" : null;
}

const keyOf = (t: TaskRecord) => `${t.sheet}!${t.row}`;

/**
 * Under the same 序号, the share of wording from which two texts are one task reworded (Dice over character
 * pairs of the plain text): from 0.8 certain, from 0.6 likely. 打造 → 全力打造 in a sentence of 60 characters
 * keeps 0.97; two different tasks of one section share well under 0.3.
 */
const SEQ_SHARE = { certain: 0.8, likely: 0.6 } as const;

export function sharedWording(a: string, b: string): number {
  const pairsOf = (text: string) => {
    const folded = plain(text);
    const counts = new Map<string, number>();
    for (let i = 0; i + 1 < folded.length; i++) counts.set(folded.slice(i, i + 2), (counts.get(folded.slice(i, i + 2)) ?? 0) + 1);
    return counts;
  };
  return countDice(pairsOf(a), pairsOf(b));
}

/**
 * Each current task's previous row: the same 序号 with the same text first, then the same text under another
 * 序号 (a list renumbered), then the matcher's candidates for the rest (a reworded task): one under the same 序号
 * first, else the best; each previous row used once. A match the matcher is unsure of (仅供参考) pairs nothing: between two reports
 * of one list a task is rarely reworded past recognition, and a wrong pair would report a new task as 已恢复 or
 * 新增滞后; it is kept as the nearest previous task, said beside the new one.
 */
function pairTasks(current: readonly TaskRecord[], previous: readonly TaskRecord[]): Pairing {
  const pairs = new Map<TaskRecord, { task: TaskRecord; match: PairMatch }>();
  const nearest = new Map<TaskRecord, TaskRecord>();
  const used = new Set<TaskRecord>();
  const byText = new Map<string, TaskRecord[]>();
  for (const p of previous) {
    const text = plain(p.text);
    byText.set(text, [...(byText.get(text) ?? []), p]);
  }
  for (const sameSeq of [true, false]) {
    for (const c of current) {
      if (pairs.has(c)) continue;
      const found = (byText.get(plain(c.text)) ?? []).find((p) => !used.has(p) && (!sameSeq || p.seq === c.seq));
      if (found === undefined) continue;
      used.add(found);
      pairs.set(c, { task: found, match: { how: sameSeq ? "same" : "text", confidence: "certain", score: 1 } });
    }
  }
  // The same 序号 with most of the wording kept: a task reworded in place. Told by shared character pairs, not
  // the matcher, which ranks by rare phrases across the whole list and so cannot tell apart near-identical
  // tasks (one per district) that only their 序号 separate.
  const bySeq = new Map<string, TaskRecord[]>();
  for (const p of previous) if (p.seq !== "" && !used.has(p)) bySeq.set(p.seq, [...(bySeq.get(p.seq) ?? []), p]);
  for (const c of current) {
    if (pairs.has(c) || c.seq === "") continue;
    const p = (bySeq.get(c.seq) ?? []).find((t) => !used.has(t));
    if (p === undefined) continue;
    const share = sharedWording(c.text, p.text);
    if (share < SEQ_SHARE.likely) continue;
    used.add(p);
    pairs.set(c, { task: p, match: { how: "seq", confidence: share >= SEQ_SHARE.certain ? "certain" : "likely", score: share } });
  }
  const restCurrent = current.filter((c) => !pairs.has(c));
  const restPrevious = previous.filter((p) => !used.has(p));
  if (restCurrent.length === 0 || restPrevious.length === 0) return { pairs, nearest };
  const doc = (t: TaskRecord): MatchDoc => ({ key: keyOf(t), seq: t.seq, text: t.text, units: t.units });
  const previousByKey = new Map(restPrevious.map((p) => [keyOf(p), p]));
  const currentByKey = new Map(restCurrent.map((c) => [keyOf(c), c]));
  const candidates = matchTasks(restCurrent.map(doc), restPrevious.map(doc), { phrases: false }).flatMap((m) =>
    m.prior.map((p) => ({ current: currentByKey.get(m.key)!, previous: previousByKey.get(p.key)!, score: p.score, confidence: p.confidence })),
  );
  // A candidate under the task's own 序号 first (a reworded task keeps its number; a list of near-identical
  // tasks, one per district, is told apart by it), then the best pairs.
  const sameSeq = (c: (typeof candidates)[number]) => Number(c.current.seq !== "" && c.previous.seq === c.current.seq && c.confidence !== "tentative");
  candidates.sort((a, b) => sameSeq(b) - sameSeq(a) || b.score - a.score);
  for (const c of candidates) {
    if (pairs.has(c.current) || used.has(c.previous)) continue;
    if (c.confidence === "tentative") {
      if (!nearest.has(c.current)) nearest.set(c.current, c.previous);
      continue;
    }
    used.add(c.previous);
    pairs.set(c.current, { task: c.previous, match: { how: "matcher", confidence: c.confidence, score: c.score } });
  }
  // A nearest task another current task was paired with is no hint.
  for (const [c, p] of nearest) if (used.has(p) || pairs.has(c)) nearest.delete(c);
  return { pairs, nearest };
}

interface Pairing {
  pairs: Map<TaskRecord, { task: TaskRecord; match: PairMatch }>;
  /** For a current task left unpaired, the previous task the matcher found closest but too unsure to pair. */
  nearest: Map<TaskRecord, TaskRecord>;
}

// ---------------------------------------------------------------------------------------------------------
// Classifying

function stateOf(task: TaskRecord, lag: LagResult | null): TaskState {
  const category = lag?.category ?? "unknown";
  return {
    sheet: task.sheet,
    row: task.row,
    seq: task.seq,
    task: task.text,
    units: task.units,
    coUnits: task.coUnits,
    status: lag?.status ?? task.lines.find((l) => l.status !== "")?.status ?? "",
    category,
    progress: task.lines
      .map((l) => l.progress)
      .filter((p) => p !== "")
      .join("\n"),
    judged: lag !== null,
    // Behind as the 滞后任务 tab counts it: a red or yellow flag (a status that says so, or figures or words).
    behind: lag !== null && (lag.flag === "red" || lag.flag === "yellow"),
    done: category === "done",
    reasons: lag?.reasons ?? [],
  };
}

/** The headings a pair goes under. */
function classify(current: TaskState, previous: TaskState, carried: Carried | null): CompareClass[] {
  const classes: CompareClass[] = [];
  // A report that states no progress (a 责任分解) says nothing of behind or done: the pair is only matched.
  if (!current.judged || !previous.judged) return classes;
  if (current.done && !previous.done) classes.push("doneSince");
  else if (current.behind && previous.behind) classes.push("stillBehind");
  else if (current.behind) classes.push("newlyBehind");
  else if (previous.behind) classes.push("recovered");
  // A task done both times needs no new words; any other text carried over under the same status does.
  const sameStatus = plain(current.status) === plain(previous.status) && current.category === previous.category;
  if (carried !== null && sameStatus && !(current.done && previous.done)) classes.push("notUpdated");
  return classes;
}

/** The two reports set side by side. */
export function compareReports(current: ReportInput, previous: ReportInput): Comparison {
  const { pairs, nearest } = pairTasks(
    current.tasks.map((t) => t.task),
    previous.tasks.map((t) => t.task),
  );
  const previousLag = new Map(previous.tasks.map((t) => [t.task, t.lag]));
  const items: CompareItem[] = [];
  const matched = new Set<TaskRecord>();
  for (const { task, lag } of current.tasks) {
    const now = stateOf(task, lag);
    const pair = pairs.get(task);
    if (pair === undefined) {
      const near = nearest.get(task);
      items.push({ classes: ["added"], current: now, previous: null, match: null, carried: null, ...(near ? { nearestSeq: near.seq } : {}) });
      continue;
    }
    matched.add(pair.task);
    const before = stateOf(pair.task, previousLag.get(pair.task) ?? null);
    const carried = carriedOver(now.progress, before.progress);
    items.push({ classes: classify(now, before, carried), current: now, previous: before, match: pair.match, carried });
  }
  for (const { task, lag } of previous.tasks)
    if (!matched.has(task)) items.push({ classes: ["gone"], current: null, previous: stateOf(task, lag), match: null, carried: null });
  const counts = Object.fromEntries(COMPARE_CLASSES.map((c) => [c, items.filter((i) => i.classes.includes(c)).length])) as Record<CompareClass, number>;
  const progress = (report: ReportInput) => report.tasks.some((t) => t.lag !== null);
  return {
    current: { sheet: current.sheet, asOf: current.asOf, progress: progress(current) },
    previous: { sheet: previous.sheet, asOf: previous.asOf, progress: progress(previous) },
    items,
    counts,
    warnings: warningsOf(current.asOf, previous.asOf),
  };
}

// ---------------------------------------------------------------------------------------------------------
// Words

interface CompareWords {
  tabName: string;
  title: string;
  classes: Record<CompareClass, string>;
  /** What each heading means, beside it. */
  classNotes: Record<CompareClass, string>;
  heading: (name: string, count: number, note: string) => string;
  header: [seq: string, task: string, lead: string, coop: string, before: string, now: string, why: string];
  period: (side: "previous" | "current", asOf: AsOf | null) => string;
  datesLine: (current: string, previous: string) => string;
  countsLine: (counts: Record<CompareClass, number>, matched: number) => string;
  behind: (period: string, reasons: string) => string;
  stillBehind: (period: string, reasons: string) => string;
  notBehind: (period: string, status: string) => string;
  done: (period: string, status: string) => string;
  notDone: (period: string, status: string) => string;
  carried: Record<Carried, string>;
  carriedLine: (how: string, status: string) => string;
  added: (period: string) => string;
  nearest: (seq: string) => string;
  gone: (period: string, seq: string) => string;
  match: (seq: string, confidence: string, how: PairMatch["how"]) => string;
  excerpt: (period: string, text: string) => string;
  side: { previous: string; current: string };
  /** A report without progress or status columns: only its tasks are matched. */
  noProgress: (side: string) => string;
  warnings: Record<CompareWarning, string>;
  /** The command line's first line: the title and both reports' periods. */
  head: (title: string, dates: string) => string;
  emptyStatus: string;
  emptyProgress: string;
  statusWord: (status: string) => string;
  joiner: string;
}

const ZH: CompareWords = {
  tabName: "上期对比",
  title: "上期对比",
  classes: {
    stillBehind: "连续滞后",
    newlyBehind: "新增滞后",
    recovered: "已恢复",
    doneSince: "新近完成",
    notUpdated: "进展未更新",
    added: "本期新增任务",
    gone: "上期有、本期无",
  },
  classNotes: {
    stillBehind: "上期、本期都滞后，宜列入重点督办",
    newlyBehind: "上期未滞后，本期滞后",
    recovered: "上期滞后，本期已不滞后",
    doneSince: "上期未完成，本期已完成",
    notUpdated: "进展状态未变，进展情况与上期相同，可能照抄上期",
    added: "上期报告中没有对应任务",
    gone: "本期报告中没有对应任务",
  },
  heading: (name, count, note) => `${name}（${count}）：${note}`,
  header: ["序号", "任务", "牵头单位", "配合单位", "上期状态", "本期状态", "说明"],
  period: (side, asOf) => {
    const name = side === "previous" ? "上期" : "本期";
    if (asOf === null || asOf.date === null) return name;
    return `${name}（截至${chineseDate(asOf.date)}${asOf.pace === null ? "" : `，序时进度${percentText(asOf.pace)}`}）`;
  },
  datesLine: (current, previous) => `${current}；${previous}`,
  countsLine: (c, matched) =>
    `对应任务 ${matched} 项：连续滞后 ${c.stillBehind} 项，新增滞后 ${c.newlyBehind} 项，已恢复 ${c.recovered} 项，新近完成 ${c.doneSince} 项，进展未更新 ${c.notUpdated} 项；本期新增 ${c.added} 项，上期有、本期无 ${c.gone} 项`,
  behind: (period, reasons) => `${period}滞后：${reasons}`,
  stillBehind: (period, reasons) => `${period}仍滞后：${reasons}`,
  notBehind: (period, status) => `${period}未滞后：${status}`,
  done: (period, status) => `${period}已完成：${status}`,
  notDone: (period, status) => `${period}未完成：${status}`,
  carried: { identical: "逐字相同", punctuation: "仅空格、标点不同", period: "仅时间表述不同" },
  carriedLine: (how, status) => `进展情况与上期相同（${how}），进展状态均为${status}`,
  added: (period) => `上期报告中没有对应任务；${period}`,
  nearest: (seq) => `上期最接近的是序号 ${seq || "无"} 的任务，把握低，未作对应，请核对`,
  gone: (period, seq) => `本期报告中没有对应任务（上期序号 ${seq || "无"}）；${period}`,
  match: (seq, confidence, how) =>
    how === "same"
      ? ""
      : how === "text"
        ? `与上期序号 ${seq || "无"} 任务原文相同（序号有变）`
        : `对应上期序号 ${seq || "无"}（把握：${confidence}，任务表述有改动）`,
  excerpt: (period, text) => `${period}进展：${text}`,
  side: { previous: "上期", current: "本期" },
  noProgress: (side) => `${side}报告没有“进展情况”或“进展状态”列，只对照了任务，未判断滞后和完成。`,
  warnings: {
    "other-year": "注意：两期报告不属同一年度，可能不是同一张任务清单的上下两期（与上年比较请用“上年对比”）。",
    "not-earlier": "注意：上期报告的截止日期不早于本期，请确认两个文件是否选反。",
  },
  head: (title, dates) => `${title}：${dates}`,
  emptyStatus: "（未填）",
  emptyProgress: "（空）",
  statusWord: (status) => `“${status}”`,
  joiner: "；",
};

const dateEn = (iso: string) => iso;

const EN: CompareWords = {
  tabName: "Since last report",
  title: "Since the last report",
  classes: {
    stillBehind: "Behind in both periods",
    newlyBehind: "Newly behind",
    recovered: "Recovered",
    doneSince: "Done since",
    notUpdated: "Progress not updated",
    added: "New this period",
    gone: "Gone since",
  },
  classNotes: {
    stillBehind: "behind last time and now: a case for close supervision",
    newlyBehind: "on pace last time, behind now",
    recovered: "behind last time, no longer now",
    doneSince: "not done last time, done now",
    notUpdated: "same status, same progress text as last time: possibly copied forward",
    added: "no matching task in the previous report",
    gone: "no matching task in this report",
  },
  heading: (name, count, note) => `${name} (${count}) — ${note}`,
  header: ["No.", "Task", "Lead units", "Co-operating units", "Previous status", "Current status", "Why"],
  period: (side, asOf) => {
    const name = side === "previous" ? "Previous report" : "This report";
    if (asOf === null || asOf.date === null) return name;
    return `${name} (as of ${dateEn(asOf.date)}${asOf.pace === null ? "" : `, pace ${percentText(asOf.pace)}`})`;
  },
  datesLine: (current, previous) => `${current}; ${previous}`,
  countsLine: (c, matched) =>
    `${matched} tasks matched: ${c.stillBehind} behind in both, ${c.newlyBehind} newly behind, ${c.recovered} recovered, ${c.doneSince} done since, ${c.notUpdated} not updated; ${c.added} new, ${c.gone} gone`,
  behind: (period, reasons) => `${period}: behind: ${reasons}`,
  stillBehind: (period, reasons) => `${period}: still behind: ${reasons}`,
  notBehind: (period, status) => `${period}: not behind: ${status}`,
  done: (period, status) => `${period}: done: ${status}`,
  notDone: (period, status) => `${period}: not done: ${status}`,
  carried: { identical: "word for word", punctuation: "only spaces and punctuation differ", period: "only the period differs" },
  carriedLine: (how, status) => `Progress text as last time (${how}), status ${status} both times`,
  added: (period) => `No matching task in the previous report; ${period}`,
  nearest: (seq) => `the closest previous task is No. ${seq || "none"}, too unsure to match: please check`,
  gone: (period, seq) => `No matching task in this report (previous No. ${seq || "none"}); ${period}`,
  match: (seq, confidence, how) =>
    how === "same"
      ? ""
      : how === "text"
        ? `Same text as previous No. ${seq || "none"} (renumbered)`
        : `Matched to previous No. ${seq || "none"} (${confidence}; reworded)`,
  excerpt: (period, text) => `${period}: ${text}`,
  side: { previous: "Previous report", current: "This report" },
  noProgress: (side) => `${side} has no progress or status column: only its tasks were matched, nothing was judged behind or done.`,
  warnings: {
    "other-year": "Note: the two reports are of different years and may not be two periods of one task list (use the prior-year comparison for that).",
    "not-earlier": "Note: the previous report is not dated before this one: were the two files swapped?",
  },
  head: (title, dates) => `${title}: ${dates}`,
  emptyStatus: "(empty)",
  emptyProgress: "(empty)",
  statusWord: (status) => `"${status}"`,
  joiner: "; ",
};

export const compareWords = (language: Language): CompareWords => (language === "en-US" ? EN : ZH);

/** A progress text cut to a line a reviewer reads at a glance. */
export function excerpt(text: string, length = 40): string {
  const one = text.replace(/\s+/gu, " ").trim();
  return one.length <= length ? one : `${one.slice(0, length)}…`;
}

/** Why a task is behind, in words: the lag detection's red and yellow reasons. */
function behindWhy(state: TaskState, language: Language, w: CompareWords): string {
  const reasons = state.reasons.filter((r) => r.flag === "red" || r.flag === "yellow");
  return reasons.map((r) => renderLagReason(r, language)).join(w.joiner);
}

/** What the status says of a task that is not behind: its status reason ("进展状态为“按时推进”"). */
function statusWhy(state: TaskState, language: Language, w: CompareWords): string {
  const reason = state.reasons.find((r) => r.code.startsWith("status/"));
  return reason ? renderLagReason(reason, language) : state.status === "" ? w.emptyStatus : w.statusWord(state.status);
}

/** The reason in words, with the numbers, of one item under one heading. */
export function describeItem(item: CompareItem, cls: CompareClass, comparison: Comparison, language: Language = "zh-CN"): string {
  const w = compareWords(language);
  const before = w.period("previous", comparison.previous.asOf);
  const now = w.period("current", comparison.current.asOf);
  const { current: c, previous: p } = item;
  if (cls === "added" && c) {
    const added = w.added(w.excerpt(now, excerpt(c.progress) || w.emptyProgress));
    return item.nearestSeq === undefined ? added : `${added}${w.joiner}${w.nearest(item.nearestSeq)}`;
  }
  if (cls === "gone" && p) return w.gone(w.excerpt(before, excerpt(p.progress) || w.emptyProgress), p.seq);
  if (!c || !p) return "";
  const parts: string[] = [];
  switch (cls) {
    case "stillBehind":
      parts.push(w.behind(before, behindWhy(p, language, w)), w.stillBehind(now, behindWhy(c, language, w)));
      break;
    case "newlyBehind":
      parts.push(w.notBehind(before, statusWhy(p, language, w)), w.behind(now, behindWhy(c, language, w)));
      break;
    case "recovered":
      parts.push(w.behind(before, behindWhy(p, language, w)), w.notBehind(now, statusWhy(c, language, w)));
      break;
    case "doneSince":
      parts.push(
        p.behind ? w.behind(before, behindWhy(p, language, w)) : w.notDone(before, statusWhy(p, language, w)),
        w.done(now, c.reasons.some((r) => r.code === "words/done") ? behindOrDone(c, language) : statusWhy(c, language, w)),
      );
      break;
    case "notUpdated":
      parts.push(w.carriedLine(w.carried[item.carried ?? "identical"], c.status === "" ? w.emptyStatus : w.statusWord(c.status)));
      break;
  }
  if (item.match) {
    const match = w.match(
      p.seq,
      language === "en-US" ? CONFIDENCE_WORDS[item.match.confidence].en : CONFIDENCE_WORDS[item.match.confidence].zh,
      item.match.how,
    );
    if (match !== "") parts.push(match);
  }
  return parts.join(w.joiner);
}

/** A done task's "done" reason when the words of its text made it done (no status said so). */
function behindOrDone(state: TaskState, language: Language): string {
  const reason = state.reasons.find((r) => r.code === "words/done");
  return reason ? renderLagReason(reason, language) : "";
}

// ---------------------------------------------------------------------------------------------------------
// The tab

const statusCell = (state: TaskState | null, w: CompareWords, language: Language): string => {
  if (state === null) return "";
  if (state.status !== "") return state.status;
  // No status written: what the lag detection read from the figures or words, said as such.
  return state.category === "unknown"
    ? w.emptyStatus
    : `${w.emptyStatus}${language === "en-US" ? CATEGORY_WORDS[state.category].en : CATEGORY_WORDS[state.category].zh}`;
};

/**
 * The 上期对比 tab: a title, the as-of dates of both reports and the counts, then a section per heading with
 * its own header (序号 / 任务 / 牵头单位 / 配合单位 / 上期状态 / 本期状态 / 说明), an empty heading saying so.
 * 说明 holds the reason with its numbers and both progress texts' excerpts. Every cell is fitted to Excel's limit.
 */
export function compareTab(comparison: Comparison, options: { language?: Language; madeOn?: string } = {}): SheetLayout {
  const language = options.language ?? "zh-CN";
  const w = compareWords(language);
  const labels = summaryLabels(language);
  const madeOn = options.madeOn === undefined ? null : dayOf(options.madeOn);
  const matched = comparison.items.filter((i) => i.current !== null && i.previous !== null).length;
  const values: CellValue[][] = [
    [labels.titleLine(w.title, madeOn)],
    [w.datesLine(w.period("current", comparison.current.asOf), w.period("previous", comparison.previous.asOf))],
    [w.countsLine(comparison.counts, matched)],
  ];
  for (const side of ["previous", "current"] as const) if (!comparison[side].progress) values.push([w.noProgress(w.side[side])]);
  for (const warning of comparison.warnings) values.push([w.warnings[warning]]);
  // The title and these lines stay on screen; below them the cells wrap.
  const head = values.length;
  const noteRows: number[] = values.map((_, r) => r).filter((r) => r > 0);
  const headerRows: number[] = [];
  // The dates are in the second line and in each reason: the excerpts say only which report.
  const before = w.side.previous;
  const now = w.side.current;
  for (const cls of COMPARE_CLASSES) {
    const items = comparison.items.filter((i) => i.classes.includes(cls));
    values.push([]);
    noteRows.push(values.length);
    values.push([w.heading(w.classes[cls], items.length, w.classNotes[cls])]);
    headerRows.push(values.length);
    values.push([...w.header]);
    if (items.length === 0) values.push([labels.none]);
    for (const item of items) {
      const s = (item.current ?? item.previous)!;
      const why = [describeItem(item, cls, comparison, language)];
      if (item.current && item.previous && cls !== "notUpdated") {
        why.push(w.excerpt(before, excerpt(item.previous.progress) || w.emptyProgress), w.excerpt(now, excerpt(item.current.progress) || w.emptyProgress));
      } else if (cls === "notUpdated" && item.current) why.push(w.excerpt(now, excerpt(item.current.progress)));
      const row = [
        s.seq,
        s.task,
        s.units.join(labels.listSeparator),
        s.coUnits.join(labels.listSeparator),
        statusCell(item.previous, w, language),
        statusCell(item.current, w, language),
        why.join("\n"),
      ];
      values.push(row.map((cell) => fitCell(cell, labels).value));
    }
  }
  const widths = fitColumnWidths(values, { skipRows: 1, notMeasured: new Set(noteRows), max: 60 });
  // 任务 and 说明 carry the long texts: they take what the page has left after the short columns.
  const fitted = fitWidths(widths);
  return {
    name: w.tabName,
    values,
    columnWidths: fitted,
    noteRows,
    frozenRows: head,
    wrapBody: true,
    print: { orientation: "landscape", footer: labels.pageFooter },
  };
}

/** Column widths within an A4 landscape page: the short columns as measured (up to a bound), 任务 and 说明 sharing the rest. */
function fitWidths(widths: readonly number[]): number[] {
  const PAGE = 180;
  const bounds = [8, 0, 16, 14, 10, 10, 0];
  const fitted = widths.map((wd, c) => (bounds[c] ? Math.min(wd, bounds[c]) : wd));
  const short = fitted.reduce((sum, wd, c) => (bounds[c] ? sum + wd : sum), 0);
  const rest = PAGE - short;
  fitted[1] = Math.min(fitted[1] ?? 30, Math.round(rest * 0.4));
  fitted[6] = Math.min(fitted[6] ?? 40, rest - fitted[1]);
  return fitted;
}

/**
 * Whether a sheet is a 上期对比 tab (in either language), the add-in's or a copy of one: its title says the
 * add-in made it and a section's header follows. Such a sheet reports on tasks and is never read as tasks (its
 * rows have 序号, 任务, 牵头单位 and a status column, which the recognizer takes for a task table).
 */
export function isCompareReport(grid: SheetGrid): boolean {
  const title = String(grid.values[0]?.[0] ?? "");
  return (["zh-CN", "en-US"] as const).some((language) => {
    const w = compareWords(language);
    if (!title.startsWith(summaryLabels(language).titleLine(w.title, null))) return false;
    return grid.values.slice(0, 12).some((row) => w.header.every((word, c) => String(row[c] ?? "") === word));
  });
}
