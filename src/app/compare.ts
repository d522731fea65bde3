/**
 * 上期对比: the active sheet (this period's report) set beside the previous period's report — another sheet of
 * the workbook, or a sheet of a file the clerk picked — and, if asked, the 上期对比 tab written into the
 * workbook the way the summary tabs are (the add-in's own earlier tab replaced, a clerk's sheet of that name
 * never: the new tab is named beside it). One use case for the command line and any later pane area.
 */
import { compareReports, compareTab, isCompareReport, reportOfSheet, type Comparison } from "../engine/cycle/compare";
import type { SheetGrid } from "../engine/grid";
import type { Language } from "../engine/language";
import type { SheetLayout } from "../engine/layout";
import { isProgressTable, placeTabs, type TakenName } from "../engine/pipeline";
import { recognizeSheet } from "../engine/recognize";
import { isSummaryReport } from "../engine/summary/buildSummary";
import type { WorkbookPort } from "../host/port";
import { newMark, readRecords } from "./addinRecords";
import { userSheetNames } from "./userSheets";
import { workbookRegistries } from "./workbook";

/** The previous report: a sheet of this workbook, or a sheet read from another file (its grid and the file's name). */
export type PreviousReport = { sheet: string } | { grid: SheetGrid; file: string };

export interface CompareRequest {
  previous: PreviousReport;
  /** This period's sheet; the active sheet when absent. */
  sheet?: string;
  /** yyyy-mm-dd dates that override what each report's title says. */
  asOf?: string;
  previousAsOf?: string;
  /** The tab's language; Chinese when absent. */
  language?: Language;
  /** yyyy-mm-dd, the day in the tab's title; none when absent (the face reads the clock). */
  madeOn?: string;
  /** Whether to write the tab into the workbook (false: only compare, as `compare --json` without --out). */
  write?: boolean;
}

export interface CompareRun {
  comparison: Comparison;
  /** The tab under the name it gets in this workbook. */
  tab: SheetLayout;
  /** Names of the tabs written (none when not asked to write). */
  written: string[];
  /** The tab got another name because one of the clerk's sheets holds its own. */
  taken: TakenName[];
}

export async function runCompare(workbook: WorkbookPort, request: CompareRequest): Promise<CompareRun> {
  const currentName = request.sheet ?? (await workbook.activeSheetName());
  const current = await workbook.readSheet(currentName);
  const previous = "grid" in request.previous ? request.previous.grid : await workbook.readSheet(request.previous.sheet);
  // The clerk's 状态词表 reads both reports: the previous one was written with the same words.
  const { vocabulary } = await workbookRegistries(workbook);
  const comparison = compareReports(
    reportOfSheet(current, vocabulary, { asOf: request.asOf }),
    reportOfSheet(previous, vocabulary, { asOf: request.previousAsOf, fileName: "file" in request.previous ? request.previous.file : undefined }),
  );
  const records = await readRecords(workbook);
  const placed = placeTabs(
    [compareTab(comparison, { language: request.language, madeOn: request.madeOn })],
    records.names,
    records.owner,
    records.settings,
    newMark(),
    request.language,
  );
  const tab = placed.sheets[0];
  if (!request.write) return { comparison, tab, written: [], taken: placed.taken };
  // The settings first: a record written without them would be the clerk's on the next run.
  await workbook.writeSettings(placed.settings);
  await workbook.writeSheets(placed.sheets);
  return { comparison, tab, written: [tab.name], taken: placed.taken };
}

/**
 * The sheets the pane offers as the previous report: the clerk's own sheets, not the active one (this period's),
 * not the add-in's tabs nor copies of its reports, and only those holding a progress table (a 责任分解 without
 * progress says nothing of behind or done). In the workbook's order.
 */
export async function previousReportChoices(workbook: WorkbookPort): Promise<string[]> {
  const [names, active] = await Promise.all([userSheetNames(workbook), workbook.activeSheetName()]);
  const choices: string[] = [];
  for (const name of names) {
    if (name === active) continue;
    const grid = await workbook.readSheet(name);
    if (isSummaryReport(grid) || isCompareReport(grid)) continue;
    if (recognizeSheet(grid).tables.some(isProgressTable)) choices.push(name);
  }
  return choices;
}
