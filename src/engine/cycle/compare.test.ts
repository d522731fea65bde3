import type { CellValue, SheetGrid } from "../grid";
import { defaultVocabulary } from "../status/vocabulary";
import { carriedOver, compareReports, compareTab, describeItem, reportOfSheet, sharedWording, type CompareClass } from "./compare";

const HEADER = ["序号", "重点工作", "牵头单位", "配合单位", "进展情况", "进展状态"];

/** A report sheet: a title naming the period, the header, then rows [序号, 任务, 牵头, 配合, 进展, 状态]. */
function sheet(name: string, title: string, rows: CellValue[][]): SheetGrid {
  return { name, values: [[title], HEADER, ...rows], merges: [] };
}

const Q1 = "2023年重点工作一季度推进情况";
const H1 = "2023年重点工作上半年推进情况";

function compare(previous: CellValue[][], current: CellValue[][]) {
  const v = defaultVocabulary();
  const result = compareReports(reportOfSheet(sheet("本期", H1, current), v), reportOfSheet(sheet("上期", Q1, previous), v));
  const seqs = (cls: CompareClass) => result.items.filter((i) => i.classes.includes(cls)).map((i) => (i.current ?? i.previous)!.seq);
  return { result, seqs };
}

const TASK_1 = "新建城市公园5个，提升城市绿化水平。";
const TASK_2 = "完成老旧小区改造30个，惠及居民1万户。";
const TASK_3 = "新增城镇就业1.2万人。";

describe("compareReports", () => {
  it("puts a task behind both times under 连续滞后, with both periods' reasons", () => {
    const { result, seqs } = compare(
      [["1", TASK_1, "市建设局", "市财政局", "完成选址2个。", "进度滞后"]],
      [["1", TASK_1, "市建设局", "市财政局", "建成公园1个，完成20%。", "进度滞后"]],
    );
    expect(seqs("stillBehind")).toEqual(["1"]);
    const item = result.items[0];
    expect(item.current?.units).toEqual(["市建设局"]);
    expect(item.current?.coUnits).toEqual(["市财政局"]);
    const why = describeItem(item, "stillBehind", result);
    expect(why).toMatch(/^上期（截至2023年3月31日，序时进度25%）滞后：进展状态为“进度滞后”/u);
    expect(why).toContain("本期（截至2023年6月30日，序时进度50%）仍滞后：进展状态为“进度滞后”");
  });

  it("puts a task on pace before and behind now under 新增滞后, reading figures against 序时进度", () => {
    const { result, seqs } = compare(
      [["2", TASK_2, "市住建局", "", "已完成改造8个。", "按时推进"]],
      [["2", TASK_2, "市住建局", "", "已完成改造6个。", "按时推进"]],
    );
    expect(seqs("newlyBehind")).toEqual(["2"]);
    expect(describeItem(result.items[0], "newlyBehind", result)).toContain("（6/30个，完成 20%），低于序时进度 50%");
  });

  it("puts a task behind before and not now under 已恢复", () => {
    const { seqs } = compare(
      [["3", TASK_3, "市人力社保局", "", "新增就业1000人。", "部分滞后"]],
      [["3", TASK_3, "市人力社保局", "", "新增就业6500人。", "按时推进"]],
    );
    expect(seqs("recovered")).toEqual(["3"]);
  });

  it("puts a task done now and not before under 新近完成, and not under 已恢复 though it was behind", () => {
    const { seqs } = compare([["1", TASK_1, "市建设局", "", "建成1个。", "进度滞后"]], [["1", TASK_1, "市建设局", "", "5个公园全部建成。", "已完成"]]);
    expect(seqs("doneSince")).toEqual(["1"]);
    expect(seqs("recovered")).toEqual([]);
  });

  it("puts a text carried over with the same status under 进展未更新, and a behind one under 连续滞后 too", () => {
    const previous = [
      ["1", TASK_1, "市建设局", "", "1-3月完成选址2个。", "进度滞后"],
      ["2", TASK_2, "市住建局", "", "已开工改造15个。", "按时推进"],
      ["3", TASK_3, "市人力社保局", "", "已完成", "已完成"],
    ];
    const current = [
      ["1", TASK_1, "市建设局", "", "1-6月完成选址2个。", "进度滞后"],
      ["2", TASK_2, "市住建局", "", "已开工改造15个。", "进度较快"],
      ["3", TASK_3, "市人力社保局", "", "已完成", "已完成"],
    ];
    const { seqs } = compare(previous, current);
    expect(seqs("notUpdated")).toEqual(["1"]); // 2's status changed; 3 is done both times: nothing to update
    expect(seqs("stillBehind")).toEqual(["1"]);
  });

  it("lists tasks new this period and tasks gone, and finds a renumbered task by its text", () => {
    const previous = [
      ["1", TASK_1, "市建设局", "", "完成选址。", "按时推进"],
      ["2", "筹办全市运动会。", "市体育局", "", "已成立筹委会。", "按时推进"],
      ["3", TASK_3, "市人力社保局", "", "新增就业4000人。", "按时推进"],
    ];
    const current = [
      ["1", TASK_1, "市建设局", "", "建成3个。", "按时推进"],
      ["2", TASK_3, "市人力社保局", "", "新增就业7000人。", "按时推进"],
      ["3", TASK_2, "市住建局", "", "开工15个。", "按时推进"],
    ];
    const { result, seqs } = compare(previous, current);
    expect(seqs("added")).toEqual(["3"]);
    expect(seqs("gone")).toEqual(["2"]);
    const moved = result.items.find((i) => i.current?.seq === "2")!;
    expect(moved.previous?.seq).toBe("3");
    expect(moved.match).toEqual({ how: "text", confidence: "certain", score: 1 });
    expect(
      describeItem(
        result.items.find((i) => i.previous?.seq === "2" && !i.current)!,
        "gone",
        result,
      ),
    ).toBe("本期报告中没有对应任务（上期序号 2）；上期（截至2023年3月31日，序时进度25%）进展：已成立筹委会。");
  });
});

describe("pairing", () => {
  it("tells near-identical tasks apart by their 序号 (one per district), reworded or not", () => {
    const districts = ["南湖区", "秀洲区", "嘉善县", "平湖市"];
    const previous = districts.map((d, i) => [String(i + 1), `${d}新建城市公园5个，提升城市绿化水平。`, `${d}政府`, "", `${d}已完成选址。`, "按时推进"]);
    const current = districts.map((d, i) => [String(i + 1), `${d}新建城市公园5个，全面提升城市绿化水平。`, `${d}政府`, "", `${d}建成2个。`, "按时推进"]);
    const { result } = compare(previous, current);
    for (const item of result.items) {
      expect(item.previous?.seq).toBe(item.current?.seq);
      expect(item.match).toMatchObject({ how: "seq", confidence: "certain" });
    }
  });

  it.each([
    ["one word added", "深化数字经济，打造“互联网+”高地。", "深化数字经济，全力打造“互联网+”高地。", 0.8, 1],
    ["two tasks of one section", "新建城市公园5个，提升城市绿化水平。", "完成老旧小区改造30个，惠及居民1万户。", 0, 0.3],
  ])("shares wording: %s", (_, a, b, low, high) => {
    const share = sharedWording(a, b);
    expect(share).toBeGreaterThanOrEqual(low);
    expect(share).toBeLessThan(high);
  });
});

describe("a report without progress", () => {
  it("is only matched: nothing is called behind, recovered or carried over", () => {
    const v = defaultVocabulary();
    const breakdown: SheetGrid = {
      name: "分解",
      values: [["2023年重点工作责任分解"], ["序号", "重点工作", "牵头单位"], ["1", TASK_1, "市建设局"], ["2", TASK_2, "市住建局"]],
      merges: [],
    };
    const current = sheet("本期", H1, [
      ["1", TASK_1, "市建设局", "", "建成1个。", "进度滞后"],
      ["2", TASK_2, "市住建局", "", "开工15个。", "按时推进"],
    ]);
    const result = compareReports(reportOfSheet(current, v), reportOfSheet(breakdown, v));
    expect(result.previous.progress).toBe(false);
    expect(result.current.progress).toBe(true);
    expect(result.items.map((i) => [i.current?.seq, i.previous?.seq, i.classes])).toEqual([
      ["1", "1", []],
      ["2", "2", []],
    ]);
    expect(compareTab(result).values[3]).toEqual(["上期报告没有“进展情况”或“进展状态”列，只对照了任务，未判断滞后和完成。"]);
  });
});

describe("warnings", () => {
  it("says when the reports are of different years or the previous one is not earlier", () => {
    const v = defaultVocabulary();
    const rows = [["1", TASK_1, "市建设局", "", "建成1个。", "按时推进"]];
    const of = (previousTitle: string) =>
      compareReports(reportOfSheet(sheet("本期", H1, rows), v), reportOfSheet(sheet("上期", previousTitle, rows), v)).warnings;
    expect(of(Q1)).toEqual([]);
    expect(of("2022年重点工作一季度推进情况")).toEqual(["other-year"]);
    expect(of("2023年重点工作前三季度推进情况")).toEqual(["not-earlier"]);
  });
});

describe("carriedOver", () => {
  it.each([
    ["word for word", "完成投资3.2亿元。", "完成投资3.2亿元。", "identical"],
    ["spaces and punctuation", "完成投资3.2亿元，开工2个", "完成投资3.2亿元,  开工2个。", "punctuation"],
    ["only the period", "截至6月底完成投资3.2亿元", "截至3月底完成投资3.2亿元", "period"],
    ["一季度 → 上半年", "上半年完成投资3.2亿元", "一季度完成投资3.2亿元", "period"],
    ["a figure changed", "完成投资5.2亿元", "完成投资3.2亿元", null],
    ["a word added", "完成投资3.2亿元，开工2个", "完成投资3.2亿元", null],
    ["both empty", "", "", null],
  ])("%s", (_, current, previous, expected) => {
    expect(carriedOver(current, previous)).toBe(expected);
  });
});

describe("compareTab", () => {
  it("writes each heading with its count, its header and the rows, in English when asked", () => {
    const { result } = compare([["1", TASK_1, "市建设局", "", "完成选址2个。", "进度滞后"]], [["1", TASK_1, "市建设局", "", "建成1个。", "进度滞后"]]);
    const tab = compareTab(result, { language: "en-US" });
    expect(tab.name).toBe("Since last report");
    expect(tab.values[tab.noteRows![2]][0]).toBe("Behind in both periods (1) — behind last time and now: a case for close supervision");
    expect(tab.values[tab.noteRows![2] + 1]).toEqual(["No.", "Task", "Lead units", "Co-operating units", "Previous status", "Current status", "Why"]);
    expect(tab.values[tab.noteRows![3]][0]).toMatch(/^Newly behind \(0\)/u);
    expect(tab.values[tab.noteRows![3] + 2]).toEqual(["(none)"]);
    expect(tab.columnWidths!.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(180);
  });

  it("never writes a formula: a text starting with = stays text in the row", () => {
    const { result } = compare(
      [["1", "=SUM(A1:A3)", "市建设局", "", "完成选址。", "进度滞后"]],
      [["1", "=SUM(A1:A3)", "市建设局", "", "完成选址。", "进度滞后"]],
    );
    const tab = compareTab(result);
    expect(tab.values.some((row) => row[1] === "=SUM(A1:A3)")).toBe(true);
  });
});
