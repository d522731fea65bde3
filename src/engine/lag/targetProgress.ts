import { metricAgreement, valueInUnitOf } from "../matching";
import { extractTargets, toHalfWidth, type Target } from "../targets";
import type { CompletionShare } from "./progressNumbers";

/** Rates and percentage points are not quantities done: 增长6% half-way through the year is not 3%. */
const NOT_A_QUANTITY = new Set(["%", "个百分点"]);

/**
 * Quantities the progress text reports against the task's own annual targets: task "新建“运动家”社区200个",
 * progress "已建成120个" → 60%. Only the same metric in a comparable unit counts, and only a figure that
 * could be part of the year's quantity (at most three times it).
 */
export function targetShares(taskText: string, progressText: string, taskTargets: readonly Target[] = extractTargets(taskText)): CompletionShare[] {
  const annual = taskTargets.filter((t) => !NOT_A_QUANTITY.has(t.unit) && t.value > 0 && t.valueLow === undefined);
  if (annual.length === 0 || progressText.trim() === "") return [];
  // valueInUnitOf compares only figures with a goal's base unit, and a unit is read as written: a progress text
  // that names none of those units has no figure to read, and most name none. Spares reading its targets.
  const halfWidth = toHalfWidth(progressText);
  if (!annual.some((goal) => halfWidth.includes(goal.baseUnit))) return [];
  const shares: CompletionShare[] = [];
  const reported = extractTargets(progressText).filter((t) => !NOT_A_QUANTITY.has(t.unit));
  const used = new Set<Target>();
  for (const goal of annual) {
    // The figure whose metric agrees best (the same phrase before one inside the other); each figure once.
    let done: Target | undefined;
    let best = 0;
    for (const r of reported) {
      const agreement = used.has(r) || valueInUnitOf(goal, r) === null ? 0 : metricAgreement(goal.metric, r.metric);
      if (agreement > best) [done, best] = [r, agreement];
    }
    if (!done) continue;
    used.add(done);
    const value = valueInUnitOf(goal, done) as number;
    if (value > goal.value * 3) continue;
    shares.push({ ratio: value / goal.value, raw: done.raw, done: value, planned: goal.value, unit: goal.unit });
  }
  return shares;
}
