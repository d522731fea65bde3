import { comparability, nearlyComparable, type Incomparable, type Target } from "../targets";
import type { Language } from "../language";
import { roundHalfAway } from "../rounding";

export type DeltaKind = "points" | "percent" | "same";

/** One target set against last year's: 7% → 5.5% is −1.5个百分点; 300家 → 500家 is +66.7%. */
export interface TargetChange {
  metric: string;
  unit: string;
  prior: number;
  current: number;
  /** Percentage points for rates (unit %), else the relative change in percent; 0 when unchanged. */
  delta: number;
  deltaKind: DeltaKind;
  priorRaw: string;
  currentRaw: string;
}

/** Two targets about nearly the same thing that do not measure the same: shown with both, never with a change. */
export interface IncomparablePair {
  current: Target;
  prior: Target;
  why: Incomparable;
}

export interface TargetComparison {
  changes: TargetChange[];
  /** Close pairs that are not comparable (制造业中长期贷款 / 贷款): each target in at most one. */
  notComparable: IncomparablePair[];
  /** Targets with no comparable partner (another metric, scope or unit): shown side by side, never forced. */
  currentOnly: Target[];
  priorOnly: Target[];
}

/** Every comparable pair's change, through the one decision of `comparability`; each target in one pair at most. */
export function compareTargets(current: readonly Target[], prior: readonly Target[]): TargetComparison {
  const changes: TargetChange[] = [];
  const usedPrior = new Set<number>();
  const currentOnly: Target[] = [];
  for (const target of current) {
    // The first prior target not yet taken that measures the same thing, and its value in this target's unit.
    let index = -1;
    let before = 0;
    for (let p = 0; p < prior.length && index < 0; p++) {
      if (usedPrior.has(p)) continue;
      const judged = comparability(target, prior[p]);
      if (judged.comparable) [index, before] = [p, judged.value];
    }
    if (index < 0) {
      currentOnly.push(target);
      continue;
    }
    usedPrior.add(index);
    const rate = target.unit === "%";
    const delta = rate ? roundHalfAway(target.value - before, 2) : before === 0 ? 0 : roundHalfAway(((target.value - before) / before) * 100, 1);
    changes.push({
      metric: target.metric,
      unit: target.unit,
      prior: roundHalfAway(before, 4),
      current: target.value,
      delta,
      deltaKind: target.value === before ? "same" : rate ? "points" : "percent",
      priorRaw: prior[index].raw,
      currentRaw: target.raw,
    });
  }
  const priorOnly = prior.filter((_, i) => !usedPrior.has(i));
  const notComparable: IncomparablePair[] = [];
  const paired = new Set<Target>();
  for (const target of currentOnly) {
    const near = priorOnly.find((p) => !paired.has(p) && nearlyComparable(target, p));
    if (near === undefined) continue;
    paired.add(near);
    const judged = comparability(target, near);
    if (!judged.comparable) notComparable.push({ current: target, prior: near, why: judged.why });
  }
  return { changes, notComparable, currentOnly, priorOnly };
}

/** What a change is told from: the metric, both values in its unit, and the delta (a stored match has no more). */
export type ChangeFacts = Pick<TargetChange, "metric" | "unit" | "prior" | "current" | "delta" | "deltaKind">;

/** Two close targets that are not compared, as they are told: each as written, and why. */
export interface NotComparableFacts {
  current: Pick<Target, "raw">;
  prior: Pick<Target, "raw">;
  why: Incomparable;
}

/**
 * The words around the figures, per language. Metric names, units and targets stay as written: they are the
 * sheet's data. "first" is this year's target, "second" last year's (compareTargets' order).
 */
const WORDS: Record<
  Language,
  {
    unchanged: string;
    points: (signed: string, amount: number) => string;
    change: (metric: string, before: string, after: string, delta: string) => string;
    noUnit: string;
    unit: (first: string, second: string) => string;
    action: (first: string, second: string) => string;
    scope: (firstOnly: string, secondOnly: string) => string;
    metric: string;
    notComparable: (current: string, prior: string, why: string) => string;
  }
> = {
  "zh-CN": {
    unchanged: "持平",
    points: (signed) => `${signed}个百分点`,
    change: (metric, before, after, delta) => `${metric}：${before} → ${after}（${delta}）`,
    noUnit: "无单位",
    unit: (first, second) => `单位不同：${first} 与 ${second}`,
    action: (first, second) => `工作不同：${first} 与 ${second}`,
    scope: (firstOnly, secondOnly) => `口径不同：${[firstOnly && `今年多“${firstOnly}”`, secondOnly && `上年多“${secondOnly}”`].filter(Boolean).join("，")}`,
    metric: "指标不同",
    notComparable: (current, prior, why) => `不可比：${current}／上年 ${prior}（${why}）`,
  },
  "en-US": {
    unchanged: "unchanged",
    points: (signed, amount) => `${signed} percentage ${amount === 1 ? "point" : "points"}`,
    change: (metric, before, after, delta) => `${metric}: ${before} → ${after} (${delta})`,
    noUnit: "no unit",
    unit: (first, second) => `different units: ${first} and ${second}`,
    action: (first, second) => `different work: ${first} and ${second}`,
    scope: (firstOnly, secondOnly) =>
      `different scope: ${[firstOnly && `this year adds “${firstOnly}”`, secondOnly && `prior year adds “${secondOnly}”`].filter(Boolean).join(", ")}`,
    metric: "different metrics",
    notComparable: (current, prior, why) => `Not comparable: ${current} / prior year ${prior} (${why})`,
  },
};

/**
 * The words of a language. Anything but "en-US" is Chinese: `changes.map(describeChange)` (the CHANGE worksheet
 * function, Chinese by design) passes each change's index where the language goes.
 */
const wordsOf = (language: Language | number) => WORDS[language === "en-US" ? "en-US" : "zh-CN"];

/**
 * The change alone: "−1.5个百分点" for rates, "+66.7%" for amounts and counts, "持平" when unchanged; in English
 * "−1.5 percentage points", "+66.7%", "unchanged".
 */
export function describeDelta(change: Pick<TargetChange, "delta" | "deltaKind">, language: Language = "zh-CN"): string {
  const words = wordsOf(language);
  const sign = change.delta > 0 ? "+" : change.delta < 0 ? "−" : "";
  const amount = Math.abs(change.delta);
  return change.deltaKind === "same" ? words.unchanged : change.deltaKind === "points" ? words.points(`${sign}${amount}`, amount) : `${sign}${amount}%`;
}

/**
 * "社会消费品零售总额：7% → 5.5%（−1.5个百分点）", "…：300家 → 500家（+66.7%）"; in English
 * "社会消费品零售总额: 7% → 5.5% (−1.5 percentage points)". The one-argument form is Chinese, and is what
 * `changes.map(describeChange)` calls.
 */
export function describeChange(change: ChangeFacts): string;
export function describeChange(change: ChangeFacts, language: Language): string;
export function describeChange(change: ChangeFacts, language: Language = "zh-CN"): string {
  const words = wordsOf(language);
  return words.change(change.metric, `${change.prior}${change.unit}`, `${change.current}${change.unit}`, describeDelta(change, language));
}

/** Why two targets are not compared, in a clerk's words: "口径不同：今年多“制造业中长期”", "different scope: this year adds “制造业中长期”". */
export function describeIncomparable(why: Incomparable, language: Language = "zh-CN"): string {
  const words = wordsOf(language);
  switch (why.kind) {
    case "unit":
      return words.unit(why.first || words.noUnit, why.second || words.noUnit);
    case "action":
      return words.action(why.first, why.second);
    case "scope":
      return words.scope(why.firstOnly, why.secondOnly);
    case "metric":
      return words.metric;
  }
}

/**
 * "不可比：新增制造业中长期贷款320亿元／上年 新增贷款2000亿元以上（口径不同：今年多“制造业中长期”）"; in English
 * "Not comparable: 新增制造业中长期贷款320亿元 / prior year 新增贷款2000亿元以上 (different scope: this year adds “制造业中长期”)".
 */
export function describeNotComparable(pair: NotComparableFacts, language: Language = "zh-CN"): string {
  return wordsOf(language).notComparable(pair.current.raw, pair.prior.raw, describeIncomparable(pair.why, language));
}
