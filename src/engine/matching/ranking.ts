import type { MatchDoc } from "./types";

/**
 * The order of two prior tasks' keys (the sign of localeCompare). Ties in score recur between the same few
 * prior tasks (a task that a sheet repeats in the same words, numbers aside, ties with the same others for
 * every current task like it), and localeCompare is slow beside them (docs/decisions/matching.md,
 * 2026-12-02, second round).
 *
 * Keys of ASCII digits only (the usual keys: row indexes) collate character by character, a key before any
 * longer key it begins, in every locale; so they compare as numbers: each key's digits read as a fraction
 * (0.d₁d₂…, held as an integer of MAX_DIGITS digits), then the shorter first. Other keys are compared with
 * localeCompare, remembered per pair.
 */
export class KeyOrder {
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

/**
 * The candidates above the threshold of one current task, higher score first, ties by prior key (KeyOrder),
 * equals in the order added: what a stable sort by that comparison gives, without an object per candidate.
 * Kept from task to task (`clear`).
 */
export class Ranking {
  readonly priors: Int32Array;
  readonly scores: Float64Array;
  readonly sameLead: Uint8Array;
  size = 0;
  constructor(
    capacity: number,
    private readonly keyOrder: KeyOrder,
  ) {
    this.priors = new Int32Array(capacity);
    this.scores = new Float64Array(capacity);
    this.sameLead = new Uint8Array(capacity);
  }

  clear(): void {
    this.size = 0;
  }

  /** Prior task p of this (rounded) score, with or without the same lead unit. */
  add(p: number, score: number, sameLeadUnit: boolean): void {
    // The place, after every candidate that stays before this one, is found by bisection after a look at the
    // last (candidates come nearly in order): ties are many where a sheet repeats a task in the same words.
    let low = 0;
    let high = this.size;
    if (this.size > 0 && this.staysBefore(this.size - 1, score, p)) low = this.size;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (this.staysBefore(mid, score, p)) low = mid + 1;
      else high = mid;
    }
    // A dozen at most move: a loop, not copyWithin (a call into the runtime per array).
    for (let m = this.size; m > low; m--) {
      this.priors[m] = this.priors[m - 1];
      this.scores[m] = this.scores[m - 1];
      this.sameLead[m] = this.sameLead[m - 1];
    }
    this.priors[low] = p;
    this.scores[low] = score;
    this.sameLead[low] = sameLeadUnit ? 1 : 0;
    this.size++;
  }

  /** Whether candidate k stays before prior task p of this score. */
  private staysBefore(k: number, score: number, p: number): boolean {
    return this.scores[k] > score || (this.scores[k] === score && this.keyOrder.compare(this.priors[k], p) <= 0);
  }
}
