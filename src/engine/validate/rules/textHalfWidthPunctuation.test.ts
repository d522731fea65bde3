import { textHalfWidthPunctuation } from "./textHalfWidthPunctuation";
import { found, issuesOf, PROGRESS_HEADER, sheet, TASK_HEADER } from "./testHelpers";

const tasks = (...texts: (string | number)[]) =>
  sheet(
    TASK_HEADER,
    texts.map((text, i) => [i + 1, text, "市财政局"]),
  );
const info = (cell: string, row: number, fix: string) => ({ code: "text/half-width-punctuation", severity: "info", cell, row, fix });

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

  it("gives no issue on full-width text, numbers and Latin text", () => {
    expect(found(textHalfWidthPunctuation, tasks("加快发展，推进建设（一期）。", 2024, "Build (phase 1), then test: ok;"))).toEqual([]);
  });

  it("fixes 加快发展,推进建设 and leaves each number of 增长6.5%, 1-6月, G60, PM2.5 and 5A级 as written", () => {
    expect(
      found(textHalfWidthPunctuation, tasks("加快发展,推进建设", "地区生产总值增长6.5%左右,1-6月完成投资", "建设G60科创走廊,PM2.5浓度下降,创建5A级景区")),
    ).toEqual([
      info("B3", 3, "加快发展，推进建设"),
      info("B4", 4, "地区生产总值增长6.5%左右，1-6月完成投资"),
      info("B5", 5, "建设G60科创走廊，PM2.5浓度下降，创建5A级景区"),
    ]);
  });

  it("makes a bracket pair full width when it holds or touches Chinese, also around Latin letters", () => {
    expect(found(textHalfWidthPunctuation, tasks("(一)推进项目建设", "嘉兴经济技术开发区(国际商务区)", "发展人工智能(AI)产业", "建设(2024-2026年)"))).toEqual([
      info("B3", 3, "（一）推进项目建设"),
      info("B4", 4, "嘉兴经济技术开发区（国际商务区）"),
      info("B5", 5, "发展人工智能（AI）产业"),
      info("B6", 6, "建设（2024-2026年）"),
    ]);
  });

  it("looks past spaces for the neighbouring character, and leaves web addresses alone", () => {
    expect(found(textHalfWidthPunctuation, tasks("加快发展 , 推进建设", "详见http://www.jiaxing.gov.cn"))).toEqual([info("B3", 3, "加快发展 ， 推进建设")]);
  });

  it("checks progress text and leaves units cells to the units rules", () => {
    const grid = sheet(PROGRESS_HEADER, [[1, "推进项目建设。", "1-6月,新增人才24名。", "各县(市、区)政府", "按时推进"]], "2021年执行情况（上半年）");
    expect(found(textHalfWidthPunctuation, grid)).toEqual([info("C3", 3, "1-6月，新增人才24名。")]);
  });
});
