import * as path from "node:path";
import type { SheetGrid } from "../../engine/grid";
import { comparePriorYear, defaultPriorSpec, tasksOfSheets, type PriorYearMatch } from "../../engine/pipeline";
import type { TargetsOf } from "../../engine/targets";
import type { UnitRegistry } from "../../engine/units/registry";
import { stringListOption, type ParsedArgs } from "../command";
import { loadPriorSources } from "../sources";
import { yearTasks } from "./match";
import { groupBy } from "../../engine/collections";

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

/**
 * The prior-year lookup for --prior FILE|builtin:YEAR …. Without --prior, `builtinByDefault` compares each sheet
 * with the bundled year before its own (as the pane does); otherwise there is no lookup (undefined).
 */
export async function priorLookup(
  args: ParsedArgs,
  file: string,
  sheets: readonly SheetGrid[],
  registry: UnitRegistry,
  { builtinByDefault, targetsOf }: { builtinByDefault: boolean; targetsOf?: TargetsOf },
): Promise<PriorLookup | undefined> {
  const files = stringListOption(args, "prior");
  const plan: { specs: string[]; sheets: SheetGrid[]; auto: boolean }[] = [];
  if (files.length > 0) plan.push({ specs: files, sheets: [...sheets], auto: false });
  else if (builtinByDefault) {
    for (const [spec, grouped] of groupBy(sheets, defaultPriorSpec)) if (spec !== null) plan.push({ specs: [spec], sheets: grouped, auto: true });
  }
  if (plan.length === 0) return undefined;
  const lookup: PriorLookup = { groups: [], matches: [] };
  for (const step of plan) {
    const sources = (await Promise.all(step.specs.map(loadPriorSources))).flat();
    const current = tasksOfSheets(path.basename(file), step.sheets);
    const matches = comparePriorYear(current, sources.flatMap(yearTasks), registry, { targetsOf, phrases: false }).filter((m) => m.prior.length > 0);
    lookup.groups.push({ sheets: step.sheets.map((s) => s.name), sources: sources.map((s) => path.basename(s.file)), auto: step.auto, tasks: current.length, matched: matches.length });
    lookup.matches.push(...matches);
  }
  return lookup;
}
