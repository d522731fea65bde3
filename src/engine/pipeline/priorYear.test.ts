import type { SheetGrid } from "../grid";
import { fixtureSheets } from "../../../test/fixtureSheets";
import { builtinSource } from "../history";
import { workbookRegistries } from "../settings/registries";
import {
  boundedEditDistance,
  changeLines,
  comparePriorYear,
  priorComparisonRows,
  priorCounts,
  repeatedTasks,
  tasksOfProse,
  tasksOfSheets,
  yearOfSheet,
  type PriorYearMatch,
  type YearTask,
} from "./priorYear";

/**
 * The prior-year step on the real sheets: the lines about targets in both languages, and each task counted once
 * where a 上半年执行情况 sheet repeats its 责任分解's tasks (the bundled sample holds both for 2021).
 */

jest.setTimeout(60_000);

let sample: SheetGrid[];
const sheet = (name: string) => sample.find((s) => s.name === name) as SheetGrid;
let matches: PriorYearMatch[];

beforeAll(async () => {
  sample = await fixtureSheets("sample.xlsx");
  const current = sheet("2024责任分解");
  matches = comparePriorYear(tasksOfSheets("", [current]), tasksOfSheets("", [sheet("2021责任分解")]), workbookRegistries([current]).registry);
});

const bySeq = (seq: string) => matches.find((m) => m.current.seq === seq) as PriorYearMatch;

describe("changeLines", () => {
  it("words the Chinese lines as the stored texts, from the structured fields", () => {
    for (const m of matches) {
      const lines = changeLines(m);
      expect(lines.slice(0, m.changes.length)).toEqual(m.changes.map((c) => c.text));
      expect(lines.slice(m.changes.length, m.changes.length + m.notComparable.length)).toEqual(m.notComparable.map((p) => p.text));
    }
  });

  it("says every line in English, metric names and targets as written", () => {
    expect(changeLines(bySeq("5"), "en-US")).toEqual(["社会消费品零售总额: 7% → 5.5% (−1.5 percentage points)"]);
    const loans = matches.find((m) => m.notComparable.some((p) => p.current === "新增制造业中长期贷款320亿元")) as PriorYearMatch;
    expect(loans.notComparable[0]).toMatchObject({ reason: "scope", incomparable: { kind: "scope", firstOnly: "制造业中长期", secondOnly: "" } });
    expect(changeLines(loans, "en-US")).toContain(
      "Not comparable: 新增制造业中长期贷款320亿元 / prior year 新增贷款2000亿元以上 (different scope: this year adds “制造业中长期”)",
    );
    const english = matches.flatMap((m) => changeLines(m, "en-US"));
    const chinese = matches.flatMap((m) => changeLines(m));
    expect(english).toHaveLength(chinese.length);
    // The words around the data are English: no line starts with, or holds, the Chinese frame.
    expect(english.filter((line) => /不可比|未能比较|今年|上年|个百分点|持平|口径不同|单位不同|指标不同|工作不同/u.test(line))).toEqual([]);
    expect(english.filter((line) => line.startsWith("Not compared: this year ")).length).toBe(chinese.filter((line) => line.startsWith("未能比较")).length);
  });

  it("gives the 上年对比 tab's rows in the tab's language", () => {
    const rows = priorComparisonRows(matches, "en-US");
    const retail = rows.find((r) => r.seq === "5");
    expect(retail?.changes).toBe("社会消费品零售总额: 7% → 5.5% (−1.5 percentage points)");
    expect(priorComparisonRows(matches).find((r) => r.seq === "5")?.changes).toBe("社会消费品零售总额：7% → 5.5%（−1.5个百分点）");
  });
});

describe("repeatedTasks", () => {
  const tasksOf = (...names: string[]) => tasksOfSheets("", names.map(sheet));

  it("finds every task of the 2021 H1 report in the 2021 breakdown, most as the same text, whatever their 序号", () => {
    const tasks = tasksOf("2021责任分解", "2021上半年执行情况");
    const repeats = repeatedTasks(tasks);
    const h1 = tasks.filter((t) => t.sheet === "2021上半年执行情况");
    const breakdown = tasks.filter((t) => t.sheet === "2021责任分解");
    expect([breakdown.length, h1.length]).toEqual([100, 96]);
    // None of the breakdown's (the first sheet), every one of the report's.
    expect(repeats.slice(0, 100).every((r) => r === null)).toBe(true);
    expect(repeats.slice(100).every((r) => r !== null && r.sheet === "2021责任分解")).toBe(true);
    // Each report task repeats a different breakdown task, and most are numbered otherwise (the report drops some).
    expect(new Set(repeats.slice(100)).size).toBe(96);
    expect(h1.filter((t, i) => repeats[100 + i]?.seq !== t.seq).length).toBeGreaterThan(80);
    // Three are near copies: a character dropped, a phrase left out, a full-width letter.
    const bare = (text: string) => text.replace(/[\s\p{P}\p{S}]/gu, "");
    const near = h1.map((t, i) => [t, repeats[100 + i] as YearTask] as const).filter(([t, of]) => bare(t.task) !== bare(of.task));
    expect(near.map(([t, of]) => [t.seq, of.seq])).toEqual([
      ["19", "20"],
      ["47", "49"],
      ["90", "92"],
    ]);
  });

  it("marks a repeated task's row in the 上年对比 tab with the task it repeats, in the tab's language", async () => {
    const current = tasksOf("2021责任分解", "2021上半年执行情况");
    const bundled = builtinSource(2020);
    if (!bundled) throw new Error("the 2020 material is bundled");
    // The 2020 material is the year's plan: its sentences are the prior tasks.
    const prior = tasksOfProse(bundled.planName ?? "", bundled.sentences);
    const compared = comparePriorYear(current, prior, workbookRegistries(sample).registry);
    const rows = priorComparisonRows(compared);
    const repeats = rows.filter((r) => r.changes.startsWith("（与"));
    // Every matched H1 row repeats the breakdown; none of the breakdown's own rows is marked.
    expect(repeats.length).toBe(rows.filter((r) => r.sheet === "2021上半年执行情况").length);
    expect(repeats.length).toBeGreaterThan(0);
    expect(repeats.every((r) => r.sheet === "2021上半年执行情况")).toBe(true);
    const nine = rows.find((r) => r.sheet === "2021上半年执行情况" && r.seq === "9");
    expect(nine?.changes.split("\n")[0]).toBe("（与“2021责任分解”序号 10 为同一任务，只计一次）");
    const english = priorComparisonRows(compared, "en-US").find((r) => r.sheet === "2021上半年执行情况" && r.seq === "9");
    expect(english?.changes.split("\n")[0]).toBe('(same task as No. 10 of "2021责任分解"; counted once)');
  });

  it("finds nothing between a year's breakdown and its indicator table, nor within one sheet", () => {
    expect(repeatedTasks(tasksOf("2024责任分解", "2024主要目标")).every((r) => r === null)).toBe(true);
    const twice = tasksOf("2021责任分解");
    expect(repeatedTasks([...twice, ...twice]).every((r) => r === null)).toBe(true);
  });

  it("takes a text that differs in one character in 20, not more", () => {
    const task = (sheet: string, text: string): YearTask => ({ source: "", sheet, row: 1, seq: "1", task: text, targetText: text, units: [] });
    const base = "加快建设十二个高能级产业生态园，每个园区深耕一至两个重点产业，集聚一批产业链高端环节企业";
    const [, near] = repeatedTasks([task("A", base), task("B", base.replace("十二", "12"))]);
    expect(near?.sheet).toBe("A");
    const [, far] = repeatedTasks([task("A", base), task("B", base.replace("十二个高能级", "10个"))]);
    expect(far).toBeNull();
  });
});

test("boundedEditDistance is the edit distance up to its bound", () => {
  const exact = (a: string, b: string) => {
    let row = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
      const next = [i];
      for (let j = 1; j <= b.length; j++) next[j] = Math.min(row[j] + 1, next[j - 1] + 1, row[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      row = next;
    }
    return row[b.length];
  };
  let seed = 7;
  const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  const word = () => Array.from({ length: Math.floor(random() * 12) }, () => "甲乙丙丁"[Math.floor(random() * 4)]).join("");
  for (let n = 0; n < 2000; n++) {
    const [a, b, limit] = [word(), word(), Math.floor(random() * 5)];
    expect([a, b, limit, boundedEditDistance(a, b, limit)]).toEqual([a, b, limit, Math.min(exact(a, b), limit + 1)]);
  }
});

describe("priorCounts", () => {
  it("counts each task once, by level, with changes, pairs not comparable and tasks without a prior task", () => {
    const counts = priorCounts(matches);
    const matched = matches.filter((m) => m.prior.length > 0);
    expect(counts).toMatchObject({ tasks: 117, distinct: 117, repeated: [], noPrior: matches.length - matched.length });
    expect(counts.matched.certain + counts.matched.likely + counts.matched.tentative).toBe(matched.length);
    expect(counts.changed).toBe(matches.filter((m) => m.changes.some((c) => c.deltaKind !== "same")).length);
    expect(counts.notComparable).toBe(matches.filter((m) => m.notComparable.length > 0).length);
  });

  it("counts the H1 report's tasks with the breakdown's they repeat", () => {
    const current = tasksOfSheets("", [sheet("2021责任分解"), sheet("2021上半年执行情况")]);
    const compared = comparePriorYear(current, tasksOfSheets("", [sheet("2024责任分解")]), workbookRegistries([]).registry, { phrases: false });
    const counts = priorCounts(compared);
    expect(counts).toMatchObject({ tasks: 196, distinct: 100, repeated: [{ sheet: "2021上半年执行情况", of: "2021责任分解", tasks: 96 }] });
    expect(counts.noPrior).toBe(compared.slice(0, 100).filter((m) => m.prior.length === 0).length);
  });
});

test("a sheet's year: its title's, else its name's", () => {
  expect(sample.map(yearOfSheet)).toEqual([2021, 2021, 2024, 2024]);
  expect(yearOfSheet({ name: "上年", merges: [], values: [["序号", "主要工作任务", "责任单位"]] })).toBeNull();
});
