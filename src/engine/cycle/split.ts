/**
 * 分发: the master sheet split into one return per responsible unit, holding exactly the tasks the unit leads or
 * co-operates on, in master order, with the master's 序号 and texts and empty 进展情况 / 进展状态 cells to fill.
 * Units are read as the 部门汇总 counts them (taskUnits): a multi-unit cell names each unit, aliases fold to
 * the registry's name, the first unit of the numbered row leads and every other co-operates. A task that names
 * no unit is not dropped: it is listed apart (未列单位) for the clerk to assign.
 *
 * The return's layout is the one agreed with 汇总报送 (which recognises any layout anyway): row 1 a title naming
 * the unit, the report, the as-of date and what to fill; row 2 the master's header words for 序号, task, units
 * and co-operating units, then 本单位职责, then the master's progress and status words; then the task rows.
 */
import { taskUnits } from "../aggregate/byUnit";
import { boundedMemo } from "../collections";
import { cellAt, isEmptyCell, safeCut, type CellRange, type CellValue, type SheetGrid } from "../grid";
import type { SheetLayout } from "../layout";
import { resolveAsOf } from "../lag/asOf";
import { recognizeSheet, type ColumnRole, type RecognizedTable, type SheetRecognition } from "../recognize";
import { sheetYear } from "../recognize/sheetYear";
import { sheetNameFrom } from "../sheetNames";
import type { StatusVocabulary } from "../status/vocabulary";
import { taskRecords, type TaskRecord } from "../tasks";
import { foldText } from "../text";
import { canonicalUnits, type UnitRegistry } from "../units/registry";

/** A unit's part in a task, as the return's 本单位职责 column writes it. */
export type UnitRole = "lead" | "coop";
export const ROLE_WORDS: Record<UnitRole, string> = { lead: "牵头", coop: "配合" };

/** The return's own column, between the master's units and its progress. */
export const ROLE_HEADER = "本单位职责";
/** The group of tasks that name no unit. */
export const UNLISTED = "未列单位";

/** A master task as the split lists it. */
export interface SplitTask {
  /** 1-based row of the numbered row in the master. */
  row: number;
  seq: string;
  text: string;
}

export interface UnitReturn {
  /** The unit, under the registry's name (as written when the registry does not know it). */
  unit: string;
  /** The return's one sheet, named after the unit (returnSheetName), unique among the split's: the pane puts every return in one workbook. */
  sheetName: string;
  /** A file name for the return: safe on Windows, at most 100 characters, unique among the split's. */
  fileName: string;
  tasks: (SplitTask & { role: UnitRole })[];
  lead: number;
  coop: number;
  /** The return sheet: title, header, one row per line of each task; progress and status empty. */
  layout: SheetLayout;
  /** The 进展状态 cells and the vocabulary's statuses their dropdown offers. */
  status: { range: CellRange; values: string[] };
  /** The cells to fill (progress and status of every task row): the ones left unlocked. */
  fill: CellRange[];
}

export interface MasterSplit {
  sheet: string;
  /** The master's report name: its table's title, else the sheet's name. */
  report: string;
  /** The as-of date the returns are asked for (yyyy-mm-dd), or null when neither given nor read from the master. */
  asOf: string | null;
  /** Every task of the master, once. */
  tasks: number;
  /** One return per unit, in the order the units first appear in the master. */
  units: UnitReturn[];
  /** Tasks that name no unit (未列单位): reported for the clerk to assign, in no return. */
  unlisted: SplitTask[];
}

export interface SplitOptions {
  registry: UnitRegistry;
  vocabulary: StatusVocabulary;
  recognition?: SheetRecognition;
  /** yyyy-mm-dd: the date the units report as of; read from the master's title or names when absent. */
  asOf?: string;
  /** The master's file name: a period or year may be read from it. */
  fileName?: string;
}

/** The master's words for the columns the return takes from it, with the words used where it has none. */
const DEFAULT_WORDS: Record<"seq" | "task" | "units" | "coUnits" | "progress" | "status", string> = {
  seq: "序号",
  task: "工作任务",
  units: "责任单位",
  coUnits: "配合单位",
  progress: "进展情况",
  status: "进展状态",
};

/** Widths in characters: together about what an A4 landscape page holds, which it is fitted to. */
const WIDTHS = { seq: 6, task: 42, units: 14, coUnits: 14, role: 10, progress: 46, status: 11 };

/** The master split into one return per unit. */
export function splitMaster(grid: SheetGrid, options: SplitOptions): MasterSplit {
  const recognition = options.recognition ?? recognizeSheet(grid);
  const tables = recognition.tables.filter((table) => table.columns.task !== undefined);
  const perTable = tables.map((table) => ({ table, tasks: taskRecords(grid, { ...recognition, tables: [table] }) }));
  const main = perTable.find((t) => t.tasks.length > 0)?.table ?? tables[0];
  const report = main?.title?.trim() || grid.name;
  const year = sheetYear(main?.title ?? null, grid.name);
  const asOf = resolveAsOf({ given: options.asOf, title: main?.title, sheetName: grid.name, fileName: options.fileName, year }).date ?? null;
  const words = headerWords(main);
  const byUnit = new Map<string, { unit: string; rows: { task: TaskRecord; table: RecognizedTable; role: UnitRole }[] }>();
  const unlisted: SplitTask[] = [];
  let count = 0;
  // One name's canonical units, made once: the same few units are named on thousands of rows.
  const unitsOf = boundedMemo((name: string) => canonicalUnits(options.registry, [name]), Infinity);
  for (const { table, tasks } of perTable) {
    for (const task of tasks) {
      count++;
      const { names, lead } = taskUnits(task, options.registry, unitsOf);
      if (names.length === 0) unlisted.push(splitTask(task));
      const written = writtenNames(task, unitsOf);
      for (const name of names) {
        let entry = byUnit.get(name);
        if (entry === undefined) {
          entry = { unit: unitName(options.registry, name, written.get(name), year), rows: [] };
          byUnit.set(name, entry);
        }
        entry.rows.push({ task, table, role: name === lead ? "lead" : "coop" });
      }
    }
  }
  // A 配合单位 column in any table of the master gets its column in every return.
  const withCoUnits = tables.some((table) => table.columns.coUnits !== undefined);
  const statuses = [...new Set(options.vocabulary.terms.map((t) => t.term))];
  const fileNames = new Set<string>();
  const sheetNames = new Set<string>();
  const units = [...byUnit.values()].map(({ unit, rows }): UnitReturn => {
    const fileName = uniqueFileName(unit, fileNames);
    const sheetName = uniqueSheetName(unit, sheetNames);
    const built = returnLayout(grid, sheetName, rows, { unit, report, asOf, words, withCoUnits });
    return {
      unit,
      sheetName,
      fileName,
      tasks: rows.map(({ task, role }) => ({ ...splitTask(task), role })),
      lead: rows.filter((r) => r.role === "lead").length,
      coop: rows.filter((r) => r.role === "coop").length,
      layout: built.layout,
      status: { range: built.status, values: statuses },
      fill: [built.fill],
    };
  });
  return { sheet: grid.name, report, asOf, tasks: count, units, unlisted };
}

function splitTask(task: TaskRecord): SplitTask {
  return { row: task.row, seq: task.seq, text: task.text };
}

/**
 * The name a unit's return goes under: the registry's, except for a unit it does not know (as first written) and
 * for a former name in a year before the new one (a 2021 report's 嘉兴银保监分局 was not yet renamed).
 */
function unitName(registry: UnitRegistry, canonical: string, written: string | undefined, year: number | null): string {
  if (written === undefined) return canonical;
  const match = registry.lookup(written);
  if (match === null) return written;
  return match.via === "former" && year !== null && match.until !== undefined && year < match.until ? written : canonical;
}

/** Each name of a task that is one unit, as written (without spaces), by its canonical form. */
function writtenNames(task: TaskRecord, unitsOf: (name: string) => readonly string[]): Map<string, string> {
  const written = new Map<string, string>();
  for (const name of [...task.units, ...task.coUnits]) {
    const pieces = unitsOf(name);
    if (pieces.length === 1 && !written.has(pieces[0])) written.set(pieces[0], name.replace(/\s+/gu, ""));
  }
  return written;
}

type Words = Record<keyof typeof DEFAULT_WORDS, string>;

function headerWords(table: RecognizedTable | undefined): Words {
  const words = { ...DEFAULT_WORDS };
  for (const role of Object.keys(words) as (keyof Words)[]) {
    const col = table?.columns[role as ColumnRole];
    const text = table?.headerCells.find((cell) => cell.col === col)?.text.trim();
    if (col !== undefined && text) words[role] = text;
  }
  return words;
}

interface ReturnHead {
  unit: string;
  report: string;
  asOf: string | null;
  words: Words;
  withCoUnits: boolean;
}

/** The title: whose return, of which report, as of when, and what to fill. */
export function returnTitle(head: Pick<ReturnHead, "unit" | "report" | "asOf" | "words">): string {
  const when = head.asOf === null ? "" : `（截至${head.asOf}）`;
  const { progress, status, seq, task } = head.words;
  return `${head.unit}：${head.report}${when}。请填写“${progress}”“${status}”两列；请勿修改${seq}和${task}（灰色列）。`;
}

function returnLayout(
  grid: SheetGrid,
  name: string,
  rows: readonly { task: TaskRecord; table: RecognizedTable; role: UnitRole }[],
  head: ReturnHead,
): { layout: SheetLayout; status: CellRange; fill: CellRange } {
  const { words, withCoUnits } = head;
  const header = [words.seq, words.task, words.units, ...(withCoUnits ? [words.coUnits] : []), ROLE_HEADER, words.progress, words.status];
  const widths = [WIDTHS.seq, WIDTHS.task, WIDTHS.units, ...(withCoUnits ? [WIDTHS.coUnits] : []), WIDTHS.role, WIDTHS.progress, WIDTHS.status];
  const progressCol = header.length - 2;
  const statusCol = header.length - 1;
  const values: CellValue[][] = [[returnTitle(head), ...header.slice(1).map(() => null)], header];
  for (const { task, table, role } of rows) {
    task.lines.forEach((line, i) => {
      // The master's own 序号 cell (a number stays a number); continuation rows have none, as in the master.
      const seqCell = table.columns.seq === undefined ? null : cellAt(grid, line.row - 1, table.columns.seq);
      const seq = i > 0 ? null : isEmptyCell(seqCell) ? task.seq || null : seqCell;
      const coUnits = withCoUnits ? [line.coUnits.join("、")] : [];
      values.push([seq, line.text, line.units.join("、"), ...coUnits, i === 0 ? ROLE_WORDS[role] : null, null, null]);
    });
  }
  const last = Math.max(values.length - 1, 2);
  const fill = { top: 2, left: progressCol, bottom: last, right: statusCol };
  const layout: SheetLayout = {
    name,
    values,
    merges: [{ top: 0, left: 0, bottom: 0, right: header.length - 1 }],
    columnWidths: widths,
    frozenRows: 2,
    wrapBody: true,
    boldRows: [0, 1],
    print: { orientation: "landscape", repeatRows: { first: 2, last: 2 }, footer: "第 &P 页 共 &N 页" },
    form: { editable: [fill], readOnly: header.slice(0, progressCol).map((_, c) => c), protect: true },
  };
  return { layout, status: { top: 2, left: statusCol, bottom: last, right: statusCol }, fill };
}

/** The unit's name as its return's sheet's (sheetNameFrom's rule), "单位" when nothing of it can be. */
export function returnSheetName(unit: string): string {
  return sheetNameFrom(unit, "单位");
}

/**
 * The unit's sheet name, unique among `taken` (ignoring case, as Excel compares sheet names), to which it is
 * added: two units whose names agree in their first 31 characters get 名称 and 名称(2).
 */
export function uniqueSheetName(unit: string, taken: Set<string>): string {
  const name = returnSheetName(unit);
  for (let n = 1; ; n++) {
    const suffix = n === 1 ? "" : `(${n})`;
    const candidate = n === 1 ? name : `${name.slice(0, safeCut(name, 31 - suffix.length)).trim()}${suffix}`;
    if (!taken.has(candidate.toLowerCase())) {
      taken.add(candidate.toLowerCase());
      return candidate;
    }
  }
}

/** Characters Windows refuses in a file's name, control characters included. */
const FILE_NAME_BAD = /[<>:"/\\|?*\u0000-\u001f]/gu;
/** Names Windows keeps for devices, whatever the extension. */
const RESERVED = /^(con|prn|aux|nul|com[1-9]|lpt[1-9])(\..*)?$/iu;
/** The longest file name written, its extension included. */
export const MAX_FILE_NAME = 100;
const EXTENSION = ".xlsx";

/**
 * A file name for the unit's return, unique (ignoring case and width, as Windows and clerks compare them) among
 * `taken`, to which it is added: Windows' forbidden characters as "_", no leading dot or trailing dot or space, no
 * device name, at most MAX_FILE_NAME characters; a name taken gets (2), (3)….
 */
export function uniqueFileName(unit: string, taken: Set<string>): string {
  let stem = unit
    .replace(/\s+/gu, " ")
    .replace(FILE_NAME_BAD, "_")
    .trim()
    .replace(/^\.+/u, "")
    .replace(/[. ]+$/u, "");
  if (stem === "" || RESERVED.test(stem)) stem = `_${stem}`;
  for (let n = 1; ; n++) {
    const suffix = n === 1 ? "" : `(${n})`;
    const room = MAX_FILE_NAME - EXTENSION.length - suffix.length;
    const cut = stem.slice(0, safeCut(stem, room)).replace(/[. ]+$/u, "");
    const name = `${cut}${suffix}${EXTENSION}`;
    const key = foldText(name).toLowerCase();
    if (!taken.has(key)) {
      taken.add(key);
      return name;
    }
  }
}
