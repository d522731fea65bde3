import { boundedMemo } from "../collections";
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

/** Bigram Dice of two short phrases. */
function dice(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const gram of a) if (b.has(gram)) shared++;
  return (2 * shared) / (a.size + b.size);
}

/** How closely two target metrics agree: 3 the same phrase, 2 one inside the other, 1 nearly the same characters, 0 not the same. */
export function metricAgreement(a: string, b: string): 0 | 1 | 2 | 3 {
  const x = fold(a);
  const y = fold(b);
  if (x.text === "" || y.text === "") return 0;
  if (x.text === y.text) return 3;
  if (x.text.includes(y.text) || y.text.includes(x.text)) return 2;
  return dice(x.bigrams, y.bigrams) >= 0.8 ? 1 : 0;
}

/** Whether two target metrics name the same indicator. */
export function sameMetric(a: string, b: string): boolean {
  return metricAgreement(a, b) > 0;
}

/**
 * The metrics of `a` that `b` also has (`shared`), and whether there is any (`any`, without the list), for the
 * many task pairs of one matching job: a few hundred distinct metrics make up its tens of thousands of pairs,
 * so each pair of metrics is compared once.
 */
export function sharedMetricMemo(): {
  any: (a: readonly string[], b: readonly string[]) => boolean;
  shared: (a: readonly string[], b: readonly string[]) => string[];
} {
  const known = new Map<string, Map<string, boolean>>();
  const same = (x: string, y: string): boolean => {
    let row = known.get(x);
    if (row === undefined) known.set(x, (row = new Map()));
    let answer = row.get(y);
    if (answer === undefined) row.set(y, (answer = sameMetric(x, y)));
    return answer;
  };
  // Indexed loops: called for every candidate pair, where for…of and closures allocate.
  const sharesOne = (x: string, b: readonly string[]) => {
    for (let k = 0; k < b.length; k++) if (same(x, b[k])) return true;
    return false;
  };
  return {
    any: (a, b) => {
      for (let k = 0; k < a.length; k++) if (sharesOne(a[k], b)) return true;
      return false;
    },
    shared: (a, b) => {
      const shared: string[] = [];
      for (let k = 0; k < a.length; k++) if (sharesOne(a[k], b)) shared.push(a[k]);
      return shared;
    },
  };
}
