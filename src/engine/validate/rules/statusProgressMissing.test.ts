import { statusProgressMissing } from "./statusProgressMissing";
import { found, issuesOf, merged, PROGRESS_HEADER, sheet, TASK_HEADER } from "./testHelpers";

const progress = (...rows: [string | null, string | null][]) =>
  sheet(
    PROGRESS_HEADER,
    rows.map(([text, status], i) => [i + 1, "推进项目建设。", text, "市财政局", status]),
    "2021年执行情况（上半年）",
  );

describe("statusProgressMissing", () => {
  it("reports a status set while the progress text is empty, at the progress cell", () => {
    expect(issuesOf(statusProgressMissing, progress(["", "按时推进"], ["已开工。", "按时推进"], ["", ""]))).toEqual([
      { code: "status/progress-missing", severity: "warning", cell: "C3" },
    ]);
  });

  it("gives no issue when every status has its progress text, or neither is filled", () => {
    expect(found(statusProgressMissing, progress(["已开工。", "按时推进"], [null, null], ["已开工。", null]))).toEqual([]);
  });

  it("reports a null or blank progress cell, whatever the status says, without a fix", () => {
    expect(found(statusProgressMissing, progress([null, "已完成"], ["  ", "还行"]))).toEqual([
      { code: "status/progress-missing", severity: "warning", cell: "C3", row: 3 },
      { code: "status/progress-missing", severity: "warning", cell: "C4", row: 4 },
    ]);
  });

  it("has nothing to check without a progress column", () => {
    expect(found(statusProgressMissing, sheet(TASK_HEADER, [[1, "推进。", "市财政局"]]))).toEqual([]);
    expect(found(statusProgressMissing, sheet(["序号", "主要工作任务", "牵头部门", "进展状态"], [[1, "推进。", "市财政局", "按时推进"]]))).toEqual([]);
  });

  it("does not report a line whose progress cell is merged with the line above", () => {
    const grid = merged(
      PROGRESS_HEADER,
      [
        [1, "推进项目建设。", "已开工。", "市财政局", "按时推进"],
        [null, "打造示范。", null, "市建设局", "按时推进"],
      ],
      [{ top: 2, left: 2, bottom: 3, right: 2 }],
      "2021年执行情况（上半年）",
    );
    expect(found(statusProgressMissing, grid)).toEqual([]);
  });
});
