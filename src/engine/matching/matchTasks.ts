import { NumberHeap } from "../collections";
import { sharedMetrics, sharedMetricTest } from "./metrics";
import { GramTable, type Vectors } from "./gramTable";
import { gramWeight } from "./ngrams";
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
  // At most four Han characters: counted until a fifth, without listing them all.
  const han = /\p{Script=Han}/gu;
  let count = 0;
  while (han.exec(rest) !== null) if (++count > 4) return false;
  return true;
}

/**
 * Each task's canonical units as numbers, in one flat array: task d's are ids[start[d] … start[d + 1]), in the
 * order listed. Tasks are compared by number: a unit name from a cell and the registry's own spelling of it
 * are equal strings of different kinds, which optimised code compares slowly and unsteadily.
 */
interface UnitLists {
  start: Int32Array;
  ids: Int32Array;
}

/** Canonical unit names numbered in order of first appearance, across both sides. */
class UnitNumbering {
  readonly names: string[] = [];
  private readonly byCanonical = new Map<string, number>();
  private readonly byName = new Map<string, number>();
  constructor(private readonly canonical: (name: string) => string) {}
  lists(docs: readonly MatchDoc[]): UnitLists {
    const start = new Int32Array(docs.length + 1);
    const ids: number[] = [];
    docs.forEach((d, i) => {
      // Few distinct unit names recur across thousands of tasks: each is made canonical once.
      for (const name of d.units) {
        let id = this.byName.get(name);
        if (id === undefined) {
          const canonical = this.canonical(name);
          id = this.byCanonical.get(canonical) ?? this.names.push(canonical) - 1;
          this.byCanonical.set(canonical, id);
          this.byName.set(name, id);
        }
        ids.push(id);
      }
      start[i + 1] = ids.length;
    });
    return { start, ids: Int32Array.from(ids) };
  }
}

function listHas(ids: Int32Array, from: number, to: number, id: number): boolean {
  for (let k = from; k < to; k++) if (ids[k] === id) return true;
  return false;
}

/** The names of task i's units (as listed, repeats too) that task j also has. */
function sharedUnitNames(a: UnitLists, i: number, b: UnitLists, j: number, names: readonly string[]): string[] {
  const shared: string[] = [];
  for (let k = a.start[i]; k < a.start[i + 1]; k++) if (listHas(b.ids, b.start[j], b.start[j + 1], a.ids[k])) shared.push(names[a.ids[k]]);
  return shared;
}

/** Units of task i (as listed, repeats too) that task j also has, over the distinct units of both. */
function unitJaccard(a: UnitLists, i: number, b: UnitLists, j: number): number {
  const [aFrom, aTo, bFrom, bTo] = [a.start[i], a.start[i + 1], b.start[j], b.start[j + 1]];
  let shared = 0;
  let union = 0;
  for (let k = aFrom; k < aTo; k++) {
    if (!listHas(a.ids, aFrom, k, a.ids[k])) union++;
    if (listHas(b.ids, bFrom, bTo, a.ids[k])) shared++;
  }
  for (let k = bFrom; k < bTo; k++) if (!listHas(b.ids, bFrom, k, b.ids[k]) && !listHas(a.ids, aFrom, aTo, b.ids[k])) union++;
  return shared / (union || 1);
}

/** The most telling shared n-grams that are merged into the evidence's phrases (five phrases need no more). */
const PHRASE_GRAMS = 24;
/** Prior tasks scored exactly per current task. */
const SHORTLIST = 12;
/**
 * Postings read per current task to find its candidates: bounds the work per task at any size. On the
 * published sheets (100–300 tasks a side) the matches are the same as reading every posting.
 */
const CANDIDATE_POSTINGS = 1500;
/**
 * When the budget binds, an n-gram this close (in the task's n-gram order) to one already read is read
 * only after the others: neighbouring n-grams of one phrase find the same prior tasks, so the budget goes
 * further spread over every phrase of the task (see NOTES.md).
 */
const SPREAD_GAP = 3;

/**
 * The keys with the largest values, best first, ties by the smaller key (for determinism): a min-heap of at
 * most `capacity` keys, kept from task to task, so choosing among a thousand candidates allocates nothing.
 */
class BestKeys {
  readonly keys: Int32Array;
  size = 0;
  constructor(private readonly capacity: number) {
    this.keys = new Int32Array(capacity);
  }
  /** Chooses among the first `count` of `candidates`, scored by `values`; the choice is keys[0 … size). */
  choose(candidates: Int32Array, count: number, values: Float64Array): void {
    const heap = this.keys;
    const capacity = this.capacity;
    // a is worse than b: a lower value, or the same value and a larger key.
    const worse = (a: number, b: number) => values[a] < values[b] || (values[a] === values[b] && a > b);
    let size = 0;
    for (let n = 0; n < count; n++) {
      const key = candidates[n];
      if (size < capacity) {
        let i = size++;
        while (i > 0) {
          const up = (i - 1) >> 1;
          if (!worse(key, heap[up])) break;
          heap[i] = heap[up];
          i = up;
        }
        heap[i] = key;
      } else if (worse(heap[0], key)) {
        let i = 0;
        for (;;) {
          const l = 2 * i + 1;
          if (l >= size) break;
          const child = l + 1 < size && worse(heap[l + 1], heap[l]) ? l + 1 : l;
          if (!worse(heap[child], key)) break;
          heap[i] = heap[child];
          i = child;
        }
        heap[i] = key;
      }
    }
    // Best first: an insertion sort, as there are only a dozen.
    for (let i = 1; i < size; i++) {
      const key = heap[i];
      let j = i;
      for (; j > 0 && worse(heap[j - 1], key); j--) heap[j] = heap[j - 1];
      heap[j] = key;
    }
    this.size = size;
  }
}

/**
 * The current task's weights spread over a dense array by n-gram number, so that its dot product with any
 * prior task is one pass over that task's n-grams. Cleared again after each current task.
 */
class Scatter {
  private readonly dense: Float64Array;
  private loaded: Vectors | null = null;
  private sharedIds = new Int32Array(0);
  private sharedWeights = new Float64Array(0);
  private doc = 0;
  constructor(size: number) {
    this.dense = new Float64Array(size);
  }
  load(vectors: Vectors, doc: number): void {
    this.clear();
    for (let k = vectors.start[doc]; k < vectors.start[doc + 1]; k++) this.dense[vectors.ids[k]] = vectors.values[k];
    this.loaded = vectors;
    this.doc = doc;
  }
  clear(): void {
    const vectors = this.loaded;
    if (vectors === null) return;
    for (let k = vectors.start[this.doc]; k < vectors.start[this.doc + 1]; k++) this.dense[vectors.ids[k]] = 0;
    this.loaded = null;
  }
  cosine(prior: Vectors, doc: number): number {
    const { ids, values } = prior;
    let sum = 0;
    for (let k = prior.start[doc]; k < prior.start[doc + 1]; k++) sum += this.dense[ids[k]] * values[k];
    return sum;
  }
  /** The n-grams both share, most telling (largest product) first, ties by n-gram number; at most `limit`. */
  shared(prior: Vectors, doc: number, limit: number): number[] {
    // The best `limit` kept in order as they come (insertion): the full list is longer and needs no order.
    if (this.sharedIds.length < limit) {
      this.sharedIds = new Int32Array(limit);
      this.sharedWeights = new Float64Array(limit);
    }
    const ids = this.sharedIds;
    const weights = this.sharedWeights;
    let size = 0;
    for (let k = prior.start[doc]; k < prior.start[doc + 1]; k++) {
      const id = prior.ids[k];
      const w = this.dense[id] * prior.values[k];
      if (!(w > 0)) continue;
      let at = size;
      while (at > 0 && (weights[at - 1] < w || (weights[at - 1] === w && ids[at - 1] > id))) at--;
      if (at >= limit) continue;
      if (size < limit) size++;
      for (let m = size - 1; m > at; m--) {
        ids[m] = ids[m - 1];
        weights[m] = weights[m - 1];
      }
      ids[at] = id;
      weights[at] = w;
    }
    const out: number[] = [];
    for (let k = 0; k < size; k++) out.push(ids[k]);
    return out;
  }
}

/** The shared trigrams and bigrams merged back into phrases ("高新技术企业"), longest first. */
function sharedPhrases(shared: readonly number[], gramText: readonly string[], limit = 5): string[] {
  const phrases: string[] = [];
  for (const id of shared) {
    const gram = gramText[id];
    if (gram.length < 2) continue;
    const head = gram.slice(0, -1);
    // The first phrase that holds the n-gram, lies in it, or overlaps it by all but one character at either
    // end; the last characters are compared first because most pairs differ there.
    const lastOfHead = head.charCodeAt(head.length - 1);
    const lastOfGram = gram.charCodeAt(gram.length - 1);
    let at = -1;
    for (let k = 0; k < phrases.length; k++) {
      const p = phrases[k];
      if (
        p.includes(gram) ||
        (p.length <= gram.length && gram.includes(p)) ||
        (p.charCodeAt(p.length - 1) === lastOfHead && p.endsWith(head)) ||
        (p.charCodeAt(p.length - 2) === lastOfGram && gram.endsWith(p.slice(0, -1)))
      ) {
        at = k;
        break;
      }
    }
    if (at < 0) phrases.push(gram);
    else if (phrases[at].endsWith(head) && !phrases[at].includes(gram)) phrases[at] += gram.slice(-1);
    else if (gram.includes(phrases[at])) phrases[at] = gram;
  }
  return phrases.sort((a, b) => b.length - a.length).slice(0, limit);
}

/** Prior tasks by n-gram number, as flat arrays: the prior tasks holding n-gram g are docs[start[g] … start[g + 1]). */
interface Postings {
  start: Int32Array;
  docs: Int32Array;
  weights: Float64Array;
}

/**
 * The prior tasks worth scoring exactly for one current task. The rarest n-grams first give a partial score
 * (their share of the cosine) to every prior task holding one, until the budget of postings is spent; the
 * best few by partial score are the shortlist. Scratch arrays are kept from task to task.
 */
class CandidateSearch {
  private readonly rarity: NumberHeap;
  private readonly nearRead: Uint8Array;
  private readonly deferred: Int32Array;
  private readonly partial: Float64Array;
  /** Prior tasks given a partial score; one is listed again when its score is still 0 after a posting (a weightless n-gram). */
  private touched: Int32Array;
  private touchedCount = 0;
  private budget = 0;
  private readonly best: BestKeys;

  constructor(
    private readonly query: Vectors,
    private readonly postings: Postings,
    private readonly df: Float64Array,
    priorCount: number,
    private readonly budgetPerTask: number,
    shortlistSize: number,
  ) {
    this.best = new BestKeys(shortlistSize);
    let longest = 0;
    for (let i = 0; i + 1 < query.start.length; i++) longest = Math.max(longest, query.start[i + 1] - query.start[i]);
    this.rarity = new NumberHeap(longest);
    this.nearRead = new Uint8Array(longest);
    this.deferred = new Int32Array(longest);
    this.partial = new Float64Array(priorCount);
    this.touched = new Int32Array(Math.max(16, priorCount));
  }

  /**
   * The shortlist of current task i: prior tasks, best partial score first, a prior task listed again where
   * it was touched twice. Valid until the next call.
   */
  shortlist(i: number): { keys: Int32Array; size: number } {
    const { query, postings, df, rarity, nearRead, deferred } = this;
    const first = query.start[i];
    const count = query.start[i + 1] - first;
    // Packed as df·2^21 + position in one float array, so the smallest number is the rarest n-gram.
    let all = 0;
    for (let k = 0; k < count; k++) {
      const id = query.ids[first + k];
      rarity.values[k] = df[id] * 2 ** 21 + k;
      all += postings.start[id + 1] - postings.start[id];
    }
    const spread = all > this.budgetPerTask;
    rarity.heapify(count);
    if (spread) nearRead.fill(0, 0, count);
    this.touchedCount = 0;
    this.budget = this.budgetPerTask;
    let deferredCount = 0;
    let open = true;
    while (open && rarity.size > 0) {
      const k = rarity.pop() % 2 ** 21;
      if (spread && nearRead[k] === 1) {
        deferred[deferredCount++] = k;
        continue;
      }
      open = this.read(first + k);
      if (spread) nearRead.fill(1, Math.max(0, k - SPREAD_GAP), Math.min(count, k + SPREAD_GAP + 1));
    }
    for (let d = 0; open && d < deferredCount; d++) open = this.read(first + deferred[d]);
    this.best.choose(this.touched, this.touchedCount, this.partial);
    for (let n = 0; n < this.touchedCount; n++) this.partial[this.touched[n]] = 0;
    return this.best;
  }

  /** Adds the postings of the query's n-gram at `at` to the partial scores; false once the budget is spent. */
  private read(at: number): boolean {
    const { postings, partial } = this;
    const id = this.query.ids[at];
    const from = postings.start[id];
    const to = postings.start[id + 1];
    if (to - from > this.budget && this.touchedCount > 0) return false;
    this.budget -= to - from;
    const weight = this.query.values[at];
    for (let n = from; n < to; n++) {
      const p = postings.docs[n];
      if (partial[p] === 0) {
        if (this.touchedCount === this.touched.length) {
          const more = new Int32Array(this.touched.length * 2);
          more.set(this.touched);
          this.touched = more;
        }
        this.touched[this.touchedCount++] = p;
      }
      partial[p] += weight * postings.weights[n];
    }
    return this.budget > 0;
  }
}

/** The postings of `vectors`' documents (see Postings). */
function postingsOf(vectors: Vectors, docCount: number, grams: number): Postings {
  const start = new Int32Array(grams + 1);
  for (let k = 0; k < vectors.ids.length; k++) start[vectors.ids[k] + 1]++;
  for (let g = 0; g < grams; g++) start[g + 1] += start[g];
  const fill = start.slice(0, grams);
  const total = start[grams];
  const docs = new Int32Array(total);
  const weights = new Float64Array(total);
  for (let doc = 0; doc < docCount; doc++) {
    for (let k = vectors.start[doc]; k < vectors.start[doc + 1]; k++) {
      const id = vectors.ids[k];
      docs[fill[id]] = doc;
      weights[fill[id]++] = vectors.values[k];
    }
  }
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
  const phrases = options.phrases ?? true;
  const canonical = options.canonicalUnit ?? ((name: string) => name);

  let textLength = 0;
  for (const d of current) textLength += d.text.length;
  for (const d of prior) textLength += d.text.length;
  const table = new GramTable(textLength);
  for (const d of current) table.add(d.text);
  for (const d of prior) table.add(d.text);
  const total = current.length + prior.length;
  // Each n-gram's weight factor: smoothed IDF, boilerplate lowered, trigrams a little above bigrams.
  const factor = Float64Array.from(table.text, (gram, id) => Math.log((total + 1) / (table.df[id] + 0.5)) * gramWeight(gram) * (gram.length === 3 ? 1.2 : 1));

  const currentVectors = table.vectors(0, current.length, factor);
  const priorVectors = table.vectors(current.length, total, factor);
  table.release();
  const postings = postingsOf(priorVectors, prior.length, table.text.length);
  const scatter = new Scatter(table.text.length);
  const targetsOf = options.targetsOf;
  // Units, metrics and whether a task is a bare indicator, for both sides before any pair is scored.
  const numbering = new UnitNumbering(canonical);
  const targetsOfAll = (docs: readonly MatchDoc[]) => docs.map((d) => targetsOf?.(d.text) ?? []);
  const metricsOf = (targets: readonly (readonly { metric: string }[])[]) =>
    targets.map((list) => {
      const metrics: string[] = [];
      for (const t of list) if (t.metric !== "") metrics.push(t.metric);
      return metrics;
    });
  const priorUnits = numbering.lists(prior);
  const priorMetrics = targetsOf ? metricsOf(targetsOfAll(prior)) : null;
  const currentUnits = numbering.lists(current);
  const currentTargets = targetsOfAll(current);
  const currentMetrics = metricsOf(currentTargets);
  const indicatorOnly = current.map((d, i) => isIndicatorOnly(d.text, currentTargets[i]));
  const hasSharedMetric = sharedMetricTest();
  const search = new CandidateSearch(currentVectors, postings, Float64Array.from(table.df), prior.length, options.candidatePostings ?? CANDIDATE_POSTINGS, SHORTLIST);

  const matchOne = (doc: MatchDoc, i: number): TaskMatch => {
    scatter.load(currentVectors, i);
    const shortlist = search.shortlist(i);
    // Each prior task once, in shortlist order, with its cosine.
    const dot: number[] = [];
    for (let n = 0; n < shortlist.size; n++) if (!listHas(shortlist.keys, 0, n, shortlist.keys[n])) dot.push(shortlist.keys[n]);
    const metrics = currentMetrics[i];
    // Most candidates fall below the threshold: their evidence lists are made only for the few kept.
    const scored: { p: number; score: number; sameLeadUnit: boolean }[] = [];
    for (const p of dot) {
      const similarity = scatter.cosine(priorVectors, p);
      if (similarity < MIN_TEXT_SIMILARITY) continue;
      const ours = currentUnits.start[i];
      const theirs = priorUnits.start[p];
      const sameLeadUnit = ours < currentUnits.start[i + 1] && theirs < priorUnits.start[p + 1] && currentUnits.ids[ours] === priorUnits.ids[theirs];
      const metricShared = priorMetrics !== null && metrics.length > 0 && hasSharedMetric(metrics, priorMetrics[p]);
      const support = (sameLeadUnit ? LEAD_BONUS : 0) + SHARED_UNITS_BONUS * unitJaccard(currentUnits, i, priorUnits, p) + (metricShared ? METRIC_BONUS : 0);
      // A bare indicator is the same task only where the same indicator is: 服务业增加值 is not 生产性服务业比重.
      const conflict = indicatorOnly[i] && priorMetrics !== null && !metricShared ? METRIC_CONFLICT_SHARE : 1;
      const score = Math.min(1, (similarity + support) * conflict);
      if (score < threshold) continue;
      scored.push({ p, score: Math.round(score * 1000) / 1000, sameLeadUnit });
    }
    scored.sort((a, b) => b.score - a.score || prior[a.p].key.localeCompare(prior[b.p].key));
    const best = scored[0]?.score ?? 0;
    const kept: PriorCandidate[] = scored
      .filter((c, k) => k === 0 || c.score >= best * companionShare)
      .slice(0, maxPriors)
      .map(({ p, score, sameLeadUnit }) => {
        const evidence: MatchEvidence = {
          ...(phrases ? { sharedPhrases: sharedPhrases(scatter.shared(priorVectors, p, PHRASE_GRAMS), table.text) } : {}),
          sameLeadUnit,
          sharedUnits: sharedUnitNames(currentUnits, i, priorUnits, p, numbering.names),
          sharedMetrics: priorMetrics && metrics.length > 0 ? sharedMetrics(metrics, priorMetrics[p]) : [],
        };
        return { key: prior[p].key, seq: prior[p].seq, score, evidence };
      });
    return { key: doc.key, seq: doc.seq, prior: kept };
  };
  return current.map(matchOne);
}
