import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import type { Server } from "node:http";
import { type Browser, type Locator, type Page } from "playwright-core";
import { launchChromium } from "./chromium";
import { narrowPane, paneShot, SHOTS } from "./paneShot";
import { openWorkbookFile } from "../../src/host/files";
import { fixture, runJson } from "../cli/runCli";
import { emptiedMaster, fillAsLeadUnit, type SplitJson } from "../cycle/leadReturns";

/**
 * 汇总报送 in a real browser at Excel's pane width (350 px): the published H1 report with its progress emptied is
 * opened, `taizhang split` makes the units' files from it, some lead units fill theirs from the published report,
 * and the clerk picks those returns (and a damaged file) in the pane. The files are read by the pane's own reader
 * (the browser's DecompressionStream). Written, the same returns have nothing left to write; undone, they propose
 * the same cells again. Needs `npm run build` first.
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { start } = require("../../scripts/preview.js") as { start: (o: { port: number }) => Promise<{ server: Server; url: string }> };

jest.setTimeout(180_000);

let server: Server;
let browser: Browser;
let url = "";
let dir = "";
let master = "";
/** The returns picked: filled by their lead units, and one the unit sent back empty. */
let returns: string[] = [];

beforeAll(async () => {
  fs.mkdirSync(SHOTS, { recursive: true });
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "taizhang-merge-"));
  master = path.join(dir, "2021上半年执行情况.xlsx");
  fs.writeFileSync(master, await emptiedMaster());
  const split = await runJson<SplitJson>(["split", master, "--out", path.join(dir, "分发")]);
  const files = split.written.map((name) => (path.isAbsolute(name) ? name : path.join(dir, "分发", name)));
  const published = await (await openWorkbookFile(fixture("2021_上半年执行情况.xlsx"))).readSheet("2021上半年执行情况");
  // The units that lead the most tasks fill theirs; the others send nothing (the 催报 list).
  const leads = [...split.units].sort((a, b) => b.lead - a.lead).slice(0, 5);
  returns = leads.map((u) => files.find((f) => path.basename(f) === path.basename(u.file))!);
  for (const file of returns) await fillAsLeadUnit(file, published);
  const broken = path.join(dir, "损坏的报送.xlsx");
  fs.writeFileSync(broken, fs.readFileSync(returns[0]).subarray(0, 2000));
  returns.push(broken);
  ({ server, url } = await start({ port: 0 }));
  browser = await launchChromium();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  server?.close();
});

async function openMaster(language: "zh-CN" | "en-US"): Promise<{ page: Page; pane: Locator }> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 1000 }, locale: language });
  await page.goto(`${url}?lang=${language}`);
  await narrowPane(page);
  await page.getByTestId("file").filter({ hasText: "sample.xlsx" }).waitFor();
  await page.getByTestId("open-file").setInputFiles(master);
  await page
    .getByTestId("file")
    .filter({ hasText: path.basename(master) })
    .waitFor();
  return { page, pane: page.getByTestId("pane") };
}

describe("汇总报送 at 350 px", () => {
  it("reads the returns in the browser, previews, writes into the master and undoes", async () => {
    const { page, pane } = await openMaster("zh-CN");
    await pane.getByRole("tab", { name: "汇总", exact: true }).click();
    await pane.getByRole("button", { name: "汇总报送（合并各单位报送）" }).click();
    await paneShot(page, "merge-1-fold");

    await pane.getByLabel("选择报送文件…").setInputFiles(returns);
    const summary = pane.getByText(/^主表“2021上半年执行情况”：拟写入 \d+ 个单元格/u);
    await summary.waitFor();
    const proposed = await summary.textContent();
    // The damaged file is named with why, and the five others were read and merged.
    await pane.getByText("1 个文件未能读取，其余文件照常汇总：").waitFor();
    await pane.getByText(/^无法读取文件 "损坏的报送\.xlsx"：文件已损坏或不完整/u).waitFor();
    await pane.getByRole("heading", { name: "收到报送（5 份）" }).waitFor();
    await pane.getByRole("heading", { name: /^催报：未报送的单位（\d+）$/u }).waitFor();
    await pane.getByRole("heading", { name: /^无人报送进展的任务（\d+）$/u }).waitFor();
    await pane.getByRole("button", { name: "汇总报送（合并各单位报送）" }).scrollIntoViewIfNeeded();
    await paneShot(page, "merge-2-preview");
    await pane.getByRole("heading", { name: /^无人报送进展的任务/u }).scrollIntoViewIfNeeded();
    await paneShot(page, "merge-3-lists");

    await pane.getByRole("button", { name: "写入主表…" }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByText("把各单位报送的进展情况、进展状态写入主表；取消勾选的单元格不写。原值会保存在工作簿中，可随时撤销。").waitFor();
    await page.screenshot({ path: path.join(SHOTS, "merge-4-dialog.png") });
    await dialog.getByRole("button", { name: "确认修改" }).click();
    await pane.getByText(/^已写入 \d+ 个单元格。点“撤销”可把主表恢复原样/u).waitFor();
    await paneShot(page, "merge-5-written");

    // 撤销 (the journal's last batch): the master is as it was, so the same returns propose the same cells again.
    await pane.getByRole("button", { name: "撤销" }).click();
    await pane.getByText(/^已恢复 \d+ 个单元格/u).waitFor();
    await paneShot(page, "merge-6-undone");
    await pane.getByLabel("选择报送文件…").setInputFiles(returns);
    await pane.getByText("1 个文件未能读取，其余文件照常汇总：").waitFor();
    expect(await summary.textContent()).toBe(proposed);

    // Written again: the same returns have nothing left to write.
    await pane.getByRole("button", { name: "写入主表…" }).click();
    await dialog.getByRole("button", { name: "确认修改" }).click();
    await pane.getByText(/^已写入 \d+ 个单元格/u).waitFor();
    await pane.getByLabel("选择报送文件…").setInputFiles(returns.slice(0, -1));
    await pane.getByText("报送内容与主表“2021上半年执行情况”已一致，没有要写入的单元格。").waitFor();
    await page.close();
  });

  it("fits in English", async () => {
    const { page, pane } = await openMaster("en-US");
    await pane.getByRole("tab", { name: "Summary", exact: true }).click();
    await pane.getByRole("button", { name: "Merge returns (the units' reports)" }).click();
    await pane.getByLabel("Pick returned files…").setInputFiles(returns);
    await pane.getByText(/^Master sheet “2021上半年执行情况”: \d+ cells to write/u).waitFor();
    await pane.getByRole("heading", { name: "Returns received (5)" }).waitFor();
    await pane.getByRole("button", { name: "Merge returns (the units' reports)" }).scrollIntoViewIfNeeded();
    await paneShot(page, "merge-7-preview-en");
    await page.close();
  });
});
