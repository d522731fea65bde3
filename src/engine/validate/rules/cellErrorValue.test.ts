import { validateSheet } from "../validateSheet";
import { cellErrorValue } from "./cellErrorValue";
import { found, PROGRESS_HEADER, sheet, TASK_HEADER } from "./testHelpers";

const progress = (...rows: [string, string][]) =>
  sheet(
    PROGRESS_HEADER,
    rows.map(([text, status], i) => [i + 1, "推进项目建设。", text, "市财政局", status]),
    "2021年执行情况（上半年）",
  );

describe("cellErrorValue", () => {
  it("gives no issue on a clean table, nor on text that merely contains a #", () => {
    expect(found(cellErrorValue, progress(["已开工，#1号线。", "按时推进"], ["完成#N/A项检测。", "按时推进"]))).toEqual([]);
    expect(
      found(
        cellErrorValue,
        sheet(TASK_HEADER, [
          [1, "推进项目建设。", "市财政局"],
          [2, "建设#REF!平台。", "市科技局"],
        ]),
      ),
    ).toEqual([]);
  });

  it("reports Excel error values in any column of the table, as errors without a fix", () => {
    const grid = sheet(PROGRESS_HEADER, [
      [1, "#N/A", "已开工。", "市财政局", "按时推进"],
      [2, "推进。", "#REF!", "市财政局", "按时推进"],
    ]);
    expect(found(cellErrorValue, grid)).toEqual([
      { code: "cell/error-value", severity: "error", cell: "B3", row: 3 },
      { code: "cell/error-value", severity: "error", cell: "C4", row: 4 },
    ]);
  });

  it("reports them in the 序号, units and status columns and beyond the header's columns", () => {
    const grid = sheet(PROGRESS_HEADER, [
      ["#VALUE!", "推进。", "已开工。", "#NAME?", "#DIV/0!"],
      [2, "推进。", "已开工。", "市财政局", "按时推进", "#NUM!"],
    ]);
    expect(found(cellErrorValue, grid)).toEqual([
      { code: "cell/error-value", severity: "error", cell: "A3", row: 3 },
      { code: "cell/error-value", severity: "error", cell: "D3", row: 3 },
      { code: "cell/error-value", severity: "error", cell: "E3", row: 3 },
      { code: "cell/error-value", severity: "error", cell: "F4", row: 4 },
    ]);
  });

  it("knows every Excel error value and tolerates spaces around one, naming it in the params", () => {
    const errors = ["#NULL!", "#SPILL!", "#CALC!", "#GETTING_DATA", " #N/A "];
    const grid = sheet(
      TASK_HEADER,
      errors.map((error, i) => [i + 1, error, "市财政局"]),
    );
    const issues = validateSheet(grid, { rules: [cellErrorValue] });
    expect(issues.map((i) => [i.code, i.cell, i.params.error, i.fix])).toEqual([
      ["cell/error-value", "B3", "#NULL!", undefined],
      ["cell/error-value", "B4", "#SPILL!", undefined],
      ["cell/error-value", "B5", "#CALC!", undefined],
      ["cell/error-value", "B6", "#GETTING_DATA", undefined],
      ["cell/error-value", "B7", "#N/A", undefined],
    ]);
  });

  it("does not look above the header (the title) nor at look-alikes", () => {
    const grid = sheet(
      TASK_HEADER,
      [
        [1, "#N/A。", "市财政局"],
        [2, "#ref!", "市财政局"],
        [3, "N/A", "市财政局"],
        [4, "推进。", "#REF"],
      ],
      "#REF!",
    );
    expect(found(cellErrorValue, grid)).toEqual([]);
  });
});
