/**
 * A layout's chart as DrawingML (ECMA-376 Part 1, §21.2 charts and §20.5 spreadsheet drawings), the parts
 * ExcelJS cannot write: the chart part, a stacked horizontal bar chart whose series reference the sheet's cells
 * (with the values cached, so a reader that does not recalculate still draws it), and the drawing that places it.
 * Pure text from plain data; charts.ts puts the parts into the package.
 */
import { cellAddress, type CellValue } from "../../engine/grid";
import type { ChartSpec } from "../../engine/layout";
import { escapeOoxmlText } from "./ooxmlText";

/** A chart ready to be written: what it shows, where its data lives, where it sits. */
export interface ChartPlan {
  /** The sheet it is drawn on and reads from. */
  sheet: string;
  title: string;
  /** The bars' names: a range of the category column and its texts. */
  categories: { ref: string; names: string[] };
  /** One stacked series per value column, named by its header cell. */
  series: { name: string; nameRef: string; ref: string; values: (number | null)[]; colour: string }[];
  /** The top-left cell (0-based) and the size in EMU (914400 to the inch). */
  anchor: { row: number; col: number; width: number; height: number };
}

/** What planChart reads: the sheet as written, its chart spec, the header row naming the series and the columns' widths. */
export interface ChartSource {
  sheet: string;
  spec: ChartSpec;
  values: readonly (readonly CellValue[])[];
  headerRow: number;
  /** Widths in characters by 0-based column; missing ones are Excel's default. */
  columnWidths: readonly (number | undefined)[];
}

const EMU_PER_PIXEL = 9525;
/** Excel's default column width in characters, and a character's width in pixels at Excel's default font. */
const DEFAULT_COLUMN_WIDTH = 8.43;
const PIXELS_PER_CHARACTER = 7;
/** Each bar's band, and the room for the title, the legend and the value axis, in pixels. */
const BAR_BAND = 22;
const FRAME = 110;

const columnPixels = (width: number | undefined) => Math.round((width ?? DEFAULT_COLUMN_WIDTH) * PIXELS_PER_CHARACTER + 5);

/** A range of one column, absolute and with its sheet quoted: '部门汇总'!$B$4:$B$23. */
export function columnRef(sheet: string, col: number, first: number, last: number): string {
  const [from, to] = [cellAddress(first, col), cellAddress(last, col)].map((a) => a.replace(/^([A-Z]+)(\d+)$/u, "$$$1$$$2"));
  return `${quoteSheet(sheet)}!${from === to ? from : `${from}:${to}`}`;
}

const quoteSheet = (sheet: string) => `'${sheet.replace(/'/gu, "''")}'`;

/**
 * The chart of a layout, or null when it has no bars: the spec's rows (the engine keeps them few), as wide as the table and placed one row below its last row: it prints at the
 * table's scale, on a page of its own after it (charts.ts breaks the page above it), never cut across two.
 */
export function planChart({ sheet, spec, values, headerRow, columnWidths }: ChartSource): ChartPlan | null {
  const last = spec.lastRow;
  if (last < spec.firstRow || spec.seriesCols.length === 0) return null;
  const rows = Array.from({ length: last - spec.firstRow + 1 }, (_, i) => values[spec.firstRow + i] ?? []);
  const text = (value: CellValue | undefined) => (value === null || value === undefined ? "" : String(value));
  const series = spec.seriesCols.map((col, i) => {
    const name = text(values[headerRow]?.[col]);
    return {
      name,
      nameRef: columnRef(sheet, col, headerRow, headerRow),
      ref: columnRef(sheet, col, spec.firstRow, last),
      values: rows.map((row) => (typeof row[col] === "number" ? (row[col] as number) : null)),
      colour: spec.colours[i] ?? "808080",
    };
  });
  const tableColumns = Math.max(values[headerRow]?.length ?? 0, spec.categoryCol + 1, ...spec.seriesCols.map((c) => c + 1));
  const width = Array.from({ length: tableColumns }, (_, c) => columnPixels(columnWidths[c])).reduce((a, b) => a + b, 0);
  return {
    sheet,
    title: spec.title,
    categories: { ref: columnRef(sheet, spec.categoryCol, spec.firstRow, last), names: rows.map((row) => text(row[spec.categoryCol])) },
    series,
    anchor: { row: values.length + 1, col: 0, width: width * EMU_PER_PIXEL, height: (rows.length * BAR_BAND + FRAME) * EMU_PER_PIXEL },
  };
}

/** Text for XML content and attribute values: Excel's escapes for characters XML cannot carry, then XML's own. */
export function xmlText(text: string): string {
  return escapeOoxmlText(text).replace(/&/gu, "&amp;").replace(/</gu, "&lt;").replace(/>/gu, "&gt;").replace(/"/gu, "&quot;");
}

const NS = {
  c: "http://schemas.openxmlformats.org/drawingml/2006/chart",
  a: "http://schemas.openxmlformats.org/drawingml/2006/main",
  r: "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
  xdr: "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing",
};
const DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

const strCache = (texts: readonly string[]) =>
  `<c:strCache><c:ptCount val="${texts.length}"/>${texts.map((t, i) => `<c:pt idx="${i}"><c:v>${xmlText(t)}</c:v></c:pt>`).join("")}</c:strCache>`;

const numCache = (values: readonly (number | null)[]) =>
  `<c:numCache><c:formatCode>General</c:formatCode><c:ptCount val="${values.length}"/>${values
    .map((v, i) => (v === null || !Number.isFinite(v) ? "" : `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>`))
    .join("")}</c:numCache>`;

const solidFill = (colour: string) => `<a:solidFill><a:srgbClr val="${colour}"/></a:solidFill>`;
const line = (colour: string) => `<a:ln w="6350">${solidFill(colour)}</a:ln>`;

/** A tick step of 1, 2 or 5 times a power of ten giving about four to eight gridlines, never below 1 (the values count tasks). */
export function majorUnit(max: number): number {
  const raw = Math.max(max, 1) / 8;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((f) => f * power).find((s) => s >= raw) ?? 10 * power;
  return Math.max(1, step);
}

/**
 * The chart part (xl/charts/chartN.xml): c:barChart with barDir "bar", grouping "stacked" and overlap 100 (the
 * segments of a bar sit on one another), the first category at the top (the category axis reversed, the value
 * axis crossing at its far end, so it stays at the bottom), the legend above the plot. Elements follow the
 * schema's sequences (CT_ChartSpace, CT_Chart, CT_BarChart, CT_BarSer, CT_CatAx, CT_ValAx): Excel refuses
 * a part whose children are out of order.
 */
export function chartXml(plan: ChartPlan): string {
  const { c } = NS;
  const stackMax = Math.max(0, ...plan.categories.names.map((_, i) => plan.series.reduce((sum, s) => sum + (s.values[i] ?? 0), 0)));
  const categories = `<c:cat><c:strRef><c:f>${xmlText(plan.categories.ref)}</c:f>${strCache(plan.categories.names)}</c:strRef></c:cat>`;
  const series = plan.series
    .map(
      (s, i) =>
        `<c:ser><c:idx val="${i}"/><c:order val="${i}"/>` +
        `<c:tx><c:strRef><c:f>${xmlText(s.nameRef)}</c:f>${strCache([s.name])}</c:strRef></c:tx>` +
        `<c:spPr>${solidFill(s.colour)}${line("FFFFFF")}</c:spPr><c:invertIfNegative val="0"/>` +
        `${categories}<c:val><c:numRef><c:f>${xmlText(s.ref)}</c:f>${numCache(s.values)}</c:numRef></c:val></c:ser>`,
    )
    .join("");
  const title =
    `<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="1200" b="1"/></a:pPr>` +
    `<a:r><a:rPr lang="zh-CN" sz="1200" b="1"/><a:t>${xmlText(plan.title)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>`;
  const categoryAxis =
    `<c:catAx><c:axId val="1001"/><c:scaling><c:orientation val="maxMin"/></c:scaling><c:delete val="0"/><c:axPos val="l"/>` +
    `<c:numFmt formatCode="General" sourceLinked="0"/><c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>` +
    `<c:spPr>${line("BFBFBF")}</c:spPr><c:crossAx val="1002"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/>` +
    `<c:lblOffset val="100"/><c:tickLblSkip val="1"/><c:noMultiLvlLbl val="0"/></c:catAx>`;
  const valueAxis =
    `<c:valAx><c:axId val="1002"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/>` +
    `<c:majorGridlines><c:spPr>${line("D9D9D9")}</c:spPr></c:majorGridlines><c:numFmt formatCode="0" sourceLinked="0"/>` +
    `<c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/><c:spPr><a:ln><a:noFill/></a:ln></c:spPr>` +
    `<c:crossAx val="1001"/><c:crosses val="max"/><c:crossBetween val="between"/><c:majorUnit val="${majorUnit(stackMax)}"/></c:valAx>`;
  return (
    DECLARATION +
    `<c:chartSpace xmlns:c="${c}" xmlns:a="${NS.a}" xmlns:r="${NS.r}"><c:date1904 val="0"/><c:lang val="zh-CN"/><c:roundedCorners val="0"/>` +
    `<c:chart>${title}<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>` +
    `<c:barChart><c:barDir val="bar"/><c:grouping val="stacked"/><c:varyColors val="0"/>${series}` +
    `<c:gapWidth val="40"/><c:overlap val="100"/><c:axId val="1001"/><c:axId val="1002"/></c:barChart>${categoryAxis}${valueAxis}</c:plotArea>` +
    `<c:legend><c:legendPos val="t"/><c:overlay val="0"/></c:legend><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>` +
    `<c:spPr>${solidFill("FFFFFF")}<a:ln><a:noFill/></a:ln></c:spPr>` +
    `<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="900"/></a:pPr><a:endParaRPr lang="zh-CN"/></a:p></c:txPr></c:chartSpace>`
  );
}

/**
 * The drawing part (xl/drawings/drawingN.xml) holding the chart: a one-cell anchor, so the chart keeps its
 * size whatever the heights of the wrapped rows above it. `chartRel` is the drawing's relationship to the chart.
 */
export function drawingXml(plan: ChartPlan, chartRel: string): string {
  const { anchor } = plan;
  return (
    DECLARATION +
    `<xdr:wsDr xmlns:xdr="${NS.xdr}" xmlns:a="${NS.a}"><xdr:oneCellAnchor>` +
    `<xdr:from><xdr:col>${anchor.col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${anchor.row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>` +
    `<xdr:ext cx="${Math.round(anchor.width)}" cy="${Math.round(anchor.height)}"/>` +
    `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="${xmlText(plan.title)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
    `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>` +
    `<a:graphic><a:graphicData uri="${NS.c}"><c:chart xmlns:c="${NS.c}" xmlns:r="${NS.r}" r:id="${chartRel}"/></a:graphicData></a:graphic>` +
    `</xdr:graphicFrame><xdr:clientData/></xdr:oneCellAnchor></xdr:wsDr>`
  );
}
