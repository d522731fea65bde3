import { paceAt, periodEndMonth, resolveAsOf } from "./asOf";

describe("as-of date and 序时进度", () => {
  it("gives the share of the year at a date", () => {
    expect(paceAt(2021, 6, 30)).toBe(0.5);
    expect(paceAt(2021, 9, 30)).toBe(0.75);
    expect(paceAt(2021, 12, 31)).toBe(1);
    expect(paceAt(2021, 1, 31)).toBeCloseTo(1 / 12);
  });

  it("reads the period from titles and progress phrases", () => {
    expect(periodEndMonth("2021年政府工作报告重点工作执行情况（上半年）")?.month).toBe(6);
    expect(periodEndMonth("2021年前三季度执行情况")?.month).toBe(9);
    expect(periodEndMonth("一季度执行情况")?.month).toBe(3);
    expect(periodEndMonth("1-9月完成投资")?.month).toBe(9);
    expect(periodEndMonth("截至6月底")?.month).toBe(6);
    expect(periodEndMonth("截至八月底")?.month).toBe(8);
    expect(periodEndMonth("重点工作责任分解")).toBeNull();
  });

  it("prefers the given date, then the title, then the most common period in the texts", () => {
    expect(resolveAsOf({ given: "2021-09-30", title: "2021年上半年" })).toMatchObject({ date: "2021-09-30", pace: 0.75, source: "given" });
    expect(resolveAsOf({ title: "2021年执行情况（上半年）" })).toMatchObject({ date: "2021-06-30", pace: 0.5, source: "title", evidence: "上半年" });
    expect(resolveAsOf({ title: "2022年执行情况", texts: ["1-5月完成", "1-6月完成", "截至6月底"] })).toMatchObject({ date: "2022-06-30", source: "text" });
    expect(resolveAsOf({ title: "2022年执行情况", texts: ["推进中"] })).toEqual({ date: null, pace: null, source: "none" });
  });

  it("does not take an impossible date", () => {
    expect(resolveAsOf({ given: "2021-02-30", title: "上半年", year: 2021 }).source).toBe("title");
    expect(resolveAsOf({ given: "30/06/2021", year: 2021 }).source).toBe("none");
  });

  it.each([
    ["2022年度市县民生实事未完成项目进度表(截至10月31日)", 10, 31],
    ["截至10月15日", 10, 15],
    ["截止2024年10月15日", 10, 15],
    ["截至十月三十一日", 10, 31],
    ["1月1日至9月20日", 9, 20],
  ])("keeps the day a title names: %s", (title, month, day) => {
    expect(periodEndMonth(title)).toMatchObject({ month, day });
  });

  it.each([
    ["截至8月底", 8],
    ["截止8月末", 8],
    ["截止到7月", 7],
    ["1-8月", 8],
    ["1—8月", 8],
    ["1至8月", 8],
    ["一至八月", 8],
    ["1月-8月份", 8],
    ["2024年1-4月重点工作进展", 4],
    ["2024年4月重点工作推进情况", 4],
    ["4月份重点工作进展", 4],
    ["一季度", 3],
    ["第一季度", 3],
    ["1季度", 3],
    ["二季度", 6],
    ["上半年", 6],
    ["2024年半年工作进展", 6],
    ["三季度", 9],
    ["前三季度", 9],
    ["四季度", 12],
    ["全年", 12],
  ])("reads the period of %s as ending in month %s", (title, month) => {
    expect(periodEndMonth(title)?.month ?? null).toBe(month);
  });

  it("reads a year and month, or a month alone, as a report's period in a title only", () => {
    expect(periodEndMonth("2024年4月开工建设", "text")).toBeNull();
    expect(periodEndMonth("4月份完成招标", "text")).toBeNull();
    expect(periodEndMonth("1-8月完成投资", "text")?.month).toBe(8);
    // 十一至十二月 is no 1-12月
    expect(periodEndMonth("十一至十二月开展", "text")).toBeNull();
  });

  it("sets the pace at the day a title names, and at a month's end otherwise", () => {
    expect(resolveAsOf({ title: "2022年度民生实事进度表(截至10月31日)" })).toMatchObject({
      date: "2022-10-31",
      pace: 10 / 12,
      source: "title",
      evidence: "截至10月31日",
    });
    expect(resolveAsOf({ title: "2022年民生实事进度表（截至10月15日）" })).toMatchObject({ date: "2022-10-15", pace: (9 + 15 / 31) / 12 });
    expect(resolveAsOf({ title: "2024年4月重点工作推进情况" })).toMatchObject({ date: "2024-04-30", pace: 4 / 12 });
    expect(resolveAsOf({ title: "2023年重点工作第一季度进展" })).toMatchObject({ date: "2023-03-31", pace: 0.25 });
  });

  it("takes the year from the title, else the sheet's name, else the file's name", () => {
    expect(resolveAsOf({ title: "民生实事进展（1-8月）", sheetName: "2023年", fileName: "2022-民生.xlsx" }).date).toBe("2023-08-31");
    expect(resolveAsOf({ title: "民生实事进展（1-8月）", fileName: "cangnan-2022-minsheng.csv" }).date).toBe("2022-08-31");
    expect(resolveAsOf({ title: "民生实事进展", sheetName: "1-8月", fileName: "2022.xlsx" })).toMatchObject({
      date: "2022-08-31",
      source: "title",
      evidence: "1-8月",
    });
    // A year in a progress text is another year's figure: the title's year wins.
    expect(resolveAsOf({ title: "2024年重点工作进展", texts: ["2023年1-6月完成投资", "截至6月底"] }).date).toBe("2024-06-30");
    expect(resolveAsOf({ title: "重点工作进展", texts: ["截至2023年6月底"] }).date).toBe("2023-06-30");
  });

  it("takes a title's bare 年度 as the year's end only when the texts name no period", () => {
    expect(resolveAsOf({ title: "2023年度重点工作进展", texts: ["1-9月完成投资", "1-9月新增"] })).toMatchObject({ date: "2023-09-30", source: "text" });
    expect(resolveAsOf({ title: "2023年度重点工作进展", texts: ["推进中"] })).toMatchObject({ date: "2023-12-31", pace: 1, source: "title" });
  });

  it("counts a report dated after its year as the whole year done", () => {
    expect(resolveAsOf({ title: "2023年民生实事完成情况（截至2024年1月15日）" })).toMatchObject({ date: "2024-01-15", pace: 1 });
  });
});
