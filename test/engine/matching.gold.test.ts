import { goldRows } from "../fixtureSheets";
import type { SheetGrid } from "../../src/engine/grid";
import { CONFIDENCE_ORDER, matchTasks, nGrams, type MatchConfidence, type MatchDoc, type TaskMatch } from "../../src/engine/matching";
import { extractTargets } from "../../src/engine/targets";
import { taskRecords } from "../../src/engine/tasks";
import { builtinRegistry } from "../../src/engine/units/registry";
import { openWorkbookFile } from "../../src/host/files";
import { fixture } from "../cli/runCli";

async function docs(name: string): Promise<MatchDoc[]> {
  const workbook = await openWorkbookFile(fixture(name));
  const grid: SheetGrid = await workbook.readSheet((await workbook.sheetNames())[0]);
  return taskRecords(grid).map((t) => ({ key: `${t.row}`, seq: t.seq, text: t.text, units: t.units }));
}

const gold = goldRows;

/** Top-1 accuracy as the scorer counts it: low-confidence rows left out, "-" right when both say none. */
function accuracy(predict: (seq: string) => string, rows: Record<string, string>[], idColumn: string): { right: number; total: number; misses: string[] } {
  let right = 0;
  let total = 0;
  const misses: string[] = [];
  for (const row of rows) {
    if (row.confidence === "low") continue;
    total++;
    const predicted = predict(row[idColumn]);
    if (row.id2021.split(";").includes(predicted)) right++;
    else misses.push(`${row[idColumn]}: gold ${row.id2021}, got ${predicted}`);
  }
  return { right, total, misses };
}

const top = (matches: TaskMatch[]) => (seq: string) => matches.find((m) => m.seq === seq)?.prior[0]?.seq ?? "-";

/** The plain baseline the issue names: character-bigram Jaccard, best prior always taken. */
function bigramJaccard(current: MatchDoc[], prior: MatchDoc[]) {
  const grams = (text: string) => new Set([...nGrams(text).keys()].filter((g) => g.length === 2));
  const priorGrams = prior.map((p) => grams(p.text));
  return (seq: string) => {
    const doc = current.find((c) => c.seq === seq);
    if (!doc) return "-";
    const g = grams(doc.text);
    let best = -1;
    let bestSeq = "-";
    priorGrams.forEach((pg, i) => {
      const shared = [...g].filter((x) => pg.has(x)).length;
      const score = shared / (g.size + pg.size - shared || 1);
      if (score > best) [best, bestSeq] = [score, prior[i].seq];
    });
    return bestSeq;
  };
}

describe("matchTasks on the development gold", () => {
  const registry = builtinRegistry();
  const options = { canonicalUnit: (name: string) => registry.canonical(name), targetsOf: extractTargets };

  it("puts the right 2021 task (or none) beside 2024 tasks 1–58: ≥ 0.90 top-1, better than bigram Jaccard", async () => {
    const [current, prior] = [await docs("2024_责任分解.xlsx"), await docs("2021_责任分解.xlsx")];
    const rows = gold("match_2024_to_2021.dev.tsv");
    const ours = accuracy(top(matchTasks(current, prior, options)), rows, "id2024");
    const baseline = accuracy(bigramJaccard(current, prior), rows, "id2024");
    if (ours.right / ours.total < 0.9) console.log(ours.misses.join("\n"));
    expect(ours.right / ours.total).toBeGreaterThanOrEqual(0.9);
    expect(ours.right).toBeGreaterThan(baseline.right);
  });

  it("puts every row of the 2021 H1 report beside its task in the 2021 breakdown: ≥ 0.99", async () => {
    const [current, prior] = [await docs("2021_上半年执行情况.xlsx"), await docs("2021_责任分解.xlsx")];
    const ours = accuracy(top(matchTasks(current, prior, options)), gold("match_2021h1_to_2021.tsv"), "id_h1");
    if (ours.right / ours.total < 0.99) console.log(ours.misses.join("\n"));
    expect(ours.right / ours.total).toBeGreaterThanOrEqual(0.99);
  });

  it("keeps the promise of each confidence level on the golds: 确定 right ≥ 95%, and 确定 ≥ 较可能 ≥ 仅供参考", async () => {
    const d2021 = await docs("2021_责任分解.xlsx");
    const pairs: [MatchDoc[], Record<string, string>[], string][] = [
      [await docs("2024_责任分解.xlsx"), gold("match_2024_to_2021.dev.tsv"), "id2024"],
      [await docs("2021_上半年执行情况.xlsx"), gold("match_2021h1_to_2021.tsv"), "id_h1"],
    ];
    const levels = Object.fromEntries(CONFIDENCE_ORDER.map((l) => [l, { right: 0, total: 0 }])) as Record<MatchConfidence, { right: number; total: number }>;
    let devCertain = { right: 0, total: 0 };
    for (const [current, rows, idColumn] of pairs) {
      const matches = new Map(matchTasks(current, d2021, options).map((m) => [m.seq, m]));
      for (const row of rows) {
        if (row.confidence === "low") continue;
        for (const candidate of matches.get(row[idColumn])?.prior ?? []) {
          const right = row.id2021.split(";").includes(candidate.seq) ? 1 : 0;
          levels[candidate.confidence].total++;
          levels[candidate.confidence].right += right;
          if (idColumn === "id2024" && candidate.confidence === "certain") devCertain = { right: devCertain.right + right, total: devCertain.total + 1 };
        }
      }
    }
    const share = (t: { right: number; total: number }) => t.right / t.total;
    // Every level is used, or the comparisons below say nothing.
    for (const level of CONFIDENCE_ORDER) expect(levels[level].total).toBeGreaterThan(0);
    expect(share(levels.certain)).toBeGreaterThanOrEqual(0.95);
    expect(share(devCertain)).toBeGreaterThanOrEqual(0.95);
    expect(share(levels.certain)).toBeGreaterThanOrEqual(share(levels.likely));
    expect(share(levels.likely)).toBeGreaterThan(share(levels.tentative));
  });

  it("keeps the several 2021 tasks that one 2024 task carries (2024 #14 ← 2021 #15, #16, #17)", async () => {
    const matches = matchTasks(await docs("2024_责任分解.xlsx"), await docs("2021_责任分解.xlsx"), options);
    expect(
      matches
        .find((m) => m.seq === "14")
        ?.prior.map((p) => p.seq)
        .sort(),
    ).toEqual(["15", "16", "17"]);
  });
});
