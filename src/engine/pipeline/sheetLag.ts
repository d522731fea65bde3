import type { SheetGrid } from "../grid";
import { detectLag, resolveAsOf, type AsOf, type LagResult, type LagSettings } from "../lag";
import { sheetYear, type RecognizedTable, type SheetRecognition } from "../recognize";
import { extendVocabulary, type StatusTerm, type StatusVocabulary } from "../status/vocabulary";
import { foldText } from "../text";
import type { TargetsOf } from "../targets";
import { taskRecords, type TaskRecord } from "../tasks";

export interface SheetLag {
  /** The tasks of every table on the sheet. */
  tasks: TaskRecord[];
  /** The as-of date of the first progress table, or null when the sheet has none. */
  asOf: AsOf | null;
  /** The lag of each task of the progress tables, each judged against its own table's as-of date. */
  lag: { task: TaskRecord; result: LagResult }[];
}

/** A status column that asks whether the task is on pace (是否达序, 是否按期完成): 是 is on track, 否 behind. */
function yesNoStatus(table: RecognizedTable): boolean {
  const header = table.headerCells.find((cell) => cell.col === table.columns.status)?.text ?? "";
  return YES_NO_HEADER.test(foldText(header));
}

const YES_NO_HEADER = /^是否.*(达序|序时|按期|按时|完成|达到|达标|滞后)/u;
const YES_NO: StatusTerm[] = [
  { term: "是", category: "on_track" },
  { term: "否", category: "behind" },
];

/** Only a table with a status, a progress, a done or a completion-rate column says anything about progress. */
export const isProgressTable = (table: RecognizedTable) =>
  table.columns.status !== undefined || table.columns.progress !== undefined || table.columns.done !== undefined || table.columns.rate !== undefined;

/**
 * The tasks of a sheet and the lag flags of its progress tables. The as-of date is the one given, else the
 * one the table's title (or the sheet's name) or its progress texts name.
 */
export function lagOfSheet(
  grid: SheetGrid,
  recognition: SheetRecognition,
  vocabulary: StatusVocabulary,
  options: { asOf?: string; settings?: LagSettings; targetsOf?: TargetsOf; fileName?: string } = {},
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
    const headers = table.headerCells
      .filter((cell) => cell.role === "progress" || cell.role === "done" || cell.role === "rate" || cell.role === null)
      .map((cell) => cell.text);
    const tasksText = tableTasks.map((task) => task.text);
    const tableVocabulary = yesNoStatus(table) ? extendVocabulary(vocabulary, YES_NO) : vocabulary;
    const tableAsOf = resolveAsOf({
      given: options.asOf,
      title: table.title,
      sheetName: grid.name,
      fileName: options.fileName,
      texts,
      headers,
      otherTexts: tasksText,
      year: sheetYear(table.title, grid.name),
    });
    asOf ??= tableAsOf;
    for (let t = 0; t < tableTasks.length; t++)
      lag.push({ task: tableTasks[t], result: detectLag(tableTasks[t], tableVocabulary, tableAsOf, options.settings, options.targetsOf) });
  }
  return { tasks, asOf, lag };
}
