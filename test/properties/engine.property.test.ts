import fc from "fast-check";
import { aggregateByUnit } from "../../src/engine/aggregate";
import type { CellValue, SheetGrid } from "../../src/engine/grid";
import { detectLag, resolveAsOf } from "../../src/engine/lag";
import { matchTasks } from "../../src/engine/matching";
import { recognizeSheet } from "../../src/engine/recognize";
import { defaultVocabulary } from "../../src/engine/status/vocabulary";
import { extractTargets } from "../../src/engine/targets";
import { taskRecords } from "../../src/engine/tasks";
import { foldText } from "../../src/engine/text";
import { builtinRegistry } from "../../src/engine/units/registry";
import { applyChanges, planFixes, validateSheet } from "../../src/engine/validate";

/**
 * Random sheets of the kind clerks produce: headers among noise, numbers where text is expected, Excel
 * errors, formula-looking text, emoji and rare CJK, full-width digits, tabs and line breaks, long cells.
 */
const FRAGMENTS = [
  "序号", "主要工作任务", "责任单位", "牵头部门", "进展情况", "进展状态", "主 要 工 作 任 务", "一、经济发展", "注：",
  "按时推进", "部分滞后", "进度滞后", "市财政局、 市税务局", "长三角发展办", "各县（市、区）政府", "新增企业300家以上",
  "增长6%左右", "完成年度计划的40%", "暂停", "=SUM(A1)", "+86", "-", "@x", "#N/A", "𠮷野家", "😀", "１２", "\t", "\r\n",
  "加快发展,推进建设", "1-6月", "G60", "PM2.5", "",
];
const cell: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constantFrom(...FRAGMENTS),
  fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 4 }).map((parts) => parts.join("")),
  fc.string({ maxLength: 12 }),
  fc.integer({ min: -5, max: 200 }),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.boolean(),
  fc.constant(null),
  fc.constant("长".repeat(10_000)),
);
const grid: fc.Arbitrary<SheetGrid> = fc
  .array(fc.array(cell, { maxLength: 6 }), { maxLength: 25 })
  .chain((rows) =>
    fc.record({
      name: fc.constant("随机"),
      values: fc.constant(rows),
      merges: fc.array(
        fc.record({ top: fc.nat(20), left: fc.nat(5), h: fc.nat(3), w: fc.nat(2) }).map(({ top, left, h, w }) => ({ top, left, bottom: top + h, right: left + w })),
        { maxLength: 3 },
      ),
    }),
  );
/** Sometimes a real header row first, so the deeper steps run too. */
const sheet: fc.Arbitrary<SheetGrid> = fc.tuple(grid, fc.boolean()).map(([g, withHeader]) =>
  withHeader ? { ...g, values: [["序号", "主要工作任务", "进展情况", "牵头部门", "进展状态"], ...g.values] } : g,
);

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
