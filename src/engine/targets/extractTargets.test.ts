import { readFileSync } from "fs";
import Papa from "papaparse";
import { extractTargets } from "./extractTargets";
import { parseGoldTsv, scoreTargets } from "./testHelpers";
import type { Target } from "./types";

const FIXTURES = `${__dirname}/../../../test/fixtures`;

/** Task texts of a 责任分解 CSV keyed by 序号; a continuation row (empty 序号) belongs to the task above. */
function tasks(csvPath: string): [string, string][] {
  const rows = Papa.parse<string[]>(readFileSync(csvPath, "utf8"), { skipEmptyLines: true }).data;
  const header = rows[0];
  const idCol = header.indexOf("序号");
  const textCol = header.indexOf("主要工作任务");
  const out: [string, string][] = [];
  let id = "";
  for (const row of rows.slice(1)) {
    if (row[idCol]?.trim()) id = row[idCol].trim();
    if (id) out.push([id, row[textCol] ?? ""]);
  }
  return out;
}

function predictAll(csvPath: string): Map<string, Target[]> {
  const byId = new Map<string, Target[]>();
  for (const [id, text] of tasks(csvPath)) byId.set(id, [...(byId.get(id) ?? []), ...extractTargets(text)]);
  return byId;
}

/** The fields a reader checks, compactly: [metric, verb, value, unit, qualifiers, comparator, valueLow?]. */
type Brief = [string, string, number, string, string[], string, number?];
const brief = (t: Target): Brief => {
  const b: Brief = [t.metric, t.verb, t.value, t.unit, t.qualifiers, t.comparator];
  if (t.valueLow !== undefined) b.push(t.valueLow);
  return b;
};

describe("extractTargets examples", () => {
  it.each<[string, Brief[]]>([
    [
      "实施新一轮科技企业“双倍增”计划，新认定高新技术企业300家、科技型中小企业600家。",
      [
        ["高新技术企业", "新认定", 300, "家", [], "="],
        ["科技型中小企业", "新认定", 600, "家", [], "="],
      ],
    ],
    ["落实消费新政，争取社会消费品零售总额增长7%以上。", [["社会消费品零售总额", "增长", 7, "%", ["争取", "以上"], ">="]]],
    ["新引进大学生１２万人左右", [["大学生", "新引进", 12, "万人", ["左右"], "≈"]]],
    // Whom the work is for is not what is measured: the action by the number names it with them.
    ["争取全年为企业减负250亿元以上", [["为企业减负", "减负", 250, "亿元", ["争取", "以上"], ">="]]],
    ["向上争取新增建设用地指标1.3万亩以上", [["新增建设用地指标", "向上争取", 1.3, "万亩", ["以上"], ">="]]],
    [
      "实际利用外资确保28亿美元、力争30亿美元",
      [
        ["实际利用外资", "", 28, "亿美元", ["确保"], "="],
        ["实际利用外资", "", 30, "亿美元", ["力争"], "="],
      ],
    ],
    [
      "抓好南湖、嘉善、桐乡3个省级夜间经济试点城市建设，培育1-2个省级智慧商圈",
      [
        ["省级夜间经济试点城市", "抓好", 3, "个", [], "="],
        ["省级智慧商圈", "培育", 2, "个", [], "=", 1],
      ],
    ],
    ["培育1—2个省级智慧商圈", [["省级智慧商圈", "培育", 2, "个", [], "=", 1]]],
    ["地区生产总值增长6%—6.5%", [["地区生产总值", "增长", 6.5, "%", [], "=", 6]]],
    ["地区生产总值增长6%-6.5%", [["地区生产总值", "增长", 6.5, "%", [], "=", 6]]],
    ["主导、参与制定省级以上标准累计达到1500项", [["主导、参与制定省级以上标准", "达到", 1500, "项", ["累计"], "="]]],
    [
      "战略性新兴产业、装备制造业、高新技术产业增加值占规上工业比重分别达到45.5%、39%和65.5%",
      [
        ["战略性新兴产业增加值占规上工业比重", "达到", 45.5, "%", [], "="],
        ["装备制造业增加值占规上工业比重", "达到", 39, "%", [], "="],
        ["高新技术产业增加值占规上工业比重", "达到", 65.5, "%", [], "="],
      ],
    ],
    [
      "确保市区PM2.5浓度低于32微克、全市空气质量优良率达到88%",
      [
        ["市区PM2.5浓度", "", 32, "微克", ["确保", "低于"], "<="],
        ["全市空气质量优良率", "达到", 88, "%", ["确保"], "="],
      ],
    ],
    ["200个授权发明专利实现产业化", [["授权发明专利", "实现产业化", 200, "个", [], "="]]],
    [
      "新增上市企业12家、争取到2023年提前两年突破100家",
      [
        ["上市企业", "新增", 12, "家", [], "="],
        ["上市企业", "突破", 100, "家", ["争取"], "="],
      ],
    ],
    [
      "调查失业率控制在5%以内，研发投入强度不低于3%",
      [
        ["调查失业率", "控制在", 5, "%", ["以内"], "<="],
        ["研发投入强度", "", 3, "%", ["不低于"], ">="],
      ],
    ],
    ["腾出40万吨标煤空间", [["标煤空间", "腾出", 40, "万吨标煤", [], "="]]],
    ["地区生产总值提高0.5个百分点", [["地区生产总值", "提高", 0.5, "个百分点", [], "="]]],
    [
      "新增两家省级研发中心，引进三千名技能人才，新增十万人就业",
      [
        ["省级研发中心", "新增", 2, "家", [], "="],
        ["技能人才", "引进", 3000, "名", [], "="],
        ["就业", "新增", 10, "万人", [], "="],
      ],
    ],
    ["引进一百二十名博士", [["博士", "引进", 120, "名", [], "="]]],
    // A number in words at the very start of a text, as anywhere else before 以上.
    ["两家以上企业上市", [["企业上市", "", 2, "家", ["以上"], ">="]]],
    [
      "1.全市新建“运动家”智慧体育社区200个；\n2.全市组建体育社群1500个",
      [
        ["“运动家”智慧体育社区", "新建", 200, "个", [], "="],
        ["体育社群", "组建", 1500, "个", [], "="],
      ],
    ],
  ])("%s", (text, expected) => {
    const found = extractTargets(text);
    expect(found.map(brief)).toEqual(expected);
    for (const t of found) expect(text.slice(t.start, t.end)).toBe(t.raw);
  });

  it.each([
    "推进G60科创走廊建设，实施PM2.5和臭氧“双控双减”",
    "争取纳入南湖景区5Ａ级范围，创建4A级景区",
    "推出庆祝建党100周年“百年百部”文艺精品，组织开展“十四五”元年大招商",
    "2021年1-6月完成投资，6月底前建成",
    "从全市前十大传统行业着手，第一医院二期新建，实施3年行动计划",
    "联动推进项目，开展10亿元以上项目“领跑者”评选",
    "规下工业以亩均税收3万元为标准，规上工业按照亩均税收5万元、10万元等批次递进",
    "组织实施“1+10”专项行动，建设嘉兴1号，深化“6+2”改革试点",
    "按照建立一套行业标准体系、一家行业研究院“三位一体”模式，提升海宁、桐乡两个副中心城市功能",
    "组织实施“上市100”专项行动，推进“550”引才计划，建设“18园36景”",
    "培育产值10亿元以上腰部企业",
  ])("finds no target in %s", (text) => {
    expect(extractTargets(text)).toEqual([]);
  });
});

describe("extractTargets on other places' sheets", () => {
  it.each<[string, Brief[]]>([
    [
      "建成投用中小学3所，新增学位3800位。",
      [
        ["投用中小学", "建成", 3, "所", [], "="],
        ["学位", "新增", 3800, "位", [], "="],
      ],
    ],
    [
      "完成376个村居广播室和752只可控IP化高音喇叭建设",
      [
        ["村居广播室", "完成", 376, "个", [], "="],
        ["可控IP化高音喇叭", "建设", 752, "只", [], "="],
      ],
    ],
    ["完成同步课堂、研修活动等达2000节(次)以上", [["完成同步课堂、研修活动等", "达", 2000, "节(次)", ["以上"], ">="]]],
    // The place a bare 个 counts is its unit; before a longer noun it is the metric (376个村居广播室 above).
    ["完成10千伏及以下行政村配电网改造(37个村)", [["10千伏及以下行政村配电网改造", "完成", 37, "个村", [], "="]]],
    ["提高城乡低保标准不低于3480元/年", [["城乡低保标准", "提高", 3480, "元/年", ["不低于"], ">="]]],
    ["农村低保补差水平月均达到140元/人", [["农村低保补差水平月均", "达到", 140, "元/人", [], "="]]],
    // A bare count: a target cell joined to its indicator's name, or a target cell on a line of its own.
    ["新增城镇就业8950", [["城镇就业", "新增", 8950, "", [], "="]]],
    [
      "减少义务教育大班额1.4万个以上869",
      [
        ["义务教育大班额", "减少", 1.4, "万个", ["以上"], ">="],
        ["义务教育大班额", "减少", 869, "", [], "="],
      ],
    ],
    // A run of digits too long for a count (an ID, a pasted number) is not one.
    ["新增城镇就业12345678901234567890", []],
    [
      "数字广播电视户户通工程8\n60座台站开展省级节目数字化覆盖\n12800",
      [
        ["数字广播电视户户通工程", "", 8, "", [], "="],
        ["台站", "开展省级节目数字化覆盖", 60, "座", [], "="],
        ["", "", 12800, "", [], "="],
      ],
    ],
    // A cell wraps its lines wherever the column ends, also inside a figure.
    ["四大重点培育产业占区级税收比重提升4个\n百分点", [["四大重点培育产业占区级税收比重", "提升", 4, "个百分点", [], "="]]],
    ["城乡登记失业人数控制在\n10410人内", [["城乡登记失业人数", "控制在", 10410, "人", ["内"], "<="]]],
    ["改造农村公路12.\n5公里", [["农村公路", "改造", 12.5, "公里", [], "="]]],
    ["就读公办学校比例:泰顺>85.8%", [["泰顺", "", 85.8, "%", [">"], ">="]]],
    ["培养省、市名牌产品各一个", [["培养省、市名牌产品", "", 1, "个", ["各"], "="]]],
    // Item 3 of a list glued to its figure, 90%; inside a sentence 3.90% stays a number.
    ["3.90%的二级综合医院单独设置口腔科", [["二级综合医院单独", "设置口腔科", 90, "%", [], "="]]],
    ["*4.新增技能人才4000人", [["技能人才", "新增", 4000, "人", [], "="]]],
    ["口腔科设置比例提高到3.90%", [["口腔科设置比例", "提高到", 3.9, "%", [], "="]]],
    // Starting levels (从/由 … 到) are where a target starts from.
    [
      "将城镇、农村低保人均最低补差水平从每人每月574元、271元分别提高到每人每月609元、300元。",
      [
        ["城镇低保人均最低补差水平", "提高到", 609, "元", [], "="],
        ["农村低保人均最低补差水平", "提高到", 300, "元", [], "="],
      ],
    ],
    ["特困人员基本生活标准由每人每月800元提高到900元", [["特困人员基本生活标准", "提高到", 900, "元", [], "="]]],
    ["从事家政服务的企业达到100家", [["从事家政服务的企业", "达到", 100, "家", [], "="]]],
    // A count of the things a later target is set for is no target itself.
    [
      "4个结构性指标均实现10%以上增长，市县长项目落地率50%以上。",
      [
        ["结构性指标", "实现", 10, "%", ["以上"], ">="],
        ["市县长项目落地率", "", 50, "%", ["以上"], ">="],
      ],
    ],
  ])("%s", (text, expected) => {
    const found = extractTargets(text);
    expect(found.map(brief)).toEqual(expected);
    for (const t of found) expect(text.slice(t.start, t.end)).toBe(t.raw);
  });

  it("keeps the multiplier apart from a rate's base unit", () => {
    const [rent] = extractTargets("土地流转租金不低于1.2万元/亩");
    expect([rent.value, rent.unit, rent.baseUnit, rent.multiplier]).toEqual([1.2, "万元/亩", "元/亩", 1e4]);
    const [villages] = extractTargets("覆盖全县37个村");
    expect([villages.unit, villages.baseUnit]).toEqual(["个村", "个"]);
  });

  it("gives the raw text of a figure across the line break it was wrapped at", () => {
    const text = "比重提升4个\n百分点";
    expect(extractTargets(text).map((t) => [t.raw, t.start, t.end])).toEqual([[text, 0, text.length]]);
  });

  it.each([
    "截至2021",
    "附件1",
    "项目完成率85",
    "建设嘉兴1号",
    "完成时间:2022",
    "全省排名第3位",
    "规上工业增加值增速达到两位数",
    // A ratio of two counts has no value in one unit: not read (see NOTES.md).
    "医护比达到1:1",
    // After 到 a bare number is most often a year (到2025): left unread, even where it is a level.
    "人均补助提高到60",
  ])("finds no target in %s", (text) => {
    expect(extractTargets(text)).toEqual([]);
  });
});

describe("extractTargets on the 2021 dev gold", () => {
  it("reaches F1 >= 0.95 and all fields >= 0.90", () => {
    const gold = parseGoldTsv(readFileSync(`${FIXTURES}/gold/targets_2021.dev.tsv`, "utf8"), "2021");
    const s = scoreTargets(predictAll(`${FIXTURES}/2021_责任分解.csv`), gold);
    const report = [
      `recall ${s.recall.toFixed(3)} precision ${s.precision.toFixed(3)} F1 ${s.f1.toFixed(3)} all fields ${s.allFields.toFixed(3)}`,
      "misses:",
      ...s.misses,
      "extras:",
      ...s.extras,
      "field misses:",
      ...s.fieldMisses,
    ].join("\n");
    if (process.env.TARGETS_REPORT) console.log(report);
    if (s.f1 < 0.95 || s.allFields < 0.9) throw new Error(report);
  });
});
