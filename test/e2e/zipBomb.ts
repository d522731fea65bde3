import * as zlib from "node:zlib";

/** One zip entry, already deflated: its bytes, and the CRC-32 and size of what they inflate to. */
interface Entry {
  name: string;
  data: Buffer;
  crc: number;
  size: number;
}

const MEBIBYTE = 1024 * 1024;
const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const RELATIONSHIPS = "http://schemas.openxmlformats.org/package/2006/relationships";
const OFFICE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

function deflated(name: string, text: string): Entry {
  const bytes = Buffer.from(text);
  return { name, data: zlib.deflateRawSync(bytes), crc: zlib.crc32(bytes), size: bytes.length };
}

/**
 * A sheet with one cell (A1 = 台账) followed by `mebibytes` MiB of blanks. The blanks are deflated once, as one
 * piece ending at a full flush, and that piece repeated: pieces that end at a full flush chain into one deflate
 * stream, so a 2 GB sheet costs 2 MB and no 2 GB buffer here.
 */
function blankSheet(mebibytes: number): Entry {
  const head = Buffer.from(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="${MAIN}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>台账</t></is></c></row>`);
  const blanks = Buffer.alloc(MEBIBYTE, " ");
  const tail = Buffer.from("</sheetData></worksheet>");
  const flush = { finishFlush: zlib.constants.Z_FULL_FLUSH };
  const piece = zlib.deflateRawSync(blanks, flush);
  const parts = [zlib.deflateRawSync(head, flush)];
  let crc = zlib.crc32(head);
  for (let i = 0; i < mebibytes; i++) {
    parts.push(piece);
    crc = zlib.crc32(blanks, crc);
  }
  parts.push(zlib.deflateRawSync(tail));
  crc = zlib.crc32(tail, crc);
  return { name: "xl/worksheets/sheet1.xml", data: Buffer.concat(parts), crc, size: head.length + mebibytes * MEBIBYTE + tail.length };
}

/** A zip of deflated entries (sizes below 4 GB: no zip64). */
function zip(entries: readonly Entry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt32LE(entry.crc, 14);
    local.writeUInt32LE(entry.data.length, 18);
    local.writeUInt32LE(entry.size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(entry.crc, 16);
    central.writeUInt32LE(entry.data.length, 20);
    central.writeUInt32LE(entry.size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, entry.data);
    centrals.push(central, name);
    offset += local.length + name.length + entry.data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/**
 * A real .xlsx whose one sheet holds A1 = 台账 and then `mebibytes` MiB of blanks: with a few MiB it opens like
 * any workbook, with ~2000 it is a zip bomb (a 2 MB file whose sheet inflates to 2 GB).
 */
export function blankPaddedWorkbook(mebibytes: number): Buffer {
  return zip([
    deflated(
      "[Content_Types].xml",
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`,
    ),
    deflated(
      "_rels/.rels",
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="${RELATIONSHIPS}"><Relationship Id="rId1" Type="${OFFICE}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ),
    deflated(
      "xl/workbook.xml",
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="${MAIN}" xmlns:r="${OFFICE}"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    ),
    deflated(
      "xl/_rels/workbook.xml.rels",
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="${RELATIONSHIPS}"><Relationship Id="rId1" Type="${OFFICE}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
    ),
    blankSheet(mebibytes),
  ]);
}
