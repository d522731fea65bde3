import * as path from "node:path";
import type { SheetGrid } from "../../engine/grid";
import { comparePriorYear, priorComparisonRows, tasksOfSheets } from "../../engine/pipeline";
import type { PriorComparisonRow } from "../../engine/summary";
import type { UnitRegistry } from "../../engine/units/registry";
import { stringListOption, type ParsedArgs } from "../command";
import { loadPriorSources } from "../sources";
import { yearTasks } from "./match";

/** The 上年对比 rows for --prior FILE|builtin:YEAR …, or none when no prior is given. */
export async function priorRows(args: ParsedArgs, file: string, sheets: readonly SheetGrid[], registry: UnitRegistry): Promise<PriorComparisonRow[] | undefined> {
  const files = stringListOption(args, "prior");
  if (files.length === 0) return undefined;
  const prior = (await Promise.all(files.map(loadPriorSources))).flat().flatMap(yearTasks);
  return priorComparisonRows(comparePriorYear(tasksOfSheets(path.basename(file), sheets), prior, registry));
}
