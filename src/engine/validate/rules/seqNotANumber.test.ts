import { seqNotANumber } from "./seqNotANumber";
import { issuesOf, sheet, TASK_HEADER } from "./testHelpers";

describe("seqNotANumber", () => {
  it("accepts 1, \"1\", \"1*\" and full-width digits", () => {
    expect(issuesOf(seqNotANumber, sheet(TASK_HEADER, [[1, "甲。", "市财政局"], ["2", "乙。", "市财政局"], ["3*", "丙。", "市财政局"], ["４", "丁。", "市财政局"]]))).toEqual([]);
  });
});
