import { validateSheet } from "../validateSheet";
import { statusValue } from "./statusValue";
import { found, issuesOf, merged, PROGRESS_HEADER, sheet, TASK_HEADER } from "./testHelpers";

const progress = (...rows: [string, string | null][]) =>
  sheet(
    PROGRESS_HEADER,
    rows.map(([text, status], i) => [i + 1, "推进项目建设。", text, "市财政局", status]),
    "2021年执行情况（上半年）",
  );

describe("statusValue", () => {
  it("accepts the vocabulary, reports an empty status, respells a spaced one and warns about an unknown one", () => {
    expect(issuesOf(statusValue, progress(["已开工。", "按时推进"], ["已开工。", "进度较快"]))).toEqual([]);
    expect(issuesOf(statusValue, progress(["已开工。", ""], ["已开工。", "按时 推进"], ["已开工。", "还行"]))).toEqual([
      { code: "status/empty", severity: "warning", cell: "E3" },
      { code: "status/unknown", severity: "info", cell: "E4", fix: "按时推进" },
      { code: "status/unknown", severity: "warning", cell: "E5" },
    ]);
  });

  it("accepts every default term", () => {
    const terms = ["按时推进", "进度较快", "部分滞后", "进度滞后", "达进度", "超进度", "欠进度", "已完成", "提前完成", "未启动"];
    expect(found(statusValue, progress(...terms.map((t): [string, string] => ["已开工。", t])))).toEqual([]);
  });

  it("reports an empty status (also spaces only) as a warning without a fix", () => {
    expect(found(statusValue, progress(["已开工。", null], ["已开工。", "  "]))).toEqual([
      { code: "status/empty", severity: "warning", cell: "E3", row: 3 },
      { code: "status/empty", severity: "warning", cell: "E4", row: 4 },
    ]);
  });

  it("respells a known status written with spaces or full width, as info", () => {
    expect(found(statusValue, progress(["已开工。", "按时 推进"], ["已开工。", " 进度较快 "], ["已开工。", "按时推进\n"]))).toEqual([
      { code: "status/unknown", severity: "info", cell: "E3", row: 3, fix: "按时推进" },
      { code: "status/unknown", severity: "info", cell: "E4", row: 4, fix: "进度较快" },
      { code: "status/unknown", severity: "info", cell: "E5", row: 5, fix: "按时推进" },
    ]);
  });

  it("warns about 还行 without a fix, suggesting what shares its characters", () => {
    expect(found(statusValue, progress(["已开工。", "还行"]))).toEqual([{ code: "status/unknown", severity: "warning", cell: "E3", row: 3 }]);
    const [issue] = validateSheet(progress(["已开工。", "基本按时"]), { rules: [statusValue] });
    expect(issue.fix).toBeUndefined();
    expect(issue.params.suggestions).toContain("按时推进");
  });

  it("has nothing to check in a table without a status column", () => {
    expect(found(statusValue, sheet(TASK_HEADER, [[1, "推进。", "市财政局"]]))).toEqual([]);
  });

  it("does not report the lower part of a status cell merged over the task's lines", () => {
    const grid = merged(
      PROGRESS_HEADER,
      [
        [1, "推进项目建设。", "已开工。", "市财政局", "按时推进"],
        [null, "打造示范。", "已完成方案。", "市建设局", null],
      ],
      [{ top: 2, left: 4, bottom: 3, right: 4 }],
      "2021年执行情况（上半年）",
    );
    expect(found(statusValue, grid)).toEqual([]);
  });
});
