import * as path from "node:path";
import type { SheetGrid } from "../../engine/grid";
import { defaultPriorSpec, type PriorYearGroup, type PriorYearMatch, type PriorYearResult } from "../../engine/pipeline";
import { stringListOption, type ParsedArgs } from "../command";
import { loadPriorSources } from "../sources";
import { yearTasks } from "./match";
import { groupBy } from "../../engine/collections";

/** Last year's tasks for some of the sheets, and where they were read from. */
export interface PriorSourceGroup extends PriorYearGroup {
  /** The sources as the user reads them: file names, or "内置·嘉兴2021" for the bundled material. */
  sources: string[];
  /** True when no --prior was given and the bundled year before the sheets' year was used. */
  auto: boolean;
}

/** Which sheets were compared with which prior-year source(s), and how many of their tasks found a prior task. */
export interface PriorGroup {
  sheets: string[];
  sources: string[];
  auto: boolean;
  tasks: number;
  matched: number;
}

export interface PriorLookup {
  groups: PriorGroup[];
  /** Every current task that found a prior task, with its target changes. */
  matches: PriorYearMatch[];
}

/**
 * Last year's tasks for --prior FILE|builtin:YEAR …. Without --prior, `builtinByDefault` compares each sheet
 * with the bundled year before its own (as the pane does); otherwise there is no prior year (undefined).
 */
export async function loadPriorYear(args: ParsedArgs, sheets: readonly SheetGrid[], { builtinByDefault }: { builtinByDefault: boolean }): Promise<PriorSourceGroup[] | undefined> {
  const files = stringListOption(args, "prior");
  const plan: { specs: string[]; sheets: SheetGrid[]; auto: boolean }[] = [];
  if (files.length > 0) plan.push({ specs: files, sheets: [...sheets], auto: false });
  else if (builtinByDefault) {
    for (const [spec, grouped] of groupBy(sheets, defaultPriorSpec)) if (spec !== null) plan.push({ specs: [spec], sheets: grouped, auto: true });
  }
  if (plan.length === 0) return undefined;
  const groups: PriorSourceGroup[] = [];
  for (const step of plan) {
    const sources = (await Promise.all(step.specs.map(loadPriorSources))).flat();
    groups.push({ sheets: step.sheets.map((s) => s.name), tasks: sources.flatMap(yearTasks), sources: sources.map((s) => path.basename(s.file)), auto: step.auto });
  }
  return groups;
}

/** The groups beside what the analysis found for each. */
export function priorLookupOf(groups: readonly PriorSourceGroup[], result: PriorYearResult): PriorLookup {
  return {
    groups: groups.map((g, i) => ({ sheets: [...g.sheets], sources: g.sources, auto: g.auto, tasks: result.groups[i].tasks, matched: result.groups[i].matched })),
    matches: result.matches,
  };
}
