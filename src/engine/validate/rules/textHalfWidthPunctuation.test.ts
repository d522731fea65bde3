import { textHalfWidthPunctuation } from "./textHalfWidthPunctuation";
import { issuesOf, sheet, TASK_HEADER } from "./testHelpers";

describe("textHalfWidthPunctuation", () => {
  it("makes , ; : ( ) full width inside Chinese", () => {
    const grid = sheet(TASK_HEADER, [[1, "加快发展,推进建设;完善机制:实施(一)行动。", "市财政局"]]);
    expect(issuesOf(textHalfWidthPunctuation, grid)).toEqual([
      { code: "text/half-width-punctuation", severity: "info", cell: "B3", fix: "加快发展，推进建设；完善机制：实施（一）行动。" },
    ]);
  });

  it("leaves decimals, thousands, ranges, times and codes alone", () => {
    const grid = sheet(TASK_HEADER, [[1, "增长6.5%，1-6月完成1,000亿元，G60走廊、PM2.5浓度下降，5A级景区，8:30开放。", "市财政局"]]);
    expect(issuesOf(textHalfWidthPunctuation, grid)).toEqual([]);
  });
});
