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
  // Index loops: a sheet's tasks run to tens of thousands, and for…of makes an iterator result per task until
  // V8 has optimised it.
  for (const table of recognition.tables) {
    const tableTasks = taskRecords(grid, { ...recognition, tables: [table] });
    for (let t = 0; t < tableTasks.length; t++) tasks.push(tableTasks[t]);
    if (!isProgressTable(table)) continue;
    const texts: string[] = [];
    for (let t = 0; t < tableTasks.length; t++) for (let l = 0; l < tableTasks[t].lines.length; l++) texts.push(tableTasks[t].lines[l].progress);
    const tableAsOf = resolveAsOf({ given: options.asOf, title: table.title ?? grid.name, texts, year: sheetYear(table.title, grid.name) });
    asOf ??= tableAsOf;
    for (let t = 0; t < tableTasks.length; t++) lag.push({ task: tableTasks[t], result: detectLag(tableTasks[t], vocabulary, tableAsOf, options.settings, options.targetsOf) });
  }
  return { tasks, asOf, lag };
}
