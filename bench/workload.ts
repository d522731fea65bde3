/**
 * Sheets of any size made from the real ones: the published rows in turn, each copy with its numbers
 * changed (so no two copies of a task read the same, as in a real large 台账), numbered afresh.
 */
import * as path from "node:path";
import ExcelJS from "exceljs";
import type { CellValue, SheetGrid } from "../src/engine/grid";
import { analyzeWorkbook, tasksOfSheets } from "../src/engine/pipeline";
import type { StatusVocabulary } from "../src/engine/status/vocabulary";
import type { UnitRegistry } from "../src/engine/units/registry";
import { openWorkbookFile } from "../src/host/files";

const FIXTURES = path.join(__dirname, "..", "..", "test", "fixtures");

async function firstSheet(file: string): Promise<SheetGrid> {
  const workbook = await openWorkbookFile(path.join(FIXTURES, file));
  return workbook.readSheet((await workbook.sheetNames())[0]);
}

/**
 * Numbers in [0, 1) from a seed, the same every run: mulberry32, whose 32-bit steps are exact in JavaScript.
 * (An LCG written as `(state * 1103515245 + 12345) % 2 ** 31` is not: the product passes 2^53, loses its low
 * bits, and the sequence fell into a cycle of about 10,000 numbers, so a 10,000-row sheet held only some
 * 1,100 distinct task texts.)
 */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

/**
 * `rows` data rows in the source's columns, each cell text a new recombination of 2–4 clauses of that
 * column across the source (with fresh numbers), so tasks are as varied as in a real large 台账 and not
 * copies of a hundred; every 20th row is a continuation line (empty 序号). Other cells (units, status)
 * come from a random source row.
 */
export function scaledSheet(source: SheetGrid, rows: number, name: string, seed: number): SheetGrid {
  const [title, header, ...body] = source.values;
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
  const width = header.length;
  // Columns of long text (task, progress) are recombined; the others are taken whole.
  const clauses = header.map((_, c) =>
    body.flatMap((line) => (typeof line[c] === "string" ? String(line[c]).split(/[，。；,;]/u) : [])).filter((part) => part.length >= 4),
  );
  const isText = header.map((_, c) => body.filter((line) => typeof line[c] === "string" && String(line[c]).length > 30).length > body.length / 3);
  const values: CellValue[][] = [title, header];
  let seq = 0;
  for (let r = 0; r < rows; r++) {
    const from = pick(body);
    const line: CellValue[] = Array.from({ length: width }, (_, c) => {
      if (!isText[c]) return from[c] ?? null;
      const parts = Array.from({ length: 2 + Math.floor(random() * 3) }, () => pick(clauses[c]));
      // Joined, not added: `a + b` makes a rope (a V8 cons string), which every scan walks more slowly, and a
      // grid read from a file or from Excel holds flat strings.
      return [parts.join("，").replace(/\d+(\.\d+)?/gu, () => String(Math.round(random() * 1000) / 10)), "。"].join("");
    });
    line[0] = r % 20 === 19 ? null : ++seq;
    values.push(line);
  }
  return { name, values, merges: [] };
}

/** A grid as a one-sheet .xlsx file, for the command line or the preview to read. */
export async function saveGrid(grid: SheetGrid, file: string, sheetName = grid.name): Promise<void> {
  const book = new ExcelJS.Workbook();
  book.addWorksheet(sheetName).addRows(grid.values.map((row) => row.map((v) => (v === null ? undefined : v))));
  await book.xlsx.writeFile(file);
}

/** This year's progress report (the 2021 H1 rows) and last year's breakdown (the 2021 rows), both `rows` long. */
export async function yearPair(rows: number): Promise<{ current: SheetGrid; prior: SheetGrid }> {
  const [h1, breakdown] = await Promise.all([firstSheet("2021_上半年执行情况.xlsx"), firstSheet("2021_责任分解.xlsx")]);
  return { current: scaledSheet(h1, rows, "执行情况", 7), prior: scaledSheet(breakdown, rows, "上年责任分解", 11) };
}

/** Everything the add-in does to a workbook: recognise, validate, match the prior year, lag, aggregate, tabs. */
export function fullAnalysis(current: SheetGrid, prior: SheetGrid, registry: UnitRegistry, vocabulary: StatusVocabulary) {
  return analyzeWorkbook([current], { registry, vocabulary, asOf: "2021-06-30", priorYear: [{ sheets: [current.name], prior: tasksOfSheets("", [prior]) }] });
}
