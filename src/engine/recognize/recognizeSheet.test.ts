import type { CellValue, SheetGrid } from "../grid";
import { headerRole } from "./headers";
import { recognizeSheet } from "./recognizeSheet";
import type { RecognizedRow } from "./types";

function grid(values: CellValue[][], merges: SheetGrid["merges"] = []): SheetGrid {
  return { name: "表1", values, merges };
}

const typesOf = (rows: RecognizedRow[]) => rows.map((r) => [r.index + 1, r.type, r.seq, r.parentIndex === null ? null : r.parentIndex + 1]);

describe("headerRole", () => {
  it.each([
    ["序号", "seq"],
    ["编 号", "seq"],
    ["主 要 工 作 任 务", "task"],
    ["重点工作任务(杭州市2项配合工作)", "task"],
    ["重点工作任务（杭州市2项配合工作）", "task"],
    ["项目名称", "task"],
    ["专项行动", "task"],
    ["指标名称", "task"],
    ["牵 头 单 位", "units"],
    ["牵头部门", "units"],
    ["责任单位", "units"],
    ["配合单位", "coUnits"],
    ["协办单位", "coUnits"],
    ["进展情况", "progress"],
    ["完成情况", "progress"],
    ["进展状态", "status"],
    ["状态", "status"],
    ["项目内容", "content"],
    ["完成时限", "deadline"],
    ["时间节点", "deadline"],
    ["2024年目标", "target"],
    ["２０２１年目标", "target"],
    ["备注", "note"],
  ])("%s → %s", (text, role) => {
    expect(headerRole(text)).toBe(role);
  });

  it.each(["地区生产总值增长6%左右。", "市发展改革委", "1", "", "组织实施高水平生态绿色示范区建设专项行动", "__proto__", "constructor", "toString"])(
    "%s is no header",
    (text) => {
      expect(headerRole(text)).toBeNull();
    },
  );
});

describe("recognizeSheet", () => {
  // A cell spelling a property every object has once crashed header recognition (found by the property test).
  it("reads cells named like object properties as text", () => {
    expect(
      recognizeSheet(
        grid([
          ["__proto__", "!"],
          ["constructor", "toString"],
        ]),
      ).tables,
    ).toEqual([]);
  });

  it("finds the header under a title row and types numbered and continuation rows", () => {
    const result = recognizeSheet(
      grid(
        [
          ["2024年政府工作报告重点工作责任分解", null, null],
          ["序号", "主 要 工 作 任 务", "责任单位"],
          ["1", "地区生产总值增长6%左右。", "市发展改革委"],
          [2, "规上工业增加值增长6%以上。", "市经信局"],
          [null, "推动嘉兴综合保税区扩区。", "市商务局"],
          ["３*", "服务业增加值增长6%以上。", "市发展改革委"],
        ],
        [{ top: 0, left: 0, bottom: 0, right: 2 }],
      ),
    );
    expect(result.tables).toHaveLength(1);
    const [table] = result.tables;
    expect(table.kind).toBe("tasks");
    expect(table.title).toBe("2024年政府工作报告重点工作责任分解");
    expect(table.headerIndex).toBe(1);
    expect(table.columns).toEqual({ seq: 0, task: 1, units: 2 });
    expect(typesOf(table.rows)).toEqual([
      [1, "title", null, null],
      [3, "task", "1", null],
      [4, "task", "2", null],
      [5, "continuation", "2", 4],
      [6, "task", "3", null],
    ]);
  });

  it("treats a vertically merged 序号 cell as a continuation of the task above", () => {
    const result = recognizeSheet(
      grid(
        [
          ["序号", "主要工作任务", "责任单位"],
          [1, "建设高标准农田。", "市农业农村局"],
          [null, "打造耕地保护示范市。", "市自然资源和规划局"],
        ],
        [{ top: 1, left: 0, bottom: 2, right: 0 }],
      ),
    );
    expect(typesOf(result.tables[0].rows)).toEqual([
      [2, "task", "1", null],
      [3, "continuation", "1", 2],
    ]);
  });

  it("recognises a progress report and its status column", () => {
    const [table] = recognizeSheet(
      grid([
        ["序号", "主要工作任务", "进展情况", "牵头部门", "进展状态"],
        ["1", "任务", "1-6月完成投资110.95亿元", "嘉善县政府", "按时推进"],
      ]),
    ).tables;
    expect(table.kind).toBe("progress");
    expect(table.columns).toEqual({ seq: 0, task: 1, progress: 2, units: 3, status: 4 });
  });

  it("keeps section headings apart and lets numbering restart after them", () => {
    const [table] = recognizeSheet(
      grid([
        ["序号", "专项行动", "牵头单位"],
        ["一、“惠民生、优服务”三年计划", null, null],
        ["1", "社会事业发展三年行动计划", "市发展改革委"],
        ["二、十大专项行动", null, null],
        ["1", "高水平生态绿色示范区建设专项行动", "市长三角发展办"],
        [null, "全市域现代交通一体化专项行动", "市交通运输局"],
      ]),
    ).tables;
    expect(typesOf(table.rows)).toEqual([
      [2, "section", null, null],
      [3, "task", "1", null],
      [4, "section", null, null],
      [5, "task", "1", null],
      [6, "continuation", "1", 5],
    ]);
    expect(table.rows[0].label).toBe("一、“惠民生、优服务”三年计划");
  });

  it("reads a 序号 column that keeps a master's numbers with gaps (a unit's extract)", () => {
    const [table] = recognizeSheet(
      grid([
        ["序号", "主要工作任务", "牵头部门", "进展情况", "进展状态"],
        [3, "加速推进沪嘉同城化，建设虹桥国际开放枢纽“金南翼”。", "长三角发展办、南湖区政府", null, null],
        [16, "紧密对接中国电子科技集团等“国家队”，抓紧建设南湖实验室。", "市科技局、南湖区政府", null, null],
        [37, "抓好南湖、嘉善、桐乡3个省级夜间经济试点城市建设。", "市商务局、南湖区政府", null, null],
        [57, "深化与霍尼韦尔等世界500强企业合作，引进一批高质量项目。", "市商务局、南湖区政府", null, null],
      ]),
    ).tables;
    expect(table.columns.seq).toBe(0);
    expect(table.rows.filter((r) => r.type === "task").map((r) => r.seq)).toEqual(["3", "16", "37", "57"]);
  });

  it("reads numbers inside indicator names and sub-indicator rows", () => {
    const [table] = recognizeSheet(
      grid([
        ["指标名称", "2024年目标"],
        ["五、社会民生", null],
        ["19.家庭可支配收入（按三口之家计算）", null],
        ["10—50万元群体比例", "稳步提高"],
        ["20.亿元GDP生产安全事故死亡率", "低于0.01人/亿元"],
      ]),
    ).tables;
    expect(table.kind).toBe("indicators");
    expect(typesOf(table.rows)).toEqual([
      [2, "section", null, null],
      [3, "task", "19", null],
      [4, "continuation", "19", 3],
      [5, "task", "20", null],
    ]);
  });

  it("finds several tables on one sheet, each with its title, and notes under the last", () => {
    const result = recognizeSheet(
      grid([
        ["2021年政府工作报告重点工作责任分解", null, null, null],
        ["序号", "主要工作任务", "牵头单位", null],
        ["1", "深化改革试点。", "嘉善县政府", null],
        [null, null, null, null],
        ["“1+10”专项行动责任分解", null, null, null],
        ["序号", "专项行动", "牵头单位", null],
        ["1", "高水平生态绿色示范区建设专项行动", "市长三角发展办", null],
        [null, null, null, null],
        ["2021年市政府民生实事责任分解", null, null, null],
        ["序号", "项目名称", "项目内容", "牵头单位"],
        ["1", "发热门诊规范化建设提升项目", "全市建设提升规范化发热门诊29家", "市卫生健康委"],
        ["注：各牵头单位每季度末报告工作完成情况。", null, null, null],
      ]),
    );
    expect(result.tables.map((t) => [t.kind, t.title, t.headerIndex + 1, t.lastIndex + 1])).toEqual([
      ["tasks", "2021年政府工作报告重点工作责任分解", 2, 3],
      ["tasks", "“1+10”专项行动责任分解", 6, 7],
      ["projects", "2021年市政府民生实事责任分解", 10, 12],
    ]);
    expect(result.tables[2].columns).toEqual({ seq: 0, task: 1, content: 2, units: 3 });
    expect(typesOf(result.tables[2].rows)).toEqual([
      [9, "title", null, null],
      [11, "task", "1", null],
      [12, "note", null, null],
    ]);
  });

  it("continues one table over a header repeated at a page break", () => {
    const result = recognizeSheet(
      grid([
        ["序号", "主要工作任务", "责任单位"],
        ["1", "甲", "市财政局"],
        ["序号", "主要工作任务", "责任单位"],
        ["2", "乙", "市科技局"],
      ]),
    );
    expect(result.tables).toHaveLength(1);
    expect(result.tables[0].rows.filter((r) => r.type === "task").map((r) => r.seq)).toEqual(["1", "2"]);
  });

  it("reports a sheet with no header, with the rows looked at", () => {
    const result = recognizeSheet(grid([["会议纪要"], ["一、总体要求"], ["各部门要抓好落实。"]]));
    expect(result.tables).toEqual([]);
    expect(result.noHeader).toEqual({ rowsExamined: 3 });
  });

  it("gives an empty sheet no tables", () => {
    expect(recognizeSheet(grid([])).noHeader).toEqual({ rowsExamined: 0 });
  });
});

describe("recognizeSheet on other places' layouts", () => {
  it("reads a two-row header: the words under a merged cell name its columns", () => {
    const [table] = recognizeSheet(
      grid(
        [
          ["序号", "项目", "年度目标", "完成情况", null, "责任单位"],
          [null, null, null, "完成数", "完成率", null],
          [1, "新增城镇就业", "8950人", 7356, "82%", "人社局"],
          [2, "新增养老服务床位", "71个", 55, "77%", "民政局"],
        ],
        [{ top: 0, left: 3, bottom: 0, right: 4 }],
      ),
    ).tables;
    expect([table.headerIndex, table.headerEnd]).toEqual([0, 1]);
    expect(table.columns).toEqual({ seq: 0, task: 1, target: 2, done: 3, rate: 4, units: 5 });
    expect(typesOf(table.rows)).toEqual([
      [2, "title", null, null],
      [3, "task", "1", null],
      [4, "task", "2", null],
    ]);
  });

  it("makes each numbered item under one 序号 a task of its own, numbered within the block", () => {
    const [table] = recognizeSheet(
      grid([
        ["序号", "目标名称", "工作标准", "牵头单位"],
        [1, "主要预期目标", "(1)地区生产总值增长5%左右。", "区发改局"],
        [null, null, "(2)一般公共预算收入保持稳定增长。", "区财政局"],
        [null, null, "这一项的第二行。", null],
        [null, null, "(3)制造业投资增长8%左右。", "区工信局"],
        [null, null, "(4)社会消费品零售总额增长5%左右。", "区商务局"],
        [2, "民生实事", "(1)新建公办幼儿园2所。", "区教育局"],
        [null, null, "(2)新增托位300个。", "区卫健局"],
      ]),
    ).tables;
    // 目标名称 names each block once: the items are what is assigned, each with its unit.
    expect(table.columns).toMatchObject({ seq: 0, task: 2, units: 3 });
    expect(typesOf(table.rows)).toEqual([
      [2, "task", "1", null],
      [3, "task", "1.2", null],
      [4, "continuation", "1.2", 3],
      [5, "task", "1.3", null],
      [6, "task", "1.4", null],
      [7, "task", "2", null],
      [8, "task", "2.2", null],
    ]);
  });

  it("reads a star before an indicator beside its figures as a mark, not a note", () => {
    const [table] = recognizeSheet(
      grid([
        ["县区", "项目名称", "年度目标任务", "完成进度"],
        ["寿县", "一、就业促进行动", "*1.力争9个城市社区达到充分就业社区标准", "完成9个,完成率100%"],
        [null, null, "2.募集青年就业见习岗位325个", "完成330个,完成率101.54%"],
        [null, null, "*3.新增技能人才4000人", "完成736人,完成率18.04%"],
        ["*注：带*的为省考核指标。", null, null, null],
      ]),
    ).tables;
    expect(table.columns).toMatchObject({ task: 2, progress: 3 });
    expect(typesOf(table.rows)).toEqual([
      [2, "task", "1", null],
      [3, "task", "2", null],
      [4, "task", "3", null],
      [5, "note", null, null],
    ]);
  });

  it("names the row closest to a header and what it lacked when no table is found", () => {
    const result = recognizeSheet(
      grid([
        ["序号", "责任单位", "备注"],
        [1, "县教育局", "无"],
      ]),
    );
    expect(result.tables).toEqual([]);
    expect(result.noHeader).toEqual({ rowsExamined: 2, closest: { row: 1, headers: ["序号", "责任单位", "备注"], lacks: "no-task" } });
  });
});
