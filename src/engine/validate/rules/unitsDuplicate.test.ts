import { unitsDuplicate } from "./unitsDuplicate";
import { issuesOf, sheet, TASK_HEADER } from "./testHelpers";

const units = (text: string, title?: string) => sheet(TASK_HEADER, [[1, "推进项目建设。", text]], title);

describe("unitsDuplicate", () => {
  it("reports a unit listed twice, also under an alias, and keeps the first", () => {
    expect(issuesOf(unitsDuplicate, units("市财政局、市税务局、财政局"))).toEqual([
      { code: "units/duplicate", severity: "warning", cell: "C3", fix: "市财政局、市税务局" },
    ]);
    expect(issuesOf(unitsDuplicate, units("市财政局、市税务局"))).toEqual([]);
  });
});
