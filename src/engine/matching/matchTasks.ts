import { CandidateIndex } from "./candidateIndex";
import { matchConfidence } from "./confidence";
import { GramTable, type Vectors } from "./gramTable";
import { SCORING_MODEL, type ScoringModel } from "./model";
import { PairFacts } from "./pairFacts";
import { sharedPhrases } from "./phrases";
import { KeyOrder, Ranking } from "./ranking";
import { gramFactor, MAX_PRIORS, pairScore, roundScore, SHORTLIST } from "./score";
import type { MatchDoc, MatchEvidence, MatchOptions, PriorCandidate, TaskMatch } from "./types";

/** The defaults of the options a caller sets most (the scoring model's, see model.ts), and at most 3 priors a task. */
export const MATCH_DEFAULTS = { threshold: SCORING_MODEL.threshold, companionShare: SCORING_MODEL.companionShare, maxPriors: MAX_PRIORS } as const;

/** The most telling shared n-grams that are merged into the evidence's phrases (five phrases need no more). */
const PHRASE_GRAMS = 24;

/** Both sides' TF-IDF vectors over one numbering of their n-grams (see GramTable). */
function tfidfVectors(current: readonly MatchDoc[], prior: readonly MatchDoc[], model: ScoringModel) {
  // Indexed loops: for…of and Array.from allocate an iterator result per item at this size.
  let textLength = 0;
  for (let i = 0; i < current.length; i++) textLength += current[i].text.length;
  for (let i = 0; i < prior.length; i++) textLength += prior[i].text.length;
  const table = new GramTable(textLength);
  for (let i = 0; i < current.length; i++) table.add(current[i].text);
  for (let i = 0; i < prior.length; i++) table.add(prior[i].text);
  const total = current.length + prior.length;
  const factor = new Float64Array(table.text.length);
  for (let id = 0; id < factor.length; id++) factor[id] = gramFactor(table.text[id], table.df[id], total, model);
  const vectors: { current: Vectors; prior: Vectors; grams: readonly string[]; df: readonly number[] } = {
    current: table.vectors(0, current.length, factor),
    prior: table.vectors(current.length, total, factor),
    grams: table.text,
    df: table.df,
  };
  table.release();
  return vectors;
}

/**
 * For each current task, the prior task(s) that carry the same line of work, or none. Chinese has no word
 * spaces, so texts are compared as character 2/3-grams weighted by rarity across both sides (a rare phrase
 * such as 适老化改造 says far more than 加快推进); the same lead unit, shared units and shared target metrics
 * add a little, because the same bureau carries the same work from year to year in new words.
 *
 * The scoring is score.ts (`referenceMatches` is the same, read slowly); here the candidates come from an
 * index (candidateIndex.ts) and the work is arranged for tens of thousands of tasks.
 */
export function matchTasks(current: readonly MatchDoc[], prior: readonly MatchDoc[], options: MatchOptions = {}): TaskMatch[] {
  const model = options.model ? { ...SCORING_MODEL, ...options.model } : SCORING_MODEL;
  const threshold = options.threshold ?? model.threshold;
  const companionShare = options.companionShare ?? model.companionShare;
  const maxPriors = options.maxPriors ?? MAX_PRIORS;
  const phrases = options.phrases ?? true;

  const vectors = tfidfVectors(current, prior, model);
  const index = new CandidateIndex(vectors.current, vectors.prior, vectors.df, vectors.grams.length, SHORTLIST, options.candidatePostings);
  const facts = new PairFacts(current, prior, options, model.topicBonus > 0);
  const ranking = new Ranking(SHORTLIST, new KeyOrder(prior));

  const matchOne = (doc: MatchDoc, i: number): TaskMatch => {
    const candidates = index.candidates(i);
    const indicatorOnly = facts.isIndicatorOnly(i);
    ranking.clear();
    /** The best score below the threshold: the runner-up of a task with one candidate above it. */
    let bestBelow = 0;
    for (let n = 0; n < candidates.count; n++) {
      const p = candidates.priors[n];
      const cosine = candidates.cosines[n];
      const pair = facts.support(i, p);
      const score = pairScore(cosine, pair, indicatorOnly, model);
      if (score === null) continue;
      if (score < threshold) {
        if (score > bestBelow) bestBelow = score;
      } else ranking.add(p, roundScore(score), pair.sameLeadUnit);
    }
    // Evidence is made only for the few kept.
    const best = ranking.scores[0];
    const kept: PriorCandidate[] = [];
    for (let k = 0; k < ranking.size && kept.length < maxPriors; k++) {
      const score = ranking.scores[k];
      if (k > 0 && score < best * companionShare) continue;
      const p = ranking.priors[k];
      const support = { sameLeadUnit: ranking.sameLead[k] === 1, sharedUnits: facts.sharedUnits(i, p), sharedMetrics: facts.sharedMetrics(i, p) };
      const evidence: MatchEvidence = phrases ? { sharedPhrases: sharedPhrases(index.sharedGrams(p, PHRASE_GRAMS), vectors.grams), ...support } : support;
      const runnerUp = k > 0 ? best : ranking.size > 1 ? ranking.scores[1] : roundScore(bestBelow);
      kept.push({ key: prior[p].key, seq: prior[p].seq, score, confidence: matchConfidence({ score, bestScore: best, runnerUp, evidence }), evidence });
    }
    return { key: doc.key, seq: doc.seq, prior: kept };
  };
  return current.map(matchOne);
}
