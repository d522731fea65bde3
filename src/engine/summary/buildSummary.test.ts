import type { CellValue, SheetGrid } from "../grid";
import type { Language } from "../language";
import type { SheetLayout } from "../layout";
import { CONFIDENCE_ORDER } from "../matching";
import { analyzeWorkbook, placeTabs, tasksOfSheets } from "../pipeline";
import { defaultVocabulary } from "../status/vocabulary";
import { builtinRegistry } from "../units/registry";
import { dayOf, isSummaryReport } from "./buildSummary";
import { CATEGORY_COLOURS, CHART_MAX_BARS } from "./chartStyle";
import { CATEGORIES } from "../status/categories";
import { fixtureSheets } from "../../../test/fixtureSheets";
import { summaryLabels } from "./labels";

/** Chinese characters, and the full-width punctuation that goes with them. */
const CJK = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/u;

const grid = (name: string, values: CellValue[][]): SheetGrid => ({ name, values, merges: [] });

// Two sheets whose 序号 both start at 1, and last year's tasks to compare them with.
const progress = grid("2021上半年执行情况", [
  ["序号", "主要工作任务", "进展情况", "牵头部门", "进展状态"],
  [1, "规上工业增加值增长6%以上。", "推进中。", "市经信局", "进度滞后"],
  [2, "服务业增加值增长6%以上。", "推进中。", "市发展改革委", "按时推进"],
  [3, "新增城镇就业5万人。", "已完成。", "市人力社保局", "已完成"],
]);
const breakdown = grid("2021责任分解", [
  ["序号", "主要工作任务", "牵头单位"],
  [1, "地区生产总值增长6%左右。", "市发展改革委"],
  [2, "社会消费品零售总额增长7%。", "市商务局"],
]);
const lastYear = grid("2020责任分解", [
  ["序号", "主要工作任务", "牵头单位"],
  [1, "地区生产总值增长5%左右。", "市发展改革委"],
  [2, "规上工业增加值增长5%以上。", "市经信局"],
  [3, "服务业增加值增长5%以上。", "市发展改革委"],
  [4, "社会消费品零售总额增长6%。", "市商务局"],
  [5, "新增城镇就业4万人。", "市人力社保局"],
]);

function tabsOf(options: { language?: Language; madeOn?: string } = {}): SheetLayout[] {
  const prior = tasksOfSheets("上年.xlsx", [lastYear]);
  // The plans name the sheets against the workbook's order: the tab still lists them in it.
  const priorYear = [
    { sheets: [breakdown.name], prior },
    { sheets: [progress.name], prior },
  ];
  return analyzeWorkbook([progress, breakdown], { ...registries(), asOf: "2021-06-30", priorYear, ...options }).tabs;
}

const registries = () => ({ registry: builtinRegistry(), vocabulary: defaultVocabulary() });
const tabNamed = (tabs: readonly SheetLayout[], name: string) => tabs.find((t) => t.name === name) as SheetLayout;
const texts = (values: readonly CellValue[]) => values.filter((v): v is string => typeof v === "string");

describe("the summary tabs' words", () => {
  it("say when the tabs were made, in either language, and nothing of a day when none is given", () => {
    expect(tabsOf({ madeOn: "2026-12-06" }).map((t) => t.values[0][0])).toEqual([
      "部门汇总（截至 2021-06-30，序时进度 50%），按全部责任单位统计 · 台账助手生成于 2026年12月6日",
      "滞后任务（截至 2021-06-30，序时进度 50%） · 台账助手生成于 2026年12月6日",
      "上年对比 · 台账助手生成于 2026年12月6日",
      "校验报告 · 台账助手生成于 2026年12月6日",
    ]);
    expect(tabsOf({ language: "en-US", madeOn: "2026-12-06" }).map((t) => t.values[0][0])).toEqual([
      "Summary by unit (as of 2021-06-30, expected progress 50%), counted by every responsible unit · made by Taizhang on 6 Dec 2026",
      "Lagging tasks (as of 2021-06-30, expected progress 50%) · made by Taizhang on 6 Dec 2026",
      "Comparison with the prior year · made by Taizhang on 6 Dec 2026",
      "Check report · made by Taizhang on 6 Dec 2026",
    ]);
    expect(tabsOf().map((t) => t.values[0][0])).toEqual([
      "部门汇总（截至 2021-06-30，序时进度 50%），按全部责任单位统计 · 台账助手生成",
      "滞后任务（截至 2021-06-30，序时进度 50%） · 台账助手生成",
      "上年对比 · 台账助手生成",
      "校验报告 · 台账助手生成",
    ]);
  });

  it("take a day only as yyyy-mm-dd", () => {
    expect(dayOf("2026-01-31")).toEqual({ year: 2026, month: 1, day: 31 });
    for (const bad of ["2026-1-31", "2026-13-01", "2026-12-00", "6 Dec 2026", ""]) expect(() => dayOf(bad)).toThrow(RangeError);
  });

  it("are English in every label of the English tabs; the cells read from the sheets stay as written", () => {
    const tabs = tabsOf({ language: "en-US", madeOn: "2026-12-06" });
    const labels = summaryLabels("en-US");
    expect(tabs.map((t) => t.name)).toEqual(["By unit", "Lagging", "Prior year", "Check report"]);
    for (const tab of tabs) {
      expect(tab.values[0][0]).not.toMatch(CJK);
      expect(texts(tab.values[2]).join("|")).not.toMatch(CJK);
      expect(tab.print?.footer).toBe("Page &P of &N");
      expect(tab.table?.name).toMatch(/^taizhang_[a-z]+_en$/u);
    }
    const [units, lagging, prior, validation] = tabs;
    const body = (tab: SheetLayout) => tab.values.slice(3);
    expect(units.chart?.title).toBe("Task progress by unit");
    // The kinds of unit, the total's label; the flags; the levels, the headings and where a prior task is; the severities.
    expect(texts(body(units).map((r) => r[2] ?? null)).every((kind) => !CJK.test(kind))).toBe(true);
    expect(body(units).some((r) => r[1] === labels.units.total)).toBe(true);
    expect(body(lagging).map((r) => r[0])).toEqual(["Red"]);
    expect(body(lagging)[0][1]).toBe("1");
    expect(body(lagging)[0][2]).toBe("规上工业增加值增长6%以上。");
    const priorLabels = texts(body(prior).flatMap((r) => (r.length === 1 ? r : [r[5] ?? null])));
    expect(priorLabels.length).toBeGreaterThan(0);
    for (const text of priorLabels) expect(text).not.toMatch(CJK);
    for (const row of body(prior).filter((r) => r.length === 7 && r[0] !== labels.prior.sheet))
      expect(String(row[4])).toMatch(/^上年\.xlsx 2020责任分解 No\. \d$/u);
    expect(texts(body(validation).map((r) => r[2] ?? null)).every((severity) => ["Error", "Warning", "Info"].includes(severity))).toBe(true);
  });

  it("are the Chinese of before, and the 上年对比 rows name their sheet, in the workbook's order", () => {
    const prior = tabNamed(tabsOf(), "上年对比");
    expect(prior.values[2]).toEqual(["工作表", "序号", "今年任务", "上年任务", "上年来源", "把握", "目标变化"]);
    expect(prior.print?.footer).toBe("第 &P 页 共 &N 页");
    expect(prior.table?.name).toBe("taizhang_prior");
    // Every task row, in the table and in the sections below it, is linked to its task: the links find them all.
    const rows = (prior.links ?? []).map((link) => ({ link, row: prior.values[link.row] }));
    expect(rows.length).toBe(5);
    for (const { link, row } of rows) {
      expect(row[0]).toBe(link.sheet);
      expect(link.col).toBe(0);
    }
    const order = (sheetRows: typeof rows) => sheetRows.map(({ row }) => `${row[0]} ${row[1]}`);
    const inTable = rows.filter(({ link }) => link.row <= (prior.table?.lastRow ?? 0));
    // Sorted by sheet as the workbook has them, then by row, in each part of the tab.
    const sorted = (part: typeof rows) =>
      [...part].sort((a, b) => Number(a.row[0] === breakdown.name) - Number(b.row[0] === breakdown.name) || Number(a.row[1]) - Number(b.row[1]));
    expect(order(inTable)).toEqual(order(sorted(inTable)));
    expect(new Set(rows.map(({ row }) => row[0]))).toEqual(new Set([progress.name, breakdown.name]));
    expect(rows.filter(({ row }) => row[1] === "1").length).toBe(2);
  });

  it("name the tables of each language apart, so tabs left from a run in the other language never clash", () => {
    const zh = tabsOf().map((t) => t.table?.name);
    const en = tabsOf({ language: "en-US" }).map((t) => t.table?.name);
    expect(zh).toEqual(["taizhang_units", "taizhang_lagging", "taizhang_prior", "taizhang_validation"]);
    expect(en.filter((name) => zh.includes(name))).toEqual([]);
  });

  it("head the add-in's record of its tabs in the tabs' language; the record is read whatever its heading", () => {
    const [, ...english] = tabsOf({ language: "en-US" });
    const placed = placeTabs(english, [], null, {}, "m1", "en-US");
    const owner = placed.sheets[placed.sheets.length - 1];
    expect(owner.values[0]).toEqual(["Tabs generated by Taizhang", "m1"]);
    expect(placed.settings).toEqual({ mark: "m1", ownerSheet: "_taizhang" });
    const again = placeTabs(
      tabsOf(),
      ["2021上半年执行情况", ...english.map((t) => t.name), owner.name],
      { name: owner.name, values: owner.values, merges: [] },
      placed.settings,
      "m2",
    );
    // The workbook keeps its mark: a second one would unprove the journal written under the first.
    expect(again.settings).toEqual({ mark: "m1", ownerSheet: "_taizhang" });
    expect(again.sheets[again.sheets.length - 1].values).toEqual([
      ["台账助手生成的工作表 (tabs generated by Taizhang)", "m1"],
      ...english.map((t) => [t.name]),
      ["部门汇总"],
      ["滞后任务"],
      ["上年对比"],
      ["校验报告"],
    ]);
    expect(again.taken).toEqual([]);
  });
});

describe("the by-unit chart", () => {
  it("holds the ranked table's first units only, each series in its category's colour, for every host alike", async () => {
    const [h1] = await fixtureSheets("2021_上半年执行情况.xlsx");
    const { tabs, aggregation } = analyzeWorkbook([h1], { ...registries(), asOf: "2021-06-30" });
    const units = tabs[0];
    const chart = units.chart;
    if (!chart) throw new Error("the by-unit tab has a chart");
    expect(aggregation.units.length).toBeGreaterThan(CHART_MAX_BARS);
    expect(chart.lastRow - chart.firstRow + 1).toBe(CHART_MAX_BARS);
    // The bars are the table's first rows: the units most behind.
    const names = units.values.slice(chart.firstRow, chart.lastRow + 1).map((row) => row[chart.categoryCol]);
    expect(names).toEqual(aggregation.units.slice(0, CHART_MAX_BARS).map((u) => u.unit));
    expect(chart.colours).toEqual(CATEGORIES.map((c) => CATEGORY_COLOURS[c]));
    expect(chart.seriesCols).toHaveLength(chart.colours.length);
  });
});

describe("the summary catalogues", () => {
  it("have no Chinese in any English word", () => {
    const en = summaryLabels("en-US");
    const strings = (value: unknown): string[] =>
      typeof value === "string" ? [value] : value && typeof value === "object" ? Object.values(value).flatMap(strings) : [];
    const words = [
      ...strings(en),
      en.titleLine("", { year: 2026, month: 12, day: 6 }),
      en.asOf("2021-06-30", "50%"),
      en.units.title("", "lead"),
      en.units.title("", "all"),
      en.lagging.title(""),
      ...CONFIDENCE_ORDER.map((level) => en.prior.section(level)),
      en.prior.seqAt("1"),
      en.prior.rowAt(2),
    ];
    expect(words.length).toBeGreaterThan(60);
    expect(words.filter((word) => CJK.test(word))).toEqual([]);
  });
});

describe("a copy of a summary tab", () => {
  it("is known by its title and header in either language, and a sheet of tasks is not", () => {
    for (const language of ["zh-CN", "en-US"] as const) {
      for (const layout of tabsOf({ language }))
        expect([layout.name, isSummaryReport({ name: layout.name, values: layout.values, merges: [] })]).toEqual([layout.name, true]);
    }
    const [units] = tabsOf();
    expect(isSummaryReport({ name: "表", values: [["部门汇总"], [], units.values[2]], merges: [] })).toBe(false);
    expect(isSummaryReport({ name: "表", values: [units.values[0], [], ["序号", "主要工作任务"]], merges: [] })).toBe(false);
  });
});
