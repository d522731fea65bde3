import { MAX_CELL_TEXT, type CellValue } from "../grid";
import { planFixes } from "./fixes";
import { renderMessage } from "./messages";
import { validateSheet } from "./validateSheet";
import { PROGRESS_HEADER, sheet } from "./rules/testHelpers";

describe("validateSheet", () => {
  it("offers no fix that Excel could not hold in the cell, and still reports the issue", () => {
    // Found by the fix-revert property: 4,097 × 长三角发展办 run together (24,582 characters) would have become 32,775
    // with 、 between them and 市 before each, and applying it failed the whole batch. Here a cell full to the limit
    // gets one 市 more.
    const units = `长三角发展办、${"火".repeat(MAX_CELL_TEXT - 7)}`;
    expect(units.length).toBe(MAX_CELL_TEXT);
    const issues = validateSheet(sheet(PROGRESS_HEADER, [[1, "推进。", "已开工。", units, "按时推进"]]));
    expect(issues.filter((issue) => issue.cell === "D3").map((issue) => [issue.code, issue.fix])).toEqual([
      ["units/alias", undefined],
      ["units/unknown", undefined],
    ]);
    expect(planFixes(issues)).toEqual([]);
  });

  it("offers the fix when it fits, up to the last character", () => {
    const spaced = ` ${"甲".repeat(MAX_CELL_TEXT)}`;
    const [change] = planFixes(validateSheet(sheet(PROGRESS_HEADER, [[1, "推进。", spaced, "市财政局", "按时推进"]])));
    expect(change).toMatchObject({ cell: "C3", codes: ["text/spaces"], after: "甲".repeat(MAX_CELL_TEXT) });
  });
});

describe("a fix never makes a text start like a formula", () => {
  const cellsOf = (rows: CellValue[][]) =>
    validateSheet(sheet(PROGRESS_HEADER, rows)).map((issue) => ({ cell: issue.cell, code: issue.code, fix: issue.fix, unfixed: issue.params.unfixed }));

  it("keeps the tab that hides =1 (issue 23): the issue stays, without a fix, and says why in both languages", () => {
    const issues = validateSheet(sheet(PROGRESS_HEADER, [[1, "\t=1", " +86-573 ", "市财政局", "按时推进"]]));
    expect(issues.filter((issue) => issue.cell === "B3" || issue.cell === "C3").map((i) => [i.cell, i.code, i.fix, i.params.unfixed])).toEqual([
      ["B3", "text/spaces", undefined, "formula-like"],
      ["C3", "text/spaces", undefined, "formula-like"],
    ]);
    expect(planFixes(issues)).toEqual([]);
    const [issue] = issues;
    expect(renderMessage(issue)).toBe("文字首尾或中间有多余空格。未自动修复：修复后文字会以 = + - @ 开头，可能被当作公式，请手工修改。");
    expect(renderMessage(issue, "en-US")).toBe(
      "Extra spaces at the start, end or inside the text. Not fixed automatically: the fixed text would start with = + - or @ and could be taken for a formula; edit it by hand.",
    );
  });

  it("still fixes a text that started like a formula already, or does not end up like one", () => {
    expect(cellsOf([[1, "-3% ", "推进 ", "市财政局", "按时推进"]])).toEqual([
      { cell: "B3", code: "text/spaces", fix: "-3%", unfixed: undefined },
      { cell: "C3", code: "text/spaces", fix: "推进", unfixed: undefined },
    ]);
  });

  it("withholds every fix of the cell when their sum would start like a formula", () => {
    // The punctuation alone would be safe, but it is one change with the trim: the cell is left as it is.
    expect(cellsOf([[1, " @推进,落实", "推进", "市财政局", "按时推进"]])).toEqual([
      { cell: "B3", code: "text/spaces", fix: undefined, unfixed: "formula-like" },
      { cell: "B3", code: "text/half-width-punctuation", fix: undefined, unfixed: "formula-like" },
    ]);
  });
});
