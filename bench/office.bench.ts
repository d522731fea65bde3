/**
 * The Office adapter at 10,000 and 50,000 rows, on the Excel model (test/office/fakeExcel.ts), which
 * serialises each request as Office.js would send it: round trips per operation and the largest request
 * and response, against Excel on the web's 5 MB limit.
 */
import { builtinRegistry } from "../src/engine/units/registry";
import { defaultVocabulary } from "../src/engine/status/vocabulary";
import { planFixes, validateSheet } from "../src/engine/validate";
import { columnIndex } from "../src/engine/grid";
import { OfficeWorkbook } from "../src/host/office/officeWorkbook";
import { FakeExcel } from "../test/office/fakeExcel";
import type { Measurement } from "./measure";
import { fullAnalysis, yearPair } from "./workload";

const MB = 1024 * 1024;

async function operation(name: string, rows: number, excel: FakeExcel, run: () => Promise<unknown>): Promise<Measurement> {
  excel.syncs = [];
  const start = process.hrtime.bigint();
  await run();
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const largestRequest = Math.max(...excel.syncs.map((s) => s.requestBytes));
  const largestResponse = Math.max(...excel.syncs.map((s) => s.responseBytes));
  return {
    name: `${name}, ${rows.toLocaleString("en-US")} rows`,
    workload: "OfficeWorkbook on the Excel model; payloads are the JSON of what each request sends and receives",
    runs: 1,
    medianMs: ms,
    p95Ms: ms,
    heapMb: 0,
    goal: "every request and response < 5 MB; syncs split only at that limit",
    met: Math.max(largestRequest, largestResponse) < 5 * MB,
    extra: { syncs: excel.syncs.length, "largest request MB": (largestRequest / MB).toFixed(2), "largest response MB": (largestResponse / MB).toFixed(2) },
  };
}

export async function officeBenchmarks(): Promise<Measurement[]> {
  const measurements: Measurement[] = [];
  for (const rows of [10_000, 50_000]) {
    const { current, prior } = await yearPair(rows);
    const excel = new FakeExcel([current]);
    excel.install();
    const workbook = new OfficeWorkbook();
    measurements.push(await operation("read the sheet", rows, excel, () => workbook.readSheet(current.name)));
    const tabs = fullAnalysis(current, prior, builtinRegistry(), defaultVocabulary()).tabs;
    measurements.push(await operation(`write the ${tabs.length} summary tabs`, rows, excel, () => workbook.writeSheets(tabs)));
    const changes = planFixes(validateSheet(current));
    measurements.push(
      await operation(`apply ${changes.length.toLocaleString("en-US")} fixes`, rows, excel, () =>
        workbook.updateCells(current.name, changes.map((c) => ({ row: c.row - 1, col: columnIndex(c.column), value: c.after }))),
      ),
    );
    FakeExcel.uninstall();
  }
  return measurements;
}
