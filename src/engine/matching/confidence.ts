import type { MatchEvidence } from "./types";

/** How sure a match is, in words a clerk acts on: 确定 (take it), 较可能 (check it), 仅供参考 (a lead only). */
export type MatchConfidence = "certain" | "likely" | "tentative";

export const CONFIDENCE_ORDER: readonly MatchConfidence[] = ["certain", "likely", "tentative"];

/** What the level of one kept candidate is judged from. */
export interface ConfidenceEvidence {
  score: number;
  /** The best candidate's score for this task: a companion far below it is less sure than the best. */
  bestScore: number;
  evidence: Pick<MatchEvidence, "sameLeadUnit" | "sharedMetrics">;
}

/** Score cut-offs per level; see NOTES.md beside this file for how they were chosen. */
export const CONFIDENCE_CUTS = { certain: 0.4, likely: 0.24 } as const;

/** The level of one kept candidate, from its score and what supports it. */
export function matchConfidence({ score, evidence }: ConfidenceEvidence, cuts: { certain: number; likely: number } = CONFIDENCE_CUTS): MatchConfidence {
  const supported = evidence.sameLeadUnit || evidence.sharedMetrics.length > 0;
  if (score >= cuts.certain || (supported && score >= cuts.certain * 0.8)) return "certain";
  if (score >= cuts.likely) return "likely";
  return "tentative";
}
