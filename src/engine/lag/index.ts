export { detectLag, type LagFlag, type LagReason, type LagReasonCode, type LagResult } from "./detectLag";
export { renderLagReason, type LagLocale } from "./messages";
export { resolveAsOf, paceAt, periodEndMonth, isAsOfDate, type AsOf, type AsOfSource, type PeriodEnd, type PeriodScope } from "./asOf";
export { completionShares, type CompletionShare } from "./progressNumbers";
export { doneOfTarget, percentCellShare, quantityOf, rateShare, FRACTION_LIMIT, type Quantity } from "./columnFigures";
export { doneWords, type DoneWord } from "./doneWords";
export { figuresAgainstTargets, targetShares, type RateComparison, type TargetFigures } from "./targetProgress";
export { lagWords, stallWords, BEHIND_WORDS, STALL_WORDS, type LagWord, type StallWord } from "./stallWords";
export { DEFAULT_LAG_SETTINGS, type LagSettings } from "./settings";
