import { arabicAt, digitAt, toHalfWidth } from "./numerals";
import { unitAt } from "./units";

/**
 * A 目标 cell with the unit its 单位 (unit of measure) column gives, as one text the extractor reads whole:
 * "5.2" + "万人" → "5.2万人", "不低于60元" + "元/月/人" → "不低于60元/月/人", "1300人" + "人" → "1300人".
 * Statistical tables write the figure and its unit in two columns; the figure alone reads as a bare count.
 * A number that has its own unit keeps it, unless the 单位 only says what it is per (元 → 元/月/人); one that
 * goes on into words ("2021年底前") is no figure of that unit. A 单位 that is not a unit is left out.
 */
export function withMeasure(target: string, measure: string): string {
  const unit = measure.replace(SPACES, "");
  if (target === "" || unit === "") return target;
  const half = toHalfWidth(unit);
  const measured = unitAt(half, 0);
  if (measured === null || measured.end !== half.length) return target;
  const t = toHalfWidth(target);
  let out = "";
  let copied = 0;
  for (let i = 0; i < t.length; i++) {
    if (!digitAt(t, i) || digitAt(t, i - 1) || t.charCodeAt(i - 1) === DOT) continue;
    const number = arabicAt(t, i);
    if (number === null) continue;
    let at = number.end;
    while (at < t.length && INNER.includes(t[at])) at++;
    i = at - 1;
    const own = unitAt(t, at);
    let insert = "";
    if (own === null) {
      // The first number of a range (1-2) takes its unit from the second.
      if (RANGE_NEXT.test(t.slice(at, at + 3))) continue;
      if (!endsFigure(t, at)) continue;
      insert = unit;
    } else if (measured.baseUnit.startsWith(`${own.baseUnit}/`)) {
      at = own.end;
      insert = measured.baseUnit.slice(own.baseUnit.length);
    } else {
      continue;
    }
    out += target.slice(copied, at) + insert;
    copied = at;
  }
  return copied === 0 ? target : out + target.slice(copied);
}

const SPACES = /\s+/gu;
const DOT = ".".charCodeAt(0);
/** 余/多 stand between a number and its unit (100余人). */
const INNER = "余多";
const RANGE_NEXT = /^(?:——|[-~—–～至])\d/u;
/** What may follow a figure whose unit is missing: the end, punctuation, or a qualifier (60以上). */
const AFTER_FIGURE = /^(?:$|[^\p{Script=Han}]|及以上|以上|以下|以内|左右|之内)/u;

const endsFigure = (t: string, at: number): boolean => AFTER_FIGURE.test(t.slice(at, at + 3));
