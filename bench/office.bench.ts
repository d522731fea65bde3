/**
 * The Office adapter at 10,000 and 50,000 rows, on the Excel model (test/office/fakeExcel.ts), which
 * serialises each request as Office.js would send it: round trips per operation and the largest request
 * and response, against Excel on the web's 5 MB limit.
 */
import { builtinRegistry } from "../src/engine/units/registry";
import { defaultVocabulary } from "../src/engine/status/vocabulary";
import { planFixes, validateSheet, type CellChange } from "../src/engine/validate";
import { applyChanges, revertLastBatch } from "../src/app/check";
import { columnIndex } from "../src/engine/grid";
import { OfficeWorkbook } from "../src/host/office/officeWorkbook";
import { FakeExcel } from "../test/office/fakeExcel";
import type { Measurement } from "./measure";
import { fullAnalysis, yearPair } from "./workload";

const MB = 1024 * 1024;

/** Excel on the web's request and response limit, which the adapter's batches stay under. */
const PAYLOAD_LIMIT = 5 * MB;

/**
 * Issue 7's goal for one port operation: what fits under the payload limit goes in at most 2 syncs (read or
 * write); what does not is split, and every request and response stays under the limit.
 */
function judge(direction: "read" | "write", syncs: readonly { requestBytes: number; responseBytes: number }[]) {
  const moved = syncs.reduce((sum, s) => sum + (direction === "read" ? s.responseBytes : s.requestBytes), 0);
  const largest = Math.max(...syncs.map((s) => Math.max(s.requestBytes, s.responseBytes)));
  const fits = moved < PAYLOAD_LIMIT;
  return { moved, largest, fits, met: largest < PAYLOAD_LIMIT && (!fits || syncs.length <= 2) };
}

const GOAL = "≤ 2 syncs when what is read or written fits under 5 MB; past it, every request and response < 5 MB";

/** One port operation or workflow timed on a fresh record of syncs. */
async function timedSyncs(excel: FakeExcel, run: () => Promise<unknown>) {
  excel.syncs = [];
  const start = process.hrtime.bigint();
  await run();
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, syncs: excel.syncs };
}

/** A row of the Office table: one run, its time, whether the payload goal was met, syncs first in the notes. */
function officeRow(name: string, rows: number, workload: string, ms: number, goal: string, met: boolean, extra: Record<string, string | number>): Measurement {
  return { name: `${name}, ${rows.toLocaleString("en-US")} rows`, workload, runs: 1, medianMs: ms, p95Ms: ms, heapMb: 0, goal, met, extra };
}

const megabytes = (bytes: number) => (bytes / MB).toFixed(2);

async function operation(name: string, rows: number, direction: "read" | "write", excel: FakeExcel, run: () => Promise<unknown>): Promise<Measurement> {
  const { ms, syncs } = await timedSyncs(excel, run);
  const verdict = judge(direction, syncs);
  return officeRow(name, rows, "OfficeWorkbook on the Excel model; payloads are the JSON of what each request sends and receives", ms, GOAL, verdict.met, {
    syncs: syncs.length,
    [`MB ${direction === "read" ? "read" : "written"} in all`]: megabytes(verdict.moved),
    "largest request MB": megabytes(Math.max(...syncs.map((s) => s.requestBytes))),
    "largest response MB": megabytes(Math.max(...syncs.map((s) => s.responseBytes))),
  });
}

/**
 * The pane's 撤销 (revert) after its 修复 (apply), as the clerk runs them (src/app/check.ts): several
 * port operations each; reported per workflow, every request and response judged against the limit, and
 * the sheet after the revert compared with the sheet before the fixes.
 */
async function fixThenRevert(rows: number, excel: FakeExcel, workbook: OfficeWorkbook, sheet: string, changes: readonly CellChange[]): Promise<Measurement[]> {
  const before = await workbook.readSheet(sheet);
  const workflow = async (name: string, run: () => Promise<unknown>) => {
    const { ms, syncs } = await timedSyncs(excel, run);
    const largest = Math.max(...syncs.map((s) => Math.max(s.requestBytes, s.responseBytes)));
    const workload = "the pane's workflow (fix journal, cell writes, re-read) through OfficeWorkbook on the Excel model";
    return officeRow(name, rows, workload, ms, "every request and response < 5 MB", largest < PAYLOAD_LIMIT, {
      syncs: syncs.length,
      "largest payload MB": megabytes(largest),
    });
  };
  const apply = await workflow(`修复 apply ${changes.length.toLocaleString("en-US")} fixes with their journal`, () => applyChanges(workbook, changes));
  let restored = 0;
  const revert = await workflow("撤销 revert them", async () => {
    restored = (await revertLastBatch(workbook))?.restored ?? 0;
  });
  const after = await workbook.readSheet(sheet);
  const exact = JSON.stringify(after.values) === JSON.stringify(before.values);
  revert.extra = { ...revert.extra, restored, "sheet as before": exact ? "yes" : "NO" };
  revert.met = revert.met === true && exact;
  return [apply, revert];
}

export async function officeBenchmarks(): Promise<Measurement[]> {
  const measurements: Measurement[] = [];
  for (const rows of [10_000, 50_000]) {
    const { current, prior } = await yearPair(rows);
    const excel = new FakeExcel([current]);
    excel.install();
    const workbook = new OfficeWorkbook();
    measurements.push(await operation("read the sheet", rows, "read", excel, () => workbook.readSheet(current.name)));
    const tabs = fullAnalysis(current, prior, builtinRegistry(), defaultVocabulary()).tabs;
    measurements.push(await operation(`write the ${tabs.length} summary tabs`, rows, "write", excel, () => workbook.writeSheets(tabs)));
    const changes = planFixes(validateSheet(current));
    measurements.push(
      await operation(`apply ${changes.length.toLocaleString("en-US")} fixes`, rows, "write", excel, () =>
        workbook.updateCells(
          current.name,
          changes.map((c) => ({ row: c.row - 1, col: columnIndex(c.column), value: c.after })),
        ),
      ),
    );
    FakeExcel.uninstall();
    // A workbook of its own: the workflows start from the sheet as the clerk had it, before the fixes above.
    const fresh = new FakeExcel([current]);
    fresh.install();
    measurements.push(...(await fixThenRevert(rows, fresh, new OfficeWorkbook(), current.name, changes)));
    FakeExcel.uninstall();
  }
  return measurements;
}
