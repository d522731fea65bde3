import { taskEmpty } from "./taskEmpty";
import { issuesOf, sheet, TASK_HEADER } from "./testHelpers";

describe("taskEmpty", () => {
  it("reports a numbered task without text, not a filled one", () => {
    expect(issuesOf(taskEmpty, sheet(TASK_HEADER, [[1, "推进项目建设。", "市财政局"], [2, "  ", "市财政局"]]))).toEqual([
      { code: "task/empty", severity: "error", cell: "B4" },
    ]);
  });
});
