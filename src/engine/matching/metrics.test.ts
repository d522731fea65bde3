import { MetricPairs } from "./metrics";

describe("MetricPairs", () => {
  // Metrics as extractTargets reads them from the 2021 and 2024 breakdowns.
  const targets = (...metrics: string[]) => metrics.map((metric) => ({ metric }));
  // A target without a metric ("" : a bare number) is no metric to share.
  const current = [targets("城镇新增就业", "地区生产总值"), targets(""), targets("高新技术企业")];
  const prior = [targets("新增城镇就业"), targets("规上工业增加值", "", "高新技术企业"), targets("居民人均可支配收入")];

  for (const [mode, maxDense] of [
    ["a square of answers", 4096],
    ["a Map, past the square's size", 1],
  ] as const) {
    it(`finds the metrics two tasks share, verbs and order aside, in ${mode}`, () => {
      const pairs = new MetricPairs(maxDense);
      const priorLists = pairs.lists(prior);
      const currentLists = pairs.lists(current);
      expect(pairs.any(currentLists, 0, priorLists, 0)).toBe(true);
      expect(pairs.shared(currentLists, 0, priorLists, 0)).toEqual(["城镇新增就业"]);
      expect(pairs.any(currentLists, 0, priorLists, 1)).toBe(false);
      expect(pairs.any(currentLists, 1, priorLists, 1)).toBe(false);
      expect(pairs.shared(currentLists, 2, priorLists, 1)).toEqual(["高新技术企业"]);
      // Asked again, the remembered answers agree.
      expect(pairs.shared(currentLists, 2, priorLists, 1)).toEqual(["高新技术企业"]);
      expect(pairs.any(currentLists, 2, priorLists, 2)).toBe(false);
    });
  }
});
