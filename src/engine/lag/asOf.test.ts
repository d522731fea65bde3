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
});
