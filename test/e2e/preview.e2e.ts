import * as fs from "node:fs";
import * as path from "node:path";
import type { Server } from "node:http";
import { type Browser, type Page } from "playwright-core";
import { launchChromium } from "./chromium";

/**
 * The product as a clerk uses it, in a real browser: the preview page (the task pane beside a grid view of
 * the bundled sample), driven through its buttons. Needs `npm run build` first and Debian's chromium.
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { start } = require("../../scripts/preview.js") as { start: (o: { port: number }) => Promise<{ server: Server; url: string }> };

const SHOTS = path.join(__dirname, "..", "..", "test-results", "screenshots");

let server: Server;
let browser: Browser;
let page: Page;

/** Every URL the page asked for, from the first load on. */
const requests: string[] = [];
let origin = "";

beforeAll(async () => {
  fs.mkdirSync(SHOTS, { recursive: true });
  const started = await start({ port: 0 });
  server = started.server;
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1400, height: 900 }, locale: "zh-CN" });
  // Nothing may leave the machine: every request is recorded, and the last test checks they all went to
  // the local preview server.
  origin = started.url;
  page.on("request", (request) => void requests.push(request.url()));
  await page.goto(`${started.url}?lang=zh-CN`);
  await page.getByRole("tab", { name: "2021上半年执行情况" }).click();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  server?.close();
});

/**
 * A picture of the page as the clerk sees it: once Fluent's fades and slides have finished (a shot taken
 * mid-fade shows a half-drawn dialog), and only with the pane on screen. The page is one screen high,
 * grid and pane scrolling each in its own panel; if the window itself scrolls, going to a cell far down
 * carries the pane's content away and the picture shows an empty column.
 */
async function shot(name: string): Promise<void> {
  await settled();
  const layout = await page.evaluate(() => ({
    scrollY: window.scrollY,
    pageHeight: document.documentElement.scrollHeight,
    viewHeight: window.innerHeight,
  }));
  expect([name, layout.scrollY, layout.pageHeight <= layout.viewHeight]).toEqual([name, 0, true]);
  // The pane's panel fills the right of the screen, and has something in it where it is scrolled to.
  const pane = page.getByTestId("pane");
  const box = await pane.boundingBox();
  expect([name, box?.y, (box?.y ?? 0) + (box?.height ?? 0) <= layout.viewHeight]).toEqual([name, 0, true]);
  const textInView = await pane.evaluate((el) => {
    const view = el.getBoundingClientRect();
    return [...el.querySelectorAll("*")].some((leaf) => {
      const box = leaf.getBoundingClientRect();
      return leaf.childElementCount === 0 && (leaf.textContent ?? "").trim() !== "" && box.height > 0 && box.bottom > view.top && box.top < view.bottom;
    });
  });
  expect([name, textInView]).toEqual([name, true]);
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`) });
}

/** Waits until no finite animation or transition is running (a spinner's endless one is not waited for). */
async function settled(): Promise<void> {
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== "running" || a.effect?.getComputedTiming().iterations === Infinity));
}

const gridCell = (address: string) => page.locator(`td[data-cell="${address}"]`);

describe("the preview in Chromium", () => {
  it("recognises the active sheet", async () => {
    await page.getByRole("button", { name: "识别当前工作表" }).click();
    await page.getByText("表 1：进展情况表").waitFor();
    await page.getByText("编号任务 96 项，续行 4 行，分节标题 0 个").waitFor();
    await shot("1-recognise");
  });

  it("validates, goes to an issue's cell, applies the fixes after a preview and reverts them", async () => {
    await page.getByRole("tab", { name: "校验" }).click();
    await page.getByRole("button", { name: "校验当前工作表" }).click();
    await page.getByText(/共 \d+ 个问题/u).waitFor();
    // The issues are grouped by kind: E17 is under 进展状态为空, listed once the group is opened.
    await page
      .getByRole("heading", { level: 3, name: /进展状态为空/u })
      .getByRole("button")
      .click();
    await page.getByRole("button", { name: "转到 E17" }).click();
    await expectSelected("E17");
    await shot("2-validate");
    expect(await gridCell("D11").textContent()).toBe("交通运输局");
    await page.getByRole("button", { name: /^修复所选 \d+ 个问题/u }).click();
    await page.getByRole("dialog").getByText("交通运输局").first().waitFor();
    await shot("3-preview-fixes");
    await page.getByRole("button", { name: "确认修改" }).click();
    await page.getByText(/已修改 \d+ 个单元格/u).waitFor();
    await page.waitForFunction(() => document.querySelector('td[data-cell="D11"]')?.textContent === "市交通运输局");
    // The dialog fades out after the click, and the sheet is checked again: the picture is of the pane
    // once the dialog is gone and the list shows what the fixes left.
    await page.locator('[role="dialog"]').waitFor({ state: "detached" });
    await page.getByText(/没有可一键修复的问题/u).waitFor();
    await shot("4-fixed");
    await page.getByRole("button", { name: "撤销修复" }).click();
    await page.getByText(/已恢复 \d+ 个单元格/u).waitFor();
    await page.waitForFunction(() => document.querySelector('td[data-cell="D11"]')?.textContent === "交通运输局");
  });

  it("flags lagging tasks against the as-of date and goes to their row", async () => {
    await page.getByRole("tab", { name: "滞后" }).click();
    await page.getByLabel("截止日期").fill("2021-06-30");
    await page.getByRole("button", { name: "检查滞后任务" }).click();
    await page.getByText("截止 2021年6月30日，序时进度 50%（依据：您设定的日期）").waitFor();
    await page.getByRole("button", { name: "序号 88（第 94 行）" }).click();
    await expectSelected("A94");
    await page.getByRole("button", { name: "在表中标出" }).click();
    await page.getByText(/已用红、黄底色标出 \d+ 项任务/u).waitFor();
    // The red task's row is filled; the selected cell keeps the selection colour, so look beside it.
    expect(await gridCell("B94").evaluate((td) => getComputedStyle(td).backgroundColor)).toBe("rgb(253, 231, 233)");
    await gridCell("B94").scrollIntoViewIfNeeded();
    await shot("5-lag");
    await page.getByRole("main").getByRole("button", { name: "清除标记" }).click();
    await page.getByText(/已清除 \d+ 处标记/u).waitFor();
    expect(await gridCell("B94").evaluate((td) => getComputedStyle(td).backgroundColor)).not.toBe("rgb(253, 231, 233)");
  });

  it("puts this year's tasks beside last year's: the counts first, the changes, then the rest by a filter", async () => {
    await page.getByRole("tab", { name: "2024责任分解" }).click();
    await page.getByRole("tab", { name: "上年目标" }).click();
    // Only what can be last year for a 2024 sheet: 2021's sheets and the built-in years, not 2024's indicators.
    const picker = page.getByLabel("上年任务所在工作表");
    await picker.locator('option[value="2021责任分解"]').waitFor({ state: "attached" });
    expect(await picker.locator("option").allTextContents()).toEqual([
      "内置·嘉兴资料（按本表年份选上一年度）",
      "2021责任分解",
      "2021上半年执行情况",
      "内置·嘉兴2021年资料",
      "内置·嘉兴2020年资料",
    ]);
    await picker.selectOption("2021责任分解");
    await page.getByRole("button", { name: "对照上年任务" }).click();
    const counts = page.getByRole("region", { name: "对照结果" });
    await counts.waitFor();
    await page.getByText("社会消费品零售总额：7% → 5.5%（−1.5个百分点）").waitFor();
    await counts.scrollIntoViewIfNeeded();
    await shot("6-prior");
    // Excel's task pane is 350 px wide: the area is looked at so, then the page gets its own width back.
    const columns = page.getByTestId("pane").locator("..");
    const width = await columns.evaluate((el: HTMLElement) => {
      const before = el.style.gridTemplateColumns;
      el.style.gridTemplateColumns = "minmax(0, 1fr) 350px";
      return before;
    });
    const paneShot = async (name: string) => {
      await settled();
      expect(Math.round((await page.getByTestId("pane").boundingBox())?.width ?? 0)).toBe(350);
      await page.getByTestId("pane").screenshot({ path: path.join(SHOTS, `${name}.png`) });
    };
    try {
      await counts.scrollIntoViewIfNeeded();
      await counts.evaluate((el) => el.scrollIntoView({ block: "start" }));
      await paneShot("6-prior-350-counts");
      // The filter opens on the changes, surest first; 不可比 shows 2021's 2000亿元 of all new loans beside 2024's
      // manufacturing loans, named with why, and no change.
      expect(await page.getByRole("button", { name: /^有变化 \d+$/u }).getAttribute("aria-pressed")).toBe("true");
      await page.getByRole("button", { name: /^不可比 \d+$/u }).click();
      const loans = page.getByText("不可比：新增制造业中长期贷款320亿元／上年 新增贷款2000亿元以上（口径不同：今年多“制造业中长期”）");
      await loans.scrollIntoViewIfNeeded();
      expect(await page.getByText(/2000亿元 → 320亿元/u).count()).toBe(0);
      await paneShot("6b-prior-350-not-comparable");
      // 全部对应, ten at a time.
      await page.getByRole("button", { name: /^全部对应 \d+$/u }).click();
      const more = page.getByRole("button", { name: /^显示更多（还有 \d+ 项）$/u });
      await more.scrollIntoViewIfNeeded();
      expect(await page.getByTestId("pane").getByRole("heading", { level: 3 }).count()).toBe(10);
      await paneShot("6c-prior-350-all");
      await more.click();
      await page.getByTestId("pane").getByRole("heading", { level: 3 }).nth(19).waitFor();
    } finally {
      await columns.evaluate((el: HTMLElement, before: string) => (el.style.gridTemplateColumns = before), width);
    }
    await shot("6c-prior-all");
  });

  it("generates the summary tabs, remembering the prior-year sheet chosen before, and shows the by-unit table", async () => {
    await page.getByRole("tab", { name: "汇总" }).click();
    // The sheet picked in 上年目标 is kept in the workbook's settings and offered again here.
    expect(await page.getByLabel("上年对比（可选）").inputValue()).toBe("2021责任分解");
    await page.getByRole("button", { name: "生成汇总表" }).click();
    await page.getByText("已生成：部门汇总、滞后任务、上年对比、校验报告。").waitFor();
    await page.getByRole("tab", { name: "部门汇总" }).waitFor();
    await shot("7-summary");
    await page.getByRole("tab", { name: "部门汇总" }).click();
    await gridCell("B4").waitFor();
    await shot("8-summary-tab");
  });

  it("imports last year's workbook picked from disk and compares against it", async () => {
    await page.getByRole("tab", { name: "2024责任分解" }).click();
    await page.getByRole("tab", { name: "上年目标" }).click();
    await page.locator('input[type="file"][accept=".xlsx,.xlsm"]').setInputFiles(path.join(__dirname, "..", "fixtures", "2021_责任分解.xlsx"));
    await page.getByText(/^已导入：.*已选“.+”作为上年任务表。$/u).waitFor();
    const chosen = await page.getByLabel("上年任务所在工作表").inputValue();
    expect(chosen).not.toBe("2021责任分解");
    await page.getByRole("tab", { name: chosen }).waitFor(); // the grid shows the new reference sheet
    // The imported sheet is of 2021: offered for this 2024 sheet with the others of that year.
    expect(await page.getByLabel("上年任务所在工作表").locator("option").allTextContents()).toContain(chosen);
    await page.getByRole("button", { name: "对照上年任务" }).click();
    await page.getByText("社会消费品零售总额：7% → 5.5%（−1.5个百分点）").waitFor();
    await page.getByRole("region", { name: "对照结果" }).scrollIntoViewIfNeeded();
    await shot("9-prior-imported");
  });

  it("runs the ribbon's 校验本表 and 清除标记 without the pane's buttons, reporting in the pane and marking the grid", async () => {
    await page.getByRole("tab", { name: "2021上半年执行情况" }).click();
    const ribbon = page.getByRole("toolbar", { name: "功能区" });
    const marked = page.locator('td[data-cell][style*="background-color"]');
    await ribbon.getByRole("button", { name: "校验本表" }).click();
    const report = page.getByText(/“2021上半年执行情况”：错误 \d+ 个，警告 \d+ 个，提示 \d+ 个；已用红、黄底色标出 (\d+) 个单元格/u);
    await report.waitFor();
    const count = Number(/标出 (\d+) 个/u.exec((await report.textContent()) ?? "")?.[1]);
    expect(count).toBeGreaterThan(0);
    // Every marked cell is coloured in the grid (some may sit on the selected cell, drawn as selected).
    expect(await marked.count()).toBeGreaterThanOrEqual(count - 1);
    await shot("10-ribbon-validate");
    await ribbon.getByRole("button", { name: "清除标记" }).click();
    await page.getByText(`已清除 ${count} 处标记。`).waitFor();
    expect(await marked.count()).toBe(0);
  });

  it("asked for nothing but the local preview server the whole time", () => {
    // The recorder saw the page and the upload of last year's file, so an empty list below means something.
    expect(requests.some((url) => url.includes("/api/open?"))).toBe(true);
    expect(requests.filter((url) => !url.startsWith(origin))).toEqual([]);
  });
});

async function expectSelected(address: string): Promise<void> {
  try {
    await page.locator(`td[data-cell="${address}"][aria-selected="true"]`).waitFor({ timeout: 10_000 });
  } catch (error) {
    await shot(`failed-select-${address}`);
    const selected = await page.locator("td[aria-selected=true]").evaluateAll((els) => els.map((e) => e.getAttribute("data-cell")));
    throw new Error(`${address} is not the selected cell (selected: ${selected.join(", ") || "none"}): ${String(error)}`);
  }
}
