import { headerColumns } from "./headerColumns";
import { issuesOf, sheet, TASK_HEADER } from "./testHelpers";

describe("headerColumns", () => {
  it("accepts a complete header", () => {
    expect(issuesOf(headerColumns, sheet(TASK_HEADER, [[1, "推进项目建设。", "市财政局"]]))).toEqual([]);
  });

  it("reports a missing units column, a duplicate role and an unknown header cell", () => {
    const grid = sheet(["序号", "主要工作任务", "备注", "说明", "联系人"], [[1, "推进项目建设。", "", "", "张三"]]);
    expect(issuesOf(headerColumns, grid)).toEqual([
      { code: "header/missing-column", severity: "error", cell: "A2" },
      { code: "header/duplicate-role", severity: "warning", cell: "D2" },
      { code: "header/unrecognized", severity: "info", cell: "E2" },
    ]);
  });

  it("asks no units column of an indicator table", () => {
    expect(issuesOf(headerColumns, sheet(["指标名称", "2024年目标"], [["1.地区生产总值", "增长6%左右"]], "2024年主要目标"))).toEqual([]);
  });
});
