/**
 * 汇总报送 over the port: the units' returned files (read by the caller: the pane from picked files, the command
 * line from its arguments) merged into the master sheet of this workbook. The plan is previewed first; applying it
 * goes the fixes' way (`applyChanges`), so the journal's 撤销 puts the master back cell for cell.
 */
import type { SheetGrid } from "../engine/grid";
import { isEmptyCell } from "../engine/grid";
import { planMerge, type MergePlan } from "../engine/cycle/merge";
import { isSettingsSheet } from "../engine/settings/registries";
import type { FixBatch } from "../engine/undo";
import { WorkbookError, type WorkbookPort } from "../host/port";
import { applyChanges } from "./check";
import { workbookRegistries } from "./workbook";

/** A returned file as read: its name (as the clerk knows it) and its sheets (a .csv has one). */
export interface ReturnedFile {
  file: string;
  sheets: readonly SheetGrid[];
}

export interface MergePreview extends MergePlan {
  /** The master sheet the plan writes into. */
  sheet: string;
}

/** A sheet of a return that holds anything but settings: an empty Sheet2 beside the unit's sheet is no return. */
const returnedSheet = (grid: SheetGrid) => !isSettingsSheet(grid.name) && grid.values.some((row) => row.some((value) => !isEmptyCell(value)));

/**
 * The merge planned into the master (the named sheet, else the active one), with the registry of the workbook's
 * place (and its 单位名录): the cell changes to preview, and the report. Nothing is written.
 */
export async function planMergeReturns(workbook: WorkbookPort, returns: readonly ReturnedFile[], sheet?: string): Promise<MergePreview> {
  const names = await workbook.sheetNames();
  const name = sheet ?? (await workbook.activeSheetName());
  if (!names.includes(name)) throw new WorkbookError({ reason: "sheet/not-found", params: { sheet: name } }, name);
  const master = await workbook.readSheet(name);
  const { registry } = await workbookRegistries(workbook, names, [master]);
  const sheets = returns.flatMap((r) => r.sheets.filter(returnedSheet).map((grid) => ({ file: r.file, grid })));
  return { sheet: name, ...planMerge(master, sheets, { registry }) };
}

/** Applies a previewed merge as one batch of the fix journal (undone by revertLastBatch); null when it changes nothing. */
export async function applyMerge(workbook: WorkbookPort, plan: MergePlan, now: Date = new Date()): Promise<FixBatch | null> {
  return plan.changes.length === 0 ? null : applyChanges(workbook, plan.changes, now);
}

/** A picked file that could not be read, and why (a WorkbookError naming it, as the clerk is to see it). */
export interface UnreadReturn {
  file: string;
  error: unknown;
}

/** A picked file: its name, its size, and its bytes when asked for (a browser File, or a file on disk in the tests). */
export interface PickedReturn {
  name: string;
  size: number;
  bytes: () => Promise<Uint8Array>;
}

/**
 * The picked files read one by one with `read` (the pane's reader, which runs in the browser): a file that
 * cannot be read is set aside with its error, so that the others still merge.
 */
export async function readReturns(
  files: readonly PickedReturn[],
  read: (file: PickedReturn) => Promise<readonly SheetGrid[]>,
): Promise<{ returns: ReturnedFile[]; unread: UnreadReturn[] }> {
  const returns: ReturnedFile[] = [];
  const unread: UnreadReturn[] = [];
  for (const file of files) {
    try {
      returns.push({ file: file.name, sheets: await read(file) });
    } catch (error) {
      unread.push({ file: file.name, error });
    }
  }
  return { returns, unread };
}
