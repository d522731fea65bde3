import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { spawnSync } from "node:child_process";
import type { Server } from "node:http";
import { type Browser, type Page } from "playwright-core";
import { launchChromium } from "./chromium";
import { runSummary } from "../../src/app/summary";
import { openWorkbookFile } from "../../src/host/files";

/**
 * Files in the preview: a clerk's own .csv or .xlsx opened in the page keeps its name and is read by its
 * kind; a bad file says what is wrong in an error bar; a missing file on the command line stops the server at
 * once. What the server refuses, and a bomb, are previewServer.e2e.ts's.
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { start } = require("../../scripts/preview.js") as { start: (o: { port: number }) => Promise<{ server: Server; url: string }> };

const FIXTURES = path.join(__dirname, "..", "fixtures");
const SHOTS = path.join(__dirname, "..", "..", "test-results", "screenshots");

let server: Server;
let url = "";
let browser: Browser;
let page: Page;

beforeAll(async () => {
  fs.mkdirSync(SHOTS, { recursive: true });
  ({ server, url } = await start({ port: 0 }));
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1400, height: 900 }, locale: "zh-CN" });
  await page.goto(`${url}?lang=zh-CN`);
  await page.getByTestId("file").filter({ hasText: "sample.xlsx" }).waitFor();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  server?.close();
});

describe("files in the preview", () => {
  it("opens a .csv picked in the page under its own name, as one sheet named after the file", async () => {
    await page.getByTestId("open-file").setInputFiles(path.join(FIXTURES, "2021_民生实事.csv"));
    await page.getByTestId("file").filter({ hasText: "2021_民生实事.csv" }).waitFor();
    await page.getByRole("tab", { name: "2021_民生实事" }).waitFor();
    // The pane works on it: the sheet is recognised as a table.
    await page.getByRole("button", { name: "识别当前工作表" }).click();
    await page.getByText(/找到 \d+ 个表格/u).waitFor();
    expect(await page.getByRole("alert").count()).toBe(0);
  });

  it("shows a bad file's problem, naming the file, in an error bar", async () => {
    const bad = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "taizhang-bad-")), "坏文件.xlsx");
    fs.writeFileSync(bad, "PK\u0003\u0004 not really a zip");
    await page.getByTestId("open-file").setInputFiles(bad);
    const alert = page.getByRole("alert");
    await alert.waitFor();
    const text = (await alert.textContent()) ?? "";
    expect(text).toContain("无法打开文件");
    expect(text).toContain("坏文件.xlsx");
    expect(text).not.toMatch(/uploaded|Error:|ENOENT/u);
    await page.screenshot({ path: path.join(SHOTS, "11-preview-bad-file.png") });
  });

  // In either host the preview models: Excel's (memory) and WPS's (its custom properties and hidden tabs).
  it.each([
    ["Excel", ""],
    ["WPS", "&host=wps"],
  ])("knows the tabs it generated in a file (%s): 生成汇总表 replaces them, no “(2)” tab, its record stays hidden", async (_host, query) => {
    // A copy with the summary tabs the command line wrote, as a clerk gets it back from a colleague.
    const withTabs = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "taizhang-tabs-")), "已汇总.xlsx");
    const book = await openWorkbookFile(path.join(FIXTURES, "sample.xlsx"));
    expect((await runSummary(book, { write: true })).written).toContain("部门汇总");
    await book.saveAs(withTabs);
    const inHost = query === "" ? page : await browser.newPage({ viewport: { width: 1400, height: 900 }, locale: "zh-CN" });
    if (inHost !== page) {
      await inHost.goto(`${url}?lang=zh-CN${query}`);
      await inHost.getByTestId("file").filter({ hasText: "sample.xlsx" }).waitFor();
    }
    await inHost.getByTestId("open-file").setInputFiles(withTabs);
    await inHost.getByTestId("file").filter({ hasText: "已汇总.xlsx" }).waitFor();
    await inHost.getByRole("tab", { name: "部门汇总" }).waitFor();
    // The add-in's record of its tabs is very hidden in the file, and so it is here.
    expect(await inHost.getByRole("tab", { name: "_taizhang" }).count()).toBe(0);
    await inHost.getByTestId("pane").getByRole("tab", { name: "汇总", exact: true }).click();
    await inHost.getByRole("button", { name: "生成汇总表" }).click();
    await inHost.getByText("已生成：部门汇总、滞后任务、上年对比、校验报告。").waitFor();
    expect(await inHost.getByRole("tab", { name: /\(2\)/u }).count()).toBe(0);
    expect(await inHost.getByText(/是您自己的工作表/u).count()).toBe(0);
    if (inHost !== page) await inHost.close();
  });

  it("does not start on a file that is not there, and says so", () => {
    const run = spawnSync(process.execPath, [path.join(__dirname, "..", "..", "scripts", "preview.js"), "/no/such/台账.xlsx"], {
      encoding: "utf8",
      timeout: 30_000,
    });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("找不到文件");
    expect(run.stderr).toContain("台账.xlsx");
    expect(run.stdout).toBe("");
  });
});
