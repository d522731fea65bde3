import * as fs from "node:fs";
import * as path from "node:path";
import type { Server } from "node:http";
import { type Browser, type Locator, type Page } from "playwright-core";
import { launchChromium } from "./chromium";

/**
 * The pane on other places' sheets, in a real browser: a district's breakdown with 分管领导 and 配合单位 (merged
 * cells), and a county's monthly report whose lagging tasks are told by percentages and comments.
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { start } = require("../../scripts/preview.js") as { start: (o: { port: number; sample: string }) => Promise<{ server: Server; url: string }> };

const SHOTS = path.join(__dirname, "..", "..", "test-results", "screenshots");
const PLACES = path.join(__dirname, "..", "fixtures", "places");

let browser: Browser;
const servers: Server[] = [];

beforeAll(async () => {
  fs.mkdirSync(SHOTS, { recursive: true });
  browser = await launchChromium();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  for (const server of servers) server.close();
});

/** The preview over one workbook, in a page as wide as a desktop (the pane keeps Excel's 350 px). */
async function open(sample: string): Promise<Page> {
  const started = await start({ port: 0, sample });
  servers.push(started.server);
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 }, locale: "zh-CN" });
  await page.goto(`${started.url}?lang=zh-CN`);
  return page;
}

/** A picture of the pane (or of what is given, such as a dialog over it) once nothing is moving. */
async function shot(page: Page, name: string, target: Locator = page.getByTestId("pane")): Promise<void> {
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== "running" || a.effect?.getComputedTiming().iterations === Infinity));
  await target.screenshot({ path: path.join(SHOTS, `${name}.png`) });
}

describe("the pane on other places' sheets", () => {
  it("recognises a district's breakdown with leaders and co-operating units, and counts both in 部门汇总", async () => {
    const page = await open(path.join(PLACES, "zhonglou-2025-zhongdian.xlsx"));
    await page.getByRole("button", { name: "识别当前工作表" }).click();
    await page.getByText("编号任务 8 项，续行 0 行，分节标题 0 个").waitFor();
    const pane = page.getByTestId("pane");
    for (const role of ["分管领导", "责任单位", "配合单位"]) await pane.getByText(role, { exact: true }).waitFor();
    await shot(page, "places-1-recognise");
    await page.getByRole("tab", { name: "汇总" }).click();
    await page.getByRole("button", { name: "生成汇总表" }).click();
    await page.getByText(/已生成：部门汇总、滞后任务、校验报告/u).waitFor();
    await shot(page, "places-2-summary");
    await page.getByRole("tab", { name: "部门汇总" }).click();
    // 各街道 co-operates on two tasks (rows merged over the block); it leads none.
    // In the grid's table: the pane's chart names the unit too, in its (hidden) SVG title.
    const grid = page.locator("table[data-sheet]");
    await grid.getByText("各街道", { exact: true }).first().waitFor();
    await page.screenshot({ path: path.join(SHOTS, "places-3-summary-tab.png") });
  });

  it("flags a county's lagging projects from its percentages and comments, against the date its title names", async () => {
    const page = await open(path.join(PLACES, "cangnan-2022-minsheng-oct.csv"));
    await page.getByRole("tab", { name: "滞后" }).click();
    await page.getByRole("button", { name: "检查滞后任务" }).click();
    await page.getByText(/截止 2022年10月31日，序时进度 83.3%/u).waitFor();
    for (const seq of ["1", "5", "6", "7", "8", "11"]) await page.getByRole("button", { name: new RegExp(`^序号 ${seq}（`, "u") }).waitFor();
    await page
      .getByText(/“22%”（完成 22%），低于序时进度 83.3%/u)
      .first()
      .waitFor();
    await shot(page, "places-4-lag");
    await page.getByRole("tab", { name: "校验" }).click();
    await page.getByRole("button", { name: "校验当前工作表" }).click();
    await page.getByText(/共 \d+ 个问题/u).waitFor();
    // Another place's units are not Jiaxing's unknowns.
    expect(await page.getByText(/不在单位名录中/u).count()).toBe(0);
    await shot(page, "places-5-validate");
  });

  it("previews unit fixes that keep a bracketed aside with its unit, on a district's real breakdown", async () => {
    const page = await open(path.join(PLACES, "zhonglou-2024-zhongdian.csv"));
    await page.getByRole("tab", { name: "校验" }).click();
    await page.getByRole("button", { name: "校验当前工作表" }).click();
    await page.getByRole("button", { name: /^修复所选 \d+ 个问题/u }).click();
    const dialog = page.getByRole("dialog");
    await dialog.locator("li").first().waitFor();
    // Each cell as it will read: the preview's text without what it strikes out and without its hidden words.
    const afterTexts = await dialog.locator("li").evaluateAll((items) =>
      items.map((item) => {
        let text = "";
        const walker = document.createTreeWalker(item, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
          const parent = node.parentElement as HTMLElement;
          // Struck out, the cell's name, or words only a screen reader hears (visually hidden, absolutely placed).
          if (parent.closest("del, label") !== null || getComputedStyle(parent).position === "absolute") continue;
          text += node.textContent ?? "";
        }
        return text.replace(/[␣↵]/gu, "");
      }),
    );
    // E10 is written "应急管理局⏎(安委办)": one unit with its aside, never "应急管理局、(安委办)".
    expect(afterTexts.some((text) => text.includes("应急管理局(安委办)"))).toBe(true);
    expect(afterTexts.some((text) => text.includes("高新园(邹区镇)"))).toBe(true);
    expect(afterTexts.filter((text) => /、\(安委办\)|、\(邹区镇\)/u.test(text))).toEqual([]);
    await shot(page, "places-6-fix-preview", dialog);
  });
});
