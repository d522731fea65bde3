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

/** A task's TF-IDF vector: its n-gram numbers with their weights, L2-normalised. */
interface Vector {
  ids: Int32Array;
  values: Float64Array;
}

/** Every n-gram of both sides numbered once, with its document frequency and its weight factor. */
class GramTable {
  readonly ids = new Map<string, number>();
  readonly text: string[] = [];
  readonly df: number[] = [];

  /** A document's n-grams as (number, count) pairs; each n-gram counted once towards its document frequency. */
  add(grams: Map<string, number>): { ids: Int32Array; counts: Float64Array } {
    const ids = new Int32Array(grams.size);
    const counts = new Float64Array(grams.size);
    let k = 0;
    for (const [gram, count] of grams) {
      let id = this.ids.get(gram);
      if (id === undefined) {
        id = this.text.length;
        this.ids.set(gram, id);
        this.text.push(gram);
        this.df.push(0);
      }
      this.df[id]++;
      ids[k] = id;
      counts[k++] = count;
    }
    return { ids, counts };
  }
}

/** TF-IDF weights: sublinear term frequency, smoothed IDF, boilerplate lowered; then unit length. */
function vectorize(doc: { ids: Int32Array; counts: Float64Array }, factor: Float64Array): Vector {
  const values = new Float64Array(doc.ids.length);
  let norm = 0;
  for (let k = 0; k < doc.ids.length; k++) {
    // Only n-grams in every document weigh nothing (IDF ≤ 0); a zero weight adds nothing to any product.
    const w = Math.max(0, (1 + Math.log(doc.counts[k])) * factor[doc.ids[k]]);
    values[k] = w;
    norm += w * w;
  }
  norm = Math.sqrt(norm);
  if (norm > 0) for (let k = 0; k < values.length; k++) values[k] /= norm;
  return { ids: doc.ids, values };
}

/** The most telling shared n-grams that are merged into the evidence's phrases (five phrases need no more). */
const PHRASE_GRAMS = 24;
/** Prior tasks scored exactly per current task. */
const SHORTLIST = 12;
/**
 * Postings read per current task to find its candidates, rarest n-grams first: a rare phrase finds the
 * same work, and a common one would touch most tasks. Bounds the work per task at any size.
 */
const CANDIDATE_POSTINGS = 1500;

/** The `k` of `keys` with the largest values, best first (ties by key, for determinism): a min-heap of k. */
function topKeys(keys: readonly number[], values: Float64Array, k: number): number[] {
  // a is worse than b: lower value, or the same value and a larger key.
  const worse = (a: number, b: number) => values[a] < values[b] || (values[a] === values[b] && a > b);
  const heap: number[] = [];
  const down = (i: number) => {
    for (;;) {
      const [l, r] = [2 * i + 1, 2 * i + 2];
      let m = i;
      if (l < heap.length && worse(heap[l], heap[m])) m = l;
      if (r < heap.length && worse(heap[r], heap[m])) m = r;
      if (m === i) return;
      [heap[i], heap[m]] = [heap[m], heap[i]];
      i = m;
    }
  };
  for (const key of keys) {
    if (heap.length < k) {
      heap.push(key);
      for (let i = heap.length - 1; i > 0 && worse(heap[i], heap[(i - 1) >> 1]); i = (i - 1) >> 1) [heap[i], heap[(i - 1) >> 1]] = [heap[(i - 1) >> 1], heap[i]];
    } else if (worse(heap[0], key)) {
      heap[0] = key;
      down(0);
    }
  }
  return heap.sort((a, b) => (worse(a, b) ? 1 : worse(b, a) ? -1 : 0));
}

/**
 * The current task's weights spread over a dense array by n-gram number, so that its dot product with any
 * prior task is one pass over that task's n-grams. Cleared again after each current task.
 */
class Scatter {
  private readonly dense: Float64Array;
  private vector: Vector | null = null;
  constructor(size: number) {
    this.dense = new Float64Array(size);
  }
  load(vector: Vector): void {
    this.clear();
    vector.ids.forEach((id, k) => (this.dense[id] = vector.values[k]));
    this.vector = vector;
  }
  clear(): void {
    this.vector?.ids.forEach((id) => (this.dense[id] = 0));
    this.vector = null;
  }
  cosine(prior: Vector): number {
    let sum = 0;
    for (let k = 0; k < prior.ids.length; k++) sum += this.dense[prior.ids[k]] * prior.values[k];
    return sum;
  }
  /** The n-grams both share, most telling (largest product) first, ties by n-gram number; at most `limit`. */
  shared(prior: Vector, limit: number): number[] {
    const found: [number, number][] = [];
    prior.ids.forEach((id, k) => {
      const w = this.dense[id] * prior.values[k];
      if (w > 0) found.push([id, w]);
    });
    return found
      .sort((a, b) => b[1] - a[1] || a[0] - b[0])
      .slice(0, limit)
      .map(([id]) => id);
  }
}

/** The shared trigrams and bigrams merged back into phrases ("高新技术企业"), longest first. */
function sharedPhrases(shared: readonly number[], gramText: readonly string[], limit = 5): string[] {
  const phrases: string[] = [];
  for (const gram of shared.map((id) => gramText[id]).filter((g) => g.length >= 2)) {
    const at = phrases.findIndex((p) => p.includes(gram) || gram.includes(p) || p.endsWith(gram.slice(0, -1)) || gram.endsWith(p.slice(0, -1)));
    if (at < 0) phrases.push(gram);
    else if (phrases[at].endsWith(gram.slice(0, -1)) && !phrases[at].includes(gram)) phrases[at] += gram.slice(-1);
    else if (gram.includes(phrases[at])) phrases[at] = gram;
  }
  return phrases.sort((a, b) => b.length - a.length).slice(0, limit);
}

/** Prior tasks by n-gram number, as flat arrays (one slice per n-gram): the candidates of a current task. */
function postingsOf(vectors: readonly Vector[], grams: number) {
  const start = new Int32Array(grams + 1);
  for (const v of vectors) for (const id of v.ids) start[id + 1]++;
  for (let g = 0; g < grams; g++) start[g + 1] += start[g];
  const fill = start.slice(0, grams);
  const total = start[grams];
  const docs = new Int32Array(total);
  const weights = new Float64Array(total);
  vectors.forEach((v, doc) =>
    v.ids.forEach((id, k) => {
      docs[fill[id]] = doc;
      weights[fill[id]++] = v.values[k];
    }),
  );
  return { start, docs, weights };
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

  const table = new GramTable();
  const currentDocs = current.map((d) => table.add(nGrams(d.text)));
  const priorDocs = prior.map((d) => table.add(nGrams(d.text)));
  const total = current.length + prior.length;
  // Each n-gram's weight factor: smoothed IDF, boilerplate lowered, trigrams a little above bigrams.
  const factor = Float64Array.from(table.text, (gram, id) => Math.log((total + 1) / (table.df[id] + 0.5)) * gramWeight(gram) * (gram.length === 3 ? 1.2 : 1));

  const priorVectors = priorDocs.map((d) => vectorize(d, factor));
  const postings = postingsOf(priorVectors, table.text.length);
  const partial = new Float64Array(prior.length);
  const scatter = new Scatter(table.text.length);
  const priorUnits = prior.map((d) => d.units.map(canonical));
  const priorIndex = new Map(prior.map((d, p) => [d.key, p]));
  const targetsOf = options.targetsOf;
  const priorMetrics = targetsOf ? prior.map((d) => targetsOf(d.text).map((t) => t.metric).filter((m) => m !== "")) : null;

  return current.map((doc, i) => {
    const vector = vectorize(currentDocs[i], factor);
    scatter.load(vector);
    // The rarest n-grams first give a partial score to every prior task sharing one, until the budget of
    // postings is spent; only the best few of those are scored exactly (all n-grams).
    // Packed as df·2^21 + position in one float array, so a plain numeric sort orders them.
    const byRarity = Float64Array.from(vector.ids, (id, k) => table.df[id] * 2 ** 21 + k).sort();
    const touched: number[] = [];
    let budget = CANDIDATE_POSTINGS;
    for (const packed of byRarity) {
      const k = packed % 2 ** 21;
      const id = vector.ids[k];
      const [from, to] = [postings.start[id], postings.start[id + 1]];
      if (to - from > budget && touched.length > 0) break;
      budget -= to - from;
      for (let n = from; n < to; n++) {
        const p = postings.docs[n];
        if (partial[p] === 0) touched.push(p);
        partial[p] += vector.values[k] * postings.weights[n];
      }
      if (budget <= 0) break;
    }
    const shortlist = topKeys(touched, partial, SHORTLIST);
    for (const p of touched) partial[p] = 0;
    const dot = new Map<number, number>();
    for (const p of shortlist) dot.set(p, scatter.cosine(priorVectors[p]));
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
    for (const candidate of kept) candidate.evidence.sharedPhrases = sharedPhrases(scatter.shared(priorVectors[priorIndex.get(candidate.key) ?? 0], PHRASE_GRAMS), table.text);
    return { key: doc.key, seq: doc.seq, prior: kept };
  });
}
