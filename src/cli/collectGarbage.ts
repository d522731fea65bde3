import * as v8 from "node:v8";
import * as vm from "node:vm";

let collect: (() => void) | undefined;

/**
 * A full garbage collection, now. A batch job calls it where a step has just dropped large typed arrays
 * (AnalyzeOptions.afterMatching): V8 frees their memory only at a full collection, and without one they
 * stay on the process's peak through every later step. The flag makes `gc` available to a fresh context
 * only (not to this one), hence vm.
 */
export function collectGarbage(): void {
  if (!collect) {
    v8.setFlagsFromString("--expose-gc");
    collect = vm.runInNewContext("gc") as () => void;
  }
  collect();
}
