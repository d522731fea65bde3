import type { MatchConfidence } from "./confidence";
import type { ScoringModel } from "./model";

/** A task as the matcher sees it: its text and responsible units (lead first). */
export interface MatchDoc {
  /** Unique within its side ("sheet!row"), returned as is. */
  key: string;
  seq: string;
  text: string;
  units: readonly string[];
}

export interface MatchEvidence {
  /** Rare phrases (character n-grams, merged) both texts contain, most telling first; absent unless asked for (MatchOptions.phrases). */
  sharedPhrases?: string[];
  sameLeadUnit: boolean;
  sharedUnits: string[];
  /** Target metrics both tasks carry (社会消费品零售总额). */
  sharedMetrics: string[];
}

export interface PriorCandidate {
  key: string;
  seq: string;
  /** 0–1; the best candidate first. */
  score: number;
  /** How sure the match is, in words (see confidence.ts). */
  confidence: MatchConfidence;
  evidence: MatchEvidence;
}

export interface TaskMatch {
  key: string;
  seq: string;
  /** Empty when no prior task is close enough: a wrong match costs a reviewer more than a missing one. */
  prior: PriorCandidate[];
}

export interface MatchOptions {
  /** Below this score there is no match (the model's threshold when absent). */
  threshold?: number;
  /** Further priors are kept when their score is at least this share of the best one's (the model's when absent). */
  companionShare?: number;
  /** Constants of the scoring to use instead of the defaults (SCORING_MODEL, model.ts). */
  model?: Partial<ScoringModel>;
  /** At most this many priors per task. */
  maxPriors?: number;
  /** Canonical name of a unit (aliases and old names to one name); identity when absent. */
  canonicalUnit?: (name: string) => string;
  /** Target metrics of a text and the text they cover (from extractTargets); none when absent. */
  targetsOf?: (text: string) => readonly { metric: string; raw: string }[];
  /** Postings read per task to find its candidates, the bound on work at scale; Infinity reads them all (exact, slow). */
  candidatePostings?: number;
  /**
   * Whether each kept candidate's evidence lists its shared phrases (true when absent). They are for a reviewer
   * reading why two tasks were matched; the analysis and summary tabs never show them, and at 10,000 tasks they
   * cost a tenth of the matching.
   */
  phrases?: boolean;
}
