/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { runCompare } from "../../app/compare";
import { COMPARE_CLASSES, compareWords, describeItem, type Comparison } from "../../engine/cycle/compare";
import type { SheetGrid } from "../../engine/grid";
import { MemoryWorkbook, type MemoryEvent } from "../../host/memory/memoryWorkbook";
import { zhCN } from "../../i18n/zh-CN";
import { currentReport, previousReport } from "../../../test/cycle/h1Pair";
import { LagArea } from "./LagArea";

/**
 * 与上期对比 in the 滞后 area, on the published H1 report (this period, the active sheet) and the 一季度 report
 * built from it (test/cycle/h1Pair.ts). The headings, counts and reasons are the engine's answer for the same pair.
 */

const m = zhCN.areas;
const c = m.compare;
const w = compareWords("zh-CN");
const CURRENT = "2021上半年执行情况";
const PREVIOUS = "2021一季度执行情况";
/** A clerk's sheet with no progress (a note of their own), which is never offered as the previous report. */
const NOTES: SheetGrid = { name: "上期对比", values: [["我自己记的上期对比"], ["序号", "备注"], ["9", "已约谈"]], merges: [] };

const pair = (...more: SheetGrid[]) => new MemoryWorkbook([currentReport(CURRENT), previousReport(PREVIOUS), ...more], CURRENT);

async function engineComparison(): Promise<Comparison> {
  return (await runCompare(pair(), { previous: { sheet: PREVIOUS } })).comparison;
}

async function openSection(workbook: MemoryWorkbook) {
  render(
    <FluentProvider theme={webLightTheme}>
      <LagArea workbook={workbook} messages={zhCN} language="zh-CN" />
    </FluentProvider>,
  );
  fireEvent.click(screen.getByRole("button", { name: c.heading }));
  return (await screen.findByLabelText(c.pick)) as HTMLSelectElement;
}

const offered = (select: HTMLSelectElement) => [...select.options].map((o) => o.value);

describe("与上期对比 in 滞后", () => {
  it("offers the clerk's other progress reports, lists the engine's headings and counts, and keeps the choice", async () => {
    const workbook = pair(NOTES);
    const select = await openSection(workbook);
    // Not the active sheet, not a sheet without progress.
    await waitFor(() => expect(offered(select)).toEqual(["", PREVIOUS]));
    expect((screen.getByRole("button", { name: c.button }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.change(select, { target: { value: PREVIOUS } });
    fireEvent.click(screen.getByRole("button", { name: c.button }));

    // The pane's list first: the engine's own run below is awaited outside React's act, after the pane has settled.
    const headings = await screen.findAllByRole("heading", { level: 3 });
    const comparison = await engineComparison();
    expect(comparison.counts).toMatchObject({ stillBehind: 2, added: 1, gone: 1 });
    expect(headings.map((h) => h.textContent)).toEqual(COMPARE_CLASSES.map((cls) => c.group(w.classes[cls], comparison.counts[cls])));
    expect(headings.map((h) => h.textContent)).toEqual([
      `连续滞后（2）`,
      `新增滞后（${comparison.counts.newlyBehind}）`,
      `已恢复（${comparison.counts.recovered}）`,
      `新近完成（${comparison.counts.doneSince}）`,
      `进展未更新（${comparison.counts.notUpdated}）`,
      "本期新增任务（1）",
      "上期有、本期无（1）",
    ]);
    // 连续滞后: 9 and 79, each with both statuses and the reason with the numbers.
    const still = screen.getByRole("region", { name: c.group(w.classes.stillBehind, 2) });
    const task9 = comparison.items.find((i) => i.current?.seq === "9")!;
    expect(task9.classes).toContain("stillBehind");
    expect(within(still).getByRole("button", { name: m.taskAt("9", task9.current!.row) })).toBeTruthy();
    expect(within(still).getAllByText(c.statuses("部分滞后", task9.current!.status)).length).toBeGreaterThan(0);
    const reason = describeItem(task9, "stillBehind", comparison, "zh-CN");
    expect(reason).toMatch(/序时进度25%/u);
    expect(within(still).getByText(`· ${reason}`)).toBeTruthy();
    // The task new this period and the one gone, the gone one named by its place in the previous report.
    const gone = comparison.items.find((i) => i.classes.includes("gone"))!;
    expect(screen.getByRole("button", { name: c.previousAt("97", gone.previous!.row) })).toBeTruthy();
    // Kept for the next session.
    await waitFor(async () => expect((await workbook.readSettings()).previousReport).toBe(PREVIOUS));
  });

  it("goes to an item's row, on this report or on the previous one", async () => {
    const workbook = pair();
    const events: MemoryEvent[] = [];
    workbook.subscribe((event) => events.push(event));
    const select = await openSection(workbook);
    await waitFor(() => expect(offered(select)).toContain(PREVIOUS));
    fireEvent.change(select, { target: { value: PREVIOUS } });
    fireEvent.click(screen.getByRole("button", { name: c.button }));
    await screen.findAllByRole("heading", { level: 3 });
    const comparison = await engineComparison();
    const task79 = comparison.items.find((i) => i.current?.seq === "79")!;
    fireEvent.click(await screen.findByRole("button", { name: m.taskAt("79", task79.current!.row) }));
    await waitFor(() => expect(events).toContainEqual({ type: "selected", sheet: CURRENT, address: `A${task79.current!.row}` }));
    const gone = comparison.items.find((i) => i.classes.includes("gone"))!;
    fireEvent.click(screen.getByRole("button", { name: c.previousAt("97", gone.previous!.row) }));
    await waitFor(() => expect(events).toContainEqual({ type: "selected", sheet: PREVIOUS, address: `A${gone.previous!.row}` }));
  });

  it("says how sure a pairing is where it is not certain", async () => {
    // 9 as the 一季度 report worded it: most of the words kept, some changed (a likely pair, not a certain one).
    const q1 = previousReport(PREVIOUS);
    const reworded = "完善“三纵三横”高速路网，推进苏台高速嘉兴段建设，钱江通道北接线建成通车。";
    const values = q1.values.map((row) => (row[0] === "9" ? [row[0], reworded, ...row.slice(2)] : row));
    const workbook = new MemoryWorkbook([currentReport(CURRENT), { ...q1, values }], CURRENT);
    await workbook.writeSettings({ previousReport: PREVIOUS });
    const comparison = (await runCompare(workbook, { previous: { sheet: PREVIOUS } })).comparison;
    const task9 = comparison.items.find((i) => i.current?.seq === "9")!;
    expect(task9.match).toMatchObject({ how: "seq", confidence: "likely" });
    const select = await openSection(workbook);
    await waitFor(() => expect(select.value).toBe(PREVIOUS));
    fireEvent.click(screen.getByRole("button", { name: c.button }));
    const still = await screen.findByRole("region", { name: c.group(w.classes.stillBehind, 2) });
    const item = within(still).getByRole("button", { name: m.taskAt("9", task9.current!.row) }).parentElement as HTMLElement;
    expect(within(item).getByText(c.certainty("较可能"))).toBeTruthy();
    // A certain pair says nothing of it.
    const task79 = within(still).getByRole("button", { name: /^序号 79（/u }).parentElement as HTMLElement;
    expect(within(task79).queryByText(/对应把握/u)).toBeNull();
  });

  it("writes the 上期对比 tab beside a clerk's sheet of that name, and says the new name", async () => {
    const workbook = pair(NOTES);
    await workbook.writeSettings({ previousReport: PREVIOUS });
    const select = await openSection(workbook);
    // The kept choice is offered again.
    await waitFor(() => expect(select.value).toBe(PREVIOUS));
    fireEvent.click(screen.getByRole("button", { name: c.button }));
    fireEvent.click(await screen.findByRole("button", { name: c.writeButton }));
    await screen.findByText(m.written(["上期对比(2)"]), { exact: false });
    expect(screen.getByText(m.takenNames([{ wanted: "上期对比", given: "上期对比(2)" }]), { exact: false })).toBeTruthy();
    expect((await workbook.readSheet("上期对比")).values).toEqual(NOTES.values);
    const tab = await workbook.readSheet("上期对比(2)");
    expect(String(tab.values[0][0])).toMatch(/^上期对比 · 台账助手生成于/u);
    expect(tab.values.some((row) => String(row[0] ?? "").startsWith("连续滞后（2）"))).toBe(true);
    // The tab written is not offered as a previous report.
    await waitFor(() => expect(offered(select)).toEqual(["", PREVIOUS]));
  });

  it("says what to do when there is nothing to compare with", async () => {
    const alone = new MemoryWorkbook([currentReport(CURRENT)], CURRENT);
    const select = await openSection(alone);
    await screen.findByText(c.noChoices);
    expect(offered(select)).toEqual([""]);
    expect((screen.getByRole("button", { name: c.button }) as HTMLButtonElement).disabled).toBe(true);
  });

  it("warns when the two reports look swapped", async () => {
    // The 一季度 report open, the 上半年 one picked as the previous report.
    const workbook = new MemoryWorkbook([previousReport(PREVIOUS), currentReport(CURRENT)], PREVIOUS);
    await workbook.writeSettings({ previousReport: CURRENT });
    const select = await openSection(workbook);
    await waitFor(() => expect(select.value).toBe(CURRENT));
    fireEvent.click(screen.getByRole("button", { name: c.button }));
    await screen.findByText(w.warnings["not-earlier"]);
    expect(screen.queryByText(w.warnings["other-year"])).toBeNull();
  });

  it("says so when the previous report holds no progress columns", async () => {
    // A 责任分解 of the same tasks (序号, 任务, 单位): a choice kept from before, shown as it is.
    const [header, ...rows] = previousReport().values.slice(1);
    const breakdown: SheetGrid = {
      name: "2021责任分解",
      values: [["2021年责任分解"], [header[0], header[1], header[3]], ...rows.map((r) => [r[0], r[1], r[3]])],
      merges: [],
    };
    const workbook = new MemoryWorkbook([currentReport(CURRENT), breakdown], CURRENT);
    await workbook.writeSettings({ previousReport: breakdown.name });
    const select = await openSection(workbook);
    await waitFor(() => expect(select.value).toBe(breakdown.name));
    expect(offered(select)).toEqual(["", breakdown.name]);
    fireEvent.click(screen.getByRole("button", { name: c.button }));
    await screen.findByText(w.noProgress(w.side.previous));
  });
});
