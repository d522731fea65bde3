import { WorkbookError } from "../port";
import { bytesOf, concatBytes, indexOfBytes, lastIndexOfBytes, u16, u32, u64, utf8Text } from "./bytes";
import { DamagedEntry, inflateEach, type InflateRaw } from "./inflate";
import { megabytes, type ReadLimits } from "./limits";
import { parseRangeAddress } from "./ranges";

/**
 * Checks an .xlsx against the read limits before ExcelJS builds its model: the zip's directory first (entry
 * count, declared sizes), then every part inflated once and counted without being kept (declared sizes can
 * lie), with the <c> and <row> elements of the sheets and the <si> of the shared strings counted as they pass.
 * A zip this cannot make sense of is left alone: ExcelJS's reading says what is wrong with it. Bytes are a
 * Uint8Array and the inflate step is the caller's, so the task pane reads with the same code (inflate.ts).
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

const END_RECORD = bytesOf("PK\x05\x06");
const ZIP64_LOCATOR = bytesOf("PK\x06\x07");
const ZIP64_END_RECORD = bytesOf("PK\x06\x06");
const WORKBOOK_PART_NAME = bytesOf("xl/workbook.xml");

/** Whether the zip's end record is present: a file cut short (interrupted download or copy) lacks it. */
export function hasZipEnd(bytes: Uint8Array): boolean {
  return lastIndexOfBytes(bytes, END_RECORD) >= 0;
}

/** Zip entry names are stored uncompressed, so a complete workbook always contains this name. */
export function namesWorkbookPart(bytes: Uint8Array): boolean {
  return indexOfBytes(bytes, WORKBOOK_PART_NAME) >= 0;
}

/** The central directory's place, found as JSZip (ExcelJS's zip reader) finds it, so both see the same entries. */
interface Directory {
  start: number;
  /** Bytes before the zip (a self-extracting stub, or junk an attacker put there): every offset moves by this. */
  shift: number;
}

/** Where JSZip will read the central directory, or null when it will not find one (it then fails, so do we not). */
function findDirectory(bytes: Uint8Array): Directory | null {
  const end = lastIndexOfBytes(bytes, END_RECORD);
  if (end < 0 || end + 22 > bytes.length || u32(bytes, end) !== END_SIGNATURE) return null;
  let [records, size, offset] = [u16(bytes, end + 10), u32(bytes, end + 12), u32(bytes, end + 16)];
  let expectedEnd = offset + size;
  // Like JSZip: any field at its maximum means the zip64 records hold the real values.
  if ([u16(bytes, end + 4), u16(bytes, end + 6), u16(bytes, end + 8), records].includes(0xffff) || [size, offset].includes(IN_ZIP64)) {
    const locator = lastIndexOfBytes(bytes, ZIP64_LOCATOR);
    if (locator < 0 || locator + 20 > bytes.length) return null;
    let record = u64(bytes, locator + 8);
    if (record < 0 || record + 56 > bytes.length || u32(bytes, record) !== ZIP64_END_SIGNATURE) {
      record = lastIndexOfBytes(bytes, ZIP64_END_RECORD);
      if (record < 0 || record + 56 > bytes.length) return null;
    }
    [records, size, offset] = [u64(bytes, record + 32), u64(bytes, record + 40), u64(bytes, record + 48)];
    expectedEnd = offset + size + 20 + 12 + u64(bytes, record + 4);
  }
  const shift = Math.max(0, end - expectedEnd);
  return { start: offset + shift, shift };
}

/** The zip64 extra field's values, in the order the zip format stores the ones marked IN_ZIP64. */
function zip64Values(extra: Uint8Array): number[] {
  for (let at = 0; at + 4 <= extra.length;) {
    const [id, size] = [u16(extra, at), u16(extra, at + 2)];
    if (id === 0x0001) {
      const values: number[] = [];
      for (let v = at + 4; v + 8 <= Math.min(at + 4 + size, extra.length); v += 8) values.push(u64(extra, v));
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
function centralDirectory(bytes: Uint8Array, { start, shift }: Directory, maxEntries: number): ZipEntry[] | "too-many" {
  const entries: ZipEntry[] = [];
  for (let at = start; at + 46 <= bytes.length && u32(bytes, at) === CENTRAL_SIGNATURE;) {
    if (entries.length === maxEntries) return "too-many";
    const [nameLength, extraLength, commentLength] = [u16(bytes, at + 28), u16(bytes, at + 30), u16(bytes, at + 32)];
    const name = utf8Text(bytes, at + 46, at + 46 + nameLength);
    const big = zip64Values(bytes.subarray(at + 46 + nameLength, at + 46 + nameLength + extraLength));
    const field = (offset: number) => {
      const value = u32(bytes, at + offset);
      // A missing zip64 value reads as infinite: the declared size is then over any limit, which is right.
      return value === IN_ZIP64 ? (big.shift() ?? Infinity) : value;
    };
    const declaredSize = field(24);
    const compressedSize = field(20);
    entries.push({ name: name.replace(/^\//, ""), method: u16(bytes, at + 10), compressedSize, declaredSize, localOffset: field(42) + shift });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** The zip's entries as JSZip (so ExcelJS) sees them, or null when it finds no directory; "too-many" past the limit. */
export function zipEntries(bytes: Uint8Array, maxEntries: number): ZipEntry[] | "too-many" | null {
  const directory = findDirectory(bytes);
  return directory === null ? null : centralDirectory(bytes, directory, maxEntries);
}

/** An entry's compressed bytes, or null when its local header is not where the directory says. */
export function entryData(bytes: Uint8Array, entry: ZipEntry): Uint8Array | null {
  const at = entry.localOffset;
  if (!Number.isFinite(at) || at + 30 > bytes.length || u32(bytes, at) !== LOCAL_SIGNATURE) return null;
  const start = at + 30 + u16(bytes, at + 26) + u16(bytes, at + 28);
  return bytes.subarray(start, Math.min(bytes.length, start + entry.compressedSize));
}

/** Counts an XML element's start tags (`<c ` / `<c>` / `<c/>`, not `<cols>`) in text that arrives in chunks. */
class TagCounter {
  count = 0;
  private readonly open: Uint8Array;
  /** The last bytes seen: a tag that begins there is counted with the next chunk, which holds the byte after it. */
  private tail = new Uint8Array(0);

  constructor(name: string) {
    this.open = bytesOf(`<${name}`);
  }

  add(chunk: Uint8Array): void {
    const n = this.open.length;
    // Not the tail joined to the whole chunk: copying every chunk cost more than the counting.
    if (this.tail.length > 0) this.countIn(concatBytes([this.tail, chunk.subarray(0, n)]), this.tail.length);
    this.countIn(chunk, chunk.length);
    this.tail = chunk.length >= n ? chunk.slice(chunk.length - n) : concatBytes([this.tail, chunk]).slice(-n);
  }

  /** Counts the tags that begin before `before` and whose next byte is in `text` (the rest are in the tail). */
  private countIn(text: Uint8Array, before: number): void {
    const open = this.open;
    for (let at = text.indexOf(0x3c); at >= 0 && at < before; at = text.indexOf(0x3c, at + 1)) {
      const next = text[at + open.length];
      if (next === undefined) return;
      let k = 1;
      while (k < open.length && text[at + k] === open[k]) k++;
      if (k < open.length) continue;
      if (next === 0x20 || next === 0x3e || next === 0x2f || next === 0x09 || next === 0x0a || next === 0x0d) this.count++;
    }
  }
}

const MERGE_TAG = bytesOf("<mergeCell");

/** Whether an unfinished tag could be the start of a <mergeCell> (its first bytes are that tag's). */
function mayBeMergeTag(tag: Uint8Array): boolean {
  for (let k = 0; k < Math.min(tag.length, MERGE_TAG.length); k++) if (tag[k] !== MERGE_TAG[k]) return false;
  return true;
}

/**
 * Counts a sheet's merged areas and the cells they cover (ExcelJS makes every cell of a merged area, so one
 * <mergeCell ref="A1:XFD1048576"/> would be seventeen billion cells), from text that arrives in chunks.
 */
class MergeCounter {
  count = 0;
  cells = 0;
  /** An unfinished <mergeCell> tag at the end of the last chunk. */
  private carry = new Uint8Array(0);

  add(chunk: Uint8Array): void {
    const text = this.carry.length > 0 ? concatBytes([this.carry, chunk]) : chunk;
    const open = text.lastIndexOf(0x3c);
    // A tag cut by the chunk's end is read with the next chunk (a merge's tag is short: a longer one is not one).
    const cut = open >= 0 && text.indexOf(0x3e, open) < 0;
    this.carry = cut && mayBeMergeTag(text.subarray(open)) ? text.slice(open, open + 512) : new Uint8Array(0);
    const end = cut ? open : text.length;
    // Only the text from the first merge on is decoded: the cells before it are most of a sheet.
    const first = indexOfBytes(text.subarray(0, end), MERGE_TAG);
    if (first < 0) return;
    for (const match of utf8Text(text, first, end).matchAll(/<mergeCell\b[^>]*?\bref="([^"]*)"/gu)) {
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

/** An entry's text, at most `max` bytes of it (for the small parts that name the sheets). */
async function entryText(bytes: Uint8Array, entry: ZipEntry | undefined, max: number, inflateRaw: InflateRaw): Promise<string> {
  const data = entry && entryData(bytes, entry);
  if (!entry || !data) return "";
  const chunks: Uint8Array[] = [];
  let size = 0;
  await inflateEach(
    data,
    entry.method,
    (chunk) => {
      if (size > max) throw new Stop("inflated");
      chunks.push(chunk);
      size += chunk.length;
    },
    inflateRaw,
  ).catch(() => undefined);
  return utf8Text(concatBytes(chunks));
}

const unescapeXml = (text: string) =>
  text.replace(/&(lt|gt|quot|apos|amp|#x[0-9a-f]+|#\d+);/giu, (_, name: string) => {
    const named: Record<string, string> = { lt: "<", gt: ">", quot: '"', apos: "'", amp: "&" };
    if (name.toLowerCase() in named) return named[name.toLowerCase()];
    const code = name[1].toLowerCase() === "x" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    return String.fromCodePoint(code);
  });

/** The sheet's name as the workbook gives it (sheet → relationship → part), or the part's file name. */
async function sheetName(bytes: Uint8Array, entries: readonly ZipEntry[], part: string, inflateRaw: InflateRaw): Promise<string> {
  const [book, rels] = await Promise.all(
    NAMING_PARTS.map((name) =>
      entryText(
        bytes,
        entries.find((e) => e.name === name),
        NAMING_PART_MAX_BYTES,
        inflateRaw,
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
export async function checkXlsxLimits(bytes: Uint8Array, limits: ReadLimits, path: string, label: string, inflateRaw: InflateRaw): Promise<void> {
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
      const each = (chunk: Uint8Array) => {
        inflated += chunk.length;
        if (inflated > limits.maxInflatedBytes) throw new Stop("inflated");
        for (const counter of counters) counter.add(chunk);
        if (sheet) merges.add(chunk);
        if (sheet && merges.count > limits.maxMerges) throw new Stop("merges");
        if (!sheet && counted() > limits.maxCells) throw new Stop("strings");
        if (sheet && elements + counted() > limits.maxCells) throw new Stop("cells");
      };
      await inflateEach(data, entry.method, each, inflateRaw).catch((error: unknown) => {
        if (!(error instanceof DamagedEntry)) throw error;
      });
    } catch (error) {
      if (!(error instanceof Stop)) throw error;
      if (error.why === "inflated") throw inflatedTooLarge();
      if (error.why === "strings") {
        throw new WorkbookError({ reason: "file/too-many-strings", params: { file: label, limit: limits.maxCells } }, path);
      }
      const name = await sheetName(bytes, entries, entry.name, inflateRaw);
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
