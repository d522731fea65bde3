import { placeRegistry } from "../../src/engine/settings/registries";
import fc from "fast-check";
import { aggregateByUnit, FLAGS, type AggregateInput, type Counts } from "../../src/engine/aggregate";
import { CATEGORIES } from "../../src/engine/status/categories";
import type { SheetGrid } from "../../src/engine/grid";
import { detectLag, resolveAsOf } from "../../src/engine/lag";
import { defaultVocabulary } from "../../src/engine/status/vocabulary";
import { taskRecords } from "../../src/engine/tasks";
import { builtinRegistry } from "../../src/engine/units/registry";
import { openWorkbookFile } from "../../src/host/files";
import { fixture } from "../cli/runCli";

async function grid(name: string): Promise<SheetGrid> {
  const workbook = await openWorkbookFile(fixture(name));
  return workbook.readSheet((await workbook.sheetNames())[0]);
}

async function inputs(name: string): Promise<AggregateInput[]> {
  const sheet = await grid(name);
  const asOf = resolveAsOf({ title: name });
  return taskRecords(sheet).map((task) => ({ task, lag: detectLag(task, defaultVocabulary(), asOf) }));
}

const sum = (record: Record<string, number>) => Object.values(record).reduce((a, b) => a + b, 0);

function expectReconciled(counts: Counts): void {
  expect(sum(counts.byCategory)).toBe(counts.tasks);
  expect(sum(counts.byFlag)).toBe(counts.tasks);
}

const FIXTURES = ["2021_上半年执行情况.xlsx", "2024_责任分解.xlsx", "2021_责任分解.xlsx", "2021_专项行动.xlsx", "2021_民生实事.xlsx"];

describe("aggregateByUnit", () => {
  it("matches a hand count of five units of the 2021 H1 report (aliases counted under the canonical unit)", async () => {
    const { units } = aggregateByUnit(await inputs("2021_上半年执行情况.xlsx"), builtinRegistry());
    const of = (name: string) => units.find((u) => u.unit === name);
    // Counted by hand from the published CSV, continuation rows joined to their task.
    expect(of("市科技局")).toMatchObject({ tasks: 12, lead: 9, coop: 3, kind: "市级部门" });
    expect(of("市科技局")?.byCategory.unknown).toBe(1); // task 14 has no status
    expect(of("市长三角发展办")).toMatchObject({ tasks: 7, lead: 2, coop: 5 });
    expect(of("市交通运输局")).toMatchObject({ tasks: 3, lead: 3, byFlag: { red: 1, yellow: 1, green: 1, none: 0 } });
    expect(of("市交通运输局")?.lagging.map((t) => [t.seq, t.flag])).toEqual([
      ["10", "red"],
      ["9", "yellow"],
    ]);
    expect(of("嘉兴港区")).toMatchObject({ tasks: 2, lead: 0, coop: 2, kind: "功能区" });
    expect(of("市体育局")).toMatchObject({ tasks: 1, lead: 1, byCategory: { behind: 1 } });
    expect(units.some((u) => u.unit === "交通运输局" || u.unit === "长三角发展办")).toBe(false);
  });

  it("reconciles on every fixture: categories sum to tasks, lead-only counts sum to the tasks", async () => {
    for (const name of FIXTURES) {
      const data = await inputs(name);
      const all = aggregateByUnit(data, builtinRegistry());
      const lead = aggregateByUnit(data, builtinRegistry(), { leadOnly: true });
      expectReconciled(all.total);
      for (const unit of [...all.units, ...lead.units]) {
        expectReconciled(unit);
        expect(unit.lead + unit.coop).toBe(unit.tasks);
      }
      const withUnits = data.filter((d) => d.task.units.length > 0).length;
      expect(lead.units.reduce((n, u) => n + u.tasks, 0)).toBe(withUnits);
      expect(all.total.tasks).toBe(data.length);
      expect(all.units.some((u) => u.kind === "未登记")).toBe(false);
    }
  });

  it("ranks units with red tasks first", async () => {
    const { units } = aggregateByUnit(await inputs("2021_上半年执行情况.xlsx"), builtinRegistry());
    expect(units[0].byFlag.red).toBeGreaterThan(0);
    expect(units.map((u) => u.rank)).toEqual(units.map((_, i) => i + 1));
  });

  it("reconciles for any tasks and unit lists (property)", () => {
    const unitName = fc.constantFrom("市财政局", "财政局", "市税务局", "市火星局", "南湖区政府", "嘉兴港区");
    const task = fc.record({ units: fc.array(unitName, { maxLength: 5 }), category: fc.constantFrom(...CATEGORIES), flag: fc.constantFrom(...FLAGS) });
    fc.assert(
      fc.property(fc.array(task, { maxLength: 30 }), fc.boolean(), (tasks, leadOnly) => {
        const data: AggregateInput[] = tasks.map((t, i) => ({
          task: {
            sheet: "s",
            row: i + 2,
            seq: String(i + 1),
            kind: "progress",
            section: null,
            text: "t",
            units: t.units,
            coUnits: [],
            lines: [
              {
                row: i + 2,
                text: "t",
                units: t.units,
                coUnits: [],
                progress: "",
                status: "",
                target: "",
                content: "",
                measure: "",
                note: "",
                done: "",
                rate: "",
                leaders: [],
              },
            ],
          },
          lag: { sheet: "s", row: i + 2, seq: String(i + 1), task: "t", status: "", category: t.category, flag: t.flag, reasons: [] },
        }));
        const result = aggregateByUnit(data, builtinRegistry(), { leadOnly });
        expectReconciled(result.total);
        for (const unit of result.units) expectReconciled(unit);
        if (leadOnly) expect(result.units.reduce((n, u) => n + u.tasks, 0)).toBe(tasks.filter((t) => t.units.length > 0).length);
        const kindTotal = result.kinds.reduce((n, k) => n + k.tasks, 0);
        expect(kindTotal).toBe(result.units.reduce((n, u) => n + u.tasks, 0));
      }),
    );
  });
});

describe("co-operating units of a 配合单位 column", () => {
  it("count every task they co-operate on, beside the lead units, and not in lead-only mode", () => {
    const grid = {
      name: "s",
      merges: [],
      values: [
        ["序号", "主要工作任务", "牵头单位", "配合单位"],
        [1, "地区生产总值增长5%左右。", "区发改局", "区统计局、各街道"],
        [2, "一般公共预算收入稳定增长。", "区财政局", "区税务局、区统计局"],
      ],
    };
    const tasks = taskRecords(grid).map((task) => ({ task }));
    const all = aggregateByUnit(tasks, placeRegistry(null));
    const row = (unit: string) => all.units.find((u) => u.unit === unit);
    expect(row("区统计局")).toMatchObject({ tasks: 2, lead: 0, coop: 2 });
    expect(row("区发改局")).toMatchObject({ tasks: 1, lead: 1, coop: 0 });
    expect(all.total.tasks).toBe(2);
    expect(
      aggregateByUnit(tasks, placeRegistry(null), { leadOnly: true })
        .units.map((u) => u.unit)
        .sort(),
    ).toEqual(["区发改局", "区财政局"]);
  });
});
