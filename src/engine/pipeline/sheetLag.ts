import type { SheetGrid } from "../grid";
import { detectLag, resolveAsOf, type AsOf, type LagResult, type LagSettings } from "../lag";
import type { RecognizedTable, SheetRecognition } from "../recognize";
import type { StatusVocabulary } from "../status/vocabulary";
import type { TargetsOf } from "../targets";
import { taskRecords, type TaskRecord } from "../tasks";
import { sheetYear } from "../validate/validateSheet";

export interface SheetLag {
  /** The tasks of every table on the sheet. */
  tasks: TaskRecord[];
  /** The as-of date of the first progress table, or null when the sheet has none. */
  asOf: AsOf | null;
  /** The lag of each task of the progress tables, each judged against its own table's as-of date. */
  lag: { task: TaskRecord; result: LagResult }[];
}

/** Only a table with a status or a progress column says anything about progress. */
export const isProgressTable = (table: RecognizedTable) => table.columns.status !== undefined || table.columns.progress !== undefined;

/**
 * The tasks of a sheet and the lag flags of its progress tables. The as-of date is the one given, else the
 * one the table's title (or the sheet's name) or its progress texts name.
 */
export function lagOfSheet(
  grid: SheetGrid,
  recognition: SheetRecognition,
  vocabulary: StatusVocabulary,
  options: { asOf?: string; settings?: LagSettings; targetsOf?: TargetsOf } = {},
): SheetLag {
  const tasks: TaskRecord[] = [];
  const lag: SheetLag["lag"] = [];
  let asOf: AsOf | null = null;
  for (const table of recognition.tables) {
    const tableTasks = taskRecords(grid, { ...recognition, tables: [table] });
    for (const task of tableTasks) tasks.push(task);
    if (!isProgressTable(table)) continue;
    const texts: string[] = [];
    for (const task of tableTasks) for (const line of task.lines) texts.push(line.progress);
    const tableAsOf = resolveAsOf({ given: options.asOf, title: table.title ?? grid.name, texts, year: sheetYear(table.title, grid.name) });
    asOf ??= tableAsOf;
    for (const task of tableTasks) lag.push({ task, result: detectLag(task, vocabulary, tableAsOf, options.settings, options.targetsOf) });
  }
  return { tasks, asOf, lag };
}
