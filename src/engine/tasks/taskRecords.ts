import { cellAt, cellText, type SheetGrid } from "../grid";
import { recognizeSheet, type RecognizedTable, type SheetRecognition, type TableKind } from "../recognize";
import { unitNames } from "../units/split";

/** One physical row of a task: the numbered row or one of its continuation rows. */
export interface TaskLine {
  /** 1-based sheet row. */
  row: number;
  text: string;
  units: readonly string[];
  coUnits: readonly string[];
  progress: string;
  status: string;
  /** The 目标 column of an indicator table ("6%左右"). */
  target: string;
}

/**
 * A task as reviewers think of it: the numbered row with its continuation rows, which are further lines of
 * the same task (often with units of their own). Every later step — matching, lag, aggregation — works on these.
 */
export interface TaskRecord {
  sheet: string;
  /** 1-based row of the numbered row. */
  row: number;
  seq: string;
  kind: TableKind;
  /** The section heading the task sits under, if any ("一、科技创新"). */
  section: string | null;
  lines: TaskLine[];
  /** Task text of every line, joined by a line break. */
  text: string;
  /**
   * Responsible units of every line, lead (first listed on the numbered row) first, each once. Lists of names
   * are shared (a one-line task's are its line's, a cell's are every cell's with the same text): read only.
   */
  units: readonly string[];
  /** Co-operating units from a separate 配合单位 column, each once. */
  coUnits: readonly string[];
}

function columnText(grid: SheetGrid, table: RecognizedTable, index: number, role: keyof RecognizedTable["columns"]): string {
  const col = table.columns[role];
  return col === undefined ? "" : cellText(cellAt(grid, index, col)).trim();
}

function line(grid: SheetGrid, table: RecognizedTable, index: number): TaskLine {
  return {
    row: index + 1,
    text: columnText(grid, table, index, "task"),
    units: unitNames(columnText(grid, table, index, "units")),
    coUnits: unitNames(columnText(grid, table, index, "coUnits")),
    progress: columnText(grid, table, index, "progress"),
    status: columnText(grid, table, index, "status"),
    target: columnText(grid, table, index, "target"),
  };
}

/**
 * Each name of the lines once, in order. A single line's names are most often distinct already: they are then
 * the task's names as they are, with no list made per task. Otherwise spread from a Set, the list is as long as
 * its names: one grown by push keeps room for more (at 50,000 tasks a side, 40 MB of it at the peak of a job).
 */
function distinctNames(lines: readonly TaskLine[], namesOf: (line: TaskLine) => readonly string[]): readonly string[] {
  if (lines.length === 1 && allDistinct(namesOf(lines[0]))) return namesOf(lines[0]);
  return [...new Set(lines.flatMap(namesOf))];
}

/** Whether no name is listed twice: a cell names a handful of units, so comparing each pair is quickest. */
function allDistinct(names: readonly string[]): boolean {
  for (let i = 1; i < names.length; i++) if (names.lastIndexOf(names[i], i - 1) >= 0) return false;
  return true;
}

/** A task's names until all its lines are read: one empty list for every task, replaced below, never changed. */
const NOT_YET_READ: readonly string[] = [];

/** The tasks of every table on a sheet, in sheet order. */
export function taskRecords(grid: SheetGrid, recognition: SheetRecognition = recognizeSheet(grid)): TaskRecord[] {
  const records: TaskRecord[] = [];
  for (const table of recognition.tables) {
    let section: string | null = null;
    let current: TaskRecord | null = null;
    // Index loops: a sheet has tens of thousands of rows, and for…of makes an iterator result per row until optimised.
    for (let r = 0; r < table.rows.length; r++) {
      const row = table.rows[r];
      if (row.type === "section") section = row.label ?? null;
      if (row.type === "task") {
        const first = line(grid, table, row.index);
        current = { sheet: grid.name, row: row.index + 1, seq: row.seq ?? "", kind: table.kind, section, lines: [first], text: "", units: NOT_YET_READ, coUnits: NOT_YET_READ };
        records.push(current);
      } else if (row.type === "continuation" && current !== null && row.parentIndex === current.row - 1) {
        current.lines.push(line(grid, table, row.index));
      }
    }
  }
  for (let i = 0; i < records.length; i++) {
    const record = records[i];
    // Most tasks have one line, whose text is the task's text as it is.
    record.text = record.lines.length === 1 ? record.lines[0].text : record.lines.map((l) => l.text).filter((t) => t !== "").join("\n");
    record.units = distinctNames(record.lines, (l) => l.units);
    record.coUnits = distinctNames(record.lines, (l) => l.coUnits);
  }
  return records;
}

/**
 * A line's text as targets are read from it: an indicator's name followed by its 目标 cell, without footnote
 * marks ("地区生产总值（注）" + "增长6%左右" → "地区生产总值增长6%左右"); other lines as written.
 */
export function targetText(line: TaskLine): string {
  return line.target === "" ? line.text : `${line.text.replace(FOOTNOTE_MARK, "")}${line.target}`;
}

const FOOTNOTE_MARK = /[（(]注\d*[)）]/gu;

const hasTargetCell = (line: TaskLine) => line.target !== "";

/** The whole task as targets are read from it: every line's target text. */
export function taskTargetText(task: TaskRecord): string {
  // Without a 目标 cell that is the task's text: the very string, which a memo of targets by text finds at once.
  if (!task.lines.some(hasTargetCell)) return task.text;
  return task.lines.map(targetText).filter((t) => t !== "").join("\n");
}
