/**
 * The streaming reader (openWorkbookForReading) against ExcelJS's model (openWorkbookFile): for every .xlsx
 * of the fixtures, and for workbooks made here with what ExcelJS writes, the same sheets, grids, settings and
 * refusals, exactly.
 */
import { promises as fs } from "node:fs";
import * as path from "node:path";
import { ExcelJS } from "./excelJs";
import { openWorkbookFile, openWorkbookForReading, type OpenOptions } from "./index";
import { WorkbookError, type WorkbookPort } from "../port";
import { tempFolder } from "../../../test/tempFolder";

const FIXTURES = path.join(__dirname, "..", "..", "..", "test", "fixtures");

async function xlsxFiles(folder: string): Promise<string[]> {
  const entries = await fs.readdir(folder, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((entry) => {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) return xlsxFiles(full);
      return Promise.resolve(/\.xlsx$/i.test(entry.name) ? [full] : []);
    }),
  );
  return nested.flat().sort();
}

/** Everything a command reads of a workbook, or the problem it was refused with. */
async function reading(open: Promise<WorkbookPort>) {
  try {
    const workbook = await open;
    const names = await workbook.sheetNames();
    const grids = await Promise.all(names.map((name) => workbook.readSheet(name)));
    return { names, grids, settings: await workbook.readSettings() };
  } catch (error) {
    if (!(error instanceof WorkbookError)) throw error;
    return { refused: error.problem, message: error.message };
  }
}

async function expectSameReading(file: string, options: OpenOptions = {}) {
  const streamed = await reading(openWorkbookForReading(file, options));
  expect(streamed).toEqual(await reading(openWorkbookFile(file, options)));
  return streamed;
}

describe("every fixture reads the same streamed as through ExcelJS's model", () => {
  let files: string[] = [];
  beforeAll(async () => {
    files = await xlsxFiles(FIXTURES);
  });

  test("fixtures are found, readable and refused ones among them", async () => {
    expect(files.length).toBeGreaterThanOrEqual(30);
    const outcomes = [];
    for (const file of files) outcomes.push(await expectSameReading(file));
    const refused = outcomes.filter((outcome) => "refused" in outcome);
    // The bad/ files are refused both ways, with the same reason and words; the others are read.
    expect(refused.length).toBeGreaterThanOrEqual(4);
    expect(outcomes.length - refused.length).toBeGreaterThanOrEqual(24);
  });

  test("with limits low enough to refuse them, the same refusal", async () => {
    for (const file of files.slice(0, 4)) {
      await expectSameReading(file, { limits: { maxCells: 50 } });
      await expectSameReading(file, { limits: { maxInflatedBytes: 4096 } });
    }
  });
});

const folder = tempFolder("taizhang-stream-");

async function writeBook(name: string, fill: (book: ExcelJS.Workbook) => void, options: { date1904?: boolean } = {}): Promise<string> {
  const book = new ExcelJS.Workbook();
  if (options.date1904) book.properties.date1904 = true;
  fill(book);
  const file = path.join(folder.dir(), name);
  await fs.writeFile(file, Buffer.from(await book.xlsx.writeBuffer()));
  return file;
}

describe("what ExcelJS writes reads the same both ways", () => {
  test("every kind of value, styles that make dates, merges, links, hidden sheets", async () => {
    const file = await writeBook("kinds.xlsx", (book) => {
      const sheet = book.addWorksheet("台账");
      sheet.addRow(["序号", "任务", 12.5, true, false, new Date(Date.UTC(2021, 5, 30)), new Date(Date.UTC(2021, 5, 30, 14, 30, 15))]);
      sheet.getCell("A2").value = { formula: "1+1", result: 2 };
      sheet.getCell("B2").value = { formula: "1-1", result: 0 };
      sheet.getCell("C2").value = { formula: "A1", result: "序号" };
      sheet.getCell("D2").value = { formula: "1/0", result: { error: "#DIV/0!" } };
      sheet.getCell("E2").value = { formula: "TRUE()", result: true };
      sheet.getCell("F2").value = { formula: "FALSE()", result: false };
      sheet.getCell("G2").value = { formula: "TODAY()", result: new Date(Date.UTC(2024, 0, 2)) };
      sheet.getCell("H2").value = { error: "#N/A" };
      sheet.getCell("A3").value = { richText: [{ text: "富" }, { font: { bold: true }, text: "文本" }] };
      sheet.getCell("B3").value = { text: "链接", hyperlink: "https://example.org" };
      sheet.getCell("C3").value = 42;
      sheet.getCell("C3").numFmt = "yyyy-mm-dd";
      sheet.getCell("D3").value = '_x0041_ & <tag> "quoted"';
      sheet.getCell("E3").value = "  spaced  ";
      sheet.getCell("F3").value = 1e-7;
      sheet.getCell("G3").value = -123456789.125;
      sheet.getCell("A5").value = "after an empty row";
      sheet.getCell("Z9").value = "far";
      sheet.mergeCells("A7:C8");
      sheet.getCell("A7").value = "merged";
      sheet.getCell("H8").value = { sharedFormula: "A2", result: 7 } as unknown as ExcelJS.CellValue;
      book.addWorksheet("hidden", { state: "hidden" }).getCell("B2").value = "h";
      book.addWorksheet("very", { state: "veryHidden" }).getCell("C3").value = 3;
      book.addWorksheet("empty");
    });
    const read = await expectSameReading(file);
    expect(read).toMatchObject({ names: ["台账", "hidden", "very", "empty"] });
    // ExcelJS's own readings, which the streamed one keeps: a formula's cached 0 or FALSE reads as empty,
    // a linked cell as its text, a merge as its top-left value only.
    const tasks = "grids" in read && read.grids ? read.grids[0] : { values: [], merges: [] };
    expect(tasks.values.slice(0, 3).map((row) => row.slice(0, 8))).toEqual([
      ["序号", "任务", 12.5, true, false, "2021-06-30", "2021-06-30 14:30:15", null],
      [2, null, "序号", "#DIV/0!", true, null, "2024-01-02", "#N/A"],
      ["富文本", "链接", "1900-02-10", 'A & <tag> "quoted"', "  spaced  ", 1e-7, -123456789.125, null],
    ]);
    expect(tasks.merges).toEqual([{ top: 6, left: 0, bottom: 7, right: 2 }]);
  });

  test("the 1904 date system", async () => {
    const file = await writeBook(
      "1904.xlsx",
      (book) => {
        const sheet = book.addWorksheet("日期");
        sheet.getCell("A1").value = new Date(Date.UTC(2021, 0, 1));
        sheet.getCell("A2").value = 1000;
        sheet.getCell("A2").numFmt = "m/d/yy";
      },
      { date1904: true },
    );
    await expectSameReading(file);
  });

  test("generated sheets: numbers, dates, text, booleans, formulas, blanks, merges and wide rows", async () => {
    // A small deterministic generator (no dependency on the clock or Math.random), many shapes per run.
    let seed = 7;
    const next = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    for (let round = 0; round < 12; round++) {
      const file = await writeBook(`generated-${round}.xlsx`, (book) => {
        for (let s = 0; s <= next(3); s++) {
          const sheet = book.addWorksheet(`表${s + 1}`);
          const rows = 1 + next(40);
          const cols = 1 + next(round % 3 === 0 ? 120 : 12);
          for (let r = 1; r <= rows; r++) {
            if (next(6) === 0) continue;
            for (let c = 1; c <= cols; c++) {
              const cell = sheet.getCell(r, c);
              switch (next(10)) {
                case 0:
                  cell.value = next(1000) - 500 + next(100) / 8;
                  break;
                case 1:
                  cell.value = new Date(Date.UTC(1990 + next(40), next(12), 1 + next(28), next(24), next(60)));
                  break;
                case 2:
                  cell.value = `任务${r}-${c}`;
                  break;
                case 3:
                  cell.value = next(2) === 0;
                  break;
                case 4:
                  cell.value = { formula: `${r}+${c}`, result: next(3) === 0 ? 0 : r + c };
                  break;
                case 5:
                  cell.value = { richText: [{ text: "甲" }, { text: `${next(9)}` }] };
                  break;
                case 6:
                  cell.value = next(5);
                  cell.numFmt = ["0.00", "yyyy年m月d日", "@", "h:mm"][next(4)];
                  break;
                default:
                  break;
              }
            }
          }
          for (let m = 0; m < next(4); m++) {
            const top = 1 + m * 3;
            if (top + 1 <= rows) sheet.mergeCells(top, 1 + m, top + 1, 2 + m);
          }
        }
      });
      await expectSameReading(file);
    }
  });
});
