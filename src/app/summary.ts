/**
 * The summary tabs (部门汇总, 滞后任务, 上年对比, 校验报告) from every user sheet, with the analysis behind them: one
 * use case for the pane's 汇总 area, the ribbon's 生成汇总 and the command line's `summarize` / `analyze`, over
 * whichever port holds the workbook (Office, a file, memory), so all three count and write the same. Needs most
 * of the engine, so the pane and the ribbon load it on first use (a dynamic import), not with the pane.
 */
import type { UnitSummary } from "../engine/aggregate";
import type { SheetGrid } from "../engine/grid";
import type { Language } from "../engine/language";
import type { SheetLayout } from "../engine/layout";
import { addinSheets, analyzeWorkbook, isUserSheet, placeTabs, type PriorYearPlan, type TakenName, type WorkbookAnalysis } from "../engine/pipeline";
import type { Place } from "../engine/place";
import { isSettingsSheet, workbookRegistries, type WorkbookRegistries } from "../engine/settings/registries";
import type { WorkbookPort } from "../host/port";
import { defaultPriorGroups } from "./priorDefault";
import { priorTasks } from "./priorYear";
import { localIsoDate } from "../engine/dates";
import { isSummaryReport } from "../engine/summary";
import { isCompareReport } from "../engine/cycle/compare";
import { newMark, readRecords } from "./addinRecords";

export interface SummaryOptions {
  asOf?: string;
  leadOnly?: boolean;
  /** Last year's tasks for 上年对比: a sheet of this workbook, or "builtin:YEAR". */
  priorSheet?: string;
  /**
   * Without a priorSheet, compare each sheet with the bundled year before its own where the place and the year
   * allow it, as the command line's `analyze` does (defaultPriorGroups); without either, no 上年对比.
   */
  builtinByDefault?: boolean;
  /** The tabs' language, the face's own; Chinese when absent. */
  language?: Language;
  /** yyyy-mm-dd, the day in the tabs' titles; today (local time) when absent. */
  madeOn?: string;
}

export interface SummaryResult {
  /** The names the tabs got (a user's sheet is never replaced, so a tab may be named 部门汇总(2)). */
  written: string[];
  /** The by-unit counts the 部门汇总 tab shows. */
  units: UnitSummary[];
  /** The sources 上年对比 compared with (a sheet's name, "builtin:2020"), in the order of the sheets; none without it. */
  priorSources: string[];
  /** Tabs named beside one of the clerk's sheets that holds their usual name (left as it is): the clerk is told. */
  taken: TakenName[];
}

/** What a face asks of the summary beyond the options a clerk sets. */
export interface SummaryRequest {
  asOf?: string;
  leadOnly?: boolean;
  /** Sheets that are the user's but not this year's (the pane's chosen prior-year sheet): never analysed. */
  notAnalysed?: readonly string[];
  /** Registry sources beyond the workbook's own 单位名录 / 状态词表 (the CLI's --units, --statuses), later ones winning, and the file name the place may be read from. */
  settings?: { fileName?: string; unitSheets?: readonly SheetGrid[]; statusSheets?: readonly SheetGrid[] };
  /** Called once the user sheets and the registries are read, before the analysis: a face reports on them here. */
  read?: (read: { userSheets: readonly SheetGrid[]; registries: WorkbookRegistries }) => void;
  /** The prior-year comparisons, as the face chose them (a sheet, a built-in year, --prior files), or none. */
  priorYear?: (userSheets: readonly SheetGrid[], place: Place) => Promise<PriorYearPlan[] | undefined>;
  /** Whether to write the tabs into the workbook (false: only analyse, as `analyze` without --out). */
  write?: boolean;
  /** Whether the caller shows the tabs without writing them (`summarize --json`); tabs nobody writes or shows are not laid out. */
  showTabs?: boolean;
  /** The tabs' language; Chinese when absent. */
  language?: Language;
  /** yyyy-mm-dd, the day in the tabs' titles; none when absent (the face reads the clock, not the use case). */
  madeOn?: string;
  /** See AnalyzeOptions.afterMatching: the command line reclaims the matcher's scratch there. */
  afterMatching?: () => void;
}

export interface SummaryRun {
  analysis: WorkbookAnalysis;
  userSheets: readonly SheetGrid[];
  registries: WorkbookRegistries;
  /** The tabs under the names they get in this workbook, the add-in's hidden record left out. */
  tabs: SheetLayout[];
  /** Names of the tabs written (none when not asked to write). */
  written: string[];
  /** Tabs that got another name because one of the clerk's sheets holds theirs. */
  taken: TakenName[];
}

/** Reads the clerk's sheets (not settings, not tabs generated earlier), analyses them and, if asked, writes the tabs. */
export async function runSummary(workbook: WorkbookPort, request: SummaryRequest = {}): Promise<SummaryRun> {
  // Only the add-in's proven records and the tabs they list are its own: any other sheet is the clerk's, whatever its name.
  const records = await readRecords(workbook);
  const { names } = records;
  const addin = addinSheets(records);
  const notAnalysed = request.notAnalysed ?? [];
  const userNames = names.filter((name) => isUserSheet(name, addin) && !notAnalysed.includes(name));
  // A copy of a summary tab (an earlier version's, one brought from another workbook) is kept but never read as tasks.
  const userSheets = (await Promise.all(userNames.map((name) => workbook.readSheet(name)))).filter((grid) => !isSummaryReport(grid) && !isCompareReport(grid));
  const settingsSheets = await Promise.all(names.filter(isSettingsSheet).map((name) => workbook.readSheet(name)));
  const { fileName, unitSheets, statusSheets } = request.settings ?? {};
  const registries = workbookRegistries([...userSheets, ...settingsSheets], { fileName, unitSheets, statusSheets });
  request.read?.({ userSheets, registries });
  const priorYear = await request.priorYear?.(userSheets, registries.place);
  const { asOf, leadOnly, language, madeOn, afterMatching } = request;
  const layTabs = request.write === true || request.showTabs === true;
  const analysis = analyzeWorkbook(userSheets, { ...registries, asOf, leadOnly, priorYear, language, madeOn, layTabs, afterMatching });
  const placed = placeTabs(analysis.tabs, names, records.owner, records.settings, newMark(), language);
  const tabs = placed.sheets.filter((t) => !t.veryHidden);
  const { taken } = placed;
  if (!request.write) return { analysis, userSheets, registries, tabs, written: [], taken };
  // The settings first: a record written without them would be the clerk's on the next run.
  await workbook.writeSettings(placed.settings);
  await workbook.writeSheets(placed.sheets);
  return { analysis, userSheets, registries, tabs, written: tabs.map((t) => t.name), taken };
}

/** The pane's and the ribbon's 生成汇总: writes the summary tabs of every user sheet, dated today unless told otherwise. */
export async function generateSummary(workbook: WorkbookPort, options: SummaryOptions = {}): Promise<SummaryResult> {
  const { priorSheet } = options;
  let priorSources: string[] = [];
  const chosen = async (userSheets: readonly SheetGrid[]) => {
    priorSources = [priorSheet ?? ""];
    return [{ sheets: userSheets.map((s) => s.name), prior: await priorTasks(workbook, priorSheet ?? "") }];
  };
  const byDefault = async (userSheets: readonly SheetGrid[], place: Place) => {
    const groups = defaultPriorGroups(userSheets, place);
    priorSources = groups.map((g) => g.spec);
    // No bundled year applies: no 上年对比 tab at all, as the command line.
    if (groups.length === 0) return undefined;
    return Promise.all(groups.map(async (g) => ({ sheets: g.sheets.map((s) => s.name), prior: await priorTasks(workbook, g.spec) })));
  };
  const run = await runSummary(workbook, {
    asOf: options.asOf,
    leadOnly: options.leadOnly,
    language: options.language,
    madeOn: options.madeOn ?? localIsoDate(new Date()),
    notAnalysed: priorSheet ? [priorSheet] : [],
    priorYear: priorSheet ? chosen : options.builtinByDefault ? byDefault : undefined,
    write: true,
  });
  return { written: run.written, units: run.analysis.aggregation.units, priorSources, taken: run.taken };
}
