import { textSpaces } from "./textSpaces";
import { issuesOf, sheet, TASK_HEADER } from "./testHelpers";

describe("textSpaces", () => {
  it("trims leading and trailing spaces and collapses doubled ones, leaving single spaces", () => {
    const grid = sheet(TASK_HEADER, [[1, " 推进项目建设。 ", "市财政局"], [2, "建设  G60 科创走廊。", "市科技局"], [3, "推进 A 级景区建设。", "市文化广电旅游局"]]);
    expect(issuesOf(textSpaces, grid)).toEqual([
      { code: "text/spaces", severity: "info", cell: "B3", fix: "推进项目建设。" },
      { code: "text/spaces", severity: "info", cell: "B4", fix: "建设 G60 科创走廊。" },
    ]);
  });
});
