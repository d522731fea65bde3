import { nGrams } from "./ngrams";

/** Bigram Dice of two short phrases. */
function dice(a: string, b: string): number {
  const ga = [...nGrams(a).keys()].filter((g) => g.length === 2);
  const gb = new Set([...nGrams(b).keys()].filter((g) => g.length === 2));
  if (ga.length === 0 || gb.size === 0) return 0;
  return (2 * ga.filter((g) => gb.has(g)).length) / (ga.length + gb.size);
}

// Verbs drift into and out of metrics between years (城镇新增就业 / 新增城镇就业): compare without them.
const foldMetric = (m: string) => m.replace(/[（(][^）)]*[）)]/gu, "").replace(/新增|新建|新认定|累计|年度|全年|\s/gu, "");

/** How closely two target metrics agree: 3 the same phrase, 2 one inside the other, 1 nearly the same characters, 0 not the same. */
export function metricAgreement(a: string, b: string): 0 | 1 | 2 | 3 {
  const x = foldMetric(a);
  const y = foldMetric(b);
  if (x === "" || y === "") return 0;
  if (x === y) return 3;
  if (x.includes(y) || y.includes(x)) return 2;
  return dice(x, y) >= 0.8 ? 1 : 0;
}

/** Whether two target metrics name the same indicator. */
export function sameMetric(a: string, b: string): boolean {
  return metricAgreement(a, b) > 0;
}

/** Metrics of `a` that `b` also has. */
export function sharedMetrics(a: readonly string[], b: readonly string[]): string[] {
  return a.filter((x) => b.some((y) => sameMetric(x, y)));
}
