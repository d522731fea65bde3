import { cellAt, cellText, type SheetGrid } from "../grid";
import { peopleNames, recognizeSheet, type RecognizedTable, type SheetRecognition, type TableKind } from "../recognize";
import { isPersonName } from "../recognize/cellKinds";
import { foldText } from "../text";
import { withMeasure } from "../targets/measure";
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
  /** The 目标 column of an indicator table ("6%左右") or a target column of a progress report ("1300人"). */
  target: string;
  /** A 项目内容/建设内容 column beside the task's name: what the project holds, targets included. */
  content: string;
  /** The unit a bare target figure is counted in, from a 计量单位 column ("万人" beside 5.2); "" without one. */
  measure: string;
  /** A remark column (备注, 说明): why a task lags is often written there. */
  note: string;
  /** The quantity completed, from a 完成数 column ("700", "700人"); "" without one. */
  done: string;
  /** The completion rate from a 完成率 column, as the cell shows it ("0.54", "54", "54%"); "" without one. */
  rate: string;
  /** People named in a leader column (分管领导): never units. */
  leaders: readonly string[];
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

/**
 * The text of a column that names who is responsible (units, co-operating units, leaders): a cell merged down
 * over several tasks (one 教育局 beside six projects) names them for each task it covers.
 */
function sharedColumnText(grid: SheetGrid, table: RecognizedTable, index: number, role: "units" | "coUnits" | "leader"): string {
  const col = table.columns[role];
  if (col === undefined) return "";
  const own = cellText(cellAt(grid, index, col)).trim();
  if (own !== "") return own;
  const anchor = mergeAnchors(grid).get(index * MAX_COLUMNS + col);
  return anchor === undefined ? "" : cellText(cellAt(grid, anchor[0], anchor[1])).trim();
}

/** Excel's column count: one number per cell. */
const MAX_COLUMNS = 16384;
const ANCHORS = new WeakMap<SheetGrid, Map<number, [number, number]>>();

/** For each cell covered by a merged area taller than one row, the area's top-left cell. */
function mergeAnchors(grid: SheetGrid): Map<number, [number, number]> {
  let anchors = ANCHORS.get(grid);
  if (anchors === undefined) {
    anchors = new Map();
    for (const m of grid.merges) {
      if (m.bottom === m.top) continue;
      for (let r = m.top + 1; r <= m.bottom; r++) for (let c = m.left; c <= m.right; c++) anchors.set(r * MAX_COLUMNS + c, [m.top, m.left]);
    }
    ANCHORS.set(grid, anchors);
  }
  return anchors;
}

/**
 * The units of a cell: marks some places put before the lead unit (★区发改委, *区发改局) are not part of the
 * name, and a person named beside the unit (市民政局 伍泽国, under 牵头单位及主要负责人) is no unit.
 */
function unitsOf(text: string): readonly string[] {
  const names = unitNames(text);
  let clean = true;
  for (let i = 0; i < names.length && clean; i++) clean = !LEAD_MARK.test(names[i]) && !isPersonName(foldText(names[i]));
  if (clean) return names;
  return names.map((name) => name.replace(LEAD_MARK, "")).filter((name) => name !== "" && !isPersonName(foldText(name)));
}

const LEAD_MARK = /^[★☆*＊※]+/u;

function line(grid: SheetGrid, table: RecognizedTable, index: number): TaskLine {
  return {
    row: index + 1,
    text: columnText(grid, table, index, "task"),
    units: unitsOf(sharedColumnText(grid, table, index, "units")),
    coUnits: unitsOf(sharedColumnText(grid, table, index, "coUnits")),
    progress: columnText(grid, table, index, "progress"),
    status: columnText(grid, table, index, "status"),
    target: columnText(grid, table, index, "target"),
    content: columnText(grid, table, index, "content"),
    measure: columnText(grid, table, index, "measure"),
    note: columnText(grid, table, index, "note"),
    done: columnText(grid, table, index, "done"),
    rate: columnText(grid, table, index, "rate"),
    leaders: peopleNames(sharedColumnText(grid, table, index, "leader")),
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
        current = {
          sheet: grid.name,
          row: row.index + 1,
          seq: row.seq ?? "",
          kind: table.kind,
          section,
          lines: [first],
          text: "",
          units: NOT_YET_READ,
          coUnits: NOT_YET_READ,
        };
        records.push(current);
      } else if (row.type === "continuation" && current !== null && row.parentIndex === current.row - 1) {
        current.lines.push(line(grid, table, row.index));
      }
    }
  }
  for (let i = 0; i < records.length; i++) {
    const record = records[i];
    // Most tasks have one line, whose text is the task's text as it is.
    record.text =
      record.lines.length === 1
        ? record.lines[0].text
        : record.lines
            .map((l) => l.text)
            .filter((t) => t !== "")
            .join("\n");
    record.units = distinctNames(record.lines, (l) => l.units);
    record.coUnits = distinctNames(record.lines, (l) => l.coUnits);
  }
  return records;
}

/**
 * A line's text as targets are read from it: an indicator's name followed by its 目标 cell, without footnote
 * marks ("地区生产总值（注）" + "增长6%左右" → "地区生产总值增长6%左右", "新增城镇就业" + "8950": the metric is the
 * name's); then, on a line of its own, the project's content ("全市建设提升规范化发热门诊29家"); other lines as written.
 */
export function targetText(line: TaskLine): string {
  const target = line.measure === "" ? line.target : withMeasure(line.target, line.measure);
  const named = target === "" ? line.text : `${line.text.replace(FOOTNOTE_MARK, "")}${target}`;
  return line.content === "" ? named : named === "" ? line.content : `${named}\n${line.content}`;
}

const FOOTNOTE_MARK = /[（(]注\d*[)）]/gu;

const hasTargetOrContent = (line: TaskLine) => line.target !== "" || line.content !== "";

/** The whole task as targets are read from it: every line's target text. */
export function taskTargetText(task: TaskRecord): string {
  // Without a 目标 or content cell that is the task's text: the very string, which a memo of targets by text finds at once.
  if (!task.lines.some(hasTargetOrContent)) return task.text;
  return task.lines
    .map(targetText)
    .filter((t) => t !== "")
    .join("\n");
}
