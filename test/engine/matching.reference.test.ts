import * as path from "node:path";
import { scaledSheet } from "../../bench/workload";
import { matchTasks, type MatchDoc, type MatchOptions } from "../../src/engine/matching";
import { referenceMatches } from "../../src/engine/matching/score";
import { extractTargets } from "../../src/engine/targets";
import { taskRecords } from "../../src/engine/tasks";
import { builtinRegistry } from "../../src/engine/units/registry";
import { openWorkbookFile } from "../../src/host/files";

const FIXTURES = path.join(__dirname, "..", "fixtures");

/** The tasks of a fixture's first sheet, or `rows` tasks recombined from its clauses (bench/workload.ts). */
async function docs(file: string, rows?: { count: number; seed: number }): Promise<MatchDoc[]> {
  const workbook = await openWorkbookFile(path.join(FIXTURES, file));
  const sheet = await workbook.readSheet((await workbook.sheetNames())[0]);
  const grid = rows ? scaledSheet(sheet, rows.count, file, rows.seed) : sheet;
  return taskRecords(grid).map((t) => ({ key: String(t.row), seq: t.seq, text: t.text, units: t.units }));
}

const registry = builtinRegistry();
const options: MatchOptions = { canonicalUnit: (name) => registry.canonical(name), targetsOf: extractTargets, phrases: false };

/*
 * score.ts is the specification: a readable scorer that reads every prior task. matchTasks must give exactly
 * its kept priors, scores, levels and evidence (the shared phrases aside, which are not part of the score).
 */
describe("matchTasks gives what the readable reference scorer gives", () => {
  it.each([
    ["2024 → 2021", "2024_责任分解.xlsx", "2021_责任分解.xlsx"],
    ["H1 2021 → 2021", "2021_上半年执行情况.xlsx", "2021_责任分解.xlsx"],
  ])("on the gold sheets, %s", async (_, currentFile, priorFile) => {
    const [current, prior] = [await docs(currentFile), await docs(priorFile)];
    const fast = matchTasks(current, prior, options);
    expect(fast.filter((m) => m.prior.length > 0).length).toBeGreaterThan(current.length / 2);
    expect(fast).toEqual(referenceMatches(current, prior, options));
  });

  it("on the gold sheets with other models: every candidate kept, topics on, no threshold", async () => {
    const [current, prior] = [await docs("2024_责任分解.xlsx"), await docs("2021_责任分解.xlsx")];
    for (const model of [{ topicBonus: 0.06 }, { boilerplateWeight: 0.1, trigramWeight: 1.5, leadBonus: 0.12, metricConflictShare: 0.2 }]) {
      const wide = { ...options, model, threshold: 0, companionShare: 0, maxPriors: 12 };
      expect(matchTasks(current, prior, wide)).toEqual(referenceMatches(current, prior, wide));
    }
  });

  it("on 300 generated tasks a side (bench/workload.ts)", async () => {
    const current = await docs("2021_上半年执行情况.xlsx", { count: 300, seed: 7 });
    const prior = await docs("2021_责任分解.xlsx", { count: 300, seed: 11 });
    expect(matchTasks(current, prior, options)).toEqual(referenceMatches(current, prior, options));
  });
});
