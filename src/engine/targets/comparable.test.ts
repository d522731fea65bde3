import { extractTargets } from "./extractTargets";
import { comparability, nearlyComparable } from "./comparable";

/** The one target of a phrase. */
function only(text: string) {
  const targets = extractTargets(text);
  expect(targets).toHaveLength(1);
  return targets[0];
}

const judge = (current: string, prior: string) => comparability(only(current), only(prior));

describe("comparability: two targets measure the same thing", () => {
  it.each([
    ["城镇新增就业11万人", "新增城镇就业16万人", 16],
    ["固定资产投资增长6%以上", "确保固定资产投资增长8%以上", 8],
    ["新增国家级专精特新“小巨人”企业50家以上", "专精特新“小巨人”10家", 10],
    ["新增国家高新技术企业500家", "新认定高新技术企业300家", 300],
    ["腾退低效用地1.2万亩", "腾退低效用地8000亩", 0.8],
    ["新增大学生10万名", "新引进大学生12万人左右", 12],
    ["市控断面三类及以上水质比例稳定在95%以上", "确保市控断面三类以上水质比例85%以上", 85],
    ["固定资产投资达到266亿元", "固定资产投资预计完成27.4亿元", 27.4],
  ])("%s / %s", (current, prior, value) => {
    expect(judge(current, prior)).toEqual({ comparable: true, value });
  });

  it("never compares a scope with a wider one, however close the words", () => {
    expect(judge("新增制造业中长期贷款320亿元", "新增贷款2000亿元以上")).toEqual({
      comparable: false,
      why: { kind: "scope", firstOnly: "制造业中长期", secondOnly: "" },
    });
    expect(judge("新增省级以上高层次人才50名", "引进高层次人才6000名以上")).toEqual({
      comparable: false,
      why: { kind: "scope", firstOnly: "省级以上", secondOnly: "" },
    });
    expect(judge("规上工业增加值增长7%", "工业增加值增长7%")).toMatchObject({ comparable: false, why: { kind: "scope" } });
  });

  it("never compares different units or different work", () => {
    expect(judge("实际利用外资30亿美元", "实际利用外资200亿元")).toMatchObject({ comparable: false, why: { kind: "unit" } });
    expect(judge("研发投入占比提高0.2个百分点", "研发投入占比提高3%")).toMatchObject({ comparable: false, why: { kind: "unit" } });
    expect(judge("改造农村公路100公里", "新建农村公路100公里")).toEqual({ comparable: false, why: { kind: "action", first: "改造", second: "新建" } });
    expect(judge("新开工保障性住房3000套", "建成保障性住房2000套")).toEqual({ comparable: false, why: { kind: "action", first: "新开工", second: "建成" } });
  });

  it("never compares different indicators of one task", () => {
    expect(judge("清洁生产企业24家", "节水型企业20家")).toEqual({ comparable: false, why: { kind: "metric" } });
  });

  it("calls a pair nearly comparable when one metric holds the other", () => {
    expect(nearlyComparable(only("新增制造业中长期贷款320亿元"), only("新增贷款2000亿元以上"))).toBe(true);
    expect(nearlyComparable(only("清洁生产企业24家"), only("新增绿色工厂25家"))).toBe(false);
  });
});
