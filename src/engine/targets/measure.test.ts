import { extractTargets } from "./extractTargets";
import { withMeasure } from "./measure";

describe("withMeasure", () => {
  it.each([
    // A bare figure takes its column's unit, before its qualifiers and after 余/多.
    ["5.2", "万人", "5.2万人"],
    ["60以上", "元", "60元以上"],
    ["100余", "人", "100余人"],
    ["1-2", "个", "1-2个"],
    // A unit that is only the sum: the 单位 says what it is per.
    ["不低于60元", "元/月/人", "不低于60元/月/人"],
    ["1.5万元", "元/亩", "1.5万元/亩"],
    // A figure with its own unit keeps it; words after a number make no figure of that unit.
    ["1300人", "人", "1300人"],
    ["7699套", "户", "7699套"],
    ["2021年底前完成", "个", "2021年底前完成"],
    ["-", "公里", "-"],
    // A 单位 that is no unit of measure, or none at all.
    ["8950", "", "8950"],
    ["8950", "人社局", "8950"],
  ])("%s + %s → %s", (target, measure, expected) => {
    expect(withMeasure(target, measure)).toBe(expected);
  });

  it("gives the extractor a target it reads with its unit", () => {
    const [allowance] = extractTargets(`提高农村低保标准${withMeasure("不低于3700元", "元/年/人")}`);
    expect([allowance.value, allowance.unit, allowance.baseUnit, allowance.qualifiers]).toEqual([3700, "元/年/人", "元/年/人", ["不低于"]]);
  });
});
