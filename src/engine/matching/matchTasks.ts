import { matchConfidence } from "./confidence";
import { SCORING_MODEL } from "./model";
import { MetricPairs } from "./metrics";
import { GramTable, type Vectors } from "./gramTable";
import { gramWeight } from "./ngrams";
import { StableOrder } from "./stableOrder";
import { shareTopic, TopicSets } from "./topics";
import type { MatchDoc, MatchEvidence, MatchOptions, PriorCandidate, TaskMatch } from "./types";

/** The defaults of the options a caller sets most (the scoring model's, see model.ts), and at most 3 priors a task. */
export const MATCH_DEFAULTS = { threshold: SCORING_MODEL.threshold, companionShare: SCORING_MODEL.companionShare, maxPriors: 3 } as const;

/** Whether a task says nothing but its targets: little Han text is left once the targets are taken out. */
function isIndicatorOnly(text: string, targets: readonly { raw: string }[]): boolean {
  if (targets.length === 0) return false;
  let rest = text;
  for (const t of targets) rest = rest.replace(t.raw, "");
  // At most four Han characters: counted until a fifth, without listing them all.
  const han = /\p{Script=Han}/gu;
  let count = 0;
  while (han.test(rest)) if (++count > 4) return false;
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
    for (let i = 0; i < docs.length; i++) {
      const units = docs[i].units;
      // Few distinct unit names recur across thousands of tasks: each is made canonical once.
      for (let u = 0; u < units.length; u++) {
        const name = units[u];
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
    }
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
  const aFrom = a.start[i];
  const aTo = a.start[i + 1];
  const bFrom = b.start[j];
  const bTo = b.start[j + 1];
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

/** Whether key a of value va ranks below key b of value vb: a lower value, or the same value and a larger key. */
const isWorse = (va: number, a: number, vb: number, b: number) => va < vb || (va === vb && a > b);

/**
 * The keys with the largest values, best first, ties by the smaller key (for determinism): a min-heap of at
 * most `capacity` keys, kept from task to task, so choosing among a thousand candidates allocates nothing.
 */
class BestKeys {
  readonly keys: Int32Array;
  /** The value of each key in the heap, beside it: compared without a second look-up per step. */
  private readonly heapValues: Float64Array;
  size = 0;
  constructor(private readonly capacity: number) {
    this.keys = new Int32Array(capacity);
    this.heapValues = new Float64Array(capacity);
  }
  /** Chooses among the first `count` of `candidates`, scored by `values`; the choice is keys[0 … size). */
  choose(candidates: Int32Array, count: number, values: Float64Array): void {
    const heap = this.keys;
    const heapValues = this.heapValues;
    const capacity = this.capacity;
    let size = 0;
    for (let n = 0; n < count; n++) {
      const key = candidates[n];
      const value = values[key];
      if (size < capacity) {
        // Up from the end while the new key is worse than its parent.
        let i = size++;
        while (i > 0) {
          const up = (i - 1) >> 1;
          if (!isWorse(value, key, heapValues[up], heap[up])) break;
          heap[i] = heap[up];
          heapValues[i] = heapValues[up];
          i = up;
        }
        heap[i] = key;
        heapValues[i] = value;
        continue;
      }
      // Most candidates are below the worst kept: one comparison turns them away.
      if (!isWorse(heapValues[0], heap[0], value, key)) continue;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        if (l >= size) break;
        const child = l + 1 < size && isWorse(heapValues[l + 1], heap[l + 1], heapValues[l], heap[l]) ? l + 1 : l;
        if (!isWorse(heapValues[child], heap[child], value, key)) break;
        heap[i] = heap[child];
        heapValues[i] = heapValues[child];
        i = child;
      }
      heap[i] = key;
      heapValues[i] = value;
    }
    // Best first: an insertion sort, as there are only a dozen.
    for (let i = 1; i < size; i++) {
      const key = heap[i];
      const value = heapValues[i];
      let j = i;
      for (; j > 0 && isWorse(heapValues[j - 1], heap[j - 1], value, key); j--) {
        heap[j] = heap[j - 1];
        heapValues[j] = heapValues[j - 1];
      }
      heap[j] = key;
      heapValues[j] = value;
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
  /**
   * The cosine with each of prior tasks docs[0 … count), into out. Four at a time: each sum is a chain of
   * additions, one waiting for the other, in the prior task's n-gram order (kept, for the same rounding);
   * four chains side by side keep the processor busy.
   */
  cosines(prior: Vectors, docs: Int32Array, count: number, out: Float64Array): void {
    // Locals, not fields, in the loops: V8 reloads a field every pass.
    const { start, ids, values } = prior;
    const dense = this.dense;
    let d = 0;
    for (; d + 3 < count; d += 4) {
      // No destructuring: V8 would make and walk an array for it.
      let k0 = start[docs[d]];
      let k1 = start[docs[d + 1]];
      let k2 = start[docs[d + 2]];
      let k3 = start[docs[d + 3]];
      const to0 = start[docs[d] + 1];
      const to1 = start[docs[d + 1] + 1];
      const to2 = start[docs[d + 2] + 1];
      const to3 = start[docs[d + 3] + 1];
      let sum0 = 0;
      let sum1 = 0;
      let sum2 = 0;
      let sum3 = 0;
      for (const end = k0 + Math.min(to0 - k0, to1 - k1, to2 - k2, to3 - k3); k0 < end; k0++, k1++, k2++, k3++) {
        sum0 += dense[ids[k0]] * values[k0];
        sum1 += dense[ids[k1]] * values[k1];
        sum2 += dense[ids[k2]] * values[k2];
        sum3 += dense[ids[k3]] * values[k3];
      }
      for (; k0 < to0; k0++) sum0 += dense[ids[k0]] * values[k0];
      for (; k1 < to1; k1++) sum1 += dense[ids[k1]] * values[k1];
      for (; k2 < to2; k2++) sum2 += dense[ids[k2]] * values[k2];
      for (; k3 < to3; k3++) sum3 += dense[ids[k3]] * values[k3];
      out[d] = sum0;
      out[d + 1] = sum1;
      out[d + 2] = sum2;
      out[d + 3] = sum3;
    }
    for (; d < count; d++) {
      let sum = 0;
      for (let k = start[docs[d]], to = start[docs[d] + 1]; k < to; k++) sum += dense[ids[k]] * values[k];
      out[d] = sum;
    }
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

/**
 * The order of two prior tasks' keys (the sign of localeCompare). Ties in score recur between the same few
 * prior tasks (a task that a sheet repeats in the same words, numbers aside, ties with the same others for
 * every current task like it: on a workload that repeated its tasks, at 50,000 a side, some 7,500 pairs were
 * compared over 150,000 times), and a localeCompare costs about a tenth of a microsecond.
 *
 * Keys of ASCII digits only (the usual keys: row indexes) collate character by character, a key before any
 * longer key it begins, in every locale; so they compare as numbers: each key's digits read as a fraction
 * (0.d₁d₂…, held as an integer of MAX_DIGITS digits), then the shorter first. Other keys are compared with
 * localeCompare, remembered per pair.
 */
class KeyOrder {
  private readonly known = new Map<number, Map<number, number>>();
  /** Per key of digits only: its digits as an integer of MAX_DIGITS digits (zeros appended), and its length. */
  private readonly padded: Float64Array | null;
  private readonly lengths: Uint8Array;
  constructor(private readonly docs: readonly MatchDoc[]) {
    let digitsOnly = true;
    for (let i = 0; digitsOnly && i < docs.length; i++) digitsOnly = DIGIT_KEY.test(docs[i].key);
    const padded = new Float64Array(digitsOnly ? docs.length : 0);
    const lengths = new Uint8Array(padded.length);
    for (let i = 0; i < padded.length; i++) {
      const key = docs[i].key;
      padded[i] = key === "" ? 0 : Number(key) * 10 ** (MAX_DIGITS - key.length);
      lengths[i] = key.length;
    }
    this.padded = digitsOnly ? padded : null;
    this.lengths = lengths;
  }
  /** Negative, 0 or positive as docs[a].key sorts before, with or after docs[b].key. */
  compare(a: number, b: number): number {
    const padded = this.padded;
    if (padded !== null) return padded[a] !== padded[b] ? (padded[a] < padded[b] ? -1 : 1) : this.lengths[a] - this.lengths[b];
    let row = this.known.get(a);
    if (row === undefined) this.known.set(a, (row = new Map()));
    let sign = row.get(b);
    if (sign === undefined) row.set(b, (sign = Math.sign(this.docs[a].key.localeCompare(this.docs[b].key))));
    return sign;
  }
}

/** Digits an integer holds exactly in a double (below 2^53). */
const MAX_DIGITS = 15;
const DIGIT_KEY = new RegExp(`^[0-9]{0,${MAX_DIGITS}}$`);

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
  /** Each n-gram's place in the order of document frequency (the dense rank: equal frequencies share one). */
  private readonly rarityRank: Int32Array;
  /** The rarity rank of each of the task's n-grams, by position. */
  private readonly ranks: Int32Array;
  private readonly order: StableOrder;
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
    df: readonly number[],
    priorCount: number,
    private readonly budgetPerTask: number,
    shortlistSize: number,
  ) {
    this.best = new BestKeys(shortlistSize);
    let longest = 0;
    for (let i = 0; i + 1 < query.start.length; i++) longest = Math.max(longest, query.start[i + 1] - query.start[i]);
    // The distinct frequencies in order, each numbered by its place.
    const rankOf = new Map<number, number>();
    for (const frequency of Float64Array.from(df).sort()) if (!rankOf.has(frequency)) rankOf.set(frequency, rankOf.size);
    this.rarityRank = Int32Array.from(df, (frequency) => rankOf.get(frequency) ?? 0);
    this.ranks = new Int32Array(longest);
    this.order = new StableOrder(longest, rankOf.size);
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
    const { query, rarityRank, ranks, nearRead, deferred } = this;
    const postingStart = this.postings.start;
    const first = query.start[i];
    const count = query.start[i + 1] - first;
    let all = 0;
    for (let k = 0; k < count; k++) {
      const id = query.ids[first + k];
      ranks[k] = rarityRank[id];
      all += postingStart[id + 1] - postingStart[id];
    }
    // Rarest first, ties in text order. Most tasks read about two thirds of their n-grams (the spread puts
    // many off): ordered whole at once.
    const rarest = this.order.of(ranks, count);
    const spread = all > this.budgetPerTask;
    if (spread) for (let k = 0; k < count; k++) nearRead[k] = 0;
    this.touchedCount = 0;
    this.budget = this.budgetPerTask;
    let deferredCount = 0;
    let open = true;
    for (let r = 0; open && r < count; r++) {
      const k = rarest[r];
      if (spread && nearRead[k] === 1) {
        deferred[deferredCount++] = k;
        continue;
      }
      open = this.read(first + k);
      if (spread) for (let m = Math.max(0, k - SPREAD_GAP), to = Math.min(count, k + SPREAD_GAP + 1); m < to; m++) nearRead[m] = 1;
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
    // Room for every posting at once, so the loop below checks nothing but the score (the hottest loop).
    if (this.touchedCount + (to - from) > this.touched.length) {
      const more = new Int32Array(Math.max(this.touched.length * 2, this.touchedCount + (to - from)));
      more.set(this.touched);
      this.touched = more;
    }
    const { docs, weights } = postings;
    const touched = this.touched;
    const weight = this.query.values[at];
    let touchedCount = this.touchedCount;
    // Four postings a pass, loads first: they are independent (one n-gram's postings are distinct prior
    // tasks), and the processor overlaps them; V8 unrolls nothing itself.
    let n = from;
    for (; n + 3 < to; n += 4) {
      const p0 = docs[n];
      const p1 = docs[n + 1];
      const p2 = docs[n + 2];
      const p3 = docs[n + 3];
      const score0 = partial[p0];
      const score1 = partial[p1];
      const score2 = partial[p2];
      const score3 = partial[p3];
      if (score0 === 0) touched[touchedCount++] = p0;
      if (score1 === 0) touched[touchedCount++] = p1;
      if (score2 === 0) touched[touchedCount++] = p2;
      if (score3 === 0) touched[touchedCount++] = p3;
      partial[p0] = score0 + weight * weights[n];
      partial[p1] = score1 + weight * weights[n + 1];
      partial[p2] = score2 + weight * weights[n + 2];
      partial[p3] = score3 + weight * weights[n + 3];
    }
    for (; n < to; n++) {
      const p = docs[n];
      const score = partial[p];
      if (score === 0) touched[touchedCount++] = p;
      partial[p] = score + weight * weights[n];
    }
    this.touchedCount = touchedCount;
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
  const model = options.model ? { ...SCORING_MODEL, ...options.model } : SCORING_MODEL;
  const threshold = options.threshold ?? model.threshold;
  const companionShare = options.companionShare ?? model.companionShare;
  const { minTextSimilarity, leadBonus, sharedUnitsBonus, metricBonus, metricConflictShare, boilerplateWeight, trigramWeight, topicBonus } = model;
  const maxPriors = options.maxPriors ?? MATCH_DEFAULTS.maxPriors;
  const phrases = options.phrases ?? true;
  const canonical = options.canonicalUnit ?? ((name: string) => name);

  // Indexed loops here and below: for…of and Array.from allocate an iterator result per item at this size.
  let textLength = 0;
  for (let i = 0; i < current.length; i++) textLength += current[i].text.length;
  for (let i = 0; i < prior.length; i++) textLength += prior[i].text.length;
  const table = new GramTable(textLength);
  for (let i = 0; i < current.length; i++) table.add(current[i].text);
  for (let i = 0; i < prior.length; i++) table.add(prior[i].text);
  const total = current.length + prior.length;
  // Each n-gram's weight factor: smoothed IDF, boilerplate lowered, trigrams a little above bigrams.
  const factor = new Float64Array(table.text.length);
  for (let id = 0; id < factor.length; id++) {
    const gram = table.text[id];
    factor[id] = Math.log((total + 1) / (table.df[id] + 0.5)) * gramWeight(gram, boilerplateWeight) * (gram.length === 3 ? trigramWeight : 1);
  }

  const currentVectors = table.vectors(0, current.length, factor);
  const priorVectors = table.vectors(current.length, total, factor);
  table.release();
  const postings = postingsOf(priorVectors, prior.length, table.text.length);
  const scatter = new Scatter(table.text.length);
  const targetsOf = options.targetsOf;
  // Units, metrics and whether a task is a bare indicator, for both sides before any pair is scored.
  const numbering = new UnitNumbering(canonical);
  const targetsOfAll = (docs: readonly MatchDoc[]) => docs.map((d) => targetsOf?.(d.text) ?? []);
  const priorUnits = numbering.lists(prior);
  const metricPairs = new MetricPairs();
  const priorMetrics = targetsOf ? metricPairs.lists(targetsOfAll(prior)) : null;
  const currentUnits = numbering.lists(current);
  const currentTargets = targetsOfAll(current);
  const currentMetrics = metricPairs.lists(currentTargets);
  const indicatorOnly = current.map((d, i) => isIndicatorOnly(d.text, currentTargets[i]));
  // Topics of the thesaurus, only where they count.
  const topicSets = topicBonus > 0 ? new TopicSets() : null;
  const currentTopics = topicSets?.of(current.map((d) => d.text)) ?? new Uint32Array(0);
  const priorTopics = topicSets?.of(prior.map((d) => d.text)) ?? new Uint32Array(0);
  const search = new CandidateSearch(currentVectors, postings, table.df, prior.length, options.candidatePostings ?? CANDIDATE_POSTINGS, SHORTLIST);

  // The candidates above the threshold of one current task, best first (see `matchOne`), kept from task to task.
  const scoredPriors = new Int32Array(SHORTLIST);
  const scoredScores = new Float64Array(SHORTLIST);
  const scoredLead = new Uint8Array(SHORTLIST);
  const distinct = new Int32Array(SHORTLIST);
  const similarities = new Float64Array(SHORTLIST);
  /** Per prior task, the current task (plus one) whose distinct candidates list it: a repeat is seen at once. */
  const listedFor = new Int32Array(prior.length);
  const keyOrder = new KeyOrder(prior);
  /** Whether scored candidate k stays before a new candidate, prior task p of this score (see `matchOne`). */
  const staysBefore = (k: number, score: number, p: number) => scoredScores[k] > score || (scoredScores[k] === score && keyOrder.compare(scoredPriors[k], p) <= 0);
  const matchOne = (doc: MatchDoc, i: number): TaskMatch => {
    scatter.load(currentVectors, i);
    const shortlist = search.shortlist(i);
    const hasMetrics = currentMetrics.start[i + 1] > currentMetrics.start[i];
    // Each prior task once, in shortlist order, with its cosine.
    let distinctCount = 0;
    for (let n = 0; n < shortlist.size; n++) {
      const p = shortlist.keys[n];
      if (listedFor[p] === i + 1) continue;
      listedFor[p] = i + 1;
      distinct[distinctCount++] = p;
    }
    scatter.cosines(priorVectors, distinct, distinctCount, similarities);
    // Most candidates fall below the threshold: their evidence lists are made only for the few kept.
    let scoredCount = 0;
    /** The best score below the threshold: the runner-up of a task with one candidate above it. */
    let bestBelow = 0;
    for (let n = 0; n < distinctCount; n++) {
      const p = distinct[n];
      const similarity = similarities[n];
      if (similarity < minTextSimilarity) continue;
      const ours = currentUnits.start[i];
      const theirs = priorUnits.start[p];
      const sameLeadUnit = ours < currentUnits.start[i + 1] && theirs < priorUnits.start[p + 1] && currentUnits.ids[ours] === priorUnits.ids[theirs];
      const metricShared = priorMetrics !== null && hasMetrics && metricPairs.any(currentMetrics, i, priorMetrics, p);
      let support = (sameLeadUnit ? leadBonus : 0) + sharedUnitsBonus * unitJaccard(currentUnits, i, priorUnits, p) + (metricShared ? metricBonus : 0);
      if (topicSets !== null && sameLeadUnit && shareTopic(currentTopics, i, priorTopics, p, topicSets.stride)) support += topicBonus;
      // A bare indicator is the same task only where the same indicator is: 服务业增加值 is not 生产性服务业比重.
      const conflict = indicatorOnly[i] && priorMetrics !== null && !metricShared ? metricConflictShare : 1;
      const score = Math.min(1, (similarity + support) * conflict);
      if (score < threshold) {
        if (score > bestBelow) bestBelow = score;
        continue;
      }
      const rounded = Math.round(score * 1000) / 1000;
      // Inserted in order, higher score first, ties by prior key (localeCompare), equals in shortlist order:
      // what a stable sort by that comparison gives, without an object per candidate. The place, after every
      // candidate that stays before this one, is found by bisection after a look at the last (candidates
      // come nearly in order): ties are many where a sheet repeats a task in the same words, numbers aside.
      let low = 0;
      let high = scoredCount;
      if (scoredCount > 0 && staysBefore(scoredCount - 1, rounded, p)) low = scoredCount;
      while (low < high) {
        const mid = (low + high) >> 1;
        if (staysBefore(mid, rounded, p)) low = mid + 1;
        else high = mid;
      }
      // A dozen at most move: a loop, not copyWithin (a call into the runtime per array).
      for (let m = scoredCount; m > low; m--) {
        scoredPriors[m] = scoredPriors[m - 1];
        scoredScores[m] = scoredScores[m - 1];
        scoredLead[m] = scoredLead[m - 1];
      }
      scoredPriors[low] = p;
      scoredScores[low] = rounded;
      scoredLead[low] = sameLeadUnit ? 1 : 0;
      scoredCount++;
    }
    const best = scoredScores[0];
    const kept: PriorCandidate[] = [];
    for (let k = 0; k < scoredCount && kept.length < maxPriors; k++) {
      if (k > 0 && scoredScores[k] < best * companionShare) continue;
      const p = scoredPriors[k];
      const sameLeadUnit = scoredLead[k] === 1;
      const sharedUnits = sharedUnitNames(currentUnits, i, priorUnits, p, numbering.names);
      const shared = priorMetrics && hasMetrics ? metricPairs.shared(currentMetrics, i, priorMetrics, p) : [];
      const evidence: MatchEvidence = phrases
        ? { sharedPhrases: sharedPhrases(scatter.shared(priorVectors, p, PHRASE_GRAMS), table.text), sameLeadUnit, sharedUnits, sharedMetrics: shared }
        : { sameLeadUnit, sharedUnits, sharedMetrics: shared };
      const score = scoredScores[k];
      const runnerUp = k > 0 ? best : scoredCount > 1 ? scoredScores[1] : Math.round(bestBelow * 1000) / 1000;
      kept.push({ key: prior[p].key, seq: prior[p].seq, score, confidence: matchConfidence({ score, bestScore: best, runnerUp, evidence }), evidence });
    }
    return { key: doc.key, seq: doc.seq, prior: kept };
  };
  return current.map(matchOne);
}
