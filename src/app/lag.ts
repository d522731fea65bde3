/**
 * Lag flags (滞后) of the active sheet: red, yellow or green per task, with reasons, against an as-of date.
 * Needs much of the engine, so the faces load it on first use (a dynamic import), not with the pane.
 */
import { resolveAsOf, type AsOf, type LagResult } from "../engine/lag";
import { lagOfSheet } from "../engine/pipeline";
import { recognizeSheet } from "../engine/recognize";
import type { TaskRecord } from "../engine/tasks";
import type { WorkbookPort } from "../host/port";
import { workbookRegistries } from "./workbook";

export interface LagView {
  asOf: AsOf;
  results: { result: LagResult; task: TaskRecord }[];
}

/** Lag flags of the active sheet's progress tables, against the given as-of date or the one its title names. */
export async function lagOfActiveSheet(workbook: WorkbookPort, asOfDate?: string): Promise<LagView> {
  const sheet = await workbook.activeSheetName();
  const grid = await workbook.readSheet(sheet);
  const { vocabulary } = await workbookRegistries(workbook);
  const { asOf, lag } = lagOfSheet(grid, recognizeSheet(grid), vocabulary, { asOf: asOfDate });
  return { asOf: asOf ?? resolveAsOf({ given: asOfDate }), results: lag };
}
