import { unitAt } from "./units";

/** unit, baseUnit, multiplier and end of the unit read at the start of the text. */
const unitOf = (text: string, afterArabic = true) => {
  const u = unitAt(text, 0, afterArabic);
  return u && [u.unit, u.baseUnit, u.multiplier, u.end];
};

describe("unitAt", () => {
  it.each<[string, [string, string, number, number]]>([
    ["位,新增", ["位", "位", 1, 1]],
    ["只可控高音喇叭", ["只", "只", 1, 1]],
    ["节(次)以上", ["节(次)", "节", 1, 4]],
    ["人（次）", ["人（次）", "人", 1, 4]],
    // What a rate is per is part of what it measures; its 万 is not.
    ["元/月/人", ["元/月/人", "元/月/人", 1, 5]],
    ["元/人、140元/人", ["元/人", "元/人", 1, 3]],
    ["元/人月", ["元/人月", "元/人月", 1, 4]],
    ["万元/亩以上", ["万元/亩", "元/亩", 1e4, 4]],
    ["吨/亩", ["吨/亩", "吨/亩", 1, 3]],
    // The place a bare 个 counts; before a longer noun, 个 alone.
    ["个村)", ["个村", "个", 1, 2]],
    ["个乡镇、", ["个乡镇", "个", 1, 3]],
    ["个村居广播室", ["个", "个", 1, 1]],
  ])("%s", (text, expected) => {
    expect(unitOf(text)).toEqual(expected);
  });

  it.each(["位数", "节能改造", "只有"])("reads no unit where it opens a word: %s", (text) => {
    expect(unitOf(text)).toBeNull();
  });

  it("reads no rate per something of a %", () => {
    expect(unitOf("%/年")).toEqual(["%", "%", 1, 1]);
  });

  it("reads 节 only after digits: 两节 is a holiday season", () => {
    expect(unitOf("节期间", false)).toBeNull();
  });
});
