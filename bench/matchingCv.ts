/**
 * Cross-validation of the matcher's constants and confidence levels (issue 20): `npm run bench` writes its
 * table to BENCHMARKS.md; `node build-bench/bench/run.js --only cross-validated` prints it alone.
 *
 * Procedure. The gold tasks (2024→2021 tasks 1–58 without the low-confidence rows; every row of H1→2021) are
 * dealt into k = 5 folds, each group on its own (seeded shuffle). Every point of the grid below is matched
 * once over the whole sheets (matching is unsupervised: the gold only judges); then, per fold, the point with
 * the most right top-1 answers on the other four folds of both groups is chosen (ties: the best plateau,
 * see bestPoint), then the companion share and the confidence cut-offs on the same training tasks, and all
 * three are judged on the held-out fold. The defaults (model.ts, confidence.ts) are the same choices made on
 * all the gold tasks ("in-sample"). Other places' two-year pairs are never tuned on: an outside check.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import type { SheetGrid } from "../src/engine/grid";
import { matchTasks, SCORING_MODEL, type MatchDoc, type ScoringModel } from "../src/engine/matching";
import { CONFIDENCE_CUTS, CONFIDENCE_ORDER, matchConfidence, type ConfidenceCuts, type MatchConfidence } from "../src/engine/matching/confidence";
import { extractTargets } from "../src/engine/targets";
import { taskRecords } from "../src/engine/tasks";
import { builtinRegistry } from "../src/engine/units/registry";
import { openWorkbookFile } from "../src/host/files";
import { goldRows } from "../test/fixtureSheets";
import { bestPoint, foldsOf, gridPoints, valuesAt, type Grid } from "./crossValidation";

const FIXTURES = path.join(__dirname, "..", "..", "test", "fixtures");
const K = 5;
const SEED = 20;

/** The constants searched (threshold and companion share are applied to the scored candidates afterwards). */
export const MODEL_GRID = {
  boilerplateWeight: [0.1, 0.25, 0.5],
  trigramWeight: [1, 1.2, 1.5],
  minTextSimilarity: [0.02, 0.03, 0.05],
  leadBonus: [0.03, 0.06, 0.09, 0.12],
  sharedUnitsBonus: [0, 0.03, 0.06, 0.09],
  metricBonus: [0.04, 0.08, 0.12],
  metricConflictShare: [0.2, 0.4, 0.6],
  topicBonus: [0, 0.03, 0.06],
} satisfies Partial<Grid<keyof ScoringModel>>;
type ModelKey = keyof typeof MODEL_GRID;
export const THRESHOLDS = [0.1, 0.12, 0.14, 0.16, 0.18, 0.2];
export const COMPANION_SHARES = [0.5, 0.65, 0.8, 1];
export const CONFIDENCE_GRID = {
  certain: [0.25, 0.3, 0.35, 0.4, 0.45, 0.5],
  certainMargin: [0, 0.05, 0.1, 0.15],
  supportedShare: [0.7, 0.8, 0.9, 1],
  likely: [0.16, 0.18, 0.2, 0.22, 0.24, 0.26, 0.28, 0.3],
  likelyBest: [0, 0.16, 0.18, 0.2, 0.22, 0.24],
};
/** What the levels promise, and what the cut-offs are chosen to keep on the training folds (a margin above 0.95). */
const CERTAIN_PROMISE = 0.95;
const CERTAIN_TRAINING = 0.97;

interface Pair {
  name: string;
  current: MatchDoc[];
  prior: MatchDoc[];
  /** Per current 序号 judged (low-confidence rows left out): the right prior 序号, or ["-"]. */
  gold: Map<string, string[]>;
}

async function sheetDocs(file: string): Promise<MatchDoc[]> {
  const workbook = await openWorkbookFile(file);
  const grid: SheetGrid = await workbook.readSheet((await workbook.sheetNames())[0]);
  return taskRecords(grid).map((t) => ({ key: `${t.row}`, seq: t.seq, text: t.text, units: t.units }));
}

function goldOf(rows: Record<string, string>[], current: string, prior: string): Map<string, string[]> {
  return new Map(rows.filter((r) => r.confidence !== "low").map((r) => [r[current], r[prior].split(";")]));
}

async function goldPairs(): Promise<{ dev: Pair; h1: Pair; places: Pair[] }> {
  const d2021 = await sheetDocs(path.join(FIXTURES, "2021_责任分解.xlsx"));
  const dev = {
    name: "2024→2021",
    current: await sheetDocs(path.join(FIXTURES, "2024_责任分解.xlsx")),
    prior: d2021,
    gold: goldOf(goldRows("match_2024_to_2021.dev.tsv", FIXTURES), "id2024", "id2021"),
  };
  const h1 = {
    name: "H1→2021",
    current: await sheetDocs(path.join(FIXTURES, "2021_上半年执行情况.xlsx")),
    prior: d2021,
    gold: goldOf(goldRows("match_2021h1_to_2021.tsv", FIXTURES), "id_h1", "id2021"),
  };
  const places: Pair[] = [];
  const placesDir = path.join(FIXTURES, "places");
  const sheet = (id: string) => path.join(placesDir, fs.existsSync(path.join(placesDir, `${id}.xlsx`)) ? `${id}.xlsx` : `${id}.csv`);
  for (const file of fs
    .readdirSync(path.join(placesDir, "gold"))
    .filter((f) => f.endsWith(".tsv"))
    .sort()) {
    const [currentId, priorId] = file.replace(/\.tsv$/u, "").split("__");
    const rows = goldRows(file, placesDir);
    places.push({
      name: `${currentId} → ${priorId}`,
      current: await sheetDocs(sheet(currentId)),
      prior: await sheetDocs(sheet(priorId)),
      gold: goldOf(rows, "seq_current", "seq_prior"),
    });
  }
  return { dev, h1, places };
}

/** One scored candidate of a gold task: its score, whether the gold lists it, and what supports it. */
interface Candidate {
  score: number;
  right: boolean;
  supported: boolean;
}

/** A gold task's candidates under one model, best first (at most four: the top, three kept, the runner-up). */
interface Scored {
  /** Whether the gold says no prior task carries it. */
  none: boolean;
  candidates: Candidate[];
}

const registry = builtinRegistry();
const canonicalMemo = new Map<string, string>();
const targetsMemo = new Map<string, ReturnType<typeof extractTargets>>();
/** The options of the product (registry units, targets), memoised: the grid matches the same texts thousands of times. */
const baseOptions = {
  canonicalUnit: (name: string) => canonicalMemo.get(name) ?? canonicalMemo.set(name, registry.canonical(name)).get(name) ?? name,
  targetsOf: (text: string) => targetsMemo.get(text) ?? targetsMemo.set(text, extractTargets(text)).get(text) ?? [],
};

/** Every candidate above a threshold of 0: threshold and companion share are applied afterwards (`kept`). */
function scorePair(pair: Pair, model: Partial<ScoringModel>): Scored[] {
  const matches = matchTasks(pair.current, pair.prior, { ...baseOptions, model, threshold: 0, companionShare: 0, maxPriors: 4, phrases: false });
  const bySeq = new Map(matches.map((m) => [m.seq, m]));
  return [...pair.gold].map(([seq, right]) => ({
    none: right.includes("-"),
    candidates: (bySeq.get(seq)?.prior ?? []).map((p) => ({
      score: p.score,
      right: right.includes(p.seq),
      supported: p.evidence.sameLeadUnit || p.evidence.sharedMetrics.length > 0,
    })),
  }));
}

/** The candidates matchTasks keeps at this threshold and companion share (at most 3). */
function kept(task: Scored, threshold: number, companionShare: number): Candidate[] {
  const best = task.candidates[0]?.score ?? 0;
  return task.candidates.slice(0, 3).filter((c, k) => c.score >= threshold && (k === 0 || c.score >= best * companionShare));
}

function topRight(task: Scored, threshold: number): boolean {
  const top = task.candidates[0];
  return top !== undefined && top.score >= threshold ? top.right : task.none;
}

/** The level of each kept candidate, as matchTasks gives it. */
function levels(task: Scored, threshold: number, companionShare: number, cuts: ConfidenceCuts): { level: MatchConfidence; right: boolean }[] {
  const list = kept(task, threshold, companionShare);
  const best = list[0]?.score ?? 0;
  return list.map((c, k) => ({
    level: matchConfidence(
      {
        score: c.score,
        bestScore: best,
        runnerUp: k > 0 ? best : (task.candidates[1]?.score ?? 0),
        evidence: { sameLeadUnit: c.supported, sharedMetrics: [] },
      },
      cuts,
    ),
    right: c.right,
  }));
}

/**
 * The companion share with the best F1 of kept (task, prior task) pairs against the gold's on these tasks: a
 * kept prior the gold lists is right, one it does not list wrong, one it lists and not kept missed. Ties: the
 * higher share (fewer candidates to read).
 */
function chooseCompanionShare(tasks: Scored[], threshold: number, listed: number): number {
  let best = COMPANION_SHARES[COMPANION_SHARES.length - 1];
  let bestF1 = -Infinity;
  for (const share of [...COMPANION_SHARES].reverse()) {
    const all = tasks.flatMap((t) => kept(t, threshold, share));
    const right = all.filter((c) => c.right).length;
    const f1 = (2 * right) / (all.length + listed);
    if (f1 > bestF1) [best, bestF1] = [share, f1];
  }
  return best;
}

/**
 * Cut-offs that keep the promises on these tasks, in each group: of the rules whose 确定 candidates are right
 * at least CERTAIN_TRAINING of the time, the one giving most of them (ties: the strictest, the later in the
 * grid); then the 较可能 cuts (companions, best candidates) that sort most of the rest right.
 */
function chooseCuts(groups: Scored[][], threshold: number, companionShare: number): ConfidenceCuts {
  const levelled = (cuts: ConfidenceCuts) => groups.map((tasks) => tasks.flatMap((t) => levels(t, threshold, companionShare, cuts)));
  const share = (list: { right: boolean }[]) => (list.length === 0 ? 1 : list.filter((c) => c.right).length / list.length);
  let best: ConfidenceCuts = { ...CONFIDENCE_CUTS };
  let bestCount = -1;
  for (const point of gridPoints(CONFIDENCE_GRID)) {
    const cuts = valuesAt(CONFIDENCE_GRID, point);
    if (cuts.likely !== CONFIDENCE_GRID.likely[0] || cuts.likelyBest !== CONFIDENCE_GRID.likelyBest[0]) continue;
    const certain = levelled(cuts).map((list) => list.filter((c) => c.level === "certain"));
    if (certain.some((list) => share(list) < CERTAIN_TRAINING)) continue;
    const count = certain.reduce((sum, list) => sum + list.length, 0);
    if (count >= bestCount) [best, bestCount] = [cuts, count];
  }
  // Below 确定, the cuts that sort most candidates right: a right one left 仅供参考 or a wrong one called 较可能
  // is one error (ties: the higher cut). The two cuts apply to different candidates, so each is chosen alone.
  const fewestErrors = (values: readonly number[], cutsWith: (cut: number) => ConfidenceCuts) => {
    let chosen = values[0];
    let fewest = Infinity;
    for (const cut of values) {
      const all = levelled(cutsWith(cut)).flat();
      const errors = all.filter((c) => (c.level === "likely" && !c.right) || (c.level === "tentative" && c.right)).length;
      if (errors <= fewest) [chosen, fewest] = [cut, errors];
    }
    return chosen;
  };
  const likely = fewestErrors(CONFIDENCE_GRID.likely, (cut) => ({ ...best, likely: cut }));
  return { ...best, likely, likelyBest: fewestErrors(CONFIDENCE_GRID.likelyBest, (cut) => ({ ...best, likely, likelyBest: cut })) };
}

interface Choice {
  model: Record<ModelKey, number>;
  threshold: number;
  companionShare: number;
  cuts: ConfidenceCuts;
}

/** Right top-1 answers and level counts. */
interface Tally {
  right: number;
  total: number;
  levels: Record<MatchConfidence, { right: number; total: number }>;
}

const emptyTally = (): Tally => ({
  right: 0,
  total: 0,
  levels: { certain: { right: 0, total: 0 }, likely: { right: 0, total: 0 }, tentative: { right: 0, total: 0 } },
});

function tally(into: Tally, tasks: Scored[], choice: Choice): Tally {
  for (const task of tasks) {
    into.total++;
    if (topRight(task, choice.threshold)) into.right++;
    for (const c of levels(task, choice.threshold, choice.companionShare, choice.cuts)) {
      into.levels[c.level].total++;
      if (c.right) into.levels[c.level].right++;
    }
  }
  return into;
}

/** The grid scored: per model point, each gold task's candidates, for the dev and H1 groups. */
interface Scores {
  points: Record<ModelKey, number>[];
  /** Per gold task, how many prior tasks the gold lists (0 for none). */
  listed: { dev: number[]; h1: number[] };
  dev: Scored[][];
  h1: Scored[][];
}

function scoreGrid(grid: Grid<ModelKey>, dev: Pair, h1: Pair): Scores {
  const points = gridPoints(grid);
  const listed = (pair: Pair) => [...pair.gold.values()].map((ids) => (ids.includes("-") ? 0 : ids.length));
  const scores: Scores = { points, listed: { dev: listed(dev), h1: listed(h1) }, dev: [], h1: [] };
  for (const point of points) {
    const model = valuesAt(grid, point);
    scores.dev.push(scorePair(dev, model));
    scores.h1.push(scorePair(h1, model));
  }
  return scores;
}

/** The best model and threshold on the tasks `inDev` / `inH1` select, then the companion share and cuts. */
function choose(grid: Grid<ModelKey>, scores: Scores, inDev: (i: number) => boolean, inH1: (i: number) => boolean, keepDefaults = false): Choice {
  // The threshold as the grid's last parameter.
  const fullGrid = { ...grid, threshold: THRESHOLDS } as Grid<ModelKey | "threshold">;
  const points = gridPoints(fullGrid);
  const objective = points.map((_, index) => {
    const m = Math.floor(index / THRESHOLDS.length);
    const threshold = THRESHOLDS[index % THRESHOLDS.length];
    let right = 0;
    scores.dev[m].forEach((t, i) => inDev(i) && topRight(t, threshold) && right++);
    scores.h1[m].forEach((t, i) => inH1(i) && topRight(t, threshold) && right++);
    return right;
  });
  // The defaults stay where they do as well as the best (never inside a fold: they were set by eye on every task).
  const defaults = points.findIndex((p) =>
    (Object.keys(fullGrid) as (ModelKey | "threshold")[]).every((k) => fullGrid[k][p[k]] === (SCORING_MODEL as ScoringModel)[k]),
  );
  const index =
    keepDefaults && defaults >= 0 && objective[defaults] === objective.reduce((a, b) => Math.max(a, b), -Infinity)
      ? defaults
      : bestPoint(fullGrid, points, objective);
  const { threshold, ...model } = valuesAt(fullGrid, points[index]);
  const m = Math.floor(index / THRESHOLDS.length);
  const groups = [scores.dev[m].filter((_, i) => inDev(i)), scores.h1[m].filter((_, i) => inH1(i))];
  const listed = [...scores.listed.dev.filter((_, i) => inDev(i)), ...scores.listed.h1.filter((_, i) => inH1(i))].reduce((a, b) => a + b, 0);
  const companionShare = chooseCompanionShare(groups.flat(), threshold, listed);
  return { model: model as Record<ModelKey, number>, threshold, companionShare, cuts: chooseCuts(groups, threshold, companionShare) };
}

interface CvResult {
  inSample: { choice: Choice; dev: Tally; h1: Tally };
  cv: { choices: Choice[]; dev: Tally; h1: Tally };
}

function crossValidate(grid: Grid<ModelKey>, scores: Scores): CvResult {
  const devFolds = foldsOf(scores.dev[0].length, K, SEED);
  const h1Folds = foldsOf(scores.h1[0].length, K, SEED + 1);
  const cv = { choices: [] as Choice[], dev: emptyTally(), h1: emptyTally() };
  for (let fold = 0; fold < K; fold++) {
    const choice = choose(
      grid,
      scores,
      (i) => devFolds[i] !== fold,
      (i) => h1Folds[i] !== fold,
    );
    cv.choices.push(choice);
    const m = scores.points.findIndex((p) => (Object.keys(grid) as ModelKey[]).every((k) => grid[k][p[k]] === choice.model[k]));
    tally(
      cv.dev,
      scores.dev[m].filter((_, i) => devFolds[i] === fold),
      choice,
    );
    tally(
      cv.h1,
      scores.h1[m].filter((_, i) => h1Folds[i] === fold),
      choice,
    );
  }
  const choice = choose(
    grid,
    scores,
    () => true,
    () => true,
    true,
  );
  const m = scores.points.findIndex((p) => (Object.keys(grid) as ModelKey[]).every((k) => grid[k][p[k]] === choice.model[k]));
  return { inSample: { choice, dev: tally(emptyTally(), scores.dev[m], choice), h1: tally(emptyTally(), scores.h1[m], choice) }, cv };
}

const ratio = (t: { right: number; total: number }) => (t.total === 0 ? "–" : `${(t.right / t.total).toFixed(3)} (${t.right}/${t.total})`);
const levelText = (t: Tally) => CONFIDENCE_ORDER.map((l) => `${l} ${ratio(t.levels[l])}`).join("; ");
const describe = (c: Choice) =>
  `${Object.entries(c.model)
    .map(([k, v]) => `${k} ${v}`)
    .join(", ")}, threshold ${c.threshold}, companionShare ${c.companionShare}; cuts ${Object.entries(c.cuts)
    .map(([k, v]) => `${k} ${v}`)
    .join(", ")}`;

/** Top-1 and levels on other places' pairs under one choice (never tuned on). */
function placesTally(places: Pair[], choice: Choice): Tally {
  const total = emptyTally();
  for (const pair of places) tally(total, scorePair(pair, choice.model), choice);
  return total;
}

export interface MatchingCvReport {
  markdown: string;
  withThesaurus: CvResult;
  withoutThesaurus: CvResult;
}

/** Runs the cross-validation with and without the thesaurus and renders the section of BENCHMARKS.md. */
export async function matchingCv(grid: Grid<ModelKey> = MODEL_GRID): Promise<MatchingCvReport> {
  const { dev, h1, places } = await goldPairs();
  const scores = scoreGrid(grid, dev, h1);
  const withThesaurus = crossValidate(grid, scores);
  // Without: the grid's points with topicBonus 0 only.
  const noTopics = { ...grid, topicBonus: [0] };
  const zero = grid.topicBonus.indexOf(0);
  const keep = scores.points.map((p) => p.topicBonus === zero);
  const subset: Scores = {
    points: scores.points.filter((_, i) => keep[i]).map((p) => ({ ...p, topicBonus: 0 })),
    listed: scores.listed,
    dev: scores.dev.filter((_, i) => keep[i]),
    h1: scores.h1.filter((_, i) => keep[i]),
  };
  const withoutThesaurus = crossValidate(noTopics, subset);
  const defaults: Choice = {
    model: Object.fromEntries((Object.keys(grid) as ModelKey[]).map((k) => [k, SCORING_MODEL[k]])) as Record<ModelKey, number>,
    threshold: SCORING_MODEL.threshold,
    companionShare: SCORING_MODEL.companionShare,
    cuts: CONFIDENCE_CUTS,
  };
  const defaultsDev = tally(emptyTally(), scorePair(dev, defaults.model), defaults);
  const defaultsH1 = tally(emptyTally(), scorePair(h1, defaults.model), defaults);
  const rows: string[] = [];
  const row = (cells: string[]) => rows.push(`| ${cells.join(" | ")} |`);
  row([
    "variant",
    "2024→2021 top-1",
    "H1→2021 top-1",
    "places pairs top-1 (outside check)",
    "levels, 2024→2021: right share (right/kept candidates)",
    "levels, H1→2021",
    "levels, places pairs",
    "chosen",
  ]);
  row(["---", "---:", "---:", "---:", "---", "---", "---", "---"]);
  for (const [name, result] of [
    ["with thesaurus", withThesaurus],
    ["without thesaurus", withoutThesaurus],
  ] as const) {
    const placesIn = placesTally(places, result.inSample.choice);
    row([
      `${name}, in-sample`,
      ratio(result.inSample.dev),
      ratio(result.inSample.h1),
      ratio(placesIn),
      levelText(result.inSample.dev),
      levelText(result.inSample.h1),
      levelText(placesIn),
      describe(result.inSample.choice),
    ]);
    row([
      `${name}, ${K}-fold cross-validated`,
      ratio(result.cv.dev),
      ratio(result.cv.h1),
      "",
      levelText(result.cv.dev),
      levelText(result.cv.h1),
      "",
      `per fold: ${result.cv.choices.map((c) => `threshold ${c.threshold}, lead ${c.model.leadBonus}, units ${c.model.sharedUnitsBonus}, topic ${c.model.topicBonus}, certain ${c.cuts.certain}`).join(" / ")}`,
    ]);
  }
  const placesDefaults = placesTally(places, defaults);
  row([
    "defaults now (model.ts, confidence.ts)",
    ratio(defaultsDev),
    ratio(defaultsH1),
    ratio(placesDefaults),
    levelText(defaultsDev),
    levelText(defaultsH1),
    levelText(placesDefaults),
    describe(defaults),
  ]);
  const gridText = [...Object.entries(grid), ["threshold", THRESHOLDS], ["companionShare", COMPANION_SHARES], ...Object.entries(CONFIDENCE_GRID)]
    .map(([k, v]) => `${k} {${(v as readonly number[]).join(", ")}}`)
    .join("; ");
  const markdown = [
    `Folds: k = ${K}, the gold tasks of each group dealt at random (seed ${SEED}) into folds; per fold the model (most right top-1 on the training tasks of both groups), the companion share and the confidence cut-offs (确定: the rule giving most of them while right ≥ ${CERTAIN_TRAINING} on training in each group; 较可能: the cut below that sorts most candidates right, a right one left 仅供参考 or a wrong one called 较可能 one error each) are chosen on the other folds and judged on it. In-sample (what the defaults are): the same choices on every gold task, except that a default stays where it does as well as the best. Low-confidence gold rows are left out. Places pairs: ${places.length} pairs, ${places.reduce((s, p) => s + p.gold.size, 0)} judged tasks, never tuned on. Grid (${gridPoints(grid).length} models × ${THRESHOLDS.length} thresholds): ${gridText}. Promise: 确定 right ≥ ${CERTAIN_PROMISE}.`,
    "",
    ...rows,
  ].join("\n");
  return { markdown, withThesaurus, withoutThesaurus };
}
