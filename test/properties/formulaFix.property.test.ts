import fc from "fast-check";
import type { CellValue, SheetGrid } from "../../src/engine/grid";
import { validateSheet } from "../../src/engine/validate";
import { checkSheet, issueKind, planSelectedFixes } from "../../src/engine/validate/selection";
import { FORMULA_LIKE_TEXTS } from "../formulaLikeTexts";

/**
 * Issue 23: no fix may leave a cell starting with = + - @ that did not start so before (`fix` trimmed the tab
 * that kept "\t=1" from being a formula). Checked here on formula-like texts in every checked column, with white
 * space of every kind around them, behind them after a line break, and in full-width or compatibility forms that
 * NFKC folds to the ASCII leads (＝ ＋ － ＠, small ﹦ ﹢ ﹣, superscript ⁼ ⁺ ⁻).
 */
const LEAD = /^[=+\-@]/u;

const FULL_WIDTH = ["＝１", "＝SUM（A1:A3）", "＋８６－５７３", "－３％", "＠SUM(A1:A3)", "﹦1", "﹢86", "﹣3%", "⁼1", "⁺1", "⁻1", "＝ 1"];
const PLAIN = ["推进,落实", "市财政局", "市财政局，市税务局", "按时推进", "1", "１２", "完成40%"];
const BLANKS = [" ", "\t", "\u3000", "\u00a0", "\n", "\r\n", "\r", "  "];

const blanks = fc.array(fc.constantFrom(...BLANKS), { maxLength: 3 }).map((parts) => parts.join(""));
const core = fc.constantFrom(...FORMULA_LIKE_TEXTS, ...FULL_WIDTH, ...PLAIN);
/** A cell: blanks, a text, blanks, and maybe more text after a break or a mark (joining lines may bring it forward). */
const text: fc.Arbitrary<CellValue> = fc
  .tuple(blanks, core, blanks, fc.option(fc.tuple(fc.constantFrom("", "\n", ",", "、", " "), core), { nil: undefined }))
  .map(([before, middle, after, tail]) => `${before}${middle}${after}${tail ? tail.join("") : ""}`);

const HEADER = ["序号", "主要工作任务", "进展情况", "牵头部门", "进展状态", "配合单位"];

const grid: fc.Arbitrary<SheetGrid> = fc
  .array(fc.tuple(fc.oneof(fc.integer({ min: 1, max: 9 }), text), text, text, text, text, text), { minLength: 1, maxLength: 8 })
  .map((rows) => ({
    name: "表",
    merges: [],
    values: [
      ["2024年嘉兴市政府工作报告重点工作责任分解执行情况"],
      HEADER,
      ...rows.map((row, i) => [typeof row[0] === "number" ? i + 1 : row[0], ...row.slice(1)]),
    ],
  }));

const startsLikeFormula = (value: CellValue) => typeof value === "string" && LEAD.test(value);

describe("fixes never make a formula-looking text (issue 23)", () => {
  it("no planned fix, of all issues or of any selection of them, starts with = + - @ unless the cell did", () => {
    let withheld = 0;
    let fixed = 0;
    fc.assert(
      fc.property(grid, fc.integer({ min: 0, max: 2 ** 16 - 1 }), (sheet, mask) => {
        const check = checkSheet(sheet);
        for (const issue of check.issues) {
          if (issue.fix !== undefined) {
            fixed += 1;
            expect({ before: issue.value, after: issue.fix, ok: !startsLikeFormula(issue.fix) || startsLikeFormula(issue.value) }).toMatchObject({ ok: true });
          }
          if (issue.params.unfixed === "formula-like") withheld += 1;
        }
        // The pane's selections replay the findings through the same check: a part of the fixes is guarded too.
        const kinds = [...new Set(check.issues.map(issueKind))];
        const excludedKinds = new Set(kinds.filter((_, i) => (mask >> i) & 1));
        for (const change of planSelectedFixes(check, { excludedKinds }).changes) {
          expect({ ...change, ok: !startsLikeFormula(change.after) || startsLikeFormula(change.before) }).toMatchObject({ ok: true });
        }
        // checkSheet keeps validateSheet's issues exactly: the CLI's fix and the pane's 全部修复 see the same.
        expect(check.issues).toEqual(validateSheet(sheet));
      }),
      { numRuns: Number(process.env.PROPERTY_RUNS ?? 200) },
    );
    // The sheets must both carry fixes and hit the guard, or this proves nothing.
    expect(fixed).toBeGreaterThan(100);
    expect(withheld).toBeGreaterThan(20);
  });
});
