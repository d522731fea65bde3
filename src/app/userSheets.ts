/**
 * Which sheets are the clerk's own, for the pane's sheet pickers. Apart from workbook.ts because telling
 * them from the tabs the add-in generated takes the summary's part of the engine, which the pane loads only
 * with the areas that pick sheets (上年目标, 汇总), not with its first screen.
 */
import { addinSheets, isUserSheet } from "../engine/pipeline";
import type { WorkbookPort } from "../host/port";
import { readRecords } from "./addinRecords";

/** The sheets a clerk works in: not settings, not the add-in's proven records nor the tabs they list. */
export async function userSheetNames(workbook: WorkbookPort): Promise<string[]> {
  const records = await readRecords(workbook);
  const addin = addinSheets(records);
  return records.names.filter((n) => isUserSheet(n, addin));
}
