import { categorize, type StatusCategory, type StatusVocabulary } from "../status/vocabulary";
import { taskTargetText, type TaskRecord } from "../tasks";
import type { AsOf } from "./asOf";
import { completionShares, type CompletionShare } from "./progressNumbers";
import { targetShares } from "./targetProgress";
import { extractTargets, type TargetsOf } from "../targets";
import { DEFAULT_LAG_SETTINGS, type LagSettings } from "./settings";
import { stallWords } from "./stallWords";

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
  | "words/stalled"
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
const percent = (ratio: number) => Math.round(ratio * 1000) / 10;

function statusReason(status: string, vocabulary: StatusVocabulary, row: number): { category: StatusCategory; reason: LagReason } {
  if (status === "") return { category: "unknown", reason: { code: "status/empty", flag: "none", row, params: {} } };
  const result = categorize(vocabulary, status);
  const params = { status };
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

/** Each share set against 序时进度: behind is evidence against the status, on pace or ahead a reason beside it. */
function judgeShares(
  shares: readonly CompletionShare[],
  row: number,
  pace: number,
  settings: LagSettings,
  reasons: LagReason[],
  evidence: LagReason[],
): void {
  for (let i = 0; i < shares.length; i++) {
    const share = shares[i];
    const params = {
      raw: share.raw,
      done: percent(share.ratio),
      pace: percent(pace),
      ...(share.done !== undefined ? { count: share.done, planned: share.planned ?? 0, unit: share.unit ?? "" } : {}),
    };
    if (share.ratio < pace * settings.redShareOfPace) evidence.push({ code: "numbers/behind", flag: "red", row, params });
    else if (pace - share.ratio > settings.yellowShortfall) evidence.push({ code: "numbers/behind", flag: "yellow", row, params });
    else if (share.ratio - pace > settings.aheadMargin) reasons.push({ code: "numbers/ahead", flag: "green", row, params });
    else reasons.push({ code: "numbers/on-pace", flag: "green", row, params });
  }
}

/**
 * The category, flag and reasons of one task of a progress report: the status, completion shares the progress
 * text states, and figures it reports against the task's own annual targets, each set against 序时进度, and
 * words that say work stopped. Every piece of evidence is kept as a
 * reason, the flag is the most serious of them, and a status of 按时推进 that the numbers or words contradict
 * is itself a reason.
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

  const annualTargets = targetsOf(taskTargetText(task));
  // Index loops: every task of a sheet comes here, and for…of makes an iterator result per item until optimised.
  for (let l = 0; l < lines.length; l++) {
    const line = lines[l];
    if (asOf.pace !== null) {
      // Stated shares first, then figures against the targets: the reasons keep that order.
      judgeShares(completionShares(line.progress), line.row, asOf.pace, settings, reasons, evidence);
      judgeShares(targetShares(task.text, line.progress, annualTargets), line.row, asOf.pace, settings, reasons, evidence);
    }
    const stalls = stallWords(line.progress);
    for (let s = 0; s < stalls.length; s++) {
      evidence.push({ code: "words/stalled", flag: "yellow", row: line.row, params: { word: stalls[s].word, clause: stalls[s].clause } });
    }
  }
  reasons.push(...evidence);
  const evidenceFlag = worst(evidence);
  let category = statusCategory;
  if (RANK[evidenceFlag] >= RANK.yellow && statusCategory !== "behind" && statusCategory !== "not_started") {
    if (statusCategory !== "unknown") reasons.push({ code: "status/contradicted", flag: evidenceFlag, row: first.row, params: { status } });
    category = "behind";
  }
  return { sheet: task.sheet, row: task.row, seq: task.seq, task: task.text, status, category, flag: worst(reasons), reasons };
}
