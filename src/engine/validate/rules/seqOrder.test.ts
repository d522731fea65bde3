import { validateSheet } from "../validateSheet";
import { seqOrder } from "./seqOrder";
import { found, issuesOf, sheet, TASK_HEADER } from "./testHelpers";

type Seq = string | number | null;
const rows = (...seqs: Seq[]) => seqs.map((seq, i) => [seq, `任务${i}。`, "市财政局"]);
const section = (label: string) => [label, null, null];
const numbered = (...seqs: Seq[]) => sheet(TASK_HEADER, rows(...seqs));

describe("seqOrder", () => {
  it("accepts 1, 2, 3 with continuation rows between", () => {
    expect(issuesOf(seqOrder, sheet(TASK_HEADER, rows(1, 2, null, 3)))).toEqual([]);
    expect(found(seqOrder, numbered(1, null, null, 2, null, 3))).toEqual([]);
  });

  it("reports a gap, a duplicate and a number out of order, at the row", () => {
    expect(issuesOf(seqOrder, sheet(TASK_HEADER, rows(1, 2, 4)))).toEqual([{ code: "seq/gap", severity: "warning", cell: "A5" }]);
    expect(issuesOf(seqOrder, sheet(TASK_HEADER, rows(1, 2, 3, 3)))).toEqual([{ code: "seq/duplicate", severity: "error", cell: "A6" }]);
    expect(issuesOf(seqOrder, sheet(TASK_HEADER, rows(1, 2, 7, 5)))).toEqual([
      { code: "seq/gap", severity: "warning", cell: "A5" },
      { code: "seq/out-of-order", severity: "warning", cell: "A6" },
    ]);
  });

  it("reports 1, 2, 4 as a gap at the 4, naming the missing number, without a fix", () => {
    expect(found(seqOrder, numbered(1, 2, 4))).toEqual([{ code: "seq/gap", severity: "warning", cell: "A5", row: 5 }]);
    expect(validateSheet(numbered(1, 2, 4), { rules: [seqOrder] })[0].params).toEqual({ seq: 4, missingFrom: 3, missingTo: 3 });
    expect(validateSheet(numbered(1, 5), { rules: [seqOrder] })[0].params).toEqual({ seq: 5, missingFrom: 2, missingTo: 4 });
  });

  it("reports the second of 3, 3 as a duplicate", () => {
    expect(found(seqOrder, numbered(1, 2, 3, 3, 4))).toEqual([{ code: "seq/duplicate", severity: "error", cell: "A6", row: 6 }]);
    // A number written as text or with a mark is the same number.
    expect(found(seqOrder, numbered(1, 2, "3", "3*"))).toEqual([{ code: "seq/duplicate", severity: "error", cell: "A6", row: 6 }]);
  });

  it("reports 5 after 7 as out of order", () => {
    expect(found(seqOrder, numbered(1, 2, 3, 4, 6, 7, 5))).toEqual([
      { code: "seq/gap", severity: "warning", cell: "A7", row: 7 },
      { code: "seq/out-of-order", severity: "warning", cell: "A9", row: 9 },
    ]);
    expect(validateSheet(numbered(1, 2, 3, 4, 6, 7, 5), { rules: [seqOrder] })[1].params).toEqual({ seq: 5, previous: 7 });
  });

  it("lets numbering restart at 1 after a section heading, or run on across it", () => {
    const restart = sheet(TASK_HEADER, [["一、科技创新", null, null], ...rows(1, 2), ["二、产业发展", null, null], ...rows(1, 2)]);
    expect(issuesOf(seqOrder, restart)).toEqual([]);
    const runOn = sheet(TASK_HEADER, [["一、科技创新", null, null], ...rows(1, 2), ["二、产业发展", null, null], ...rows(3, 4)]);
    expect(issuesOf(seqOrder, runOn)).toEqual([]);
  });

  it("does not call 1 after a section heading a duplicate, with continuation rows and several sections", () => {
    const grid = sheet(TASK_HEADER, [
      section("一、科技创新"),
      ...rows(1, null, 2, 3),
      section("二、产业发展"),
      ...rows(1, 2, null),
      section("（三）民生"),
      ...rows(1),
    ]);
    expect(found(seqOrder, grid)).toEqual([]);
  });

  it("does not call 6 after …5 and a section heading a gap", () => {
    const grid = sheet(TASK_HEADER, [section("一、经济发展"), ...rows(1, 2, 3, 4, 5), section("二、社会民生"), ...rows(6, 7)]);
    expect(found(seqOrder, grid)).toEqual([]);
  });

  it("still checks the numbering inside a section and across a heading that does not restart at 1", () => {
    const restartedThenDuplicate = sheet(TASK_HEADER, [section("一、科技创新"), ...rows(1, 2), section("二、产业发展"), ...rows(1, 1)]);
    expect(found(seqOrder, restartedThenDuplicate)).toEqual([{ code: "seq/duplicate", severity: "error", cell: "A8", row: 8 }]);
    const repeatedAcross = sheet(TASK_HEADER, [...rows(1, 2), section("二、产业发展"), ...rows(2)]);
    expect(found(seqOrder, repeatedAcross)).toEqual([{ code: "seq/duplicate", severity: "error", cell: "A6", row: 6 }]);
    const gapAcross = sheet(TASK_HEADER, [...rows(1, 2), section("二、产业发展"), ...rows(4)]);
    expect(found(seqOrder, gapAcross)).toEqual([{ code: "seq/gap", severity: "warning", cell: "A6", row: 6 }]);
  });

  it("calls a restart at 1 without a section heading a duplicate", () => {
    expect(found(seqOrder, numbered(1, 2, 1))).toEqual([{ code: "seq/duplicate", severity: "error", cell: "A5", row: 5 }]);
  });

  it("leaves sub-numbers, text 序号 and full-width digits in sequence alone", () => {
    expect(found(seqOrder, numbered(1, "1.1", "1.2", 2, "３", "4."))).toEqual([]);
    expect(found(seqOrder, numbered(1, "一项", 2))).toEqual([]);
  });

  it("reads the numbers of an indicator table from its names", () => {
    const grid = sheet(
      ["指标名称", "2024年目标"],
      [
        ["1.地区生产总值", "增长6%左右"],
        ["2.一般公共预算收入", "增长5%"],
        ["4.城镇调查失业率", "5%以内"],
      ],
      "2024年主要目标",
    );
    expect(found(seqOrder, grid)).toEqual([{ code: "seq/gap", severity: "warning", cell: "A5", row: 5 }]);
  });
});
