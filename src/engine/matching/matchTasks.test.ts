import { compareTargets, describeChange } from "./targetChanges";
import { matchTasks } from "./matchTasks";
import { nGrams, textRuns } from "./ngrams";
import { extractTargets } from "../targets";
import type { MatchDoc } from "./types";

const doc = (seq: string, text: string, units: string[] = []): MatchDoc => ({ key: seq, seq, text, units });

describe("nGrams", () => {
  it("reads Han runs without digits or punctuation, as 2- and 3-grams", () => {
    expect(textRuns("新增国家高新技术企业500家，G60走廊")).toEqual(["新增国家高新技术企业", "家", "g", "走廊"]);
    expect([...nGrams("适老化改造").keys()]).toEqual(["适老", "老化", "化改", "改造", "适老化", "老化改", "化改造"]);
  });
});

describe("matchTasks", () => {
  const prior = [
    doc("18", "新认定高新技术企业300家、科技型中小企业600家。", ["市科技局"]),
    doc("88", "落实稳就业政策措施，新增城镇就业16万人。", ["市人力社保局"]),
    doc("30", "组织实施扩大有效投资专项行动，确保固定资产投资增长8%以上。", ["市发展改革委"]),
    doc("40", "推进“两高一低”企业整治，腾退低效用地1万亩。", ["市经信局"]),
  ];

  it("finds last year's task in new words, by its rare phrases", () => {
    const [result] = matchTasks([doc("17", "新增国家高新技术企业500家、科技型中小企业1000家。", ["市科技局"])], prior);
    expect(result.prior.map((p) => p.seq)).toEqual(["18"]);
    expect(result.prior[0].evidence.sameLeadUnit).toBe(true);
    expect(result.prior[0].evidence.sharedPhrases?.join("")).toContain("高新技术企业");
  });

  it("leaves out the shared phrases when not asked, and matches the same", () => {
    const current = [doc("17", "新增国家高新技术企业500家、科技型中小企业1000家。", ["市科技局"]), doc("10", "城镇新增就业11万人。", ["市人力社保局"])];
    const full = matchTasks(current, prior, { targetsOf: extractTargets });
    const bare = matchTasks(current, prior, { targetsOf: extractTargets, phrases: false });
    expect(bare.flatMap((m) => m.prior.map((p) => p.evidence.sharedPhrases))).toEqual([undefined, undefined]);
    const withoutPhrases = full.map((m) => ({ ...m, prior: m.prior.map((p) => ({ ...p, evidence: { ...p.evidence, sharedPhrases: undefined } })) }));
    expect(bare).toEqual(withoutPhrases);
  });

  it("says none rather than guess when nothing carries the same work", () => {
    const [result] = matchTasks([doc("55", "促进房地产市场平稳健康发展。", ["市建设局"])], prior);
    expect(result.prior).toEqual([]);
  });

  it("does not pair a bare indicator with another indicator that shares its words", () => {
    const [result] = matchTasks(
      [doc("3", "服务业增加值增长6%以上。", ["市发展改革委"])],
      [doc("47", "推进先进制造业与现代服务业深度融合，生产性服务业占服务业比重达到52%。", ["市发展改革委"])],
      { targetsOf: extractTargets },
    );
    expect(result.prior).toEqual([]);
  });

  it("aligns a target whose verb moved (城镇新增就业 / 新增城镇就业)", () => {
    const [result] = matchTasks([doc("10", "城镇新增就业11万人，调查失业率控制在5%以内。", ["市人力社保局"])], prior, { targetsOf: extractTargets });
    expect(result.prior[0]).toMatchObject({ seq: "88", evidence: { sharedMetrics: ["城镇新增就业"] } });
  });

  it("keeps several prior tasks when one task carries them all", () => {
    const [result] = matchTasks(
      [doc("14", "深化清华长三院、北理工长三院建设，推进南湖实验室建设。")],
      [doc("15", "深化清华长三院建设。"), doc("16", "推进北理工长三院建设。"), doc("17", "推进南湖实验室建设。"), doc("90", "办好民生实事。")],
    );
    expect(result.prior.length).toBeGreaterThanOrEqual(2);
    expect(result.prior.map((p) => p.seq)).not.toContain("90");
    for (const p of result.prior) expect(p.score).toBeGreaterThanOrEqual(result.prior[0].score * 0.65);
  });

  it("is deterministic and gives scores in 0–1, best first", () => {
    const current = [doc("1", "确保固定资产投资增长6%以上。"), doc("2", "腾退低效用地1.2万亩。")];
    const first = matchTasks(current, prior);
    expect(matchTasks(current, prior)).toEqual(first);
    for (const m of first) {
      for (const p of m.prior) expect(p.score).toBeGreaterThan(0);
      for (const p of m.prior) expect(p.score).toBeLessThanOrEqual(1);
      expect([...m.prior].sort((a, b) => b.score - a.score)).toEqual(m.prior);
    }
  });

  it("orders tied scores by prior key as localeCompare does", () => {
    // The same text under keys whose collation differs from their listing and from code-unit order.
    const keys = ["b", "10", "A", "a", "9", "ä", "B", "2021!C5", "2021!c5"];
    const same = keys.map((key) => ({ key, seq: key, text: "新认定高新技术企业300家、科技型中小企业600家。", units: [] }));
    const other = [doc("0", "新认定高新技术企业，科技型企业。"), ...prior.slice(1), doc("91", "办好民生实事。"), doc("92", "促进房地产市场平稳健康发展。")];
    const [result] = matchTasks([doc("1", "新增国家高新技术企业500家、科技型中小企业1000家。")], [...same, ...other], { maxPriors: 12, companionShare: 0 });
    const reference = [...result.prior].sort((a, b) => b.score - a.score || a.key.localeCompare(b.key));
    expect(result.prior.map((p) => p.key)).toEqual(reference.map((p) => p.key));
    expect(result.prior.filter((p) => p.score === result.prior[0].score).map((p) => p.key)).toEqual([...keys].sort((a, b) => a.localeCompare(b)));
  });

  it("orders tied scores under row-number keys as localeCompare does", () => {
    // Keys of digits only (row indexes, as the prior-year step gives) take a quicker path than other keys.
    const keys = ["10", "9", "100", "2", "09", "1", "0"];
    const same = keys.map((key) => ({ key, seq: key, text: "新认定高新技术企业300家、科技型中小企业600家。", units: [] }));
    const other = [...prior.slice(1), doc("91", "办好民生实事。"), doc("92", "促进房地产市场平稳健康发展。")];
    const [result] = matchTasks([doc("5", "新增国家高新技术企业500家、科技型中小企业1000家。")], [...same, ...other], { maxPriors: 12, companionShare: 0 });
    expect(result.prior.map((p) => p.key)).toEqual([...keys].sort((a, b) => a.localeCompare(b)));
  });
});

describe("compareTargets", () => {
  it("gives percentage points for rates and a relative change for counts", () => {
    const { changes } = compareTargets(extractTargets("社会消费品零售总额增长5.5%以上"), extractTargets("社会消费品零售总额增长7%以上"));
    expect(changes).toEqual([expect.objectContaining({ metric: "社会消费品零售总额", unit: "%", prior: 7, current: 5.5, delta: -1.5, deltaKind: "points" })]);
    expect(describeChange(changes[0])).toBe("社会消费品零售总额：7% → 5.5%（−1.5个百分点）");
    const counts = compareTargets(extractTargets("新增国家高新技术企业500家"), extractTargets("新认定高新技术企业300家"));
    expect(counts.changes[0]).toMatchObject({ prior: 300, current: 500, delta: 66.7, deltaKind: "percent" });
  });

  it("converts between 万 and plain units, and leaves different metrics side by side", () => {
    const converted = compareTargets(extractTargets("腾退低效用地1.2万亩"), extractTargets("腾退低效用地8000亩"));
    expect(converted.changes[0]).toMatchObject({ unit: "万亩", prior: 0.8, current: 1.2, delta: 50 });
    const apart = compareTargets(extractTargets("城镇新增就业11万人"), extractTargets("新认定高新技术企业300家"));
    expect(apart.changes).toEqual([]);
    expect(apart.currentOnly.map((t) => t.raw)).toEqual(["城镇新增就业11万人"]);
    expect(apart.priorOnly.map((t) => t.raw)).toEqual(["新认定高新技术企业300家"]);
  });
});
