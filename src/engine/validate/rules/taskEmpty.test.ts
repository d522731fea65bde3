import { taskEmpty } from "./taskEmpty";
import { found, issuesOf, merged, sheet, TASK_HEADER } from "./testHelpers";

describe("taskEmpty", () => {
  it("reports a numbered task without text, not a filled one", () => {
    expect(
      issuesOf(
        taskEmpty,
        sheet(TASK_HEADER, [
          [1, "推进项目建设。", "市财政局"],
          [2, "  ", "市财政局"],
        ]),
      ),
    ).toEqual([{ code: "task/empty", severity: "error", cell: "B4" }]);
  });

  it("gives no issue when every task and continuation line has text", () => {
    expect(
      found(
        taskEmpty,
        sheet(TASK_HEADER, [
          [1, "甲。", "市财政局"],
          [null, "甲的续行。", "市科技局"],
          [2, "乙。", "市财政局"],
        ]),
      ),
    ).toEqual([]);
  });

  it("reports an empty cell and one of full-width spaces, without a fix", () => {
    expect(
      found(
        taskEmpty,
        sheet(TASK_HEADER, [
          [1, null, "市财政局"],
          [2, "\u3000", "市财政局"],
          [3, "丙。", "市财政局"],
        ]),
      ),
    ).toEqual([
      { code: "task/empty", severity: "error", cell: "B3", row: 3 },
      { code: "task/empty", severity: "error", cell: "B4", row: 4 },
    ]);
  });

  it("does not report section headings, which have no task text", () => {
    expect(
      found(
        taskEmpty,
        sheet(TASK_HEADER, [
          ["一、科技创新", null, null],
          [1, "甲。", "市财政局"],
        ]),
      ),
    ).toEqual([]);
  });

  it("does not report the lower part of a task cell merged over the task's lines", () => {
    const grid = merged(
      TASK_HEADER,
      [
        [1, "推进项目建设。", "市财政局"],
        [null, null, "市科技局"],
      ],
      [{ top: 2, left: 1, bottom: 3, right: 1 }],
    );
    expect(found(taskEmpty, grid)).toEqual([]);
    const emptyMerge = merged(
      TASK_HEADER,
      [
        [1, null, "市财政局"],
        [null, null, "市科技局"],
      ],
      [{ top: 2, left: 1, bottom: 3, right: 1 }],
    );
    expect(found(taskEmpty, emptyMerge)).toEqual([{ code: "task/empty", severity: "error", cell: "B3", row: 3 }]);
  });
});
