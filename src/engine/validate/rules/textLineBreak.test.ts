import { textLineBreak } from "./textLineBreak";
import { issuesOf, sheet, TASK_HEADER } from "./testHelpers";

describe("textLineBreak", () => {
  it("joins a Chinese task broken over lines, but offers no fix between Latin words", () => {
    const grid = sheet(TASK_HEADER, [[1, "推进项目\n建设。", "市财政局"], [2, "建设G60\nPark。", "市科技局"], [3, "一行。", "市财政局"]]);
    expect(issuesOf(textLineBreak, grid)).toEqual([
      { code: "text/line-break", severity: "info", cell: "B3", fix: "推进项目建设。" },
      { code: "text/line-break", severity: "info", cell: "B4" },
    ]);
  });
});
