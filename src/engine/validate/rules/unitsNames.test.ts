import { applyChanges, planFixes } from "../fixes";
import { validateSheet } from "../validateSheet";
import { createRegistry } from "../../units/registry";
import { unitsNames } from "./unitsNames";
import { found, issuesOf, sheet, TASK_HEADER } from "./testHelpers";

const units = (text: string, title?: string) => sheet(TASK_HEADER, [[1, "推进项目建设。", text]], title);
const alias = (fix: string) => ({ code: "units/alias", severity: "warning", cell: "C3", row: 3, fix });

describe("unitsNames", () => {
  it("accepts canonical names, official long forms and 各县（市、区）政府 as one unit", () => {
    expect(issuesOf(unitsNames, units("市委组织部(市委人才办)、各县（市、区）政府、嘉兴经济技术开发区（国际商务区）"))).toEqual([]);
  });

  it("gives no issue on registered names in either bracket width", () => {
    expect(found(unitsNames, units("市委组织部(市委人才办)"))).toEqual([]);
    expect(found(unitsNames, units("市委组织部（市委人才办）"))).toEqual([]);
    expect(found(unitsNames, units("各县(市、区)政府"))).toEqual([]);
    expect(found(unitsNames, units("市财政局、市税务局、嘉兴海关、团市委"))).toEqual([]);
  });

  it("fixes an alias to the canonical name", () => {
    expect(issuesOf(unitsNames, units("长三角发展办、交通运输局"))).toEqual([
      { code: "units/alias", severity: "warning", cell: "C3", fix: "市长三角发展办、市交通运输局" },
      { code: "units/alias", severity: "warning", cell: "C3", fix: "市长三角发展办、市交通运输局" },
    ]);
  });

  it("gives the 市 back to 长三角发展办 and 交通运输局, and spells out listed aliases", () => {
    expect(found(unitsNames, units("长三角发展办"))).toEqual([alias("市长三角发展办")]);
    expect(found(unitsNames, units("交通运输局"))).toEqual([alias("市交通运输局")]);
    expect(found(unitsNames, units("发改委"))).toEqual([alias("市发展改革委")]);
    expect(found(unitsNames, units("市财政局、嘉兴经开区"))).toEqual([alias("市财政局、嘉兴经济技术开发区")]);
    const [issue] = validateSheet(units("长三角发展办"), { rules: [unitsNames] });
    expect(issue.params).toEqual({ unit: "长三角发展办", canonical: "市长三角发展办", via: "alias" });
  });

  it("fixes a former name on a sheet of a later year, and only notes it on a sheet of its own time", () => {
    expect(issuesOf(unitsNames, units("嘉兴银保监分局", "2024年嘉兴市重点工作责任分解"))).toEqual([
      { code: "units/alias", severity: "warning", cell: "C3", fix: "国家金融监督管理总局嘉兴监管分局" },
    ]);
    expect(issuesOf(unitsNames, units("嘉兴银保监分局", "2021年嘉兴市重点工作责任分解"))).toEqual([{ code: "units/alias", severity: "info", cell: "C3" }]);
  });

  it("renames 嘉兴银保监分局 from the year of the renaming on, and keeps it before", () => {
    expect(found(unitsNames, units("嘉兴银保监分局", "2024年嘉兴市政府工作报告重点工作责任分解"))).toEqual([alias("国家金融监督管理总局嘉兴监管分局")]);
    expect(found(unitsNames, units("嘉兴银保监分局", "2023年嘉兴市政府工作报告重点工作责任分解"))).toEqual([alias("国家金融监督管理总局嘉兴监管分局")]);
    expect(found(unitsNames, units("嘉兴银保监分局", "2021年嘉兴市政府工作报告重点工作责任分解"))).toEqual([
      { code: "units/alias", severity: "info", cell: "C3", row: 3 },
    ]);
    expect(found(unitsNames, units("市财政局、嘉兴银保监分局", "2022年嘉兴市政府工作报告重点工作责任分解"))).toEqual([
      { code: "units/alias", severity: "info", cell: "C3", row: 3 },
    ]);
    const [noted] = validateSheet(units("嘉兴银保监分局", "2021年嘉兴市政府工作报告重点工作责任分解"), { rules: [unitsNames] });
    expect(noted.params).toMatchObject({ unit: "嘉兴银保监分局", canonical: "国家金融监督管理总局嘉兴监管分局", via: "former", until: 2023, sheetYear: 2021 });
  });

  it("separates two registered units run together, and warns about an unknown one without a fix", () => {
    expect(issuesOf(unitsNames, units("各县(市、区)政府嘉兴经济技术开发区(国际商务区)"))).toEqual([
      { code: "units/separator", severity: "warning", cell: "C3", fix: "各县(市、区)政府、嘉兴经济技术开发区(国际商务区)" },
    ]);
    expect(issuesOf(unitsNames, units("市火星局"))).toEqual([{ code: "units/unknown", severity: "warning", cell: "C3" }]);
  });

  it("checks each of the run-together units too, so the one fix leaves nothing for a second pass", () => {
    // Found by the property test: 长三角发展办 only showed up as an alias once the first fix had split it off.
    const grid = units("市财政局、 市税务局长三角发展办");
    const [change] = planFixes(validateSheet(grid));
    expect(change).toMatchObject({ after: "市财政局、市税务局、市长三角发展办", codes: ["units/separator", "units/alias"] });
    expect(planFixes(validateSheet(applyChanges(grid, [change])))).toEqual([]);
    expect(found(unitsNames, units("嘉兴银保监分局市财政局", "2021年嘉兴市政府工作报告重点工作责任分解"))).toEqual([
      { code: "units/separator", severity: "warning", cell: "C3", row: 3, fix: "嘉兴银保监分局、市财政局" },
      { code: "units/alias", severity: "info", cell: "C3", row: 3 },
    ]);
  });

  it("separates run-together units when a stray space before the second one's aside goes in the same fix", () => {
    // Found by the property test: the separator fix took the space out first, and the 、 then had no text to go into.
    const grid = units("市财政局嘉兴经济技术开发区 （国际商务区）");
    const [change] = planFixes(validateSheet(grid));
    expect(change).toMatchObject({ after: "市财政局、嘉兴经济技术开发区（国际商务区）", codes: ["units/separator"] });
    expect(planFixes(validateSheet(applyChanges(grid, [change])))).toEqual([]);
  });

  it("renames an alias written with a stray space before its aside, in the same fix that takes the space out", () => {
    const registry = createRegistry([{ name: "市测试局", kind: "市级部门", aliases: ["测试局（老）"] }]);
    const grid = units("测试局 （老）");
    const [change] = planFixes(validateSheet(grid, { registry }));
    expect(change).toMatchObject({ after: "市测试局", codes: ["units/separator", "units/alias"] });
    expect(planFixes(validateSheet(applyChanges(grid, [change]), { registry }))).toEqual([]);
  });

  it("inserts 、 between run-together units inside a longer list", () => {
    expect(found(unitsNames, units("市科技局、各县(市、区)政府嘉兴经济技术开发区(国际商务区)、嘉兴港区"))).toEqual([
      { code: "units/separator", severity: "warning", cell: "C3", row: 3, fix: "市科技局、各县(市、区)政府、嘉兴经济技术开发区(国际商务区)、嘉兴港区" },
    ]);
  });

  it("warns about 市火星局 without a fix, with the nearest names as suggestions", () => {
    expect(found(unitsNames, units("市火星局"))).toEqual([{ code: "units/unknown", severity: "warning", cell: "C3", row: 3 }]);
    expect(found(unitsNames, units("市财政局、市火星局"))).toEqual([{ code: "units/unknown", severity: "warning", cell: "C3", row: 3 }]);
    const [issue] = validateSheet(units("市财政厅"), { rules: [unitsNames] });
    expect(issue.code).toBe("units/unknown");
    expect(issue.fix).toBeUndefined();
    expect(issue.params.unit).toBe("市财政厅");
    expect(issue.params.suggestions).toContain("市财政局");
  });

  it("gives no issue on empty cells (units/empty reports them)", () => {
    expect(found(unitsNames, units(""))).toEqual([]);
  });

  it("checks the 配合单位 column too", () => {
    const grid = sheet(["序号", "主要工作任务", "牵头单位", "配合单位"], [[1, "推进。", "市财政局", "交通运输局"]]);
    expect(found(unitsNames, grid)).toEqual([{ code: "units/alias", severity: "warning", cell: "D3", row: 3, fix: "市交通运输局" }]);
  });
});
