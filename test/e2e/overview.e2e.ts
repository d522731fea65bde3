import * as fs from "node:fs";
import type { Server } from "node:http";
import { type Browser, type Page } from "playwright-core";
import { launchChromium } from "./chromium";
import { narrowPane, paneShot, SHOTS } from "./paneShot";

/**
 * The first screen in a real browser, at Excel's pane width (350 px): 检查本表 on the bundled sample's H1 report,
 * the report card, its lines opening their areas, and the one as-of date field. Needs `npm run build` first.
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { start } = require("../../scripts/preview.js") as { start: (o: { port: number }) => Promise<{ server: Server; url: string }> };

/** Excel's task pane is 350 px wide; the preview's column is wider, so the pane is drawn at Excel's width here. */

let server: Server;
let browser: Browser;
let url = "";

beforeAll(async () => {
  fs.mkdirSync(SHOTS, { recursive: true });
  const started = await start({ port: 0 });
  server = started.server;
  url = started.url;
  browser = await launchChromium();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  server?.close();
});

async function open(language: "zh-CN" | "en-US"): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 }, locale: language });
  await page.goto(`${url}?lang=${language}`);
  await narrowPane(page);
  await page.getByRole("tab", { name: "2021上半年执行情况" }).click();
  return page;
}

describe("the first screen at 350 px", () => {
  it("checks the sheet with one button, shows the report card and opens each line's area", async () => {
    const page = await open("zh-CN");
    const pane = page.getByTestId("pane");
    await pane.getByRole("button", { name: "检查本表" }).waitFor();
    await paneShot(page, "overview-1-before");

    await pane.getByRole("button", { name: "检查本表" }).click();
    const card = pane.getByRole("region", { name: "“2021上半年执行情况”检查结果" });
    await card.waitFor();
    await card.getByText("进展情况表 · 96 项任务").waitFor();
    await card.getByRole("button", { name: /^校验 244 个问题：.*241 个可自动修复（236 个单元格）$/u }).waitFor();
    await card.getByRole("button", { name: /^滞后 红 3 项、黄 7 项滞后（共 96 项）；截止 2021年6月30日，序时进度 50%/u }).waitFor();
    await card.getByRole("button", { name: /^上年目标 对照内置·嘉兴2020年资料：96 项中 \d+ 项找到上年对应，\d+ 项目标有变化$/u }).waitFor();
    await card.getByRole("button", { name: "下一步：修复 241 个可自动修复的问题（236 个单元格）" }).waitFor();
    await paneShot(page, "overview-2-card");

    // 滞后 from its line: the list at once, against the date the title names, shown in words.
    await card.getByRole("button", { name: /^滞后 / }).click();
    await pane.getByText("共 96 项：红色 3 项，黄色 7 项").waitFor();
    expect(await pane.getByLabel("截止日期").inputValue()).toBe("2021年6月30日");
    await pane.getByText("读自表格标题“上半年”，可修改").waitFor();
    await paneShot(page, "overview-3-lag");

    // The one date field: typed as clerks write it, shown in words, kept for the card too.
    await pane.getByLabel("截止日期").fill("2021/9/30");
    await pane.getByLabel("截止日期").press("Enter");
    expect(await pane.getByLabel("截止日期").inputValue()).toBe("2021年9月30日");
    await pane.getByRole("button", { name: "从日历中选" }).click();
    const calendar = page.getByRole("dialog", { name: "从日历中选" });
    await calendar.getByRole("button", { name: "2021年9月30日" }).waitFor();
    await paneShot(page, "overview-4-calendar");
    await calendar.getByRole("button", { name: "2021年9月15日" }).click();
    expect(await pane.getByLabel("截止日期").inputValue()).toBe("2021年9月15日");
    // The list shown is checked again against the date picked.
    await pane.getByText(/^截止 2021年9月15日，序时进度 \d+(\.\d)?%（依据：您设定的日期）$/u).waitFor();

    // Back on the first screen, checked again with the date kept.
    await page.getByRole("tab", { name: "概览" }).click();
    await card.getByText(/截止 2021年9月15日，序时进度 \d+(\.\d)?%（依据：您设定的日期）/u).waitFor();
    await pane.getByRole("button", { name: "检查本表" }).waitFor();
    await card.getByRole("button", { name: /^下一步：修复/u }).click();
    expect(await page.getByRole("tab", { name: "校验" }).getAttribute("aria-selected")).toBe("true");
    // Checked on arrival: the groups and the fix the card named, without pressing 校验当前工作表.
    await pane.getByRole("button", { name: "修复所选 241 个问题（236 个单元格）" }).waitFor();
    await paneShot(page, "overview-6-next-validate");
    await page.close();
  });

  it("fits the English card too", async () => {
    const page = await open("en-US");
    const pane = page.getByTestId("pane");
    await pane.getByRole("button", { name: "Check this sheet" }).click();
    const card = pane.getByRole("region", { name: "Check of “2021上半年执行情况”" });
    await card.getByRole("button", { name: /^Next: fix 241 issues in one click \(236 cells\)$/u }).waitFor();
    await card.getByText(/as of 30 June 2021, expected pace 50%/u).waitFor();
    await card.getByRole("button", { name: /^Last year Built-in Jiaxing 2020: \d+ of 96 tasks found last year, \d+ with changed targets$/u }).waitFor();
    await paneShot(page, "overview-5-card-en");
    await page.close();
  });
});
