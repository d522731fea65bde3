import type { CellValue, SheetGrid } from "../grid";
import type { SheetLayout } from "../layout";
import { addinSheets, provenRecord, recordPlace } from "./addinRecords";
import { placeTabs } from "./placeTabs";

const grid = (name: string, values: CellValue[][]): SheetGrid => ({ name, values, merges: [] });
const record = (name: string, mark: CellValue, tabs: string[]) => grid(name, [["台账助手生成的工作表", mark], ...tabs.map((t) => [t])]);
const tab = (name: string): SheetLayout => ({ name, values: [[name]] });

describe("the add-in's records, proven both ways", () => {
  const settings = { mark: "7f3a", ownerSheet: "_taizhang" };

  it("count when the settings name the sheet and it carries their mark", () => {
    const owner = record("_taizhang", "7f3a", ["部门汇总", "滞后任务"]);
    expect(provenRecord(settings, "owner", owner)).toBe(owner);
    expect(addinSheets({ owner, journal: null })).toEqual(new Set(["_taizhang", "部门汇总", "滞后任务"]));
  });

  it.each([
    ["no settings at all (a sheet merely named _taizhang)", {}, record("_taizhang", "7f3a", ["任务表"])],
    ["settings without a mark", { ownerSheet: "_taizhang" }, record("_taizhang", "", ["任务表"])],
    ["another mark in the record", settings, record("_taizhang", "7f3b", ["任务表"])],
    ["no mark in the record", settings, grid("_taizhang", [["台账助手生成的工作表"], ["任务表"]])],
    ["the mark, but the settings name another sheet", { mark: "7f3a", ownerSheet: "_taizhang(2)" }, record("_taizhang", "7f3a", ["任务表"])],
    ["the settings' mark as the journal, not the owner record", { mark: "7f3a", journalSheet: "_taizhang" }, record("_taizhang", "7f3a", ["任务表"])],
  ])("do not count with %s: every sheet stays the clerk's", (_, given, sheet) => {
    const owner = provenRecord(given, "owner", sheet);
    expect(owner).toBeNull();
    expect(addinSheets({ owner, journal: null })).toEqual(new Set());
  });

  it("go beside a clerk's sheet of their usual name, and over a proven record", () => {
    expect(recordPlace("journal", null, ["表", "_taizhang_fixes"])).toBe("_taizhang_fixes(2)");
    expect(recordPlace("journal", null, ["表"])).toBe("_taizhang_fixes");
    expect(recordPlace("owner", grid("_taizhang(3)", []), ["_taizhang", "_taizhang(3)"])).toBe("_taizhang(3)");
  });
});

describe("placing the tabs", () => {
  const tabs = [tab("部门汇总"), tab("滞后任务")];

  it("names a tab and the record beside the clerk's sheets, says which, and proves the record with a new mark", () => {
    const placed = placeTabs(tabs, ["任务表", "部门汇总", "_taizhang"], null, {}, "m1");
    expect(placed.sheets.map((s) => s.name)).toEqual(["部门汇总(2)", "滞后任务", "_taizhang(2)"]);
    expect(placed.taken).toEqual([{ wanted: "部门汇总", given: "部门汇总(2)" }]);
    expect(placed.settings).toEqual({ mark: "m1", ownerSheet: "_taizhang(2)" });
    expect(placed.sheets[2]).toMatchObject({ veryHidden: true, values: [[expect.any(String), "m1"], ["部门汇总(2)"], ["滞后任务"]] });
  });

  it("replaces the tabs its proven record lists, keeping the workbook's mark", () => {
    const owner = record("_taizhang(2)", "m1", ["部门汇总(2)", "滞后任务"]);
    const settings = { mark: "m1", ownerSheet: "_taizhang(2)" };
    const placed = placeTabs(tabs, ["任务表", "部门汇总", "_taizhang", "部门汇总(2)", "滞后任务", "_taizhang(2)"], owner, settings, "m2");
    expect(placed.sheets.map((s) => s.name)).toEqual(["部门汇总(2)", "滞后任务", "_taizhang(2)"]);
    expect(placed.settings).toEqual(settings);
  });
});
