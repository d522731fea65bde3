import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import type { Server } from "node:http";
import JSZip from "jszip";
import { type Browser, type Page } from "playwright-core";
import { launchChromium } from "./chromium";
import { narrowPane, paneShot, SHOTS } from "./paneShot";
import { openWorkbookFile } from "../../src/host/files";
import { fixture, runCli } from "../cli/runCli";

/**
 * 分发 in a real browser at Excel's pane width (350 px), on the published H1 report: the fold's counts, the new
 * workbook made by ExcelJS's browser bundle (the preview downloads it, as Excel on the web opens it in a tab), the
 * zip of the command line's files, and the WPS pane's message. Needs `npm run build` first.
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { start } = require("../../scripts/preview.js") as { start: (o: { port: number }) => Promise<{ server: Server; url: string }> };

const MASTER = fixture("2021_上半年执行情况.xlsx");
const UNIT = "市发展改革委";

let server: Server;
let browser: Browser;
let url = "";
let dir = "";
/** What `taizhang split` writes for the same report. */
let cliDir = "";

beforeAll(async () => {
  fs.mkdirSync(SHOTS, { recursive: true });
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "taizhang-split-e2e-"));
  cliDir = path.join(dir, "cli");
  expect((await runCli(["split", MASTER, "--out", cliDir])).code).toBe(0);
  ({ server, url } = await start({ port: 0 }));
  browser = await launchChromium();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  server?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** The preview at 350 px with the H1 report open, 汇总's 分发 fold open. */
async function openFold(query: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 1000 }, locale: "zh-CN", acceptDownloads: true });
  await page.goto(`${url}?lang=zh-CN${query}`);
  await narrowPane(page);
  await page.getByTestId("file").filter({ hasText: "sample.xlsx" }).waitFor();
  await page.getByTestId("open-file").setInputFiles(MASTER);
  await page.getByTestId("file").filter({ hasText: "2021_上半年执行情况.xlsx" }).waitFor();
  const pane = page.getByTestId("pane");
  await pane.getByRole("tab", { name: "汇总", exact: true }).click();
  await pane.getByRole("button", { name: "分发（发各单位填报）" }).click();
  await pane.getByText("58 个单位，96 项任务").waitFor();
  return page;
}

/** Clicks a button and saves the download it starts. */
async function download(page: Page, button: string, name: string): Promise<string> {
  const started = page.waitForEvent("download");
  await page.getByTestId("pane").getByRole("button", { name: button }).click();
  const file = path.join(dir, name);
  await (await started).saveAs(file);
  return file;
}

describe("分发 at 350 px", () => {
  it("shows the counts, makes the new workbook of returns and zips the command line's files", async () => {
    const page = await openFold("");
    const pane = page.getByTestId("pane");
    await pane.getByText("截至日期：2021年6月30日").waitFor();
    await pane.getByRole("button", { name: "分发（发各单位填报）" }).scrollIntoViewIfNeeded();
    await paneShot(page, "split-1-fold");

    const made = await download(page, "在新工作簿中生成", "新工作簿.xlsx");
    const opened = pane.getByText("已在新工作簿中生成 58 张单位表。请在新窗口中另存；本表未改动。");
    await opened.scrollIntoViewIfNeeded();
    await paneShot(page, "split-2-new-workbook");
    // Made in the browser, read back by the command line's reader: the unit's sheet is the one `split` writes.
    const book = await openWorkbookFile(made);
    expect(await book.sheetNames()).toHaveLength(58);
    const cli = await openWorkbookFile(path.join(cliDir, `${UNIT}.xlsx`));
    expect(await book.readSheet(UNIT)).toEqual(await cli.readSheet(UNIT));

    const zipped = await download(page, "下载各单位文件（.zip）", "分发.zip");
    await pane.getByText(/已开始下载“分发-.+\.zip”（58 个文件）/u).scrollIntoViewIfNeeded();
    await paneShot(page, "split-3-zip");
    const zip = await JSZip.loadAsync(fs.readFileSync(zipped));
    expect(Object.keys(zip.files).sort()).toEqual(fs.readdirSync(cliDir).sort());
    const unit = path.join(dir, `${UNIT}.xlsx`);
    fs.writeFileSync(unit, await zip.files[`${UNIT}.xlsx`].async("nodebuffer"));
    expect(await (await openWorkbookFile(unit)).readSheet(UNIT)).toEqual(await cli.readSheet(UNIT));
    // The master sheet is as it was: no tab was added.
    expect(await page.getByRole("tab", { name: "2021上半年执行情况" }).count()).toBeLessThanOrEqual(1);
    await page.close();
  });

  it("runs 分发 from the ribbon: the same new workbook, reported in the pane", async () => {
    const page = await openFold("");
    const started = page.waitForEvent("download");
    await page.getByRole("toolbar", { name: "功能区" }).getByRole("button", { name: "分发" }).click();
    const file = path.join(dir, "功能区.xlsx");
    await (await started).saveAs(file);
    await page.getByText("已在新工作簿中生成 58 张单位表。请在新窗口中另存；本表未改动。").first().waitFor();
    await paneShot(page, "split-5-ribbon");
    const cli = await openWorkbookFile(path.join(cliDir, `${UNIT}.xlsx`));
    expect(await (await openWorkbookFile(file)).readSheet(UNIT)).toEqual(await cli.readSheet(UNIT));
    await page.close();
  });

  it("fits in English", async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 }, locale: "en-US" });
    await page.goto(`${url}?lang=en-US`);
    await narrowPane(page);
    await page.getByTestId("file").filter({ hasText: "sample.xlsx" }).waitFor();
    await page.getByTestId("open-file").setInputFiles(MASTER);
    await page.getByTestId("file").filter({ hasText: "2021_上半年执行情况.xlsx" }).waitFor();
    const pane = page.getByTestId("pane");
    await pane.getByRole("tab", { name: "Summary", exact: true }).click();
    await pane.getByRole("button", { name: "Send out (a return per unit)" }).click();
    await pane.getByText("58 units, 96 tasks").waitFor();
    await pane.getByText("As of 30 June 2021").waitFor();
    await pane.getByRole("button", { name: "Make them in a new workbook" }).scrollIntoViewIfNeeded();
    await paneShot(page, "split-6-en");
    await page.close();
  });

  it("says in WPS that a new workbook cannot be opened there yet", async () => {
    const page = await openFold("&host=wps");
    const pane = page.getByTestId("pane");
    await pane.getByRole("button", { name: "在新工作簿中生成" }).click();
    await pane.getByText("WPS 表格中暂不能从任务窗格直接打开新工作簿。请用“下载各单位文件（.zip）”，或在电脑上运行 taizhang split。").scrollIntoViewIfNeeded();
    // The WPS pane names no other program.
    expect(await pane.textContent()).not.toContain("Excel");
    await paneShot(page, "split-4-wps");
    await page.close();
  });
});
