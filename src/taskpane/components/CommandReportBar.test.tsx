/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { act, fireEvent, render, screen } from "@testing-library/react";
import { runRibbonCommand, type CommandReport } from "../../commands/ribbon";
import { MemoryWorkbook } from "../../host/memory/memoryWorkbook";
import { zhCN } from "../../i18n/zh-CN";
import { CommandReportBar } from "./CommandReportBar";

const sheet = {
  name: "责任分解",
  merges: [],
  values: [
    ["序号", "主要工作任务", "责任单位"],
    ["1", "推进长三角一体化", "长三角发展办"],
  ],
};

function show(workbook: MemoryWorkbook, now: number, subscribe?: (listener: (r: CommandReport) => void) => () => void) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <CommandReportBar workbook={workbook} messages={zhCN} subscribe={subscribe} now={() => now} />
    </FluentProvider>,
  );
}

describe("the pane shows what a ribbon command did", () => {
  it("a check run from the ribbon just before the pane opened, until dismissed", async () => {
    const workbook = new MemoryWorkbook([sheet], "责任分解");
    const report = await runRibbonCommand("validateSheet", workbook, zhCN, () => new Date("2026-11-22T10:00:00Z"));
    expect(report.ok).toBe(true);
    show(workbook, Date.parse("2026-11-22T10:05:00Z"));
    expect(await screen.findByText(report.message)).toBeTruthy();
    expect(screen.getByText("校验本表")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: zhCN.commands.dismiss }));
    expect(screen.queryByText(report.message)).toBeNull();
  });

  it("not a report from long ago", async () => {
    const workbook = new MemoryWorkbook([sheet], "责任分解");
    const report = await runRibbonCommand("clearMarks", workbook, zhCN, () => new Date("2026-11-22T10:00:00Z"));
    show(workbook, Date.parse("2026-11-22T12:00:00Z"));
    await act(async () => undefined);
    expect(screen.queryByText(report.message)).toBeNull();
  });

  it("a command run while the pane is open", async () => {
    const workbook = new MemoryWorkbook([sheet], "责任分解");
    let deliver: (r: CommandReport) => void = () => undefined;
    show(workbook, Date.now(), (listener) => {
      deliver = listener;
      return () => undefined;
    });
    const report = await runRibbonCommand("generateSummary", workbook, zhCN);
    act(() => deliver(report));
    expect(await screen.findByText(report.message)).toBeTruthy();
    expect(report.message).toMatch(/^已生成：.*部门汇总/u);
  });
});
