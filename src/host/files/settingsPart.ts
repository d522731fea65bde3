/**
 * The add-in's settings in an .xlsx file: custom document properties (docProps/custom.xml) named "taizhang.KEY",
 * the names the Office adapter gives them in the workbook's settings. A clerk does not make them by naming or
 * filling a sheet, so they can prove the add-in's own sheets (src/engine/pipeline/addinRecords.ts). ExcelJS
 * neither reads nor writes this part: it is read from the file's bytes when opened and written after ExcelJS.
 * The file's other custom properties are written back as they were.
 */
import { addRelationship, elements, put, text, unescapeXml, type Zip } from "./charts";
import { xmlText } from "./chartXml";
import { SETTING_PREFIX } from "../port";

const PART = "docProps/custom.xml";
const CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.custom-properties+xml";
const PROPERTIES_NS = "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties";
const VT_NS = "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes";
/** The format id every custom property carries (FMTID_UserDefinedProperties). */
const FMTID = "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}";
/** Larger than any settings the add-in writes by far: a bigger part is not read (it could be a zip bomb). */
const MAX_PART_BYTES = 1024 * 1024;

/** What a file holds in its custom properties: the add-in's settings, and the clerk's other properties as XML. */
export interface KeptProperties {
  settings: Record<string, string>;
  /** The other <property> elements, as they were. */
  others: string[];
}

export const NO_PROPERTIES: KeptProperties = { settings: {}, others: [] };

const PROPERTY = /<property\b[^>]*?(?:\/>|>[\s\S]*?<\/property>)/gu;

/** The properties of a docProps/custom.xml: ours by key, the others kept whole. */
export function parseProperties(xml: string): KeptProperties {
  const settings: Record<string, string> = {};
  const others: string[] = [];
  for (const [element] of xml.matchAll(PROPERTY)) {
    const name = elements(element, "property")[0]?.name ?? "";
    const value = /<vt:lpwstr>([\s\S]*?)<\/vt:lpwstr>/u.exec(element);
    if (name.startsWith(SETTING_PREFIX) && value) settings[name.slice(SETTING_PREFIX.length)] = unescapeXml(value[1]);
    else if (!name.startsWith(SETTING_PREFIX)) others.push(element);
  }
  return { settings, others };
}

/** docProps/custom.xml holding the clerk's other properties and the add-in's settings, numbered afresh. */
export function propertiesXml(kept: KeptProperties): string {
  const ours = Object.entries(kept.settings).map(
    ([key, value]) => `<property fmtid="${FMTID}" pid="0" name="${xmlText(SETTING_PREFIX + key)}"><vt:lpwstr>${xmlText(value)}</vt:lpwstr></property>`,
  );
  // Property ids start at 2 and are unique within the part.
  const numbered = [...kept.others, ...ours].map((element, i) => element.replace(/\bpid="[^"]*"/u, `pid="${i + 2}"`));
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="${PROPERTIES_NS}" xmlns:vt="${VT_NS}">${numbered.join("")}</Properties>`;
}

/**
 * The custom properties of an .xlsx's bytes. A file without the part (most files: zip entry names are stored
 * as they are, so its absence is seen without unzipping) or with an unreadable one has none.
 */
export async function readProperties(bytes: Uint8Array): Promise<KeptProperties> {
  if (!Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(PART)) return NO_PROPERTIES;
  try {
    const { default: JSZip } = await import("jszip/dist/jszip.min.js");
    const entry = (await JSZip.loadAsync(bytes)).file(PART);
    // JSZip's declared size of the entry, before inflating it.
    const declared = (entry as unknown as { _data?: { uncompressedSize?: number } } | null)?._data?.uncompressedSize ?? 0;
    if (!entry || declared > MAX_PART_BYTES) return NO_PROPERTIES;
    const xml = await entry.async("string");
    return xml.length > MAX_PART_BYTES ? NO_PROPERTIES : parseProperties(xml);
  } catch {
    // The workbook itself was read; a part only the add-in uses is not worth refusing the file for.
    return NO_PROPERTIES;
  }
}

/** Writes the custom properties into a package ExcelJS wrote, with its relationship and content type. */
export async function writeProperties(zip: Zip, kept: KeptProperties): Promise<void> {
  put(zip, PART, propertiesXml(kept));
  const rels = await text(zip, "_rels/.rels");
  if (!elements(rels ?? "", "Relationship").some((r) => r.Target === PART || r.Target === `/${PART}`)) {
    put(zip, "_rels/.rels", addRelationship(rels, "custom-properties", PART).xml);
  }
  const types = (await text(zip, "[Content_Types].xml")) ?? "";
  if (!types.includes(`PartName="/${PART}"`)) {
    put(zip, "[Content_Types].xml", types.replace("</Types>", `<Override PartName="/${PART}" ContentType="${CONTENT_TYPE}"/></Types>`));
  }
}
