import { analyzeWorkbook, comparePriorYear, tasksOfSheets } from "../../src/engine/pipeline";
import type { SheetGrid } from "../../src/engine/grid";
import { registriesFrom } from "../../src/engine/settings/registries";
import { TAB_NAMES } from "../../src/engine/summary";
import { taskRecords } from "../../src/engine/tasks";
import { fixtureSheets } from "../fixtureSheets";

let report: SheetGrid;
let breakdown2021: SheetGrid;
let breakdown2024: SheetGrid;
const registries = registriesFrom([], []);

beforeAll(async () => {
  [report] = await fixtureSheets("2021_上半年执行情况.xlsx");
  [breakdown2021] = await fixtureSheets("2021_责任分解.xlsx");
  [breakdown2024] = await fixtureSheets("2024_责任分解.xlsx");
});

describe("analyzeWorkbook with last year's tasks", () => {
  it("matches each group's sheets as the prior-year step alone does, and lists them on the 上年对比 tab", () => {
    const priorTasks = tasksOfSheets("2020.xlsx", [breakdown2021]);
    const analysis = analyzeWorkbook([report], { ...registries, source: "2021.xlsx", priorYear: [{ sheets: [report.name], tasks: priorTasks }] });
    const alone = comparePriorYear(tasksOfSheets("2021.xlsx", [report]), priorTasks, registries.registry, { phrases: false }).filter((m) => m.prior.length > 0);
    expect(alone.length).toBeGreaterThan(50);
    expect(analysis.priorYear?.matches).toEqual(alone);
    expect(analysis.priorYear?.groups).toEqual([{ tasks: taskRecords(report).length, matched: alone.length }]);
    const tab = analysis.tabs.find((t) => t.name === TAB_NAMES.prior);
    const taskColumn = tab?.values.flat() ?? [];
    for (const m of alone.slice(0, 10)) expect(taskColumn).toContain(m.current.task);
  });

  it("compares a sheet only with its own group's year, and changes nothing else of the analysis", () => {
    const groups = [
      { sheets: [report.name], tasks: tasksOfSheets("", [breakdown2021]) },
      { sheets: [breakdown2024.name], tasks: [] },
    ];
    const withPrior = analyzeWorkbook([report, breakdown2024], { ...registries, priorYear: groups });
    const without = analyzeWorkbook([report, breakdown2024], registries);
    expect(without.priorYear).toBeNull();
    expect(withPrior.priorYear?.groups[1]).toEqual({ tasks: taskRecords(breakdown2024).length, matched: 0 });
    expect(new Set(withPrior.priorYear?.matches.map((m) => m.current.sheet))).toEqual(new Set([report.name]));
    expect({ ...withPrior, priorYear: null, tabs: [] }).toEqual({ ...without, tabs: [] });
  });
});
