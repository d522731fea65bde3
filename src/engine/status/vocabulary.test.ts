import { categorize, defaultVocabulary, extendVocabulary, suggestStatuses, vocabularyFromSheet } from "./vocabulary";

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
    ]);
    expect(entries).toEqual([
      { term: "正常推进", category: "on_track" },
      { term: "部分延误", category: "behind", partial: true },
    ]);
    expect(problems.map((p) => [p.code, p.row, p.column, p.value])).toEqual([["settings/unknown-category", 4, "B", "搁置"]]);
    const extended = extendVocabulary(vocabulary, entries);
    expect(categorize(extended, "正常推进").category).toBe("on_track");
    expect(categorize(extended, "按时推进").category).toBe("on_track");
  });
});
