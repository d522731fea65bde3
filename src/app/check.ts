/**
 * Checking the active sheet (校验) and what follows from it: the certain fixes applied as one batch, the
 * journal that lets the last batch be undone cell for cell (also after the workbook was saved and reopened),
 * and the status dropdown. Each step reads what it needs and writes back in one batch.
 */
import type { SheetGrid } from "../engine/grid";
import { recognizeSheet } from "../engine/recognize";
import { recordPlace, recordSettings } from "../engine/pipeline/addinRecords";
import { journalLayout, planRevert, readJournal, recordBatch, type FixBatch } from "../engine/undo";
import { cellWritesBySheet, planFixes, validateSheet, type CellChange, type Issue } from "../engine/validate";
import { checkSheet, type RepairableCheck } from "../engine/validate/selection";
import { groupBy } from "../engine/collections";
import type { Registries } from "../engine/settings/registries";
import type { WorkbookPort } from "../host/port";
import { newMark, readRecords } from "./addinRecords";
import { workbookRegistries } from "./workbook";

/** What checking some sheets found: every issue, and the fixes planned as cell changes (one per cell). */
export interface SheetsValidation {
  issues: Issue[];
  /** Several fixable issues of one cell are one change: `changes.length` cells for the fixable issues. */
  changes: CellChange[];
}

/** What checking the active sheet found (the pane's 校验). */
export interface ValidationResult extends SheetsValidation {
  sheet: string;
  /** The issues with their repairs: the clerk's choice of kinds and cells is planned from it (planSelectedFixes). */
  repairable: RepairableCheck;
}

export async function validateActiveSheet(workbook: WorkbookPort): Promise<ValidationResult> {
  const sheet = await workbook.activeSheetName();
  const grid = await workbook.readSheet(sheet);
  const repairable = checkSheet(grid, await workbookRegistries(workbook, undefined, [grid]));
  return { sheet, issues: repairable.issues, changes: planFixes(repairable.issues), repairable };
}

/**
 * Checks the named sheets of a workbook, in the order given, against registries the caller made (the command
 * line's include its --units and --statuses files), and plans the certain fixes; `applyChanges` applies them.
 */
export async function validateSheets(workbook: WorkbookPort, sheetNames: readonly string[], registries: Registries): Promise<SheetsValidation> {
  const issues: Issue[] = [];
  for (const name of sheetNames) issues.push(...validateSheet(await workbook.readSheet(name), registries));
  return { issues, changes: planFixes(issues) };
}

/**
 * The batches of the proven journal (none when the workbook has none: a sheet of the journal's name that the
 * settings do not prove is the clerk's), and how to write the journal back: over the proven one, else under
 * a free name, with the settings that prove it written first.
 */
async function journal(workbook: WorkbookPort): Promise<{ batches: FixBatch[]; write: (batches: readonly FixBatch[]) => Promise<void> }> {
  const records = await readRecords(workbook);
  const write = async (batches: readonly FixBatch[]) => {
    const name = recordPlace("journal", records.journal, records.names);
    const settings = recordSettings(records.settings, "journal", name, newMark());
    await workbook.writeSettings(settings);
    await workbook.writeSheets([journalLayout(name, batches, settings.mark)]);
  };
  return { batches: readJournal(records.journal), write };
}

/**
 * Applies a previewed list of changes as one batch. The record of every old value is written first, so
 * that whatever happens next the batch can be undone.
 */
export async function applyChanges(workbook: WorkbookPort, changes: readonly CellChange[], now: Date = new Date()): Promise<FixBatch> {
  const kept = await journal(workbook);
  const batches = recordBatch(kept.batches, changes, now.toISOString());
  await kept.write(batches);
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
  const kept = await journal(workbook);
  const batches = kept.batches;
  const last = batches[batches.length - 1];
  if (!last) return null;
  const sheets = new Map<string, SheetGrid>();
  for (const name of new Set(last.entries.map((e) => e.sheet))) {
    if ((await workbook.sheetNames()).includes(name)) sheets.set(name, await workbook.readSheet(name));
  }
  const plan = planRevert(last, sheets);
  for (const [sheet, writes] of groupBy(plan.writes, (w) => w.sheet)) await workbook.updateCells(sheet, writes);
  await kept.write(batches.slice(0, -1));
  return { restored: plan.writes.length, conflicts: plan.conflicts.map((c) => ({ sheet: c.sheet, cell: c.cell })), remaining: batches.length - 1 };
}

export async function undoableBatches(workbook: WorkbookPort): Promise<number> {
  return (await journal(workbook)).batches.length;
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

/** Issues counted as 校验 and `analyze --json` count them: by severity, those with a certain fix, and the cells those fixes change. */
export interface IssueCounts {
  total: number;
  error: number;
  warning: number;
  info: number;
  fixable: number;
  cells: number;
}

/** Issues counted by severity, with the fixable ones and the cells their fixes change (one change per cell). */
export function issueCounts(issues: readonly Issue[], changes: readonly CellChange[] = planFixes(issues)): IssueCounts {
  const count = (severity: Issue["severity"]) => issues.filter((i) => i.severity === severity).length;
  return {
    total: issues.length,
    error: count("error"),
    warning: count("warning"),
    info: count("info"),
    fixable: issues.filter((i) => i.fix !== undefined).length,
    cells: changes.length,
  };
}
