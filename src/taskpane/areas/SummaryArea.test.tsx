/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { fireEvent, getNodeText, render, screen, waitFor, within } from "@testing-library/react";
import type { UnitSummary } from "../../engine/aggregate";
import type { SheetGrid } from "../../engine/grid";
import { analyzeWorkbook, type PriorYearPlan } from "../../engine/pipeline";
import { defaultPriorGroups } from "../../app/priorDefault";
import { priorTasks } from "../../app/priorYear";
import { workbookRegistries } from "../../engine/settings/registries";
import { assignTabNames } from "../../engine/summary";
import { fixtureSheets } from "../../../test/fixtureSheets";
import { MemoryWorkbook } from "../../host/memory/memoryWorkbook";
import { WorkbookError } from "../../host/port";
import { zhCN } from "../../i18n/zh-CN";
import { SummaryArea } from "./SummaryArea";

/**
 * The 汇总 area on the real H1 report, beside a sheet of the clerk's own that happens to be called 部门汇总.
 * The tab names and the by-unit counts expected are the engine's for the same sheets.
 */

jest.setTimeout(60_000);

const m = zhCN.areas;
/** The clerk's own sheet, named like the add-in's by-unit tab. */
const mine: SheetGrid = { name: "部门汇总", values: [["我自己的汇总表"], ["市发展改革委", 3]], merges: [] };

let report: SheetGrid;
let prior: SheetGrid;

beforeAll(async () => {
  [report] = await fixtureSheets("2021_上半年执行情况.xlsx");
  [prior] = await fixtureSheets("2021_责任分解.xlsx");
});

function renderArea(workbook: MemoryWorkbook) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <SummaryArea workbook={workbook} messages={zhCN} />
    </FluentProvider>,
  );
}

/** What the engine makes of these sheets: the tabs it wants and the by-unit counts. */
function engineSummary(grids: readonly SheetGrid[], leadOnly = false, priorYear?: PriorYearPlan[]) {
  return analyzeWorkbook(grids, { ...workbookRegistries(grids), leadOnly, priorYear });
}

/** The command line's default comparison (analyze without --prior): each sheet beside the bundled year before its own. */
async function defaultPlans(grids: readonly SheetGrid[]): Promise<{ plans: PriorYearPlan[]; specs: string[] }> {
  const groups = defaultPriorGroups(grids, workbookRegistries(grids).place);
  const plans = await Promise.all(groups.map(async (g) => ({ sheets: g.sheets.map((s) => s.name), prior: await priorTasks(new MemoryWorkbook([]), g.spec) })));
  return { plans, specs: groups.map((g) => g.spec) };
}

const rowOf = (u: UnitSummary) => [u.unit, String(u.tasks), String(u.lagging.length), u.onPaceRate === null ? "—" : `${Math.round(u.onPaceRate * 1000) / 10}%`];

/** The by-unit table's body as text, row by row. */
function unitRows(): string[][] {
  const table = screen.getByRole("table", { name: m.unitsCaption });
  const [, ...body] = within(table).getAllByRole("row");
  return body.map((row) => Array.from(row.querySelectorAll("td"), (td) => td.textContent ?? ""));
}

describe("SummaryArea", () => {
  it("writes the summary tabs beside the clerk's own 部门汇总, which it leaves alone, and shows the by-unit table", async () => {
    const workbook = new MemoryWorkbook([report, mine]);
    const before = await workbook.sheetNames();
    renderArea(workbook);
    expect(screen.queryByRole("table", { name: m.unitsCaption })).toBeNull();
    // No source chosen: the default is the command line's, shown in the picker.
    const picker = screen.getByRole("combobox", { name: m.priorForSummary }) as HTMLSelectElement;
    expect(picker.value).toBe("");
    expect(picker.selectedOptions[0].textContent).toBe(m.priorDefault);
    expect(screen.getByText(m.priorDefaultHint)).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: m.summaryButton }));

    const { plans, specs } = await defaultPlans([report, mine]);
    expect(specs).toContain("builtin:2020");
    const analysis = engineSummary([report, mine], false, plans);
    const named = assignTabNames(
      analysis.tabs.map((t) => t.name),
      before,
      [],
    );
    const written = analysis.tabs.filter((t) => !t.veryHidden).map((t) => named.get(t.name) ?? t.name);
    // The user's sheet keeps its name: the add-in's tab takes the next free one.
    expect(written).toContain("部门汇总(2)");
    expect(written).not.toContain("部门汇总");
    await screen.findByText(m.written(written), { exact: false });
    // The clerk is told that their sheet kept its name, and what the new tab is called.
    expect(screen.getByText(m.takenNames([{ wanted: "部门汇总", given: "部门汇总(2)" }]), { exact: false })).toBeTruthy();
    expect(screen.getByText(m.priorUsed(specs.map((spec) => m.builtinYear(Number(spec.slice("builtin:".length))))), { exact: false })).toBeTruthy();

    const names = await workbook.sheetNames();
    for (const name of written) expect(names).toContain(name);
    expect(names.slice(0, 2)).toEqual(before);
    expect(await workbook.readSheet("部门汇总")).toEqual(mine);
    // No source was chosen: the bundled year before the report's (2020) is last year's, as `analyze` compares.
    expect(names).toContain("上年对比");

    const units = analysis.aggregation.units;
    expect(units.length).toBeGreaterThan(0);
    expect(unitRows()).toEqual(units.slice(0, 30).map(rowOf));
    // The pane shows the counts of the tab it just wrote: the first unit is on the 部门汇总(2) tab too.
    const tab = await workbook.readSheet("部门汇总(2)");
    expect(tab.values.some((row) => row.includes(units[0].unit))).toBe(true);
  });

  it("replaces its own tabs when run again, under the same names", async () => {
    const workbook = new MemoryWorkbook([report, mine]);
    renderArea(workbook);
    fireEvent.click(screen.getByRole("button", { name: m.summaryButton }));
    await screen.findByRole("table", { name: m.unitsCaption });
    const once = await workbook.sheetNames();
    const message = getNodeText(screen.getByText(/^已生成：/u));

    fireEvent.click(screen.getByRole("button", { name: m.summaryButton }));
    await waitFor(() => expect(screen.getByRole("table", { name: m.unitsCaption })).toBeTruthy());
    await screen.findByText(message);
    expect(await workbook.sheetNames()).toEqual(once);
    expect(once.filter((n) => n.startsWith("部门汇总"))).toEqual(["部门汇总", "部门汇总(2)"]);
  });

  it("counts lead units only when the clerk switches that on, and remembers the choice", async () => {
    const workbook = new MemoryWorkbook([report]);
    renderArea(workbook);
    const toggle = screen.getByRole("switch", { name: m.leadOnly }) as HTMLInputElement;
    expect(toggle.checked).toBe(false);
    fireEvent.click(toggle);
    await waitFor(() => expect((screen.getByRole("switch", { name: m.leadOnly }) as HTMLInputElement).checked).toBe(true));
    await waitFor(async () => expect((await workbook.readSettings()).leadOnly).toBe("true"));

    fireEvent.click(screen.getByRole("button", { name: m.summaryButton }));
    await screen.findByRole("table", { name: m.unitsCaption });
    const lead = engineSummary([report], true).aggregation.units;
    const all = engineSummary([report], false).aggregation.units;
    // The fixture's joint tasks make the two counts differ; the table is the lead-only one.
    expect(lead.map(rowOf)).not.toEqual(all.map(rowOf));
    expect(unitRows()).toEqual(lead.slice(0, 30).map(rowOf));
  });

  it("offers the prior-year sheet chosen before, and adds the 上年对比 tab with it", async () => {
    const workbook = new MemoryWorkbook([report, prior]);
    await workbook.writeSettings({ priorSheet: prior.name });
    renderArea(workbook);
    const picker = () => screen.getByRole("combobox", { name: m.priorForSummary }) as HTMLSelectElement;
    await screen.findByRole("option", { name: prior.name });
    await waitFor(() => expect(picker().value).toBe(prior.name));
    fireEvent.click(screen.getByRole("button", { name: m.summaryButton }));
    const done = await screen.findByText(/^已生成：/u);
    expect(done.textContent).toContain("上年对比");
    expect(await workbook.sheetNames()).toContain("上年对比");
    // The prior-year sheet is a source, not a sheet to summarise: its tasks are not counted by unit.
    expect(unitRows()).toEqual(engineSummary([report]).aggregation.units.slice(0, 30).map(rowOf));
  });

  it("offers as last year only sheets older than the workbook's latest year, never this year's own tables", async () => {
    const sample = await fixtureSheets("sample.xlsx");
    const workbook = new MemoryWorkbook(sample, sample[0].name);
    renderArea(workbook);
    await screen.findByRole("option", { name: "2021责任分解" });
    const picker = screen.getByRole("combobox", { name: m.priorForSummary }) as HTMLSelectElement;
    const offered = Array.from(picker.options, (o) => o.value);
    // The sample holds 2024's table and two of 2021: the 2024 sheet is this year's, to be summarised, not a source.
    expect(offered).toEqual(["", "none:", "2021责任分解", "2021上半年执行情况", "builtin:2021", "builtin:2020"]);
    expect(offered).not.toContain("2024责任分解");
  });

  it("writes no 上年对比 when the clerk chooses 不对比, and keeps that choice apart from last year's sheet", async () => {
    const workbook = new MemoryWorkbook([report]);
    renderArea(workbook);
    fireEvent.change(screen.getByRole("combobox", { name: m.priorForSummary }), { target: { value: "none:" } });
    await waitFor(async () => expect(await workbook.readSettings()).toMatchObject({ comparePrior: "false" }));
    // 上年目标 reads the same priorSheet setting: it is left as it was.
    expect((await workbook.readSettings()).priorSheet).toBeUndefined();
    expect(screen.queryByText(m.priorDefaultHint)).toBeNull();
    fireEvent.click(screen.getByRole("button", { name: m.summaryButton }));
    await screen.findByText(/^已生成：/u);
    expect(await workbook.sheetNames()).not.toContain("上年对比");
  });

  it("shows the as-of date set in 滞后, not a field of its own, and opens 滞后 to change it", async () => {
    const workbook = new MemoryWorkbook([report]);
    const openLag = jest.fn();
    render(
      <FluentProvider theme={webLightTheme}>
        <SummaryArea workbook={workbook} messages={zhCN} onOpenLag={openLag} />
      </FluentProvider>,
    );
    expect(screen.getByText(m.summaryAsOf(null))).toBeTruthy();
    expect(screen.queryByRole("textbox")).toBeNull();
    fireEvent.click(screen.getByRole("button", { name: m.changeAsOf }));
    expect(openLag).toHaveBeenCalledTimes(1);
    await screen.findByRole("option", { name: m.builtinYear(2020) }); // the picker has read the workbook
  });

  it("says the date kept in the workbook in words", async () => {
    const workbook = new MemoryWorkbook([report]);
    await workbook.writeSettings({ asOf: "2021-06-30" });
    renderArea(workbook);
    await screen.findByText("截止日期：2021年6月30日（您设定的日期）");
  });

  it("shows the workbook's message when a sheet cannot be read", async () => {
    const message = "Excel 正处于单元格编辑状态，无法读写工作表。请按 Enter 或 Esc 结束编辑后重试。";
    class Unreadable extends MemoryWorkbook {
      override async readSheet(): Promise<SheetGrid> {
        throw new WorkbookError({ reason: "excel/cell-edit-mode", params: {} }, "");
      }
    }
    const workbook = new Unreadable([report]);
    renderArea(workbook);
    fireEvent.click(screen.getByRole("button", { name: m.summaryButton }));
    const bar = await screen.findByRole("group", { name: m.failed });
    expect(bar.textContent).toContain(message);
    expect(await workbook.sheetNames()).toEqual([report.name]);
    expect(screen.queryByRole("table", { name: m.unitsCaption })).toBeNull();
  });
});
