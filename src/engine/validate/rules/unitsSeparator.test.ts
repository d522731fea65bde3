import { renderMessage } from "../messages";
import { validateSheet } from "../validateSheet";
import { unitsSeparator } from "./unitsSeparator";
import { found, issuesOf, sheet, TASK_HEADER } from "./testHelpers";

const units = (text: string, title?: string) => sheet(TASK_HEADER, [[1, "推进项目建设。", text]], title);
const separator = (fix: string) => [{ code: "units/separator", severity: "warning", cell: "C3", row: 3, fix }];

describe("unitsSeparator", () => {
  it("normalises every wrong separator to 、", () => {
    for (const text of ["市财政局、 市税务局", "市财政局，市税务局", "市财政局,市税务局", "市财政局\n市税务局", "市财政局 市税务局"]) {
      expect(issuesOf(unitsSeparator, units(text))).toEqual([{ code: "units/separator", severity: "warning", cell: "C3", fix: "市财政局、市税务局" }]);
    }
    expect(issuesOf(unitsSeparator, units("市财政局、"))).toEqual([{ code: "units/separator", severity: "warning", cell: "C3", fix: "市财政局" }]);
    expect(issuesOf(unitsSeparator, units("市财政局、市税务局"))).toEqual([]);
  });

  it("gives no issue on a single unit or units joined by 、", () => {
    expect(found(unitsSeparator, units("市财政局"))).toEqual([]);
    expect(found(unitsSeparator, units("市财政局、市税务局、嘉兴海关"))).toEqual([]);
  });

  it("keeps the 、 inside brackets: 各县（市、区）政府 is one unit", () => {
    expect(found(unitsSeparator, units("各县（市、区）政府"))).toEqual([]);
    expect(found(unitsSeparator, units("各县(市、区)政府、市财政局"))).toEqual([]);
    expect(found(unitsSeparator, units("市委组织部(市委人才办)"))).toEqual([]);
    expect(found(unitsSeparator, units("市财政局，各县（市、区）政府"))).toEqual(separator("市财政局、各县（市、区）政府"));
  });

  // The fix writes the units as they are read (unitNames): an aside on its own line stays with its unit.
  it("joins a bracketed aside on its own line to its unit, never putting 、 before it", () => {
    expect(found(unitsSeparator, units("区应急管理局\n(安委办)、区公安分局"))).toEqual(separator("区应急管理局(安委办)、区公安分局"));
    const [issue] = validateSheet(units("区应急管理局\n(安委办)、区公安分局"), { rules: [unitsSeparator] });
    expect(issue.params).toEqual({ kinds: ["aside-break"] });
    expect(renderMessage(issue)).toBe("多个单位之间应以“、”分隔（发现单位与括号说明之间的换行）。");
    expect(found(unitsSeparator, units("区金融办,各乡、街道办事处"))).toEqual(separator("区金融办、各乡、街道办事处"));
  });

  it("removes the stray space after 、", () => {
    expect(found(unitsSeparator, units("市财政局、 市税务局"))).toEqual(separator("市财政局、市税务局"));
    expect(found(unitsSeparator, units("市财政局、\u3000市税务局"))).toEqual(separator("市财政局、市税务局"));
    expect(validateSheet(units("市财政局、 市税务局"), { rules: [unitsSeparator] })[0].params).toEqual({ kinds: ["stray-space"] });
  });

  it('fixes ，, ",", ;, ；, line breaks and trailing, leading or doubled 、', () => {
    const cases: [string, string][] = [
      ["市财政局，市税务局", "市财政局、市税务局"],
      ["市财政局,市税务局", "市财政局、市税务局"],
      ["市财政局；市税务局;嘉兴海关", "市财政局、市税务局、嘉兴海关"],
      ["市财政局\n市税务局", "市财政局、市税务局"],
      ["市财政局\r\n市税务局", "市财政局、市税务局"],
      ["市财政局，\n市税务局", "市财政局、市税务局"],
      ["市财政局、", "市财政局"],
      ["、市财政局", "市财政局"],
      ["市财政局、、市税务局", "市财政局、市税务局"],
      ["市财政局、\n市税务局", "市财政局、市税务局"],
    ];
    for (const [text, fix] of cases) expect(found(unitsSeparator, units(text))).toEqual(separator(fix));
  });

  it("joins a name to its bracketed second name instead of splitting them at the space", () => {
    expect(found(unitsSeparator, units("嘉兴经济技术开发区 （国际商务区）"))).toEqual(separator("嘉兴经济技术开发区（国际商务区）"));
    expect(found(unitsSeparator, units("市财政局、市委组织部 (市委人才办)"))).toEqual(separator("市财政局、市委组织部(市委人才办)"));
    expect(found(unitsSeparator, units("市财政局 嘉兴经济技术开发区 (国际商务区)"))).toEqual(separator("市财政局、嘉兴经济技术开发区(国际商务区)"));
  });

  it("checks the 配合单位 column too, and leaves numbers alone", () => {
    const grid = sheet(
      ["序号", "主要工作任务", "牵头单位", "配合单位"],
      [
        [1, "推进。", "市财政局", "市税务局，嘉兴海关"],
        [2, "推进。", 12, null],
      ],
    );
    expect(found(unitsSeparator, grid)).toEqual([{ code: "units/separator", severity: "warning", cell: "D3", row: 3, fix: "市税务局、嘉兴海关" }]);
  });
});
