/**
 * The merge on other places' reports (test/fixtures/places): each sheet with units and a progress or status column
 * is sent out as one return per unit, filled by the lead units with the sheet's own cells, and merged back into
 * the sheet with those cells emptied. Emptied, a sheet's columns are told from their headers alone (柯桥's
 * 目标完成情况 reads as progress beside an empty 进展情况、存在问题及下一步打算): the return's header words find the
 * master's column.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { cellAddress, type SheetGrid } from "../../src/engine/grid";
import { recognizeSheet } from "../../src/engine/recognize";
import { workbookRegistries } from "../../src/engine/settings/registries";
import { applyChanges } from "../../src/engine/validate";
import { planMerge } from "../../src/engine/cycle/merge";
import { FIXTURES, fixtureSheets } from "../fixtureSheets";
import { unitReturns } from "./unitReturns";

jest.setTimeout(60_000);

/** Each place's sheet once: its .xlsx (with the merged cells) where there is one, else its .csv. */
function placeFiles(): string[] {
  const dir = path.join(FIXTURES, "places");
  const ids = [...new Set(fs.readdirSync(dir).flatMap((f) => /^(.*)\.(csv|xlsx)$/u.exec(f)?.[1] ?? []))].sort();
  return ids.map((id) => (fs.existsSync(path.join(dir, `${id}.xlsx`)) ? `${id}.xlsx` : `${id}.csv`));
}

/** The cells where the merged sheet differs from the published one. */
async function roundTrip(file: string): Promise<string[] | null> {
  const [original] = await fixtureSheets(`places/${file}`);
  const table = recognizeSheet(original).tables[0];
  const [progress, status] = [table?.columns.progress, table?.columns.status];
  if (!table || (table.columns.units === undefined && table.columns.coUnits === undefined) || (progress === undefined && status === undefined)) return null;
  const { registry } = workbookRegistries([original], { fileName: file });
  const cell = (row: number, col: number | undefined) => (col === undefined ? null : (original.values[row - 1]?.[col] ?? null));
  const returns = unitReturns(original, registry, "2025-06-30").map((r) => {
    const values = r.grid.values.map((line) => [...line]);
    r.rows.forEach((row, i) => {
      if (row.duty === "牵头") [values[i + 2][5], values[i + 2][6]] = [cell(row.masterRow, progress), cell(row.masterRow, status)];
    });
    return { file: `${r.unit}.xlsx`, grid: { ...r.grid, values } };
  });
  const lines = new Set(table.rows.filter((r) => r.type === "task" || r.type === "continuation").map((r) => r.index));
  const emptied: SheetGrid = {
    ...original,
    values: original.values.map((line, r) => (lines.has(r) ? line.map((v, c) => (c === progress || c === status ? null : v)) : line)),
  };
  const merged = applyChanges(emptied, planMerge(emptied, returns, { registry }).changes);
  const differ: string[] = [];
  original.values.forEach((line, r) => line.forEach((v, c) => (merged.values[r]?.[c] ?? null) !== (v ?? null) && differ.push(cellAddress(r, c))));
  return differ;
}

it("gives every place's report back cell for cell", async () => {
  const results: Record<string, string[]> = {};
  for (const file of placeFiles()) {
    const differ = await roundTrip(file);
    if (differ !== null) results[file] = differ;
  }
  const expected = Object.fromEntries(Object.keys(results).map((file) => [file, [] as string[]]));
  // 市中区 writes each unit's progress in a row of its own under the task (the task merged over both rows):
  // emptied, such a row holds nothing but merged cells, is no line of the sheet, and its unit's row is unmatched.
  expected["jinanshizhong-2019-zhongdian-q2.xlsx"] = ["C5", "C7"];
  expect(results).toEqual(expected);
  expect(Object.keys(results).length).toBeGreaterThanOrEqual(20);
});
