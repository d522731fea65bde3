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
import { zipOf, type Part } from "../../../test/hostileFiles";

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

  test("the add-in's settings, kept in the file's custom properties", async () => {
    const workbook = await openWorkbookFile(path.join(FIXTURES, "2021_专项行动.xlsx"));
    await workbook.writeSettings({ mark: "0123456789abcdef", "records.owner": "_taizhang" });
    const file = path.join(folder.dir(), "settings.xlsx");
    await workbook.saveAs(file);
    const read = await expectSameReading(file);
    expect(read).toMatchObject({ settings: { mark: "0123456789abcdef", "records.owner": "_taizhang" } });
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

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const DOC_RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PACKAGE_RELS = "http://schemas.openxmlformats.org/package/2006/relationships";

interface Handmade {
  /** Each sheet: its name (as written in workbook.xml), its <sheetData> content, what follows it, its relationships. */
  sheets: { name: string; data: string; after?: string; rels?: string; sheetId?: string }[];
  strings?: string;
  styles?: string;
  workbookPr?: string;
  parts?: Part[];
}

/** A workbook written by hand, as other programs than Excel write them, to hold both readers to the same reading. */
function handmade(book: Handmade): Buffer {
  const sheets = book.sheets.map((sheet, i) => `<sheet name="${sheet.name}" sheetId="${sheet.sheetId ?? i + 1}" r:id="rId${i + 1}"/>`).join("");
  const rels = book.sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${DOC_RELS}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join("");
  const parts: Part[] = [
    {
      name: "_rels/.rels",
      prefix: `<Relationships xmlns="${PACKAGE_RELS}"><Relationship Id="rId1" Type="${DOC_RELS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    },
    { name: "xl/workbook.xml", prefix: `<workbook xmlns="${MAIN}" xmlns:r="${DOC_RELS}">${book.workbookPr ?? ""}<sheets>${sheets}</sheets></workbook>` },
    { name: "xl/_rels/workbook.xml.rels", prefix: `<Relationships xmlns="${PACKAGE_RELS}">${rels}</Relationships>` },
    ...book.sheets.flatMap((sheet, i): Part[] => [
      {
        name: `xl/worksheets/sheet${i + 1}.xml`,
        prefix: `<worksheet xmlns="${MAIN}" xmlns:r="${DOC_RELS}"><sheetData>${sheet.data}</sheetData>${sheet.after ?? ""}</worksheet>`,
      },
      ...(sheet.rels
        ? [{ name: `xl/worksheets/_rels/sheet${i + 1}.xml.rels`, prefix: `<Relationships xmlns="${PACKAGE_RELS}">${sheet.rels}</Relationships>` }]
        : []),
    ]),
    ...(book.strings === undefined ? [] : [{ name: "xl/sharedStrings.xml", prefix: `<sst xmlns="${MAIN}">${book.strings}</sst>` }]),
    ...(book.styles === undefined ? [] : [{ name: "xl/styles.xml", prefix: `<styleSheet xmlns="${MAIN}">${book.styles}</styleSheet>` }]),
    ...(book.parts ?? []),
  ];
  return zipOf(parts);
}

const DATE_STYLES =
  '<numFmts count="2"><numFmt numFmtId="164" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/><numFmt numFmtId="165" formatCode="[Red]0.00;&quot;day&quot;"/></numFmts>' +
  '<cellXfs count="5"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/><xf numFmtId="165"/><xf numFmtId="49"/></cellXfs>';

describe("workbooks written by other programs read the same both ways", () => {
  const cases: [string, Handmade][] = [
    [
      "every cell type, with and without styles",
      {
        sheets: [
          {
            name: "类型",
            data:
              '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c><c r="E1" t="s"><v>4</v></c></row>' +
              '<row r="2"><c r="A2" t="inlineStr"><is><t>行内</t></is></c><c r="B2" t="inlineStr"><is><r><t>富</t></r><r><rPr><b/></rPr><t>行内_x0041_</t></r></is></c><c r="C2" t="str"><v>a &amp;amp; b</v></c><c r="D2" t="b"><v>1</v></c><c r="E2" t="b"><v>0</v></c><c r="F2" t="e"><v>#REF!</v></c><c r="G2" t="d"><v>2021-06-30T00:00:00</v></c><c r="H2"><v>1e400</v></c><c r="I2"><v>abc</v></c></row>' +
              '<row r="3"><c r="A3" s="1"><v>44377</v></c><c r="B3" s="2"><v>44377.5</v></c><c r="C3" s="3"><v>5</v></c><c r="D3" s="4"><v>7</v></c><c r="E3" s="1"/><c r="F3" s="9"><v>3</v></c><c r="G3" s="1" t="s"><v>0</v></c></row>' +
              '<row r="4"><c r="A4"><f>1+1</f><v>2</v></c><c r="B4"><f>0*1</f><v>0</v></c><c r="C4" t="str"><f>"x"</f><v>&amp;lt;x&amp;gt;</v></c><c r="D4" t="b"><f>FALSE()</f><v>0</v></c><c r="E4" t="e"><f>NA()</f><v>#N/A</v></c><c r="F4" s="1"><f>TODAY()</f><v>44000</v></c><c r="G4"><f>1+1</f></c><c r="H4" s="1"><f>0</f><v>0</v></c><c r="I4" s="1" t="str"><f>"t"</f><v>text</v></c></row>' +
              '<row r="5"><c r="A5"><f t="shared" ref="A5:A7" si="0">B5+1</f><v>3</v></c><c r="B5"><f t="shared" si="1"/><v>4</v></c></row>' +
              '<row r="6"><c r="A6"><f t="shared" si="0"/><v>5</v></c><c r="B6"><f t="array" ref="B6"/><v>6</v></c></row>' +
              '<row r="7"><c r="A7"><f t="shared" si="0"/><v>0</v></c></row>',
          },
        ],
        strings:
          '<si><t>文本</t></si><si><r><t>富</t></r><r><rPr><b/><sz val="11"/></rPr><t xml:space="preserve"> 文本 </t></r></si><si><t></t></si><si/>' +
          '<si><t>注音</t><rPh sb="0" eb="1"><t>zhuyin</t></rPh><phoneticPr fontId="1"/></si>',
        styles: DATE_STYLES,
      },
    ],
    [
      "cells and rows without addresses, repeated rows and columns, bare cells",
      {
        sheets: [
          {
            name: "地址",
            data:
              '<row r="1"><c r="B1"><v>1</v></c><c><v>2</v></c><c/><c><v>3</v></c></row>' +
              '<row r="3" s="1"><c r="A3"><v>4</v></c><c r="A3"><v>5</v></c></row>' +
              '<row r="3"><c r="C3"><v>6</v></c></row>' +
              '<row r="2" spans="1:3"><c r="$C$2"><v>7</v></c><c r="D2x"><v>8</v></c></row>' +
              '<row r="0"><c r="A1"><v>9</v></c></row>',
          },
        ],
        styles: DATE_STYLES,
      },
    ],
    [
      "merges, links, comments and a second sheet in another order",
      {
        sheets: [
          {
            name: "合并",
            sheetId: "3",
            data:
              '<row r="1"><c r="A1"><v>1</v></c><c r="B1"><v>2</v></c><c r="C1" t="inlineStr"><is><t>链接</t></is></c><c r="D1"><v>9</v></c><c r="E1"><f>1</f><v>1</v></c><c r="F1"/></row>' +
              '<row r="2"><c r="A2"><v>3</v></c><c r="B2"><v>4</v></c></row>',
            after:
              '<mergeCells count="2"><mergeCell ref="A1:B2"/><mergeCell ref="H10"/></mergeCells>' +
              '<hyperlinks><hyperlink ref="C1" r:id="rId1"/><hyperlink ref="D1" r:id="rId1"/><hyperlink ref="E1" r:id="rId1"/><hyperlink ref="F1" r:id="rId1"/><hyperlink ref="A2" location="Sheet2!A1"/></hyperlinks>',
            rels: `<Relationship Id="rId1" Type="${DOC_RELS}/hyperlink" Target="https://example.org" TargetMode="External"/><Relationship Id="rId2" Type="${DOC_RELS}/comments" Target="../comments1.xml"/>`,
          },
          { name: "第二 &amp;amp; 表", sheetId: "2", data: '<row r="2"><c r="B2"><v>1</v></c></row>' },
        ],
        parts: [{ name: "xl/comments1.xml", prefix: `<comments xmlns="${MAIN}"><authors><author>a</author></authors><commentList/></comments>` }],
      },
    ],
    [
      "the 1904 date system",
      { sheets: [{ name: "日期", data: '<row r="1"><c r="A1" s="1"><v>0</v></c></row>' }], styles: DATE_STYLES, workbookPr: '<workbookPr date1904="1"/>' },
    ],
    [
      "a date system written as true, not 1",
      { sheets: [{ name: "日期", data: '<row r="1"><c r="A1" s="1"><v>0</v></c></row>' }], styles: DATE_STYLES, workbookPr: '<workbookPr date1904="true"/>' },
    ],
    ["a row without its number (damaged)", { sheets: [{ name: "表", data: '<row><c r="A1"><v>1</v></c></row>' }] }],
    [
      "a shared string past the table (damaged)",
      { sheets: [{ name: "表", data: '<row r="1"><c r="A1" t="s"><v>5</v></c></row>' }], strings: "<si><t>a</t></si>" },
    ],
    ["a shared string without a table", { sheets: [{ name: "表", data: '<row r="1"><c r="A1" t="s"><v>5</v></c></row>' }] }],
    [
      "overlapping merges (damaged)",
      {
        sheets: [
          { name: "表", data: '<row r="1"><c r="A1"><v>1</v></c></row>', after: '<mergeCells><mergeCell ref="A1:B2"/><mergeCell ref="B2:C3"/></mergeCells>' },
        ],
      },
    ],
    [
      "a link whose relationship is missing (damaged)",
      { sheets: [{ name: "表", data: '<row r="1"><c r="A1"><v>1</v></c></row>', after: '<hyperlinks><hyperlink ref="A1" r:id="rId9"/></hyperlinks>' }] },
    ],
    [
      "comments whose part is missing (damaged)",
      {
        sheets: [
          {
            name: "表",
            data: '<row r="1"><c r="A1"><v>1</v></c></row>',
            rels: `<Relationship Id="rId1" Type="${DOC_RELS}/comments" Target="../comments1.xml"/>`,
          },
        ],
      },
    ],
    ["a style the file's styles do not list", { sheets: [{ name: "表", data: '<row r="1"><c r="A1" s="1"><v>1</v></c></row>' }], styles: "<fonts/>" }],
    ["a cell address past column XFD (damaged)", { sheets: [{ name: "表", data: '<row r="1"><c r="XFE1"><v>1</v></c></row>' }] }],
    ["a sheet named History (refused by ExcelJS)", { sheets: [{ name: "History", data: '<row r="1"><c r="A1"><v>1</v></c></row>' }] }],
    [
      "two sheets whose names differ in case only",
      {
        sheets: [
          { name: "表a", data: '<row r="1"><c r="A1"><v>1</v></c></row>' },
          { name: "表A", data: "" },
        ],
      },
    ],
    [
      "a sheet name over 31 characters",
      { sheets: [{ name: "一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二", data: '<row r="1"><c r="A1"><v>1</v></c></row>' }] },
    ],
    [
      "an element the shared strings may not hold (damaged)",
      { sheets: [{ name: "表", data: '<row r="1"><c r="A1" t="s"><v>0</v></c></row>' }], strings: "<si><t>a</t></si><extLst/>" },
    ],
    ["XML that is not well formed (damaged)", { sheets: [{ name: "表", data: '<row r="1"><c r="A1"><v>1</v></c></row><row r="2"><c r="A2"><v>1</v></row>' }] }],
    ["only empty sheets", { sheets: [{ name: "空", data: '<row r="1"><c r="A1" s="1"/></row>' }], styles: DATE_STYLES }],
    [
      "a sheet the workbook does not list",
      {
        sheets: [{ name: "表", data: '<row r="1"><c r="A1"><v>1</v></c></row>' }],
        parts: [
          { name: "xl/worksheets/sheet9.xml", prefix: `<worksheet xmlns="${MAIN}"><sheetData><row r="1"><c r="A1"><v>2</v></c></row></sheetData></worksheet>` },
        ],
      },
    ],
    [
      "sheets with ids 0 and 2, listed in reverse",
      {
        sheets: [
          { name: "二", sheetId: "2", data: '<row r="1"><c r="A1"><v>2</v></c></row>' },
          { name: "零", sheetId: "0", data: '<row r="1"><c r="A1"><v>0</v></c></row>' },
        ],
      },
    ],
  ];
  test.each(cases)("%s", async (name, book) => {
    const file = await folder.write(`${name}.xlsx`, handmade(book));
    // ExcelJS warns on the console of a name over 31 characters before failing on it.
    const warn = jest.spyOn(console, "warn").mockImplementation(() => undefined);
    try {
      await expectSameReading(file);
    } finally {
      warn.mockRestore();
    }
  });
});
