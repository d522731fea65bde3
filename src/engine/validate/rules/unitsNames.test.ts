import { unitsNames } from "./unitsNames";
import { issuesOf, sheet, TASK_HEADER } from "./testHelpers";

const units = (text: string, title?: string) => sheet(TASK_HEADER, [[1, "推进项目建设。", text]], title);

describe("unitsNames", () => {
  it("accepts canonical names, official long forms and 各县（市、区）政府 as one unit", () => {
    expect(issuesOf(unitsNames, units("市委组织部(市委人才办)、各县（市、区）政府、嘉兴经济技术开发区（国际商务区）"))).toEqual([]);
  });

  it("fixes an alias to the canonical name", () => {
    expect(issuesOf(unitsNames, units("长三角发展办、交通运输局"))).toEqual([
      { code: "units/alias", severity: "warning", cell: "C3", fix: "市长三角发展办、市交通运输局" },
      { code: "units/alias", severity: "warning", cell: "C3", fix: "市长三角发展办、市交通运输局" },
    ]);
  });

  it("fixes a former name on a sheet of a later year, and only notes it on a sheet of its own time", () => {
    expect(issuesOf(unitsNames, units("嘉兴银保监分局", "2024年重点工作责任分解"))).toEqual([
      { code: "units/alias", severity: "warning", cell: "C3", fix: "国家金融监督管理总局嘉兴监管分局" },
    ]);
    expect(issuesOf(unitsNames, units("嘉兴银保监分局", "2021年重点工作责任分解"))).toEqual([{ code: "units/alias", severity: "info", cell: "C3" }]);
  });

  it("separates two registered units run together, and warns about an unknown one without a fix", () => {
    expect(issuesOf(unitsNames, units("各县(市、区)政府嘉兴经济技术开发区(国际商务区)"))).toEqual([
      { code: "units/separator", severity: "warning", cell: "C3", fix: "各县(市、区)政府、嘉兴经济技术开发区(国际商务区)" },
    ]);
    expect(issuesOf(unitsNames, units("市火星局"))).toEqual([{ code: "units/unknown", severity: "warning", cell: "C3" }]);
  });
});
