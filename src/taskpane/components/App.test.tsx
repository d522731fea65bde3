/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { act, cleanup, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import type { SheetGrid } from "../../engine/grid";
import { recognizeSheet } from "../../engine/recognize";
import { workbookRegistries } from "../../engine/settings/registries";
import { planFixes, renderMessage, validateSheet } from "../../engine/validate";
import { fixtureSheets } from "../../../test/fixtureSheets";
import { MemoryWorkbook } from "../../host/memory/memoryWorkbook";
import { WorkbookError } from "../../host/port";
import { summarizeRecognition } from "../../app/recognition";
import { messagesFor, pickLanguage, type Language, type Messages } from "../../i18n";
import { enUS } from "../../i18n/en-US";
import { zhCN } from "../../i18n/zh-CN";
import { overviewOfActiveSheet } from "../../app/overview";
import { App } from "./App";
import { groupIssues } from "../../engine/validate/selection";
import { groupTitle } from "../areas/IssueGroupList";

/** The whole pane: its language, its tabs (by mouse and keyboard), cell text shown as text, and failures. */

jest.setTimeout(60_000);

let report: SheetGrid;
let sample: SheetGrid[];

beforeAll(async () => {
  // jsdom has no layout. Fluent's MessageBar measures itself with a ResizeObserver (never called here), and
  // tabster, which moves focus between tabs on arrow keys, only moves it to elements that look laid out: an
  // element shown has an offsetParent, and the page has a size.
  Object.defineProperty(HTMLElement.prototype, "offsetParent", {
    configurable: true,
    get(this: HTMLElement) {
      return this.hidden ? null : this.parentNode;
    },
  });
  jest
    .spyOn(document.body, "getBoundingClientRect")
    .mockReturnValue({ x: 0, y: 0, top: 0, left: 0, right: 800, bottom: 600, width: 800, height: 600, toJSON: () => ({}) });
  [report] = await fixtureSheets("2021_上半年执行情况.xlsx");
  sample = await fixtureSheets("sample.xlsx");
});

function renderApp(workbook: MemoryWorkbook, language: Language = "zh-CN", messages: Messages = messagesFor(language)) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <App messages={messages} language={language} workbook={workbook} />
    </FluentProvider>,
  );
}

describe("App", () => {
  it("speaks English when Office does, in the pane's own words and in the engine's", async () => {
    const language = pickLanguage("en-US");
    expect(language).toBe("en-US");
    const { container } = renderApp(new MemoryWorkbook([report]), language);
    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe(enUS.productName);
    const tabs = screen.getAllByRole("tab");
    expect(tabs).toHaveLength(Object.keys(enUS.areas.tabs).length);
    Object.values(enUS.areas.tabs).forEach((name, i) => expect(screen.getByRole("tab", { name })).toBe(tabs[i]));
    expect(screen.getByRole("tab", { name: enUS.areas.tabs.overview }).getAttribute("aria-selected")).toBe("true");
    expect(container.textContent).not.toContain(zhCN.productName);
    expect(container.textContent).not.toContain(zhCN.privacy);

    fireEvent.click(screen.getByRole("button", { name: enUS.recognizeButton }));
    const [table] = summarizeRecognition(recognizeSheet(report));
    await screen.findByText(enUS.counts(table.counts));
    expect(screen.getByText(enUS.tableHeading(1, enUS.kinds[table.kind]))).toBeTruthy();

    fireEvent.click(screen.getByRole("tab", { name: enUS.areas.tabs.validate }));
    fireEvent.click(screen.getByRole("button", { name: enUS.areas.validateButton }));
    const issues = validateSheet(report, workbookRegistries([report]));
    const counts = {
      total: issues.length,
      error: issues.filter((i) => i.severity === "error").length,
      warning: issues.filter((i) => i.severity === "warning").length,
      info: issues.filter((i) => i.severity === "info").length,
      fixable: issues.filter((i) => i.fix !== undefined).length,
      cells: planFixes(issues).length,
    };
    await screen.findByText(enUS.areas.issueCounts(counts));
    // The issue sentences come from the engine's English catalogue, not its Chinese one.
    const warning = issues.find((i) => i.severity === "warning") ?? issues[0];
    // Issues are listed by kind: the warning's message shows once its group is opened.
    const group = groupIssues(issues).find((g) => g.issues.includes(warning));
    expect(group).toBeDefined();
    const heading = screen
      .getAllByRole("heading", { level: 3 })
      .find((h) => h.textContent?.includes(groupTitle(group as NonNullable<typeof group>, enUS, "en-US")));
    expect(heading).toBeDefined();
    fireEvent.click(within(heading as HTMLElement).getByRole("button"));
    expect(screen.getAllByText(renderMessage(warning, "en-US")).length).toBeGreaterThan(0);
    expect(screen.queryAllByText(renderMessage(warning, "zh-CN"))).toEqual([]);
    expect(screen.getAllByRole("button", { name: enUS.areas.goTo(warning.cell) }).length).toBeGreaterThan(0);
  });

  it("switches areas from the keyboard: arrows move along the tabs, Enter opens one", async () => {
    renderApp(new MemoryWorkbook([report]));
    const tabs = screen.getAllByRole("tab");
    Object.values(zhCN.areas.tabs).forEach((name, i) => expect(screen.getByRole("tab", { name })).toBe(tabs[i]));
    expect(screen.getByRole("tablist").getAttribute("aria-orientation")).toBe("horizontal");
    expect(screen.getByRole("button", { name: zhCN.recognizeButton })).toBeTruthy();

    act(() => tabs[0].focus());
    await act(() => new Promise((resolve) => setTimeout(resolve, 0))); // tabster sees the focus
    fireEvent.keyDown(tabs[0], { key: "ArrowRight" });
    await waitFor(() => expect(document.activeElement).toBe(tabs[1]));
    fireEvent.keyDown(tabs[1], { key: "ArrowRight" });
    await waitFor(() => expect(document.activeElement).toBe(tabs[2]));
    fireEvent.keyDown(tabs[2], { key: "ArrowLeft" });
    await waitFor(() => expect(document.activeElement).toBe(tabs[1]));
    // Moving focus does not switch the area by itself (the clerk may be passing by) …
    expect(tabs[1].getAttribute("aria-selected")).toBe("false");
    expect(screen.getByRole("button", { name: zhCN.recognizeButton })).toBeTruthy();

    // … Enter on the focused tab does. A tab is a native button, and a browser turns Enter on a button into a
    // click; jsdom does not, so the click is sent here.
    const focused = document.activeElement as HTMLElement;
    expect(focused.tagName).toBe("BUTTON");
    fireEvent.keyDown(focused, { key: "Enter" });
    fireEvent.click(focused);
    await waitFor(() => expect(tabs[1].getAttribute("aria-selected")).toBe("true"));
    expect(tabs[0].getAttribute("aria-selected")).toBe("false");
    expect(screen.getByRole("region", { name: zhCN.areas.tabs.validate })).toBeTruthy();
    expect(screen.getByRole("button", { name: zhCN.areas.validateButton })).toBeTruthy();
    expect(screen.queryByRole("button", { name: zhCN.recognizeButton })).toBeNull();

    // The row of tabs wraps round: left of the first is the last.
    act(() => tabs[0].focus());
    fireEvent.keyDown(tabs[0], { key: "ArrowLeft" });
    await waitFor(() => expect(document.activeElement).toBe(tabs[4]));
    fireEvent.click(tabs[4]);
    expect(screen.getByRole("region", { name: zhCN.areas.tabs.summary })).toBeTruthy();
    expect(screen.getByRole("button", { name: zhCN.areas.summaryButton })).toBeTruthy();
    await screen.findByRole("option", { name: zhCN.areas.builtinYear(2020) }); // the area has read the workbook's sheets
  });

  it("shows markup typed into cells as text, never as HTML", async () => {
    const payload = '<img src=x onerror="window.__xss=1">';
    const sheet = (name: string): SheetGrid => ({
      name,
      merges: [],
      values: [[payload], ["序号", "主要工作任务", "责任单位"], [1, payload, "市发展改革委"], [2, "推进长三角一体化发展", "市长三角发展办"]],
    });
    const workbook = new MemoryWorkbook([sheet("2024责任分解"), sheet("2021责任分解")]);
    const { container } = renderApp(workbook);

    // The title row, on 识别.
    fireEvent.click(screen.getByRole("button", { name: zhCN.recognizeButton }));
    expect(recognizeSheet(sheet("x")).tables[0]?.title).toBe(payload);
    await screen.findByText(zhCN.title(payload));

    // The task's own text, on 上年目标.
    fireEvent.click(screen.getByRole("tab", { name: zhCN.areas.tabs.prior }));
    await screen.findByRole("option", { name: "2021责任分解" });
    fireEvent.change(screen.getByRole("combobox", { name: zhCN.areas.priorSheet }), { target: { value: "2021责任分解" } });
    fireEvent.click(screen.getByRole("button", { name: zhCN.areas.compareButton }));
    await screen.findByText(zhCN.areas.matched(2, 2));
    expect(screen.getByText(payload)).toBeTruthy();

    expect(container.querySelector("img")).toBeNull();
    expect(container.innerHTML).toContain("&lt;img src=x");
    expect((window as unknown as { __xss?: unknown }).__xss).toBeUndefined();
  });

  it("shows the workbook's own message when the sheet cannot be read", async () => {
    const message = "找不到工作表“2021上半年执行情况”，它可能刚被重命名或删除。请切换到要处理的工作表后重试。";
    class Unreadable extends MemoryWorkbook {
      override async readSheet(name: string): Promise<SheetGrid> {
        throw new WorkbookError({ reason: "sheet/not-found", params: { sheet: name } }, name);
      }
    }
    renderApp(new Unreadable([report]));
    expect(screen.queryByRole("group", { name: zhCN.errorTitle })).toBeNull();
    fireEvent.click(screen.getByRole("button", { name: zhCN.recognizeButton }));
    const bar = await screen.findByRole("group", { name: zhCN.errorTitle });
    expect(bar.textContent).toContain(message);
    expect(bar.textContent).not.toContain(zhCN.errorUnexpected(message));
    // The button is usable again for another try.
    expect((screen.getByRole("button", { name: zhCN.recognizeButton }) as HTMLButtonElement).disabled).toBe(false);
  });

  describe("the first screen", () => {
    const a = zhCN.areas;
    const o = a.overview;
    const card = () => screen.findByRole("region", { name: o.cardLabel("2021上半年执行情况") }, { timeout: 30_000 });

    it("checks the sheet with one button and shows the report card, its numbers the use case's", async () => {
      const workbook = new MemoryWorkbook(sample, "2021上半年执行情况");
      renderApp(workbook);
      expect(screen.getByRole("tab", { name: a.tabs.overview }).getAttribute("aria-selected")).toBe("true");
      expect(screen.getByRole("list", { name: o.stepsLabel }).textContent).toBe("检查→修复→滞后→汇总");
      fireEvent.click(screen.getByRole("button", { name: o.checkButton }));
      const region = await card();

      const expected = await overviewOfActiveSheet(new MemoryWorkbook(sample, "2021上半年执行情况"));
      expect(expected).toMatchObject({ issues: { fixable: 241, cells: 236 }, lag: { red: 3, yellow: 7 }, prior: { status: "compared", builtinYear: 2020 } });
      const text = region.textContent ?? "";
      expect(text).toContain(o.what([zhCN.kinds.progress], 96));
      expect(text).toContain(expected.title ?? "");
      expect(text).toContain(o.yearPlace(2021, "嘉兴市"));
      expect(screen.getByRole("button", { name: `${a.tabs.validate} ${o.issues(expected.issues)}` })).toBeTruthy();
      const lagLine = screen.getByRole("button", {
        name: new RegExp(`^${a.tabs.lag} 红 3 项、黄 7 项滞后（共 96 项）；截止 2021年6月30日，序时进度 50%（依据：表格标题“上半年”）$`, "u"),
      });
      expect(lagLine).toBeTruthy();
      if (expected.prior.status !== "compared") throw new Error("compared expected");
      const { tasks, matched, changed } = expected.prior;
      expect(screen.getByRole("button", { name: `${a.tabs.prior} ${o.prior(a.builtinYear(2020), tasks, matched, changed)}` })).toBeTruthy();
      expect(screen.getByRole("button", { name: "下一步：修复 241 个可自动修复的问题（236 个单元格）" })).toBeTruthy();
      // What the sheet was recognised as stays a click away.
      fireEvent.click(screen.getByRole("button", { name: zhCN.recognizeButton }));
      await screen.findByText(zhCN.tableHeading(1, zhCN.kinds.progress));
    });

    it("opens each line's area with its answer at once (滞后, 校验 for the next step, 上年目标), and checks again on return", async () => {
      const workbook = new MemoryWorkbook(sample, "2021上半年执行情况");
      renderApp(workbook);
      fireEvent.click(screen.getByRole("button", { name: o.checkButton }));
      await card();

      fireEvent.click(screen.getByRole("button", { name: new RegExp(`^${a.tabs.lag} 红 3 项`, "u") }));
      expect(screen.getByRole("tab", { name: a.tabs.lag }).getAttribute("aria-selected")).toBe("true");
      // The list, against the title's date, without another click.
      await screen.findByText(a.lagCounts(3, 7, 96), undefined, { timeout: 30_000 });
      expect(screen.getByRole("textbox", { name: a.asOf })).toHaveProperty("value", "2021年6月30日");

      // Back on the first screen, the card is there and checked again (the clerk may have changed the sheet).
      fireEvent.click(screen.getByRole("tab", { name: a.tabs.overview }));
      expect(screen.getByRole("button", { name: o.checking })).toBeTruthy();
      await card();
      await screen.findByRole("button", { name: o.checkButton }, { timeout: 30_000 });
      fireEvent.click(screen.getByRole("button", { name: /^下一步：修复/u }));
      expect(screen.getByRole("tab", { name: a.tabs.validate }).getAttribute("aria-selected")).toBe("true");
      expect(screen.getByRole("region", { name: a.tabs.validate })).toBeTruthy();
      // The card's next step is ready there, checked without another click: the same 241 issues, 236 cells.
      await screen.findByRole("button", { name: a.fixSelected(241, 236) }, { timeout: 30_000 });

      fireEvent.click(screen.getByRole("tab", { name: a.tabs.overview }));
      fireEvent.click(within(await card()).getByRole("button", { name: new RegExp(`^${a.tabs.prior} `, "u") }));
      expect(screen.getByRole("tab", { name: a.tabs.prior }).getAttribute("aria-selected")).toBe("true");
      // The comparison, against the bundled year before, without pressing 对比.
      await screen.findByRole("button", { name: new RegExp(`^${a.priorFilters.changed} \\d+$`, "u") }, { timeout: 30_000 });
    });

    it("uses the as-of date kept in the workbook, and says why last year is not compared", async () => {
      const workbook = new MemoryWorkbook(sample, "2021上半年执行情况");
      await workbook.writeSettings({ asOf: "2021-09-30", comparePrior: "false" });
      renderApp(workbook);
      fireEvent.click(screen.getByRole("button", { name: o.checkButton }));
      const region = await card();
      expect(region.textContent).toContain("截止 2021年9月30日，序时进度 75%（依据：您设定的日期）");
      expect(screen.getByRole("button", { name: `${a.tabs.prior} ${o.priorOff}` })).toBeTruthy();
    });

    it("names the summary as the next step once nothing is left to fix, and sends the clerk to another sheet without a table", async () => {
      const indicators = sample.find((grid) => grid.name === "2024主要目标") as SheetGrid;
      const notes: SheetGrid = { name: "说明", values: [["本工作簿的说明"]], merges: [] };
      const workbook = new MemoryWorkbook([indicators, notes], "2024主要目标");
      renderApp(workbook);
      fireEvent.click(screen.getByRole("button", { name: o.checkButton }));
      const region = await screen.findByRole("region", { name: o.cardLabel("2024主要目标") }, { timeout: 30_000 });
      expect(
        within(region).getByRole("button", { name: `${a.tabs.validate} ${o.issues({ total: 0, error: 0, warning: 0, info: 0, fixable: 0, cells: 0 })}` }),
      ).toBeTruthy();
      expect(within(region).getByRole("button", { name: `${a.tabs.lag} ${o.noProgress}` })).toBeTruthy();
      fireEvent.click(within(region).getByRole("button", { name: o.next.summary }));
      expect(screen.getByRole("tab", { name: a.tabs.summary }).getAttribute("aria-selected")).toBe("true");
      await screen.findByRole("region", { name: a.tabs.summary });

      cleanup();
      renderApp(new MemoryWorkbook([notes]));
      fireEvent.click(screen.getByRole("button", { name: o.checkButton }));
      const empty = await screen.findByRole("region", { name: o.cardLabel("说明") }, { timeout: 30_000 });
      expect(empty.textContent).toContain(o.noTable);
      expect(empty.textContent).toContain(o.next.openSheet);
      expect(within(empty).queryAllByRole("button")).toEqual([]);
    });

    it("says what went wrong when the sheet cannot be read, and lets the clerk try again", async () => {
      const message = "找不到工作表“2021上半年执行情况”，它可能刚被重命名或删除。请切换到要处理的工作表后重试。";
      class Unreadable extends MemoryWorkbook {
        override async readSheet(name: string): Promise<SheetGrid> {
          throw new WorkbookError({ reason: "sheet/not-found", params: { sheet: name } }, name);
        }
      }
      renderApp(new Unreadable([report]));
      fireEvent.click(screen.getByRole("button", { name: o.checkButton }));
      const bar = await screen.findByRole("group", { name: a.failed });
      expect(bar.textContent).toContain(message);
      expect((screen.getByRole("button", { name: o.checkButton }) as HTMLButtonElement).disabled).toBe(false);
    });
  });
});
