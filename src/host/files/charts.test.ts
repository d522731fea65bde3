import { execFileSync } from "node:child_process";
import { existsSync, promises as fs } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import * as ExcelJS from "exceljs";
import JSZip from "jszip";
import type { CellValue } from "../../engine/grid";
import type { SheetOutput } from "../port";
import { CATEGORY_COLOURS, CHART_MAX_BARS } from "../../engine/summary/chartStyle";
import { chartXml, columnRef, drawingXml, majorUnit, planChart } from "./chartXml";
import { withDrawing } from "./charts";
import { openWorkbookFile } from "./index";

const FIXTURES = path.join(__dirname, "..", "..", "..", "test", "fixtures");
const XMLLINT = ["/usr/bin/xmllint", "/usr/local/bin/xmllint"].find((p) => existsSync(p));

let dir: string;
beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "taizhang-charts-"));
});
afterEach(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

/** A 部门汇总-like tab: title, blank, header on row 3, one row per unit, a total below; the chart over the units. */
function unitsTab(name: string, units: number): SheetOutput {
  const header = ["排名", "单位", "进度较快", "按时推进", "滞后"];
  const rows: CellValue[][] = Array.from({ length: units }, (_, i) => [i + 1, `单位${i + 1}`, i % 2, 3, i % 3]);
  return {
    name,
    values: [["部门汇总 · 台账助手生成"], [], header, ...rows, ["", "合计", 1, 2, 3]],
    columnWidths: [6, 20, 10, 10, 8],
    table: { name: "taizhang_units", headerRow: 2, lastRow: 2 + units },
    // As the engine makes it: its first CHART_MAX_BARS rows, each series in its category's colour.
    chart: {
      title: "各单位任务进展",
      firstRow: 3,
      lastRow: 2 + Math.min(units, CHART_MAX_BARS),
      categoryCol: 1,
      seriesCols: [2, 3, 4],
      colours: [CATEGORY_COLOURS.ahead, CATEGORY_COLOURS.on_track, CATEGORY_COLOURS.behind],
    },
  };
}

/** Writes the tabs into a copy of a fixture and returns the saved package. */
async function saved(tabs: SheetOutput[]): Promise<{ file: string; zip: JSZip }> {
  const workbook = await openWorkbookFile(path.join(FIXTURES, "2021_专项行动.xlsx"));
  await workbook.writeSheets(tabs);
  const file = path.join(dir, "out.xlsx");
  await workbook.saveAs(file);
  return { file, zip: await JSZip.loadAsync(await fs.readFile(file)) };
}

const text = async (zip: JSZip, part: string) => (await zip.file(part)?.async("string")) ?? null;
/** Every <c:f> formula of a chart part. */
const formulas = (xml: string) => [...xml.matchAll(/<c:f>([^<]*)<\/c:f>/gu)].map((m) => unescape(m[1]));
const unescape = (xml: string) =>
  xml
    .replace(/&lt;/gu, "<")
    .replace(/&gt;/gu, ">")
    .replace(/&quot;/gu, '"')
    .replace(/&apos;/gu, "'")
    .replace(/&amp;/gu, "&");

/** The worksheet part of a sheet, through workbook.xml and its relationships. */
async function sheetPart(zip: JSZip, name: string): Promise<string> {
  const workbook = (await text(zip, "xl/workbook.xml")) as string;
  const id = new RegExp(`<sheet [^>]*name="${name}"[^>]*r:id="(rId\\d+)"`, "u").exec(workbook)?.[1];
  const rels = (await text(zip, "xl/_rels/workbook.xml.rels")) as string;
  return `xl/${new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`, "u").exec(rels)?.[1]}`;
}

describe("planChart", () => {
  it("charts the spec's rows with absolute ranges on the quoted sheet, in the spec's colours", () => {
    const tab = unitsTab("部门汇总", 30);
    const plan = planChart({ sheet: tab.name, spec: tab.chart!, values: tab.values, headerRow: 2, columnWidths: tab.columnWidths! });
    expect(CHART_MAX_BARS).toBe(20);
    expect(plan?.categories.ref).toBe("'部门汇总'!$B$4:$B$23");
    expect(plan?.categories.names).toEqual(Array.from({ length: 20 }, (_, i) => `单位${i + 1}`));
    expect(plan?.series.map((s) => [s.name, s.nameRef, s.ref])).toEqual([
      ["进度较快", "'部门汇总'!$C$3", "'部门汇总'!$C$4:$C$23"],
      ["按时推进", "'部门汇总'!$D$3", "'部门汇总'!$D$4:$D$23"],
      ["滞后", "'部门汇总'!$E$3", "'部门汇总'!$E$4:$E$23"],
    ]);
    expect(plan?.series[2].values.slice(0, 4)).toEqual([0, 1, 2, 0]);
    expect(plan?.series.map((s) => s.colour)).toEqual([CATEGORY_COLOURS.ahead, CATEGORY_COLOURS.on_track, CATEGORY_COLOURS.behind]);
    // Below the total and one blank row; as wide as the table's five columns.
    expect(plan?.anchor).toMatchObject({ row: 35, col: 0 });
    expect(plan?.anchor.width).toBe([6, 20, 10, 10, 8].reduce((sum, w) => sum + Math.round(w * 7 + 5), 0) * 9525);
  });

  it("has nothing to draw without a unit row or a series", () => {
    const tab = unitsTab("部门汇总", 0);
    expect(planChart({ sheet: tab.name, spec: tab.chart!, values: tab.values, headerRow: 2, columnWidths: [] })).toBeNull();
    const some = unitsTab("部门汇总", 3);
    expect(planChart({ sheet: some.name, spec: { ...some.chart!, seriesCols: [] }, values: some.values, headerRow: 2, columnWidths: [] })).toBeNull();
  });

  it("quotes any sheet name, doubling its apostrophes", () => {
    expect(columnRef("O'Neil & 汇总", 1, 3, 22)).toBe("'O''Neil & 汇总'!$B$4:$B$23");
    expect(columnRef("Sheet1", 27, 2, 2)).toBe("'Sheet1'!$AB$3");
  });

  it.each([
    [0, 1],
    [3, 1],
    [14, 2],
    [40, 5],
    [130, 20],
  ])("steps the value axis of a stack of %d tasks by %d", (max, step) => {
    expect(majorUnit(max)).toBe(step);
  });
});

describe("the chart part", () => {
  const tab = unitsTab("R&D <汇总>", 4);
  const plan = planChart({ sheet: tab.name, spec: tab.chart!, values: tab.values, headerRow: 2, columnWidths: [] })!;

  it("is a stacked horizontal bar chart, one series per column, names and values cached beside their cells", () => {
    const xml = chartXml(plan);
    expect(xml).toContain('<c:barDir val="bar"/><c:grouping val="stacked"/>');
    expect(xml).toContain('<c:overlap val="100"/>');
    expect(xml.match(/<c:ser>/gu)).toHaveLength(3);
    expect(formulas(xml).slice(0, 3)).toEqual(["'R&D <汇总>'!$C$3", "'R&D <汇总>'!$B$4:$B$7", "'R&D <汇总>'!$C$4:$C$7"]);
    expect(xml).toContain('<c:strCache><c:ptCount val="1"/><c:pt idx="0"><c:v>进度较快</c:v></c:pt></c:strCache>');
    expect(xml).toContain('<c:pt idx="3"><c:v>单位4</c:v></c:pt>');
    expect(xml).toContain(`<a:srgbClr val="${CATEGORY_COLOURS.behind}"/>`);
    // The first unit at the top: categories reversed, the value axis crossing at their far end.
    expect(xml).toContain('<c:orientation val="maxMin"/>');
    expect(xml).toContain('<c:crosses val="max"/>');
  });

  (XMLLINT ? it : it.skip)("and its drawing are well-formed XML", async () => {
    const files = [path.join(dir, "chart1.xml"), path.join(dir, "drawing1.xml")];
    await fs.writeFile(files[0], chartXml(plan));
    await fs.writeFile(files[1], drawingXml(plan, "rId1"));
    expect(() => execFileSync(XMLLINT as string, ["--noout", ...files], { stdio: "pipe" })).not.toThrow();
  });
});

describe("withDrawing", () => {
  const REL = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

  it("puts the page break and the drawing where CT_Worksheet's sequence has them, past an <extLst> of a rule", () => {
    const sheet =
      '<worksheet><sheetData><row r="1"/></sheetData><conditionalFormatting sqref="A1"><cfRule type="dataBar"><extLst><ext/></extLst></cfRule></conditionalFormatting>' +
      "<pageMargins/><headerFooter/><ignoredErrors/><tableParts/><extLst><ext/></extLst></worksheet>";
    expect(withDrawing(sheet, "rId9", 30)).toBe(
      '<worksheet><sheetData><row r="1"/></sheetData><conditionalFormatting sqref="A1"><cfRule type="dataBar"><extLst><ext/></extLst></cfRule></conditionalFormatting>' +
        `<pageMargins/><headerFooter/><rowBreaks count="1" manualBreakCount="1"><brk id="30" max="16383" man="1"/></rowBreaks><ignoredErrors/><drawing ${REL} r:id="rId9"/><tableParts/><extLst><ext/></extLst></worksheet>`,
    );
  });

  it("ends the worksheet with them when nothing follows, and leaves a sheet's own page breaks alone", () => {
    expect(withDrawing("<worksheet><sheetData/></worksheet>", "rId1", 5)).toBe(
      `<worksheet><sheetData/><rowBreaks count="1" manualBreakCount="1"><brk id="5" max="16383" man="1"/></rowBreaks><drawing ${REL} r:id="rId1"/></worksheet>`,
    );
    const own = '<worksheet><sheetData/><rowBreaks count="1"><brk id="2"/></rowBreaks></worksheet>';
    expect(withDrawing(own, "rId1", 5)).toBe(`<worksheet><sheetData/><rowBreaks count="1"><brk id="2"/></rowBreaks><drawing ${REL} r:id="rId1"/></worksheet>`);
  });
});

describe("saveAs with a chart", () => {
  it("adds the chart part, the drawing, their relationships and content types to the sheet that asked", async () => {
    const { zip } = await saved([unitsTab("部门汇总", 25), { name: "滞后任务", values: [["无"]] }]);
    const sheet = await sheetPart(zip, "部门汇总");
    const sheetXml = (await text(zip, sheet)) as string;
    // <drawing> in its place in CT_Worksheet's sequence: after the page setup and the row break, before the table parts.
    expect(sheetXml).toMatch(
      /<rowBreaks count="1" manualBreakCount="1"><brk id="30" max="16383" man="1"\/><\/rowBreaks><drawing [^>]*r:id="(rId\d+)"\/><tableParts/u,
    );
    const drawingId = /<drawing [^>]*r:id="(rId\d+)"/u.exec(sheetXml)?.[1];
    const sheetRels = (await text(zip, sheet.replace("worksheets/", "worksheets/_rels/") + ".rels")) as string;
    expect(sheetRels).toContain(
      `<Relationship Id="${drawingId}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing" Target="../drawings/drawing1.xml"/>`,
    );
    // The table's relationship is kept beside it.
    expect(sheetRels).toContain("relationships/table");
    expect(await text(zip, "xl/drawings/_rels/drawing1.xml.rels")).toContain(
      'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart" Target="../charts/chart1.xml"',
    );
    expect(await text(zip, "xl/drawings/drawing1.xml")).toContain('<c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"');
    const chart = (await text(zip, "xl/charts/chart1.xml")) as string;
    expect(formulas(chart)).toContain("'部门汇总'!$B$4:$B$23");
    const types = (await text(zip, "[Content_Types].xml")) as string;
    expect(types).toContain('<Override PartName="/xl/drawings/drawing1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/>');
    expect(types).toContain('<Override PartName="/xl/charts/chart1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>');
    // Parts only: no folder entries of its own (ExcelJS writes some for its folders).
    expect(Object.keys(zip.files).filter((name) => zip.files[name].dir && /charts|drawings/u.test(name))).toEqual([]);
    // The other tab has none.
    expect(await text(zip, (await sheetPart(zip, "滞后任务")).replace("worksheets/", "worksheets/_rels/") + ".rels")).toBeNull();
  });

  it("reads back whole: every sheet and value, in ExcelJS and in the file adapter", async () => {
    const workbook = await openWorkbookFile(path.join(FIXTURES, "2021_专项行动.xlsx"));
    await workbook.writeSheets([unitsTab("部门汇总", 25)]);
    const file = path.join(dir, "out.xlsx");
    await workbook.saveAs(file);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(file);
    expect(book.worksheets.map((s) => s.name)).toEqual(["2021专项行动", "部门汇总"]);
    const reopened = await openWorkbookFile(file);
    for (const name of await workbook.sheetNames()) expect(await reopened.readSheet(name)).toEqual(await workbook.readSheet(name));
    // And saves again: the tab replaced, its chart drawn once more from the new cells.
    await reopened.writeSheets([unitsTab("部门汇总", 2)]);
    const again = path.join(dir, "again.xlsx");
    await reopened.saveAs(again);
    const zip = await JSZip.loadAsync(await fs.readFile(again));
    expect(Object.keys(zip.files).filter((name) => name.startsWith("xl/charts/"))).toEqual(["xl/charts/chart1.xml"]);
    expect(formulas((await text(zip, "xl/charts/chart1.xml")) as string)).toContain("'部门汇总'!$B$4:$B$5");
  });

  it("draws nothing for a layout without a chart, and forgets the chart of a tab replaced by one without", async () => {
    const workbook = await openWorkbookFile(path.join(FIXTURES, "2021_专项行动.xlsx"));
    await workbook.writeSheets([unitsTab("部门汇总", 3)]);
    await workbook.writeSheets([{ name: "部门汇总", values: [["重写"]] }]);
    const file = path.join(dir, "plain.xlsx");
    await workbook.saveAs(file);
    const zip = await JSZip.loadAsync(await fs.readFile(file));
    expect(Object.keys(zip.files).filter((name) => /chart|drawing/u.test(name))).toEqual([]);
  });

  (XMLLINT ? it : it.skip)("writes every part well-formed, under a sheet name XML and formulas must escape", async () => {
    const { zip } = await saved([unitsTab("R&D's <汇总>", 4)]);
    const parts = Object.keys(zip.files).filter((name) => /\.(xml|rels)$/u.test(name));
    const files = await Promise.all(
      parts.map(async (name, i) => {
        const file = path.join(dir, `${i}.xml`);
        await fs.writeFile(file, await zip.files[name].async("nodebuffer"));
        return file;
      }),
    );
    expect(() => execFileSync(XMLLINT as string, ["--noout", ...files], { stdio: "pipe" })).not.toThrow();
    expect(formulas((await text(zip, "xl/charts/chart1.xml")) as string)).toContain("'R&D''s <汇总>'!$B$4:$B$7");
  });
});
