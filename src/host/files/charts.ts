/**
 * Charts added to an .xlsx package after ExcelJS wrote it (ExcelJS writes no charts): for each chart, a chart
 * part and a drawing part, the sheet's <drawing> element and relationship, the drawing's relationship to the
 * chart, and both parts' content types. The package is read and rewritten with JSZip, the zip library ExcelJS
 * itself uses; the bytes still go to disk through the atomic save.
 */
import { posix } from "node:path";
import { chartXml, drawingXml, xmlText, type ChartPlan } from "./chartXml";

const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const RELS_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
const CONTENT_TYPES = {
  drawing: "application/vnd.openxmlformats-officedocument.drawing+xml",
  chart: "application/vnd.openxmlformats-officedocument.drawingml.chart+xml",
};

/**
 * Worksheet children that come after <drawing> (CT_Worksheet's sequence): the element goes before the first of
 * them, else at the end.
 */
const AFTER_DRAWING = ["legacyDrawing", "legacyDrawingHF", "drawingHF", "picture", "oleObjects", "controls", "webPublishItems", "tableParts", "extLst"];

/** Worksheet children that come after <rowBreaks>. */
const AFTER_ROW_BREAKS = ["colBreaks", "customProperties", "cellWatches", "ignoredErrors", "smartTags", "drawing", ...AFTER_DRAWING];

/**
 * Where a follower may be looked for: past the cells and past the elements whose own children may include an
 * <extLst> (a conditional format's rule, an autofilter's column), which is not the worksheet's.
 */
const tailStart = (sheetXml: string) => Math.max(0, ...["</sheetData>", "</autoFilter>", "</conditionalFormatting>"].map((tag) => sheetXml.lastIndexOf(tag)));

/** The worksheet with `element` put before the first of the children named, else before its end. */
function insertBefore(sheetXml: string, followers: readonly string[], element: string): string {
  const start = tailStart(sheetXml);
  const tail = sheetXml.slice(start);
  const next = followers.map((tag) => tail.search(new RegExp(`<${tag}\\b`, "u"))).filter((at) => at >= 0);
  const at = next.length > 0 ? start + Math.min(...next) : sheetXml.lastIndexOf("</worksheet>");
  return sheetXml.slice(0, at) + element + sheetXml.slice(at);
}

/**
 * A worksheet's XML with its <drawing> (relationship `drawingRel`) and a page break above 0-based row
 * `breakRow`, each where CT_Worksheet's sequence puts it. A sheet with page breaks of its own keeps them alone.
 */
export function withDrawing(sheetXml: string, drawingRel: string, breakRow: number): string {
  let xml = insertBefore(sheetXml, AFTER_DRAWING, `<drawing xmlns:r="${REL}" r:id="${drawingRel}"/>`);
  if (!/<rowBreaks\b/u.test(xml)) {
    xml = insertBefore(xml, AFTER_ROW_BREAKS, `<rowBreaks count="1" manualBreakCount="1"><brk id="${breakRow}" max="16383" man="1"/></rowBreaks>`);
  }
  return xml;
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

export function unescapeXml(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/gu, (_, name: string) =>
    name.startsWith("#x")
      ? String.fromCodePoint(parseInt(name.slice(2), 16))
      : name.startsWith("#")
        ? String.fromCodePoint(Number(name.slice(1)))
        : ENTITIES[name],
  );
}

/** The attributes of each start tag of an element (`tag` with its prefix, if any), unescaped. */
export function elements(xml: string, tag: string): Record<string, string>[] {
  const found: Record<string, string>[] = [];
  for (const match of xml.matchAll(new RegExp(`<${tag}\\b([^>]*?)/?>`, "gu"))) {
    const attributes: Record<string, string> = {};
    for (const [, name, value] of match[1].matchAll(/([\w:.-]+)\s*=\s*"([^"]*)"/gu)) attributes[name] = unescapeXml(value);
    found.push(attributes);
  }
  return found;
}

/** A package-relative target resolved against the folder of the part that names it. */
const resolveTarget = (part: string, target: string) => (target.startsWith("/") ? target.slice(1) : posix.normalize(posix.join(posix.dirname(part), target)));
const relsPath = (part: string) => posix.join(posix.dirname(part), "_rels", `${posix.basename(part)}.rels`);

/** A relationships part (a new one when `xml` is null) with one more relationship, and that relationship's id. */
export function addRelationship(xml: string | null, type: string, target: string): { xml: string; id: string } {
  const base = xml ?? `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${RELS_NS}"></Relationships>`;
  const taken = new Set(elements(base, "Relationship").map((r) => r.Id));
  let n = taken.size + 1;
  while (taken.has(`rId${n}`)) n++;
  const id = `rId${n}`;
  const relationship = `<Relationship Id="${id}" Type="${REL}/${type}" Target="${xmlText(target)}"/>`;
  const closed = base.replace(/<Relationships\b([^>]*?)\/>/u, "<Relationships$1></Relationships>");
  return { xml: closed.replace("</Relationships>", `${relationship}</Relationships>`), id };
}

export type Zip = import("jszip");

/** The first free part name: xl/charts/chart1.xml, chart2.xml … */
function freePart(zip: Zip, folder: string, stem: string): string {
  let n = 1;
  while (zip.file(`${folder}/${stem}${n}.xml`)) n++;
  return `${folder}/${stem}${n}.xml`;
}

/** Writes a part; no folder entries (a package lists parts only). */
export function put(zip: Zip, part: string, xml: string): void {
  zip.file(part, xml, { createFolders: false });
}

export async function text(zip: Zip, part: string): Promise<string | null> {
  const file = zip.file(part);
  return file ? file.async("string") : null;
}

export async function required(zip: Zip, part: string): Promise<string> {
  const xml = await text(zip, part);
  if (xml === null) throw new Error(`the package has no ${part}`);
  return xml;
}

/** The worksheet part of a sheet, found by its name through the workbook and its relationships. */
async function sheetPart(zip: Zip, name: string): Promise<string> {
  const workbook = await required(zip, "xl/workbook.xml");
  const sheet = elements(workbook, "sheet").find((s) => s.name === name);
  const id = sheet?.["r:id"];
  const relationship = elements(await required(zip, relsPath("xl/workbook.xml")), "Relationship").find((r) => r.Id === id);
  if (!relationship) throw new Error(`no worksheet part for sheet "${name}"`);
  return resolveTarget("xl/workbook.xml", relationship.Target);
}

/** Puts one chart into the package, on its sheet. */
async function addChart(zip: Zip, plan: ChartPlan): Promise<void> {
  const sheet = await sheetPart(zip, plan.sheet);
  const sheetXml = await required(zip, sheet);
  // ExcelJS writes a drawing only for images, which the add-in's tabs never hold: one drawing per sheet is the rule.
  if (/<drawing\b/u.test(sheetXml)) throw new Error(`sheet "${plan.sheet}" already has a drawing`);
  const chart = freePart(zip, "xl/charts", "chart");
  const drawing = freePart(zip, "xl/drawings", "drawing");
  const toChart = addRelationship(null, "chart", posix.relative(posix.dirname(drawing), chart));
  put(zip, chart, chartXml(plan));
  put(zip, drawing, drawingXml(plan, toChart.id));
  put(zip, relsPath(drawing), toChart.xml);
  const toDrawing = addRelationship(await text(zip, relsPath(sheet)), "drawing", posix.relative(posix.dirname(sheet), drawing));
  put(zip, relsPath(sheet), toDrawing.xml);
  // A page break above the chart's row: the chart starts a page of its own, never cut across two.
  const xml = withDrawing(sheetXml, toDrawing.id, plan.anchor.row);
  put(zip, sheet, xml);
  const overrides = [
    `<Override PartName="/${drawing}" ContentType="${CONTENT_TYPES.drawing}"/>`,
    `<Override PartName="/${chart}" ContentType="${CONTENT_TYPES.chart}"/>`,
  ].join("");
  const types = await required(zip, "[Content_Types].xml");
  put(zip, "[Content_Types].xml", types.replace("</Types>", `${overrides}</Types>`));
}

/**
 * The package with the charts added and the other parts (`more`, the add-in's settings) written. JSZip is loaded
 * on first use, from its one-file bundle (as ExcelJS is, see excelJs.ts): commands that write no extra part never
 * load it.
 */
export async function addParts(bytes: Uint8Array, plans: readonly ChartPlan[], more: (zip: Zip) => Promise<void> = async () => {}): Promise<Buffer> {
  const { default: JSZip } = await import("jszip/dist/jszip.min.js");
  const zip = await JSZip.loadAsync(bytes);
  for (const plan of plans) await addChart(zip, plan);
  await more(zip);
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE", compressionOptions: { level: 6 } });
}
