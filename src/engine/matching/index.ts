export { matchTasks, MATCH_DEFAULTS } from "./matchTasks";
export { nGrams, textRuns, BOILERPLATE } from "./ngrams";
export type { MatchDoc, MatchEvidence, MatchOptions, PriorCandidate, TaskMatch } from "./types";
export { compareTargets, describeChange, type TargetChange, type TargetComparison, type DeltaKind } from "./targetChanges";
export { sameMetric } from "./metrics";
