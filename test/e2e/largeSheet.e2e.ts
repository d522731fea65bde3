import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import type { Server } from "node:http";
import { type Browser, type Page } from "playwright-core";
import { launchChromium } from "./chromium";
import { repeatedSheet } from "../../bench/validate.bench";
import { saveGrid } from "../../bench/workload";
import { openWorkbookFile } from "../../src/host/files";

/**
 * The preview on a sheet of 1,200 rows (the real 2021 H1 rows, repeated and renumbered): the grid draws its
 * rows a step at a time, so a large 台账 opens at once, and still shows every cell the reader scrolls to or the
 * pane goes to. Needs `npm run build` first and Debian's chromium.
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { start } = require("../../scripts/preview.js") as { start: (o: { port: number; sample: string }) => Promise<{ server: Server; url: string }> };

const ROWS = 1200;
/** The grid's first step (ROWS_PER_STEP in src/preview/GridView.tsx). */
const FIRST_STEP = 200;

let server: Server;
let browser: Browser;
let page: Page;
let sheetRows = 0;

async function largeSheetFile(): Promise<string> {
  const source = await openWorkbookFile(path.join(__dirname, "..", "fixtures", "2021_上半年执行情况.xlsx"));
  const grid = repeatedSheet(await source.readSheet((await source.sheetNames())[0]), ROWS);
  sheetRows = grid.values.length;
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "taizhang-large-")), "large.xlsx");
  await saveGrid(grid, file, "台账");
  return file;
}

beforeAll(async () => {
  const started = await start({ port: 0, sample: await largeSheetFile() });
  server = started.server;
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1400, height: 900 }, locale: "zh-CN" });
  await page.goto(`${started.url}?lang=zh-CN`);
  await page.locator('td[data-cell="A1"]').waitFor();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  server?.close();
});

const drawnRows = () => page.locator("table[data-sheet] tbody tr:not([data-testid=more-rows])").count();

describe("a 1,200-row sheet in the preview", () => {
  it("draws the first rows and says how many there are", async () => {
    expect(await drawnRows()).toBe(FIRST_STEP);
    await page.getByText(`已显示前 ${FIRST_STEP} 行，共 ${sheetRows} 行`).waitFor();
  });

  it("draws more rows as the reader scrolls down", async () => {
    await page.locator("table[data-sheet]").evaluate((table) => {
      const scroller = table.parentElement as HTMLElement;
      scroller.scrollTop = scroller.scrollHeight;
    });
    await page.waitForFunction((first) => document.querySelectorAll("table[data-sheet] tbody tr:not([data-testid=more-rows])").length > first, FIRST_STEP);
    expect(await drawnRows()).toBeLessThan(sheetRows);
  });

  it("goes to an issue's cell far below the rows drawn", async () => {
    await page.getByRole("tab", { name: "校验" }).click();
    await page.getByRole("button", { name: "校验当前工作表" }).click();
    await page.getByText(/共 \d+ 个问题/u).waitFor({ timeout: 30_000 });
    // Issues are listed by kind: the half-width punctuation of every row is one group, opened here.
    await page
      .getByRole("heading", { level: 3, name: /中文中有半角标点/u })
      .getByRole("button")
      .click();
    await page
      .getByRole("button", { name: /^再显示 \d+ 条$/u })
      .first()
      .click();
    const cells = await page
      .getByRole("button", { name: /^转到 [A-Z]+\d+$/u })
      .evaluateAll((buttons) => buttons.map((b) => (b.getAttribute("aria-label") ?? "").replace("转到 ", "")));
    const far = cells.find((cell) => Number(/\d+$/u.exec(cell)?.[0]) > 1000);
    expect(far).toBeDefined();
    await page
      .getByRole("button", { name: `转到 ${far}`, exact: true })
      .first()
      .click();
    await page.locator(`td[data-cell="${far}"][aria-selected="true"]`).waitFor({ timeout: 10_000 });
  });

  it("draws every row when asked", async () => {
    await page.getByRole("button", { name: "显示全部" }).click();
    await page.locator(`td[data-cell="A${sheetRows}"]`).waitFor();
    expect(await drawnRows()).toBe(sheetRows);
    expect(await page.getByTestId("more-rows").count()).toBe(0);
  });
});
