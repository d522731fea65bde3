import { taskDuplicate } from "./taskDuplicate";
import { issuesOf, sheet, TASK_HEADER } from "./testHelpers";

describe("taskDuplicate", () => {
  it("reports the second copy of a task, whatever its spaces, width and end punctuation", () => {
    const grid = sheet(TASK_HEADER, [[1, "推进项目建设，加快改造。", "市财政局"], [2, "推进项目建设, 加快改造", "市建设局"], [3, "另一项任务。", "市财政局"]]);
    expect(issuesOf(taskDuplicate, grid)).toEqual([{ code: "task/duplicate", severity: "warning", cell: "B4" }]);
  });
});
