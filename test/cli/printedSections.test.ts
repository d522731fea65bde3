import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { displayWidth } from "../../src/engine/summary";
import { runCli } from "./runCli";

/**
 * 上年对比 of the bundled sample holds rows of four sheets and, below its table, a section per less certain
 * level under a heading of one cell. A heading runs on over the empty cells beside it (as the title does) and
 * sets no column's width: measured with it, the 工作表 column took a third of the page and the task texts
 * wrapped into narrow columns.
 */
const SAMPLE = path.join(__dirname, "..", "..", "data", "sample.xlsx");

let dir = "";
let out = "";
let sheet: ExcelJS.Worksheet;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "taizhang-sections-"));
  out = path.join(dir, "汇总.xlsx");
  expect((await runCli(["analyze", SAMPLE, "--out", out])).code).toBe(0);
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(out);
  sheet = book.getWorksheet("上年对比") as ExcelJS.Worksheet;
  expect(sheet).toBeDefined();
}, 120_000);

/** Rows below the header (row 3) whose only cell is the first: the sections' headings. */
function headingRows(): ExcelJS.Row[] {
  const rows: ExcelJS.Row[] = [];
  sheet.eachRow((row, number) => {
    if (number > 3 && row.cellCount === 1 && typeof row.getCell(1).value === "string") rows.push(row);
  });
  return rows;
}

describe("上年对比's section headings", () => {
  it("run on, one line tall, unwrapped", () => {
    const headings = headingRows();
    expect(headings.map((row) => String(row.getCell(1).value))).toEqual(expect.arrayContaining([expect.stringMatching(/^以下匹配较可能/u)]));
    for (const row of headings) {
      expect(row.getCell(1).alignment?.wrapText).not.toBe(true);
      expect(row.height ?? 0).toBeLessThanOrEqual(20);
    }
  });

  it("leave the sheet column as wide as its sheet names", () => {
    const names: string[] = [];
    sheet.eachRow((row, number) => {
      if (number >= 3 && row.cellCount > 1) {
        const value = row.getCell(1).value;
        names.push(typeof value === "object" && value !== null && "text" in value ? String(value.text) : String(value ?? ""));
      }
    });
    const widest = Math.max(...names.map((name) => displayWidth(name)));
    expect(new Set(names)).toEqual(new Set(["工作表", "2021责任分解", "2021上半年执行情况", "2024责任分解", "2024主要目标"]));
    expect(sheet.getColumn(1).width).toBeLessThanOrEqual(widest + 2);
    for (const row of headingRows()) expect(displayWidth(String(row.getCell(1).value))).toBeGreaterThan(widest + 2);
  });

  const soffice = ["/usr/bin/soffice", "/usr/bin/libreoffice"].find((p) => fs.existsSync(p));
  const pdftotext = ["/usr/bin/pdftotext"].find((p) => fs.existsSync(p));
  (soffice && pdftotext ? it : it.skip)(
    "print on one line each in LibreOffice's PDF",
    () => {
      execFileSync(soffice as string, ["--headless", "--convert-to", "pdf", "--outdir", dir, out], { timeout: 300_000, env: { ...process.env, HOME: dir } });
      const text = execFileSync(pdftotext as string, ["-layout", path.join(dir, "汇总.pdf"), "-"], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
      for (const row of headingRows()) {
        const heading = String(row.getCell(1).value);
        expect(text.split("\n").some((line) => line.includes(heading))).toBe(true);
      }
    },
    300_000,
  );
});
