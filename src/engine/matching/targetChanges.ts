import type { Target } from "../targets";
import { sameMetric } from "./metrics";

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

export interface TargetComparison {
  changes: TargetChange[];
  /** Targets with no comparable partner (another metric or unit): shown side by side, never forced. */
  currentOnly: Target[];
  priorOnly: Target[];
}

const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;

/** The other target's value in this target's unit, when the two units measure the same thing. */
export function valueInUnitOf(current: Target, prior: Target): number | null {
  if (current.unit === prior.unit) return prior.value;
  // 万亩 and 亩, 亿元 and 万元: the same base unit at another multiplier. % and 个百分点 never compare.
  if (current.baseUnit === prior.baseUnit && current.baseUnit !== "%" && current.multiplier > 0) return (prior.value * prior.multiplier) / current.multiplier;
  return null;
}

export function compareTargets(current: readonly Target[], prior: readonly Target[]): TargetComparison {
  const changes: TargetChange[] = [];
  const usedPrior = new Set<number>();
  const currentOnly: Target[] = [];
  for (const target of current) {
    const index = prior.findIndex((p, i) => !usedPrior.has(i) && sameMetric(target.metric, p.metric) && valueInUnitOf(target, p) !== null);
    if (index < 0) {
      currentOnly.push(target);
      continue;
    }
    usedPrior.add(index);
    const before = valueInUnitOf(target, prior[index]) as number;
    const rate = target.unit === "%";
    const delta = rate ? round(target.value - before, 2) : before === 0 ? 0 : round(((target.value - before) / before) * 100);
    changes.push({
      metric: target.metric,
      unit: target.unit,
      prior: round(before, 4),
      current: target.value,
      delta,
      deltaKind: target.value === before ? "same" : rate ? "points" : "percent",
      priorRaw: prior[index].raw,
      currentRaw: target.raw,
    });
  }
  return { changes, currentOnly, priorOnly: prior.filter((_, i) => !usedPrior.has(i)) };
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
