import type { SheetGrid } from "../../src/engine/grid";
import { taskRecords } from "../../src/engine/tasks";
import { openWorkbookFile } from "../../src/host/files";
import { fixture } from "../cli/runCli";

async function grid(name: string): Promise<SheetGrid> {
  const workbook = await openWorkbookFile(fixture(name));
  return workbook.readSheet((await workbook.sheetNames())[0]);
}

describe("taskRecords", () => {
  it("joins continuation rows to their numbered task, with their own units", async () => {
    const records = taskRecords(await grid("2024_责任分解.xlsx"));
    expect(records).toHaveLength(117);
    expect(records.map((r) => r.seq)).toEqual(Array.from({ length: 117 }, (_, i) => String(i + 1)));
    const multi = records.filter((r) => r.lines.length > 1).map((r) => [r.seq, r.lines.length]);
    expect(multi).toEqual([
      ["77", 2],
      ["79", 3],
      ["99", 2],
      ["115", 2],
    ]);
    const task79 = records.find((r) => r.seq === "79");
    expect(task79?.lines.map((l) => l.row)).toEqual([82, 83, 84]);
    expect(task79?.text.split("\n")).toHaveLength(3);
    for (const unit of task79?.lines.flatMap((l) => l.units) ?? []) expect(task79?.units).toContain(unit);
  });

  it("keeps the lead unit first and each unit once", () => {
    const records = taskRecords({
      name: "s",
      merges: [],
      values: [
        ["序号", "主要工作任务", "责任单位"],
        [1, "甲任务", "市财政局、市税务局"],
        [null, "甲任务续", "市税务局、市商务局"],
      ],
    });
    expect(records).toEqual([
      expect.objectContaining({ row: 2, seq: "1", text: "甲任务\n甲任务续", units: ["市财政局", "市税务局", "市商务局"], section: null }),
    ]);
  });

  it("reads the progress and status of a progress report and the section of a sectioned table", async () => {
    const h1 = taskRecords(await grid("2021_上半年执行情况.xlsx"));
    expect(h1).toHaveLength(96);
    expect(h1.find((r) => r.seq === "14")?.lines[0]).toMatchObject({ row: 17, status: "" });
    expect(h1.filter((r) => r.lines[0].status === "进度滞后").length).toBeGreaterThan(0);
    const actions = taskRecords(await grid("2021_专项行动.xlsx"));
    expect(new Set(actions.map((r) => r.section)).size).toBe(2);
  });
});

describe("taskRecords on other places' layouts", () => {
  it("gives each task the units, co-units and leader of a cell merged down over several tasks", () => {
    const [first, second, third] = taskRecords({
      name: "s",
      merges: [
        { top: 1, left: 2, bottom: 2, right: 2 },
        { top: 1, left: 3, bottom: 3, right: 3 },
      ],
      values: [
        ["序号", "项目内容", "牵头单位", "分管领导"],
        [1, "完成县中崛起一对一结对帮扶学校1所。", "教育局", "吕  乐"],
        [2, "开展职业教育培训3350人次。", null, null],
        [3, "新建ICU床位10张。", "县卫生健康局", null],
      ],
    });
    expect(first.units).toEqual(["教育局"]);
    expect(second.units).toEqual(["教育局"]);
    expect(third.units).toEqual(["县卫生健康局"]);
    expect([first, second, third].map((t) => t.lines[0].leaders)).toEqual([["吕乐"], ["吕乐"], ["吕乐"]]);
  });

  it("drops the lead mark before a unit and a person named beside it", () => {
    const [task] = taskRecords({
      name: "s",
      merges: [],
      values: [
        ["序号", "主要工作任务", "牵头单位及主要负责人", "配合单位"],
        [1, "地区生产总值增长5%以上。", "★区发改委 伍泽国", "*统计局、税务局"],
      ],
    });
    expect(task.units).toEqual(["区发改委"]);
    expect(task.coUnits).toEqual(["统计局", "税务局"]);
  });
});
