import { readdirSync, readFileSync } from "node:fs";
import * as path from "node:path";
import fc from "fast-check";
import Papa from "papaparse";
import { detectPlace, type Place } from ".";

const FIXTURES = path.join(__dirname, "..", "..", "..", "test", "fixtures");

/** The cells of one column of a fixture CSV, by header, empty cells left out. */
function column(file: string, header: string): string[] {
  const rows = Papa.parse<string[]>(readFileSync(path.join(FIXTURES, file), "utf8"), { skipEmptyLines: true }).data;
  const index = rows[0].indexOf(header);
  if (index < 0) throw new Error(`${file}: no column ${header}`);
  return rows
    .slice(1)
    .map((row) => row[index] ?? "")
    .filter((cell) => cell.trim() !== "");
}

const JIAXING_2021_UNITS = column("2021_责任分解.csv", "牵头单位");
const JIAXING_2024_UNITS = column("2024_责任分解.csv", "责任单位");

const fromTitle = (title: string) => detectPlace({ titles: [title], sheetNames: [], unitTexts: [] });
const fromUnits = (unitTexts: string[]) => detectPlace({ titles: [], sheetNames: [], unitTexts });
/** The answer without its evidence, for tables. */
const where = (place: Place) => ({
  name: place.name,
  code: place.code,
  level: place.level,
  province: place.province,
  city: place.city,
  jiaxing: place.jiaxing,
});

const NOWHERE = { name: null, code: null, level: null, province: null, city: null, jiaxing: false };
const CANGNAN = { name: "苍南县", code: "330327", level: "county", province: "浙江省", city: "温州市", jiaxing: false };
const JIAXING = { name: "嘉兴市", code: "330400", level: "city", province: "浙江省", city: "嘉兴市", jiaxing: true };
const NANHU = { name: "南湖区", code: "330402", level: "county", province: "浙江省", city: "嘉兴市", jiaxing: false };

describe("detectPlace: titles", () => {
  it.each([
    ["2022年度市县民生实事未完成项目进度表(截至10月31日)", NOWHERE],
    ["2023年度省政府民生实事涉我区工作任务一季度进展情况", NOWHERE],
    ["2023年全市重点工作、本县民生实事和我区十件实事推进表", NOWHERE],
    ["苍南县2023年县政府民生实事项目", CANGNAN],
    ["2021年嘉兴市政府工作报告重点工作及政府绩效考核执行情况（上半年）", JIAXING],
    ["2024年嘉兴政府工作报告重点工作责任分解", JIAXING],
    ["南湖区2023年政府工作报告重点工作责任分解", NANHU],
    ["浙江省嘉兴市南湖区2023年重点工作", NANHU],
    // Two parts of 嘉兴市 named: the city's sheet, not the first district's.
    ["嘉兴市南湖区、秀洲区2023年民生实事联合推进表", JIAXING],
    // Another place named after the first is left aside.
    ["嘉兴市对口支援四川省阿坝州2023年工作要点", JIAXING],
    [
      "恩施州2022年民生实事项目",
      { name: "恩施土家族苗族自治州", code: "422800", level: "city", province: "湖北省", city: "恩施土家族苗族自治州", jiaxing: false },
    ],
    [
      "内蒙古自治区2023年政府工作报告重点任务",
      { name: "内蒙古自治区", code: "150000", level: "province", province: "内蒙古自治区", city: null, jiaxing: false },
    ],
    ["海宁市2024年重点工作", { name: "海宁市", code: "330481", level: "county", province: "浙江省", city: "嘉兴市", jiaxing: false }],
    ["西城区政府2020年重点工作任务目标全年完成情况", { name: "西城区", code: "110102", level: "county", province: "北京市", city: "北京市", jiaxing: false }],
    ["仙桃市2023年民生实事", { name: "仙桃市", code: "429004", level: "county", province: "湖北省", city: null, jiaxing: false }],
  ])("%s", (title, expected) => {
    expect(where(fromTitle(title))).toEqual(expected);
  });

  it("takes a county's short name only before a government word or, at the start, a year", () => {
    expect(where(fromTitle("苍南2023年县政府民生实事项目"))).toEqual(CANGNAN);
    expect(where(fromTitle("2023年苍南政府民生实事项目"))).toEqual(CANGNAN);
    expect(fromTitle("学习苍南经验推进表").name).toBeNull();
    expect(fromTitle("推进乡村振兴2023年工作要点").name).toBeNull(); // 振兴区 (丹东) is not meant
    expect(fromTitle("共同富裕2023年重点工作").name).toBeNull(); // nor 富裕县
  });

  it("does not take everyday words for places", () => {
    for (const title of [
      "长治久安2023年工作要点",
      "中山路改造2023年进度",
      "安康杯竞赛2023年工作方案",
      "老城区改造提升项目",
      "省和县两级2023年民生实事",
      "振兴县域经济2023年行动",
    ]) {
      expect([title, fromTitle(title).name]).toEqual([title, null]);
    }
    // …but they count right after their own province or city.
    expect(fromTitle("广东省中山2023年民生实事").name).toBe("中山市");
    expect(fromTitle("阳泉市城区2023年民生实事").code).toBe("140302");
    expect(fromTitle("长治市城区2023年民生实事").code).toBe("140400"); // 长治 has no 城区 any more
  });

  it("gives the title as evidence", () => {
    expect(fromTitle("苍南县2023年县政府民生实事项目").evidence).toEqual([{ source: "title", text: "苍南县2023年县政府民生实事项目" }]);
    expect(fromTitle("2022年度市县民生实事未完成项目进度表(截至10月31日)").evidence).toEqual([]);
  });
});

describe("detectPlace: names shared by several divisions", () => {
  it("keeps the name without a code when nothing else tells which", () => {
    expect(where(fromTitle("朝阳区2023年重点工作"))).toEqual({ name: "朝阳区", code: null, level: "county", province: null, city: null, jiaxing: false });
    expect(where(fromTitle("鼓楼区2024年民生实事项目"))).toMatchObject({ name: "鼓楼区", code: null, level: "county", province: null });
  });

  it("settles it by a province or city named with it, in the title or elsewhere", () => {
    expect(fromTitle("北京市朝阳区2023年重点工作").code).toBe("110105");
    expect(fromTitle("朝阳区（长春市）2023年重点工作").code).toBe("220104");
    const byFile = detectPlace({ fileName: "长春市朝阳区重点工作.xlsx", titles: ["朝阳区2023年重点工作"], sheetNames: [], unitTexts: [] });
    expect(where(byFile)).toEqual({ name: "朝阳区", code: "220104", level: "county", province: "吉林省", city: "长春市", jiaxing: false });
    expect(byFile.evidence).toEqual([
      { source: "title", text: "朝阳区2023年重点工作" },
      { source: "file", text: "长春市朝阳区重点工作.xlsx" },
    ]);
  });

  it("settles it by the units: other districts of the same city", () => {
    const place = detectPlace({ titles: ["鼓楼区2024年民生实事项目"], sheetNames: [], unitTexts: ["玄武区政府、秦淮区政府", "市发改委"] });
    expect([place.name, place.code, place.city]).toEqual(["鼓楼区", "320106", "南京市"]);
  });
});

describe("detectPlace: file and sheet names", () => {
  it("reads the file name without folders and extension", () => {
    const place = detectPlace({ fileName: "温州市2024年重点工作.xlsx", titles: [], sheetNames: ["Sheet1"], unitTexts: [] });
    expect(where(place)).toEqual({ name: "温州市", code: "330300", level: "city", province: "浙江省", city: "温州市", jiaxing: false });
    expect(place.evidence).toEqual([{ source: "file", text: "温州市2024年重点工作.xlsx" }]);
    const nested = detectPlace({ fileName: "C:\\Users\\科员\\桌面\\苍南县2024年民生实事.xlsx", titles: [], sheetNames: [], unitTexts: [] });
    expect([nested.name, nested.evidence]).toEqual(["苍南县", [{ source: "file", text: "苍南县2024年民生实事.xlsx" }]]);
    expect(detectPlace({ fileName: "cangnan-2022-minsheng-oct.xlsx", titles: [], sheetNames: [], unitTexts: [] }).name).toBeNull();
  });

  it("puts the title first: a file or units naming the city do not lift a district's sheet to the city", () => {
    const place = detectPlace({
      fileName: "嘉兴市2021年重点工作.xlsx",
      titles: ["南湖区2021年重点工作责任分解"],
      sheetNames: [],
      unitTexts: JIAXING_2021_UNITS,
    });
    expect(where(place)).toEqual(NANHU);
    expect(place.evidence.slice(0, 2)).toEqual([
      { source: "title", text: "南湖区2021年重点工作责任分解" },
      { source: "file", text: "嘉兴市2021年重点工作.xlsx" },
    ]);
  });

  it("lets a later source narrow the place to a part of it, never move it elsewhere", () => {
    const narrowed = detectPlace({
      fileName: "余姚市民生实事进展.xlsx",
      titles: ["2025年宁波市政府民生实事项目进展情况(截至5月15日)"],
      sheetNames: [],
      unitTexts: [],
    });
    expect([narrowed.name, narrowed.city]).toEqual(["余姚市", "宁波市"]);
    const elsewhere = detectPlace({ fileName: "温州市民生实事.xlsx", titles: ["2025年宁波市政府民生实事项目进展情况"], sheetNames: [], unitTexts: [] });
    expect(elsewhere.name).toBe("宁波市");
  });

  it("takes sheets named after two or more counties of a city as the city's workbook", () => {
    expect(where(detectPlace({ titles: [], sheetNames: ["南湖区", "秀洲区", "嘉善县", "平湖市", "汇总"], unitTexts: [] }))).toEqual(JIAXING);
    expect(detectPlace({ titles: [], sheetNames: ["Sheet1", "2024责任分解"], unitTexts: [] }).name).toBeNull();
  });
});

describe("detectPlace: units", () => {
  it("reads Jiaxing's own 2021 and 2024 breakdowns as 嘉兴市, from the county governments they name", () => {
    for (const units of [JIAXING_2021_UNITS, JIAXING_2024_UNITS]) {
      const place = fromUnits(units);
      expect(where(place)).toEqual(JIAXING);
      expect(place.evidence.length).toBeGreaterThanOrEqual(2);
      expect(place.evidence.length).toBeLessThanOrEqual(5);
      for (const e of place.evidence)
        expect(e).toEqual({ source: "units", text: expect.stringMatching(/^(南湖区|秀洲区|嘉善县|海盐县|海宁市|平湖市|桐乡市)政府$/u) });
    }
  });

  it("names no place from level prefixes alone", () => {
    expect(where(fromUnits(["县教育局", "县卫健局", "县交通局"]))).toEqual(NOWHERE);
    expect(where(fromUnits(["市发改委", "市教育局、市财政局", "各县（市、区）政府"]))).toEqual(NOWHERE);
    expect(where(fromUnits(["区公安分局", "区发改局", "岳阳楼公安分局", "自然资源分局"]))).toEqual(NOWHERE); // not 公安县, not 资源县
  });

  it("does not take bodies that merely sit in a city for its government", () => {
    expect(fromUnits(["嘉兴学院", "嘉兴海关", "人行嘉兴市中心支行", "国家金融监督管理总局嘉兴监管分局", "嘉兴经济技术开发区"]).name).toBeNull();
  });

  it("reads a county's own units, written in full or as branches of city bodies", () => {
    expect(where(fromUnits(["苍南县教育局", "苍南县卫健局、苍南县交通运输局"]))).toEqual(CANGNAN);
    expect(where(fromUnits(["县教育局", "县民政局", "灵溪镇", "苍南县人民政府"]))).toEqual(CANGNAN);
    expect(where(fromUnits(["市发改局", "市消防大队", "团市委", "生态环境局余姚分局"]))).toMatchObject({ name: "余姚市", city: "宁波市" });
    expect(fromUnits(["嘉兴市生态环境局嘉善分局", "县发改局", "县财政局"]).name).toBe("嘉善县");
  });

  it("takes counties of one prefecture named as units for the prefecture, unless the sheet reads as a county's", () => {
    expect(where(fromUnits(["嘉善县政府、平湖市政府\n海盐县政府；桐乡市政府", "市发改委"]))).toEqual(JIAXING);
    expect(fromUnits(["市公安局苍南分局", "市公安局平阳分局", "市发改委"]).name).toBe("温州市");
    expect(fromUnits(["杭州市政府", "宁波市政府", "温州市政府", "省发展改革委"]).name).toBe("浙江省");
    // A county sheet that names two neighbours as partners is still no city's.
    expect(fromUnits(["嘉善县政府", "平湖市政府", "县教育局", "县财政局", "西塘镇", "姚庄镇"]).name).toBeNull();
  });

  it("does not take a city sheet that gives one task to one county for that county's", () => {
    expect(fromUnits(["市发改委", "市财政局", "市教育局", "南湖区政府"]).name).toBeNull();
  });

  it("takes the prefecture's own bodies, written in full in two units or more", () => {
    expect(where(fromUnits(["嘉兴市教育局", "嘉兴市财政局"]))).toEqual(JIAXING);
    expect(fromUnits(["嘉兴市教育局"]).name).toBeNull();
    expect(fromUnits(["嘉兴市教育局", "嘉兴市财政局", "区发改局", "区财政局", "区民政局"]).name).toBeNull();
  });

  it("narrows a city title to the county whose own units the sheet lists", () => {
    const place = detectPlace({ titles: ["2025年宁波市政府民生实事项目进展情况(截至5月15日)"], sheetNames: [], unitTexts: ["市发改局", "生态环境局余姚分局"] });
    expect([place.name, place.evidence]).toEqual([
      "余姚市",
      [
        { source: "title", text: "2025年宁波市政府民生实事项目进展情况(截至5月15日)" },
        { source: "units", text: "生态环境局余姚分局" },
      ],
    ]);
    expect(detectPlace({ titles: ["2021年嘉兴市政府工作报告重点工作"], sheetNames: [], unitTexts: JIAXING_2021_UNITS }).jiaxing).toBe(true);
  });
});

describe("detectPlace on other places' published sheets (test/fixtures/places)", () => {
  const dir = path.join(FIXTURES, "places");
  const ids = readdirSync(dir)
    .filter((name) => name.endsWith(".reading.json"))
    .map((name) => name.replace(/\.reading\.json$/u, ""));

  it.each(ids)("%s: never Jiaxing; when a place is read, it is the reader's", (id) => {
    const reading = JSON.parse(readFileSync(path.join(dir, `${id}.reading.json`), "utf8")) as {
      place: { name: string };
      tables: { titleRows?: number[]; headerRow: number; lastRow?: number; columns: Record<string, string | undefined> }[];
    };
    const rows = Papa.parse<string[]>(readFileSync(path.join(dir, `${id}.csv`), "utf8").replace(/\r\n/gu, "\n")).data;
    const titles: string[] = [];
    const unitTexts: string[] = [];
    for (const table of reading.tables) {
      for (const row of table.titleRows ?? []) titles.push(rows[row - 1]?.[0] ?? "");
      const unitColumn = table.columns.units ? table.columns.units.charCodeAt(0) - "A".charCodeAt(0) : -1;
      if (unitColumn < 0) continue;
      for (const row of rows.slice(table.headerRow, table.lastRow ?? rows.length)) if (row[unitColumn]) unitTexts.push(row[unitColumn]);
    }
    const place = detectPlace({ fileName: `${id}.xlsx`, titles, sheetNames: ["Sheet1"], unitTexts });
    expect(place.jiaxing).toBe(false);
    if (place.name !== null) expect(place.name).toBe(reading.place.name);
  });
});

describe("detectPlace: robustness", () => {
  it("never throws, answers the same twice, and says Jiaxing only with 嘉兴市's code", () => {
    const text = fc.oneof(fc.string(), fc.constantFrom("嘉兴市", "南湖区政府", "县教育局", "苍南2023年", "朝阳区", "、", "\n", "市公安局苍南分局", "(", "）"));
    const texts = fc.array(
      fc.oneof(
        text,
        fc.array(text).map((parts) => parts.join("")),
      ),
      { maxLength: 8 },
    );
    fc.assert(
      fc.property(fc.option(text, { nil: undefined }), texts, texts, texts, (fileName, sheetNames, titles, unitTexts) => {
        const input = { fileName, sheetNames, titles, unitTexts };
        const place = detectPlace(input);
        expect(detectPlace(input)).toEqual(place);
        expect(place.jiaxing).toBe(place.code === "330400");
        if (place.name === null) expect(place.evidence).toEqual([]);
      }),
    );
  });

  // How long this takes is the benchmarks' business (no test here depends on the machine's speed).
  it("reads tens of thousands of unit cells, where districts' units outnumber the city's", () => {
    const han = (n: number) => [...String(n)].map((digit) => "零一二三四五六七八九"[Number(digit)]).join("");
    const cells = Array.from({ length: 40000 }, (_, i) => `${["县", "市", "区"][i % 3]}第${han(i)}工作专班、${han(i % 7)}号街道`);
    cells.push(...JIAXING_2024_UNITS, ...JIAXING_2024_UNITS);
    const place = detectPlace({ fileName: "台账.xlsx", titles: ["2024年重点工作"], sheetNames: ["Sheet1"], unitTexts: cells });
    expect(place.name).toBeNull(); // the 区/县 units and streets outnumber the city's: no longer a city's sheet
  });
});
