import { planFixes } from "./fixes";
import { PROGRESS_HEADER, sheet } from "./rules/testHelpers";
import { cellKey, checkSheet, groupIssues, issueKind, planSelectedFixes } from "./selection";
import { validateSheet } from "./validateSheet";

/**
 * Row 3's units are two aliases on two lines (a separator and two names to fix in one cell); row 4 has a 序号
 * stored as text and the first alias again; rows 3 and 5 have a half-width mark in Chinese.
 */
const grid = sheet(PROGRESS_HEADER, [
  [1, "推进项目建设。", "已开工,进展顺利。", "长三角发展办\n交通运输局", "按时推进"],
  ["2", "建设科创走廊。", "已开工。", "长三角发展办", "按时推进"],
  [3, "建设科创走廊二期。", "已开工;进展顺利。", "市财政局", "按时推进"],
]);

const ALIAS_CSJ = issueKind({ code: "units/alias", severity: "warning", params: { unit: "长三角发展办", canonical: "市长三角发展办" } });
const ALIAS_JT = issueKind({ code: "units/alias", severity: "warning", params: { unit: "交通运输局", canonical: "市交通运输局" } });
const SEPARATOR = issueKind({ code: "units/separator", severity: "warning" });
const PUNCTUATION = issueKind({ code: "text/half-width-punctuation", severity: "info" });

const afterOf = (plan: ReturnType<typeof planSelectedFixes>) => plan.changes.map((c) => [c.cell, c.after, c.codes]);

describe("groupIssues", () => {
  it("groups by code, a unit's wrong → right name apart, warnings before notes, each severity in sheet order", () => {
    const issues = validateSheet(grid);
    const groups = groupIssues(issues);
    expect(groups.map((g) => [g.kind, g.severity, g.named, g.issues.map((i) => i.cell), g.fixable])).toEqual([
      [SEPARATOR, "warning", false, ["D3"], 1],
      [ALIAS_CSJ, "warning", true, ["D3", "D4"], 2],
      [ALIAS_JT, "warning", true, ["D3"], 1],
      [PUNCTUATION, "info", false, ["C3", "C5"], 2],
      [issueKind({ code: "seq/number-stored-as-text", severity: "info" }), "info", false, ["A4"], 1],
    ]);
    expect(groups.flatMap((g) => g.issues)).toHaveLength(issues.length);
  });

  it("keeps errors first, and a note of a former name apart from the warning of an alias", () => {
    const issues = validateSheet(
      sheet(
        PROGRESS_HEADER,
        [
          [1, "推进。", "已开工。", "#N/A", "按时推进"],
          [2, "推进二。", "已开工。", "人行嘉兴市中心支行", "按时推进"],
        ],
        "2021年嘉兴市执行情况（上半年）",
      ),
    );
    const groups = groupIssues(issues);
    expect(groups[0].severity).toBe("error");
    const ranks = groups.map((g) => ({ error: 0, warning: 1, info: 2 })[g.severity]);
    expect(ranks).toEqual([...ranks].sort());
    const former = groups.find((g) => g.code === "units/alias" && g.severity === "info");
    expect(former).toMatchObject({ named: true, fixable: 0 });
  });
});

describe("planSelectedFixes", () => {
  it("finds what validateSheet finds, and with nothing left out plans what planFixes plans", () => {
    const check = checkSheet(grid);
    const issues = validateSheet(grid);
    expect(check.issues).toEqual(issues);
    const plan = planSelectedFixes(check);
    expect(plan.changes).toEqual(planFixes(issues));
    expect(plan.issues).toBe(issues.filter((i) => i.fix !== undefined).length);
    expect(afterOf(plan)).toEqual([
      ["C3", "已开工，进展顺利。", ["text/half-width-punctuation"]],
      ["D3", "市长三角发展办、市交通运输局", ["units/separator", "units/alias"]],
      ["A4", 2, ["seq/number-stored-as-text"]],
      ["D4", "市长三角发展办", ["units/alias"]],
      ["C5", "已开工；进展顺利。", ["text/half-width-punctuation"]],
    ]);
  });

  it("composes a cell's change from its selected issues only", () => {
    const check = checkSheet(grid);
    // Without 长三角发展办's name: D3 still gets its 、 and 交通运输局's 市; D4 (that name only) is left alone.
    const plan = planSelectedFixes(check, { excludedKinds: new Set([ALIAS_CSJ]) });
    expect(afterOf(plan)).toEqual([
      ["C3", "已开工，进展顺利。", ["text/half-width-punctuation"]],
      ["D3", "长三角发展办、市交通运输局", ["units/separator", "units/alias"]],
      ["A4", 2, ["seq/number-stored-as-text"]],
      ["C5", "已开工；进展顺利。", ["text/half-width-punctuation"]],
    ]);
    expect(plan.issues).toBe(5);
    // The separator alone.
    expect(afterOf(planSelectedFixes(check, { excludedKinds: new Set([ALIAS_CSJ, ALIAS_JT, PUNCTUATION]) })).slice(0, 1)).toEqual([
      ["D3", "长三角发展办、交通运输局", ["units/separator"]],
    ]);
    // A kind left out removes exactly its changes: the punctuation's two cells.
    const all = planSelectedFixes(check).changes;
    const withoutPunctuation = planSelectedFixes(check, { excludedKinds: new Set([PUNCTUATION]) }).changes;
    expect(withoutPunctuation).toEqual(all.filter((c) => c.cell !== "C3" && c.cell !== "C5"));
  });

  it("leaves out the cells left out, whatever their issues", () => {
    const check = checkSheet(grid);
    const plan = planSelectedFixes(check, { excludedCells: new Set([cellKey(grid.name, "D3"), cellKey(grid.name, "A4")]) });
    expect(plan.changes.map((c) => c.cell)).toEqual(["C3", "D4", "C5"]);
    expect(plan.issues).toBe(3);
    expect(planSelectedFixes(check, { excludedKinds: new Set(groupIssues(check.issues).map((g) => g.kind)) })).toEqual({ changes: [], issues: 0 });
  });

  it("plans nothing on a sheet without a header", () => {
    const check = checkSheet({ name: "空", merges: [], values: [["说明"]] });
    expect(check.issues.map((i) => i.code)).toEqual(["header/not-found"]);
    expect(planSelectedFixes(check)).toEqual({ changes: [], issues: 0 });
  });
});
