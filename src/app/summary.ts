/**
 * The summary tabs (部门汇总, 滞后任务, 上年对比, 校验报告) written into the workbook from every user sheet, with
 * the by-unit counts. Needs most of the engine, so the faces (the pane's 汇总 area, the ribbon's 生成汇总) load
 * it on first use (a dynamic import), not with the pane.
 */
import type { UnitSummary } from "../engine/aggregate";
import { analyzeWorkbook, isUserSheet, placeTabs } from "../engine/pipeline";
import { OWNER_SHEET, ownedTabs } from "../engine/summary";
import type { WorkbookPort } from "../host/port";
import { priorTasks } from "./priorYear";
import { readIfPresent, workbookRegistries } from "./workbook";

export interface SummaryOptions {
  asOf?: string;
  leadOnly?: boolean;
  /** Last year's tasks for 上年对比: a sheet of this workbook, or "builtin:YEAR". */
  priorSheet?: string;
}

export interface SummaryResult {
  /** The names the tabs got (a user's sheet is never replaced, so a tab may be named 部门汇总(2)). */
  written: string[];
  /** The by-unit counts the 部门汇总 tab shows. */
  units: UnitSummary[];
}

/** Writes the summary tabs of every user sheet. */
export async function generateSummary(workbook: WorkbookPort, options: SummaryOptions = {}): Promise<SummaryResult> {
  const names = await workbook.sheetNames();
  const owner = await readIfPresent(workbook, names, OWNER_SHEET);
  const owned = new Set(ownedTabs(owner));
  const userNames = names.filter((n) => isUserSheet(n, owned) && n !== options.priorSheet);
  const grids = await Promise.all(userNames.map((n) => workbook.readSheet(n)));
  const { registry, vocabulary } = await workbookRegistries(workbook, names, grids);
  const registries = { registry, vocabulary };
  const priorYear = options.priorSheet ? [{ sheets: userNames, prior: await priorTasks(workbook, options.priorSheet) }] : undefined;
  const analysis = analyzeWorkbook(grids, { ...registries, asOf: options.asOf, leadOnly: options.leadOnly, priorYear });
  const placed = placeTabs(analysis.tabs, names, owner);
  await workbook.writeSheets(placed);
  return { written: placed.filter((t) => !t.veryHidden).map((t) => t.name), units: analysis.aggregation.units };
}
