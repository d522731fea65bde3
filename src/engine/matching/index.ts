export { matchTasks, MATCH_DEFAULTS } from "./matchTasks";
export { SCORING_MODEL, type ScoringModel } from "./model";
export { nGrams, textRuns, BOILERPLATE } from "./ngrams";
export type { MatchDoc, MatchEvidence, MatchOptions, PriorCandidate, TaskMatch } from "./types";
export {
  compareTargets,
  describeChange,
  describeDelta,
  describeIncomparable,
  describeNotComparable,
  type IncomparablePair,
  type TargetChange,
  type TargetComparison,
  type DeltaKind,
} from "./targetChanges";
export { matchConfidence, CONFIDENCE_ORDER, CONFIDENCE_CUTS, type MatchConfidence } from "./confidence";
export { CONFIDENCE_WORDS } from "./confidenceWords";
