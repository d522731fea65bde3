import type { Aggregation } from "../aggregate";
import { cellAddress, cellText, type CellValue, type SheetGrid } from "../grid";
import { renderLagReason, type AsOf, type LagResult } from "../lag";
import type { Language } from "../language";
import { CATEGORIES } from "../status/categories";
import type { TaskRecord } from "../tasks";
import { renderMessage, type Issue } from "../validate";
import { fitColumnWidths, fitToPrintWidth } from "./columnWidths";
import { dateParts } from "../dates";
import type { SheetLayout } from "../layout";
import { CONFIDENCE_ORDER, type MatchConfidence } from "../matching";
import { percentText } from "../rounding";
import { CATEGORY_COLOURS, CHART_MAX_BARS } from "./chartStyle";
import { cellList, fitCell, type TabCell } from "./fitCells";
import { summaryLabels, type Day, type SummaryLabels, type SummaryTab } from "./labels";

/** One row of the 上年对比 tab, prepared by the prior-year step. */
export interface PriorComparisonRow {
  /** The sheet of this year's task: the tab's first column, as rows of several sheets share their 序号. */
  sheet: string;
  row: number;
  seq: string;
  task: string;
  priorTask: string;
  priorSource: string;
  score: number;
  /** How sure the match of the first prior task is. */
  confidence: MatchConfidence;
  changes: string;
}

export interface SummaryInput {
  asOf: AsOf | null;
  aggregation: Aggregation;
  /** Lag results with the task each belongs to (for its units). */
  lag: { result: LagResult; task: TaskRecord }[];
  issues: readonly Issue[];
  prior?: readonly PriorComparisonRow[];
}

/** How the tabs are worded and dated: the face's choices, the date from the app's clock (the engine reads none). */
export interface TabOptions {
  /** The tabs' language (names, titles, headers, words in cells the add-in writes); Chinese when absent. */
  language?: Language;
  /** yyyy-mm-dd: the day the tabs are made, in each title; no day when absent. */
  madeOn?: string;
}

/** What every tab is built with: its words and its day. */
interface Context {
  labels: SummaryLabels;
  language: Language;
  madeOn: Day | null;
}

/** A yyyy-mm-dd date as a day; a malformed one is the caller's mistake, not the user's. */
export function dayOf(iso: string): Day {
  const day = dateParts(iso);
  if (day === null) throw new RangeError(`madeOn is not a yyyy-mm-dd date: "${iso}"`);
  return day;
}

const rateText = (rate: number | null) => (rate === null ? "" : percentText(rate));

function asOfText(asOf: AsOf | null, labels: SummaryLabels): string {
  if (asOf === null || asOf.date === null) return "";
  return labels.asOf(asOf.date, rateText(asOf.pace));
}

/** The rows with every cell fitted to Excel's limit (fitCell), and how many were cut. */
function fitRows(rows: readonly TabCell[][], labels: SummaryLabels): { rows: CellValue[][]; cut: number } {
  let cut = 0;
  const fitted = rows.map((row) =>
    row.map((cell) => {
      const fit = fitCell(cell, labels);
      if (fit.cut) cut++;
      return fit.value;
    }),
  );
  return { rows: fitted, cut };
}

/**
 * Title row, blank row, then the table: header on row 3 (index 2). Every cell is fitted to Excel's limit here,
 * for every tab; under a tab with a cut cell, a note says how many and where the whole lists are.
 */
function tab({ labels, madeOn }: Context, key: SummaryTab, title: string, header: string[], dataRows: TabCell[][], afterRows: TabCell[][] = []): SheetLayout {
  const name = labels.tabNames[key];
  // A table needs a data row; an empty list says so in words.
  const table = fitRows(dataRows.length > 0 ? dataRows : [[labels.none]], labels);
  const rows = table.rows;
  const below = fitRows(afterRows, labels);
  const cut = table.cut + below.cut;
  const after = cut > 0 ? below.rows.concat([[], [labels.cutNote(cut, labels.tabNames.lagging)]]) : below.rows;
  // concat, not a spread: a spread walks tens of thousands of rows one iterator step at a time.
  const values = ([[labels.titleLine(title, madeOn)], [], header] as CellValue[][]).concat(rows, after);
  const headerRow = 2;
  // A row of one cell after the table is a section's heading: it runs on, and sets no column's width (the
  // headings of 上年对比 made its first column, the sheet's name, a third of the page wide).
  const noteRows: number[] = [];
  const firstAfter = headerRow + 1 + rows.length;
  for (let r = firstAfter; r < values.length; r++) if (values[r].length === 1 && header.length > 1) noteRows.push(r);
  return {
    name,
    values,
    // Narrowed to print one page wide at a readable scale: the cells below the header wrap.
    columnWidths: fitToPrintWidth(fitColumnWidths(values, { skipRows: 2, notMeasured: new Set(noteRows) })),
    ...(noteRows.length > 0 ? { noteRows } : {}),
    frozenRows: headerRow + 1,
    // Table names are workbook-wide in Excel: one per kind of tab, replaced with the tab.
    table: { name: `taizhang_${key}${labels.tableSuffix}`, headerRow, lastRow: headerRow + rows.length },
    wrapBody: true,
    // Every printed page says which it is: Excel's codes for the page and the number of pages.
    print: { orientation: "landscape", repeatRows: { first: headerRow + 1, last: headerRow + 1 }, footer: labels.pageFooter },
  };
}

/** Each tab's header row in a language: the tabs are built with it, and a copy of one is known by it. */
export function tabHeaders(labels: SummaryLabels): Record<SummaryTab, string[]> {
  const { units: u, lagging: l, prior: p, validation: v } = labels;
  return {
    units: [
      u.rank,
      u.unit,
      u.kind,
      u.tasks,
      u.lead,
      u.coop,
      ...CATEGORIES.map((c) => labels.categories[c]),
      labels.flags.red,
      labels.flags.yellow,
      u.onPaceRate,
      u.laggingSeqs,
    ],
    lagging: [l.flag, l.seq, l.task, l.units, l.status, l.reasons, l.location],
    prior: [p.sheet, p.seq, p.task, p.priorTask, p.priorSource, p.confidence, p.changes],
    validation: [v.sheet, v.cell, v.severity, v.problem, v.value, v.fix],
  };
}

/**
 * Whether a sheet is one of the summary tabs (this version's or an earlier one's, in either language): its title
 * says the add-in made it and its third row is a tab's header. Such a sheet reports on tasks and is never read
 * as tasks (滞后任务 would count each lagging task twice), whoever it belongs to; it is replaced only when proven
 * the add-in's (src/engine/pipeline/addinRecords.ts).
 */
export function isSummaryReport(grid: SheetGrid): boolean {
  const title = cellText(grid.values[0]?.[0] ?? null);
  const header = (grid.values[2] ?? []).map((cell) => cellText(cell));
  return (["zh-CN", "en-US"] as const).some((language) => {
    const labels = summaryLabels(language);
    if (!title.includes(labels.titleLine("", null))) return false;
    return Object.values(tabHeaders(labels)).some((words) => words.length === header.length && words.every((word, i) => word === header[i]));
  });
}

function unitsTab(input: SummaryInput, context: Context): SheetLayout {
  const { aggregation } = input;
  const { labels } = context;
  const w = labels.units;
  const header = tabHeaders(labels).units;
  const rows: TabCell[][] = aggregation.units.map((u) => [
    u.rank,
    u.unit,
    labels.unitKinds[u.kind],
    u.tasks,
    u.lead,
    u.coop,
    ...CATEGORIES.map((c) => u.byCategory[c]),
    u.byFlag.red,
    u.byFlag.yellow,
    u.onPaceRate,
    cellList(
      u.lagging.map((t) => t.seq),
      labels.listSeparator,
    ),
  ]);
  const t = aggregation.total;
  const totalRow: CellValue[] = ["", w.total, "", t.tasks, "", "", ...CATEGORIES.map((c) => t.byCategory[c]), t.byFlag.red, t.byFlag.yellow, t.onPaceRate, ""];
  // The total sits under the table, not in it, so sorting and filtering the units leave it alone.
  const layout = tab(context, "units", w.title(asOfText(input.asOf, labels), aggregation.mode), header, rows, [totalRow]);
  layout.numberFormats = { [header.indexOf(w.onPaceRate)]: "0.0%" };
  const firstData = 3;
  layout.chart = {
    title: w.chartTitle,
    firstRow: firstData,
    // The first rows only (the table is ranked, most lagging first): a chart of 200 bars reads as none.
    lastRow: firstData + Math.min(rows.length, CHART_MAX_BARS) - 1,
    categoryCol: 1,
    seriesCols: CATEGORIES.map((_, i) => 6 + i),
    colours: CATEGORIES.map((c) => CATEGORY_COLOURS[c]),
  };
  return layout;
}

function laggingTab(input: SummaryInput, context: Context): SheetLayout {
  const { labels, language } = context;
  const w = labels.lagging;
  const lagging = input.lag
    .filter(({ result }) => result.flag === "red" || result.flag === "yellow")
    .sort((a, b) => (a.result.flag === b.result.flag ? 0 : a.result.flag === "red" ? -1 : 1));
  const header = tabHeaders(labels).lagging;
  const rows: TabCell[][] = lagging.map(({ result, task }) => [
    labels.flags[result.flag],
    result.seq,
    result.task,
    cellList(task.units, labels.listSeparator),
    result.status,
    cellList(
      result.reasons.map((r) => renderLagReason(r, language)),
      "\n",
    ),
    `${result.sheet}!${cellAddress(result.row - 1, 0)}`,
  ]);
  const layout = tab(context, "lagging", w.title(asOfText(input.asOf, labels)), header, rows);
  layout.links = lagging.map(({ result }, i) => ({ row: 3 + i, col: 6, sheet: result.sheet, cell: cellAddress(result.row - 1, 0) }));
  return layout;
}

function validationTab(input: SummaryInput, context: Context): SheetLayout {
  const { labels, language } = context;
  const w = labels.validation;
  const header = tabHeaders(labels).validation;
  const rows: CellValue[][] = input.issues.map((issue) => [
    issue.sheet,
    issue.cell,
    labels.severities[issue.severity],
    renderMessage(issue, language),
    issue.value,
    issue.fix === undefined ? "" : issue.fix,
  ]);
  const layout = tab(context, "validation", w.title, header, rows);
  layout.links = input.issues.map((issue, i) => ({ row: 3 + i, col: 1, sheet: issue.sheet, cell: issue.cell }));
  return layout;
}

/**
 * 上年对比: the certain matches in the table; each less sure level below it under a heading of its own that says
 * what to do with it, so a clerk who copies from the table never copies a guess. Rows keep their order (the
 * analysis sorts them by sheet, then row); the sheet comes first, as the sheets' 序号 repeat.
 */
function priorTab(rows: readonly PriorComparisonRow[], context: Context): SheetLayout {
  const { labels } = context;
  const w = labels.prior;
  // The level in words, not the score: a score of 0.28 reads as "28% sure" where the match is 确定.
  const header = tabHeaders(labels).prior;
  const line = (r: PriorComparisonRow): CellValue[] => [r.sheet, r.seq, r.task, r.priorTask, r.priorSource, labels.confidence[r.confidence], r.changes];
  const [sure, ...weaker] = CONFIDENCE_ORDER.map((level) => rows.filter((r) => r.confidence === level));
  const after: CellValue[][] = [];
  // Each link's row: the table's rows first (at least one, "（无）"), then each section's heading, header and rows.
  const placed: [PriorComparisonRow, number][] = sure.map((r, i) => [r, 3 + i]);
  let next = 3 + Math.max(sure.length, 1);
  weaker.forEach((section, s) => {
    if (section.length === 0) return;
    const level = CONFIDENCE_ORDER[s + 1];
    after.push([], [w.section(level)], header, ...section.map(line));
    next += 3;
    for (const r of section) placed.push([r, next++]);
  });
  const layout = tab(context, "prior", w.title, header, sure.map(line), after);
  // The sheet's name goes to the task: it is never empty, where a task without 序号 has an empty cell.
  layout.links = placed.map(([r, row]) => ({ row, col: 0, sheet: r.sheet, cell: cellAddress(r.row - 1, 0) }));
  return layout;
}

/** The summary tabs, under their base names (the host decides the final names, never a user's sheet). */
export function buildSummaryTabs(input: SummaryInput, { language = "zh-CN", madeOn }: TabOptions = {}): SheetLayout[] {
  const context: Context = { labels: summaryLabels(language), language, madeOn: madeOn === undefined ? null : dayOf(madeOn) };
  const tabs = [unitsTab(input, context), laggingTab(input, context)];
  if (input.prior && input.prior.length > 0) tabs.push(priorTab(input.prior, context));
  tabs.push(validationTab(input, context));
  return tabs;
}
