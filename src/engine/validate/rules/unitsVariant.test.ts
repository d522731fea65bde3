import { placeRegistry } from "../../settings/registries";
import { applyChanges, planFixes } from "../fixes";
import { validateSheet } from "../validateSheet";
import { unitsVariant } from "./unitsVariant";
import { TASK_HEADER } from "./testHelpers";

/** A county's sheet: no registry is known for it, so the sheet is its own. */
const county = (...units: string[]) => ({
  name: "表",
  merges: [],
  values: [["2023年苍南县民生实事责任分解"], TASK_HEADER, ...units.map((u, i) => [i + 1, `任务${i + 1}。`, u])],
});
const issues = (...units: string[]) =>
  validateSheet(county(...units), { rules: [unitsVariant], registry: placeRegistry(null) }).map((i) => [
    i.code,
    i.cell,
    i.params.unit,
    i.params.other,
    i.params.where,
    i.fix ?? null,
  ]);

describe("unitsVariant", () => {
  it("tells each cell of the rarer spelling the commoner one and where it is, with no fix for a prefix", () => {
    expect(issues("教育局", "教育局、县财政局", "区教育局")).toEqual([["units/variant", "C5", "区教育局", "教育局", ["C3", "C4"], null]]);
  });

  it("pairs an abbreviation with the full name (卫健局 / 卫生健康局, 发改委 / 发展和改革委员会), not other bodies", () => {
    expect(issues("县卫生健康局", "县卫生健康局", "县卫健局")).toEqual([["units/variant", "C5", "县卫健局", "县卫生健康局", ["C3", "C4"], null]]);
    expect(issues("县发展和改革委员会", "县发改委")).toEqual([["units/variant", "C4", "县发改委", "县发展和改革委员会", ["C3"], null]]);
    expect(issues("县教育局", "县教体局", "县民政局", "县民族宗教局", "县财政局", "县财政所")).toEqual([]);
  });

  it("fixes a spelling that differs only in width or spaces to the commoner one", () => {
    expect(issues("应急管理局（安委办）", "应急管理局（安委办）", "应急管理局(安委办)")).toEqual([
      ["units/variant", "C5", "应急管理局(安委办)", "应急管理局（安委办）", ["C3", "C4"], "应急管理局（安委办）"],
    ]);
  });

  // Found by the property test: the two fixes of one cell undid each other, pass after pass.
  it("agrees with the separator fix of the same cell, so one pass leaves nothing to fix", () => {
    const grid = county("县应急管理局 （安委办）、县财政局", "县应急管理局 （安委办）", "县应急管理局 (安委办)");
    const changes = planFixes(validateSheet(grid, { registry: placeRegistry(null) }));
    expect(changes.map((c) => [c.cell, c.after])).toEqual([
      ["C3", "县应急管理局（安委办）、县财政局"],
      ["C4", "县应急管理局（安委办）"],
      ["C5", "县应急管理局（安委办）"],
    ]);
    expect(planFixes(validateSheet(applyChanges(grid, changes), { registry: placeRegistry(null) }))).toEqual([]);
  });

  it("leaves the units a registry knows to the registry's rules", () => {
    const jiaxing = {
      ...county("市发改委", "市发展改革委"),
      values: [["2024年嘉兴市重点工作责任分解"], TASK_HEADER, [1, "甲。", "市发改委"], [2, "乙。", "市发展改革委"]],
    };
    expect(validateSheet(jiaxing, { rules: [unitsVariant] })).toEqual([]);
  });
});
