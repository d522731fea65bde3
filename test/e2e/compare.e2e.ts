import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import type { Server } from "node:http";
import { type Browser } from "playwright-core";
import { launchChromium } from "./chromium";
import { narrowPane, paneShot, SHOTS } from "./paneShot";
import type { SheetGrid } from "../../src/engine/grid";
import { newWorkbook } from "../../src/host/files";
import { currentReport, previousReport } from "../cycle/h1Pair";

/**
 * 与上期对比 in a real browser at Excel's pane width (350 px). The bundled sample holds no earlier report of its
 * H1 report, so the page opens a file holding the published H1 report, and the clerk imports the 一季度 report
 * built from it (test/cycle/h1Pair.ts) through the pane's own file button. Needs `npm run build` first.
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { start } = require("../../scripts/preview.js") as { start: (o: { port: number }) => Promise<{ server: Server; url: string }> };

let server: Server;
let browser: Browser;
let url = "";
let dir = "";

async function xlsx(name: string, grid: SheetGrid): Promise<string> {
  const book = newWorkbook();
  await book.writeSheets([{ name: grid.name, values: grid.values }]);
  const file = path.join(dir, name);
  await book.saveAs(file);
  return file;
}

beforeAll(async () => {
  fs.mkdirSync(SHOTS, { recursive: true });
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "taizhang-compare-"));
  ({ server, url } = await start({ port: 0 }));
  browser = await launchChromium();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  server?.close();
});

describe("与上期对比 at 350 px", () => {
  it("imports the previous report, lists what changed by heading, goes to a task and writes the tab", async () => {
    const current = await xlsx("2021上半年执行情况.xlsx", currentReport());
    const previous = await xlsx("2021一季度执行情况.xlsx", previousReport());
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 }, locale: "zh-CN" });
    await page.goto(`${url}?lang=zh-CN`);
    await narrowPane(page);
    await page.getByTestId("file").filter({ hasText: "sample.xlsx" }).waitFor();
    await page.getByTestId("open-file").setInputFiles(current);
    await page.getByTestId("file").filter({ hasText: "2021上半年执行情况.xlsx" }).waitFor();
    const pane = page.getByTestId("pane");
    await pane.getByRole("tab", { name: "滞后", exact: true }).click();
    await pane.getByRole("button", { name: "与上期对比" }).click();
    // The only sheet is this period's: nothing to offer, the import is the way.
    await pane.getByText("本工作簿中没有其他含进展情况或进展状态的工作表；可从文件导入上期报告。").waitFor();
    await paneShot(page, "compare-1-empty");

    await pane.getByLabel("从文件导入上期报告…").setInputFiles(previous);
    await pane.getByText(/已选“2021一季度执行情况”作为上期报告。/u).waitFor();
    expect(await pane.getByLabel("上期报告", { exact: true }).inputValue()).toBe("2021一季度执行情况");
    await pane.getByRole("button", { name: "对比上期" }).click();
    await pane.getByRole("heading", { name: "连续滞后（2）" }).waitFor();
    for (const heading of ["本期新增任务（1）", "上期有、本期无（1）"]) await pane.getByRole("heading", { name: heading }).waitFor();
    await pane.getByText(/^本期（截至2021年6月30日，序时进度50%）；上期（截至2021年3月31日，序时进度25%）$/u).waitFor();
    await pane.getByRole("button", { name: "与上期对比" }).scrollIntoViewIfNeeded();
    await paneShot(page, "compare-2-list");
    await pane.getByRole("heading", { name: /^进展未更新/u }).scrollIntoViewIfNeeded();
    await paneShot(page, "compare-3-not-updated");

    // An item goes to its row in the grid.
    await pane
      .getByRole("region", { name: "连续滞后（2）" })
      .getByRole("button", { name: /^序号 9（第 \d+ 行）$/u })
      .click();
    await page.getByRole("tab", { name: "2021上半年执行情况", selected: true }).waitFor();

    await pane.getByRole("button", { name: "写入“上期对比”表" }).click();
    await pane.getByText("已生成：上期对比。").waitFor();
    await page.getByRole("tab", { name: "上期对比" }).waitFor();
    await pane.getByText("已生成：上期对比。").scrollIntoViewIfNeeded();
    await paneShot(page, "compare-4-written");
    await page.close();
  });

  it("fits in English, the two reports of one workbook picked from the list", async () => {
    // One file holding both reports: the previous one is offered by the picker, no import needed.
    const book = newWorkbook();
    await book.writeSheets([currentReport(), previousReport()].map((grid) => ({ name: grid.name, values: grid.values })));
    const both = path.join(dir, "两期.xlsx");
    await book.saveAs(both);
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 }, locale: "en-US" });
    await page.goto(`${url}?lang=en-US`);
    await narrowPane(page);
    await page.getByTestId("file").filter({ hasText: "sample.xlsx" }).waitFor();
    await page.getByTestId("open-file").setInputFiles(both);
    await page.getByTestId("file").filter({ hasText: "两期.xlsx" }).waitFor();
    await page.getByRole("tab", { name: "2021上半年执行情况" }).click();
    const pane = page.getByTestId("pane");
    await pane.getByRole("tab", { name: "Lagging", exact: true }).click();
    await pane.getByRole("button", { name: "Since the last report" }).click();
    const select = pane.getByLabel("Previous report", { exact: true });
    await select.locator("option", { hasText: "2021一季度执行情况" }).waitFor({ state: "attached" });
    // Only the other report is offered, not the sheet open.
    expect(await select.locator("option").allTextContents()).toEqual(["Choose the sheet holding the previous report", "2021一季度执行情况"]);
    await select.selectOption("2021一季度执行情况");
    await pane.getByRole("button", { name: "Compare with previous" }).click();
    await pane.getByRole("heading", { name: "Behind in both periods (2)" }).waitFor();
    await pane.getByRole("button", { name: "Since the last report" }).scrollIntoViewIfNeeded();
    await paneShot(page, "compare-5-list-en");
    await pane.getByRole("button", { name: "Write the “Since last report” tab" }).click();
    await pane.getByText("Written: Since last report.").waitFor();
    await page.getByRole("tab", { name: "Since last report" }).waitFor();
    await page.close();
  });
});
