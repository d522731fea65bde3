import { statusProgressMissing } from "./statusProgressMissing";
import { issuesOf, PROGRESS_HEADER, sheet } from "./testHelpers";

const progress = (...rows: [string, string][]) =>
  sheet(PROGRESS_HEADER, rows.map(([text, status], i) => [i + 1, "推进项目建设。", text, "市财政局", status]), "2021年执行情况（上半年）");

describe("statusProgressMissing", () => {
  it("reports a status set while the progress text is empty, at the progress cell", () => {
    expect(issuesOf(statusProgressMissing, progress(["", "按时推进"], ["已开工。", "按时推进"], ["", ""]))).toEqual([
      { code: "status/progress-missing", severity: "warning", cell: "C3" },
    ]);
  });
});
