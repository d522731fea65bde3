export { detectLag, type LagFlag, type LagReason, type LagReasonCode, type LagResult } from "./detectLag";
export { renderLagReason, type LagLocale } from "./messages";
export { resolveAsOf, paceAt, periodEndMonth, isAsOfDate, type AsOf, type AsOfSource } from "./asOf";
export { completionShares, type CompletionShare } from "./progressNumbers";
export { stallWords, STALL_WORDS } from "./stallWords";
export { DEFAULT_LAG_SETTINGS, type LagSettings } from "./settings";
