import { textLineBreak } from "./textLineBreak";
import { found, issuesOf, PROGRESS_HEADER, sheet, TASK_HEADER } from "./testHelpers";

const tasks = (...texts: string[]) =>
  sheet(
    TASK_HEADER,
    texts.map((text, i) => [i + 1, text, "市财政局"]),
  );

describe("textLineBreak", () => {
  it("joins a Chinese task broken over lines, but offers no fix between Latin words", () => {
    const grid = sheet(TASK_HEADER, [
      [1, "推进项目\n建设。", "市财政局"],
      [2, "建设G60\nPark。", "市科技局"],
      [3, "一行。", "市财政局"],
    ]);
    expect(issuesOf(textLineBreak, grid)).toEqual([
      { code: "text/line-break", severity: "info", cell: "B3", fix: "推进项目建设。" },
      { code: "text/line-break", severity: "info", cell: "B4" },
    ]);
  });

  it("gives no issue on tasks without line breaks", () => {
    expect(found(textLineBreak, tasks("推进项目建设。", "建设 G60 科创走廊。"))).toEqual([]);
  });

  it("joins Windows and old Mac breaks, several breaks and the spaces around them", () => {
    expect(found(textLineBreak, tasks("推进项目\r\n建设。", "推进\r项目\n\n建设。", "推进项目 \n 建设。\n"))).toEqual([
      { code: "text/line-break", severity: "info", cell: "B3", row: 3, fix: "推进项目建设。" },
      { code: "text/line-break", severity: "info", cell: "B4", row: 4, fix: "推进项目建设。" },
      { code: "text/line-break", severity: "info", cell: "B5", row: 5, fix: "推进项目建设。" },
    ]);
  });

  it("takes the spaces around an old Mac break too, as around any other", () => {
    // Found by the property test: "\r\t序号" became "\t序号", and a second pass then offered to trim the tab.
    expect(found(textLineBreak, tasks("\r\t序号", "推进项目 \r 建设。"))).toEqual([
      { code: "text/line-break", severity: "info", cell: "B3", row: 3, fix: "序号" },
      { code: "text/line-break", severity: "info", cell: "B4", row: 4, fix: "推进项目建设。" },
    ]);
  });

  it("joins a number carried to the next line after Chinese, but not two numbers", () => {
    expect(found(textLineBreak, tasks("新增绿色工厂\n25家。", "投资110\n亿元。", "建设3\n5号线。"))).toEqual([
      { code: "text/line-break", severity: "info", cell: "B3", row: 3, fix: "新增绿色工厂25家。" },
      { code: "text/line-break", severity: "info", cell: "B4", row: 4, fix: "投资110亿元。" },
      { code: "text/line-break", severity: "info", cell: "B5", row: 5 },
    ]);
  });

  it("offers no fix where a line opens a numbered list item: joining would run the items together", () => {
    expect(
      found(
        textLineBreak,
        tasks("重点推进：\n1.建设甲区。\n2.建设乙区。", "实施两项行动：\n（一）甲行动；\n（二）乙行动。", "两方面：\n一、改革；\n二、开放。"),
      ),
    ).toEqual([
      { code: "text/line-break", severity: "info", cell: "B3", row: 3 },
      { code: "text/line-break", severity: "info", cell: "B4", row: 4 },
      { code: "text/line-break", severity: "info", cell: "B5", row: 5 },
    ]);
  });

  it("leaves progress text alone: its lines are lists", () => {
    const grid = sheet(PROGRESS_HEADER, [[1, "推进项目建设。", "1.已开工；\n2.已竣工。", "市财政局", "按时推进"]], "2021年执行情况（上半年）");
    expect(found(textLineBreak, grid)).toEqual([]);
  });
});
