import { planSentences } from "./planSentences";

describe("planSentences", () => {
  it("splits plan prose into sentences and bullet clauses, each with its line", () => {
    const text = "通知标题\n\n  ──固定资产投资增长12%,交通投资按省下达目标任务安排;\n\n  ──出口总额保持正增长。服务贸易稳定。\n12\n";
    expect(planSentences(text)).toEqual([
      { line: 1, index: 1, text: "通知标题" },
      { line: 3, index: 2, text: "固定资产投资增长12%,交通投资按省下达目标任务安排;" },
      { line: 5, index: 3, text: "出口总额保持正增长。" },
      { line: 5, index: 4, text: "服务贸易稳定。" },
    ]);
  });

  it("reads CRLF text and empty text", () => {
    expect(planSentences("甲。\r\n乙。").map((s) => s.line)).toEqual([1, 2]);
    expect(planSentences("")).toEqual([]);
  });
});
