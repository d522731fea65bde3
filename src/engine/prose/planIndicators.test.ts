import * as fs from "node:fs";
import * as path from "node:path";
import { recognizeSheet } from "../recognize";
import { tasksOfProse, tasksOfSheets } from "../pipeline";
import { extractTargets } from "../targets";
import { INDICATOR_HEADER, planIndicators, planIndicatorSheet, planYear } from "./planIndicators";
import { planSentences } from "./planSentences";

const plan = (name: string) => fs.readFileSync(path.join(__dirname, "../../../test/fixtures", name), "utf8");

describe("a plan's prose as an indicator table", () => {
  it.each(["2020_计划.txt", "2024_计划.txt"])("%s: one row per numeric target of the prose, name and target apart", (file) => {
    const text = plan(file);
    const indicators = planIndicators(text);
    const expected = planSentences(text).reduce((n, s) => n + extractTargets(s.text).length, 0);
    expect(indicators).toHaveLength(expected);
    expect(indicators.length).toBeGreaterThan(20);
    for (const i of indicators) {
      expect(i.sentence).toContain(i.metric);
      expect(i.sentence).toContain(i.target);
    }
  });

  it("splits 2024's 固定资产投资 target from its name", () => {
    expect(planIndicators(plan("2024_计划.txt"))).toContainEqual(expect.objectContaining({ metric: "固定资产投资", target: "增长6%以上" }));
  });

  it("reads the plan's year from its title", () => {
    expect(planYear(plan("2024_计划.txt"))).toBe(2024);
    expect(planYear(plan("2020_计划.txt"))).toBe(2020);
    expect(planYear("没有年份")).toBeNull();
  });

  it("the sheet is recognised as an indicator table whose targets are the plan's", () => {
    const indicators = planIndicators(plan("2024_计划.txt"));
    const layout = planIndicatorSheet("2024计划指标", indicators);
    expect(layout.values[0]).toEqual([...INDICATOR_HEADER]);
    const grid = { name: layout.name, values: layout.values, merges: [] };
    const [table] = recognizeSheet(grid).tables;
    expect(table.columns).toMatchObject({ task: 0, target: 1, note: 2 });
    // As a prior-year source it carries the same targets as the prose it came from.
    const fromSheet = tasksOfSheets("计划指标", [grid]).flatMap((t) => extractTargets(t.targetText).map((x) => `${x.metric}:${x.value}${x.unit}`));
    const fromProse = tasksOfProse("计划", planSentences(plan("2024_计划.txt"))).flatMap((t) =>
      extractTargets(t.targetText).map((x) => `${x.metric}:${x.value}${x.unit}`),
    );
    const shared = fromSheet.filter((k) => fromProse.includes(k));
    expect(shared.length / fromProse.length).toBeGreaterThan(0.9);
  });
});
