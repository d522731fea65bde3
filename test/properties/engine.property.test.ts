import fc from "fast-check";
import { aggregateByUnit } from "../../src/engine/aggregate";
import { detectLag, resolveAsOf } from "../../src/engine/lag";
import { matchTasks } from "../../src/engine/matching";
import { recognizeSheet } from "../../src/engine/recognize";
import { defaultVocabulary } from "../../src/engine/status/vocabulary";
import { extractTargets } from "../../src/engine/targets";
import { taskRecords } from "../../src/engine/tasks";
import { foldText } from "../../src/engine/text";
import { builtinRegistry } from "../../src/engine/units/registry";
import { applyChanges, planFixes, validateSheet } from "../../src/engine/validate";
import { FRAGMENTS, sheet } from "./arbitraries";

const RUNS = { numRuns: 150 };

describe("the engine on random sheets", () => {
  it("recognises and validates without throwing, every issue at a cell inside the sheet, the same every time", () => {
    fc.assert(
      fc.property(sheet, (g) => {
        const issues = validateSheet(g);
        expect(validateSheet(g)).toEqual(issues);
        const rows = Math.max(1, g.values.length);
        for (const issue of issues) {
          expect(issue.row).toBeGreaterThanOrEqual(1);
          expect(issue.row).toBeLessThanOrEqual(rows);
          expect(issue.cell).toMatch(/^[A-Z]+\d+$/u);
        }
      }),
      RUNS,
    );
  });

  it("fixes never change what a cell says: folding spaces and width gives the same text, units the same list", () => {
    let exercised = 0;
    fc.assert(
      fc.property(sheet, (g) => {
        const changes = planFixes(validateSheet(g));
        exercised += changes.length;
        const fixed = applyChanges(g, changes);
        for (const change of changes) {
          const before = typeof change.before === "string" ? foldText(change.before).replace(/[、，,；;\n\r]/gu, "") : String(change.before);
          const after = typeof change.after === "string" ? foldText(change.after).replace(/[、，,；;\n\r]/gu, "") : String(change.after);
          // Unit aliases become canonical names (长三角发展办 → 市长三角发展办): the old text stays inside the new.
          if (!change.codes.some((c) => c === "units/alias" || c === "units/duplicate")) expect(after).toBe(before);
          expect(fixed.values[change.row - 1][["A", "B", "C", "D", "E", "F", "G"].indexOf(change.column)]).toEqual(change.after);
        }
        expect(planFixes(validateSheet(fixed)).filter((c) => c.codes.every((code) => code !== "units/duplicate"))).toEqual([]);
      }),
      RUNS,
    );
    // The random sheets must actually carry fixable mistakes, or this test proves nothing.
    expect(exercised).toBeGreaterThan(10);
  });

  it("reads tasks, lag and counts without throwing, and the counts reconcile", () => {
    const vocabulary = defaultVocabulary();
    const asOf = resolveAsOf({ given: "2021-06-30" });
    fc.assert(
      fc.property(sheet, (g) => {
        const tasks = taskRecords(g, recognizeSheet(g));
        const lag = tasks.map((task) => detectLag(task, vocabulary, asOf));
        const counted = aggregateByUnit(tasks.map((task, i) => ({ task, lag: lag[i] })), builtinRegistry());
        expect(counted.total.tasks).toBe(tasks.length);
        for (const unit of counted.units) expect(Object.values(unit.byCategory).reduce((a, b) => a + b, 0)).toBe(unit.tasks);
      }),
      RUNS,
    );
  });

  it("extracts targets from any text with offsets that point back into it", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 60 }), fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 8 }).map((p) => p.join(""))), (text) => {
        for (const target of extractTargets(text)) {
          expect(text.slice(target.start, target.end)).toBe(target.raw);
          expect(Number.isFinite(target.value)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("matches any two task lists deterministically, scores in 0–1", () => {
    const doc = fc.record({ key: fc.uuid(), seq: fc.nat(99).map(String), text: fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 6 }).map((p) => p.join("")), units: fc.array(fc.constantFrom("市财政局", "长三角发展办"), { maxLength: 2 }) });
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
      RUNS,
    );
  });
});
