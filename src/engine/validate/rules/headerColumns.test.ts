import { validateSheet } from "../validateSheet";
import { headerColumns } from "./headerColumns";
import { found, issuesOf, PROGRESS_HEADER, sheet, TASK_HEADER } from "./testHelpers";

describe("headerColumns", () => {
  it("accepts a complete task header and a complete progress header", () => {
    expect(issuesOf(headerColumns, sheet(TASK_HEADER, [[1, "推进项目建设。", "市财政局"]]))).toEqual([]);
    expect(found(headerColumns, sheet(PROGRESS_HEADER, [[1, "推进项目建设。", "已开工。", "市财政局", "按时推进"]]))).toEqual([]);
    expect(
      found(
        headerColumns,
        sheet(["序号", "主要工作任务", "牵头单位", "配合单位", "完成时限", "备注"], [[1, "推进。", "市财政局", "市税务局", "2024年底", ""]]),
      ),
    ).toEqual([]);
  });

  it("reports a missing units column, a duplicate role and an unknown header cell", () => {
    const grid = sheet(["序号", "主要工作任务", "备注", "说明", "联系人"], [[1, "推进项目建设。", "", "", "张三"]]);
    expect(found(headerColumns, grid)).toEqual([
      { code: "header/missing-column", severity: "error", cell: "A2", row: 2 },
      { code: "header/duplicate-role", severity: "warning", cell: "D2", row: 2 },
      { code: "header/unrecognized", severity: "info", cell: "E2", row: 2 },
    ]);
    const params = validateSheet(grid, { rules: [headerColumns] }).map((i) => i.params);
    expect(params).toEqual([{ role: "units" }, { role: "note" }, { header: "联系人" }]);
  });

  it("counts a 配合单位 column as no units column", () => {
    expect(found(headerColumns, sheet(["序号", "主要工作任务", "配合单位"], [[1, "推进。", "市税务局"]]))).toEqual([
      { code: "header/missing-column", severity: "error", cell: "A2", row: 2 },
    ]);
  });

  it("points at the header's first cell when the table does not start in column A", () => {
    const grid = sheet([null, "序号", "主要工作任务", "完成时限"], [[null, 1, "推进项目建设。", "年底"]]);
    expect(found(headerColumns, grid)).toEqual([{ code: "header/missing-column", severity: "error", cell: "B2", row: 2 }]);
  });

  it("reports two units columns as a duplicate role, the second one", () => {
    const grid = sheet(["序号", "主要工作任务", "责任单位", "牵头单位"], [[1, "推进。", "市财政局", "市税务局"]]);
    expect(found(headerColumns, grid)).toEqual([{ code: "header/duplicate-role", severity: "warning", cell: "D2", row: 2 }]);
  });

  it("asks no units column of an indicator table", () => {
    expect(issuesOf(headerColumns, sheet(["指标名称", "2024年目标"], [["1.地区生产总值", "增长6%左右"]], "2024年主要目标"))).toEqual([]);
  });

  it("leaves a sheet without any header to the validator's header/not-found", () => {
    const grid = { name: "表", merges: [], values: [["随便写写"], ["甲", "乙"]] };
    expect(found(headerColumns, grid)).toEqual([{ code: "header/not-found", severity: "error", cell: "A1", row: 1 }]);
  });
});
