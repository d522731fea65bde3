import { boundedMemo, setDice } from "../collections";
import { nGrams } from "./ngrams";

interface FoldedMetric {
  text: string;
  bigrams: Set<string>;
}

// Verbs drift into and out of metrics between years (城镇新增就业 / 新增城镇就业): compare without them.
const foldMetric = (m: string) => m.replace(/[（(][^）)]*[）)]/gu, "").replace(/新增|新建|新认定|累计|年度|全年|\s/gu, "");

/**
 * Metrics are compared pair by pair across thousands of candidate tasks, but there are few distinct ones:
 * each is folded and cut into bigrams once.
 */
const fold = boundedMemo((metric: string): FoldedMetric => {
  const text = foldMetric(metric);
  return { text, bigrams: new Set([...nGrams(text).keys()].filter((g) => g.length === 2)) };
}, 20_000);

/**
 * Whether two tasks' target metrics are about one indicator, as support for matching the tasks: the same phrase,
 * one inside the other, or nearly the same characters. Looser than `comparability` (targets/comparable.ts),
 * which decides whether two figures may be set beside each other: 贷款 and 制造业中长期贷款 are one line of work,
 * not one figure.
 */
export function sameMetric(a: string, b: string): boolean {
  const x = fold(a);
  const y = fold(b);
  if (x.text === "" || y.text === "") return false;
  return x.text === y.text || x.text.includes(y.text) || y.text.includes(x.text) || setDice(x.bigrams, y.bigrams) >= 0.8;
}

/** Each task's metrics as numbers, in one flat array: task d's are ids[start[d] … start[d + 1]), as listed. */
export interface MetricLists {
  start: Int32Array;
  ids: Int32Array;
}

/** Above this many distinct metrics the answers are kept in a Map, not a square of bytes (16 MB at this size). */
const MAX_DENSE = 4096;

/**
 * The target metrics of one matching job's tasks, numbered, and whether two tasks share one. A few hundred
 * distinct metrics make up its tens of thousands of task pairs: each pair of metrics is judged once and then
 * looked up by number, not through two string-keyed maps. Number every side (`lists`) before asking.
 */
export class MetricPairs {
  readonly names: string[] = [];
  private readonly numbers = new Map<string, number>();
  private width = -1;
  /** Per pair a·width + b: 0 not judged yet, 1 different, 2 the same. */
  private dense = new Uint8Array(0);
  private readonly sparse = new Map<number, boolean>();
  constructor(private readonly maxDense = MAX_DENSE) {}

  /** Each task's metrics, from its targets in order (a target without a metric has none). */
  lists(targets: readonly (readonly { metric: string }[])[]): MetricLists {
    const start = new Int32Array(targets.length + 1);
    const ids: number[] = [];
    for (let d = 0; d < targets.length; d++) {
      const list = targets[d];
      for (let k = 0; k < list.length; k++) {
        const metric = list[k].metric;
        if (metric === "") continue;
        let id = this.numbers.get(metric);
        if (id === undefined) this.numbers.set(metric, (id = this.names.push(metric) - 1));
        ids.push(id);
      }
      start[d + 1] = ids.length;
    }
    return { start, ids: Int32Array.from(ids) };
  }

  private same(a: number, b: number): boolean {
    if (this.width < 0) {
      this.width = this.names.length;
      if (this.width <= this.maxDense) this.dense = new Uint8Array(this.width * this.width);
    }
    const at = a * this.width + b;
    if (this.width > this.maxDense) {
      let answer = this.sparse.get(at);
      if (answer === undefined) this.sparse.set(at, (answer = sameMetric(this.names[a], this.names[b])));
      return answer;
    }
    if (this.dense[at] === 0) this.dense[at] = sameMetric(this.names[a], this.names[b]) ? 2 : 1;
    return this.dense[at] === 2;
  }

  private sharesOne(id: number, b: MetricLists, j: number): boolean {
    for (let k = b.start[j]; k < b.start[j + 1]; k++) if (this.same(id, b.ids[k])) return true;
    return false;
  }

  /** Whether task i of `a` and task j of `b` have a metric in common. */
  any(a: MetricLists, i: number, b: MetricLists, j: number): boolean {
    for (let k = a.start[i]; k < a.start[i + 1]; k++) if (this.sharesOne(a.ids[k], b, j)) return true;
    return false;
  }

  /** The metrics of task i of `a` (as listed, repeats too) that task j of `b` also has. */
  shared(a: MetricLists, i: number, b: MetricLists, j: number): string[] {
    const shared: string[] = [];
    for (let k = a.start[i]; k < a.start[i + 1]; k++) if (this.sharesOne(a.ids[k], b, j)) shared.push(this.names[a.ids[k]]);
    return shared;
  }
}
