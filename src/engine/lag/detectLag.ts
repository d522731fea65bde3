import type { StatusCategory } from "../status/categories";
import { categorizeContaining, type StatusVocabulary } from "../status/vocabulary";
import { taskTargetText, type TaskLine, type TaskRecord } from "../tasks";
import type { AsOf } from "./asOf";
import { doneOfTarget, percentCellShare, rateShare } from "./columnFigures";
import { doneWords, type DoneWord } from "./doneWords";
import { completionShares, type CompletionShare } from "./progressNumbers";
import { figuresAgainstTargets, type RateComparison } from "./targetProgress";
import { extractTargets, type Target, type TargetsOf } from "../targets";
import { DEFAULT_LAG_SETTINGS, type LagSettings } from "./settings";
import { lagWords } from "./stallWords";
import { roundHalfAway } from "../rounding";

/** 三色预警: red = clearly behind or stalled, yellow = partly behind or a warning sign, green = on pace. */
export type LagFlag = "red" | "yellow" | "green" | "none";

export type LagReasonCode =
  | "status/behind"
  | "status/partly-behind"
  | "status/not-started"
  | "status/on-pace"
  | "status/unknown"
  | "status/empty"
  | "numbers/behind"
  | "numbers/ahead"
  | "numbers/on-pace"
  | "rates/behind"
  | "rates/on-target"
  | "words/stalled"
  | "words/behind"
  | "words/done"
  | "status/contradicted";

/** One piece of evidence, as data; rendered in the reviewer's language by `renderLagReason`. */
export interface LagReason {
  code: LagReasonCode;
  flag: LagFlag;
  /** 1-based row the evidence is on (a continuation line may carry it). */
  row: number;
  params: Record<string, string | number>;
}

export interface LagResult {
  sheet: string;
  row: number;
  seq: string;
  task: string;
  status: string;
  category: StatusCategory;
  flag: LagFlag;
  reasons: LagReason[];
}

const RANK: Record<LagFlag, number> = { none: 0, green: 1, yellow: 2, red: 3 };
/** The most serious flag of the reasons ("none" when there are none). */
function worst(reasons: readonly LagReason[]): LagFlag {
  let flag: LagFlag = "none";
  for (let i = 0; i < reasons.length; i++) if (RANK[reasons[i].flag] > RANK[flag]) flag = reasons[i].flag;
  return flag;
}
const percent = (ratio: number) => roundHalfAway(ratio * 100, 1);

/**
 * The status's category and its reason. A cell that is no term but contains one ("部分项目进度滞后") is read
 * by that term, which the reason names (`term`).
 */
function statusReason(status: string, vocabulary: StatusVocabulary, row: number): { category: StatusCategory; reason: LagReason } {
  if (status === "") return { category: "unknown", reason: { code: "status/empty", flag: "none", row, params: {} } };
  const result = categorizeContaining(vocabulary, status);
  const params: LagReason["params"] = result.inferredFrom === undefined ? { status } : { status, term: result.inferredFrom };
  switch (result.category) {
    case "behind":
      return result.partial
        ? { category: "behind", reason: { code: "status/partly-behind", flag: "yellow", row, params } }
        : { category: "behind", reason: { code: "status/behind", flag: "red", row, params } };
    case "not_started":
      return { category: "not_started", reason: { code: "status/not-started", flag: "red", row, params } };
    case "unknown":
      return { category: "unknown", reason: { code: "status/unknown", flag: "none", row, params } };
    default:
      return { category: result.category, reason: { code: "status/on-pace", flag: "green", row, params } };
  }
}

/**
 * With no status to go by, what the figures say: the year's quantity reached on every count (100% and over)
 * is done, as a 督查 office marks it; ahead of pace is ahead; on pace, or a rate on target, is on track.
 */
function categoryOfFigures(reasons: readonly LagReason[]): StatusCategory {
  let shares = 0;
  let reached = 0;
  let ahead = false;
  let onTrack = false;
  for (const reason of reasons) {
    if (reason.code === "numbers/ahead" || reason.code === "numbers/on-pace") {
      shares++;
      if (Number(reason.params.done) >= 100) reached++;
      if (reason.code === "numbers/ahead") ahead = true;
      else onTrack = true;
    } else if (reason.code === "rates/on-target") {
      onTrack = true;
    }
  }
  if (shares > 0 && reached === shares) return "done";
  return ahead ? "ahead" : onTrack ? "on_track" : "unknown";
}

/** Each share set against 序时进度: behind is evidence against the status, on pace or ahead a reason beside it. */
function judgeShares(shares: readonly CompletionShare[], row: number, pace: number, settings: LagSettings, reasons: LagReason[], evidence: LagReason[]): void {
  for (let i = 0; i < shares.length; i++) judgeShare(shares[i], row, pace, settings, reasons, evidence);
}

function judgeShare(share: CompletionShare, row: number, pace: number, settings: LagSettings, reasons: LagReason[], evidence: LagReason[]): void {
  const params = {
    raw: share.raw,
    done: percent(share.ratio),
    pace: percent(pace),
    ...(share.done !== undefined ? { count: share.done, planned: share.planned ?? 0, unit: share.unit ?? "" } : {}),
    ...(share.from !== undefined ? { from: share.from } : {}),
  };
  if (share.ratio < pace * settings.redShareOfPace) evidence.push({ code: "numbers/behind", flag: "red", row, params });
  else if (pace - share.ratio > settings.yellowShortfall) evidence.push({ code: "numbers/behind", flag: "yellow", row, params });
  else if (share.ratio - pace > settings.aheadMargin) reasons.push({ code: "numbers/ahead", flag: "green", row, params });
  else reasons.push({ code: "numbers/on-pace", flag: "green", row, params });
}

/** Each growth or decline rate set against the task's target rate, as it is: short of it is evidence. */
function judgeRates(rates: readonly RateComparison[], row: number, settings: LagSettings, reasons: LagReason[], evidence: LagReason[]): void {
  for (let i = 0; i < rates.length; i++) {
    const { goal, raw, value } = rates[i];
    const atMost = goal.comparator === "<=";
    const shortfall = atMost ? value - goal.value : goal.value - value;
    const params = { raw, value: roundHalfAway(value, 2), goal: goal.raw, target: goal.value };
    if (shortfall <= settings.rateShortfall) reasons.push({ code: "rates/on-target", flag: "green", row, params });
    else evidence.push({ code: "rates/behind", flag: !atMost && value < goal.value * settings.redShareOfPace ? "red" : "yellow", row, params });
  }
}

/**
 * Shares a line's own figures give: the progress cell as a percentage, the 完成率 column, else 完成数 against
 * 目标 (the rate is the sheet's own reckoning of the same two).
 */
function columnShares(line: TaskLine, targetsOf: TargetsOf): CompletionShare[] {
  const shares: CompletionShare[] = [];
  const cell = percentCellShare(line.progress);
  if (cell !== null) shares.push(cell);
  const rate = rateShare(line.rate);
  const counted = rate ?? doneOfTarget(line.done, line.target, line.measure, targetsOf);
  if (counted !== null) shares.push(counted);
  return shares;
}

/**
 * The category, flag and reasons of one task of a progress report: the status (a vocabulary term, or a phrase
 * containing one); completion shares the progress text states, a progress cell that is a percentage, the
 * 完成率 or 完成数 / 目标 columns, and figures the text reports against the task's own annual targets, each
 * set against 序时进度; growth rates against the task's target rate; and words that say work stopped or lags.
 * Every piece of evidence is kept as a reason, the flag is the most serious of them, and a status of 按时推进
 * that the numbers or words contradict is itself a reason. With no status to go by, a text that says the whole
 * task is done (全面完成, 提前完成年度任务) makes it done, unless the evidence says behind.
 */
export function detectLag(
  task: TaskRecord,
  vocabulary: StatusVocabulary,
  asOf: AsOf,
  settings: LagSettings = DEFAULT_LAG_SETTINGS,
  targetsOf: TargetsOf = extractTargets,
): LagResult {
  const { lines } = task;
  const first = lines[0];
  // The first status given on any of its lines.
  let status = "";
  for (let l = 0; l < lines.length && status === ""; l++) status = lines[l].status;
  const { category: statusCategory, reason } = statusReason(status, vocabulary, first.row);
  const reasons: LagReason[] = [reason];
  const evidence: LagReason[] = [];
  let done: { word: DoneWord; row: number } | null = null;

  const annualTargets: readonly Target[] = targetsOf(taskTargetText(task));
  // Index loops: every task of a sheet comes here, and for…of makes an iterator result per item until optimised.
  for (let l = 0; l < lines.length; l++) {
    const line = lines[l];
    const figures = figuresAgainstTargets(line.progress, annualTargets, asOf.pace !== null);
    if (asOf.pace !== null) {
      // The sheet's own reckoning (a 完成率 column, 完成数 against 目标, a progress cell that is its percentage)
      // wins over figures picked out of the text, which may be a part ("新吸收8所") of what the column counts.
      const own = columnShares(line, targetsOf);
      if (own.length > 0) judgeShares(own, line.row, asOf.pace, settings, reasons, evidence);
      else {
        // Stated shares first, then figures against the targets: the reasons keep that order.
        judgeShares(completionShares(line.progress), line.row, asOf.pace, settings, reasons, evidence);
        judgeShares(figures.shares, line.row, asOf.pace, settings, reasons, evidence);
      }
    }
    judgeRates(figures.rates, line.row, settings, reasons, evidence);
    // A remark (备注, 说明) beside the figures says why a task lags as often as the progress text does.
    const words = line.note === "" ? lagWords(line.progress) : [...lagWords(line.progress), ...lagWords(line.note)];
    for (let w = 0; w < words.length; w++) {
      const { word, clause, kind, severe } = words[w];
      evidence.push({ code: kind === "stalled" ? "words/stalled" : "words/behind", flag: severe ? "red" : "yellow", row: line.row, params: { word, clause } });
    }
    if (done === null && statusCategory === "unknown") {
      // A 完成率 or 完成数 cell may say it in words ("达到目标60元", "已完成") where a figure would stand.
      const word = doneWords(line.progress) ?? doneWords(line.rate) ?? doneWords(line.done);
      if (word !== null) done = { word, row: line.row };
    }
  }
  reasons.push(...evidence);
  const evidenceFlag = worst(evidence);
  let category = statusCategory;
  if (RANK[evidenceFlag] >= RANK.yellow && statusCategory !== "behind" && statusCategory !== "not_started") {
    if (statusCategory !== "unknown") reasons.push({ code: "status/contradicted", flag: evidenceFlag, row: first.row, params: { status } });
    category = "behind";
  } else if (done !== null && statusCategory === "unknown") {
    reasons.push({ code: "words/done", flag: "green", row: done.row, params: { word: done.word.word, clause: done.word.clause } });
    category = "done";
  } else if (statusCategory === "unknown") {
    category = categoryOfFigures(reasons);
  }
  return { sheet: task.sheet, row: task.row, seq: task.seq, task: task.text, status, category, flag: worst(reasons), reasons };
}
