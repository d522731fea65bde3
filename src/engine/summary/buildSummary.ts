import type { Aggregation } from "../aggregate";
import { cellAddress, type CellValue } from "../grid";
import { renderLagReason, type AsOf, type LagResult } from "../lag";
import { CATEGORIES, CATEGORY_LABELS } from "../status/categories";
import type { TaskRecord } from "../tasks";
import { renderMessage, type Issue } from "../validate";
import { fitColumnWidths, fitToPrintWidth } from "./columnWidths";
import type { SheetLayout } from "../layout";
import { CONFIDENCE_ORDER, CONFIDENCE_WORDS, type MatchConfidence } from "../matching";
import { percentText } from "../rounding";

export const TAB_NAMES = { units: "部门汇总", lagging: "滞后任务", prior: "上年对比", validation: "校验报告" } as const;

const FLAG_LABELS = { red: "红", yellow: "黄", green: "绿", none: "—" } as const;

/** One row of the 上年对比 tab, prepared by the prior-year step. */
export interface PriorComparisonRow {
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

const rateText = (rate: number | null) => (rate === null ? "" : percentText(rate));

function asOfText(asOf: AsOf | null): string {
  if (asOf === null || asOf.date === null) return "";
  return `（截至 ${asOf.date}，序时进度 ${rateText(asOf.pace)}）`;
}

/** Every printed page of a tab says which it is: Excel's codes for the page and the number of pages. */
const PAGE_FOOTER = "第 &P 页 共 &N 页";

/** Title row, blank row, then the table: header on row 3 (index 2). */
function tab(key: keyof typeof TAB_NAMES, title: string, header: string[], dataRows: CellValue[][], after: CellValue[][] = []): SheetLayout {
  const name = TAB_NAMES[key];
  // A table needs a data row; an empty list says so in words.
  const rows = dataRows.length > 0 ? dataRows : [["（无）"]];
  // concat, not a spread: a spread walks tens of thousands of rows one iterator step at a time.
  const values = ([[`${title} · 台账助手生成`], [], header] as CellValue[][]).concat(rows, after);
  const headerRow = 2;
  return {
    name,
    values,
    // Narrowed to print one page wide at a readable scale: the cells below the header wrap.
    columnWidths: fitToPrintWidth(fitColumnWidths(values, { skipRows: 2 })),
    frozenRows: headerRow + 1,
    // Table names are workbook-wide in Excel: one per kind of tab, replaced with the tab.
    table: { name: `taizhang_${key}`, headerRow, lastRow: headerRow + rows.length },
    wrapBody: true,
    print: { orientation: "landscape", repeatRows: { first: headerRow + 1, last: headerRow + 1 }, footer: PAGE_FOOTER },
  };
}

function unitsTab(input: SummaryInput): SheetLayout {
  const { aggregation } = input;
  const header = ["排名", "单位", "类别", "任务数", "牵头", "配合", ...CATEGORIES.map((c) => CATEGORY_LABELS[c]), "红", "黄", "按进度率", "滞后任务序号"];
  const rows: CellValue[][] = aggregation.units.map((u) => [
    u.rank,
    u.unit,
    u.kind,
    u.tasks,
    u.lead,
    u.coop,
    ...CATEGORIES.map((c) => u.byCategory[c]),
    u.byFlag.red,
    u.byFlag.yellow,
    u.onPaceRate,
    u.lagging.map((t) => t.seq).join("、"),
  ]);
  const t = aggregation.total;
  const totalRow: CellValue[] = [
    "",
    "合计（每项任务计一次）",
    "",
    t.tasks,
    "",
    "",
    ...CATEGORIES.map((c) => t.byCategory[c]),
    t.byFlag.red,
    t.byFlag.yellow,
    t.onPaceRate,
    "",
  ];
  const mode = aggregation.mode === "lead" ? "按牵头单位统计" : "按全部责任单位统计";
  // The total sits under the table, not in it, so sorting and filtering the units leave it alone.
  const layout = tab("units", `部门汇总${asOfText(input.asOf)}，${mode}`, header, rows, [totalRow]);
  layout.numberFormats = { [header.indexOf("按进度率")]: "0.0%" };
  const firstData = 3;
  layout.chart = {
    title: "各单位任务进展",
    firstRow: firstData,
    lastRow: firstData + rows.length - 1,
    categoryCol: 1,
    seriesCols: CATEGORIES.map((_, i) => 6 + i),
  };
  return layout;
}

function laggingTab(input: SummaryInput): SheetLayout {
  const lagging = input.lag
    .filter(({ result }) => result.flag === "red" || result.flag === "yellow")
    .sort((a, b) => (a.result.flag === b.result.flag ? 0 : a.result.flag === "red" ? -1 : 1));
  const header = ["预警", "序号", "主要工作任务", "责任单位", "进展状态", "理由", "位置"];
  const rows: CellValue[][] = lagging.map(({ result, task }) => [
    FLAG_LABELS[result.flag],
    result.seq,
    result.task,
    task.units.join("、"),
    result.status,
    result.reasons.map((r) => renderLagReason(r)).join("\n"),
    `${result.sheet}!${cellAddress(result.row - 1, 0)}`,
  ]);
  const layout = tab("lagging", `滞后任务${asOfText(input.asOf)}`, header, rows);
  layout.links = lagging.map(({ result }, i) => ({ row: 3 + i, col: 6, sheet: result.sheet, cell: cellAddress(result.row - 1, 0) }));
  return layout;
}

function validationTab(input: SummaryInput): SheetLayout {
  const severity = { error: "错误", warning: "警告", info: "提示" } as const;
  const header = ["工作表", "单元格", "级别", "问题", "原值", "建议修改"];
  const rows: CellValue[][] = input.issues.map((issue) => [
    issue.sheet,
    issue.cell,
    severity[issue.severity],
    renderMessage(issue),
    issue.value,
    issue.fix === undefined ? "" : issue.fix,
  ]);
  const layout = tab("validation", "校验报告", header, rows);
  layout.links = input.issues.map((issue, i) => ({ row: 3 + i, col: 1, sheet: issue.sheet, cell: issue.cell }));
  return layout;
}

/**
 * 上年对比: the certain matches in the table; each less sure level below it under a heading of its own that says
 * what to do with it, so a clerk who copies from the table never copies a guess.
 */
function priorTab(rows: readonly PriorComparisonRow[]): SheetLayout {
  // The level in words, not the score: a score of 0.28 reads as "28% sure" where the match is 确定.
  const header = ["序号", "今年任务", "上年任务", "上年来源", "把握", "目标变化"];
  const line = (r: PriorComparisonRow): CellValue[] => [r.seq, r.task, r.priorTask, r.priorSource, CONFIDENCE_WORDS[r.confidence].zh, r.changes];
  const [sure, ...weaker] = CONFIDENCE_ORDER.map((level) => rows.filter((r) => r.confidence === level));
  const after: CellValue[][] = [];
  // Each link's row: the table's rows first (at least one, "（无）"), then each section's heading, header and rows.
  const placed: [PriorComparisonRow, number][] = sure.map((r, i) => [r, 3 + i]);
  let next = 3 + Math.max(sure.length, 1);
  weaker.forEach((section, s) => {
    if (section.length === 0) return;
    const level = CONFIDENCE_ORDER[s + 1];
    after.push([], [`以下匹配${CONFIDENCE_WORDS[level].zh}：${CONFIDENCE_WORDS[level].adviceZh}`], header, ...section.map(line));
    next += 3;
    for (const r of section) placed.push([r, next++]);
  });
  const layout = tab("prior", "上年对比", header, sure.map(line), after);
  layout.links = placed.map(([r, row]) => ({ row, col: 0, sheet: r.sheet, cell: cellAddress(r.row - 1, 0) }));
  return layout;
}

/** The summary tabs, under their base names (the host decides the final names, never a user's sheet). */
export function buildSummaryTabs(input: SummaryInput): SheetLayout[] {
  const tabs = [unitsTab(input), laggingTab(input)];
  if (input.prior && input.prior.length > 0) tabs.push(priorTab(input.prior));
  tabs.push(validationTab(input));
  return tabs;
}
