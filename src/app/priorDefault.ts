/**
 * Last year's source when the clerk chose none, the same for every face: the command line's `analyze`, the
 * pane's 汇总 and one-shot check (检查本表), the ribbon's 生成汇总.
 */
import { groupBy } from "../engine/collections";
import type { SheetGrid } from "../engine/grid";
import { defaultPriorSpec } from "../engine/pipeline";
import type { Place } from "../engine/place";

/**
 * Each sheet beside the bundled year before its own ("builtin:2020"), the sheets grouped by that year, in the
 * order of their first sheet. A place other than Jiaxing, or a sheet older than every bundled year, has none
 * (left out).
 */
export function defaultPriorGroups<T extends SheetGrid>(sheets: readonly T[], place: Pick<Place, "jiaxing">): { spec: string; sheets: T[] }[] {
  const groups: { spec: string; sheets: T[] }[] = [];
  for (const [spec, grouped] of groupBy(sheets, (grid) => defaultPriorSpec(grid, place))) if (spec !== null) groups.push({ spec, sheets: grouped });
  return groups;
}
