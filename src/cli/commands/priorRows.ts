import * as path from "node:path";
import type { SheetGrid } from "../../engine/grid";
import { comparePriorYear, priorComparisonRows, tasksOfSheets } from "../../engine/pipeline";
import type { PriorComparisonRow } from "../../engine/summary";
import type { UnitRegistry } from "../../engine/units/registry";
import { stringListOption, type ParsedArgs } from "../command";
import { loadTaskSource } from "../sources";
import { yearTasks } from "./match";

/** The 上年对比 rows for --prior FILE …, or none when no prior file is given. */
export async function priorRows(args: ParsedArgs, file: string, sheets: readonly SheetGrid[], registry: UnitRegistry): Promise<PriorComparisonRow[] | undefined> {
  const files = stringListOption(args, "prior");
  if (files.length === 0) return undefined;
  const prior = (await Promise.all(files.map(loadTaskSource))).flatMap(yearTasks);
  return priorComparisonRows(comparePriorYear(tasksOfSheets(path.basename(file), sheets), prior, registry));
}
