import { seqNotANumber } from "./seqNotANumber";
import { found, issuesOf, sheet, TASK_HEADER } from "./testHelpers";

describe("seqNotANumber", () => {
  it('accepts 1, "1", "1*" and full-width digits', () => {
    expect(
      issuesOf(
        seqNotANumber,
        sheet(TASK_HEADER, [
          [1, "甲。", "市财政局"],
          ["2", "乙。", "市财政局"],
          ["3*", "丙。", "市财政局"],
          ["４", "丁。", "市财政局"],
        ]),
      ),
    ).toEqual([]);
  });

  it('accepts "5.", "06", sub-numbers, continuation rows, section headings and notes', () => {
    const grid = sheet(TASK_HEADER, [
      ["一、科技创新", null, null],
      ["5.", "甲。", "市财政局"],
      [null, "甲的续行。", "市科技局"],
      ["06", "乙。", "市财政局"],
      ["6.1", "乙之一。", "市财政局"],
      ["（二）产业发展", null, null],
      [7, "丙。", "市财政局"],
      ["注：带*为新增任务。", null, null],
    ]);
    expect(found(seqNotANumber, grid)).toEqual([]);
  });

  it("warns about a 序号 that is text but no number, without a fix", () => {
    const grid = sheet(TASK_HEADER, [
      [1, "甲。", "市财政局"],
      ["一项", "乙。", "市财政局"],
      ["3a", "丙。", "市财政局"],
      ["合计", "丁。", "市财政局"],
    ]);
    expect(found(seqNotANumber, grid)).toEqual([
      { code: "seq/not-a-number", severity: "warning", cell: "A4", row: 4 },
      { code: "seq/not-a-number", severity: "warning", cell: "A5", row: 5 },
      { code: "seq/not-a-number", severity: "warning", cell: "A6", row: 6 },
    ]);
  });

  it("has nothing to check without a 序号 column", () => {
    expect(
      found(
        seqNotANumber,
        sheet(
          ["主要工作任务", "责任单位"],
          [
            ["甲。", "市财政局"],
            ["乙。", "市财政局"],
          ],
        ),
      ),
    ).toEqual([]);
  });
});
