import { boundedMemo } from "../collections";
import { extractTargets } from "./extractTargets";
import type { Target } from "./types";

/** A text's targets, as `extractTargets` reads them; shared, so not to be changed by the caller. */
export type TargetsOf = (text: string) => readonly Target[];

/**
 * `extractTargets` remembered for one job: the prior-year step reads each task's targets to match and compare
 * it, and lag detection reads them again against the progress text. Made per job and dropped with it, so a
 * long-lived pane keeps nothing.
 */
export function targetMemo(): TargetsOf {
  return boundedMemo<readonly Target[]>(extractTargets, Infinity);
}
