/**
 * Zip and .xlsx files made on the fly for tests (the one zip writer of the tests), small on disk however large
 * they unpack: the attacks of issue 23, a renamed Word document, the preview's bomb.
 * A part's text is a prefix, a body repeated many times and a suffix; the body is deflated once and its
 * deflated bytes repeated (each piece ends on a full flush, so pieces from separate compressors join into one
 * valid stream), which makes a 400 MB part in milliseconds.
 */
import * as zlib from "node:zlib";

export interface Part {
  name: string;
  prefix?: string;
  /** The same text each time, or the i-th piece's own (0-based). */
  body?: string | ((i: number) => string);
  times?: number;
  suffix?: string;
  /** The uncompressed size the zip's directory declares, when it should lie. */
  declaredSize?: number;
  /** Stored (uncompressed) instead of deflated. */
  stored?: boolean;
}

const fullFlush = { finishFlush: zlib.constants.Z_FULL_FLUSH };

function packed(part: Part): { data: Buffer; crc: number; size: number } {
  const [prefix, suffix] = [Buffer.from(part.prefix ?? ""), Buffer.from(part.suffix ?? "")];
  const body = part.body ?? "";
  const same = typeof body === "string" ? Buffer.from(body) : null;
  const deflatedSame = same && !part.stored ? zlib.deflateRawSync(same, fullFlush) : null;
  let crc = zlib.crc32(prefix);
  let size = prefix.length + suffix.length;
  const pieces: Buffer[] = [part.stored ? prefix : zlib.deflateRawSync(prefix, fullFlush)];
  for (let i = 0; i < (part.times ?? 1); i++) {
    const piece = same ?? Buffer.from((body as (i: number) => string)(i));
    crc = zlib.crc32(piece, crc);
    size += piece.length;
    pieces.push(part.stored ? piece : (deflatedSame ?? zlib.deflateRawSync(piece, fullFlush)));
  }
  pieces.push(part.stored ? suffix : zlib.deflateRawSync(suffix));
  return { data: Buffer.concat(pieces), crc: zlib.crc32(suffix, crc), size };
}

/** A zip of the parts, as Excel writes one (local headers, central directory, end record). */
export function zipOf(parts: readonly Part[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const { data, crc, size } = packed(part);
    const name = Buffer.from(part.name);
    const method = part.stored ? 0 : 8;
    const declared = part.declaredSize ?? size;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(crc >>> 0, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(declared, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(crc >>> 0, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(declared, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, data);
    centrals.push(central, name);
    offset += 30 + name.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Math.min(parts.length, 0xffff), 8);
  end.writeUInt16LE(Math.min(parts.length, 0xffff), 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  if (parts.length < 0xffff) return Buffer.concat([...locals, directory, end]);
  // Past 65,534 entries the count does not fit: the zip64 end record holds it, found through its locator.
  const zip64End = Buffer.alloc(56);
  zip64End.writeUInt32LE(0x06064b50, 0);
  zip64End.writeBigUInt64LE(44n, 4);
  zip64End.writeUInt16LE(45, 12);
  zip64End.writeUInt16LE(45, 14);
  zip64End.writeBigUInt64LE(BigInt(parts.length), 24);
  zip64End.writeBigUInt64LE(BigInt(parts.length), 32);
  zip64End.writeBigUInt64LE(BigInt(directory.length), 40);
  zip64End.writeBigUInt64LE(BigInt(offset), 48);
  const locator = Buffer.alloc(20);
  locator.writeUInt32LE(0x07064b50, 0);
  locator.writeBigUInt64LE(BigInt(offset + directory.length), 8);
  locator.writeUInt32LE(1, 16);
  return Buffer.concat([...locals, directory, zip64End, locator, end]);
}

const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const RELS = "http://schemas.openxmlformats.org/package/2006/relationships";
const DOC_RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** The parts every workbook has, for one sheet named `sheet` in xl/worksheets/sheet1.xml. */
export function workbookParts(sheet: string): Part[] {
  return [
    {
      name: "[Content_Types].xml",
      prefix:
        `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
        '<Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
        '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' +
        "</Types>",
    },
    {
      name: "_rels/.rels",
      prefix: `${XML}<Relationships xmlns="${RELS}"><Relationship Id="rId1" Type="${DOC_RELS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    },
    {
      name: "xl/workbook.xml",
      prefix: `${XML}<workbook xmlns="${MAIN}" xmlns:r="${DOC_RELS}"><sheets><sheet name="${sheet}" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    },
    {
      name: "xl/_rels/workbook.xml.rels",
      prefix: `${XML}<Relationships xmlns="${RELS}"><Relationship Id="rId1" Type="${DOC_RELS}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
    },
  ];
}

/** The parts ending a worksheet after its data: merged areas, for one. */
export const afterSheetData = (xml: string): Partial<Part> => ({ suffix: `</sheetData>${xml}</worksheet>` });

/** A worksheet part's opening, up to its sheet data. */
export const WORKSHEET_START = `${XML}<worksheet xmlns="${MAIN}"><sheetData>`;

/** A one-sheet workbook whose sheet data is `body` repeated (or, for a function, made) `times` times. */
export function sheetWorkbook(sheet: string, body: Part["body"], times: number, extra: Partial<Part> = {}): Buffer {
  const worksheet: Part = {
    name: "xl/worksheets/sheet1.xml",
    prefix: WORKSHEET_START,
    body,
    times,
    suffix: "</sheetData></worksheet>",
    ...extra,
  };
  return zipOf([...workbookParts(sheet), worksheet]);
}

/**
 * A row of `columns` cells, each holding the number 1, without the r attributes that would make each row
 * different: too many cells to read are counted before any reader needs them.
 */
export const numberRow = (columns: number) => `<row>${"<c><v>1</v></c>".repeat(columns)}</row>`;

const columnName = (c: number): string => (c < 26 ? String.fromCharCode(65 + c) : columnName(Math.floor(c / 26) - 1) + columnName(c % 26));

/**
 * Rows `first`… of a real sheet: `count` rows of `columns` numbered cells each, addressed as Excel writes them
 * (ExcelJS needs the r attributes). Row 1 is a header of texts, so the sheet reads as a table.
 */
export function addressedRows(first: number, count: number, columns: number): string {
  let xml = "";
  for (let r = first; r < first + count; r++) {
    xml += `<row r="${r}">`;
    for (let c = 0; c < columns; c++) {
      xml += r === 1 ? `<c r="${columnName(c)}1" t="inlineStr"><is><t>列${c + 1}</t></is></c>` : `<c r="${columnName(c)}${r}"><v>${r * columns + c}</v></c>`;
    }
    xml += "</row>";
  }
  return xml;
}
