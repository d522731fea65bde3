import { distinctUnits, readUnit, splitUnits, unitLevelHint } from "./units";

describe("splitUnits", () => {
  it("splits lists on 、，,;； slashes, spaces and line breaks, and drops labels and numbering", () => {
    expect(splitUnits("嘉善县政府、市长三角发展办")).toEqual(["嘉善县政府", "市长三角发展办"]);
    expect(splitUnits("县水务局\n县住建局；县民政局, 县残联 / 县商务局")).toEqual(["县水务局", "县住建局", "县民政局", "县残联", "县商务局"]);
    expect(splitUnits("牵头单位：1.县教育局\n2、县财政局")).toEqual(["县教育局", "县财政局"]);
    expect(splitUnits("★区发改委、")).toEqual(["区发改委"]);
    expect(splitUnits("市委组织部(市委人才办)")).toEqual(["市委组织部(市委人才办)"]);
  });

  it("gives each unit once across cells, in order of first appearance", () => {
    expect(distinctUnits(["县教育局、县财政局", "县财政局", "县教育局、县财政局", "县民政局"])).toEqual(["县教育局", "县财政局", "县民政局"]);
  });
});

describe("unitLevelHint", () => {
  it("reads 县/区 bodies and towns as a county's, 市 bodies and 各县（市、区） as a city's", () => {
    expect(unitLevelHint(["县教育局", "县财政局", "市发改委"])).toBe("county");
    expect(unitLevelHint(["灵溪镇", "大观园街道办事处", "市教育局"])).toBe("county");
    expect(unitLevelHint(["市发改委", "市财政局", "各县（市", "区）政府"])).toBe("city");
    expect(unitLevelHint(["市场监管局", "教育局"])).toBeNull(); // 市场 is no level
    expect(unitLevelHint(["县教育局", "市发改委"])).toBeNull();
  });
});

describe("readUnit", () => {
  const read = (unit: string) => {
    const reading = readUnit(unit);
    return reading && { codes: reading.place.map((d) => d.code), branch: reading.branch };
  };

  it("reads a division named at the start, or as a branch", () => {
    expect(read("苍南县教育局")).toEqual({ codes: ["330327"], branch: false });
    expect(read("嘉善县人民政府")).toEqual({ codes: ["330421"], branch: false });
    expect(read("市公安局苍南分局")).toEqual({ codes: ["330327"], branch: true });
    expect(read("嘉兴市生态环境局嘉善分局")).toEqual({ codes: ["330421"], branch: true });
    expect(read("朝阳区政府")).toEqual({ codes: ["110105", "220104"], branch: false });
  });

  it("reads nothing from level prefixes, names inside a unit, or short city names", () => {
    for (const unit of ["县教育局", "市发改委", "区公安分局", "人行嘉兴市中心支行", "国家金融监督管理总局嘉兴监管分局", "嘉兴学院", "浙江红船干部学院"]) {
      expect([unit, readUnit(unit)]).toEqual([unit, null]);
    }
  });
});
