/**
 * Lag flags (滞后) of the active sheet: red, yellow or green per task, with reasons, against an as-of date.
 * Needs much of the engine, so the faces load it on first use (a dynamic import), not with the pane.
 */
import { resolveAsOf, type AsOf, type LagResult } from "../engine/lag";
import { isProgressTable, lagOfSheet } from "../engine/pipeline";
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

/**
 * The as-of date the active sheet itself says, whatever the clerk set: its first progress table's title (or the
 * sheet's name, or its headers), else its progress texts, as lag reads it; null without a progress table.
 */
export async function sheetAsOf(workbook: WorkbookPort): Promise<AsOf | null> {
  const grid = await workbook.readSheet(await workbook.activeSheetName());
  const recognition = recognizeSheet(grid);
  const first = recognition.tables.find(isProgressTable);
  if (!first) return null;
  const { vocabulary } = await workbookRegistries(workbook);
  // The first progress table's date is the sheet's (lagOfSheet's); the other tables' tasks need not be judged.
  return lagOfSheet(grid, { ...recognition, tables: [first] }, vocabulary).asOf;
}
