import { statusValue } from "./statusValue";
import { issuesOf, PROGRESS_HEADER, sheet } from "./testHelpers";

const progress = (...rows: [string, string][]) =>
  sheet(PROGRESS_HEADER, rows.map(([text, status], i) => [i + 1, "推进项目建设。", text, "市财政局", status]), "2021年执行情况（上半年）");

describe("statusValue", () => {
  it("accepts the vocabulary, reports an empty status, respells a spaced one and warns about an unknown one", () => {
    expect(issuesOf(statusValue, progress(["已开工。", "按时推进"], ["已开工。", "进度较快"]))).toEqual([]);
    expect(issuesOf(statusValue, progress(["已开工。", ""], ["已开工。", "按时 推进"], ["已开工。", "还行"]))).toEqual([
      { code: "status/empty", severity: "warning", cell: "E3" },
      { code: "status/unknown", severity: "info", cell: "E4", fix: "按时推进" },
      { code: "status/unknown", severity: "warning", cell: "E5" },
    ]);
  });
});
