import { isNfkcStable } from "../text";
import { nGrams } from "./ngrams";

/**
 * Tasks' TF-IDF vectors, L2-normalised, in flat arrays (no object per task): task d's n-gram numbers are
 * ids[start[d] … start[d + 1]) and their weights the same slice of values.
 */
export interface Vectors {
  start: Int32Array;
  ids: Int32Array;
  values: Float64Array;
}

const TWO_16 = 65536;
const TWO_32 = 4294967296;

/** 1 + ln(count), the sublinear term frequency, for the counts nearly every n-gram has (Math.log is a call). */
const SUBLINEAR = Float64Array.from({ length: 32 }, (_, count) => 1 + Math.log(count));

const UNKNOWN = 0;
const SEPARATOR = 1;
const DROPPED = 2;
const RUN_CHARACTER = /^[\p{Script=Han}a-z]$/u;
const NO_RUN_CHARACTER = /^[^\p{Script=Han}a-z]*$/u;

/** What one character becomes in `textRuns`' folded text (NFKC, no white space, lower case): see FOLDED. */
function foldedClass(folded: string): number {
  if (folded === "") return DROPPED;
  if (RUN_CHARACTER.test(folded)) return folded.charCodeAt(0);
  return NO_RUN_CHARACTER.test(folded) ? SEPARATOR : UNKNOWN;
}

/**
 * Per UTF-16 unit, what it is in `textRuns`: a character of a run (its folded code, ≥ 0x61), a separator,
 * dropped (white space), or unknown (read the slow way). Known are the characters `foldText` keeps as they are
 * (ASCII, unified ideographs, common CJK marks), full-width forms (，（）Ａ１) and the ideographic space: a
 * text of only these has no combining marks, so NFKC of the text is NFKC of each character, and whether
 * `foldText` normalises it (for a full-width form) or not, each character ends up in the same class.
 */
let FOLDED: Uint16Array | null = null;

/** FOLDED, made on first use (a few milliseconds). */
function foldedTable(): Uint16Array {
  if (FOLDED !== null) return FOLDED;
  const table = new Uint16Array(0x10000);
  // The unified ideographs at once: each is its own NFKC form, Han, and neither space nor cased.
  const ideographs = Array.from({ length: 0x9fff - 0x4e00 + 1 }, (_, k) => String.fromCharCode(0x4e00 + k)).join("");
  const plain = ideographs.normalize("NFKC") === ideographs && /^\p{Script=Han}*$/u.test(ideographs) && ideographs.toLowerCase() === ideographs;
  const fold = (text: string) => text.replace(/\s+/gu, "").toLowerCase();
  for (let c = 0; c < 0x10000; c++) {
    if (plain && c >= 0x4e00 && c <= 0x9fff) {
      table[c] = c;
      continue;
    }
    const fullWidth = (c >= 0xff01 && c <= 0xff5e) || c === 0x3000;
    const ch = String.fromCharCode(c);
    if (!fullWidth && !isNfkcStable(ch)) continue;
    const normalised = foldedClass(fold(ch.normalize("NFKC")));
    table[c] = fullWidth || foldedClass(fold(ch)) === normalised ? normalised : UNKNOWN;
  }
  return (FOLDED = table);
}

/**
 * Every n-gram of both sides numbered once (in order of first appearance), with its document frequency.
 * The n-grams are the same as `nGrams` gives, but read straight off the text's runs: an n-gram of at most
 * three UTF-16 units a, b, c is looked up by the number a·2^32 + b·2^16 + c (0 past its length: no n-gram holds
 * U+0000, which ends a run), so no string is made for an n-gram already seen; longer ones (CJK beyond the BMP)
 * by their text.
 */
export class GramTable {
  readonly text: string[] = [];
  readonly df: number[] = [];
  private keys = new Float64Array(1 << 16);
  private slots = new Int32Array(1 << 16).fill(-1);
  private hashes = new Int32Array(1 << 16);
  private used = 0;
  private readonly wide = new Map<string, number>();
  /** Per n-gram: the last document that had it, and its place in that document's list. */
  private seenIn: Int32Array = new Int32Array(1 << 16).fill(-1);
  private placeIn: Int32Array = new Int32Array(1 << 16);
  private docs = 0;
  /**
   * Every document's n-grams (first occurrence order) and counts, one document after another. The counts
   * become the documents' weights in place (see `vectors`): a second array as large is not needed.
   */
  private ids: Int32Array;
  private counts: Float64Array;
  private size = 0;
  private readonly starts: number[] = [0];
  private run = new Int32Array(256);
  private classes = new Uint16Array(256);
  private readonly folded = foldedTable();

  /**
   * `textLength`: the UTF-16 length of all texts to be added, when known. A text has at most two n-grams per
   * unit (a bigram and a trigram starting there, or one single character) unless NFKC lengthens it (㍿), so
   * the store is made that size once and grows only then: doubling it from small cost more than the counting
   * at tens of thousands of tasks (copies and fresh pages).
   */
  constructor(textLength = 1 << 15) {
    this.ids = new Int32Array(Math.max(16, 2 * textLength));
    this.counts = new Float64Array(this.ids.length);
  }

  private grow(): void {
    const keys = this.keys;
    const slots = this.slots;
    this.keys = new Float64Array(keys.length * 2);
    this.slots = new Int32Array(keys.length * 2).fill(-1);
    const hashes = this.hashes;
    this.hashes = new Int32Array(keys.length * 2);
    const mask = this.keys.length - 1;
    for (let i = 0; i < keys.length; i++) {
      if (slots[i] < 0) continue;
      let h = hashes[i] & mask;
      while (this.slots[h] >= 0) h = (h + 1) & mask;
      this.keys[h] = keys[i];
      this.slots[h] = slots[i];
      this.hashes[h] = hashes[i];
    }
  }

  /** A bucket hash of an n-gram's UTF-16 units (a, b, c; 0 where there are fewer). */
  private static hash(a: number, b: number, c: number): number {
    return Math.imul(Math.imul(Math.imul(a, 0x27d4eb2d) ^ b, 0x165667b1) ^ c, 0x9e3779b1) >>> 7;
  }

  private newId(gram: string): number {
    const id = this.text.length;
    this.text.push(gram);
    this.df.push(0);
    if (id >= this.seenIn.length) {
      const seenIn = new Int32Array(this.seenIn.length * 2).fill(-1);
      seenIn.set(this.seenIn);
      this.seenIn = seenIn;
      const placeIn = new Int32Array(this.placeIn.length * 2);
      placeIn.set(this.placeIn);
      this.placeIn = placeIn;
    }
    return id;
  }

  /**
   * The number of an n-gram of `length` UTF-16 units a, b, c (0 past its length), looked up by the number its
   * units make (see above). That number is a double: made the same way for every length and used in this one
   * function, V8 keeps it unboxed (passed on, or merged with a small integer, it is boxed: an allocation per
   * n-gram).
   */
  private idOfUnits(a: number, b: number, c: number, length: number): number {
    if (this.used * 2 >= this.keys.length) this.grow();
    const key = a * TWO_32 + b * TWO_16 + c;
    const hash = GramTable.hash(a, b, c);
    const keys = this.keys;
    const slots = this.slots;
    const mask = keys.length - 1;
    let h = hash & mask;
    for (;;) {
      const slot = slots[h];
      if (slot < 0) break;
      if (keys[h] === key) return slot;
      h = (h + 1) & mask;
    }
    const id = this.newId(length === 1 ? String.fromCharCode(a) : length === 2 ? String.fromCharCode(a, b) : String.fromCharCode(a, b, c));
    keys[h] = key;
    slots[h] = id;
    this.hashes[h] = hash;
    this.used++;
    return id;
  }

  private idOfText(gram: string): number {
    if (gram.length <= 3)
      return this.idOfUnits(gram.charCodeAt(0), gram.length > 1 ? gram.charCodeAt(1) : 0, gram.length > 2 ? gram.charCodeAt(2) : 0, gram.length);
    let id = this.wide.get(gram);
    if (id === undefined) this.wide.set(gram, (id = this.newId(gram)));
    return id;
  }

  /** One more occurrence of n-gram `id` in the document being read. */
  private count(id: number): void {
    if (this.seenIn[id] === this.docs) {
      this.counts[this.placeIn[id]]++;
      return;
    }
    if (this.size === this.ids.length) {
      const ids = new Int32Array(this.size * 2);
      ids.set(this.ids);
      this.ids = ids;
      const counts = new Float64Array(this.size * 2);
      counts.set(this.counts);
      this.counts = counts;
    }
    this.seenIn[id] = this.docs;
    this.placeIn[id] = this.size;
    this.ids[this.size] = id;
    this.counts[this.size++] = 1;
    this.df[id]++;
  }

  /**
   * A document's n-grams as (number, count) pairs in the order `nGrams` lists them (first occurrence); each
   * n-gram counted once towards its document frequency.
   */
  add(text: string): void {
    if (!this.addPlain(text)) this.addRuns(text);
    this.docs++;
    this.starts.push(this.size);
  }

  /** The n-grams of one run of Han characters and Latin letters, given as UTF-16 units, in `nGrams` order. */
  private addUnits(units: Int32Array, n: number): void {
    for (let i = 0; i + 2 <= n; i++) this.count(this.idOfUnits(units[i], units[i + 1], 0, 2));
    for (let i = 0; i + 3 <= n; i++) this.count(this.idOfUnits(units[i], units[i + 1], units[i + 2], 3));
    if (n === 1) this.count(this.idOfUnits(units[0], 0, 0, 1));
  }

  /**
   * `textRuns` without making a string, for texts of known characters only (see FOLDED). False, having
   * read nothing, for any other text.
   */
  private addPlain(text: string): boolean {
    if (this.run.length < text.length) {
      this.run = new Int32Array(text.length);
      this.classes = new Uint16Array(text.length);
    }
    // Each character's class looked up once (the table is large, the text small), then read back.
    const folded = this.folded;
    const classes = this.classes;
    for (let i = 0; i < text.length; i++) if ((classes[i] = folded[text.charCodeAt(i)]) === UNKNOWN) return false;
    const run = this.run;
    let n = 0;
    for (let i = 0; i < text.length; i++) {
      const c = classes[i];
      if (c === DROPPED) continue;
      if (c !== SEPARATOR) run[n++] = c;
      else if (n > 0) {
        this.addUnits(run, n);
        n = 0;
      }
    }
    if (n > 0) this.addUnits(run, n);
    return true;
  }

  /** Any other text, through `nGrams` itself (rare: CJK beyond the BMP, accented letters, compatibility forms). */
  private addRuns(text: string): void {
    for (const [gram, times] of nGrams(text)) {
      const id = this.idOfText(gram);
      for (let k = 0; k < times; k++) this.count(id);
    }
  }

  /** Document `doc`'s n-grams and counts, in `nGrams` order: what `nGrams` would give, read back for checks. */
  documentGrams(doc: number): [string, number][] {
    const out: [string, number][] = [];
    for (let k = this.starts[doc]; k < this.starts[doc + 1]; k++) out.push([this.text[this.ids[k]], this.counts[k]]);
    return out;
  }

  /**
   * TF-IDF vectors of documents `from` … `to` (in the order added): sublinear term frequency times each
   * n-gram's factor (IDF, boilerplate lowered), a weightless n-gram kept at 0; then unit length. Made in
   * place of the documents' counts, so once per document, after every document is added.
   */
  vectors(from: number, to: number, factor: Float64Array): Vectors {
    const base = this.starts[from];
    const start = Int32Array.from(this.starts.slice(from, to + 1), (at) => at - base);
    const ids = this.ids.subarray(base, this.starts[to]);
    const values = this.counts.subarray(base, this.starts[to]);
    for (let d = 0; d < to - from; d++) {
      let norm = 0;
      for (let k = start[d]; k < start[d + 1]; k++) {
        const count = values[k];
        // Only n-grams in every document weigh nothing (IDF ≤ 0); a zero weight adds nothing to any product.
        const w = Math.max(0, (count < SUBLINEAR.length ? SUBLINEAR[count] : 1 + Math.log(count)) * factor[ids[k]]);
        values[k] = w;
        norm += w * w;
      }
      norm = Math.sqrt(norm);
      if (norm > 0) for (let k = start[d]; k < start[d + 1]; k++) values[k] /= norm;
    }
    return { start, ids, values };
  }

  /** Drops what only numbering needed once every vector is made (the vectors are views of the store). */
  release(): void {
    this.ids = new Int32Array(0);
    this.counts = new Float64Array(0);
    this.seenIn = new Int32Array(0);
    this.placeIn = new Int32Array(0);
    this.keys = new Float64Array(0);
    this.slots = new Int32Array(0);
    this.hashes = new Int32Array(0);
  }
}
