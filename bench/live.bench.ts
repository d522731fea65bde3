/**
 * The pane's check following the clerk's typing (issue 23), on the Excel model (test/office/fakeExcel.ts): a
 * whole check of a 10,000-row sheet against the check of one edit (checkEdit: the edited row read back, the rows
 * it touches checked again), side by side in one run — time and cells read from Excel.
 */
import type { CellValue } from "../src/engine/grid";
import { checkEdit, validateActiveSheet, type ValidationResult } from "../src/app/check";
import { OfficeWorkbook } from "../src/host/office/officeWorkbook";
import { FakeExcel } from "../test/office/fakeExcel";
import type { Measurement } from "./measure";
import { seededRandom, yearPair } from "./workload";

const ROWS = 10_000;
const FULL_RUNS = 7;
const EDITS = 40;

const median = (values: readonly number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function timed<T>(run: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const start = process.hrtime.bigint();
  const value = await run();
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, value };
}

export async function liveBenchmarks(): Promise<Measurement[]> {
  const { current } = await yearPair(ROWS);
  const excel = new FakeExcel([current]);
  excel.install();
  try {
    const workbook = new OfficeWorkbook();
    // The whole check, as 校验 runs it: the sheet read from Excel, the registries, every rule.
    await validateActiveSheet(workbook); // warm-up
    const full: number[] = [];
    let result: ValidationResult | undefined;
    let fullCells = 0;
    for (let i = 0; i < FULL_RUNS; i++) {
      excel.cellsRead = 0;
      const run = await timed(() => validateActiveSheet(workbook));
      full.push(run.ms);
      result = run.value;
      fullCells = excel.cellsRead;
    }
    if (result === undefined) throw new Error("no check");
    // Edits as a clerk makes them: a cell of a data row (below the 400 rows that settle the columns) given the text
    // of the same column on another row, each edit checked from the check before it.
    const table = result.repairable.options.recognition?.tables[0];
    const firstRow = (table?.headerEnd ?? 0) + 1;
    const columns = Object.values(table?.columns ?? {}).filter((c) => c !== (table?.columns.seq ?? -1));
    const random = seededRandom(23);
    const pick = (n: number) => Math.floor(random() * n);
    const times: number[] = [];
    const cells: number[] = [];
    let incremental = 0;
    for (let i = 0; i < EDITS; i++) {
      const row = firstRow + 400 + pick(current.values.length - firstRow - 400);
      const col = columns[pick(columns.length)];
      const value: CellValue = current.values[firstRow + pick(current.values.length - firstRow)][col] ?? null;
      let edited: { sheet: string; cells: readonly { top: number; left: number; bottom: number; right: number }[] | null | undefined } | undefined;
      const stop = await workbook.watchChanges((sheet, changed) => void (edited = { sheet, cells: changed }));
      await excel.userEdit(current.name, row, col, value);
      await stop();
      if (edited === undefined) throw new Error("the edit was not reported");
      const previous: ValidationResult = result;
      const report = edited;
      excel.cellsRead = 0;
      const run = await timed(() => checkEdit(workbook, previous, report.sheet, report.cells));
      times.push(run.ms);
      cells.push(excel.cellsRead);
      if (run.value.incremental) incremental++;
      result = run.value.result;
    }
    // The last edit's list against a whole check of the sheet as it now is.
    const same = JSON.stringify((await validateActiveSheet(workbook)).issues) === JSON.stringify(result.issues);
    const [fullMs, editMs] = [median(full), median(times)];
    const timeRatio = editMs / fullMs;
    const cellRatio = median(cells) / fullCells;
    const workload = `one cell of a data row of a ${ROWS.toLocaleString("en-US")}-row progress report (rows recombined from the 2021 H1 report) edited on the Excel model`;
    return [
      {
        name: "whole check (校验), 10,000 rows",
        workload: "validateActiveSheet through OfficeWorkbook on the Excel model: the sheet read, registries, every rule",
        runs: FULL_RUNS,
        medianMs: fullMs,
        p95Ms: Math.max(...full),
        heapMb: 0,
        extra: { "cells read": fullCells, issues: result.issues.length },
      },
      {
        name: "re-check of one edit ÷ whole check, 10,000 rows",
        workload: `${workload}, then checkEdit (the edited row read back, rows it touches checked again); median of ${EDITS} edits, each from the check before`,
        runs: EDITS,
        medianMs: editMs,
        p95Ms: Math.max(...times),
        heapMb: 0,
        goal: "≤ 0.1 of the time and ≤ 0.1 of the cells read, same issues",
        met: timeRatio <= 0.1 && cellRatio <= 0.1 && same,
        extra: {
          "time ratio": timeRatio.toFixed(3),
          "cells ratio": cellRatio.toFixed(4),
          "cells read": median(cells),
          "row by row": `${incremental}/${EDITS}`,
          "same issues as a whole check": same ? "yes" : "NO",
        },
      },
    ];
  } finally {
    FakeExcel.uninstall();
  }
}
