import * as fs from "node:fs";
import * as path from "node:path";
import type { Server } from "node:http";
import { type Browser, type Locator, type Page } from "playwright-core";
import { launchChromium } from "./chromium";

/**
 * 校验 as a clerk works through it in Excel's task pane, 350 px wide, in Chromium: the issues by kind, a group left
 * out of the fix, a cell unticked in the preview, the batch applied and undone. The page is made as narrow as
 * the pane (in Excel the pane is its own page, so its dialogs are that narrow too) and shows the pane alone.
 * Needs `npm run build` first and Debian's chromium.
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { start } = require("../../scripts/preview.js") as { start: (o: { port: number }) => Promise<{ server: Server; url: string }> };

const SHOTS = path.join(__dirname, "..", "..", "test-results", "screenshots");
const PANE_WIDTH = 350;

let server: Server;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  fs.mkdirSync(SHOTS, { recursive: true });
  const started = await start({ port: 0 });
  server = started.server;
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1400, height: 900 }, locale: "zh-CN" });
  await page.goto(`${started.url}?lang=zh-CN`);
  await page.getByRole("tab", { name: "2021上半年执行情况" }).click();
  // Then the pane alone, as wide as Excel's: the grid is hidden (still there, for the cells to be read).
  await page.setViewportSize({ width: PANE_WIDTH, height: 800 });
  await page.getByTestId("pane").evaluate((pane: HTMLElement, width: number) => {
    const columns = pane.parentElement as HTMLElement;
    columns.style.gridTemplateColumns = `${width}px`;
    (columns.firstElementChild as HTMLElement).style.display = "none";
    pane.style.borderLeft = "none";
  }, PANE_WIDTH);
}, 60_000);

afterAll(async () => {
  await browser?.close();
  server?.close();
});

/** A picture of the page (which is the pane) once nothing is moving. */
async function shot(name: string): Promise<void> {
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== "running" || a.effect?.getComputedTiming().iterations === Infinity));
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`) });
}

/** Nothing is wider than the pane: no sideways scrolling, in the pane or in a dialog. */
async function expectNoSidewaysScroll(where: Locator, name: string): Promise<void> {
  const sizes = await where.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
  expect([name, sizes.scroll <= sizes.client]).toEqual([name, true]);
}

/** Each element lies within the pane's width. */
async function expectOnScreen(elements: Locator, name: string): Promise<void> {
  const boxes = await elements.evaluateAll((els) => els.map((el) => el.getBoundingClientRect()).map((r) => ({ left: r.left, right: r.right })));
  expect(boxes.length).toBeGreaterThan(0);
  const off = boxes.filter((box) => box.left < 0 || box.right > 350);
  expect([name, off]).toEqual([name, []]);
}

const gridCell = (address: string) => page.locator(`td[data-cell="${address}"]`);
const textOf = (address: string) => gridCell(address).evaluate((td) => td.textContent);

describe("校验 in a 350 px pane", () => {
  it("lists the issues by kind, badges on one line, and goes to a group's cells", async () => {
    const pane = page.getByTestId("pane");
    await page.getByRole("tab", { name: "校验" }).click();
    await page.getByRole("button", { name: "校验当前工作表" }).click();
    await page.getByText(/共 \d+ 个问题/u).waitFor();
    // The sample's 189 half-width marks are one group, not 189 rows; so are the 7 cells of one wrong unit name.
    const punctuation = pane.getByRole("heading", { level: 3, name: /中文中有半角标点\s*189 处/u });
    await punctuation.waitFor();
    await pane.getByRole("heading", { level: 3, name: /“长三角发展办”应写作规范名称“市长三角发展办”。\s*7 处/u }).waitFor();
    await page.getByRole("button", { name: /^修复所选 \d+ 个问题（\d+ 个单元格）$/u }).waitFor();
    // A badge is one line high, also beside a title that wraps onto two.
    const badges = pane.locator(".fui-Badge");
    const heights = await badges.evaluateAll((els) => els.map((el) => [el.textContent, el.getBoundingClientRect().height, getComputedStyle(el).whiteSpace]));
    expect(heights.length).toBeGreaterThan(5);
    for (const [text, height, whiteSpace] of heights) expect([text, Number(height) <= 24, whiteSpace]).toEqual([text, true, "nowrap"]);
    await expectNoSidewaysScroll(pane, "groups");
    await shot("validation-350-1-groups");

    // 进展状态为空: opened, it lists E17; clicking it goes there.
    await pane
      .getByRole("heading", { level: 3, name: /进展状态为空/u })
      .getByRole("button")
      .click();
    await pane.getByRole("button", { name: "转到 E17" }).click();
    await page.locator('td[data-cell="E17"][aria-selected="true"]').waitFor({ state: "attached" });
    await pane
      .getByRole("heading", { level: 3, name: /“长三角发展办”应写作规范名称/u })
      .getByRole("button")
      .click();
    await pane.getByRole("button", { name: "转到 D7" }).waitFor();
    await punctuation.getByRole("button").click();
    await pane.getByRole("button", { name: /^再显示 \d+ 条$/u }).waitFor();
    await expectNoSidewaysScroll(pane, "groups opened");
    await shot("validation-350-2-groups-opened");
  });

  it("previews the changes cell under cell, the changed characters marked, names on screen", async () => {
    await page.getByRole("button", { name: /^修复所选/u }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByRole("checkbox", { name: "B3" }).waitFor();
    await expectNoSidewaysScroll(dialog.locator(".fui-DialogSurface").or(dialog).first(), "preview");
    await expectOnScreen(dialog.locator("li label"), "cell names");
    // B3's half-width commas: struck out, the full-width ones inserted.
    const b3 = dialog.locator("li").filter({ has: page.getByRole("checkbox", { name: "B3" }) });
    expect(new Set(await b3.locator("del").allTextContents())).toEqual(new Set([","]));
    expect(new Set(await b3.locator("ins").allTextContents())).toEqual(new Set(["，"]));
    expect(
      await b3
        .locator("del")
        .first()
        .evaluate((el) => getComputedStyle(el).textDecorationLine),
    ).toBe("line-through");
    await shot("validation-350-3-preview");
    await b3.getByRole("button", { name: "显示整格" }).click();
    await b3.getByRole("button", { name: "只看改动处" }).waitFor();
    await expectNoSidewaysScroll(dialog, "whole cell");
    await shot("validation-350-4-preview-whole-cell");
    await dialog.getByRole("button", { name: "取消" }).click();
    await dialog.waitFor({ state: "detached" });
  });

  it("applies only the picked groups' ticked cells, as one batch 撤销修复 undoes", async () => {
    const pane = page.getByTestId("pane");
    const before = { B3: await textOf("B3"), D3: await textOf("D3"), D11: await textOf("D11") };
    expect(before.D11).toBe("交通运输局");
    await pane.getByRole("checkbox", { name: "修复此类问题：中文中有半角标点" }).uncheck();
    const button = page.getByRole("button", { name: /^修复所选/u });
    const label = (await button.textContent()) ?? "";
    const [, issues, cells] = /修复所选 (\d+) 个问题（(\d+) 个单元格）/u.exec(label) ?? [];
    expect(Number(issues)).toBeGreaterThan(0);
    await button.click();
    const dialog = page.getByRole("dialog");
    await dialog.getByRole("heading", { name: `将修改 ${cells} 个单元格` }).waitFor();
    // The punctuation's cells are not offered; D11 is, and the clerk leaves it out.
    expect(await dialog.getByRole("checkbox", { name: "B3" }).count()).toBe(0);
    await dialog.getByRole("checkbox", { name: "D11" }).uncheck();
    await dialog.getByRole("heading", { name: `将修改 ${Number(cells) - 1} 个单元格` }).waitFor();
    await shot("validation-350-5-preview-picked");
    await dialog.getByRole("button", { name: "确认修改" }).click();
    await page.getByText(`已修改 ${Number(cells) - 1} 个单元格。可点“撤销修复”恢复原值。`).waitFor();
    await page.locator('[role="dialog"]').waitFor({ state: "detached" });
    await page.waitForFunction(() => document.querySelector('td[data-cell="D3"]')?.textContent === "嘉善县政府、市长三角发展办");
    expect({ B3: await textOf("B3"), D11: await textOf("D11") }).toEqual({ B3: before.B3, D11: before.D11 });
    // Checked again: the punctuation group is still there, still left out; D11 is offered again.
    await pane.getByRole("heading", { level: 3, name: /中文中有半角标点\s*189 处/u }).waitFor();
    expect(await pane.getByRole("checkbox", { name: "修复此类问题：中文中有半角标点" }).isChecked()).toBe(false);
    await page.getByRole("button", { name: "修复所选 1 个问题（1 个单元格）" }).waitFor();
    await shot("validation-350-6-fixed");

    await page.getByRole("button", { name: "撤销修复" }).click();
    await page.getByText(`已恢复 ${Number(cells) - 1} 个单元格。`).waitFor();
    await page.waitForFunction((d3) => document.querySelector('td[data-cell="D3"]')?.textContent === d3, before.D3);
    expect({ B3: await textOf("B3"), D11: await textOf("D11") }).toEqual({ B3: before.B3, D11: before.D11 });
  });
});
