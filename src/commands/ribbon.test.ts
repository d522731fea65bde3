import JSZip from "jszip";
import type { SheetGrid } from "../engine/grid";
import { MemoryWorkbook } from "../host/memory/memoryWorkbook";
import { zhCN } from "../i18n/zh-CN";
import { fixtureSheets } from "../../test/fixtureSheets";
import { runRibbonCommand } from "./ribbon";

/** 分发 on the ribbon, on the published H1 report: the pane's 在新工作簿中生成 without the pane. */

jest.setTimeout(60_000);

const AT = () => new Date("2026-12-06T12:00:00Z");
let report: SheetGrid;

beforeAll(async () => {
  [report] = await fixtureSheets("2021_上半年执行情况.xlsx");
});

describe("分发 on the ribbon", () => {
  it("opens a new workbook with a return sheet per unit, and leaves the master as it was", async () => {
    const workbook = new MemoryWorkbook([report], report.name);
    const done = await runRibbonCommand("splitReturns", workbook, zhCN, AT);
    expect(done).toMatchObject({ ok: true, title: "分发", message: zhCN.areas.split.opened(58) });
    expect(workbook.openedWorkbooks).toHaveLength(1);
    const zip = await JSZip.loadAsync(workbook.openedWorkbooks[0]);
    expect(Object.keys(zip.files).filter((name) => /^xl\/worksheets\/sheet\d+\.xml$/u.test(name))).toHaveLength(58);
    expect(await workbook.sheetNames()).toEqual([report.name]);
  });

  it("says where to download the files where the host cannot open a workbook", async () => {
    const workbook = new MemoryWorkbook([report], report.name);
    workbook.openNewWorkbook = async () => false;
    const done = await runRibbonCommand("splitReturns", workbook, zhCN, AT);
    expect(done).toMatchObject({ ok: false, message: zhCN.commands.failed(zhCN.areas.split.cannotOpenHere) });
  });

  it("says so on a sheet whose tasks name no unit", async () => {
    const sheet: SheetGrid = {
      name: "任务",
      values: [
        ["序号", "工作任务", "责任单位"],
        [1, "完成年度目标", null],
      ],
      merges: [],
    };
    const workbook = new MemoryWorkbook([sheet], sheet.name);
    const done = await runRibbonCommand("splitReturns", workbook, zhCN, AT);
    expect(done).toMatchObject({ ok: false, message: zhCN.commands.failed(zhCN.areas.split.noUnits) });
    expect(workbook.openedWorkbooks).toEqual([]);
  });
});
