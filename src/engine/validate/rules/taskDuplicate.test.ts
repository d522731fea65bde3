import { validateSheet } from "../validateSheet";
import { taskDuplicate } from "./taskDuplicate";
import { found, issuesOf, sheet, TASK_HEADER } from "./testHelpers";

describe("taskDuplicate", () => {
  it("reports the second copy of a task, whatever its spaces, width and end punctuation", () => {
    const grid = sheet(TASK_HEADER, [
      [1, "推进项目建设，加快改造。", "市财政局"],
      [2, "推进项目建设, 加快改造", "市建设局"],
      [3, "另一项任务。", "市财政局"],
    ]);
    expect(issuesOf(taskDuplicate, grid)).toEqual([{ code: "task/duplicate", severity: "warning", cell: "B4" }]);
  });

  it("gives no issue on different tasks, also when they share a beginning", () => {
    const grid = sheet(TASK_HEADER, [
      [1, "推进项目建设。", "市财政局"],
      [2, "推进项目建设，加快改造。", "市建设局"],
      [3, "推进项目建设（一期）。", "市建设局"],
    ]);
    expect(found(taskDuplicate, grid)).toEqual([]);
  });

  it("reports every later copy, each pointing at the first, also on continuation rows", () => {
    const grid = sheet(TASK_HEADER, [
      [1, "打造全国垃圾分类示范城市。", "市建设局"],
      [null, "打造全国垃圾分类示范城市", "市综合执法局"],
      [2, "另一项。", "市财政局"],
      [3, "打造全国垃圾分类示范城市；", "市建设局"],
    ]);
    const issues = validateSheet(grid, { rules: [taskDuplicate] });
    expect(issues.map((i) => ({ code: i.code, severity: i.severity, cell: i.cell, row: i.row, fix: i.fix, firstRow: i.params.firstRow }))).toEqual([
      { code: "task/duplicate", severity: "warning", cell: "B4", row: 4, fix: undefined, firstRow: 3 },
      { code: "task/duplicate", severity: "warning", cell: "B6", row: 6, fix: undefined, firstRow: 3 },
    ]);
  });

  it("folds bracket width: （一） and (一) are the same", () => {
    const grid = sheet(TASK_HEADER, [
      [1, "实施（一）行动。", "市财政局"],
      [2, "实施(一)行动。", "市财政局"],
    ]);
    expect(found(taskDuplicate, grid)).toEqual([{ code: "task/duplicate", severity: "warning", cell: "B4", row: 4 }]);
  });

  it("does not call two empty tasks duplicates", () => {
    expect(
      found(
        taskDuplicate,
        sheet(TASK_HEADER, [
          [1, "", "市财政局"],
          [2, null, "市财政局"],
          [3, " ", "市财政局"],
        ]),
      ),
    ).toEqual([]);
  });

  it("compares tasks within one table only", () => {
    const grid = {
      name: "表",
      merges: [],
      values: [
        ["2021年政府工作报告重点工作责任分解", null, null],
        ["序号", "主要工作任务", "牵头单位"],
        [1, "深化改革试点。", "嘉善县政府"],
        [null, null, null],
        ["“1+10”专项行动责任分解", null, null],
        ["序号", "专项行动", "牵头单位"],
        [1, "深化改革试点。", "嘉善县政府"],
      ],
    };
    expect(found(taskDuplicate, grid)).toEqual([]);
  });
});
