import { comparability, nearlyComparable, type Incomparable, type Target } from "../targets";
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

/** The change alone: "−1.5个百分点" for rates, "+66.7%" for amounts and counts, "持平" when unchanged. */
export function describeDelta(change: TargetChange): string {
  const sign = change.delta > 0 ? "+" : change.delta < 0 ? "−" : "";
  const amount = Math.abs(change.delta);
  return change.deltaKind === "same" ? "持平" : change.deltaKind === "points" ? `${sign}${amount}个百分点` : `${sign}${amount}%`;
}

/** "社会消费品零售总额：7% → 5.5%（−1.5个百分点）", "…：300家 → 500家（+66.7%）". */
export function describeChange(change: TargetChange): string {
  return `${change.metric}：${change.prior}${change.unit} → ${change.current}${change.unit}（${describeDelta(change)}）`;
}

/** Why two targets are not compared, in a clerk's words: "口径不同：今年多“制造业中长期”". */
export function describeIncomparable(why: Incomparable): string {
  switch (why.kind) {
    case "unit":
      return `单位不同：${why.first || "无单位"} 与 ${why.second || "无单位"}`;
    case "action":
      return `工作不同：${why.first} 与 ${why.second}`;
    case "scope":
      return `口径不同：${[why.firstOnly && `今年多“${why.firstOnly}”`, why.secondOnly && `上年多“${why.secondOnly}”`].filter(Boolean).join("，")}`;
    case "metric":
      return "指标不同";
  }
}

/** "不可比：新增制造业中长期贷款320亿元／上年 新增贷款2000亿元以上（口径不同：今年多“制造业中长期”）". */
export function describeNotComparable(pair: IncomparablePair): string {
  return `不可比：${pair.current.raw}／上年 ${pair.prior.raw}（${describeIncomparable(pair.why)}）`;
}
