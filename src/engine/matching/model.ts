/**
 * Every constant of how `matchTasks` scores a pair of tasks, in one place. The defaults were chosen by 5-fold
 * cross-validation on the gold (NOTES.md beside this file, `bench/matchingCv.ts`); `MatchOptions.model`
 * overrides any of them, which is how the cross-validation tries others.
 */
export interface ScoringModel {
  /** Below this score a prior task is no match. */
  threshold: number;
  /** Further priors are kept when their score is at least this share of the best one's. */
  companionShare: number;
  /** Units and metrics support only a text that already resembles: below this cosine they add nothing. */
  minTextSimilarity: number;
  /** Added when both tasks have the same lead (first) unit. */
  leadBonus: number;
  /** Times the Jaccard of the two tasks' units. */
  sharedUnitsBonus: number;
  /** Added when both tasks carry the same target metric (社会消费品零售总额). */
  metricBonus: number;
  /** A bare indicator task ("规上工业增加值增长6%以上") beside a prior task without its metric keeps this share of its score. */
  metricConflictShare: number;
  /** The weight kept by n-grams of boilerplate words (加快, 推进, 以上 …; ngrams.ts). */
  boilerplateWeight: number;
  /** Trigrams' weight against bigrams'. */
  trigramWeight: number;
  /** Added when both tasks name a topic of the thesaurus (thesaurus.json) and have the same lead unit; 0 reads no topics. */
  topicBonus: number;
}

export const SCORING_MODEL: Readonly<ScoringModel> = Object.freeze({
  threshold: 0.14,
  companionShare: 0.65,
  minTextSimilarity: 0.03,
  leadBonus: 0.06,
  sharedUnitsBonus: 0.06,
  metricBonus: 0.08,
  metricConflictShare: 0.4,
  boilerplateWeight: 0.25,
  trigramWeight: 1.2,
  topicBonus: 0,
});
