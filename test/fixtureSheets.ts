import * as path from "node:path";
import type { SheetGrid } from "../src/engine/grid";
import { openWorkbookFile } from "../src/host/files";

/** Where the fixtures built from the published tables live (test/fixtures/README.md). */
export const FIXTURES = path.join(__dirname, "fixtures");

/** Every sheet of a fixture workbook (.xlsx or .csv), read by the project's own file adapter. */
export async function fixtureSheets(file: string): Promise<SheetGrid[]> {
  const book = await openWorkbookFile(path.join(FIXTURES, file));
  return Promise.all((await book.sheetNames()).map((name) => book.readSheet(name)));
}
