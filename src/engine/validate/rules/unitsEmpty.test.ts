import { unitsEmpty } from "./unitsEmpty";
import { issuesOf, sheet, TASK_HEADER } from "./testHelpers";

describe("unitsEmpty", () => {
  it("reports a task without a responsible unit", () => {
    expect(issuesOf(unitsEmpty, sheet(TASK_HEADER, [[1, "甲。", "市财政局"], [2, "乙。", "、"]]))).toEqual([{ code: "units/empty", severity: "error", cell: "C4" }]);
  });
});
