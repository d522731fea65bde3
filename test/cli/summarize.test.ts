import { execFileSync } from "node:child_process";
import * as crypto from "node:crypto";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { CATEGORY_COLOURS } from "../../src/engine/summary/chartStyle";
import { fixture, runCli, runJson } from "./runCli";

const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), "taizhang-summarize-"));
const sha = (file: string) => crypto.createHash("sha256").update(fs.readFileSync(file)).digest("hex");

async function read(file: string): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(file);
  return book;
}

const rowValues = (sheet: ExcelJS.Worksheet, row: number) => (sheet.getRow(row).values as unknown[]).slice(1);
/** A cell's text, a link's included. */
const linkText = (value: unknown) => (value !== null && typeof value === "object" && "text" in value ? value.text : value);

// pngjs ships no types; the one call used here, typed.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { PNG } = require("pngjs") as { PNG: { sync: { read(png: Buffer): { data: Buffer } } } };

/** How many pixels of a PDF page, rendered at 30 dpi, have a colour (RRGGBB), give or take the edges' blending. */
function pixelsOf(pdf: string, page: number, colour: string): number {
  const prefix = path.join(path.dirname(pdf), `page-${page}`);
  execFileSync("/usr/bin/pdftoppm", ["-png", "-r", "30", "-singlefile", "-f", String(page), "-l", String(page), pdf, prefix]);
  const { data } = PNG.sync.read(fs.readFileSync(`${prefix}.png`));
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(colour.slice(i, i + 2), 16));
  let count = 0;
  for (let i = 0; i < data.length; i += 4) if (Math.abs(data[i] - r) + Math.abs(data[i + 1] - g) + Math.abs(data[i + 2] - b) < 24) count++;
  return count;
}

describe("taizhang summarize", () => {
  it("writes 部门汇总, 滞后任务 and 校验报告 as real tables, print-ready, into a copy", async () => {
    const dir = tmp();
    const input = path.join(dir, "h1.xlsx");
    fs.copyFileSync(fixture("2021_上半年执行情况.xlsx"), input);
    const before = sha(input);
    const out = path.join(dir, "out.xlsx");
    const { code } = await runCli(["summarize", input, "--out", out]);
    expect(code).toBe(0);
    expect(sha(input)).toBe(before);
    const book = await read(out);
    expect(book.worksheets.map((s) => [s.name, s.state])).toEqual([
      ["2021上半年执行情况", "visible"],
      ["部门汇总", "visible"],
      ["滞后任务", "visible"],
      ["校验报告", "visible"],
      ["_taizhang", "veryHidden"],
    ]);
    const units = book.getWorksheet("部门汇总") as ExcelJS.Worksheet;
    expect(rowValues(units, 3).slice(0, 4)).toEqual(["排名", "单位", "类别", "任务数"]);
    expect(units.getTable("taizhang_units")).toBeDefined();
    expect(units.pageSetup).toMatchObject({ orientation: "landscape", paperSize: 9, printTitlesRow: "3:3", fitToWidth: 1 });
    expect(units.views[0]).toMatchObject({ state: "frozen", ySplit: 3 });
    const science = Array.from({ length: units.rowCount }, (_, i) => rowValues(units, i + 1)).find((r) => r[1] === "市科技局");
    expect(science?.slice(3, 6)).toEqual([12, 9, 3]);
    const lagging = book.getWorksheet("滞后任务") as ExcelJS.Worksheet;
    const first = rowValues(lagging, 4);
    expect(first[0]).toBe("红");
    expect(lagging.getCell(4, 7).value).toMatchObject({ hyperlink: expect.stringMatching(/^#'2021上半年执行情况'!A\d+$/u) });
  });

  it("draws 部门汇总's chart into the file: a stacked bar per unit, the first 20, each category a series over the tab's cells", async () => {
    const dir = tmp();
    const out = path.join(dir, "out.xlsx");
    expect((await runCli(["summarize", fixture("2021_上半年执行情况.xlsx"), "--out", out])).code).toBe(0);
    const zip = await JSZip.loadAsync(fs.readFileSync(out));
    const part = async (name: string) => (await zip.file(name)?.async("string")) ?? "";
    // 部门汇总's worksheet part, through the workbook's relationships, and its drawing through the sheet's.
    const sheetId = /<sheet [^>]*name="部门汇总"[^>]*r:id="(rId\d+)"/u.exec(await part("xl/workbook.xml"))?.[1];
    const sheet = new RegExp(`Id="${sheetId}"[^>]*Target="worksheets/(sheet\\d+\\.xml)"`, "u").exec(await part("xl/_rels/workbook.xml.rels"))?.[1];
    const drawingId = /<drawing [^>]*r:id="(rId\d+)"/u.exec(await part(`xl/worksheets/${sheet}`))?.[1];
    expect(drawingId).toBeDefined();
    const drawing = new RegExp(`Id="${drawingId}" Type="[^"]+/drawing" Target="\\.\\./drawings/(drawing\\d+\\.xml)"`, "u").exec(
      await part(`xl/worksheets/_rels/${sheet}.rels`),
    )?.[1];
    const chart = /Target="\.\.\/charts\/(chart\d+\.xml)"/u.exec(await part(`xl/drawings/_rels/${drawing}.rels`))?.[1];
    const xml = await part(`xl/charts/${chart}`);
    expect(xml).toContain('<c:barDir val="bar"/><c:grouping val="stacked"/>');
    expect(await part("[Content_Types].xml")).toContain(
      `<Override PartName="/xl/charts/${chart}" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>`,
    );
    // Six series, 进度较快 … 未知 (columns G to L), named by their headers; the units' names in B, the first 20 rows.
    const series = [...xml.matchAll(/<c:ser>.*?<\/c:ser>/gu)].map(([ser]) =>
      [...ser.matchAll(/<c:f>([^<]*)<\/c:f>/gu)].map((f) => f[1].replace(/&apos;/gu, "'")),
    );
    expect(series).toEqual(["G", "H", "I", "J", "K", "L"].map((col) => [`'部门汇总'!$${col}$3`, "'部门汇总'!$B$4:$B$23", `'部门汇总'!$${col}$4:$${col}$23`]));
    expect(xml).toContain("<c:v>进度较快</c:v>");
    expect(xml).toContain("<c:v>未知</c:v>");
    // The cached names are the tab's cells.
    const units = (await read(out)).getWorksheet("部门汇总") as ExcelJS.Worksheet;
    expect(xml).toContain(`<c:pt idx="0"><c:v>${units.getCell("B4").value}</c:v></c:pt>`);
    expect(xml).toContain(`<c:pt idx="19"><c:v>${units.getCell("B23").value}</c:v></c:pt>`);
  });

  it("never touches a user's sheet of the same name, and replaces only its own tabs when run again", async () => {
    const dir = tmp();
    const input = path.join(dir, "book.xlsx");
    const book = await read(fixture("2021_上半年执行情况.xlsx"));
    book.addWorksheet("部门汇总").addRow(["我自己的汇总", 42]);
    await book.xlsx.writeFile(input);
    const once = path.join(dir, "once.xlsx");
    await runCli(["summarize", input, "--out", once]);
    const twice = path.join(dir, "twice.xlsx");
    await runCli(["summarize", once, "--out", twice]);
    const result = await read(twice);
    expect(result.worksheets.map((s) => s.name)).toEqual(["2021上半年执行情况", "部门汇总", "部门汇总(2)", "滞后任务", "校验报告", "_taizhang"]);
    expect(rowValues(result.getWorksheet("部门汇总") as ExcelJS.Worksheet, 1)).toEqual(["我自己的汇总", 42]);
    expect(String((result.getWorksheet("部门汇总(2)") as ExcelJS.Worksheet).getCell("A1").value)).toContain("台账助手生成");
  });

  it("writes text from cells as text, never as a formula", async () => {
    const dir = tmp();
    const input = path.join(dir, "evil.csv");
    fs.writeFileSync(
      input,
      '序号,主要工作任务,进展情况,牵头部门,进展状态\n1,"=HYPERLINK(""http://x"",""y"")",推进中,市财政局,进度滞后\n2,"+1+2",推进中,"@SUM(A1)",按时推进\n',
    );
    const out = path.join(dir, "out.xlsx");
    expect((await runCli(["summarize", input, "--out", out])).code).toBe(0);
    const book = await read(out);
    const lagging = book.getWorksheet("滞后任务") as ExcelJS.Worksheet;
    expect(lagging.getCell(4, 3).value).toBe('=HYPERLINK("http://x","y")');
    book.eachSheet((sheet) =>
      sheet.eachRow((row) =>
        row.eachCell((cell) => {
          expect(cell.type).not.toBe(ExcelJS.ValueType.Formula);
        }),
      ),
    );
  });

  it("adds 上年对比 with --prior: each task beside last year's, with the change of its targets", async () => {
    const dir = tmp();
    const out = path.join(dir, "out.xlsx");
    expect((await runCli(["summarize", fixture("2024_责任分解.xlsx"), "--prior", fixture("2021_责任分解.xlsx"), "--out", out])).code).toBe(0);
    const prior = (await read(out)).getWorksheet("上年对比") as ExcelJS.Worksheet;
    const rows = Array.from({ length: prior.rowCount - 3 }, (_, i) => rowValues(prior, i + 4));
    // The sheet comes first (rows of several sheets share their 序号), linked to the task, then the columns as before.
    const retail = rows.find((r) => String(r[2]).startsWith("社会消费品零售总额"));
    expect(retail?.[0]).toEqual({ text: "2024责任分解", hyperlink: "#'2024责任分解'!A7" });
    expect(retail?.[4]).toBe("2021_责任分解.xlsx 2021责任分解 序号 37");
    expect(retail?.[5]).toBe("确定");
    expect(retail?.[6]).toBe("社会消费品零售总额：7% → 5.5%（−1.5个百分点）");
    expect(rows.some((r) => String(r[2]).startsWith("地区生产总值"))).toBe(false);
    // 2021's 2000亿元 counts all new loans: set beside 2024's manufacturing loans it is named, never a change.
    const loans = rows.find((r) => String(r[2]).includes("新增制造业中长期贷款"));
    expect(String(loans?.[6])).toContain("不可比：新增制造业中长期贷款320亿元／上年 新增贷款2000亿元以上（口径不同：今年多“制造业中长期”）");
    expect(String(loans?.[6])).not.toMatch(/2000亿元 →/u);
    // The certain matches in the table; the less sure ones apart, below it under their own heading.
    const heading = rows.findIndex((r) => r[0] === "以下匹配较可能：引用前请看一眼");
    expect(heading).toBeGreaterThan(0);
    expect(
      rows
        .slice(0, heading)
        .filter((r) => r[5] !== undefined && r[5] !== null && r[5] !== "")
        .every((r) => r[5] === "确定"),
    ).toBe(true);
    expect(rows[heading + 1].slice(0, 6)).toEqual(["工作表", "序号", "今年任务", "上年任务", "上年来源", "把握"]);
    const below = rows.slice(heading + 2).filter((r) => typeof r[5] === "string" && r[5] !== "把握");
    expect(below.length).toBeGreaterThan(0);
    expect(below.every((r) => r[5] === "较可能" || r[5] === "仅供参考")).toBe(true);
    // Every task row, in the table and below it, names its sheet.
    expect(below.every((r) => linkText(r[0]) === "2024责任分解")).toBe(true);
  });

  it("prints the summary model with --json, counts reconciling", async () => {
    const report = await runJson<{ aggregation: { total: { tasks: number }; units: { unit: string; tasks: number }[] }; tabs: { name: string }[] }>([
      "summarize",
      fixture("2021_上半年执行情况.xlsx"),
      "--lead-only",
    ]);
    expect(report.aggregation.total.tasks).toBe(96);
    expect(report.aggregation.units.reduce((n, u) => n + u.tasks, 0)).toBe(96);
    expect(report.tabs.map((t) => t.name)).toEqual(["部门汇总", "滞后任务", "校验报告"]);
  });

  const soffice = ["/usr/bin/soffice", "/usr/bin/libreoffice"].find((p) => fs.existsSync(p));
  (soffice ? it : it.skip)(
    "opens in LibreOffice without repair (converted to PDF)",
    async () => {
      const dir = tmp();
      const out = path.join(dir, "sample-summary.xlsx");
      await runCli(["summarize", fixture("sample.xlsx"), "--out", out]);
      execFileSync(soffice as string, ["--headless", "--convert-to", "pdf", "--outdir", dir, out], { timeout: 120_000, env: { ...process.env, HOME: dir } });
      expect(fs.statSync(path.join(dir, "sample-summary.pdf")).size).toBeGreaterThan(10_000);
    },
    150_000,
  );

  const pdftotext = ["/usr/bin/pdftotext"].find((p) => fs.existsSync(p));
  (soffice && pdftotext ? it : it.skip)(
    "prints whole: every line of a reason with its figures, and page numbers on every page of the tabs",
    async () => {
      const dir = tmp();
      const out = path.join(dir, "h1-summary.xlsx");
      await runCli(["summarize", fixture("2021_上半年执行情况.xlsx"), "--as-of", "2021-06-30", "--out", out]);
      execFileSync(soffice as string, ["--headless", "--convert-to", "pdf", "--outdir", dir, out], { timeout: 120_000, env: { ...process.env, HOME: dir } });
      const pdf = path.join(dir, "h1-summary.pdf");
      const pages = Number(/Pages:\s+(\d+)/u.exec(execFileSync("/usr/bin/pdfinfo", [pdf], { encoding: "utf8" }))?.[1]);
      const pageText = (page: number) => execFileSync(pdftotext as string, ["-f", String(page), "-l", String(page), pdf, "-"], { encoding: "utf8" });
      const texts = Array.from({ length: pages }, (_, i) => pageText(i + 1));
      // The 滞后任务 tab: task 77's reason is three lines; the figures are on the second, cut before rows grew.
      const lagging = texts.findIndex((text) => text.startsWith("滞后任务"));
      expect(lagging).toBeGreaterThanOrEqual(0);
      expect(texts[lagging].replace(/\s+/gu, "")).toContain("“清洁生产企业24家”（24/100家，完成24%），低于序时进度50%");
      // From the first tab on, every page says which it is.
      const first = texts.findIndex((text) => text.startsWith("部门汇总"));
      // 部门汇总's chart on a page of its own after the tab's table: its title, legend and first unit. (LibreOffice
      // also puts the chart's text, clipped out of sight, on the table's last page: the page with no table is the chart's.)
      const chart = texts.findIndex((text) => text.includes("各单位任务进展") && !text.includes("合计（每项任务计一次）"));
      expect(chart).toBeGreaterThan(first);
      expect(chart).toBeLessThan(lagging);
      expect(texts[chart]).toContain("按时推进");
      expect(texts[chart]).toContain("市经信局");
      // Drawn, not only named: the page shows the bars' 按时推进 green, which no page of the table does.
      expect(pixelsOf(pdf, chart + 1, CATEGORY_COLOURS.on_track)).toBeGreaterThan(500);
      expect(pixelsOf(pdf, chart, CATEGORY_COLOURS.on_track)).toBe(0);
      for (let page = first; page < pages; page++) expect(texts[page]).toContain(`第 ${page + 1} 页 共 ${pages} 页`);
    },
    150_000,
  );
});
