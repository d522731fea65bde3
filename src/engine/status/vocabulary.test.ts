import { vocabularyFromSheet } from "../settings/statusSheet";
import { categorize, categorizeContaining, defaultVocabulary, extendVocabulary, suggestStatuses } from "./vocabulary";

describe("status vocabulary", () => {
  const vocabulary = defaultVocabulary();

  it("maps Jiaxing's and other cities' words onto one set of categories", () => {
    const cases: [string, string][] = [
      ["按时推进", "on_track"],
      ["进度较快", "ahead"],
      ["部分滞后", "behind"],
      ["进度滞后", "behind"],
      ["达进度", "on_track"],
      ["超进度", "ahead"],
      ["欠进度", "behind"],
      ["已完成", "done"],
      ["提前完成", "done"],
      ["未启动", "not_started"],
    ];
    for (const [word, category] of cases) expect(categorize(vocabulary, word)).toMatchObject({ category, known: true, matched: word });
    expect(categorize(vocabulary, "部分滞后").partial).toBe(true);
    expect(categorize(vocabulary, "进度滞后").partial).toBeUndefined();
  });

  it("ignores spaces and width, and says when a word is unknown", () => {
    expect(categorize(vocabulary, " 按时 推进 ")).toMatchObject({ category: "on_track", known: true, matched: "按时推进" });
    expect(categorize(vocabulary, "还行")).toEqual({ category: "unknown", known: false });
    expect(categorize(vocabulary, "")).toEqual({ category: "unknown", known: false });
  });

  it("suggests the closest allowed words", () => {
    expect(suggestStatuses(vocabulary, "滞后", 2)).toEqual(["部分滞后", "进度滞后"]);
    expect(suggestStatuses(vocabulary, "xyz", 3)).toEqual([]);
  });

  it("is extended by a 状态词表 sheet, in English or Chinese category names", () => {
    const { entries, problems } = vocabularyFromSheet([
      ["状态", "类别"],
      ["正常推进", "on_track"],
      ["部分延误", "滞后"],
      ["暂缓", "搁置"],
      ["待定", "constructor"],
    ]);
    expect(entries).toEqual([
      { term: "正常推进", category: "on_track" },
      { term: "部分延误", category: "behind", partial: true },
    ]);
    expect(problems.map((p) => [p.code, p.row, p.column, p.value])).toEqual([
      ["settings/unknown-category", 4, "B", "搁置"],
      ["settings/unknown-category", 5, "B", "constructor"],
    ]);
    const extended = extendVocabulary(vocabulary, entries);
    expect(categorize(extended, "正常推进").category).toBe("on_track");
    expect(categorize(extended, "按时推进").category).toBe("on_track");
  });

  it.each([
    ["严重滞后", "behind", undefined],
    ["推进缓慢", "behind", undefined],
    ["较为滞后", "behind", undefined],
    ["滞后", "behind", undefined],
    ["慢于序时", "behind", undefined],
    ["慢于序时进度", "behind", undefined],
    ["未达序时进度", "behind", undefined],
    ["与目标有较大差距", "behind", undefined],
    ["进度偏慢", "behind", true],
    ["进度较慢", "behind", true],
    ["已完成", "done", undefined],
    ["全面完成", "done", undefined],
    ["基本完成", "done", undefined],
    ["提前完成", "done", undefined],
    ["提前完成年度任务", "done", undefined],
    ["超额完成", "done", undefined],
    ["完成任务", "done", undefined],
    ["未开工", "not_started", undefined],
    ["尚未启动", "not_started", undefined],
    ["未开始", "not_started", undefined],
    ["正在推进", "on_track", undefined],
    ["顺利推进", "on_track", undefined],
    ["序时推进", "on_track", undefined],
    ["正常推进", "on_track", undefined],
    ["有序推进", "on_track", undefined],
    ["稳步推进", "on_track", undefined],
    ["超序时", "ahead", undefined],
    ["快于序时", "ahead", undefined],
    ["快于序时进度", "ahead", undefined],
  ])("knows other places' word %s as %s", (word, category, partial) => {
    expect(categorize(vocabulary, word)).toEqual({ category, known: true, matched: word, ...(partial ? { partial } : {}) });
  });

  it.each([
    ["进展缓慢", "behind", undefined],
    ["推进偏慢", "behind", true],
    ["尚未开工", "not_started", undefined],
    ["已全部完成", "done", undefined],
    ["快于序时进度", "ahead", undefined],
    ["达到序时进度", "on_track", undefined],
  ])("knows the variant %s as %s, not offered", (word, category, partial) => {
    expect(categorize(vocabulary, word)).toEqual({ category, known: true, matched: word, ...(partial ? { partial } : {}) });
    expect(vocabulary.terms.map((t) => t.term)).not.toContain(word);
  });

  it("keeps Jiaxing's four words first, and the offered terms within Excel's 255-character list", () => {
    expect(
      defaultVocabulary()
        .terms.slice(0, 4)
        .map((t) => t.term),
    ).toEqual(["按时推进", "进度较快", "部分滞后", "进度滞后"]);
    expect(`"${vocabulary.terms.map((t) => t.term).join(",")}"`.length).toBeLessThanOrEqual(255);
  });

  it("lets a sheet's term replace a variant of the same spelling", () => {
    const extended = extendVocabulary(vocabulary, [{ term: "进展缓慢", category: "on_track" }]);
    expect(categorize(extended, "进展缓慢").category).toBe("on_track");
    expect(categorize(extended, "进度缓慢").category).toBe("behind");
  });

  it("reads a phrase around a term as that term, without calling the phrase known", () => {
    const read = (cell: string) => categorizeContaining(vocabulary, cell);
    expect(read("提前完成年度任务。")).toEqual({ category: "done", known: false, inferredFrom: "提前完成年度任务" });
    expect(read("基本完成。")).toEqual({ category: "done", known: false, inferredFrom: "基本完成" });
    expect(read("进度滞后（受疫情影响）")).toEqual({ category: "behind", known: false, inferredFrom: "进度滞后" });
    expect(read("部分项目进度滞后")).toEqual({ category: "behind", known: false, inferredFrom: "进度滞后", partial: true });
    expect(read("个别乡镇推进缓慢")).toMatchObject({ category: "behind", partial: true, inferredFrom: "推进缓慢" });
    expect(read("全面完成年度目标任务")).toMatchObject({ category: "done", inferredFrom: "全面完成" });
    // An exact term stays known; validation still calls the phrases unknown.
    expect(read("顺利推进")).toEqual({ category: "on_track", known: true, matched: "顺利推进" });
    expect(categorize(vocabulary, "基本完成。")).toEqual({ category: "unknown", known: false });
  });

  it("takes the longest term, then the most serious of equally long ones", () => {
    const read = (cell: string) => categorizeContaining(vocabulary, cell);
    expect(read("项目严重滞后。")).toMatchObject({ category: "behind", inferredFrom: "严重滞后" });
    expect(read("未达序时进度。")).toMatchObject({ category: "behind", inferredFrom: "未达序时进度" });
    expect(read("总体正常推进，部分滞后")).toMatchObject({ category: "behind", inferredFrom: "部分滞后", partial: true });
  });

  it("reads negations: a negated on-track term is behind, other negated terms say nothing", () => {
    const read = (cell: string) => categorizeContaining(vocabulary, cell);
    expect(read("未按时推进")).toMatchObject({ category: "behind", inferredFrom: "按时推进" });
    expect(read("未能正常推进。")).toMatchObject({ category: "behind", inferredFrom: "正常推进" });
    expect(read("没有滞后")).toEqual({ category: "unknown", known: false });
    expect(read("未全面完成")).toEqual({ category: "unknown", known: false });
    expect(read("尚未完成")).toEqual({ category: "unknown", known: false });
  });

  it("does not read done from what was done, or from part of it, or from a sentence", () => {
    const read = (cell: string) => categorizeContaining(vocabulary, cell);
    expect(read("已完成80%")).toEqual({ category: "unknown", known: false });
    expect(read("已完成投资3亿元")).toEqual({ category: "unknown", known: false });
    expect(read("部分已完成")).toEqual({ category: "unknown", known: false });
    expect(read("项目于3月开工建设，目前主体工程已完成，正在进行内部装修和设备安装调试工作")).toEqual({ category: "unknown", known: false });
    expect(read("还行")).toEqual({ category: "unknown", known: false });
  });

  it("counts a sheet's slow or partial terms as partly behind", () => {
    const { entries } = vocabularyFromSheet([
      ["状态", "类别"],
      ["推进偏慢", "滞后"],
      ["个别延误", "behind"],
      ["严重延误", "behind"],
    ]);
    expect(entries.map((e) => e.partial ?? false)).toEqual([true, true, false]);
  });
});
