import { MAX_CELL_TEXT } from "../grid";
import { planFixes } from "./fixes";
import { validateSheet } from "./validateSheet";
import { PROGRESS_HEADER, sheet } from "./rules/testHelpers";

describe("validateSheet", () => {
  it("offers no fix that Excel could not hold in the cell, and still reports the issue", () => {
    // Found by the fix-revert property: 4,097 × 长三角发展办 run together (24,582 characters) would have become 32,775
    // with 、 between them and 市 before each, and applying it failed the whole batch. Here a cell full to the limit
    // gets one 市 more.
    const units = `长三角发展办、${"火".repeat(MAX_CELL_TEXT - 7)}`;
    expect(units.length).toBe(MAX_CELL_TEXT);
    const issues = validateSheet(sheet(PROGRESS_HEADER, [[1, "推进。", "已开工。", units, "按时推进"]]));
    expect(issues.filter((issue) => issue.cell === "D3").map((issue) => [issue.code, issue.fix])).toEqual([
      ["units/alias", undefined],
      ["units/unknown", undefined],
    ]);
    expect(planFixes(issues)).toEqual([]);
  });

  it("offers the fix when it fits, up to the last character", () => {
    const spaced = ` ${"甲".repeat(MAX_CELL_TEXT)}`;
    const [change] = planFixes(validateSheet(sheet(PROGRESS_HEADER, [[1, "推进。", spaced, "市财政局", "按时推进"]])));
    expect(change).toMatchObject({ cell: "C3", codes: ["text/spaces"], after: "甲".repeat(MAX_CELL_TEXT) });
  });
});
