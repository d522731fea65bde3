import { enUS } from "../../i18n/en-US";
import { zhCN } from "../../i18n/zh-CN";
import { addMonths, monthWeeks, parseDate } from "./dates";

describe("parseDate", () => {
  it.each([
    ["2021-06-30", "2021-06-30"],
    ["2021/6/30", "2021-06-30"],
    ["2021.6.30", "2021-06-30"],
    ["2021年6月30日", "2021-06-30"],
    ["2021 年 6 月 30 日", "2021-06-30"],
    ["２０２１／６／３０", "2021-06-30"],
    ["20210630", "2021-06-30"],
    ["30 June 2021", "2021-06-30"],
    ["30 Jun 2021", "2021-06-30"],
    ["June 30, 2021", "2021-06-30"],
    ["2024-2-29", "2024-02-29"],
  ])("reads %s", (text, iso) => expect(parseDate(text)).toBe(iso));

  it.each(["", "2021-02-29", "2021/13/1", "6/31", "tomorrow", "30 Juno 2021", "2021-6"])("refuses %j", (text) => expect(parseDate(text, 2021)).toBeNull());

  it("gives a date typed without its year the sheet's year, and none without one", () => {
    expect(parseDate("6/30", 2021)).toBe("2021-06-30");
    expect(parseDate("6月30日", 2022)).toBe("2022-06-30");
    expect(parseDate("6/30")).toBeNull();
  });

  it("reads back every date as the catalogues show it", () => {
    for (const iso of ["2021-06-30", "2024-02-29", "2020-12-01"]) {
      expect(parseDate(zhCN.areas.date.text(iso))).toBe(iso);
      expect(parseDate(enUS.areas.date.text(iso))).toBe(iso);
    }
    expect(zhCN.areas.date.text("2021-06-30")).toBe("2021年6月30日");
    expect(enUS.areas.date.text("2021-06-30")).toBe("30 June 2021");
  });
});

describe("a calendar page", () => {
  it("starts the week on Monday and leaves the days of other months blank", () => {
    // 1 June 2021 was a Tuesday; 30 June a Wednesday.
    const weeks = monthWeeks(2021, 6);
    expect(weeks[0]).toEqual([null, "2021-06-01", "2021-06-02", "2021-06-03", "2021-06-04", "2021-06-05", "2021-06-06"]);
    expect(weeks[weeks.length - 1]).toEqual(["2021-06-28", "2021-06-29", "2021-06-30", null, null, null, null]);
    expect(weeks.flat().filter(Boolean)).toHaveLength(30);
  });

  it("turns over the year", () => {
    expect(addMonths(2021, 12, 1)).toEqual({ year: 2022, month: 1 });
    expect(addMonths(2021, 1, -1)).toEqual({ year: 2020, month: 12 });
  });
});
