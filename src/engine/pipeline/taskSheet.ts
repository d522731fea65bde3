import type { SheetGrid } from "../grid";
import { recognizeSheet, type SheetRecognition } from "../recognize";
import { taskRecords, type TaskRecord } from "../tasks";

/**
 * A sheet as the later steps read it: what was recognised, and each table's tasks. Made once per sheet in a
 * job: the prior-year step, validation and lag detection all start from it.
 */
export interface TaskSheet {
  grid: SheetGrid;
  recognition: SheetRecognition;
  /** The tasks of each recognised table, in the order of `recognition.tables`. */
  tableTasks: TaskRecord[][];
}

export function taskSheet(grid: SheetGrid): TaskSheet {
  const recognition = recognizeSheet(grid);
  return { grid, recognition, tableTasks: recognition.tables.map((table) => taskRecords(grid, { ...recognition, tables: [table] })) };
}
