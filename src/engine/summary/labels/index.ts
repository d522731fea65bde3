/**
 * The words of the summary tabs (部门汇总, 滞后任务, 上年对比, 校验报告), one catalogue per language: Simplified
 * Chinese (zh-CN.ts), the product's language, and English (en-US.ts). Both are typed as SummaryLabels, so a tab,
 * a column, a category or a unit kind added without its words in either language is a compile error.
 */
import type { SummaryKind } from "../../aggregate";
import type { LagFlag } from "../../lag";
import type { Language } from "../../language";
import type { MatchConfidence } from "../../matching";
import type { StatusCategory } from "../../status/categories";
import type { Severity } from "../../validate";
import { enUS } from "./en-US";
import { zhCN } from "./zh-CN";

/** The kinds of tab, each with a base name per language and an Excel table of its own. */
export type SummaryTab = "units" | "lagging" | "prior" | "validation";

/** A calendar day, as a title says when its tab was made. */
export interface Day {
  year: number;
  /** 1 to 12. */
  month: number;
  day: number;
}

export interface SummaryLabels {
  /** Each tab's base name: the host adds "(2)" beside a user's sheet of the same name. */
  tabNames: Record<SummaryTab, string>;
  /** A tab's first line: its title, that the add-in made it, and on which day when the day is known. */
  titleLine: (title: string, madeOn: Day | null) => string;
  /** The one cell of a table without rows. */
  none: string;
  /** At the foot of every printed page, in Excel's header and footer codes (&P the page, &N the pages). */
  pageFooter: string;
  /** Between the items of a list in one cell: units, 序号. */
  listSeparator: string;
  /** Ends a list cut to fit a cell (Excel holds 32,767 characters): how many items are left out. */
  more: (items: number) => string;
  /** Ends a text cut to fit a cell: how many characters are left out. */
  moreCharacters: (characters: number) => string;
  /** Under a tab with cut cells: how many, and where the whole lists are (the lagging tab's name). */
  cutNote: (cells: number, laggingTab: string) => string;
  /** After a title: the as-of date and the progress expected by then (序时进度). */
  asOf: (date: string, pace: string) => string;
  categories: Record<StatusCategory, string>;
  flags: Record<LagFlag, string>;
  severities: Record<Severity, string>;
  unitKinds: Record<SummaryKind, string>;
  /** Each match level as the 把握 column shows it. */
  confidence: Record<MatchConfidence, string>;
  units: {
    /** The title from the as-of text (empty when there is none) and how units were counted. */
    title: (asOf: string, mode: "lead" | "all") => string;
    rank: string;
    unit: string;
    kind: string;
    tasks: string;
    lead: string;
    coop: string;
    onPaceRate: string;
    laggingSeqs: string;
    /** The row under the table. */
    total: string;
    chartTitle: string;
  };
  lagging: { title: (asOf: string) => string; flag: string; seq: string; task: string; units: string; status: string; reasons: string; location: string };
  prior: {
    title: string;
    sheet: string;
    seq: string;
    task: string;
    priorTask: string;
    priorSource: string;
    confidence: string;
    changes: string;
    /** The heading over the matches of a less sure level: the level and what to do with them. */
    section: (level: MatchConfidence) => string;
    /** Where a prior task is, after its file and sheet: by its 序号, or by its row when it has none. */
    seqAt: (seq: string) => string;
    rowAt: (row: number) => string;
    /** The first line of a task that repeats one of an earlier sheet (a 上半年执行情况 listing its 责任分解's). */
    repeatOf: (sheet: string, at: string) => string;
  };
  validation: { title: string; sheet: string; cell: string; severity: string; problem: string; value: string; fix: string };
  /** The first row of the add-in's hidden record of the tabs it made. */
  ownerHeading: string;
  /**
   * After "taizhang_units" and the rest: Excel's table names are workbook-wide, and a tab made in one language
   * stays when the tabs are made again in the other (it has another name), so each language names its tables apart.
   */
  tableSuffix: string;
}

const CATALOGUES: Record<Language, SummaryLabels> = { "zh-CN": zhCN, "en-US": enUS };

/** The summary tabs' words in a language. */
export const summaryLabels = (language: Language): SummaryLabels => CATALOGUES[language];
