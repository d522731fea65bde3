import { seqOrder } from "./seqOrder";
import { issuesOf, sheet, TASK_HEADER } from "./testHelpers";

const rows = (...seqs: (string | number | null)[]) => seqs.map((seq, i) => [seq, `任务${i}。`, "市财政局"]);

describe("seqOrder", () => {
  it("accepts 1, 2, 3 with continuation rows between", () => {
    expect(issuesOf(seqOrder, sheet(TASK_HEADER, rows(1, 2, null, 3)))).toEqual([]);
  });

  it("reports a gap, a duplicate and a number out of order, at the row", () => {
    expect(issuesOf(seqOrder, sheet(TASK_HEADER, rows(1, 2, 4)))).toEqual([{ code: "seq/gap", severity: "warning", cell: "A5" }]);
    expect(issuesOf(seqOrder, sheet(TASK_HEADER, rows(1, 2, 3, 3)))).toEqual([{ code: "seq/duplicate", severity: "error", cell: "A6" }]);
    expect(issuesOf(seqOrder, sheet(TASK_HEADER, rows(1, 2, 7, 5)))).toEqual([
      { code: "seq/gap", severity: "warning", cell: "A5" },
      { code: "seq/out-of-order", severity: "warning", cell: "A6" },
    ]);
  });

  it("lets numbering restart at 1 after a section heading, or run on across it", () => {
    const restart = sheet(TASK_HEADER, [["一、科技创新", null, null], ...rows(1, 2), ["二、产业发展", null, null], ...rows(1, 2)]);
    expect(issuesOf(seqOrder, restart)).toEqual([]);
    const runOn = sheet(TASK_HEADER, [["一、科技创新", null, null], ...rows(1, 2), ["二、产业发展", null, null], ...rows(3, 4)]);
    expect(issuesOf(seqOrder, runOn)).toEqual([]);
  });
});
