import { extractTargets } from "../targets";
import { compareTargets, describeChange, describeDelta, describeIncomparable, describeNotComparable, type ChangeFacts } from "./targetChanges";
import type { Incomparable } from "../targets";

/** The lines of a target change, in Chinese (the product's language, and the CHANGE function's) and in English. */

const change = (current: string, prior: string) => compareTargets(extractTargets(current), extractTargets(prior));

describe("a target change in the reader's language", () => {
  it.each<[string, ChangeFacts, string, string]>([
    [
      "a rate: percentage points",
      { metric: "社会消费品零售总额", unit: "%", prior: 7, current: 5.5, delta: -1.5, deltaKind: "points" },
      "社会消费品零售总额：7% → 5.5%（−1.5个百分点）",
      "社会消费品零售总额: 7% → 5.5% (−1.5 percentage points)",
    ],
    [
      "one point",
      { metric: "社会消费品零售总额", unit: "%", prior: 8, current: 7, delta: -1, deltaKind: "points" },
      "社会消费品零售总额：8% → 7%（−1个百分点）",
      "社会消费品零售总额: 8% → 7% (−1 percentage point)",
    ],
    [
      "a count: percent, the unit as written",
      { metric: "国家高新技术企业", unit: "家", prior: 300, current: 500, delta: 66.7, deltaKind: "percent" },
      "国家高新技术企业：300家 → 500家（+66.7%）",
      "国家高新技术企业: 300家 → 500家 (+66.7%)",
    ],
    [
      "unchanged",
      { metric: "小微企业园", unit: "家", prior: 20, current: 20, delta: 0, deltaKind: "same" },
      "小微企业园：20家 → 20家（持平）",
      "小微企业园: 20家 → 20家 (unchanged)",
    ],
  ])("%s", (_name, facts, zh, en) => {
    expect(describeChange(facts)).toBe(zh);
    expect(describeChange(facts, "zh-CN")).toBe(zh);
    expect(describeChange(facts, "en-US")).toBe(en);
  });

  it("words the delta alone, as the CHANGE function returns it in Chinese", () => {
    const [retail] = change("社会消费品零售总额增长5.5%以上", "社会消费品零售总额增长7%以上").changes;
    expect([describeDelta(retail), describeDelta(retail, "en-US")]).toEqual(["−1.5个百分点", "−1.5 percentage points"]);
    const [firms] = change("新增国家高新技术企业500家", "新认定高新技术企业300家").changes;
    expect([describeDelta(firms), describeDelta(firms, "en-US")]).toEqual(["+66.7%", "+66.7%"]);
  });

  it("stays Chinese where a list of changes is mapped through it (CHANGE's message): the index is no language", () => {
    const { changes } = change("社会消费品零售总额增长5.5%以上，新增国家高新技术企业500家", "社会消费品零售总额增长7%以上，新认定高新技术企业300家");
    expect(changes.map(describeChange)).toEqual(["社会消费品零售总额：7% → 5.5%（−1.5个百分点）", "国家高新技术企业：300家 → 500家（+66.7%）"]);
  });
});

describe("why two targets are not compared, in the reader's language", () => {
  it.each<[Incomparable, string, string]>([
    [{ kind: "scope", firstOnly: "制造业中长期", secondOnly: "" }, "口径不同：今年多“制造业中长期”", "different scope: this year adds “制造业中长期”"],
    [
      { kind: "scope", firstOnly: "省级以上", secondOnly: "国家级" },
      "口径不同：今年多“省级以上”，上年多“国家级”",
      "different scope: this year adds “省级以上”, prior year adds “国家级”",
    ],
    [{ kind: "unit", first: "人/亿元", second: "%" }, "单位不同：人/亿元 与 %", "different units: 人/亿元 and %"],
    [{ kind: "unit", first: "家", second: "" }, "单位不同：家 与 无单位", "different units: 家 and no unit"],
    [{ kind: "action", first: "新增", second: "累计" }, "工作不同：新增 与 累计", "different work: 新增 and 累计"],
    [{ kind: "metric" }, "指标不同", "different metrics"],
  ])("%j", (why, zh, en) => {
    expect(describeIncomparable(why)).toBe(zh);
    expect(describeIncomparable(why, "en-US")).toBe(en);
  });

  it("names both targets as written, and why, on one line", () => {
    const { notComparable } = change("新增制造业中长期贷款320亿元", "新增贷款2000亿元以上");
    expect(notComparable).toHaveLength(1);
    expect(describeNotComparable(notComparable[0])).toBe("不可比：新增制造业中长期贷款320亿元／上年 新增贷款2000亿元以上（口径不同：今年多“制造业中长期”）");
    expect(describeNotComparable(notComparable[0], "en-US")).toBe(
      "Not comparable: 新增制造业中长期贷款320亿元 / prior year 新增贷款2000亿元以上 (different scope: this year adds “制造业中长期”)",
    );
  });
});
