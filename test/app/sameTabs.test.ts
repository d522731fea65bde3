import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import type { SheetGrid } from "../../src/engine/grid";
import { generateSummary } from "../../src/app/summary";
import { openWorkbookFile } from "../../src/host/files";
import { MemoryWorkbook } from "../../src/host/memory/memoryWorkbook";
import { fixture, runCli } from "../cli/runCli";
import { gridDifferences } from "../gridDifferences";

/**
 * The pane's 汇总 and the command line's `summarize` run one use case (src/app/summary.ts): for the same workbook
 * and options they write the same tabs, cell for cell, but for the day in the titles, which the pane gives and
 * the command line does not yet.
 */
async function sheetsOf(file: string): Promise<SheetGrid[]> {
  const book = await openWorkbookFile(file);
  return Promise.all((await book.sheetNames()).map((name) => book.readSheet(name)));
}

/** A grid as an .xlsx keeps it: an empty text is an empty cell. */
const asWritten = (grid: SheetGrid): SheetGrid => ({ ...grid, values: grid.values.map((row) => row.map((v) => (v === "" ? null : v))) });

const MADE_ON = "2026-12-06";

/** The pane's tab as the command line writes it without a day: the title's "于 2026年12月6日" taken out. */
function undated(grid: SheetGrid): SheetGrid {
  const [[title, ...rest], ...rows] = grid.values;
  expect(title).toMatch(/ · 台账助手生成于 2026年12月6日$/u);
  return { ...grid, values: [[String(title).replace(/于 2026年12月6日$/u, ""), ...rest], ...rows] };
}

describe("the same summary tabs from the pane and from the command line", () => {
  it.each([
    ["2024_责任分解.xlsx", ["--prior", "builtin:2021"], { priorSheet: "builtin:2021" }],
    ["2021_上半年执行情况.xlsx", ["--as-of", "2021-07-31", "--lead-only"], { asOf: "2021-07-31", leadOnly: true }],
  ] as const)("%s %j", async (name, args, options) => {
    const workbook = new MemoryWorkbook(await sheetsOf(fixture(name)));
    const { written } = await generateSummary(workbook, { ...options, madeOn: MADE_ON });
    const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "taizhang-same-")), "out.xlsx");
    expect((await runCli(["summarize", fixture(name), ...args, "--out", out])).code).toBe(0);
    const fromCli = await sheetsOf(out);
    expect(written.length).toBeGreaterThanOrEqual(3);
    for (const tab of written) {
      const pane = await workbook.readSheet(tab);
      const cli = fromCli.find((sheet) => sheet.name === tab);
      expect(cli).toBeDefined();
      expect(gridDifferences(cli as SheetGrid, asWritten(undated(pane)))).toEqual([]);
    }
  });
});
