import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import * as zlib from "node:zlib";
import type { Server } from "node:http";
import { chromium } from "playwright-core";
import type { Measurement } from "./measure";
import { largeProgressSheet } from "./validate.bench";
import { saveGrid } from "./workload";

const ROOT = path.join(__dirname, "..", "..");

/**
 * The pane's script as Excel downloads it before the pane can be used: the bundles taskpane.html names
 * (office.js aside, which comes from Microsoft), gzipped. Chunks loaded on demand (the 上年目标, 滞后 and
 * 汇总 areas) are not counted.
 */
function paneScriptGzipKb(): number {
  const dist = path.join(ROOT, "dist");
  const html = path.join(dist, "taskpane.html");
  if (!fs.existsSync(html)) throw new Error("dist/ has no taskpane.html: run npm run build first");
  const scripts = [...fs.readFileSync(html, "utf8").matchAll(/<script[^>]*\ssrc="?([^"\s>]+)/gu)].map((m) => m[1]).filter((src) => !/^https?:/u.test(src));
  if (scripts.length === 0) throw new Error("taskpane.html names no script of its own: run npm run build first");
  return scripts.reduce((sum, f) => sum + zlib.gzipSync(fs.readFileSync(path.join(dist, f))).length, 0) / 1024;
}

/** From opening the preview to the issue list of a 500-row progress report, in Chromium. */
async function pageToValidatedMs(): Promise<number> {
  const grid = await largeProgressSheet(500);
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "taizhang-pane-")), "500.xlsx");
  await saveGrid(grid, file, "台账");
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { start } = require(path.join(ROOT, "scripts", "preview.js")) as {
    start: (o: { port: number; sample: string }) => Promise<{ server: Server; url: string }>;
  };
  const { server, url } = await start({ port: 0, sample: file });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu"],
  });
  try {
    const page = await browser.newPage({ locale: "zh-CN" });
    const begin = Date.now();
    await page.goto(`${url}?lang=zh-CN`);
    await page.getByRole("tab", { name: "校验" }).click();
    await page.getByRole("button", { name: "校验当前工作表" }).click();
    await page.getByText(/共 \d+ 个问题/u).waitFor({ timeout: 60_000 });
    return Date.now() - begin;
  } finally {
    await browser.close();
    server.close();
  }
}

export async function paneBenchmarks(): Promise<Measurement[]> {
  const gzipKb = paneScriptGzipKb();
  const times: number[] = [];
  for (let i = 0; i < 3; i++) times.push(await pageToValidatedMs());
  times.sort((a, b) => a - b);
  return [
    {
      name: "task pane script",
      workload: "the scripts taskpane.html loads (dist/taskpane.*.js), gzip",
      runs: 1,
      medianMs: 0,
      p95Ms: 0,
      heapMb: 0,
      goal: "< 400 KB gzip",
      met: gzipKb < 400,
      extra: { "KB gzip": gzipKb.toFixed(0) },
    },
    {
      name: "page load → validated",
      workload: "preview in Chromium: open the page, 校验 tab, 校验当前工作表 on a 500-row progress report, until the issue list shows",
      runs: times.length,
      medianMs: times[1],
      p95Ms: times[2],
      heapMb: 0,
      goal: "< 1 s",
      met: times[1] < 1000,
    },
  ];
}
