import { metricAgreement, valueInUnitOf } from "../matching";
import { extractTargets, toHalfWidth, type Target } from "../targets";
import type { CompletionShare } from "./progressNumbers";

/** Rates and percentage points are not quantities done: 增长6% half-way through the year is not 3%. */
const NOT_A_QUANTITY = new Set(["%", "个百分点"]);

const isQuantity = (t: Target) => !NOT_A_QUANTITY.has(t.unit);
/** A target that is a quantity for the year, not a rate or a range. */
const isAnnualQuantity = (t: Target) => isQuantity(t) && t.value > 0 && t.valueLow === undefined;

/** Whether the text names the base unit of any of the goals. */
function namesAnyUnit(text: string, goals: readonly Target[]): boolean {
  for (let i = 0; i < goals.length; i++) if (text.includes(goals[i].baseUnit)) return true;
  return false;
}

/**
 * Quantities the progress text reports against the task's own annual targets: task "新建“运动家”社区200个",
 * progress "已建成120个" → 60%. Only the same metric in a comparable unit counts, and only a figure that
 * could be part of the year's quantity (at most three times it).
 */
export function targetShares(taskText: string, progressText: string, taskTargets: readonly Target[] = extractTargets(taskText)): CompletionShare[] {
  // Called for every line of every task: no list is made for a task without such targets.
  if (!taskTargets.some(isAnnualQuantity) || progressText.trim() === "") return [];
  const annual = taskTargets.filter(isAnnualQuantity);
  // valueInUnitOf compares only figures with a goal's base unit, and a unit is read as written: a progress text
  // that names none of those units has no figure to read, and most name none. Spares reading its targets.
  const halfWidth = toHalfWidth(progressText);
  if (!namesAnyUnit(halfWidth, annual)) return [];
  const shares: CompletionShare[] = [];
  const reported = extractTargets(progressText).filter(isQuantity);
  // A task has a few goals: a list of the figures taken is as quick as a set, and lighter.
  const used: Target[] = [];
  for (let g = 0; g < annual.length; g++) {
    const goal = annual[g];
    // The figure whose metric agrees best (the same phrase before one inside the other); each figure once.
    let done: Target | undefined;
    let best = 0;
    for (let k = 0; k < reported.length; k++) {
      const r = reported[k];
      const agreement = used.includes(r) || valueInUnitOf(goal, r) === null ? 0 : metricAgreement(goal.metric, r.metric);
      if (agreement > best) {
        done = r;
        best = agreement;
      }
    }
    if (!done) continue;
    used.push(done);
    const value = valueInUnitOf(goal, done) as number;
    if (value > goal.value * 3) continue;
    shares.push({ ratio: value / goal.value, raw: done.raw, done: value, planned: goal.value, unit: goal.unit });
  }
  return shares;
}
