import { validateSheet } from "../validateSheet";
import { unitsDuplicate } from "./unitsDuplicate";
import { found, issuesOf, sheet, TASK_HEADER } from "./testHelpers";

const units = (text: string, title?: string) => sheet(TASK_HEADER, [[1, "推进项目建设。", text]], title);
const duplicate = (fix: string) => [{ code: "units/duplicate", severity: "warning", cell: "C3", row: 3, fix }];

describe("unitsDuplicate", () => {
  it("reports a unit listed twice, also under an alias, and keeps the first", () => {
    expect(issuesOf(unitsDuplicate, units("市财政局、市税务局、财政局"))).toEqual([
      { code: "units/duplicate", severity: "warning", cell: "C3", fix: "市财政局、市税务局" },
    ]);
    expect(issuesOf(unitsDuplicate, units("市财政局、市税务局"))).toEqual([]);
  });

  it("gives no issue on distinct units, nor on 各县（市、区）政府 next to one county", () => {
    expect(found(unitsDuplicate, units("市财政局"))).toEqual([]);
    expect(found(unitsDuplicate, units("各县（市、区）政府、南湖区政府"))).toEqual([]);
  });

  it("counts units as they are read: asides and a collective's pieces are no units of their own", () => {
    expect(found(unitsDuplicate, units("区应急管理局\n(安委办)\n(安委办)"))).toEqual([]);
    expect(found(unitsDuplicate, units("各乡、街道办事处、区财政局、各镇、街道办事处"))).toEqual([]);
  });

  it("reports 市财政局、财政局 and keeps the first spelling", () => {
    expect(found(unitsDuplicate, units("市财政局、财政局"))).toEqual(duplicate("市财政局"));
    expect(found(unitsDuplicate, units("市财政局、市财政局"))).toEqual(duplicate("市财政局"));
    expect(validateSheet(units("市财政局、财政局"), { rules: [unitsDuplicate] })[0].params).toEqual({ units: ["市财政局"] });
  });

  it("sees a unit through spacing, bracket width and former names", () => {
    expect(found(unitsDuplicate, units("各县（市、区）政府、各县(市、区)政府"))).toEqual(duplicate("各县（市、区）政府"));
    expect(found(unitsDuplicate, units("国家金融监督管理总局嘉兴监管分局、嘉兴银保监分局"))).toEqual(duplicate("国家金融监督管理总局嘉兴监管分局"));
  });

  it("reports an unknown unit written twice, and three copies once", () => {
    expect(found(unitsDuplicate, units("市火星局、市火星局"))).toEqual(duplicate("市火星局"));
    expect(found(unitsDuplicate, units("市财政局、市税务局、市财政局、财政局"))).toEqual(duplicate("市财政局、市税务局"));
  });
});
