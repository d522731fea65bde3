/**
 * Checking the active sheet (校验) and what follows from it: the certain fixes applied as one batch, the
 * journal that lets the last batch be undone cell for cell (also after the workbook was saved and reopened),
 * and the status dropdown. Each step reads what it needs and writes back in one batch.
 */
import { gridWidth, type CellRange, type SheetGrid } from "../engine/grid";
import { detectPlace, placeInput, type Place, type PlaceInput } from "../engine/place";
import { recognizeSheet } from "../engine/recognize";
import { recordPlace, recordSettings } from "../engine/pipeline/addinRecords";
import { journalLayout, planRevert, readJournal, recordBatch, type FixBatch } from "../engine/undo";
import { cellWritesBySheet, planFixes, validateSheet, type CellChange, type Issue } from "../engine/validate";
import { checkSheet, type RepairableCheck } from "../engine/validate/selection";
import { recheckSheet } from "../engine/validate/recheck";
import { groupBy } from "../engine/collections";
import { placeRegistry, type Registries } from "../engine/settings/registries";
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
  /** The place the registries were chosen for, and what it was told from (the sheet and the workbook's sheet names). */
  place: Place;
  placeInput: PlaceInput;
}

export async function validateActiveSheet(workbook: WorkbookPort): Promise<ValidationResult> {
  const sheet = await workbook.activeSheetName();
  const grid = await workbook.readSheet(sheet);
  const names = await workbook.sheetNames();
  const registries = await workbookRegistries(workbook, names, [grid]);
  const repairable = checkSheet(grid, { registry: registries.registry, vocabulary: registries.vocabulary });
  const recognition = repairable.options.recognition;
  const input = placeInput([grid], { recognitions: recognition && [recognition], sheetNames: names.filter((name) => name !== sheet) });
  return { sheet, issues: repairable.issues, changes: planFixes(repairable.issues), repairable, place: registries.place, placeInput: input };
}

/** An edit checked again: the check, and whether only the edited rows were read and checked. */
export interface EditCheck {
  result: ValidationResult;
  incremental: boolean;
}

/** Columns past the sheet's width an edit may reach and still be read row by row (a pasted row a little wider). */
const WIDER_EDIT_COLUMNS = 64;

/**
 * The pane's check after the clerk edited `edited` cells of `sheet` (as watchChanges reports them): only the edited
 * rows are read from the workbook and checked again with the check before (recheckSheet), so that the list follows
 * the clerk's typing on a sheet of 10,000 rows. The whole sheet is read and checked, as validateActiveSheet does,
 * when the host could not say what changed, the edit is on another sheet or outside the rows and columns read
 * before, covers a tenth of the sheet or more, or moves the sheet to another place (whose units the registry knows).
 */
export async function checkEdit(
  workbook: WorkbookPort,
  previous: ValidationResult,
  sheet: string,
  edited: readonly CellRange[] | null | undefined,
): Promise<EditCheck> {
  const whole = async (): Promise<EditCheck> => ({ result: await validateActiveSheet(workbook), incremental: false });
  const { grid } = previous.repairable;
  const [height, width] = [grid.values.length, gridWidth(grid)];
  if (sheet !== previous.sheet || !edited || edited.length === 0) return whole();
  const rows = new Set<number>();
  let columns = width;
  for (const range of edited) {
    if (range.bottom >= height || range.right >= width + WIDER_EDIT_COLUMNS) return whole();
    for (let r = range.top; r <= range.bottom && rows.size * 10 <= height; r++) rows.add(r);
    columns = Math.max(columns, range.right + 1);
  }
  if (rows.size * columns * 10 > height * width) return whole();
  const list = [...rows].sort((a, b) => a - b);
  const values = await workbook.readRows(sheet, list, columns);
  const again = recheckSheet(previous.repairable, new Map(list.map((r, i) => [r, values[i]])));
  if (again === null) return whole();
  const { check } = again;
  // The units columns' cells help tell the place: an edit there may make the sheet another place's.
  const recognition = check.options.recognition;
  const input = placeInput([check.grid], { recognitions: recognition && [recognition], sheetNames: previous.placeInput.sheetNames.slice(1) });
  const place = samePlaceInput(input, previous.placeInput) ? previous.place : detectPlace(input);
  if (placeRegistry(place) !== placeRegistry(previous.place)) return whole();
  // The changes of the rows whose issues were made again, in place of theirs: issues and changes are in row order.
  const changes = again.incremental ? spliceChanges(previous.changes, check.issues, again.rows) : planFixes(check.issues);
  const result = { ...previous, issues: check.issues, changes, repairable: check, place, placeInput: input };
  return { result, incremental: again.incremental };
}

function samePlaceInput(a: PlaceInput, b: PlaceInput): boolean {
  const same = (x: readonly string[], y: readonly string[]) => x.length === y.length && x.every((text, i) => text === y[i]);
  return a.fileName === b.fileName && same(a.sheetNames, b.sheetNames) && same(a.titles, b.titles) && same(a.unitTexts, b.unitTexts);
}

/** planFixes(issues) from the changes before, when only the issues of `rows` (0-based) changed. */
function spliceChanges(changes: readonly CellChange[], issues: readonly Issue[], rows: readonly number[]): CellChange[] {
  const redone = new Set(rows.map((r) => r + 1));
  const fresh = planFixes(issues.filter((issue) => redone.has(issue.row)));
  const kept = changes.filter((change) => !redone.has(change.row));
  const merged: CellChange[] = [];
  let i = 0;
  for (const change of fresh) {
    while (i < kept.length && kept[i].row < change.row) merged.push(kept[i++]);
    merged.push(change);
  }
  return merged.concat(kept.slice(i));
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
