/**
 * A 国民经济和社会发展计划 as an indicator table (指标 | 目标 | 原文): every numeric target of the plan's prose, one
 * row each, so a plan can be kept on a sheet, checked by eye and used as a prior-year source like any table
 * (the recognizer reads 指标 as the task and 目标 as its target).
 */
import type { SheetLayout } from "../layout";
import { fitColumnWidths } from "../summary/columnWidths";
import { extractTargets } from "../targets";
import { planSentences } from "./planSentences";

export interface PlanIndicator {
  /** The indicator as the plan names it ("固定资产投资"). */
  metric: string;
  /** The target after the indicator's name, as written ("增长6%以上"). */
  target: string;
  /** The sentence it was read from, and its line in the text. */
  sentence: string;
  line: number;
}

export const INDICATOR_HEADER = ["指标", "目标", "原文"] as const;

export function planIndicators(text: string): PlanIndicator[] {
  const indicators: PlanIndicator[] = [];
  for (const sentence of planSentences(text)) {
    for (const found of extractTargets(sentence.text)) {
      const at = found.metric ? found.raw.indexOf(found.metric) : -1;
      // "实现固定资产投资增长6%以上" → 增长6%以上: the name is its own column; words before it (实现, 力争) go with it.
      const target = at >= 0 ? found.raw.slice(at + found.metric.length) : found.raw;
      indicators.push({ metric: found.metric || found.raw, target: target || found.raw, sentence: sentence.text, line: sentence.line });
    }
  }
  return indicators;
}

/** The year a plan is for, from its first "20xx年" (its title), or null. */
export function planYear(text: string): number | null {
  const found = /(20\d{2})年/u.exec(text);
  return found ? Number(found[1]) : null;
}

/**
 * The indicator sheet: header, one row per target, widths that fit, frozen header. No Excel table: the sheet is
 * the clerk's from then on, and a second import of the same plan would need a second table name.
 */
export function planIndicatorSheet(name: string, indicators: readonly PlanIndicator[]): SheetLayout {
  const values = [[...INDICATOR_HEADER], ...indicators.map((i) => [i.metric, i.target, i.sentence])];
  return {
    name,
    values,
    columnWidths: fitColumnWidths(values, { min: 8, max: 60 }),
    frozenRows: 1,
    print: { orientation: "landscape", repeatRows: { first: 1, last: 1 } },
  };
}
