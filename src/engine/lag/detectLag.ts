import { categorize, type StatusCategory, type StatusVocabulary } from "../status/vocabulary";
import { taskTargetText, type TaskRecord } from "../tasks";
import type { AsOf } from "./asOf";
import { completionShares } from "./progressNumbers";
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
const worst = (reasons: readonly LagReason[]) => reasons.reduce<LagFlag>((a, r) => (RANK[r.flag] > RANK[a] ? r.flag : a), "none");
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
  const first = task.lines[0];
  const status = task.lines.find((l) => l.status !== "")?.status ?? "";
  const { category: statusCategory, reason } = statusReason(status, vocabulary, first.row);
  const reasons: LagReason[] = [reason];
  const evidence: LagReason[] = [];

  const annualTargets = targetsOf(taskTargetText(task));
  for (const line of task.lines) {
    if (asOf.pace !== null) {
      const pace = asOf.pace;
      const shares = completionShares(line.progress).concat(targetShares(task.text, line.progress, annualTargets));
      for (const share of shares) {
        const params = {
          raw: share.raw,
          done: percent(share.ratio),
          pace: percent(pace),
          ...(share.done !== undefined ? { count: share.done, planned: share.planned ?? 0, unit: share.unit ?? "" } : {}),
        };
        if (share.ratio < pace * settings.redShareOfPace) evidence.push({ code: "numbers/behind", flag: "red", row: line.row, params });
        else if (pace - share.ratio > settings.yellowShortfall) evidence.push({ code: "numbers/behind", flag: "yellow", row: line.row, params });
        else if (share.ratio - pace > settings.aheadMargin) reasons.push({ code: "numbers/ahead", flag: "green", row: line.row, params });
        else reasons.push({ code: "numbers/on-pace", flag: "green", row: line.row, params });
      }
    }
    for (const stall of stallWords(line.progress)) {
      evidence.push({ code: "words/stalled", flag: "yellow", row: line.row, params: { word: stall.word, clause: stall.clause } });
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
