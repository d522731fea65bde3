/**
 * The add-in's text, one catalogue per language: Simplified Chinese (zh-CN.ts), the product's language, and
 * English (en-US.ts). The pane and the ribbon's commands share it, so it belongs to neither. Both catalogues
 * are typed as Messages, so a key missing from either (or a table kind or column role added to the engine
 * without words) is a compile error.
 */
import type { MatchConfidence } from "../engine/matching";
import type { TakenName } from "../engine/pipeline/placeTabs";
import type { CellKind, RoleWhy } from "../engine/recognize";
import type { ColumnRole, TableKind } from "../engine/recognize/types";
import type { IssueCode } from "../engine/validate";
import { zhCN } from "./zh-CN";
import { enUS } from "./en-US";

import { languageFromTag, type Language } from "../engine/language";
import { HOST_WORDS, type HostWords, type SpreadsheetHost } from "./host";
import { zhHostTexts, zhSplitHostTexts } from "./zh-CN";
import { enHostTexts, enSplitHostTexts } from "./en-US";

export type { Language };
export type { SpreadsheetHost };

export interface Messages {
  /** The language of this catalogue, for what is rendered apart from it (the host's problems, issues). */
  language: Language;
  productName: string;
  tagline: string;
  recognizeButton: string;
  recognizing: string;
  /** Said when the pane's page is opened outside the spreadsheet program: where to open it from. */
  notInHost: string;
  sheetHeading: (sheet: string) => string;
  tablesFound: (count: number) => string;
  tableHeading: (index: number, kind: string) => string;
  kinds: Record<TableKind, string>;
  title: (title: string) => string;
  /** Where the table is: its header row and its last row, 1-based as Excel numbers them. */
  rows: (headerRow: number, lastRow: number) => string;
  columnsCaption: string;
  roleHeader: string;
  columnHeader: string;
  roles: Record<ColumnRole, string>;
  /** Why a column got its role: its header words and what its cells hold. */
  roleWhy: (why: RoleWhy) => string;
  cellKinds: Record<CellKind, string>;
  counts: (counts: { task: number; continuation: number; section: number }) => string;
  noHeaderTitle: string;
  noHeader: (rowsExamined: number) => string;
  emptySheet: string;
  errorTitle: string;
  errorUnexpected: (detail: string) => string;
  privacy: string;
  areas: AreaMessages;
  commands: CommandMessages;
}

/** What the ribbon's commands report when they ran without the pane (see src/commands). */
export interface CommandMessages {
  title: { validate: string; summarize: string; clearMarks: string; split: string };
  validated: (sheet: string, c: { error: number; warning: number; info: number; marked: number }) => string;
  failed: (detail: string) => string;
  dismiss: string;
}

/** The pane's areas beyond recognition: validation, prior year, lag, summary. */
export interface AreaMessages {
  tabs: { overview: string; validate: string; prior: string; lag: string; summary: string };
  working: string;
  /** Title of a bar that reports a step done. */
  done: string;
  /** What the row of tabs is, for screen readers. */
  tabsLabel: string;
  failed: string;
  validateButton: string;
  /** `fixable` issues have a certain fix; `cells` is how many cells those fixes change (one change per cell). */
  issueCounts: (c: { total: number; error: number; warning: number; info: number; fixable: number; cells: number }) => string;
  noIssues: string;
  severity: { error: string; warning: string; info: string };
  goTo: (cell: string) => string;
  // 校验's issues by kind, and the fixes the clerk picks (a group's checkbox, a cell's in the preview).
  /** The one-line title of a group of issues of one code (a unit's wrong name is told by its own sentence). */
  issueKinds: Record<IssueCode, string>;
  /** How many issues a group holds. */
  groupCount: (n: number) => string;
  /** Said of a group with issues that have a certain fix: all of them, or some. */
  groupFixable: (fixable: number, total: number) => string;
  /** A group's checkbox, for screen readers: its fixes are in the batch. */
  fixGroup: (kind: string) => string;
  /** The fix button: the fixable issues picked and the cells their fixes change. */
  fixSelected: (issues: number, cells: number) => string;
  /** The preview's count of ticked cells, of the cells the picked groups change. */
  previewSelected: (ticked: number, total: number) => string;
  /** The preview shows each cell around its changes; these switch to the whole cell and back. */
  wholeCell: string;
  changesOnly: string;
  /** Read out before struck and inserted characters. */
  removed: string;
  added: string;
  /** A change of the cell's type only (a number stored as text becomes a number): the text looks the same. */
  typeOnly: string;
  showMoreCells: (n: number) => string;
  /** The preview's checkbox over all its cells. */
  allCells: string;
  previewTitle: (n: number) => string;
  previewNote: string;
  apply: string;
  cancel: string;
  applied: (n: number) => string;
  showMore: (n: number) => string;
  dropdown: string;
  dropdownAdded: (cells: number, values: string[]) => string;
  noStatusColumn: string;
  revert: string;
  reverted: (restored: number, conflicts: string[]) => string;
  nothingToRevert: string;
  priorSheet: string;
  builtinAuto: string;
  builtinYear: (year: number) => string;
  builtinUsed: (year: string) => string;
  noBuiltinBefore: string;
  planPaste: string;
  planPlaceholder: string;
  planImport: string;
  planPick: string;
  planImported: (sheet: string, indicators: number) => string;
  planNoTargets: string;
  importPrior: string;
  importHint: string;
  importNeedsXlsx: (fileName: string) => string;
  imported: (names: string[], priorSheet: string) => string;
  compareButton: string;
  noPrior: string;
  priorOf: (seq: string) => string;
  /** A match's level in words (确定 / 较可能 / 仅供参考). */
  confidence: (level: MatchConfidence) => string;
  matched: (matched: number, total: number) => string;
  // 上年目标: the sources offered for the active sheet, the counts first, then the tasks by a filter.
  /** The picker's first choice when no built-in year applies (another place, or no year before this sheet's). */
  priorPickSheet: string;
  /** Headings of the picker's groups: the workbook's sheets of an earlier year (all sheets when the year is unknown). */
  priorEarlierSheets: (year: number | null) => string;
  priorBuiltinGroup: string;
  priorUnknownGroup: string;
  /** A sheet whose title and name say no year, as the picker shows it. */
  priorUnknownYear: (sheet: string) => string;
  /** Said under the picker when no sheet of this workbook is of an earlier year. */
  priorNoEarlier: (year: number, builtin: boolean) => string;
  /** A level's advice (可直接引用 …), beside its count. */
  confidenceAdvice: (level: MatchConfidence) => string;
  /** The counts block's name, for screen readers. */
  priorCounts: string;
  /** Tasks not counted because another sheet of the comparison holds them too. */
  priorRepeated: (tasks: number, of: string[]) => string;
  priorChanged: string;
  priorUnchanged: string;
  priorNotComparable: string;
  priorNotComparableHint: string;
  /** The filter over the tasks, and its choices with their counts. */
  priorFilter: string;
  priorFilters: { changed: string; matched: string; notComparable: string; none: string };
  /** What the 有变化 list holds and in which order. */
  priorChangedList: string;
  priorShowMore: (left: number) => string;
  asOf: string;
  asOfHint: string;
  lagButton: string;
  asOfUsed: (date: string | null, pace: number | null, source: string) => string;
  sources: Record<string, string>;
  flags: { red: string; yellow: string; green: string; none: string };
  lagCounts: (red: number, yellow: number, total: number) => string;
  noLag: string;
  taskAt: (seq: string, row: number) => string;
  markRows: string;
  clearMarks: string;
  marked: (n: number) => string;
  cleared: (n: number) => string;
  leadOnly: string;
  priorForSummary: string;
  none: string;
  summaryButton: string;
  written: (names: string[]) => string;
  /** Tabs named beside a sheet of the clerk's that holds their usual name: that sheet is kept. */
  takenNames: (taken: readonly TakenName[]) => string;
  unitsCaption: string;
  unit: string;
  tasks: string;
  lagging: string;
  onPace: string;
  // The first screen (检查本表 and its report card), the one as-of date, and 汇总's defaults shown.
  overview: OverviewMessages;
  date: DateMessages;
  /** 汇总's as-of date: the one set (in 滞后), or each table's own. */
  summaryAsOf: (date: string | null) => string;
  /** The link from 汇总 to 滞后, where the date is set. */
  changeAsOf: string;
  /** 汇总's default prior year, as the command line's `analyze`: the bundled year before each sheet's. */
  priorDefault: string;
  priorDefaultHint: string;
  /** What 上年对比 was compared with (source labels), or that nothing was. */
  priorUsed: (sources: string[]) => string;
  /** 与上期对比, in 滞后 (the headings, reasons and warnings are the engine's, as in the 上期对比 tab). */
  compare: CompareMessages;
  /** 分发, in 汇总 (the units and counts are the split's, as `taizhang split` prints them). */
  split: SplitMessages;
  /** 汇总报送, in 汇总: the units' returned files merged into the active sheet. */
  merge: MergeMessages;
}

/** 分发: the active sheet split by unit, a return each, in a new workbook or zipped files. */
export interface SplitMessages {
  heading: string;
  intro: string;
  /** The as-of date the returns ask for (yyyy-mm-dd), or null when the sheet does not say. */
  asOf: (date: string | null) => string;
  /** How many units get a return and how many tasks the sheet has. */
  counts: (units: number, tasks: number) => string;
  /** The tasks that name no unit, in no return: their 序号 (and rows). */
  unlisted: (count: number) => string;
  /** A unit's line: its tasks as lead and as co-operating unit. */
  unitTasks: (lead: number, coop: number) => string;
  unitsLabel: string;
  newWorkbook: string;
  newWorkbookHint: string;
  /** The host opened the workbook: how many sheets, and what to do with it. */
  opened: (sheets: number) => string;
  /** The host cannot open a new workbook (WPS, Excel before ExcelApi 1.8): in the fold, and from the ribbon. */
  cannotOpen: string;
  cannotOpenHere: string;
  zip: string;
  zipHint: string;
  /** The download offered: the zip's name and how many files it holds. */
  zipped: (name: string, files: number) => string;
  /** The sheet has no task naming a unit. */
  noUnits: string;
  reload: string;
}

/** 汇总报送: returned files picked and read on this machine, the merge previewed, applied, undone. */
export interface MergeMessages {
  heading: string;
  intro: string;
  pick: string;
  /** Files that could not be read (each with its own message), the others merged all the same. */
  unread: (count: number) => string;
  /** The changes the merge proposes in the master sheet; `replaces` of them over other text. */
  summary: (sheet: string, c: { progress: number; status: number; replaces: number }) => string;
  nothingToWrite: (sheet: string) => string;
  returnsHeading: (count: number) => string;
  /** A return: the file and its sheet. */
  returnFile: (file: string, sheet: string) => string;
  /** Its unit and how sure (null: none told), its rows, and the cells its rows give the master. */
  returnLine: (unit: string | null, certainty: string | null, rows: number, matched: number, reported: number, cells: number) => string;
  /** The unit's lines the return has no row for. */
  returnMissing: (places: string) => string;
  unreadable: string;
  /** The button that opens the preview of the cells, and what is said once they are written. */
  apply: string;
  previewNote: string;
  applied: (cells: number) => string;
  undo: string;
  /** The report's lists: a heading with the count, and what the list is. */
  groups: Record<MergeGroup, { heading: (count: number) => string; note: string }>;
  /** A line of the master (序号 and row), several lines, a row of a return. */
  masterAt: (seq: string, row: number) => string;
  masterPlaces: (lines: readonly { seq: string; row: number }[]) => string;
  returnAt: (file: string, sheet: string, row: number) => string;
  /** The 序号 a returned row carries. */
  returnSeq: (seq: string) => string;
  sender: (unit: string | null) => string;
  units: (units: readonly string[]) => string;
  chaseDuties: (lead: string, coop: string) => string;
  seqChanged: (seq: string, master: string) => string;
  textChanged: (text: string | null, units: readonly string[] | null) => string;
  unmatchedWhy: (reason: "new" | "duplicate") => string;
  conflictStatus: (unit: string, status: string, file: string) => string;
}

export type MergeGroup = "chase" | "withoutReturn" | "unmatched" | "seqChanges" | "textChanges" | "conflicts" | "unreadable";

/** 与上期对比: the previous period's report picked, what changed since, the 上期对比 tab written. */
export interface CompareMessages {
  heading: string;
  intro: string;
  /** The picker: its label, its first choice, and what is said when no sheet can be offered. */
  pick: string;
  pickPlaceholder: string;
  noChoices: string;
  importFile: string;
  /** The sheets a file brought in, and the one picked as the previous report (null: none holds progress). */
  imported: (names: string[], picked: string | null) => string;
  button: string;
  needPick: string;
  /** A heading of the list: the class's name and how many items it holds. */
  group: (name: string, count: number) => string;
  statuses: (before: string, now: string) => string;
  /** A status cell left empty. */
  emptyStatus: string;
  units: (lead: string[], co: string[]) => string;
  /** How sure the pairing is, where it is not certain (the level's words). */
  certainty: (level: string) => string;
  /** An item of the previous report only: where it was. */
  previousAt: (seq: string, row: number) => string;
  writeButton: string;
}

/** The first screen: one check of the active sheet, its report card, and the step to take next. */
export interface OverviewMessages {
  /** The path the pane leads along, in order. */
  steps: readonly string[];
  /** What the row of steps is, for screen readers. */
  stepsLabel: string;
  intro: string;
  checkButton: string;
  checking: string;
  /** The card's name, for screen readers. */
  cardLabel: (sheet: string) => string;
  /** What the sheet is: its tables' kinds, and its numbered tasks. */
  what: (kinds: string[], tasks: number) => string;
  yearPlace: (year: number | null, place: string | null) => string;
  noTable: string;
  issues: (c: { total: number; error: number; warning: number; info: number; fixable: number; cells: number }) => string;
  /** Lagging tasks, and the date and pace they were judged against: the date in words, where it came from (sources' words) and the words it was read from. */
  lag: (
    c: { red: number; yellow: number; tasks: number },
    asOf: { date: string | null; pace: number | null; source: string; evidence: string | undefined },
  ) => string;
  noProgress: string;
  /** Targets beside last year's: the source in words, the tasks, those with a prior task, those whose targets changed. */
  prior: (source: string, tasks: number, matched: number, changed: number) => string;
  priorOff: string;
  priorOtherPlace: (place: string | null) => string;
  priorNoYearBefore: (year: number | null) => string;
  priorMissingSheet: (sheet: string) => string;
  priorNoTasks: string;
  /** The next step, named on the card's main button. */
  next: { fix: (issues: number, cells: number) => string; review: (errors: number) => string; summary: string; openSheet: string };
}

/** The as-of date field: a date as the clerk reads it, and the calendar beside it. */
export interface DateMessages {
  /** yyyy-mm-dd in words: 2021年6月30日, 30 June 2021. */
  text: (iso: string) => string;
  /** A calendar page's heading. */
  month: (year: number, month: number) => string;
  /** Monday first. */
  weekdays: readonly string[];
  pick: string;
  prevMonth: string;
  nextMonth: string;
  invalid: string;
  /** Where a date the clerk did not set was read: the source (sources' words) and the words it was read from. */
  fromSheet: (source: string, evidence: string | undefined) => string;
  given: string;
  useSheet: string;
}

/** English when Office runs in English ("en-US", "en-GB", …); Chinese, the product's language, otherwise. */
export const pickLanguage = (displayLanguage: string | undefined | null): Language => languageFromTag(displayLanguage);

/** The texts that name the spreadsheet program (src/i18n/host.ts), each catalogue's as a function of its words. */
export interface HostTexts {
  notInHost: Messages["notInHost"];
  errorUnexpected: Messages["errorUnexpected"];
  importNeedsXlsx: AreaMessages["importNeedsXlsx"];
}

const HOST_TEXTS: Record<Language, (host: HostWords) => HostTexts> = { "zh-CN": zhHostTexts, "en-US": enHostTexts };

/**
 * 分发's texts that depend on the program, not only on its name: where a new workbook can be opened (Excel 2019
 * and later, Microsoft 365, the web; WPS not yet), and whether the pane's downloads work.
 */
export type SplitHostTexts = Pick<SplitMessages, "cannotOpen" | "cannotOpenHere" | "zipHint">;
const SPLIT_HOST_TEXTS: Record<Language, Record<SpreadsheetHost, SplitHostTexts>> = { "zh-CN": zhSplitHostTexts, "en-US": enSplitHostTexts };

/** The catalogues name Excel; a face in another program (WPS) asks for its own name in their texts. */
export function messagesFor(language: Language, host: SpreadsheetHost = "excel"): Messages {
  const base = language === "en-US" ? enUS : zhCN;
  if (host === "excel") return base;
  const { importNeedsXlsx, ...texts } = HOST_TEXTS[language](HOST_WORDS[language][host]);
  return { ...base, ...texts, areas: { ...base.areas, importNeedsXlsx, split: { ...base.areas.split, ...SPLIT_HOST_TEXTS[language][host] } } };
}
