import * as path from "node:path";
import type { CellValue, SheetGrid } from "../src/engine/grid";
import { applyChanges, planFixes, validateSheet } from "../src/engine/validate";
import { openWorkbookFile } from "../src/host/files";
import { measure, type Measurement } from "./measure";

/**
 * A 10,000-row progress report made of the real 2021 H1 rows, repeated and renumbered, so the text, the unit
 * lists and their defects are those clerks really type.
 */
export async function largeProgressSheet(rows: number): Promise<SheetGrid> {
  const workbook = await openWorkbookFile(path.join(__dirname, "..", "..", "test", "fixtures", "2021_上半年执行情况.xlsx"));
  return repeatedSheet(await workbook.readSheet((await workbook.sheetNames())[0]), rows);
}

/** `rows` data rows: the source's own (below its title and header) over and over, 序号 numbered afresh. */
export function repeatedSheet(source: SheetGrid, rows: number): SheetGrid {
  const [title, header, ...body] = source.values;
  const values: CellValue[][] = [title, header];
  let seq = 0;
  while (values.length < rows + 2) {
    for (const line of body) {
      if (values.length >= rows + 2) break;
      const copy = [...line];
      if (copy[0] !== null && copy[0] !== "") copy[0] = ++seq;
      values.push(copy);
    }
  }
  return { name: "bench", values, merges: [] };
}

export async function validateBenchmarks(): Promise<Measurement[]> {
  const grid = await largeProgressSheet(10_000);
  const issues = validateSheet(grid);
  const result = measure(
    "validate",
    "validateSheet on a 10,000-row progress report (5 columns, real H1 rows repeated), recognition included",
    () => validateSheet(grid),
    { runs: 15 },
  );
  const fixes = measure("plan fixes", "planFixes over the issues of the same sheet", () => planFixes(issues));
  // The day-to-day case: the same sheet once its mechanical mistakes are fixed.
  const clean = applyChanges(grid, planFixes(issues));
  const cleanIssues = validateSheet(clean);
  const cleanResult = measure("validate (fixed copy)", "validateSheet on the same 10,000 rows after taizhang fix", () => validateSheet(clean), { runs: 15 });
  return [
    { ...result, goal: "< 100 ms median", met: result.medianMs < 100, extra: { issues: issues.length, "fixable cells": planFixes(issues).length } },
    { ...cleanResult, goal: "< 100 ms median", met: cleanResult.medianMs < 100, extra: { issues: cleanIssues.length } },
    { ...fixes, extra: { changes: planFixes(issues).length } },
  ];
}
