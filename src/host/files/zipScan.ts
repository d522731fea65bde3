import * as zlib from "node:zlib";
import { WorkbookError } from "../port";
import { megabytes, type ReadLimits } from "./limits";
import { parseRangeAddress } from "./ranges";

/**
 * Checks an .xlsx against the read limits before ExcelJS builds its model: the zip's directory first (entry
 * count, declared sizes), then every part inflated once and counted without being kept (declared sizes can
 * lie), with the <c> and <row> elements of the sheets and the <si> of the shared strings counted as they pass.
 * A zip this cannot make sense of is left alone: ExcelJS's reading says what is wrong with it.
 */

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  declaredSize: number;
  localOffset: number;
}

const END_SIGNATURE = 0x06054b50;
const ZIP64_END_SIGNATURE = 0x06064b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
/** A 32-bit size or offset with this value is in the entry's zip64 extra field. */
const IN_ZIP64 = 0xffffffff;

/** The same test ExcelJS uses to pick the parts it reads as worksheets. */
const WORKSHEET_PART = /xl\/worksheets\/sheet\d+\.xml/;
const SHARED_STRINGS_PART = "xl/sharedStrings.xml";
/** The parts that name the sheets, read only to name one in a message: small, so capped low. */
const NAMING_PARTS = ["xl/workbook.xml", "xl/_rels/workbook.xml.rels"];
const NAMING_PART_MAX_BYTES = 4 * 1024 * 1024;

/** Whether the zip's end record is present: a file cut short (interrupted download or copy) lacks it. */
export function hasZipEnd(bytes: Buffer): boolean {
  return bytes.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06])) >= 0;
}

/** Zip entry names are stored uncompressed, so a complete workbook always contains this name. */
export function namesWorkbookPart(bytes: Buffer): boolean {
  return bytes.includes(Buffer.from("xl/workbook.xml"));
}

/** The central directory's place, found as JSZip (ExcelJS's zip reader) finds it, so both see the same entries. */
interface Directory {
  start: number;
  /** Bytes before the zip (a self-extracting stub, or junk an attacker put there): every offset moves by this. */
  shift: number;
}

/** Where JSZip will read the central directory, or null when it will not find one (it then fails, so do we not). */
function findDirectory(bytes: Buffer): Directory | null {
  const end = bytes.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0 || end + 22 > bytes.length || bytes.readUInt32LE(end) !== END_SIGNATURE) return null;
  let [records, size, offset] = [bytes.readUInt16LE(end + 10), bytes.readUInt32LE(end + 12), bytes.readUInt32LE(end + 16)];
  let expectedEnd = offset + size;
  // Like JSZip: any field at its maximum means the zip64 records hold the real values.
  if ([bytes.readUInt16LE(end + 4), bytes.readUInt16LE(end + 6), bytes.readUInt16LE(end + 8), records].includes(0xffff) || [size, offset].includes(IN_ZIP64)) {
    const locator = bytes.lastIndexOf(Buffer.from([0x50, 0x4b, 0x06, 0x07]));
    if (locator < 0 || locator + 20 > bytes.length) return null;
    let record = Number(bytes.readBigUInt64LE(locator + 8));
    if (record < 0 || record + 56 > bytes.length || bytes.readUInt32LE(record) !== ZIP64_END_SIGNATURE) {
      record = bytes.lastIndexOf(Buffer.from([0x50, 0x4b, 0x06, 0x06]));
      if (record < 0 || record + 56 > bytes.length) return null;
    }
    [records, size, offset] = [
      Number(bytes.readBigUInt64LE(record + 32)),
      Number(bytes.readBigUInt64LE(record + 40)),
      Number(bytes.readBigUInt64LE(record + 48)),
    ];
    expectedEnd = offset + size + 20 + 12 + Number(bytes.readBigUInt64LE(record + 4));
  }
  const shift = Math.max(0, end - expectedEnd);
  return { start: offset + shift, shift };
}

/** The zip64 extra field's values, in the order the zip format stores the ones marked IN_ZIP64. */
function zip64Values(extra: Buffer): bigint[] {
  for (let at = 0; at + 4 <= extra.length;) {
    const [id, size] = [extra.readUInt16LE(at), extra.readUInt16LE(at + 2)];
    if (id === 0x0001) {
      const values: bigint[] = [];
      for (let v = at + 4; v + 8 <= Math.min(at + 4 + size, extra.length); v += 8) values.push(extra.readBigUInt64LE(v));
      return values;
    }
    at += 4 + size;
  }
  return [];
}

/**
 * The central directory's entries, walked record by record (not trusting the end record's count), stopping as
 * soon as there are more than `maxEntries`: that many is refused without reading the rest.
 */
function centralDirectory(bytes: Buffer, { start, shift }: Directory, maxEntries: number): ZipEntry[] | "too-many" {
  const entries: ZipEntry[] = [];
  for (let at = start; at + 46 <= bytes.length && bytes.readUInt32LE(at) === CENTRAL_SIGNATURE;) {
    if (entries.length === maxEntries) return "too-many";
    const [nameLength, extraLength, commentLength] = [bytes.readUInt16LE(at + 28), bytes.readUInt16LE(at + 30), bytes.readUInt16LE(at + 32)];
    const name = bytes.toString("utf8", at + 46, at + 46 + nameLength);
    const big = zip64Values(bytes.subarray(at + 46 + nameLength, at + 46 + nameLength + extraLength));
    const field = (offset: number) => {
      const value = bytes.readUInt32LE(at + offset);
      // A missing zip64 value reads as infinite: the declared size is then over any limit, which is right.
      return value === IN_ZIP64 ? Number(big.shift() ?? Infinity) : value;
    };
    const declaredSize = field(24);
    const compressedSize = field(20);
    entries.push({ name: name.replace(/^\//, ""), method: bytes.readUInt16LE(at + 10), compressedSize, declaredSize, localOffset: field(42) + shift });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** The zip's entries as JSZip (so ExcelJS) sees them, or null when it finds no directory; "too-many" past the limit. */
export function zipEntries(bytes: Buffer, maxEntries: number): ZipEntry[] | "too-many" | null {
  const directory = findDirectory(bytes);
  return directory === null ? null : centralDirectory(bytes, directory, maxEntries);
}

/** An entry's compressed bytes, or null when its local header is not where the directory says. */
export function entryData(bytes: Buffer, entry: ZipEntry): Buffer | null {
  const at = entry.localOffset;
  if (!Number.isFinite(at) || at + 30 > bytes.length || bytes.readUInt32LE(at) !== LOCAL_SIGNATURE) return null;
  const start = at + 30 + bytes.readUInt16LE(at + 26) + bytes.readUInt16LE(at + 28);
  return bytes.subarray(start, Math.min(bytes.length, start + entry.compressedSize));
}

/** Counts an XML element's start tags (`<c ` / `<c>` / `<c/>`, not `<cols>`) in text that arrives in chunks. */
class TagCounter {
  count = 0;
  private readonly open: Buffer;
  private tail = Buffer.alloc(0);

  constructor(name: string) {
    this.open = Buffer.from(`<${name}`);
  }

  add(chunk: Buffer): void {
    // The previous chunk's last bytes, so that a tag split between chunks is seen (once: a whole tag is longer).
    const text = this.tail.length > 0 ? Buffer.concat([this.tail, chunk]) : chunk;
    for (let at = text.indexOf(this.open); at >= 0; at = text.indexOf(this.open, at + 1)) {
      const next = text[at + this.open.length];
      if (next === undefined) break;
      if (next === 0x20 || next === 0x3e || next === 0x2f || next === 0x09 || next === 0x0a || next === 0x0d) this.count++;
    }
    this.tail = Buffer.from(text.subarray(Math.max(0, text.length - this.open.length)));
  }
}

/**
 * Counts a sheet's merged areas and the cells they cover (ExcelJS makes every cell of a merged area, so one
 * <mergeCell ref="A1:XFD1048576"/> would be seventeen billion cells), from text that arrives in chunks.
 */
class MergeCounter {
  count = 0;
  cells = 0;
  /** An unfinished tag at the end of the last chunk. */
  private carry = "";

  add(chunk: Buffer): void {
    let text = this.carry + chunk.toString("latin1");
    const open = text.lastIndexOf("<");
    // A tag cut by the chunk's end is read with the next chunk (a merge's tag is short: a longer one is not one).
    this.carry = open >= 0 && text.indexOf(">", open) < 0 ? text.slice(open, open + 512) : "";
    if (this.carry) text = text.slice(0, open);
    for (const match of text.matchAll(/<mergeCell\b[^>]*?\bref="([^"]*)"/gu)) {
      const range = parseRangeAddress(match[1]);
      if (!range) continue;
      this.count++;
      this.cells += (range.bottom - range.top + 1) * (range.right - range.left + 1);
    }
  }
}

/** Thrown inside the inflating stream to stop it; turned into the user's message by the caller. */
class Stop extends Error {
  constructor(readonly why: "inflated" | "cells" | "merges" | "strings") {
    super(why);
  }
}

/** Damaged deflate data in an entry: ExcelJS fails on it too. */
export class DamagedEntry extends Error {}

/**
 * Inflates (or for a stored entry, takes) an entry's bytes chunk by chunk, handing each to `each`; keeps none.
 * Rejects with what `each` throws, and with DamagedEntry on damaged data; an entry of another method (JSZip
 * cannot read it either) gives nothing.
 */
export function inflateEach(data: Buffer, method: number, each: (chunk: Buffer) => void): Promise<void> {
  if (method === 0) {
    try {
      each(data);
      return Promise.resolve();
    } catch (error) {
      return Promise.reject(error as Error);
    }
  }
  if (method !== 8) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const inflate = zlib.createInflateRaw({ chunkSize: 256 * 1024 });
    inflate.on("data", (chunk: Buffer) => {
      try {
        each(chunk);
      } catch (error) {
        inflate.destroy();
        reject(error as Error);
      }
    });
    inflate.on("end", resolve);
    inflate.on("error", () => reject(new DamagedEntry("inflate")));
    inflate.end(data);
  });
}

/** An entry's text, at most `max` bytes of it (for the small parts that name the sheets). */
async function entryText(bytes: Buffer, entry: ZipEntry | undefined, max: number): Promise<string> {
  const data = entry && entryData(bytes, entry);
  if (!entry || !data) return "";
  const chunks: Buffer[] = [];
  let size = 0;
  await inflateEach(data, entry.method, (chunk) => {
    if (size > max) throw new Stop("inflated");
    chunks.push(chunk);
    size += chunk.length;
  }).catch(() => undefined);
  return Buffer.concat(chunks).toString("utf8");
}

const unescapeXml = (text: string) =>
  text.replace(/&(lt|gt|quot|apos|amp|#x[0-9a-f]+|#\d+);/giu, (_, name: string) => {
    const named: Record<string, string> = { lt: "<", gt: ">", quot: '"', apos: "'", amp: "&" };
    if (name.toLowerCase() in named) return named[name.toLowerCase()];
    const code = name[1].toLowerCase() === "x" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    return String.fromCodePoint(code);
  });

/** The sheet's name as the workbook gives it (sheet → relationship → part), or the part's file name. */
async function sheetName(bytes: Buffer, entries: readonly ZipEntry[], part: string): Promise<string> {
  const [book, rels] = await Promise.all(
    NAMING_PARTS.map((name) =>
      entryText(
        bytes,
        entries.find((e) => e.name === name),
        NAMING_PART_MAX_BYTES,
      ),
    ),
  );
  const file = part.split("/").pop() ?? part;
  const rel = [...rels.matchAll(/<Relationship\b[^>]*>/gu)].map((m) => m[0]).find((tag) => new RegExp(`Target="[^"]*${file}"`, "u").test(tag));
  const id = rel && /\bId="([^"]+)"/u.exec(rel)?.[1];
  const sheet = id && [...book.matchAll(/<(?:\w+:)?sheet\b[^>]*>/gu)].map((m) => m[0]).find((tag) => tag.includes(`"${id}"`));
  const name = sheet && /\bname="([^"]*)"/u.exec(sheet)?.[1];
  return name ? unescapeXml(name) : file;
}

/** Refuses an .xlsx over the limits, with a WorkbookError naming the file, what was too large and the limit. */
export async function checkXlsxLimits(bytes: Buffer, limits: ReadLimits, path: string, label: string): Promise<void> {
  const directory = findDirectory(bytes);
  if (directory === null) return;
  const entries = centralDirectory(bytes, directory, limits.maxZipEntries);
  if (entries === "too-many") {
    throw new WorkbookError({ reason: "file/too-many-parts", params: { file: label, limit: limits.maxZipEntries } }, path);
  }
  const inflatedTooLarge = () =>
    new WorkbookError({ reason: "file/inflates-too-large", params: { file: label, limit: megabytes(limits.maxInflatedBytes) } }, path);
  const declared = entries.reduce((sum, entry) => sum + entry.declaredSize, 0);
  if (declared > limits.maxInflatedBytes) throw inflatedTooLarge();

  let inflated = 0;
  // Cells, rows and merged cells of the sheets already counted: ExcelJS makes an object of each (an empty row
  // costs it as much as a cell with a value), so all count against the one limit.
  let elements = 0;
  for (const entry of entries) {
    const data = entryData(bytes, entry);
    if (!data) continue;
    const sheet = WORKSHEET_PART.test(entry.name);
    const counters = sheet ? [new TagCounter("c"), new TagCounter("row")] : entry.name === SHARED_STRINGS_PART ? [new TagCounter("si")] : [];
    const merges = new MergeCounter();
    const counted = () => counters.reduce((sum, counter) => sum + counter.count, merges.cells);
    try {
      // Damaged data is counted as far as it inflates; ExcelJS's reading then says the file is damaged.
      await inflateEach(data, entry.method, (chunk) => {
        inflated += chunk.length;
        if (inflated > limits.maxInflatedBytes) throw new Stop("inflated");
        for (const counter of counters) counter.add(chunk);
        if (sheet) merges.add(chunk);
        if (sheet && merges.count > limits.maxMerges) throw new Stop("merges");
        if (!sheet && counted() > limits.maxCells) throw new Stop("strings");
        if (sheet && elements + counted() > limits.maxCells) throw new Stop("cells");
      }).catch((error: unknown) => {
        if (!(error instanceof DamagedEntry)) throw error;
      });
    } catch (error) {
      if (!(error instanceof Stop)) throw error;
      if (error.why === "inflated") throw inflatedTooLarge();
      if (error.why === "strings") {
        throw new WorkbookError({ reason: "file/too-many-strings", params: { file: label, limit: limits.maxCells } }, path);
      }
      const name = await sheetName(bytes, entries, entry.name);
      if (error.why === "merges") {
        throw new WorkbookError({ reason: "file/too-many-merges", params: { file: label, sheet: name, limit: limits.maxMerges } }, path);
      }
      const [cells, rows] = counters.map((counter) => counter.count);
      if (rows > cells) {
        throw new WorkbookError({ reason: "file/too-many-rows", params: { file: label, sheet: name, limit: limits.maxCells } }, path);
      }
      // The sheet itself is over the limit, or it is what takes the workbook's cells over it.
      const alone = counted() > limits.maxCells;
      throw new WorkbookError({ reason: "file/too-many-cells", params: { file: label, sheet: alone ? name : null, limit: limits.maxCells } }, path);
    }
    if (sheet) elements += counted();
  }
}
