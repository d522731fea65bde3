import { arabicAt, chineseRunAt, parseChineseNumeral, toHalfWidth } from "./numerals";

describe("parseChineseNumeral", () => {
  it.each([
    ["一", 1],
    ["两", 2],
    ["十", 10],
    ["十二", 12],
    ["二十", 20],
    ["一百二十", 120],
    ["一百零五", 105],
    ["一千零二十", 1020],
    ["三千", 3000],
    ["三千五百", 3500],
    ["十万", 100000],
    ["两万", 20000],
    ["一亿五千万", 150000000],
    ["三万亿", 3e12],
    ["二〇二一", 2021],
    ["三点五", 3.5],
    ["零", 0],
  ])("%s = %d", (s, n) => {
    expect(parseChineseNumeral(s)).toBe(n);
  });

  it.each(["十四五", "四五", "百", "五百三千", "", "三点", "三点五点六", "个"])("%s is not a number", (s) => {
    expect(parseChineseNumeral(s)).toBeNull();
  });
});

describe("toHalfWidth", () => {
  it("keeps the length so offsets survive", () => {
    const s = "增长１２．５％，５Ａ级（一）";
    expect(toHalfWidth(s)).toBe("增长12.5%，5A级（一）");
    expect(toHalfWidth(s)).toHaveLength(s.length);
  });
});

describe("arabicAt", () => {
  it("reads decimals and thousands commas, not a clause comma", () => {
    expect(arabicAt("新增1,200家", 2)).toEqual({ value: 1200, end: 7 });
    expect(arabicAt("就业11万人,调查", 2)).toEqual({ value: 11, end: 4 });
    expect(arabicAt("PM2.5", 2)).toEqual({ value: 2.5, end: 5 });
    expect(arabicAt("增长", 0)).toBeNull();
  });
});

describe("chineseRunAt", () => {
  it("takes 点 only inside a run", () => {
    expect(chineseRunAt("三点五万亩", 0)).toBe("三点五万");
    expect(chineseRunAt("点五", 0)).toBe("");
  });
});
