import { extractTargets, toHalfWidth, type Target, type TargetsOf } from "../targets";
import type { CompletionShare } from "./progressNumbers";

/**
 * Completion shares a report gives as figures of their own, outside any sentence: a progress cell that is a
 * percentage ("80%", "57%(赤溪、灵溪偏慢)"), a 完成率 column, and 完成数 against 目标 columns.
 */

/**
 * A progress cell that is the completion percentage, maybe after 已完成 / 约 and before a comment in brackets
 * or after a comma: "98.4%", "80%(新区实验幼儿园进度滞后)", "已完成80%，正在验收". A percentage inside a sentence
 * ("同比增长6%") is no share, and "进度80%" is read by `completionShares` already.
 */
export function percentCellShare(progress: string): CompletionShare | null {
  // Cheap test first: the cell must open with its percentage, give or take a few characters.
  const sign = progress.includes("%") ? progress.indexOf("%") : progress.indexOf("％");
  if (sign < 0 || sign > 16) return null;
  const match = PERCENT_CELL.exec(toHalfWidth(progress.trim()));
  if (match === null) return null;
  return { ratio: Number(match[2]) / 100, raw: match[1], from: "cell" };
}

/** toHalfWidth keeps Chinese punctuation: brackets and stops of either width. */
const PERCENT_CELL = /^((?:已?完成|约)?\s*(\d+(?:\.\d+)?)\s*%)\s*(?:$|[(（\[【][\s\S]*$|[,，;；。:：\n][\s\S]*$)/u;

/**
 * The share a 完成率 cell shows. Excel gives a cell formatted as a percentage as its fraction (54% → "0.54"),
 * and clerks also type the percentage without its sign ("54"). So: with a % sign, the percentage; without, a
 * value up to 1.5 is a fraction (1.2 → 120%: over-fulfilment is far likelier than a rate of 1.2%), and above
 * 1.5 a percentage (54 → 54%).
 */
export function rateShare(rate: string): CompletionShare | null {
  if (!rate) return null;
  const match = RATE_CELL.exec(toHalfWidth(rate.trim()));
  if (match === null) return null;
  const value = Number(match[1]);
  const ratio = match[2] !== undefined || value > FRACTION_LIMIT ? value / 100 : value;
  return { ratio, raw: rate.trim(), from: "rate" };
}

/** The largest rate written without a % sign that is read as a fraction (see `rateShare`). */
export const FRACTION_LIMIT = 1.5;
const RATE_CELL = /^(?:约)?(\d+(?:\.\d+)?)\s*(%)?$/u;

/** A quantity in its base unit: 1.3万人 → 13000 人; "" for a bare number. */
export interface Quantity {
  value: number;
  unit: string;
}

/**
 * The share a 完成数 cell is of its 目标 cell, when both are quantities of the same unit (or one has none):
 * "700" of "1300人", "7000人" of "1.3万人". A bare figure is counted in the 计量单位 column's unit when there
 * is one (`measure` "万人": "5.2" is 52000 人). A target that is no quantity ("提升公路安全设施"), a rate
 * ("95%"), two units that differ, or a count more than three times the target (another measure) give none.
 */
export function doneOfTarget(done: string, target: string, measure = "", targetsOf: TargetsOf = extractTargets): CompletionShare | null {
  if (!done || !target) return null;
  const count = quantityOf(done, measure, targetsOf);
  const planned = quantityOf(target, measure, targetsOf);
  if (count === null || planned === null || planned.value <= 0) return null;
  if (count.unit !== planned.unit && count.unit !== "" && planned.unit !== "") return null;
  if (count.value > planned.value * 3) return null;
  return {
    ratio: count.value / planned.value,
    raw: `${done.trim()}/${target.trim()}`,
    done: count.value,
    planned: planned.value,
    unit: planned.unit || count.unit,
    from: "columns",
  };
}

/**
 * A cell that is one quantity: a number with an optional 万/亿 and unit ("1300人", "3.5万亩", "1,300"), a bare
 * number in the unit `measure` names, or a short text with exactly one quantity target ("新增城镇就业1300人以上").
 */
export function quantityOf(text: string, measure = "", targetsOf: TargetsOf = extractTargets): Quantity | null {
  const plain = PLAIN_QUANTITY.exec(toHalfWidth(text).replace(SPACES_AND_GROUPING, ""));
  if (plain !== null) {
    const written = plainQuantity(Number(plain[1]), plain[2], plain[3]);
    if (written === null || written.unit !== "" || measure === "") return written;
    const unit = MEASURE.exec(toHalfWidth(measure).replace(SPACES_AND_GROUPING, ""));
    return unit === null ? null : plainQuantity(written.value, unit[1], unit[2]);
  }
  if (!DIGIT.test(text)) return null;
  let only: Target | null = null;
  for (const target of targetsOf(text)) {
    if (target.unit === "%" || target.unit === "个百分点" || target.valueLow !== undefined) continue;
    if (only !== null) return null;
    only = target;
  }
  return only === null ? null : { value: only.value * only.multiplier, unit: only.baseUnit };
}

function plainQuantity(value: number, multiplier: string | undefined, unit: string): Quantity | null {
  if (unit.includes("百分点")) return null;
  return { value: value * (multiplier === "亿" ? 1e8 : multiplier === "万" ? 1e4 : 1), unit };
}

/** A 计量单位 cell: 万人, 亿元, 个; a % or anything longer is no unit of a quantity. */
const MEASURE = /^(万|亿)?([\u4e00-\u9fffA-Za-z]{0,4})$/u;
const PLAIN_QUANTITY = /^(?:约|共|计|累计|合计)?(\d+(?:\.\d+)?)(万|亿)?([\u4e00-\u9fffA-Za-z]{0,3}?)(?:及以上|以上|左右|以内|以下|余|多)?[。.]?$/u;
/** Spaces, and the commas of digit groups ("1,300"). */
const SPACES_AND_GROUPING = /\s+|(?<=\d),(?=\d{3})/gu;
const DIGIT = /\d/u;
