/**
 * Every sentence the command line prints, in one language at a time: Chinese (zh-CN.ts, the product's language
 * and the default) or English (en-US.ts, with --lang en-US). Both catalogues are typed by this interface, so a
 * sentence missing from either is a compile error. What the engine words itself (issue messages, lag reasons)
 * is rendered by the engine's catalogues in the same language; the host's problems by src/host/problems.
 */
import type { IssueCounts } from "../../app/check";
import type { Language } from "../../engine/language";
import type { AsOf, LagFlag } from "../../engine/lag";
import type { MatchConfidence } from "../../engine/matching";
import type { TakenName } from "../../engine/pipeline/placeTabs";
import type { ChaseUnit, MasterPlace, MatchedRow, ProposalColumn, ReturnSummary, SenderSource, StatusConflict, UnmatchedRow } from "../../engine/cycle/merge";
import type { Place } from "../../engine/place";
import type { ClosestHeader, ColumnRole, RoleWhy, TableKind } from "../../engine/recognize";
import type { StatusCategory } from "../../engine/status/categories";
import type { Comparator } from "../../engine/targets/types";
import type { Severity } from "../../engine/validate/issue";
import type { CommandName, OptionName, UsageProblem, UsageReason } from "../command";
import { enUS } from "./en-US";
import { zhCN } from "./zh-CN";

export type { Language };

/** A sheet on which no table was found, with what was looked at. */
export interface SheetWithoutTableText {
  sheet: string;
  rowsExamined: number;
  closest: ClosestHeader | null;
}

/** How many issues, by severity, and how many of them one fix run settles, in how many cells (the check use case counts). */
export type IssueCountsText = IssueCounts;

export interface PriorGroupText {
  sheets: string[];
  sources: string[];
  auto: boolean;
  /** The tasks counted (each once: without those in `repeated`) and how many of them found a prior task. */
  tasks: number;
  matched: number;
  /** Tasks not counted because a sheet repeats another's (a 上半年执行情况 sheet its 责任分解): said beside the count. */
  repeated?: RepeatedText[];
}

/** Tasks of one sheet that repeat those of another (`of`), counted once. */
export interface RepeatedText {
  sheet: string;
  of: string;
  tasks: number;
}

export interface UnitLineText {
  rank: number;
  unit: string;
  kind: string;
  tasks: number;
  lead: number;
  /** The categories with their counts, already in words. */
  categories: string[];
  /** 序号 of the unit's lagging tasks. */
  lagging: (string | null)[];
}

/** Where a task is: a sheet's row and 序号, or a plan's line (no sheet, no 序号). */
export interface TaskPlaceText {
  sheet?: string | null;
  row?: number;
  seq?: string | null;
}

/** A numeric target as the text output shows it: where, the metric, and the target as written. */
export interface TargetLineText {
  where: TaskPlaceText | null;
  metric: string;
  verb: string;
  comparator: Comparator;
  value: number | string;
  unit: string;
  qualifiers: string[];
  raw: string;
}

/** What `taizhang merge` prints: the returns and their senders, the cells it writes, and what the clerk must look at. */
export interface MergeTexts {
  heading: (master: string, sheet: string, returns: number) => string;
  returnLine: (r: ReturnSummary) => string;
  sender: Record<SenderSource, string>;
  column: Record<ProposalColumn, string>;
  /** "拟写入 120 个单元格（…）" before the change lines; `replaces` of them held other text. */
  changes: (counts: Record<ProposalColumn, number> & { replaces: number }) => string;
  /** One change line: the cell, what it held and what it will hold (both cut short), and whether it replaces text. */
  change: (cell: string, before: string, after: string, replaces: boolean) => string;
  empty: string;
  seqChanges: (n: number) => string;
  seqChange: (m: MatchedRow) => string;
  textChanges: (n: number) => string;
  textChange: (m: MatchedRow) => string;
  unmatched: (n: number) => string;
  unmatchedRow: (u: UnmatchedRow) => string;
  withoutReturn: (n: number) => string;
  masterLine: (t: MasterPlace & { units?: readonly string[] }) => string;
  chase: (n: number) => string;
  chaseUnit: (c: ChaseUnit) => string;
  conflicts: (n: number) => string;
  conflict: (c: StatusConflict) => string;
  missingColumns: (columns: ProposalColumn[]) => string;
  /** Written to `out`, or (without --out) the preview only. */
  done: (out: string, cells: number) => string;
  previewOnly: (cells: number) => string;
}

export interface CliMessages {
  language: Language;

  // --- help ---
  /** The first line of `taizhang --help`. */
  helpUsage: string;
  helpCommands: string;
  helpOptions: string;
  helpExample: string;
  /** The last lines of `taizhang --help`. */
  helpFooter: string;
  /** The first line of `taizhang CMD --help`. */
  commandUsage: (usage: string) => string;
  /** What each command does, in a line, and one way to call it. */
  commands: Record<CommandName, { summary: string; example: string }>;
  /** What each option does, in a line. */
  options: Record<OptionName, string>;
  /** An option that means something more particular for a command (--out: what is written). */
  optionFor: Partial<Record<CommandName, Partial<Record<OptionName, string>>>>;

  // --- failures ---
  usageProblems: { [R in UsageReason]: (params: Extract<UsageProblem, { reason: R }>["params"]) => string };
  unexpected: (detail: string) => string;
  noTableInFile: (file: string, sheets: readonly SheetWithoutTableText[]) => string;
  sheetWithoutTable: (sheet: SheetWithoutTableText) => string;

  // --- words ---
  severity: Record<Severity, string>;
  flag: Record<LagFlag, string>;
  confidence: Record<MatchConfidence, string>;
  tableKind: Record<TableKind, string>;
  role: Record<ColumnRole, string>;
  category: Record<StatusCategory, string>;
  comparator: Record<Comparator, string>;
  /** "第 12 行 序号 3" / "row 12, no. 3", with the sheet before it when given. */
  taskPlace: (where: TaskPlaceText) => string;

  // --- validate, fix ---
  fixable: string;
  validateSummary: (counts: IssueCountsText) => string;
  fixDone: (counts: { fixable: number; cells: number }, out: string) => string;

  // --- inspect ---
  inspectFile: (file: string) => string;
  inspectSheet: (sheet: string, tables: number) => string;
  inspectTable: (index: number, kind: TableKind, title: string | null) => string;
  inspectRows: (header: number, last: number) => string;
  inspectColumns: (columns: string) => string;
  /** Why a column got its role: its header's words and what its cells hold. */
  inspectWhy: (role: ColumnRole, why: RoleWhy) => string;
  inspectCounts: (counts: { task: number; continuation: number; section: number; note: number }) => string;

  // --- lag ---
  asOfLine: (asOf: Pick<AsOf, "date" | "monthDay" | "pace" | "source" | "evidence">) => string;
  noProgressTable: string;
  lagTask: (flag: LagFlag, where: TaskPlaceText, task: string) => string;
  lagSummary: (total: number, red: number, yellow: number, green: number, none: number) => string;

  // --- match ---
  matchHead: (where: TaskPlaceText, task: string) => string;
  matchNone: string;
  matchPriors: (priors: string[]) => string;
  matchPrior: (where: { file: string; row: number; seq: string | null }, confidence: MatchConfidence, task: string) => string;
  /** `total` tasks (each once), `matched` of them with a prior task, and the repeats not counted. */
  matchSummary: (total: number, matched: number, repeated?: readonly RepeatedText[]) => string;

  // --- targets ---
  targetLine: (target: TargetLineText) => string;
  targetsCount: (n: number) => string;

  // --- summarize, analyze ---
  summarizeDone: (out: string, tabs: string[]) => string;
  reading: (file: string) => string;
  analysing: (sheets: number) => string;
  writing: (file: string) => string;
  analyzeHeading: (file: string, bundled: boolean) => string;
  placeLine: (place: Pick<Place, "name" | "jiaxing" | "evidence">) => string;
  analyzeSections: { recognition: string; prior: string; lag: string; units: (shown: number) => string };
  sheetTables: (sheet: string, tables: string[]) => string;
  tableTasks: (kind: TableKind, tasks: number, header: number, last: number) => string;
  noTable: string;
  sheetIssues: (counts: IssueCountsText) => string;
  analyzeExamples: string;
  noPrior: string;
  noPriorForPlace: (place: string | null) => string;
  priorGroup: (group: PriorGroupText) => string;
  priorExample: (sheet: string | null, seq: string | null, changes: string[]) => string;
  priorChanged: (n: number) => string;
  analyzeLag: (flag: LagFlag, sheet: string, seq: string | null, reasons: string[]) => string;
  unitLine: (unit: UnitLineText) => string;
  analyzeNext: (file: string) => string;
  analyzeWritten: (out: string, tabs: string[]) => string;
  /** --out named a symbolic link: the file it points to was written, the link kept. */
  writtenThroughLink: (link: string, file: string) => string;
  /** Tabs named beside a sheet of the clerk's that holds their usual name: that sheet is kept. */
  takenNames: (taken: readonly TakenName[]) => string;

  // --- split (分发) ---
  splitHeading: (report: string, asOf: string | null, tasks: number, units: number) => string;
  splitUnit: (unit: SplitUnitText) => string;
  /** Tasks that name no unit: in no file, for the clerk to assign. */
  splitUnlisted: (tasks: readonly { seq: string; row: number }[]) => string;
  splitDone: (dir: string, files: number) => string;
  // --- merge ---
  merge: MergeTexts;
}

/** A unit's return as the split's text output lists it. */
export interface SplitUnitText {
  unit: string;
  file: string;
  lead: number;
  coop: number;
  seqs: string[];
}

const CATALOGUES: Record<Language, CliMessages> = { "zh-CN": zhCN, "en-US": enUS };

/** A usage problem in words. */
export function usageText(m: CliMessages, problem: UsageProblem): string {
  // The catalogue is typed by reason; TypeScript cannot follow a reason from the problem to its entry.
  const words = m.usageProblems[problem.reason] as (params: UsageProblem["params"]) => string;
  return words(problem.params);
}

/** The command line's sentences in one language. */
export function cliText(language: Language): CliMessages {
  return CATALOGUES[language];
}
