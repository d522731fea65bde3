import { divisionByCode } from "./divisions";
import { NAME_INDEX, shortName } from "./names";

const short = (code: string) => {
  const division = divisionByCode(code);
  if (!division) throw new Error(`no division ${code}`);
  return shortName(division);
};

describe("shortName", () => {
  it.each([
    ["330000", "浙江"],
    ["150000", "内蒙古"],
    ["450000", "广西"],
    ["650000", "新疆"],
    ["540000", "西藏"],
    ["110000", "北京"],
    ["330400", "嘉兴"],
    ["422800", "恩施"],
    ["652800", "巴音郭楞"],
    ["522600", "黔东南"],
    ["152500", "锡林郭勒"],
    ["653100", "喀什"],
    ["330327", "苍南"],
    ["310115", "浦东"],
    ["441803", "清新"],
    ["450328", "龙胜"],
    ["623026", "碌曲"],
  ])("%s → %s", (code, expected) => {
    expect(short(code)).toBe(expected);
  });

  it("gives none when under two characters or only a 民族 would remain", () => {
    expect(short("340523")).toBeNull(); // 和县
    expect(short("150724")).toBeNull(); // 鄂温克族自治旗
    expect(short("622926")).toBeNull(); // 东乡族自治县
  });
});

describe("NAME_INDEX", () => {
  it("indexes full names and unshared short names", () => {
    expect(NAME_INDEX.get("苍南县")?.map((e) => [e.division.code, e.kind])).toEqual([["330327", "full"]]);
    expect(NAME_INDEX.get("嘉兴")?.map((e) => [e.division.code, e.kind])).toEqual([["330400", "region"]]);
    expect(NAME_INDEX.get("朝阳区")?.map((e) => e.division.code)).toEqual(["110105", "220104"]);
  });

  it("drops a short name two regions share (吉林, 海南), and marks everyday words", () => {
    expect(NAME_INDEX.has("吉林")).toBe(false);
    expect(NAME_INDEX.has("海南")).toBe(false);
    expect(NAME_INDEX.get("中山")?.every((e) => e.contextOnly)).toBe(true);
    expect(NAME_INDEX.get("公安")?.every((e) => e.contextOnly)).toBe(true);
    expect(NAME_INDEX.get("城区")?.every((e) => e.contextOnly)).toBe(true);
  });
});
