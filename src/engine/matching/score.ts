/**
 * How a prior task is scored for a current task, written to be read: the specification of matching.
 * `matchTasks` (matchTasks.ts) gives what `referenceMatches` below gives, only fast: it uses the formula for
 * one pair from here (`gramFactor`, `pairScore`, `roundScore`) and finds the candidates through an index
 * (candidateIndex.ts), whose search is bounded at scale (matching.scale.test.ts measures what that misses).
 * test/engine/matching.reference.test.ts holds the two to the same answers.
 */
import { matchConfidence } from "./confidence";
import { sameMetric } from "./metrics";
import { SCORING_MODEL, type ScoringModel } from "./model";
import { gramWeight, nGrams } from "./ngrams";
import { TOPIC_GROUPS, topicsIn } from "./topics";
import type { MatchDoc, MatchOptions, PriorCandidate, TaskMatch } from "./types";

/** The prior tasks scored per current task: the ones whose texts resemble it most (by cosine). */
export const SHORTLIST = 12;

/** At most this many prior tasks are kept per current task, unless the options say otherwise. */
export const MAX_PRIORS = 3;

/**
 * The weight factor of an n-gram: smoothed IDF over both sides (`df` of `total` tasks hold it), boilerplate
 * lowered (ngrams.ts), trigrams a little above bigrams.
 */
export function gramFactor(gram: string, df: number, total: number, model: ScoringModel): number {
  return Math.log((total + 1) / (df + 0.5)) * gramWeight(gram, model.boilerplateWeight) * (gram.length === 3 ? model.trigramWeight : 1);
}

/** What, beside the resemblance of their texts, says that two tasks carry the same work. */
export interface PairSupport {
  /** Both have the same first (lead) unit, by canonical name. */
  sameLeadUnit: boolean;
  /** The current task's units (as listed, repeats too) that the prior task also has, over the distinct units of both. */
  unitJaccard: number;
  /** They carry a target metric in common (sameMetric). */
  metricShared: boolean;
  /** They name a topic of the thesaurus in common (only read when the model's topicBonus is above 0). */
  topicShared: boolean;
}

/** The support a pair gets from its units, metrics and topics. */
export function support(pair: PairSupport, model: ScoringModel): number {
  let bonus = (pair.sameLeadUnit ? model.leadBonus : 0) + model.sharedUnitsBonus * pair.unitJaccard + (pair.metricShared ? model.metricBonus : 0);
  if (pair.topicShared && pair.sameLeadUnit) bonus += model.topicBonus;
  return bonus;
}

/**
 * The score of a prior task for a current task, 0–1: the cosine of their texts plus the support, times the
 * indicator-conflict share where the current task is a bare indicator (`isIndicatorOnly`) and the prior task
 * lacks its metric (服务业增加值 is not 生产性服务业比重). Null, no candidate at all, below the cosine the model
 * asks before anything supports a text.
 */
export function pairScore(cosine: number, pair: PairSupport, indicatorOnly: boolean, model: ScoringModel): number | null {
  if (cosine < model.minTextSimilarity) return null;
  const conflict = indicatorOnly && !pair.metricShared ? model.metricConflictShare : 1;
  return Math.min(1, (cosine + support(pair, model)) * conflict);
}

/** Scores as reported and compared: three decimals. */
export const roundScore = (score: number) => Math.round(score * 1000) / 1000;

/** Whether a task says nothing but its targets: at most four Han characters are left once they are taken out. */
export function isIndicatorOnly(text: string, targets: readonly { raw: string }[]): boolean {
  if (targets.length === 0) return false;
  let rest = text;
  for (const t of targets) rest = rest.replace(t.raw, "");
  // Counted until a fifth, without listing them all.
  const han = /\p{Script=Han}/gu;
  let count = 0;
  while (han.test(rest)) if (++count > 4) return false;
  return true;
}

/** A task as the reference reads it: its TF-IDF vector (unit length) and what supports a pair. */
interface Task {
  doc: MatchDoc;
  vector: Map<string, number>;
  units: string[];
  metrics: string[];
  topics: Set<number>;
  indicatorOnly: boolean;
}

/**
 * The cosine of two unit vectors, summed in the prior task's n-gram order (the order of `nGrams`), as the
 * fast path sums it: the same rounding.
 */
function cosine(current: Map<string, number>, prior: Map<string, number>): number {
  let sum = 0;
  for (const [gram, weight] of prior) sum += (current.get(gram) ?? 0) * weight;
  return sum;
}

function pairSupport(current: Task, prior: Task): PairSupport {
  const distinct = new Set([...current.units, ...prior.units]).size;
  return {
    sameLeadUnit: current.units.length > 0 && prior.units.length > 0 && current.units[0] === prior.units[0],
    unitJaccard: current.units.filter((u) => prior.units.includes(u)).length / (distinct || 1),
    metricShared: current.metrics.some((m) => prior.metrics.some((n) => sameMetric(m, n))),
    topicShared: [...current.topics].some((t) => prior.topics.has(t)),
  };
}

/**
 * For each current task, the prior task(s) that carry the same line of work, as `matchTasks` finds them but
 * by reading every prior task, slowly (without the shared phrases, which are evidence for a reader, not part
 * of the score). `matchTasks` with `phrases: false` gives exactly this where its bounded candidate search
 * finds the SHORTLIST prior tasks of highest cosine (as on the gold sheets and on a few hundred generated
 * tasks a side: the reference test).
 */
export function referenceMatches(current: readonly MatchDoc[], prior: readonly MatchDoc[], options: MatchOptions = {}): TaskMatch[] {
  const model = { ...SCORING_MODEL, ...options.model };
  const threshold = options.threshold ?? model.threshold;
  const companionShare = options.companionShare ?? model.companionShare;
  const maxPriors = options.maxPriors ?? MAX_PRIORS;
  const canonical = options.canonicalUnit ?? ((name: string) => name);

  // TF-IDF: each n-gram's count in the task, sublinear (1 + ln), times its factor; then unit length.
  const grams = [...current, ...prior].map((d) => nGrams(d.text));
  const df = new Map<string, number>();
  for (const g of grams) for (const gram of g.keys()) df.set(gram, (df.get(gram) ?? 0) + 1);
  const task = (doc: MatchDoc, k: number): Task => {
    const vector = new Map<string, number>();
    for (const [gram, count] of grams[k]) vector.set(gram, Math.max(0, (1 + Math.log(count)) * gramFactor(gram, df.get(gram) ?? 0, grams.length, model)));
    const norm = Math.sqrt([...vector.values()].reduce((sum, w) => sum + w * w, 0));
    if (norm > 0) for (const [gram, w] of vector) vector.set(gram, w / norm);
    const targets = options.targetsOf?.(doc.text) ?? [];
    return {
      doc,
      vector,
      units: doc.units.map(canonical),
      metrics: targets.map((t) => t.metric).filter((m) => m !== ""),
      topics: new Set(model.topicBonus > 0 ? topicsIn(doc.text, TOPIC_GROUPS) : []),
      indicatorOnly: isIndicatorOnly(doc.text, targets),
    };
  };
  const currentTasks = current.map((d, i) => task(d, i));
  const priorTasks = prior.map((d, j) => task(d, current.length + j));

  return currentTasks.map((c) => {
    // The candidates: the prior tasks of highest cosine (ties: the first listed), scored in full.
    const shortlist = priorTasks
      .map((p) => ({ p, cosine: cosine(c.vector, p.vector) }))
      .filter((s) => s.cosine > 0)
      .sort((a, b) => b.cosine - a.cosine)
      .slice(0, SHORTLIST);
    const scored = shortlist.flatMap(({ p, cosine }) => {
      const pair = pairSupport(c, p);
      const score = pairScore(cosine, pair, c.indicatorOnly, model);
      return score === null ? [] : [{ p, pair, score }];
    });
    const above = scored
      .filter((s) => s.score >= threshold)
      .map((s) => ({ ...s, score: roundScore(s.score) }))
      .sort((a, b) => b.score - a.score || a.p.doc.key.localeCompare(b.p.doc.key));
    const best = above[0]?.score ?? 0;
    // The runner-up of the best: the next above the threshold, else the best below it.
    const runnerUp = above.length > 1 ? above[1].score : roundScore(Math.max(0, ...scored.filter((s) => s.score < threshold).map((s) => s.score)));
    const kept = above.filter((s, k) => k === 0 || s.score >= best * companionShare).slice(0, maxPriors);
    const candidates = kept.map(({ p, pair, score }, k): PriorCandidate => {
      const evidence = {
        sameLeadUnit: pair.sameLeadUnit,
        sharedUnits: c.units.filter((u) => p.units.includes(u)),
        sharedMetrics: c.metrics.filter((m) => p.metrics.some((n) => sameMetric(m, n))),
      };
      const confidence = matchConfidence({ score, bestScore: best, runnerUp: k === 0 ? runnerUp : best, evidence });
      return { key: p.doc.key, seq: p.doc.seq, score, confidence, evidence };
    });
    return { key: c.doc.key, seq: c.doc.seq, prior: candidates };
  });
}
