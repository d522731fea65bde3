import { sharedMetrics } from "./metrics";
import { gramWeight, nGrams } from "./ngrams";
import type { MatchDoc, MatchEvidence, MatchOptions, PriorCandidate, TaskMatch } from "./types";

/** Defaults calibrated on the development gold (test/fixtures/gold); see NOTES.md beside this file. */
export const MATCH_DEFAULTS = { threshold: 0.14, companionShare: 0.65, maxPriors: 3 } as const;
/** Units and metrics support only a text that already resembles: below this cosine they add nothing. */
const MIN_TEXT_SIMILARITY = 0.03;
const LEAD_BONUS = 0.06;
const SHARED_UNITS_BONUS = 0.06;
const METRIC_BONUS = 0.08;
/** An indicator task ("规上工业增加值增长6%以上") beside a prior task without its metric keeps this share of its score. */
const METRIC_CONFLICT_SHARE = 0.4;

/** Whether a task says nothing but its targets: little Han text is left once the targets are taken out. */
function isIndicatorOnly(text: string, targets: readonly { raw: string }[]): boolean {
  if (targets.length === 0) return false;
  let rest = text;
  for (const t of targets) rest = rest.replace(t.raw, "");
  return (rest.match(/\p{Script=Han}/gu) ?? []).length <= 4;
}

interface Vector {
  /** n-gram → weight, L2-normalised. */
  weights: Map<string, number>;
  /** The same weights by n-gram number, ascending, for fast dot products. */
  ids: Int32Array;
  values: Float64Array;
}

/** TF-IDF weights: sublinear term frequency, smoothed IDF, boilerplate lowered; then unit length. */
function vectorize(grams: Map<string, number>, idf: Map<string, number>, gramIds: Map<string, number>): Vector {
  const weights = new Map<string, number>();
  let norm = 0;
  for (const [gram, count] of grams) {
    const w = (1 + Math.log(count)) * (idf.get(gram) ?? 0) * gramWeight(gram) * (gram.length === 3 ? 1.2 : 1);
    if (w <= 0) continue;
    weights.set(gram, w);
    norm += w * w;
  }
  norm = Math.sqrt(norm);
  if (norm > 0) for (const [gram, w] of weights) weights.set(gram, w / norm);
  const entries = [...weights].map(([gram, w]) => [gramIds.get(gram) ?? -1, w] as const).sort((a, b) => a[0] - b[0]);
  return { weights, ids: Int32Array.from(entries.map((e) => e[0])), values: Float64Array.from(entries.map((e) => e[1])) };
}

/** Prior tasks scored exactly per current task. */
const SHORTLIST = 30;

/** The `k` of `keys` with the largest values (ties by key, for determinism). */
function topKeys(keys: readonly number[], values: Float64Array, k: number): number[] {
  const best: [number, number][] = [];
  for (const key of keys) {
    const entry: [number, number] = [key, values[key]];
    if (best.length === k && entry[1] <= best[k - 1][1]) continue;
    let at = best.length;
    while (at > 0 && (best[at - 1][1] < entry[1] || (best[at - 1][1] === entry[1] && best[at - 1][0] > entry[0]))) at--;
    best.splice(at, 0, entry);
    if (best.length > k) best.pop();
  }
  return best.map(([key]) => key);
}

/** Dot product of two unit vectors: a merge over their sorted n-gram numbers. */
function cosine(a: Vector, b: Vector): number {
  let sum = 0;
  let i = 0;
  let j = 0;
  while (i < a.ids.length && j < b.ids.length) {
    const x = a.ids[i];
    const y = b.ids[j];
    if (x === y) sum += a.values[i++] * b.values[j++];
    else if (x < y) i++;
    else j++;
  }
  return sum;
}

/** The shared trigrams and bigrams merged back into phrases ("高新技术企业"), longest first. */
function sharedPhrases(current: Vector, prior: Vector, limit = 5): string[] {
  const shared = [...current.weights.keys()].filter((g) => g.length >= 2 && prior.weights.has(g));
  const phrases: string[] = [];
  for (const gram of shared.sort((a, b) => (prior.weights.get(b) ?? 0) * (current.weights.get(b) ?? 0) - (prior.weights.get(a) ?? 0) * (current.weights.get(a) ?? 0))) {
    const at = phrases.findIndex((p) => p.includes(gram) || gram.includes(p) || p.endsWith(gram.slice(0, -1)) || gram.endsWith(p.slice(0, -1)));
    if (at < 0) phrases.push(gram);
    else if (phrases[at].endsWith(gram.slice(0, -1)) && !phrases[at].includes(gram)) phrases[at] += gram.slice(-1);
    else if (gram.includes(phrases[at])) phrases[at] = gram;
  }
  return phrases.sort((a, b) => b.length - a.length).slice(0, limit);
}

/**
 * For each current task, the prior task(s) that carry the same line of work, or none. Chinese has no word
 * spaces, so texts are compared as character 2/3-grams weighted by rarity across both sides (a rare phrase
 * such as 适老化改造 says far more than 加快推进); the same lead unit, shared units and shared target metrics
 * add a little, because the same bureau carries the same work from year to year in new words.
 */
export function matchTasks(current: readonly MatchDoc[], prior: readonly MatchDoc[], options: MatchOptions = {}): TaskMatch[] {
  const threshold = options.threshold ?? MATCH_DEFAULTS.threshold;
  const companionShare = options.companionShare ?? MATCH_DEFAULTS.companionShare;
  const maxPriors = options.maxPriors ?? MATCH_DEFAULTS.maxPriors;
  const canonical = options.canonicalUnit ?? ((name: string) => name);

  const currentGrams = current.map((d) => nGrams(d.text));
  const priorGrams = prior.map((d) => nGrams(d.text));
  const df = new Map<string, number>();
  for (const grams of [...currentGrams, ...priorGrams]) for (const gram of grams.keys()) df.set(gram, (df.get(gram) ?? 0) + 1);
  const total = current.length + prior.length;
  const idf = new Map<string, number>();
  const gramIds = new Map<string, number>();
  for (const [gram, n] of df) {
    idf.set(gram, Math.log((total + 1) / (n + 0.5)));
    gramIds.set(gram, gramIds.size);
  }

  const priorVectors = priorGrams.map((g) => vectorize(g, idf, gramIds));
  // Inverted index over the telling n-grams only: a current task meets just the prior tasks that share one.
  // The commonest n-grams (in more than 2% of tasks) would make every pair a candidate; they still count in
  // the exact score of each candidate.
  const commonCutoff = Math.max(50, total * 0.02);
  const common = new Set([...df].filter(([, n]) => n > commonCutoff).map(([gram]) => gramIds.get(gram)));
  const postings = new Map<number, { doc: number; weight: number }[]>();
  priorVectors.forEach((vector, doc) => {
    vector.ids.forEach((id, k) => {
      if (common.has(id)) return;
      let list = postings.get(id);
      if (!list) postings.set(id, (list = []));
      list.push({ doc, weight: vector.values[k] });
    });
  });
  const partial = new Float64Array(prior.length);
  const priorUnits = prior.map((d) => d.units.map(canonical));
  const priorIndex = new Map(prior.map((d, p) => [d.key, p]));
  const targetsOf = options.targetsOf;
  const priorMetrics = targetsOf ? prior.map((d) => targetsOf(d.text).map((t) => t.metric).filter((m) => m !== "")) : null;

  return current.map((doc, i) => {
    const vector = vectorize(currentGrams[i], idf, gramIds);
    // The telling n-grams give a partial score to every prior task sharing one; only the best few of those
    // are scored exactly (all n-grams), which keeps 5,000 × 5,000 fast.
    const touched: number[] = [];
    vector.ids.forEach((id, k) => {
      for (const posting of postings.get(id) ?? []) {
        if (partial[posting.doc] === 0) touched.push(posting.doc);
        partial[posting.doc] += vector.values[k] * posting.weight;
      }
    });
    const shortlist = topKeys(touched, partial, SHORTLIST);
    for (const p of touched) partial[p] = 0;
    const dot = new Map<number, number>();
    for (const p of shortlist) dot.set(p, cosine(vector, priorVectors[p]));
    const units = doc.units.map(canonical);
    const targets = targetsOf?.(doc.text) ?? [];
    const metrics = targets.map((t) => t.metric).filter((m) => m !== "");
    const indicatorOnly = isIndicatorOnly(doc.text, targets);
    const scored: PriorCandidate[] = [];
    for (const [p, similarity] of dot) {
      const sameLeadUnit = units.length > 0 && priorUnits[p].length > 0 && units[0] === priorUnits[p][0];
      const sharedUnits = units.filter((u) => priorUnits[p].includes(u));
      const unitJaccard = sharedUnits.length / (new Set([...units, ...priorUnits[p]]).size || 1);
      if (similarity < MIN_TEXT_SIMILARITY) continue;
      const commonMetrics = priorMetrics ? sharedMetrics(metrics, priorMetrics[p]) : [];
      const support = (sameLeadUnit ? LEAD_BONUS : 0) + SHARED_UNITS_BONUS * unitJaccard + (commonMetrics.length > 0 ? METRIC_BONUS : 0);
      // A bare indicator is the same task only where the same indicator is: 服务业增加值 is not 生产性服务业比重.
      const conflict = indicatorOnly && priorMetrics !== null && commonMetrics.length === 0 ? METRIC_CONFLICT_SHARE : 1;
      const score = Math.min(1, (similarity + support) * conflict);
      if (score < threshold) continue;
      const evidence: MatchEvidence = { sharedPhrases: [], sameLeadUnit, sharedUnits, sharedMetrics: commonMetrics };
      scored.push({ key: prior[p].key, seq: prior[p].seq, score: Math.round(score * 1000) / 1000, evidence });
    }
    scored.sort((a, b) => b.score - a.score || a.key.localeCompare(b.key));
    const best = scored[0]?.score ?? 0;
    const kept = scored.filter((c, k) => k === 0 || c.score >= best * companionShare).slice(0, maxPriors);
    for (const candidate of kept) candidate.evidence.sharedPhrases = sharedPhrases(vector, priorVectors[priorIndex.get(candidate.key) ?? 0]);
    return { key: doc.key, seq: doc.seq, prior: kept };
  });
}
