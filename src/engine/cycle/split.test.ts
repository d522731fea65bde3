import type { CellValue, SheetGrid } from "../grid";
import { defaultVocabulary } from "../status/vocabulary";
import { createRegistry } from "../units/registry";
import { MAX_FILE_NAME, returnSheetName, ROLE_HEADER, splitMaster, uniqueFileName, uniqueSheetName, UNLISTED } from "./split";

const grid = (values: CellValue[][]): SheetGrid => ({ name: "进展", values, merges: [] });

// 市发改委 and 发改委 are one unit by the registry (an alias, and the 市-less form every 市X answers to).
const registry = createRegistry([
  { name: "市发展改革委", kind: "市级部门", aliases: ["市发改委"] },
  { name: "市经信局", kind: "市级部门", aliases: [] },
]);
const vocabulary = defaultVocabulary();

const MASTER = grid([
  ["2024年某市重点工作进展情况（上半年）", null, null, null, null, null],
  ["序号", "工作任务", "牵头单位", "配合单位", "进展情况", "进展状态"],
  [1, "推进产业园区整合提升，新增省级园区2个", "市发改委、市经信局", "市财政局", "已完成规划", "按时推进"],
  [2, "=SUM(A1:A2) 建设数字经济示范区", "发改委", null, null, null],
  [null, "新建5G基站1000个", "市教育局", null, null, null],
  [3, "开展营商环境专项整治行动", null, null, null, null],
  [4, "加快建设城市快速路网", "市经信局", null, null, null],
]);

describe("splitMaster", () => {
  const split = splitMaster(MASTER, { registry, vocabulary, asOf: "2024-06-30" });
  const unit = (name: string) => {
    const found = split.units.find((u) => u.unit === name);
    if (!found) throw new Error(`no return for ${name}: ${split.units.map((u) => u.unit).join(", ")}`);
    return found;
  };

  it("gives each unit of the lead and co-operating cells its tasks, aliases folded, lead or co-operating", () => {
    expect(split.units.map((u) => u.unit)).toEqual(["市发展改革委", "市经信局", "市财政局", "市教育局"]);
    expect(unit("市发展改革委").tasks.map((t) => [t.seq, t.role])).toEqual([
      ["1", "lead"],
      ["2", "lead"],
    ]);
    expect(unit("市经信局").tasks.map((t) => [t.seq, t.role])).toEqual([
      ["1", "coop"],
      ["4", "lead"],
    ]);
    expect(unit("市财政局").tasks.map((t) => [t.seq, t.role])).toEqual([["1", "coop"]]);
    // Named only on a continuation row: the whole task, as co-operating unit.
    expect(unit("市教育局").tasks.map((t) => [t.seq, t.role])).toEqual([["2", "coop"]]);
    expect([unit("市经信局").lead, unit("市经信局").coop]).toEqual([1, 1]);
    expect(split.tasks).toBe(4);
  });

  it("lists a task that names no unit apart, in no return", () => {
    expect(UNLISTED).toBe("未列单位");
    expect(split.unlisted).toEqual([{ row: 6, seq: "3", text: "开展营商环境专项整治行动" }]);
    expect(split.units.some((u) => u.tasks.some((t) => t.seq === "3"))).toBe(false);
  });

  it("writes the agreed return: title, the master's header words, 本单位职责, empty progress and status", () => {
    const { layout, status, fill } = unit("市发展改革委");
    expect(layout.name).toBe("市发展改革委");
    const title = String(layout.values[0][0]);
    for (const words of ["市发展改革委", "2024年某市重点工作进展情况（上半年）", "2024-06-30", "请填写“进展情况”“进展状态”两列", "请勿修改序号和工作任务"]) {
      expect(title).toContain(words);
    }
    expect(layout.values[1]).toEqual(["序号", "工作任务", "牵头单位", "配合单位", ROLE_HEADER, "进展情况", "进展状态"]);
    // The continuation row stays under its task, without a 序号; the master's progress is not sent back out.
    expect(layout.values.slice(2)).toEqual([
      [1, "推进产业园区整合提升，新增省级园区2个", "市发改委、市经信局", "市财政局", "牵头", null, null],
      [2, "=SUM(A1:A2) 建设数字经济示范区", "发改委", "", "牵头", null, null],
      [null, "新建5G基站1000个", "市教育局", "", null, null, null],
    ]);
    expect(status.range).toEqual({ top: 2, left: 6, bottom: 4, right: 6 });
    expect(status.values).toEqual(expect.arrayContaining(["按时推进", "进度滞后", "已完成"]));
    expect(fill).toEqual([{ top: 2, left: 5, bottom: 4, right: 6 }]);
    expect(layout.form).toEqual({ editable: fill, readOnly: [0, 1, 2, 3, 4], protect: true });
    expect(layout.print?.orientation).toBe("landscape");
  });

  it("reads the as-of date from the master's title when none is given, and leaves it out when nothing says it", () => {
    expect(splitMaster(MASTER, { registry, vocabulary }).asOf).toBe("2024-06-30");
    const undated = grid([["重点工作责任分解"], ...MASTER.values.slice(1)]);
    const split = splitMaster(undated, { registry, vocabulary });
    expect(split.asOf).toBeNull();
    expect(String(split.units[0].layout.values[0][0])).not.toContain("截至");
  });
});

describe("uniqueSheetName", () => {
  it("numbers units whose sheet names agree (the first 31 characters, any case), within 31 characters", () => {
    const taken = new Set<string>();
    const long = "某".repeat(40);
    expect(uniqueSheetName(`${long}甲`, taken)).toBe("某".repeat(31));
    expect(uniqueSheetName(`${long}乙`, taken)).toBe(`${"某".repeat(28)}(2)`);
    expect(uniqueSheetName("ABC局", taken)).toBe("ABC局");
    expect(uniqueSheetName("abc局", taken)).toBe("abc局(2)");
    expect(uniqueSheetName("市局/一", taken)).toBe(returnSheetName("市局/一"));
  });
});

describe("uniqueFileName", () => {
  it("makes a unit's name a file name Windows accepts", () => {
    const taken = new Set<string>();
    expect(uniqueFileName('市局/科室:一"处"*?', taken)).toBe("市局_科室_一_处___.xlsx");
    expect(uniqueFileName("CON", taken)).toBe("_CON.xlsx");
    expect(uniqueFileName("lpt1.局", taken)).toBe("_lpt1.局.xlsx");
    expect(uniqueFileName("..隐藏单位. ", taken)).toBe("隐藏单位.xlsx");
    expect(uniqueFileName("市教育局\n（体育局）", taken)).toBe("市教育局 （体育局）.xlsx");
  });

  it("keeps a long name within 100 characters", () => {
    const name = uniqueFileName("某".repeat(300), new Set());
    expect(name.length).toBeLessThanOrEqual(MAX_FILE_NAME);
    expect(name.endsWith(".xlsx")).toBe(true);
  });

  it("numbers names that fold to one file name (case, width), long ones too", () => {
    const taken = new Set<string>();
    expect(uniqueFileName("ABC局", taken)).toBe("ABC局.xlsx");
    expect(uniqueFileName("abc局", taken)).toBe("abc局(2).xlsx");
    expect(uniqueFileName("ＡＢＣ局", taken)).toBe("ＡＢＣ局(3).xlsx");
    expect(uniqueFileName("市局/一", taken)).toBe("市局_一.xlsx");
    expect(uniqueFileName("市局:一", taken)).toBe("市局_一(2).xlsx");
    const long = "某".repeat(300);
    const first = uniqueFileName(long, taken);
    const second = uniqueFileName(`${long}乙`, taken);
    expect(second).not.toBe(first);
    expect(second.length).toBeLessThanOrEqual(MAX_FILE_NAME);
  });
});

describe("returnSheetName", () => {
  it("keeps to Excel's rules for a sheet's name", () => {
    expect(returnSheetName("[市]局:一/二\\三*?")).toBe("_市_局_一_二_三__");
    expect(returnSheetName("'市局'")).toBe("市局");
    expect(returnSheetName("某".repeat(40))).toHaveLength(31);
    expect(returnSheetName("History")).toBe("单位");
    // A quote the cut bares at the end, and an emoji the cut would halve, are dropped.
    expect(returnSheetName(`${"某".repeat(30)}'局`)).toBe("某".repeat(30));
    expect(returnSheetName(`${"某".repeat(30)}😀`)).toBe("某".repeat(30));
  });
});
