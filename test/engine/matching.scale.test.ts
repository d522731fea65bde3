import * as path from "node:path";
import { scaledSheet } from "../../bench/workload";
import { matchTasks, type MatchDoc } from "../../src/engine/matching";
import { targetMemo } from "../../src/engine/targets";
import { taskRecords } from "../../src/engine/tasks";
import { builtinRegistry } from "../../src/engine/units/registry";
import { openWorkbookFile } from "../../src/host/files";

const FIXTURES = path.join(__dirname, "..", "fixtures");

async function generatedDocs(file: string, rows: number, seed: number): Promise<MatchDoc[]> {
  const workbook = await openWorkbookFile(path.join(FIXTURES, file));
  const grid = scaledSheet(await workbook.readSheet((await workbook.sheetNames())[0]), rows, file, seed);
  return taskRecords(grid).map((t) => ({ key: String(t.row), seq: t.seq, text: t.text, units: t.units }));
}

/** The best score each current task gets from the bounded search and from reading every posting. */
async function boundedAgainstExhaustive(rows: number): Promise<{ equal: number; ratio: number }> {
  const current = await generatedDocs("2021_上半年执行情况.xlsx", rows, 7);
  const prior = await generatedDocs("2021_责任分解.xlsx", rows, 11);
  const registry = builtinRegistry();
  const options = { canonicalUnit: (n: string) => registry.canonical(n), targetsOf: targetMemo() };
  const bounded = matchTasks(current, prior, options);
  const exhaustive = matchTasks(current, prior, { ...options, candidatePostings: Infinity });
  const best = (m: (typeof bounded)[number]) => m.prior[0]?.score ?? 0;
  const scored = exhaustive.map((m, i) => ({ exact: best(m), found: best(bounded[i]) })).filter((s) => s.exact > 0);
  expect(scored.length).toBeGreaterThan(rows * 0.9);
  return {
    equal: scored.filter((s) => Math.abs(s.found - s.exact) < 0.0015).length / scored.length,
    ratio: scored.reduce((sum, s) => sum + s.found / s.exact, 0) / scored.length,
  };
}

/*
 * At scale the matcher reads a bounded number of postings per task, so it can miss the best prior task that
 * reading every posting finds. The tasks here are recombined from the real 2021 rows: each clause is shared
 * by many tasks, as in a large 台账, which is where a bound bites. Measured on 2026-12-02, once the generator
 * made as many distinct tasks as rows (bench/workload.ts): at 2,000 a side the same best score for 95.6% of
 * tasks (mean share of the best score 0.994), at 5,000 for 76.6% (0.959). See docs/decisions/matching.md.
 */
test("the bounded candidate search finds nearly the match an exhaustive search finds, 2,000 tasks a side", async () => {
  const { equal, ratio } = await boundedAgainstExhaustive(2000);
  expect(equal).toBeGreaterThan(0.95);
  expect(ratio).toBeGreaterThan(0.99);
});

test("spread over the task's phrases, the bound still finds most best matches at 5,000 tasks a side", async () => {
  const { equal, ratio } = await boundedAgainstExhaustive(5000);
  expect(equal).toBeGreaterThan(0.73);
  expect(ratio).toBeGreaterThan(0.945);
});
