import * as path from "node:path";
import type { SheetGrid } from "../../engine/grid";
import type { Place } from "../../engine/place";
import type { PriorYearMatch, PriorYearPlan } from "../../engine/pipeline";
import { defaultPriorGroups } from "../../app/priorDefault";
import { stringListOption, type ParsedArgs } from "../command";
import { loadPriorSources } from "../sources";
import { yearTasks } from "./match";

/** Which sheets were compared with which prior-year source(s), and how many of their tasks found a prior task. */
export interface PriorGroup {
  sheets: string[];
  /** The sources as the user reads them: file names, or "内置·嘉兴2021" for the bundled material. */
  sources: string[];
  /** True when no --prior was given and the bundled year before the sheets' year was used. */
  auto: boolean;
  tasks: number;
  matched: number;
}

export interface PriorLookup {
  groups: PriorGroup[];
  /** Every current task that found a prior task, with its target changes. */
  matches: PriorYearMatch[];
}

/** What the analysis compares (its plans) and how the user named it (the groups, counted after the analysis). */
export interface PriorSetup {
  plans: PriorYearPlan[];
  groups: Omit<PriorGroup, "tasks" | "matched">[];
}

/**
 * The prior-year sources for --prior FILE|builtin:YEAR …, loaded. Without --prior, `builtinByDefault` compares
 * each sheet with the bundled year before its own (as the pane does); otherwise there is nothing to compare
 * (undefined).
 */
export async function priorSetup(
  args: ParsedArgs,
  sheets: readonly SheetGrid[],
  { builtinByDefault, place }: { builtinByDefault: boolean; place: Place },
): Promise<PriorSetup | undefined> {
  const files = stringListOption(args, "prior");
  const steps: { specs: string[]; sheets: readonly SheetGrid[]; auto: boolean }[] = [];
  if (files.length > 0) steps.push({ specs: files, sheets, auto: false });
  else if (builtinByDefault) for (const group of defaultPriorGroups(sheets, place)) steps.push({ specs: [group.spec], sheets: group.sheets, auto: true });
  if (steps.length === 0) return undefined;
  const setup: PriorSetup = { plans: [], groups: [] };
  for (const step of steps) {
    const sources = (await Promise.all(step.specs.map(loadPriorSources))).flat();
    const names = step.sheets.map((s) => s.name);
    setup.plans.push({ sheets: names, prior: sources.flatMap(yearTasks) });
    setup.groups.push({ sheets: names, sources: sources.map((s) => path.basename(s.file)), auto: step.auto });
  }
  return setup;
}

/** The groups with their counts, and the tasks that found a prior task, from the analysis of the setup's plans. */
export function priorLookup(setup: PriorSetup, compared: readonly (readonly PriorYearMatch[])[]): PriorLookup {
  const lookup: PriorLookup = { groups: [], matches: [] };
  for (let g = 0; g < setup.groups.length; g++) {
    const matched = compared[g].filter((m) => m.prior.length > 0);
    lookup.groups.push({ ...setup.groups[g], tasks: compared[g].length, matched: matched.length });
    for (const m of matched) lookup.matches.push(m);
  }
  return lookup;
}
