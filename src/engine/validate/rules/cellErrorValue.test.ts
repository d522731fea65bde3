import { cellErrorValue } from "./cellErrorValue";
import { issuesOf, PROGRESS_HEADER, sheet } from "./testHelpers";

const progress = (...rows: [string, string][]) =>
  sheet(PROGRESS_HEADER, rows.map(([text, status], i) => [i + 1, "推进项目建设。", text, "市财政局", status]), "2021年执行情况（上半年）");

describe("cellErrorValue", () => {
  it("reports Excel error values anywhere in the table", () => {
    const grid = sheet(PROGRESS_HEADER, [[1, "#N/A", "已开工。", "市财政局", "按时推进"], [2, "推进。", "#REF!", "市财政局", "按时推进"]]);
    expect(issuesOf(cellErrorValue, grid)).toEqual([
      { code: "cell/error-value", severity: "error", cell: "B3" },
      { code: "cell/error-value", severity: "error", cell: "C4" },
    ]);
    expect(issuesOf(cellErrorValue, progress(["已开工，#1号线。", "按时推进"]))).toEqual([]);
  });
});
