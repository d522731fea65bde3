import { unitsSeparator } from "./unitsSeparator";
import { issuesOf, sheet, TASK_HEADER } from "./testHelpers";

const units = (text: string, title?: string) => sheet(TASK_HEADER, [[1, "推进项目建设。", text]], title);

describe("unitsSeparator", () => {
  it("normalises every wrong separator to 、", () => {
    for (const text of ["市财政局、 市税务局", "市财政局，市税务局", "市财政局,市税务局", "市财政局\n市税务局", "市财政局 市税务局"]) {
      expect(issuesOf(unitsSeparator, units(text))).toEqual([{ code: "units/separator", severity: "warning", cell: "C3", fix: "市财政局、市税务局" }]);
    }
    expect(issuesOf(unitsSeparator, units("市财政局、"))).toEqual([{ code: "units/separator", severity: "warning", cell: "C3", fix: "市财政局" }]);
    expect(issuesOf(unitsSeparator, units("市财政局、市税务局"))).toEqual([]);
  });
});
