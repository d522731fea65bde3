/**
 * Other places' sheets against their readings (test/fixtures/places/SCHEMA.md): every line a careful reader
 * wrote before the tool ran, checked against what the engine reads. Used by corpus.test.ts (which asserts them)
 * and by `npm run corpus` (which prints the table of places in test/fixtures/places/README.md).
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { columnLetter, type SheetGrid } from "../../src/engine/grid";
import { lagOfSheet } from "../../src/engine/pipeline/sheetLag";
import { recognizeSheet, type RecognizedTable } from "../../src/engine/recognize";
import { defaultVocabulary } from "../../src/engine/status/vocabulary";
import { extractTargets } from "../../src/engine/targets";
import { taskRecords, taskTargetText, type TaskRecord } from "../../src/engine/tasks";
import { foldText } from "../../src/engine/text";
import { openWorkbookFile } from "../../src/host/files";

export const PLACES = path.join(__dirname, "..", "fixtures", "places");

export interface ReadingTarget {
  metric: string;
  verb: string;
  value: string;
  unit: string;
  qualifier: string;
  raw: string;
}

export interface ReadingTask {
  seq: string;
  rows: number[];
  units: string[];
  co: string[];
  leaders: string[];
  lagging: boolean | "unsure" | null;
  done: boolean;
  why: string;
  targets: ReadingTarget[];
}

export interface ReadingTable {
  titleRows: number[];
  headerRow: number;
  lastRow: number;
  columns: Record<string, string>;
  others: Record<string, string>;
  sectionRows: number[];
  noteRows: number[];
  tasks: ReadingTask[];
}

export interface Reading {
  id: string;
  place: { name: string; province: string; level: string; parent?: string };
  year: number;
  kind: string;
  source: { url: string | null; title: string; published?: string | null; publisher?: string };
  kept: string;
  reading: string;
  merges: string[];
  asOf: string | null;
  asOfFrom: string;
  tables: ReadingTable[];
}

export function readings(): Reading[] {
  return fs
    .readdirSync(PLACES)
    .filter((name) => name.endsWith(".reading.json"))
    .sort()
    .map((name) => JSON.parse(fs.readFileSync(path.join(PLACES, name), "utf8")) as Reading);
}

/** The sheet as a clerk opens it: the .xlsx with its merges where the table has them, else the CSV. */
export async function readingSheet(reading: Reading): Promise<{ file: string; grid: SheetGrid }> {
  const xlsx = path.join(PLACES, `${reading.id}.xlsx`);
  const file = fs.existsSync(xlsx) ? xlsx : path.join(PLACES, `${reading.id}.csv`);
  const book = await openWorkbookFile(file);
  const [name] = await book.sheetNames();
  return { file, grid: await book.readSheet(name) };
}

/** One line of a reading, as read by the tool. */
export interface Check {
  aspect: "tables" | "header" | "columns" | "rows" | "units" | "co" | "leaders" | "asOf" | "lag" | "done" | "targets";
  /** What the line is about: "table 1", "序号 3 (row 5)". */
  item: string;
  expected: unknown;
  actual: unknown;
  ok: boolean;
}

/** The roles SCHEMA.md names; the readers had no other words for a column. */
const SCHEMA_ROLES = new Set(["seq", "task", "content", "units", "coUnits", "leader", "target", "done", "rate", "progress", "status", "deadline", "note"]);

/** A name as compared: folded, without the marks some places put before the lead unit (★区发改委, *区发改局). */
export const comparableName = (name: string) => foldText(name).replace(/^[★☆*※]+/u, "");

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/** Every line of a reading checked against the engine. */
export async function checkReading(reading: Reading): Promise<Check[]> {
  // The sheet under a neutral name: the tool must read the sheet, not our file names (the IDs carry place,
  // year and period in pinyin).
  const { grid: named } = await readingSheet(reading);
  const grid: SheetGrid = { ...named, name: "Sheet1" };
  const recognition = recognizeSheet(grid);
  const checks: Check[] = [];
  const check = (aspect: Check["aspect"], item: string, expected: unknown, actual: unknown, ok = JSON.stringify(expected) === JSON.stringify(actual)) =>
    checks.push({ aspect, item, expected, actual, ok });

  check("tables", "tables found", reading.tables.length, recognition.tables.length);
  const lag = lagOfSheet(grid, recognition, defaultVocabulary());
  const lagByRow = new Map(lag.lag.map((l) => [l.task.row, l.result]));
  reading.tables.forEach((expected, t) => {
    const table: RecognizedTable | undefined = recognition.tables.find((candidate) => candidate.headerIndex + 1 === expected.headerRow);
    const label = `table ${t + 1}`;
    check("header", `${label} header row`, expected.headerRow, table ? table.headerIndex + 1 : null);
    if (!table) return;
    check("header", `${label} last row`, expected.lastRow, table.lastIndex + 1);
    check(
      "header",
      `${label} title rows`,
      expected.titleRows,
      table.rows.filter((r) => r.type === "title" && r.index < table.headerIndex).map((r) => r.index + 1),
    );
    const columns = Object.fromEntries(Object.entries(table.columns).map(([role, col]) => [role, columnLetter(col as number)]));
    for (const role of new Set([...Object.keys(expected.columns), ...Object.keys(columns)])) {
      // A role the schema has no name for (measure) can only have been written down under "others".
      const unnamed = !SCHEMA_ROLES.has(role) && columns[role] !== undefined && expected.others[columns[role]] !== undefined;
      check("columns", `${label} ${role}`, expected.columns[role] ?? (unnamed ? columns[role] : null), columns[role] ?? null);
    }
    check(
      "rows",
      `${label} section rows`,
      expected.sectionRows,
      table.rows.filter((r) => r.type === "section").map((r) => r.index + 1),
    );
    check(
      "rows",
      `${label} note rows`,
      expected.noteRows,
      table.rows.filter((r) => r.type === "note").map((r) => r.index + 1),
    );
    const records = taskRecords(grid, { ...recognition, tables: [table] });
    check(
      "rows",
      `${label} tasks (first row of each)`,
      expected.tasks.map((task) => task.rows[0]),
      records.map((record) => record.row),
    );
    for (const task of expected.tasks) {
      const record: TaskRecord | undefined = records.find((r) => r.row === task.rows[0]);
      const item = `序号 ${task.seq} (row ${task.rows[0]})`;
      check("rows", `${item} rows`, task.rows, record ? record.lines.map((line) => line.row) : null);
      if (!record) continue;
      check("units", item, task.units.map(comparableName), record.units.map(comparableName));
      check("co", item, task.co.map(comparableName), record.coUnits.map(comparableName));
      const leaders = record.lines.flatMap((line) => line.leaders).map(comparableName);
      check("leaders", item, task.leaders.map(comparableName), [...new Set(leaders)]);
      const result = lagByRow.get(record.row);
      if (task.lagging === true || task.lagging === false) {
        const flagged = result !== undefined && (result.flag === "red" || result.flag === "yellow");
        check(
          "lag",
          item,
          task.lagging ? `lagging: ${task.why}` : "not lagging",
          result ? `${result.flag} ${result.category}` : "no lag result",
          flagged === task.lagging,
        );
      }
      if (task.done) check("done", item, "done", result?.category ?? "no lag result", result?.category === "done");
      const found = extractTargets(taskTargetText(record));
      for (const target of task.targets) {
        const hit = found.find((f) => sameTargetValue(f.value, f.valueLow, target.value) && foldText(f.unit) === foldText(target.unit));
        check(
          "targets",
          `${item} ${target.raw}`,
          `${target.value} ${target.unit}`,
          hit ? `${hit.value} ${hit.unit} (${hit.raw})` : found.map((f) => `${f.value}${f.unit}`).join(" ") || "none",
          hit !== undefined,
        );
      }
    }
  });
  // A period whose year the sheet never writes is read as its month and day ("--06-30"), not as this year's.
  if (reading.asOf !== null && lag.asOf !== null)
    check("asOf", "as-of date", reading.asOf, lag.asOf.date ?? (lag.asOf.monthDay ? `--${lag.asOf.monthDay}` : null));
  else if (reading.asOf !== null) check("asOf", "as-of date", reading.asOf, "no progress table");
  return checks;
}

/** A reading's value ("5", "3.5", "1-2") against the engine's (a range has its low end apart). */
function sameTargetValue(value: number, low: number | undefined, written: string): boolean {
  const range = /^(\d+(?:\.\d+)?)\s*[-—~至]\s*(\d+(?:\.\d+)?)$/u.exec(written);
  if (range) return low !== undefined && Math.abs(low - Number(range[1])) < 1e-9 && Math.abs(value - Number(range[2])) < 1e-9;
  return Math.abs(value - Number(written)) < 1e-9;
}

export { sameList, columnLetter };
