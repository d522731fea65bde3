import { coreMetric, extractTargets, figureAgainstGoal, toHalfWidth, valueInUnitOf, type Target } from "../targets";
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

/** How a progress text's figures stand against the task's own annual targets. */
export interface TargetFigures {
  /** Quantities done as shares of the year's quantity (see `targetShares`). */
  shares: CompletionShare[];
  /** Growth and decline rates against the rate the task sets (see `RateComparison`). */
  rates: RateComparison[];
}

/**
 * A growth or decline rate the progress text reports beside the rate the task sets for the year: "地区生产总值
 * 增长6%以上" and "地区生产总值同比增长2.9%". A rate is compared as it is, not scaled to 序时进度: growth of
 * 2.9% by June is not half of a year's 6%, it is 2.9% against 6%.
 */
export interface RateComparison {
  /** The task's target ("地区生产总值增长6%以上") and its value and comparator. */
  goal: Target;
  /** The progress text's figure, as written ("地区生产总值同比增长2.9%"). */
  raw: string;
  /** The figure in the goal's direction: 下降1.2% against a growth target is −1.2. */
  value: number;
}

const NO_FIGURES: TargetFigures = { shares: [], rates: [] };

/**
 * Quantities and rates the progress text reports against the task's own annual targets, reading the progress
 * text's figures once, and only when it could hold one: it names a quantity's unit, or has a % sign for a rate.
 * `withShares` false reads rates only (without an as-of date, a quantity has no pace to be set against).
 */
export function figuresAgainstTargets(progressText: string, taskTargets: readonly Target[], withShares = true): TargetFigures {
  // Called for every line of every task: no list is made for a task without such targets.
  const hasQuantity = withShares && taskTargets.some(isAnnualQuantity);
  const hasRate = taskTargets.some(isRateGoal);
  if ((!hasQuantity && !hasRate) || progressText.trim() === "") return NO_FIGURES;
  // valueInUnitOf compares only figures with a goal's base unit, and a unit is read as written: a progress text
  // that names none of those units has no figure to read, and most name none. Spares reading its targets.
  const halfWidth = toHalfWidth(progressText);
  const annual = hasQuantity ? taskTargets.filter(isAnnualQuantity) : [];
  const readShares = annual.length > 0 && namesAnyUnit(halfWidth, annual);
  const readRates = hasRate && halfWidth.includes("%") && RATE_WORD.test(halfWidth);
  if (!readShares && !readRates) return NO_FIGURES;
  // Rates alone are read from the sentences that give one: a long text's other figures are many, and dear to read.
  const reported = extractTargets(readShares ? progressText : sentencesWithRates(progressText));
  return {
    shares: readShares ? sharesOf(annual, reported.filter(isQuantity)) : [],
    rates: readRates ? ratesOf(taskTargets.filter(isRateGoal), reported) : [],
  };
}

/**
 * Quantities the progress text reports against the task's own annual targets: task "新建“运动家”社区200个",
 * progress "已建成120个" → 60%. Only the same metric in a comparable unit counts, and only a figure that
 * could be part of the year's quantity (at most three times it).
 */
export function targetShares(taskText: string, progressText: string, taskTargets: readonly Target[] = extractTargets(taskText)): CompletionShare[] {
  return figuresAgainstTargets(progressText, taskTargets).shares;
}

/** The sentences of a text with a percentage and a growth or decline word, as one text. */
function sentencesWithRates(text: string): string {
  const sentences = text.split(SENTENCE_END);
  if (sentences.length === 1) return text;
  return sentences.filter((sentence) => RATE_WORD.test(sentence) && (sentence.includes("%") || sentence.includes("％"))).join("。");
}

const SENTENCE_END = /[。；;\n]/u;

/**
 * The reported figure not `used` already that agrees best with a goal (`agreement`, 0 for none); undefined when
 * none agrees at all.
 */
function bestFigure(reported: readonly Target[], used: readonly Target[], agreement: (figure: Target) => number): Target | undefined {
  let figure: Target | undefined;
  let best = 0;
  for (let k = 0; k < reported.length; k++) {
    const r = reported[k];
    const score = used.includes(r) ? 0 : agreement(r);
    if (score > best) {
      figure = r;
      best = score;
    }
  }
  return figure;
}

/** A figure of the same metric before a shorthand for it, and either before none. */
const FIGURE_FIT = { same: 2, shorthand: 1, none: 0 } as const;

function sharesOf(annual: readonly Target[], reported: readonly Target[]): CompletionShare[] {
  const shares: CompletionShare[] = [];
  // A task has a few goals: a list of the figures taken is as quick as a set, and lighter. Each figure once.
  const used: Target[] = [];
  for (let g = 0; g < annual.length; g++) {
    const goal = annual[g];
    // The one decision of what counts against what (targets/comparable.ts): 清洁生产企业24家 counts against
    // 清洁生产企业100家, never against 节水型企业20家.
    const done = bestFigure(reported, used, (r) => FIGURE_FIT[figureAgainstGoal(goal, r, annual) ?? "none"]);
    if (!done) continue;
    used.push(done);
    const value = valueInUnitOf(goal, done) as number;
    if (value > goal.value * 3) continue;
    shares.push({ ratio: value / goal.value, raw: done.raw, done: value, planned: goal.value, unit: goal.unit });
  }
  return shares;
}

/** +1 for a growth rate (增长, or a metric 增速 / 增幅 with no verb), −1 for a decline rate, 0 for anything else. */
function rateDirection(target: Target): 1 | -1 | 0 {
  if (target.unit !== "%") return 0;
  // "增幅-1.1%": the minus sign stays with the words before the figure.
  if (target.verb === "" && NEGATIVE_RATE.test(target.metric)) return -1;
  if (target.verb === "增长" || (target.verb === "" && RATE_METRIC.test(target.metric))) return 1;
  if (target.verb === "下降" || target.verb === "降低") return -1;
  return 0;
}

const RATE_METRIC = /(?:增速|增幅)$/u;
const NEGATIVE_RATE = /(?:增速|增幅|增长)[为是]?[-−—–]$/u;
/** The words a growth or decline figure is written with: a text without one reports no rate. */
const RATE_WORD = /增长|增速|增幅|下降|降低/u;
/** A figure the progress text gives as the plan ("年度目标为…增长6%"), not as what was reached. */
const PLANNED = /目标|计划|预期|力争|确保|争取|设定|调整为/u;
/** Words around a growth figure that name no metric: "同比增长0.1%" after a comma is the sentence's metric. */
const NO_METRIC = /^(全区|全市|全县|全省|同比|比上年|比去年|较上年|累计|全年|上半年|一季度|前三季度|1-\d{1,2}月|实现|完成|增速|增幅|仅|为|达|达到|,|，)*$/u;
const isRateGoal = (t: Target) => rateDirection(t) !== 0 && t.valueLow === undefined;
/** "全市固定资产投资增速" names the metric 全市固定资产投资. */
const rateMetric = (t: Target) => t.metric.replace(NEGATIVE_SIGN, "").replace(RATE_METRIC, "").replace(PERIOD_AND_AREA, "");
/** Words before a metric that say when or where, not what: 1-10月份全区固定资产投资 is 固定资产投资. */
const PERIOD_AND_AREA =
  /^(?:\d{1,2}\s*[-—~至]\s*\d{1,2}\s*月份?|上半年|一季度|前三季度|今年|全年|截至\d{1,2}月底?)*(?:全社会|全区|全市|全县|全省|全镇|我区|我市|我县)?/u;
const NEGATIVE_SIGN = /[为是]?[-−—–]$/u;

/** Whether two rates are of one indicator, as `comparability` judges metrics: 规上工业增加值 is not 工业增加值. */
function sameRateMetric(goal: Target, figure: Target): boolean {
  const a = coreMetric({ metric: rateMetric(goal), unit: "%" });
  return a !== "" && a === coreMetric({ metric: rateMetric(figure), unit: "%" });
}

function ratesOf(goals: readonly Target[], reported: readonly Target[]): RateComparison[] {
  const rates: RateComparison[] = [];
  const used: Target[] = [];
  for (let g = 0; g < goals.length; g++) {
    const goal = goals[g];
    let figure = bestFigure(reported, used, (r) => (rateDirection(r) === 0 || PLANNED.test(r.raw) ? 0 : sameRateMetric(goal, r) ? 1 : 0));
    // A task with one rate goal and a text with one growth figure ("…完成354.1亿元,同比增长0.1%"): the figure's
    // metric is often left unsaid after a comma, and it can only be the goal's.
    if (!figure && goals.length === 1) {
      const candidates = reported.filter(
        (r) => !used.includes(r) && rateDirection(r) !== 0 && !PLANNED.test(r.raw) && r.unit === "%" && NO_METRIC.test(rateMetric(r)),
      );
      if (candidates.length === 1) figure = candidates[0];
    }
    if (!figure) continue;
    used.push(figure);
    rates.push({ goal, raw: figure.raw, value: figure.value * rateDirection(figure) * rateDirection(goal) });
  }
  return rates;
}
