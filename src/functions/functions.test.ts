import * as fs from "node:fs";
import * as path from "node:path";
import Papa from "papaparse";
import { ERROR_CODES, isFunctionError, setFunctionLanguage } from "./errors";
import { functionProblemText, type FunctionProblem } from "./messages";
import { category, change, prior, target, targets, units } from "./functions";

const FIXTURES = path.join(__dirname, "../../test/fixtures");

/** A fixture CSV's rows, header included. */
function csv(name: string): string[][] {
  return Papa.parse<string[]>(fs.readFileSync(path.join(FIXTURES, name), "utf8"), { skipEmptyLines: true }).data;
}

/** The 主要工作任务 cell of the row with this 序号. */
function task(rows: string[][], seq: string): string {
  const row = rows.find((r) => r[0] === seq);
  if (!row) throw new Error(`no 序号 ${seq}`);
  return row[1];
}

/** Gold rows of match_2024_to_2021.dev.tsv by 2024 id. */
function gold(): Map<string, { id2021: string; confidence: string }> {
  const [, ...lines] = fs
    .readFileSync(path.join(FIXTURES, "gold/match_2024_to_2021.dev.tsv"), "utf8")
    .split("\n")
    .filter((l) => l.trim() !== "");
  return new Map(lines.map((l) => l.split("\t")).map(([id2024, id2021, confidence]) => [id2024, { id2021, confidence }]));
}

const tasks2021 = csv("2021_责任分解.csv");
const tasks2024 = csv("2024_责任分解.csv");
/** The 2021 task column as Excel passes a one-column range (header row included, as a user would select it). */
const priorColumn = tasks2021.map((r) => [r[1]]);

function expectError(value: unknown, code: string, messagePart: string): void {
  expect(isFunctionError(value)).toBe(true);
  const error = value as { code: string; message: string };
  expect(error.code).toBe(code);
  expect(error.message).toContain(messagePart);
}

describe("TARGETS", () => {
  test("2024 责任分解 序号 4: one row, 6 %, at least (以上)", () => {
    const text = task(tasks2024, "4");
    expect(text).toBe("固定资产投资增长6%以上。");
    expect(targets(text)).toEqual([["固定资产投资", 6, "%", "以上"]]);
  });

  test("2024 责任分解 序号 48: 3.5万亩 keeps the unit as written, value in that unit; one row per target", () => {
    const text = task(tasks2024, "48");
    expect(text).toContain("全年供应土地3.5万亩");
    expect(targets(text)).toEqual([
      ["土地", 3.5, "万亩", ""],
      ["工业用地占比", 40, "%", "以上"],
    ]);
  });

  test("2021 责任分解 序号 39: a range is written low-high", () => {
    expect(targets(task(tasks2021, "39"))).toEqual([
      ["省级夜间经济试点城市", 3, "个", ""],
      ["省级智慧商圈", "1-2", "个", ""],
    ]);
  });

  test("2021 责任分解 序号 30: several qualifiers in text order, joined by 、", () => {
    expect(targets(task(tasks2021, "30"))).toEqual([["固定资产投资", 8, "%", "确保、以上"]]);
  });

  test("no target: a 1×1 #N/A, not an empty spill", () => {
    const result = targets("深化“6+2”改革试点，争取省级综合授权改革。");
    expect(result).toHaveLength(1);
    expectError(result[0][0], ERROR_CODES.notAvailable, "没有找到数字目标");
  });

  test("non-text input: #VALUE!, never thrown", () => {
    expectError(targets(42 as unknown as string)[0][0], ERROR_CODES.invalidValue, "须为文字");
  });
});

describe("TARGET", () => {
  const text = task(tasks2024, "48");

  test("the first target by default, the n-th on request", () => {
    expect(target(text)).toBe(3.5);
    expect(target(text, 1)).toBe(3.5);
    expect(target(text, 2)).toBe(40);
  });

  test("Excel's null for an omitted n means the first", () => {
    expect(target(text, null as unknown as number)).toBe(3.5);
  });

  test("a range gives its lower bound", () => {
    // 2021 序号 39: 抓好…3个省级夜间经济试点城市建设，培育1-2个省级智慧商圈
    expect(target(task(tasks2021, "39"), 2)).toBe(1);
  });

  test("n beyond the targets, not a whole number, or not positive: #VALUE! with the reason", () => {
    expectError(target(text, 3), ERROR_CODES.invalidValue, "第 3 个目标不存在");
    setFunctionLanguage("en-US");
    try {
      expectError(target(text, 3), ERROR_CODES.invalidValue, "There is no target 3 (there are 2)");
      expectError(target(text, 0), ERROR_CODES.invalidValue, "n must be a whole number from 1 (got 0)");
    } finally {
      setFunctionLanguage("zh-CN");
    }
    expectError(target(text, 1.5), ERROR_CODES.invalidValue, "正整数");
    expectError(target(text, 0), ERROR_CODES.invalidValue, "正整数");
  });

  test("no target at all: #N/A", () => {
    expectError(target("深化“6+2”改革试点，争取省级综合授权改革。"), ERROR_CODES.notAvailable, "没有找到数字目标");
  });
});

describe("PRIOR", () => {
  const goldRows = gold();

  // High-confidence gold rows: 2024 社零 → 2021 #37, 2024 城镇新增就业 → 2021 #88, 2024 高新技术企业 → 2021 #18.
  test.each(["5", "10", "17"])("2024 序号 %s picks the 2021 task the gold lists", (seq) => {
    const expected = goldRows.get(seq);
    expect(expected?.confidence).toBe("high");
    const result = prior(task(tasks2024, seq), priorColumn);
    expect(result).toHaveLength(1);
    const [priorText, score, priorTargets] = result[0];
    expect(priorText).toBe(task(tasks2021, expected?.id2021 ?? ""));
    expect(typeof score).toBe("number");
    expect(score as number).toBeGreaterThan(0);
    expect(score as number).toBeLessThanOrEqual(1);
    expect(typeof priorTargets).toBe("string");
  });

  test("the third column is the prior task's targets as written", () => {
    const [row] = prior(task(tasks2024, "5"), priorColumn);
    expect(row[2]).toBe("争取社会消费品零售总额增长7%以上");
  });

  test("a 目标 range beside the tasks is read with them, as an indicator table is", () => {
    // 2024 主要目标: 指标名称 | 2024年目标 ("5.社会消费品零售总额" | "增长5.5%以上").
    const indicators = csv("2024_主要目标.csv");
    const [row] = prior(
      task(tasks2021, "37"),
      indicators.map((r) => [r[0]]),
      indicators.map((r) => [r[1] ?? ""]),
    );
    expect(row[0]).toBe("5.社会消费品零售总额");
    expect(row[2]).toContain("5.5%以上");
  });

  test("nothing close enough: #N/A", () => {
    expectError(prior("完成嘉兴大学更名。", [["新建城市书房20家"], ["开展低碳工业园区建设"]])[0][0], ERROR_CODES.notAvailable, "没有相近的任务");
  });

  test("a 目标 range of another size or a non-range: #VALUE!", () => {
    expectError(prior("固定资产投资增长6%以上", [["a"], ["b"]], [["x"]])[0][0], ERROR_CODES.invalidValue, "同样大小");
    expectError(prior("固定资产投资增长6%以上", "a" as unknown as string[][])[0][0], ERROR_CODES.invalidValue, "区域");
  });
});

describe("CHANGE", () => {
  test("a rate: percentage points with the sign (2024 #5 against 2021 #37)", () => {
    expect(change(task(tasks2024, "5"), task(tasks2021, "37"))).toBe("−1.5个百分点");
  });

  test("a count: relative change in percent; n picks the second comparable target (2024 #17 against 2021 #18)", () => {
    // 国家高新技术企业 300家 → 500家, 省科技型中小企业 600家 → 1200家.
    expect(change(task(tasks2024, "17"), task(tasks2021, "18"))).toBe("+66.7%");
    expect(change(task(tasks2024, "17"), task(tasks2021, "18"), 2)).toBe("+100%");
    expectError(change(task(tasks2024, "17"), task(tasks2021, "18"), 3), ERROR_CODES.invalidValue, "300家 → 500家");
    expectError(change(task(tasks2024, "17"), task(tasks2021, "18"), 0), ERROR_CODES.invalidValue, "正整数");
  });

  test("reads the targets PRIOR returns as well as the whole prior text", () => {
    const [row] = prior(task(tasks2024, "4"), priorColumn);
    expect(change(task(tasks2024, "4"), row[2] as string)).toBe(change(task(tasks2024, "4"), task(tasks2021, "30")));
    expect(change(task(tasks2024, "4"), row[2] as string)).toBe("−2个百分点");
  });

  test("no comparable target: #N/A; non-text: #VALUE!", () => {
    expectError(change(task(tasks2024, "4"), task(tasks2021, "88")), ERROR_CODES.notAvailable, "没有可比较的目标");
    // 2024 #36's manufacturing loans against 2021 #41's all new loans: close words, not the same indicator.
    expectError(change(task(tasks2024, "36"), task(tasks2021, "41")), ERROR_CODES.notAvailable, "没有可比较的目标");
    expectError(change(task(tasks2024, "4"), 8 as unknown as string), ERROR_CODES.invalidValue, "须为文字");
  });
});

describe("CATEGORY", () => {
  test("built-in words give the category as the summary names it", () => {
    expect(category("部分滞后")).toBe("滞后");
    expect(category("按时推进")).toBe("按时推进");
    expect(category("按时 推进")).toBe("按时推进");
    expect(category("超进度")).toBe("进度较快");
  });

  test("an unknown word: #N/A naming the closest words", () => {
    const result = category("基本滞后");
    expectError(result, ERROR_CODES.notAvailable, "不是已知的状态词");
    expectError(result, ERROR_CODES.notAvailable, "部分滞后");
    expectError(category(""), ERROR_CODES.notAvailable, "为空");
    expectError(category(true as unknown as string), ERROR_CODES.invalidValue, "须为文字");
  });

  test("the workbook's 状态词表 range adds its words to the built-in ones", () => {
    // As Excel passes 状态词表!A1:B4 with a blank row: the header, two words of the office's own, nothing.
    const vocabulary = [
      ["状态", "类别"],
      ["基本滞后", "滞后"],
      ["提前完成", "已完成"],
      ["", ""],
    ];
    expect(category("基本滞后", vocabulary)).toBe("滞后");
    expect(category("提前完成", vocabulary)).toBe("已完成");
    expect(category("按时推进", vocabulary)).toBe("按时推进");
    // Excel passes null for the omitted argument: the built-in words alone.
    expectError(category("基本滞后", null as unknown as string[][]), ERROR_CODES.notAvailable, "不是已知的状态词");
  });

  test("a range without the 状态 | 类别 header, or not a range: #VALUE!", () => {
    expectError(category("基本滞后", [["基本滞后", "滞后"]]), ERROR_CODES.invalidValue, "状态 | 类别");
    expectError(category("基本滞后", "状态词表" as unknown as string[][]), ERROR_CODES.invalidValue, "区域");
  });
});

describe("UNITS", () => {
  // A function sees one cell, not the workbook, so it cannot tell whose units these are: Jiaxing's built-in
  // names apply to no place's cell here (another county's 教育局 is not 市教育局); the workbook's 单位名录 does.
  test("the units as written, lead first, one per row, no empty entry for the stray space and trailing 、", () => {
    expect(units("市发改委、 秀洲区政府、")).toEqual([["市发改委"], ["秀洲区政府"]]);
    expect(units("教育局、区财政局")).toEqual([["教育局"], ["区财政局"]]);
  });

  test("a unit written twice is listed once", () => {
    expect(units("市发改委、市发改委、市商务局")).toEqual([["市发改委"], ["市商务局"]]);
  });

  test("the workbook's 单位名录 range: its units and aliases become their canonical names", () => {
    // A unit the published sheets never name, kept by the office in its 单位名录 sheet.
    const registry = [
      ["规范名称", "别名", "类别"],
      ["市低空经济办", "低空办、低空经济办", "市级部门"],
      ["市发展改革委", "市发改委、发改委", "市级部门"],
    ];
    expect(units("低空办、发改委", registry)).toEqual([["市低空经济办"], ["市发展改革委"]]);
    expect(units("市发改委、市发展改革委", registry)).toEqual([["市发展改革委"]]);
    expect(units("低空办", null as unknown as string[][])).toEqual([["低空办"]]);
    expectError(units("低空办", [["市低空经济办", "低空办"]])[0][0], ERROR_CODES.invalidValue, "表头");
  });

  test("an empty cell: #N/A; non-text: #VALUE!", () => {
    expectError(units("")[0][0], ERROR_CODES.notAvailable, "没有责任单位");
    expectError(units(null as unknown as string)[0][0], ERROR_CODES.notAvailable, "没有责任单位");
    expectError(units(12 as unknown as string)[0][0], ERROR_CODES.invalidValue, "须为文字");
  });
});

describe("errors in Excel", () => {
  afterEach(() => {
    delete (globalThis as { CustomFunctions?: unknown }).CustomFunctions;
  });

  test("with the runtime present, errors are CustomFunctions.Error with the runtime's code", () => {
    class RuntimeError {
      constructor(
        readonly code: string,
        readonly message?: string,
      ) {}
    }
    (globalThis as { CustomFunctions?: unknown }).CustomFunctions = {
      associate: () => undefined,
      Error: RuntimeError,
      ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A" },
    };
    const result = target("固定资产投资增长6%以上", 2);
    expect(result).toBeInstanceOf(RuntimeError);
    expect(result).toMatchObject({ code: "#VALUE!", message: expect.stringContaining("第 2 个目标不存在") });
  });
});

describe("error messages", () => {
  const problems: FunctionProblem[] = [
    { reason: "not-text", params: { argument: "priorText" } },
    { reason: "bad-ordinal", params: { given: "1.5" } },
    { reason: "no-target", params: {} },
    { reason: "no-such-target", params: { which: 3, count: 2 } },
    { reason: "prior-not-range", params: {} },
    { reason: "prior-targets-shape", params: {} },
    { reason: "nothing-to-match", params: {} },
    { reason: "no-close-prior", params: {} },
    { reason: "no-comparable-target", params: {} },
    { reason: "no-such-comparable", params: { which: 2, count: 1, changes: "固定资产投资：8% → 6%" } },
    { reason: "status-empty", params: {} },
    { reason: "unknown-status", params: { status: "推进中", near: ["正在推进"] } },
    { reason: "no-unit", params: {} },
    { reason: "vocabulary-not-range", params: {} },
    { reason: "vocabulary-empty", params: {} },
    { reason: "registry-not-range", params: {} },
    { reason: "registry-empty", params: {} },
    { reason: "internal", params: { detail: "x" } },
  ];

  test.each(problems.map((p) => [p.reason, p] as const))("%s: one language each, Chinese without an English tail", (_reason, problem) => {
    const zh = functionProblemText(problem, "zh-CN");
    const en = functionProblemText(problem, "en-US");
    expect(zh).toMatch(/[\u4e00-\u9fa5]/u);
    expect(zh).not.toMatch(/[A-Za-z]{4,}/u);
    // English names Chinese only where it quotes a header the clerk types, or the data itself.
    expect(en.replace(/状态 \| 类别|规范名称 \| 别名 \| 类别|推进中|正在推进/gu, "")).not.toMatch(/[\u4e00-\u9fa5]/u);
    expect(`${zh}${en}`).not.toMatch(/undefined|null/u);
  });
});
