import type { CellValue, SheetGrid } from "../grid";
import { cellKind, peopleNames } from "./cellKinds";
import { describeWhy } from "./columnRoles";
import { recognizeSheet } from "./recognizeSheet";

const grid = (values: CellValue[][], merges: SheetGrid["merges"] = []): SheetGrid => ({ name: "表", values, merges });
const columnsOf = (values: CellValue[][], merges: SheetGrid["merges"] = []) => recognizeSheet(grid(values, merges)).tables[0]?.columns;

describe("cellKind", () => {
  it.each([
    [3, "seq"],
    ["12", "seq"],
    [8950, "quantity"],
    ["1300人", "quantity"],
    ["3.5万亩", "quantity"],
    ["80%(新区实验幼儿园进度滞后)", "percent"],
    ["12月底前", "date"],
    ["2024年6月30日", "date"],
    ["年底前", "date"],
    ["按时推进", "status"],
    ["提前完成年度任务。", "status"],
    ["是", "status"],
    ["县教育局", "units"],
    ["市发展改革委、市经信局", "units"],
    ["各乡镇（街道）", "units"],
    ["市民政局 伍泽国", "units"],
    ["张三", "people"],
    ["吕  乐", "people"],
    ["副县长 李明", "people"],
    ["县委常委、副县长", "people"],
    ["万人", "measure"],
    ["元/月/人", "measure"],
    ["新建公办幼儿园5所，新增学位1000个。", "sentence"],
    ["危桥改造", "phrase"],
    ["推进项目建设", "phrase"],
    ["、 、", null],
  ] as const)("%s is %s", (value, kind) => {
    expect(cellKind(value)).toBe(kind);
  });

  it("reads a leader cell's people, a two-character name padded to three as one", () => {
    expect(peopleNames("吕  乐")).toEqual(["吕乐"]);
    expect(peopleNames("王 嵘\n方 勇")).toEqual(["王嵘", "方勇"]);
    expect(peopleNames("副县长 李明、张三")).toEqual(["副县长", "李明", "张三"]);
  });
});

describe("column roles from header words and cells together", () => {
  it("takes a column of quantities headed 目标任务 as the target, and the sentences beside it as the task", () => {
    expect(
      columnsOf([
        ["序号", "项目", "目标任务", "责任单位"],
        [1, "新增城镇就业", "8950人", "县人社局"],
        [2, "农村饮用水安全巩固提升", "1300人", "县水利局"],
        [3, "新建农村公办幼儿园", "2所", "县教育局"],
      ]),
    ).toEqual({ seq: 0, task: 1, target: 2, units: 3 });
  });

  it("takes 项目内容 as the task where no column is headed as one, and says so", () => {
    const [table] = recognizeSheet(
      grid([
        ["序号", "项目内容", "当前进度", "牵头单位", "备注"],
        [1, "新(改、扩)建公办园5所,新增公办幼儿学位1000个。", "80%", "县教育局", "市民生实事"],
        [2, "建设四好农村路55公里。", "95%", "县交通局", "县民生实事"],
      ]),
    ).tables;
    expect(table.columns).toEqual({ seq: 0, task: 1, progress: 2, units: 3, note: 4 });
    expect(describeWhy(table.why.task!, "task")).toBe("header 项目内容 (a word that may mean it) + long sentences (1 of 2); no column is headed as the task");
  });

  it("keeps 项目名称 as the task and its 主要内容 as the content", () => {
    expect(
      columnsOf([
        ["序号", "项目名称", "主要内容", "牵头单位"],
        [1, "发热门诊规范化建设提升项目", "全市建设提升规范化发热门诊29家，共设置留观室325间。", "市卫生健康委"],
      ]),
    ).toEqual({ seq: 0, task: 1, content: 2, units: 3 });
  });

  it("reads bureaus under 备注 as the units, and people under 责任领导 as leaders, never units", () => {
    expect(
      columnsOf([
        ["序号", "考核指标", "工作目标", "备注"],
        [1, "城镇新增就业", "5.2", "人力资源社会保障局"],
        [2, "自然村通水泥路", "1360", "交通局"],
        [3, "新增农村通自来水人口", "4.52", "水利局"],
        [4, "农村适龄妇女两癌免费检查", "93215", "妇联"],
      ]),
    ).toEqual({ seq: 0, task: 1, target: 2, units: 3 });
    expect(
      columnsOf([
        ["序号", "目标任务", "责任领导", "牵头单位", "相关单位"],
        [1, "地区生产总值增长9.5%", "徐  平", "区发改局", "区统计局、区财政局"],
        [2, "财政收入增长15%", "徐  平", "区财政局", "区国税局、区地税局"],
      ]),
    ).toEqual({ seq: 0, task: 1, leader: 2, units: 3, coUnits: 4 });
  });

  it("takes the latest period's progress column, and a 是否达序 column as the status", () => {
    expect(
      columnsOf([
        ["序号", "主要任务", "1-10月推进情况", "1-11月推进情况", "是否达序"],
        [24, "优化提升50条背街后巷交通组织。", "已进场施工,完成30%。", "已进场施工,完成60%。", "是"],
        [25, "新增达标小区210个。", "正在推进点位选址、场地硬化。", "建成38个厢房,70个分类亭。", "否"],
      ]),
    ).toEqual({ seq: 0, task: 1, progress: 3, status: 4 });
  });

  it("reads 完成情况 beside a target as the figure reached", () => {
    expect(
      columnsOf([
        ["类别", "指标名称", "年度目标", "完成情况", "责任部门"],
        ["高质量发展", "1、地区生产总值增长率", "与市保持同步", "9.8%", "区发改委"],
        [null, "2、区级财政收入增长率", "6%以上", "28.97%", "区财政局"],
        [null, "3、新增跨国公司地区总部数", "3家", "4家", "区商务委"],
      ]),
    ).toEqual({ task: 1, target: 2, done: 3, units: 4 });
  });

  it("does not take a group's name, written once over its sub-projects, as the task", () => {
    expect(
      columnsOf([
        ["序号", "项目名称", "子项目", "具体内容", "牵头单位"],
        [1, "一、优质教育综合提升工程", "完成奉化高级中学食堂建设", "建筑面积4286.2平方米", "区教育局"],
        [2, null, "启动实施松岙九年一贯制学校建设", "12个教学班", "区教育局"],
        [3, null, "建成投用西坞中学教学楼", "9个教学班", "区教育局"],
        [4, null, "实施20所公办中小学清凉工程", "安装空调300台", "区教育局"],
      ]),
    ).toMatchObject({ task: 2 });
  });
});
