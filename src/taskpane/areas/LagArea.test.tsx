/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import type { SheetGrid } from "../../engine/grid";
import { renderLagReason } from "../../engine/lag";
import { lagOfSheet, type SheetLag } from "../../engine/pipeline";
import { recognizeSheet } from "../../engine/recognize";
import { workbookRegistries } from "../../engine/settings/registries";
import { fixtureSheets } from "../../../test/fixtureSheets";
import { MemoryWorkbook, type MemoryEvent } from "../../host/memory/memoryWorkbook";
import { zhCN } from "../../i18n/zh-CN";
import { LagArea } from "./LagArea";

/**
 * The 滞后 area on the real H1 report (2021_上半年执行情况.xlsx). Which tasks lag, and why, is the engine's
 * answer for the same sheet and date.
 */

jest.setTimeout(60_000);

const m = zhCN.areas;

let report: SheetGrid;
let breakdown: SheetGrid;

beforeAll(async () => {
  [report] = await fixtureSheets("2021_上半年执行情况.xlsx");
  [breakdown] = await fixtureSheets("2024_责任分解.xlsx");
});

const engineLag = (grid: SheetGrid, asOf?: string): SheetLag => lagOfSheet(grid, recognizeSheet(grid), workbookRegistries([grid]).vocabulary, { asOf });

/** Red before yellow, each in sheet order: the order the pane lists them in. */
function flaggedOf(lag: SheetLag) {
  const flagged = lag.lag.map((l) => l.result).filter((r) => r.flag === "red" || r.flag === "yellow");
  return flagged.sort((a, b) => (a.flag === b.flag ? a.row - b.row : a.flag === "red" ? -1 : 1));
}

function renderArea(workbook: MemoryWorkbook) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <LagArea workbook={workbook} messages={zhCN} language="zh-CN" />
    </FluentProvider>,
  );
}

const dateInput = () => screen.getByLabelText(m.asOf) as HTMLInputElement;
const taskButtons = () => screen.queryAllByRole("button", { name: /^序号 .*（第 \d+ 行）$/u });

describe("LagArea", () => {
  it("lists the lagging tasks against the date the clerk sets, red first, each with its reasons", async () => {
    const workbook = new MemoryWorkbook([report]);
    renderArea(workbook);
    // Typed as clerks write it, shown in words once the field is left.
    fireEvent.change(dateInput(), { target: { value: "2021/6/30" } });
    fireEvent.blur(dateInput());
    expect(dateInput().value).toBe("2021年6月30日");
    expect(screen.getByText(m.date.given, { exact: false })).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: m.lagButton }));

    const lag = engineLag(report, "2021-06-30");
    const asOf = lag.asOf;
    expect(asOf).toMatchObject({ date: "2021-06-30", source: "given" });
    // The sentence the browser test reads, from the engine's date and pace.
    await screen.findByText(m.asOfUsed(asOf?.date ?? null, asOf?.pace ?? null, m.sources.given));
    expect(screen.getByText("截止 2021年6月30日，序时进度 50%（依据：您设定的日期）")).toBeTruthy();

    const flagged = flaggedOf(lag);
    const red = flagged.filter((r) => r.flag === "red");
    expect(red.length).toBeGreaterThan(0);
    expect(screen.getByText(m.lagCounts(red.length, flagged.length - red.length, lag.lag.length))).toBeTruthy();
    expect(taskButtons().map((b) => b.textContent)).toEqual(flagged.map((r) => m.taskAt(r.seq, r.row)));
    expect(screen.getAllByText(m.flags.red, { exact: true })).toHaveLength(red.length);

    for (const result of flagged) {
      const block = screen.getByRole("button", { name: m.taskAt(result.seq, result.row) }).parentElement?.parentElement as HTMLElement;
      expect(within(block).getByText(m.flags[result.flag], { exact: true })).toBeTruthy();
      expect(within(block).getByText(result.task.split("\n")[0])).toBeTruthy();
      const reasons = result.reasons.filter((r) => r.flag !== "green" && r.flag !== "none");
      expect(reasons.length).toBeGreaterThan(0);
      for (const reason of reasons) expect(within(block).getAllByText(`· ${renderLagReason(reason, "zh-CN")}`).length).toBeGreaterThan(0);
    }
    // The date is kept in the workbook for the next session (and for 汇总).
    await waitFor(async () => expect((await workbook.readSettings()).asOf).toBe("2021-06-30"));
  });

  it("shows and uses the date the title names when the clerk sets none", async () => {
    const workbook = new MemoryWorkbook([report]);
    renderArea(workbook);
    const lag = engineLag(report);
    expect(lag.asOf).toMatchObject({ date: "2021-06-30", source: "title", evidence: "上半年" });
    // The field shows the sheet's own date, and says where it was read; nothing is kept until the clerk changes it.
    await waitFor(() => expect(dateInput().value).toBe("2021年6月30日"));
    expect(screen.getByText(m.date.fromSheet(m.sources.title, "上半年"))).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: m.lagButton }));
    await screen.findByText(m.asOfUsed(lag.asOf?.date ?? null, lag.asOf?.pace ?? null, m.sources.title));
    expect(taskButtons()).toHaveLength(flaggedOf(lag).length);
    expect((await workbook.readSettings()).asOf).toBeUndefined();
    // Typed by the clerk, even the day the title says is theirs from then on.
    fireEvent.change(dateInput(), { target: { value: "2021-06-30" } });
    fireEvent.blur(dateInput());
    await waitFor(async () => expect((await workbook.readSettings()).asOf).toBe("2021-06-30"));
    expect(screen.getByText(m.date.given, { exact: false })).toBeTruthy();
  });

  it("goes back to the sheet's date when the clerk asks, and checks at once when opened from the first screen", async () => {
    const workbook = new MemoryWorkbook([report]);
    await workbook.writeSettings({ asOf: "2021-09-30" });
    render(
      <FluentProvider theme={webLightTheme}>
        <LagArea workbook={workbook} messages={zhCN} language="zh-CN" runOnOpen />
      </FluentProvider>,
    );
    const lag = engineLag(report, "2021-09-30");
    // Checked against the kept date without a click.
    await screen.findByText(m.asOfUsed("2021-09-30", lag.asOf?.pace ?? null, m.sources.given));
    await waitFor(() => expect(dateInput().value).toBe("2021年9月30日"));
    fireEvent.click(screen.getByRole("button", { name: m.date.useSheet }));
    await waitFor(() => expect(dateInput().value).toBe("2021年6月30日"));
    await waitFor(async () => expect((await workbook.readSettings()).asOf).toBe(""));
    // The list shown is checked again against the date now shown.
    const title = engineLag(report);
    await screen.findByText(m.asOfUsed(title.asOf?.date ?? null, title.asOf?.pace ?? null, m.sources.title));
  });

  it("goes to a task's row when the clerk clicks it", async () => {
    const workbook = new MemoryWorkbook([report]);
    const events: MemoryEvent[] = [];
    workbook.subscribe((event) => events.push(event));
    renderArea(workbook);
    fireEvent.change(dateInput(), { target: { value: "2021-06-30" } });
    fireEvent.blur(dateInput());
    fireEvent.click(screen.getByRole("button", { name: m.lagButton }));
    // The browser test's task: 序号 88, red, on row 94.
    const task88 = flaggedOf(engineLag(report, "2021-06-30")).find((r) => r.seq === "88");
    expect(task88).toMatchObject({ flag: "red", row: 94 });
    fireEvent.click(await screen.findByRole("button", { name: m.taskAt("88", 94) }));
    await waitFor(() => expect(events).toContainEqual({ type: "selected", sheet: report.name, address: "A94" }));
  });

  it("marks the flagged rows on the sheet and clears them again", async () => {
    const workbook = new MemoryWorkbook([report]);
    renderArea(workbook);
    fireEvent.click(screen.getByRole("button", { name: m.lagButton }));
    const flagged = flaggedOf(engineLag(report));
    fireEvent.click(await screen.findByRole("button", { name: m.markRows }));
    await screen.findByText(m.marked(flagged.length));
    expect(workbook.marks.size).toBe(flagged.length);
    expect(new Set([...workbook.marks.values()].map((mark) => mark.range.top + 1))).toEqual(new Set(flagged.map((r) => r.row)));
    fireEvent.click(screen.getByRole("button", { name: m.clearMarks }));
    await screen.findByText(m.cleared(flagged.length));
    expect(workbook.marks.size).toBe(0);
  });

  it("says so when nothing lags, offering nothing to mark", async () => {
    renderArea(new MemoryWorkbook([breakdown]));
    fireEvent.click(screen.getByRole("button", { name: m.lagButton }));
    expect(engineLag(breakdown).lag).toEqual([]);
    await screen.findByText(m.noLag);
    expect(taskButtons()).toEqual([]);
    expect(screen.queryByRole("button", { name: m.markRows })).toBeNull();
  });
});
