import fc from "fast-check";
import { aggregateByUnit } from "../../src/engine/aggregate";
import { cellAddress, cellAt, cellPosition, columnIndex, gridWidth, MAX_CELL_TEXT, type SheetGrid } from "../../src/engine/grid";
import { detectLag, renderLagReason, resolveAsOf, type LagFlag, type LagResult } from "../../src/engine/lag";
import { matchTasks } from "../../src/engine/matching";
import { recognizeSheet } from "../../src/engine/recognize";
import { defaultVocabulary } from "../../src/engine/status/vocabulary";
import { extractTargets } from "../../src/engine/targets";
import { taskRecords } from "../../src/engine/tasks";
import { foldText } from "../../src/engine/text";
import { placeRegistry } from "../../src/engine/settings/registries";
import { builtinRegistry, canonicalUnits, type UnitRegistry } from "../../src/engine/units/registry";
import { unitNames } from "../../src/engine/units/split";
import { applyChanges, planFixes, renderMessage, validateSheet, type CellChange } from "../../src/engine/validate";
import { FRAGMENTS, hugeText, sheet } from "./arbitraries";

/** Runs per property: the whole folder stays well under a minute on a 2-core CI machine. PROPERTY_RUNS overrides, for long hunts. */
const runs = (usual: number) => ({ numRuns: Number(process.env.PROPERTY_RUNS ?? usual) });

/** The sheet's extent as users see it: at least A1, which an empty sheet's only issue points at. */
function extent(grid: SheetGrid): { rows: number; columns: number } {
  return { rows: Math.max(1, grid.values.length), columns: Math.max(1, gridWidth(grid)) };
}

describe("the engine on random sheets", () => {
  it("recognises and validates without throwing, every issue at a cell inside the sheet, the same every time", () => {
    fc.assert(
      fc.property(sheet, (g) => {
        const { rows, columns } = extent(g);
        const recognition = recognizeSheet(g);
        expect(recognizeSheet(g)).toEqual(recognition);
        for (const table of recognition.tables) {
          expect(table.headerIndex).toBeLessThan(g.values.length);
          expect(table.lastIndex).toBeLessThan(g.values.length);
          for (const row of table.rows) expect(row.index).toBeLessThan(g.values.length);
          for (const col of Object.values(table.columns)) expect(col).toBeLessThan(columns);
        }
        const issues = validateSheet(g);
        expect(validateSheet(g)).toEqual(issues);
        // Collected, then compared once: an expect per issue costs more than the validation itself.
        const misplaced = issues.filter((issue) => {
          // The address, the row and the column letters must name one cell, by the engine's own A1 reading.
          const at = cellPosition(issue.cell);
          return (
            at === null ||
            at.row !== issue.row - 1 ||
            at.col !== columnIndex(issue.column) ||
            cellAddress(at.row, at.col) !== issue.cell ||
            at.row < 0 ||
            at.row >= rows ||
            at.col < 0 ||
            at.col >= columns ||
            issue.sheet !== g.name ||
            issue.value !== cellAt(g, at.row, at.col) ||
            renderMessage(issue) === ""
          );
        });
        expect(misplaced).toEqual([]);
      }),
      runs(150),
    );
  });

  // Jiaxing's sheets are checked against its built-in registry; any other place's against none but its own cells.
  it.each([
    ["Jiaxing's built-in registry", builtinRegistry(), ["units/alias"]],
    ["no registry (another place)", placeRegistry(null), []],
  ] as const)(
    "fixes never change what a cell says, with %s: folding spaces and width gives the same text, units the same list",
    (_name, registry, registryCodes) => {
      const exercised = new Map<string, number>();
      fc.assert(
        fc.property(sheet, (g) => {
          const changes = planFixes(validateSheet(g, { registry }));
          const fixed = applyChanges(g, changes);
          for (const change of changes) {
            for (const code of change.codes) exercised.set(code, (exercised.get(code) ?? 0) + 1);
            expectSameMeaning(change, registry);
            // Excel must be able to hold what a fix writes, or applying the batch fails.
            if (typeof change.after === "string") expect(change.after.length).toBeLessThanOrEqual(MAX_CELL_TEXT);
            expect(fixed.values[change.row - 1][columnIndex(change.column)]).toEqual(change.after);
          }
          expect(planFixes(validateSheet(fixed, { registry })).filter((c) => c.codes.every((code) => code !== "units/duplicate"))).toEqual([]);
        }),
        runs(150),
      );
      // The random sheets must actually carry each kind of fixable mistake, or this test proves nothing about it.
      const unexercised = ["text/spaces", "text/line-break", "text/half-width-punctuation", "units/separator", "units/duplicate", ...registryCodes].filter(
        (code) => !exercised.has(code),
      );
      expect(unexercised).toEqual([]);
      expect([...exercised.values()].reduce((a, b) => a + b, 0)).toBeGreaterThan(10);
    },
  );

  it("reads tasks, lag and counts without throwing, the same every time, lag at task rows, and the counts reconcile", () => {
    const vocabulary = defaultVocabulary();
    const asOf = resolveAsOf({ given: "2021-06-30" });
    const lagOf = (g: SheetGrid) => taskRecords(g, recognizeSheet(g)).map((task) => ({ task, lag: detectLag(task, vocabulary, asOf) }));
    fc.assert(
      fc.property(sheet, (g) => {
        const results = lagOf(g);
        expect(lagOf(g)).toEqual(results);
        const taskRows = new Set(recognizeSheet(g).tables.flatMap((table) => table.rows.filter((row) => row.type === "task").map((row) => row.index + 1)));
        for (const { task, lag } of results) {
          expect(lag.sheet).toBe(g.name);
          expect(taskRows.has(lag.row)).toBe(true);
          expectLagExplained(lag, new Set(task.lines.map((line) => line.row)));
        }
        const counted = aggregateByUnit(results, builtinRegistry());
        expect(counted.total.tasks).toBe(results.length);
        for (const unit of counted.units) expect(Object.values(unit.byCategory).reduce((a, b) => a + b, 0)).toBe(unit.tasks);
      }),
      runs(150),
    );
  });

  it("extracts targets from any text, huge ones too, with offsets that point back into it, the same every time", () => {
    const text = fc.oneof(
      { weight: 4, arbitrary: fc.string({ maxLength: 60 }) },
      { weight: 4, arbitrary: fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 8 }).map((p) => p.join("")) },
      { weight: 1, arbitrary: hugeText },
    );
    fc.assert(
      fc.property(text, (t) => {
        const targets = extractTargets(t);
        expect(extractTargets(t)).toEqual(targets);
        for (const target of targets) {
          expect(t.slice(target.start, target.end)).toBe(target.raw);
          expect(Number.isFinite(target.value)).toBe(true);
        }
      }),
      runs(300),
    );
  });

  it("matches any two task lists, huge texts too, deterministically, scores in 0–1", () => {
    const text = fc.oneof(
      { weight: 12, arbitrary: fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 6 }).map((p) => p.join("")) },
      { weight: 1, arbitrary: hugeText },
    );
    const doc = fc.record({
      key: fc.uuid(),
      seq: fc.nat(99).map(String),
      text,
      units: fc.array(fc.constantFrom("市财政局", "长三角发展办"), { maxLength: 2 }),
    });
    fc.assert(
      fc.property(fc.array(doc, { maxLength: 15 }), fc.array(doc, { maxLength: 15 }), (current, prior) => {
        const result = matchTasks(current, prior);
        expect(matchTasks(current, prior)).toEqual(result);
        for (const m of result) {
          for (const p of m.prior) {
            expect(p.score).toBeGreaterThan(0);
            expect(p.score).toBeLessThanOrEqual(1);
          }
        }
      }),
      runs(150),
    );
  });
});

/**
 * What each fix may change, and nothing more. Text fixes (spaces, line breaks, punctuation width, status
 * spelling, 序号 width) change only what folding spaces and width removes. Units fixes change separators (any
 * run of them becomes one 、), split registered units run together, write an alias or former name as the
 * unit's canonical name, and drop a unit listed again: the canonical units stay the same, in the same order.
 */
function expectSameMeaning(change: CellChange, registry: UnitRegistry): void {
  expect(typeof change.before).toBe("string");
  const before = change.before as string;
  if (!change.codes.some((code) => code.startsWith("units/"))) {
    expect(typeof change.after === "number" ? String(change.after) : foldText(change.after as string)).toBe(foldText(before));
    return;
  }
  expect(typeof change.after).toBe("string");
  const after = change.after as string;
  expect(canonicalUnits(registry, unitNames(after))).toEqual(canonicalUnits(registry, unitNames(before)));
  // Separators normalised to one kind: the fixed cell is its units joined by 、, and nothing else.
  expect(after).toBe(unitNames(after).join("、"));
  // Unit by unit, as written before, against the units as written after.
  const may = (code: string) => change.codes.includes(code);
  const written = unitNames(before).flatMap((name) => (may("units/separator") && registry.lookup(name) === null ? (registry.segment(name) ?? [name]) : [name]));
  const kept = unitNames(after).map(foldText);
  const seen = new Set<string>();
  let k = 0;
  for (const name of written) {
    const match = registry.lookup(name);
    const renamed = may("units/alias") && (match?.via === "alias" || match?.via === "former") ? foldText(match.entry.name) : null;
    if (k < kept.length && (kept[k] === foldText(name) || kept[k] === renamed)) {
      seen.add(registry.canonical(name));
      k++;
      continue;
    }
    // Not kept: only a unit listed before, and only by the duplicate fix.
    expect({ dropped: name, asRepeat: may("units/duplicate") && seen.has(registry.canonical(name)) }).toEqual({ dropped: name, asRepeat: true });
  }
  expect(k).toBe(kept.length);
}

const RANK: Record<LagFlag, number> = { none: 0, green: 1, yellow: 2, red: 3 };

/** A lag result carries its reasons: at least the status's, each on one of the task's lines, each readable, and the flag is the worst of them. */
function expectLagExplained(lag: LagResult, lineRows: ReadonlySet<number>): void {
  expect(lag.reasons.length).toBeGreaterThan(0);
  for (const reason of lag.reasons) {
    expect(lineRows.has(reason.row)).toBe(true);
    expect(renderLagReason(reason)).not.toBe("");
    expect(renderLagReason(reason, "en-US")).not.toBe("");
  }
  expect(RANK[lag.flag]).toBe(Math.max(...lag.reasons.map((reason) => RANK[reason.flag])));
}
