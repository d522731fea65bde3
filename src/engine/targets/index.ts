export { extractTargets } from "./extractTargets";
export { withMeasure } from "./measure";
export type { Comparator, Target } from "./types";
export { parseChineseNumeral, toHalfWidth } from "./numerals";
export { unitAt, type UnitKind, type UnitMatch } from "./units";
export { targetMemo, type TargetsOf } from "./memo";
export { comparability, coreMetric, figureAgainstGoal, nearlyComparable, valueInUnitOf, type Comparability, type Incomparable } from "./comparable";
