/**
 * Which sheets are the clerk's own, for the pane's sheet pickers. Apart from workbook.ts because telling
 * them from the tabs the add-in generated takes the summary's part of the engine, which the pane loads only
 * with the areas that pick sheets (上年目标, 汇总), not with its first screen.
 */
import { isUserSheet } from "../engine/pipeline";
import { OWNER_SHEET, ownedTabs } from "../engine/summary";
import type { WorkbookPort } from "../host/port";
import { readIfPresent } from "./workbook";

/** The sheets a clerk works in: not settings, not the add-in's own, not tabs it generated. */
export async function userSheetNames(workbook: WorkbookPort): Promise<string[]> {
  const names = await workbook.sheetNames();
  const owned = new Set(ownedTabs(await readIfPresent(workbook, names, OWNER_SHEET)));
  return names.filter((n) => isUserSheet(n, owned));
}
