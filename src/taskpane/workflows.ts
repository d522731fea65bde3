/**
 * What the pane's areas do, written against the WorkbookPort only: the Office adapter in Excel, the
 * in-memory workbook in the preview and in tests. Each step reads what it needs, computes with the engine,
 * and writes back in one batch.
 */
import type { SheetGrid } from "../engine/grid";
import { recognizeSheet } from "../engine/recognize";
import { STATUS_SHEET, UNIT_SHEET, workbookRegistries as registriesOfSheets, type WorkbookRegistries } from "../engine/settings/registries";
import { JOURNAL_SHEET, journalLayout, planRevert, readJournal, recordBatch, type FixBatch } from "../engine/undo";
import { cellWritesBySheet, planFixes, validateSheet, type CellChange, type Issue } from "../engine/validate";
import { columnIndex } from "../engine/grid";
import type { Mark, WorkbookPort } from "../host/port";
import { groupBy } from "../engine/collections";
import type * as Analyses from "./analyses";


export async function readIfPresent(workbook: WorkbookPort, names: readonly string[], name: string): Promise<SheetGrid | null> {
  return names.includes(name) ? workbook.readSheet(name) : null;
}

/**
 * The unit registry and status vocabulary, with the workbook's own 单位名录 / 状态词表 if it has them. The place
 * (whose units the registry knows) is read from the sheets given — the one being checked, or all of them for
 * the summary — and the workbook's sheet names: reading every sheet for each check would cost the pane a round
 * trip per sheet.
 */
export async function workbookRegistries(workbook: WorkbookPort, names?: readonly string[], sheets: readonly SheetGrid[] = []): Promise<WorkbookRegistries> {
  const all = names ?? (await workbook.sheetNames());
  const units = await readIfPresent(workbook, all, UNIT_SHEET);
  const statuses = await readIfPresent(workbook, all, STATUS_SHEET);
  const unread = all.filter((name) => !sheets.some((sheet) => sheet.name === name));
  return registriesOfSheets(sheets, { sheetNames: unread, unitSheets: units ? [units] : [], statusSheets: statuses ? [statuses] : [] });
}

// The analyses beyond checking a sheet hold most of the engine: loaded on first use (see analyses.ts). The
// pane's own areas for them import analyses.ts directly (they are loaded lazily themselves); this is for the
// ribbon's 生成汇总表.
const analyses = () => import(/* webpackChunkName: "analyses" */ "./analyses");

/** Writes the summary tabs of every user sheet. */
export async function generateSummary(workbook: WorkbookPort, options: Analyses.SummaryOptions = {}): Promise<Analyses.SummaryResult> {
  return (await analyses()).generateSummary(workbook, options);
}

export interface ValidationResult {
  sheet: string;
  issues: Issue[];
  changes: CellChange[];
}

export async function validateActiveSheet(workbook: WorkbookPort): Promise<ValidationResult> {
  const sheet = await workbook.activeSheetName();
  const grid = await workbook.readSheet(sheet);
  const issues = validateSheet(grid, await workbookRegistries(workbook, undefined, [grid]));
  return { sheet, issues, changes: planFixes(issues) };
}

async function journal(workbook: WorkbookPort): Promise<FixBatch[]> {
  return readJournal(await readIfPresent(workbook, await workbook.sheetNames(), JOURNAL_SHEET));
}

/**
 * Applies a previewed list of changes as one batch. The record of every old value is written first, so
 * that whatever happens next the batch can be undone.
 */
export async function applyChanges(workbook: WorkbookPort, changes: readonly CellChange[], now: Date = new Date()): Promise<FixBatch> {
  const batches = recordBatch(await journal(workbook), changes, now.toISOString());
  await workbook.writeSheets([journalLayout(batches)]);
  for (const [sheet, writes] of cellWritesBySheet(changes)) await workbook.updateCells(sheet, writes);
  return batches[batches.length - 1];
}

export interface RevertResult {
  restored: number;
  /** Cells the clerk changed again after the fix: left as they are. */
  conflicts: { sheet: string; cell: string }[];
  /** Batches still recorded after this one was undone. */
  remaining: number;
}

/** Puts back the last batch of fixes, cell for cell; null when there is nothing to undo. */
export async function revertLastBatch(workbook: WorkbookPort): Promise<RevertResult | null> {
  const batches = await journal(workbook);
  const last = batches[batches.length - 1];
  if (!last) return null;
  const sheets = new Map<string, SheetGrid>();
  for (const name of new Set(last.entries.map((e) => e.sheet))) {
    if ((await workbook.sheetNames()).includes(name)) sheets.set(name, await workbook.readSheet(name));
  }
  const plan = planRevert(last, sheets);
  for (const [sheet, writes] of groupBy(plan.writes, (w) => w.sheet)) await workbook.updateCells(sheet, writes);
  await workbook.writeSheets([journalLayout(batches.slice(0, -1))]);
  return { restored: plan.writes.length, conflicts: plan.conflicts.map((c) => ({ sheet: c.sheet, cell: c.cell })), remaining: batches.length - 1 };
}

export async function undoableBatches(workbook: WorkbookPort): Promise<number> {
  return (await journal(workbook)).length;
}

/**
 * A dropdown of the status vocabulary on the active sheet's 进展状态 column, over its task rows. Returns the
 * number of cells it covers, or null when the sheet has no status column.
 */
export async function addStatusDropdown(workbook: WorkbookPort): Promise<{ sheet: string; cells: number; values: string[] } | null> {
  const sheet = await workbook.activeSheetName();
  const grid = await workbook.readSheet(sheet);
  const table = recognizeSheet(grid).tables.find((t) => t.columns.status !== undefined);
  const col = table?.columns.status;
  const rows = table?.rows.filter((r) => r.type === "task" || r.type === "continuation") ?? [];
  if (!table || col === undefined || rows.length === 0) return null;
  const { vocabulary } = await workbookRegistries(workbook);
  const values = [...new Set(vocabulary.terms.map((t) => t.term))];
  const range = { top: rows[0].index, left: col, bottom: rows[rows.length - 1].index, right: col };
  await workbook.setListValidation(sheet, range, values);
  return { sheet, cells: range.bottom - range.top + 1, values };
}

/** Light fills for the 三色预警 marks: readable over text, and printed pale. */
export const MARK_COLORS = { red: "#FDE7E9", yellow: "#FFF4CE" } as const;

/** The saved ids of the marks drawn on each sheet ("marks" setting, JSON). */
async function savedMarks(workbook: WorkbookPort): Promise<Record<string, string[]>> {
  try {
    const parsed: unknown = JSON.parse((await workbook.readSettings()).marks ?? "{}");
    return parsed && typeof parsed === "object" ? (parsed as Record<string, string[]>) : {};
  } catch {
    return {};
  }
}

/** Draws marks on a sheet, replacing every mark the add-in drew before, and remembers their ids. */
async function replaceMarks(workbook: WorkbookPort, sheet: string, marks: readonly Mark[]): Promise<void> {
  await clearMarks(workbook);
  const ids = await workbook.addMarks(sheet, marks);
  await workbook.writeSettings({ marks: JSON.stringify({ [sheet]: ids }) });
}

/**
 * Colours the rows of red and yellow tasks (every line of the task, across its table) on their sheet,
 * replacing the marks drawn before. Returns how many tasks were marked.
 */
export async function markLagging(workbook: WorkbookPort, view: Analyses.LagView): Promise<number> {
  const flagged = view.results.filter(({ result }) => result.flag === "red" || result.flag === "yellow");
  const sheet = flagged[0]?.result.sheet ?? (await workbook.activeSheetName());
  const grid = await workbook.readSheet(sheet);
  const width = Math.max(1, recognizeSheet(grid).tables[0]?.headerCells.reduce((w, c) => Math.max(w, c.col + 1), 0) ?? 1);
  const marks = flagged.map(({ result, task }) => ({
    range: { top: task.lines[0].row - 1, left: 0, bottom: task.lines[task.lines.length - 1].row - 1, right: width - 1 },
    color: MARK_COLORS[result.flag as "red" | "yellow"],
  }));
  await replaceMarks(workbook, sheet, marks);
  return marks.length;
}

/**
 * Colours the cells of a validation's errors (red) and warnings (yellow), one mark per cell (an error wins
 * over a warning on the same cell), replacing the marks drawn before. Notes are not marked. Returns the cells.
 */
export async function markIssues(workbook: WorkbookPort, validation: ValidationResult): Promise<number> {
  const cells = new Map<string, Mark>();
  for (const issue of validation.issues) {
    if (issue.severity === "info" || issue.sheet !== validation.sheet) continue;
    const key = `${issue.row}:${issue.column}`;
    if (cells.has(key) && issue.severity !== "error") continue;
    const at = { top: issue.row - 1, left: columnIndex(issue.column), bottom: issue.row - 1, right: columnIndex(issue.column) };
    cells.set(key, { range: at, color: MARK_COLORS[issue.severity === "error" ? "red" : "yellow"] });
  }
  await replaceMarks(workbook, validation.sheet, [...cells.values()]);
  return cells.size;
}

/** Removes every mark the add-in drew; the clerk's own formatting is untouched. */
export async function clearMarks(workbook: WorkbookPort): Promise<number> {
  const saved = await savedMarks(workbook);
  const names = await workbook.sheetNames();
  let removed = 0;
  for (const [sheet, ids] of Object.entries(saved)) {
    if (names.includes(sheet)) await workbook.removeMarks(sheet, ids);
    removed += ids.length;
  }
  await workbook.writeSettings({ marks: "{}" });
  return removed;
}
