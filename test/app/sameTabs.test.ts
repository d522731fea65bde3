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
 * and options they write the same tabs, cell for cell, dated the same day (SOURCE_DATE_EPOCH fixes the command
 * line's day, as a script would).
 */
async function sheetsOf(file: string): Promise<SheetGrid[]> {
  const book = await openWorkbookFile(file);
  return Promise.all((await book.sheetNames()).map((name) => book.readSheet(name)));
}

/** A grid as an .xlsx keeps it: an empty text is an empty cell. */
const asWritten = (grid: SheetGrid): SheetGrid => ({ ...grid, values: grid.values.map((row) => row.map((v) => (v === "" ? null : v))) });

const MADE_ON = "2026-12-06";

/** 2026-12-06 at noon UTC, in seconds: the same day in every time zone from UTC−11 to UTC+11. */
const MADE_ON_EPOCH = String(Date.UTC(2026, 11, 6, 12) / 1000);

describe("the same summary tabs from the pane and from the command line", () => {
  it.each([
    ["2024_责任分解.xlsx", ["--prior", "builtin:2021"], { priorSheet: "builtin:2021" }],
    ["2021_上半年执行情况.xlsx", ["--as-of", "2021-07-31", "--lead-only"], { asOf: "2021-07-31", leadOnly: true }],
  ] as const)("%s %j", async (name, args, options) => {
    const workbook = new MemoryWorkbook(await sheetsOf(fixture(name)));
    const { written } = await generateSummary(workbook, { ...options, madeOn: MADE_ON });
    const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "taizhang-same-")), "out.xlsx");
    const epoch = process.env.SOURCE_DATE_EPOCH;
    process.env.SOURCE_DATE_EPOCH = MADE_ON_EPOCH;
    try {
      expect((await runCli(["summarize", fixture(name), ...args, "--out", out])).code).toBe(0);
    } finally {
      if (epoch === undefined) delete process.env.SOURCE_DATE_EPOCH;
      else process.env.SOURCE_DATE_EPOCH = epoch;
    }
    const fromCli = await sheetsOf(out);
    expect(written.length).toBeGreaterThanOrEqual(3);
    for (const tab of written) {
      const pane = await workbook.readSheet(tab);
      const cli = fromCli.find((sheet) => sheet.name === tab);
      expect(cli).toBeDefined();
      expect(pane.values[0][0]).toMatch(/ · 台账助手生成于 2026年12月6日$/u);
      expect(gridDifferences(cli as SheetGrid, asWritten(pane))).toEqual([]);
    }
  });
});
