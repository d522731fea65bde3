/**
 * The ribbon's commands as Excel runs them: registered through Office.actions' stand-in, clicked, and run through
 * the Office adapter on the Excel model (fakeExcel.ts). What a clerk sees afterwards is checked on the model.
 */
import type { SheetGrid } from "../../src/engine/grid";
import { validateSheet } from "../../src/engine/validate";
import { onCommandReport, registerRibbonCommands, type CommandEvent } from "../../src/commands/commands";
import { LAST_COMMAND_SETTING, readCommandReport, RIBBON_COMMANDS, type CommandReport } from "../../src/commands/ribbon";
import { OfficeWorkbook } from "../../src/host/office/officeWorkbook";
import { MARK_COLORS } from "../../src/app/marks";
import { zhCN } from "../../src/i18n/zh-CN";
import { fixtureSheets } from "../fixtureSheets";
import { FakeExcel } from "./fakeExcel";

async function firstGrid(name: string): Promise<SheetGrid> {
  return (await fixtureSheets(name))[0];
}

/** Registers the commands on a fresh model of Excel holding `grid`; `click` runs one as the ribbon would. */
function ribbon(grid: SheetGrid, excelApi = "1.13") {
  const excel = new FakeExcel([grid]);
  excel.install(excelApi);
  const handlers = new Map<string, (event: CommandEvent) => void>();
  const showPane = jest.fn(async () => undefined);
  registerRibbonCommands({ associate: (id, handler) => void handlers.set(id, handler), showPane }, new OfficeWorkbook(), zhCN);
  const click = (id: string) =>
    new Promise<void>((resolve) => {
      const handler = handlers.get(id);
      if (!handler) throw new Error(`${id} is not registered`);
      handler({ completed: () => resolve() });
    });
  // Read back through the adapter, as the pane does when it opens.
  const lastReport = async () => readCommandReport(await new OfficeWorkbook().readSettings());
  return { excel, handlers, showPane, click, lastReport };
}

afterEach(() => FakeExcel.uninstall());

describe("the ribbon's commands, run without the pane", () => {
  it("registers one handler per ExecuteFunction of the manifest", async () => {
    const { handlers } = ribbon(await firstGrid("2024_责任分解.xlsx"));
    expect([...handlers.keys()]).toEqual([...RIBBON_COMMANDS]);
  });

  it("校验本表 marks every cell with an error or warning, changes no value, reports the counts and opens the pane", async () => {
    const grid = await firstGrid("2021_上半年执行情况.xlsx");
    const { excel, click, showPane, lastReport } = ribbon(grid);
    const heard: CommandReport[] = [];
    const stop = onCommandReport((report) => heard.push(report));
    await click("validateSheet");
    stop();

    const issues = validateSheet(grid).filter((i) => i.severity !== "info");
    const cells = new Set(issues.map((i) => i.cell));
    expect(cells.size).toBeGreaterThan(0);
    const marks = excel.sheet(grid.name).conditionalFormats;
    expect(marks).toHaveLength(cells.size);
    const errorCells = new Set(issues.filter((i) => i.severity === "error").map((i) => i.cell));
    expect(marks.filter((m) => m.color === MARK_COLORS.red)).toHaveLength(errorCells.size);
    expect(excel.grid(grid.name).values).toEqual(grid.values);

    const report = await lastReport();
    expect(report).toMatchObject({ command: "validateSheet", ok: true, title: "校验本表" });
    expect(report?.message).toContain(`已用红、黄底色标出 ${cells.size} 个单元格`);
    expect(heard).toEqual([report]);
    expect(showPane).toHaveBeenCalledTimes(1);
  });

  it("清除标记 removes the add-in's marks and keeps the clerk's own conditional format", async () => {
    const grid = await firstGrid("2021_上半年执行情况.xlsx");
    const { excel, click, showPane } = ribbon(grid);
    const own = { id: "clerk-1", range: { top: 2, left: 0, bottom: 9, right: 0 }, color: "#C6EFCE" };
    excel.sheet(grid.name).conditionalFormats.push(own);
    await click("validateSheet");
    expect(excel.sheet(grid.name).conditionalFormats.length).toBeGreaterThan(1);
    await click("clearMarks");
    expect(excel.sheet(grid.name).conditionalFormats).toEqual([own]);
    expect(showPane).toHaveBeenCalledTimes(1); // for the check only: clearing needs no pane
  });

  it("生成汇总 writes the tabs with the settings saved in the pane and leaves the clerk's sheet as it was", async () => {
    const grid = await firstGrid("2021_上半年执行情况.xlsx");
    const { excel, click, lastReport } = ribbon(grid);
    await new OfficeWorkbook().writeSettings({ asOf: "2021-06-30" });
    await click("generateSummary");
    const names = excel.sheets.filter((s) => s.visibility === "Visible").map((s) => s.name);
    expect(names).toEqual(expect.arrayContaining([grid.name, "部门汇总", "滞后任务", "校验报告"]));
    expect(excel.grid(grid.name).values).toEqual(grid.values);
    expect((await lastReport())?.message).toBe(zhCN.areas.written(names.filter((n) => n !== grid.name)));
    // The as-of date from the settings was used: the lag tab says so.
    expect(JSON.stringify(excel.grid("滞后任务").values)).toContain("2021-06-30");
  });

  it("where Excel is too old for marks, says which version it needs and still completes", async () => {
    const { click, lastReport, excel } = ribbon(await firstGrid("2021_上半年执行情况.xlsx"), "1.5");
    await click("validateSheet");
    const report = await lastReport();
    expect(report).toMatchObject({ command: "validateSheet", ok: false });
    expect(report?.message).toMatch(/^没有完成：.*1\.6/u);
    expect(excel.sheets[0].conditionalFormats).toEqual([]);
  });
});

test("the report is kept in the workbook's settings under its own key", () => {
  expect(LAST_COMMAND_SETTING).toBe("lastCommand");
  expect(readCommandReport({ lastCommand: "not json" })).toBeNull();
  expect(readCommandReport({ lastCommand: JSON.stringify({ command: "format", ok: true, message: "x" }) })).toBeNull();
});
