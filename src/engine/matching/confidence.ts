import type { MatchEvidence } from "./types";

/** How sure a match is, in words a clerk acts on: 确定 (take it), 较可能 (check it), 仅供参考 (a lead only). */
export type MatchConfidence = "certain" | "likely" | "tentative";

export const CONFIDENCE_ORDER: readonly MatchConfidence[] = ["certain", "likely", "tentative"];

/** What the level of one kept candidate is judged from. */
export interface ConfidenceEvidence {
  score: number;
  /** The best candidate's score for this task: a companion far below it is less sure than the best. */
  bestScore: number;
  /**
   * The best score of the task's other candidates, below the threshold too (0 when there is none): a best
   * candidate barely ahead of another is less sure. Absent, the best candidate is taken to have no rival.
   */
  runnerUp?: number;
  evidence: Pick<MatchEvidence, "sameLeadUnit" | "sharedMetrics">;
}

/** The cut-offs of the levels (see `matchConfidence`). */
export interface ConfidenceCuts {
  /** A best candidate of at least this score … */
  certain: number;
  /** … and at least this far ahead of the runner-up is certain … */
  certainMargin: number;
  /** … and, with the same lead unit or a shared target metric, from this share of `certain` on. */
  supportedShare: number;
  /** A companion (a kept candidate after the best) of at least this score is likely, one below it tentative. */
  likely: number;
  /** A best candidate that is not certain is likely from this score on, tentative below it. */
  likelyBest: number;
}

/** Chosen by 5-fold cross-validation on the gold; see NOTES.md beside this file and bench/matchingCv.ts. */
export const CONFIDENCE_CUTS: Readonly<ConfidenceCuts> = Object.freeze({ certain: 0.25, certainMargin: 0, supportedShare: 0.7, likely: 0.2, likelyBest: 0 });

/** The level of one kept candidate, from its score, its lead over the others and what supports it. */
export function matchConfidence({ score, bestScore, runnerUp = 0, evidence }: ConfidenceEvidence, cuts: ConfidenceCuts = CONFIDENCE_CUTS): MatchConfidence {
  const supported = evidence.sameLeadUnit || evidence.sharedMetrics.length > 0;
  const best = score >= bestScore;
  if (best && score - runnerUp >= cuts.certainMargin && score >= cuts.certain * (supported ? cuts.supportedShare : 1)) return "certain";
  return score >= (best ? cuts.likelyBest : cuts.likely) ? "likely" : "tentative";
}
