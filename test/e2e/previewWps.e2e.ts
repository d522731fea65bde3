import * as fs from "node:fs";
import * as path from "node:path";
import type { Server } from "node:http";
import { type Browser, type Page } from "playwright-core";
import { launchChromium } from "./chromium";
import { narrowPane, paneShot, SHOTS } from "./paneShot";

/**
 * The WPS加载项's pane in a real browser, at a task pane's 350 px: the preview with ?host=wps runs the same pane
 * over the WPS adapter on the model of WPS 表格 (src/host/wps/fakeWps.ts), the ribbon's commands as WPS runs them
 * (reports through PluginStorage). The bundled sample is checked, fixed and the fix undone, and the summary tabs
 * written, as a clerk in WPS would. Needs `npm run build` first.
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { start } = require("../../scripts/preview.js") as { start: (o: { port: number }) => Promise<{ server: Server; url: string }> };

let server: Server;
let browser: Browser;
let page: Page;
/** Exceptions the page did not catch (the pane's, the ribbon's, the model's). */
const pageErrors: string[] = [];

beforeAll(async () => {
  fs.mkdirSync(SHOTS, { recursive: true });
  const started = await start({ port: 0 });
  server = started.server;
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1400, height: 900 }, locale: "zh-CN" });
  page.on("pageerror", (error) => void pageErrors.push(error.message));
  await page.goto(`${started.url}?lang=zh-CN&host=wps`);
  await narrowPane(page);
  await page.getByRole("tab", { name: "2021上半年执行情况" }).click();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  server?.close();
});

const pane = () => page.getByTestId("pane");
const gridCell = (address: string) => page.locator(`td[data-cell="${address}"]`);

/** Waits until no finite animation or transition is running (a spinner's endless one is not waited for). */
const settled = () =>
  page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== "running" || a.effect?.getComputedTiming().iterations === Infinity));

describe("the pane over the model of WPS 表格", () => {
  it("says which program it runs in: WPS 表格, never Excel", async () => {
    await page.getByRole("heading", { level: 1, name: /WPS 表格（模型）/u }).waitFor();
    await pane().getByRole("button", { name: "检查本表" }).waitFor();
    expect(await pane().textContent()).not.toContain("Excel");
  });

  it("checks the sample sheet: the report card", async () => {
    await pane().getByRole("button", { name: "检查本表" }).click();
    const card = pane().getByRole("region", { name: "“2021上半年执行情况”检查结果" });
    await card.getByText("进展情况表 · 96 项任务").waitFor();
    // The same findings as over Excel's model (test/e2e/overview.e2e.ts): one behaviour through both adapters.
    await card.getByRole("button", { name: /^校验 244 个问题：.*241 个可自动修复（236 个单元格）$/u }).waitFor();
    await card.getByRole("button", { name: /^滞后 红 3 项、黄 7 项滞后（共 96 项）/u }).waitFor();
    await paneShot(page, "wps-1-check");
  });

  it("fixes the sheet after a preview of the changes, and undoes the fix", async () => {
    await pane()
      .getByRole("region", { name: "“2021上半年执行情况”检查结果" })
      .getByRole("button", { name: /^下一步：修复/u })
      .click();
    const fix = pane().getByRole("button", { name: "修复所选 241 个问题（236 个单元格）" });
    await fix.waitFor();
    expect(await gridCell("D11").textContent()).toBe("交通运输局");
    await paneShot(page, "wps-2-validate");
    await fix.click();
    await page.getByRole("dialog").getByText("交通运输局").first().waitFor();
    await paneShot(page, "wps-3-preview-fixes", page.getByRole("dialog"));
    await page.getByRole("button", { name: "确认修改" }).click();
    await pane()
      .getByText(/已修改 236 个单元格/u)
      .waitFor();
    await page.waitForFunction(() => document.querySelector('td[data-cell="D11"]')?.textContent === "市交通运输局");
    await page.locator('[role="dialog"]').waitFor({ state: "detached" });
    await paneShot(page, "wps-4-fixed");
    await pane().getByRole("button", { name: "撤销修复" }).click();
    await pane()
      .getByText(/已恢复 236 个单元格/u)
      .waitFor();
    await page.waitForFunction(() => document.querySelector('td[data-cell="D11"]')?.textContent === "交通运输局");
    await paneShot(page, "wps-5-undone");
  });

  it("writes the summary tabs beside the sheets", async () => {
    await page.getByRole("tab", { name: "汇总" }).click();
    await pane().getByRole("button", { name: "生成汇总表" }).click();
    await pane().getByText("已生成：部门汇总、滞后任务、上年对比、校验报告。").waitFor();
    await paneShot(page, "wps-6-summary");
    // Written as new sheets of the model through the WPS adapter; tabs written twice are the same in the shared
    // port suite (test/port/port.wps.test.ts).
    for (const name of ["部门汇总", "滞后任务", "上年对比", "校验报告"])
      expect([name, await page.getByRole("tab", { name, exact: true }).count()]).toEqual([name, 1]);
    await page.getByRole("tab", { name: "部门汇总" }).click();
    expect(await page.locator("table").first().innerText()).toContain("市经信局");
    await settled();
    await page.screenshot({ path: path.join(SHOTS, "wps-7-summary-tab.png") });
  });

  it("runs the ribbon's 校验本表 as WPS does: its report reaches the open pane through PluginStorage", async () => {
    await page.getByRole("tab", { name: "2021上半年执行情况" }).click();
    await page.getByRole("toolbar").getByRole("button", { name: "校验本表" }).click();
    // The pane looks at PluginStorage every 0.7 s (src/wps/reports.ts).
    await pane()
      .getByText(/“2021上半年执行情况”：错误 \d+ 个，警告 \d+ 个，提示 \d+ 个；已用红、黄底色标出 \d+ 个单元格/u)
      .waitFor();
    await paneShot(page, "wps-8-ribbon-report");
    expect(pageErrors).toEqual([]);
  });
});
