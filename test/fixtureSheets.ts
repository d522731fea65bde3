import * as fs from "node:fs";
import * as path from "node:path";
import type { SheetGrid } from "../src/engine/grid";
import { openWorkbookFile } from "../src/host/files";

/** Where the fixtures built from the published tables live (test/fixtures/README.md). */
export const FIXTURES = path.join(__dirname, "fixtures");

/**
 * Every spreadsheet fixture a clerk could open: the workbooks and CSVs of test/fixtures (odd encodings
 * included) and the one readable file of bad/. Read from the folder so that a new fixture is covered at once;
 * a function, not a constant, because the benchmarks import this module from a build folder without fixtures.
 */
export function spreadsheetFixtures(): string[] {
  const files = fs.readdirSync(FIXTURES).filter((name) => /\.(xlsx|csv)$/u.test(name));
  return [...files.sort(), "bad/mixed-line-endings.csv"];
}

/**
 * The fixture sheets on which validation offers no fix: the 2024 主要目标 indicator table (an .xlsx sheet,
 * the CSV, and a sheet of sample.xlsx), only indicator names and targets. The fix → revert tests check
 * that it stays so, and run the whole cycle on every other sheet.
 */
export const SHEETS_WITHOUT_FIXES: ReadonlySet<string> = new Set(["2024主要目标", "2024_主要目标"]);

/** Every sheet of a fixture workbook (.xlsx or .csv), read by the project's own file adapter. */
export async function fixtureSheets(file: string): Promise<SheetGrid[]> {
  const book = await openWorkbookFile(path.join(FIXTURES, file));
  return Promise.all((await book.sheetNames()).map((name) => book.readSheet(name)));
}

/** The rows of a gold TSV under test/fixtures/gold/ (or `fixtures`/gold/), each keyed by the header's column names. */
export function goldRows(name: string, fixtures: string = FIXTURES): Record<string, string>[] {
  const [header, ...rows] = fs
    .readFileSync(path.join(fixtures, "gold", name), "utf8")
    .split("\n")
    .filter((l) => l.trim() !== "")
    .map((l) => l.split("\t"));
  return rows.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ""])));
}
