import { seqStoredAsText } from "./seqStoredAsText";
import { issuesOf, sheet, TASK_HEADER } from "./testHelpers";

describe("seqStoredAsText", () => {
  it("turns a number stored as text into a number where the column holds numbers", () => {
    expect(issuesOf(seqStoredAsText, sheet(TASK_HEADER, [[1, "甲。", "市财政局"], ["2", "乙。", "市财政局"]]))).toEqual([
      { code: "seq/number-stored-as-text", severity: "info", cell: "A4", fix: 2 },
    ]);
  });

  it("writes full-width digits as plain ones in an all-text column", () => {
    expect(issuesOf(seqStoredAsText, sheet(TASK_HEADER, [["1", "甲。", "市财政局"], ["２", "乙。", "市财政局"]]))).toEqual([
      { code: "seq/number-stored-as-text", severity: "info", cell: "A4", fix: "2" },
    ]);
  });
});
