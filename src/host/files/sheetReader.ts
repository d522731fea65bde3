/**
 * Reads the sheets of an .xlsx as grids straight from the zip's XML, part by part, with a streaming parser
 * (saxes, the parser ExcelJS reads with): no model of the workbook is built, so reading costs the file's bytes,
 * the shared strings and the grids. For commands that write nothing (workbookInput.ts); a command that writes
 * keeps ExcelJS's model (workbook.ts), so both must give the same grid for the same file, and do: this follows
 * ExcelJS 4.4's reading rule for rule (lib/xlsx/xform/sheet/cell-xform.js, row-xform.js, worksheet-xform.js,
 * lib/doc/row.js, worksheet.js, cell.js), quirks included (a formula whose cached result is 0 or FALSE reads as
 * empty, as ExcelJS drops falsy results), and sheetReader.test.ts holds every fixture to it. What ExcelJS would
 * refuse to load is refused as it is (file/corrupt) where this reader reads that part at all. It runs in Node and
 * in the task pane alike: bytes are a Uint8Array and the inflate step is the caller's (inflate.ts).
 */
import { SaxesParser, type SaxesTagPlain } from "saxes";
import type { CellRange, CellValue, SheetGrid } from "../../engine/grid";
import { WorkbookError } from "../port";
import { toCellValue } from "./cells";
import { READ_LIMITS, type ReadLimits } from "./limits";
import { parseRangeAddress } from "./ranges";
import { GridTooLargeError, sheetTooLarge, trimValues } from "./values";
import { DamagedEntry, inflateEach, type InflateRaw } from "./inflate";
import { checkXlsxLimits, entryData, hasZipEnd, namesWorkbookPart, zipEntries, type ZipEntry } from "./zipScan";

/** What ExcelJS would fail on while loading: the file is then damaged, as loadXlsx says. */
class Corrupt extends Error {}

const WORKSHEET_PART = /xl\/worksheets\/sheet(\d+)[.]xml/;
const COMMENTS_PART = /xl\/(comments\d+)[.]xml/;
const COMMENTS_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments";

/** ExcelJS's built-in number formats (lib/xlsx/defaultnumformats.js, the ids with a format of their own). */
const BUILT_IN_FORMATS: Record<number, string> = {
  0: "General",
  1: "0",
  2: "0.00",
  3: "#,##0",
  4: "#,##0.00",
  9: "0%",
  10: "0.00%",
  11: "0.00E+00",
  12: "# ?/?",
  13: "# ??/??",
  14: "mm-dd-yy",
  15: "d-mmm-yy",
  16: "d-mmm",
  17: "mmm-yy",
  18: "h:mm AM/PM",
  19: "h:mm:ss AM/PM",
  20: "h:mm",
  21: "h:mm:ss",
  22: 'm/d/yy "h":mm',
  37: "#,##0 ;(#,##0)",
  38: "#,##0 ;[Red](#,##0)",
  39: "#,##0.00 ;(#,##0.00)",
  40: "#,##0.00 ;[Red](#,##0.00)",
  45: "mm:ss",
  46: "[h]:mm:ss",
  47: "mmss.0",
  48: "##0.0E+0",
  49: "@",
};

/** ExcelJS's test of a number format for a date (utils.isDateFmt). */
function isDateFormat(format: string | undefined): boolean {
  if (!format) return false;
  const bare = format.replace(/\[[^\]]*]/g, "").replace(/"[^"]*"/g, "");
  return /[ymdhMsb]+/.test(bare);
}

/** ExcelJS's serial number to Date (utils.excelToDate); anything not a number becomes an invalid date, as there. */
function excelToDate(value: unknown, date1904: boolean): Date {
  return new Date(Math.round((Number(value) - 25569 + (date1904 ? 1462 : 0)) * 24 * 3600 * 1000));
}

/** ExcelJS decodes the five XML entities once more in "str" values and sheet names (utils.xmlDecode). */
function xmlDecode(text: string): string {
  const named: Record<string, string> = { "&lt;": "<", "&gt;": ">", "&amp;": "&", "&apos;": "'", "&quot;": '"' };
  return text.replace(/&([a-z]*);/g, (entity) => named[entity] ?? entity);
}

/** Text of a <t> in shared strings and rich-text runs, with Excel's _xHHHH_ escapes undone (ExcelJS's TextXform). */
function ooxmlText(parts: readonly string[]): string {
  return parts.join("").replace(/_x([0-9A-F]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** The file's bytes and how its parts are inflated (Node's zlib, or the browser's DecompressionStream). */
interface Zip {
  bytes: Uint8Array;
  inflateRaw: InflateRaw;
}

interface Handlers {
  open(tag: SaxesTagPlain): void;
  text?(text: string): void;
  close(name: string): void;
}

/**
 * Streams one part through saxes: inflated chunk by chunk, decoded, parsed, never held whole. Like ExcelJS,
 * CDATA is ignored and the document is not required to end (its parser is never closed).
 */
function parsePart(zip: Zip, entry: ZipEntry, handlers: Handlers): Promise<void> {
  const data = entryData(zip.bytes, entry);
  if (!data || (entry.method !== 0 && entry.method !== 8)) return Promise.reject(new Corrupt("entry"));
  const parser = new SaxesParser();
  let failed: Error | null = null;
  parser.on("error", (error) => (failed ??= error));
  parser.on("opentag", (tag) => handlers.open(tag as SaxesTagPlain));
  if (handlers.text) parser.on("text", handlers.text);
  parser.on("closetag", (tag) => handlers.close(tag.name));
  const decoder = new TextDecoder("utf-8");
  const feed = (chunk: Uint8Array) => {
    parser.write(decoder.decode(chunk, { stream: true }));
    if (failed) throw new Corrupt(failed.message);
  };
  return inflateEach(data, entry.method, feed, zip.inflateRaw).catch((error: unknown) => {
    throw error instanceof DamagedEntry ? new Corrupt("inflate") : error;
  });
}

interface Relationship {
  Id?: string;
  Target?: string;
  Type?: string;
}

async function readRelationships(zip: Zip, entry: ZipEntry | undefined): Promise<Map<string, Relationship>> {
  const rels = new Map<string, Relationship>();
  if (!entry) return rels;
  await parsePart(zip, entry, {
    open: (tag) => {
      if (tag.name === "Relationship") rels.set(String(tag.attributes.Id), tag.attributes);
    },
    close: () => {},
  });
  return rels;
}

interface SheetEntry {
  name: string;
  id: number;
  rId: string | undefined;
}

async function readBookPart(zip: Zip, entry: ZipEntry | undefined): Promise<{ sheets: SheetEntry[]; date1904: boolean }> {
  const sheets: SheetEntry[] = [];
  let date1904 = false;
  if (!entry) return { sheets, date1904 };
  await parsePart(zip, entry, {
    open: ({ name, attributes }) => {
      if (name === "sheet") {
        if (attributes.name === undefined) throw new Corrupt("sheet name");
        sheets.push({ name: xmlDecode(attributes.name), id: parseInt(attributes.sheetId, 10), rId: attributes["r:id"] });
      } else if (name === "workbookPr") date1904 = attributes.date1904 === "1";
    },
    close: () => {},
  });
  return { sheets, date1904 };
}

/** For each cell style (cellXfs), whether ExcelJS reads its numbers as dates; null when the file has no styles part. */
async function readDateStyles(zip: Zip, entry: ZipEntry | undefined): Promise<boolean[] | null> {
  if (!entry) return null;
  const formats = new Map<number, string>();
  const styles: number[] = [];
  let depth = 0;
  let section = "";
  await parsePart(zip, entry, {
    open: ({ name, attributes }) => {
      depth++;
      if (depth === 2) section = name;
      else if (depth === 3 && section === "numFmts" && name === "numFmt") {
        if (attributes.formatCode === undefined) throw new Corrupt("numFmt");
        formats.set(parseInt(attributes.numFmtId, 10), attributes.formatCode.replace(/[\\](.)/g, "$1"));
      } else if (depth === 3 && section === "cellXfs" && name === "xf") styles.push(parseInt(attributes.numFmtId, 10));
    },
    close: () => {
      depth--;
    },
  });
  return styles.map((id) => (id ? isDateFormat(formats.get(id) || BUILT_IN_FORMATS[id]) : false));
}

/** The shared strings as ExcelJS reads them, already as cell text: plain text, rich text joined, null for an empty item. */
async function readSharedStrings(zip: Zip, entry: ZipEntry | undefined): Promise<CellValue[] | null> {
  if (!entry) return null;
  const strings: CellValue[] = [];
  // The item being read: its plain text, or its runs' texts; a <t> replaces it, an <r> adds to it.
  let item: { text: string | null; runs: string[] | null } | null = null;
  // Inside an item: the element read (a <t>, a run, a phonetic run) and its depth.
  let inner: "t" | "r" | "rPh" | "other" | null = null;
  let innerDepth = 0;
  let run: { text: string | undefined; font: boolean } = { text: undefined, font: false };
  let parts: string[] | null = null;
  await parsePart(zip, entry, {
    open: ({ name }) => {
      if (item === null) {
        if (name === "si") item = { text: null, runs: null };
        else if (name !== "sst") throw new Corrupt(`sst: ${name}`);
        return;
      }
      if (inner === null) {
        inner = name === "t" || name === "r" || name === "rPh" ? name : "other";
        innerDepth = 0;
        if (inner === "t") parts = [];
        if (inner === "r") run = { text: undefined, font: false };
        if (inner === "other") inner = null;
        return;
      }
      innerDepth++;
      if (inner === "r" && !run.font) {
        if (name === "t") parts = [];
        else if (name === "rPr") run.font = true;
      }
    },
    text: (text) => {
      if (parts && (inner === "t" || (inner === "r" && !run.font))) parts.push(text);
    },
    close: (name) => {
      if (item === null) return;
      if (inner === null) {
        if (name === "si") {
          strings.push(item.runs ? item.runs.join("") : item.text === "" ? null : item.text);
          item = null;
        }
        return;
      }
      if (inner === "r") {
        if (name === "r" && innerDepth === 0) {
          // A run after a <t> is dropped, as ExcelJS cannot add runs to plain text.
          if (item.text === null) (item.runs ??= []).push(run.text ?? "");
          inner = null;
        } else if (name === "t" && !run.font) {
          run.text = ooxmlText(parts ?? []);
          parts = null;
        } else if (name === "rPr") run.font = false;
        innerDepth--;
        return;
      }
      if (innerDepth > 0) {
        innerDepth--;
        return;
      }
      if (inner === "t") {
        item.text = ooxmlText(parts ?? []);
        item.runs = null;
        parts = null;
      }
      inner = null;
    },
  });
  return strings;
}

/** What a sheet's cells are read with: the workbook's shared strings, styles and date system. */
interface BookContext {
  strings: CellValue[] | null;
  dateStyles: boolean[] | null;
  date1904: boolean;
}

/** A <c> element as ExcelJS's CellXform gathers it. */
interface CellModel {
  address: string | undefined;
  t: string | undefined;
  styleId: number | undefined;
  value: string | { runs: string[] } | undefined;
  formula: string | undefined;
  si: string | undefined;
  shareType: string | undefined;
  ref: string | undefined;
}

interface RowModel {
  number: number;
  styleId: number | undefined;
  cells: CellModel[];
}

/** The column of a cell reference as ExcelJS's colCache.decodeAddress reads it; a reference it cannot use fails. */
function addressColumn(address: string): number {
  let [hasCol, hasRow, col] = [false, false, 0];
  for (let i = 0; i < address.length; i++) {
    const code = address.charCodeAt(i);
    if (!hasRow && code >= 65 && code <= 90) {
      hasCol = true;
      col = col * 26 + code - 64;
    } else if (code >= 48 && code <= 57) hasRow = true;
    else if (hasRow && hasCol && code !== 36) break;
  }
  if (!hasCol || !hasRow || col > 16384) throw new Corrupt(`address ${address}`);
  return col;
}

/** One sheet's parse, following worksheet-xform, row-xform and cell-xform event for event. */
class SheetParse {
  /** Rows by 0-based index, each a sparse line of cells. */
  rows: CellValue[][] = [];
  merges: string[] = [];
  hyperlinks: { address: string | undefined; rId: string | undefined }[] = [];

  /** The worksheet's child being read: what ExcelJS's worksheet xform hands events to. */
  private section: { name: string; depth: number } | null = null;
  private depth = 0;
  private inRow = false;
  private row: RowModel | null = null;
  private inCell = false;
  private cell: CellModel | null = null;
  private currentNode: "f" | "v" | "t" | undefined;
  /** A rich-text run being read inside a cell: its text, and what inside it is open. */
  private run: { text: string | undefined; inner: "t" | "font" | null; parts: string[] } | null = null;
  /** Shared formulas' masters, by si, as ExcelJS keeps them for its slaves. */
  private readonly formulae = new Map<string | undefined, string | undefined>();

  constructor(
    private readonly book: BookContext,
    private readonly hyperlinkMap: ReadonlyMap<string, string>,
  ) {}

  open = ({ name, attributes }: SaxesTagPlain): void => {
    this.depth++;
    const section = this.section;
    if (section === null) {
      if (name !== "worksheet" && SECTIONS.has(name)) {
        this.section = { name, depth: this.depth };
        if (name === "sheetData") this.rows = [];
        if (name === "mergeCells") this.merges = [];
        if (name === "hyperlinks") this.hyperlinks = [];
      }
      return;
    }
    if (section.name === "sheetData") this.sheetDataOpen(name, attributes);
    else if (section.name === "mergeCells" && name === "mergeCell") this.merges.push(attributes.ref);
    else if (section.name === "hyperlinks" && name === "hyperlink") this.hyperlinks.push({ address: attributes.ref, rId: attributes["r:id"] });
  };

  text = (text: string): void => {
    if (!this.inCell || !this.cell) return;
    if (this.run) {
      if (this.run.inner === "t") this.run.parts.push(text);
      return;
    }
    const cell = this.cell;
    if (this.currentNode === "f") cell.formula = cell.formula ? cell.formula + text : text;
    else if ((this.currentNode === "v" || this.currentNode === "t") && typeof cell.value !== "object") {
      cell.value = cell.value ? cell.value + text : text;
    }
  };

  close = (name: string): void => {
    const section = this.section;
    this.depth--;
    if (section === null) return;
    if (section.name === "sheetData") {
      if (this.inRow) {
        if (!this.rowClose(name)) {
          if (this.row) this.addRow(this.row);
          this.inRow = false;
        }
        return;
      }
      this.section = null;
      return;
    }
    if (this.depth < section.depth) this.section = null;
  };

  private sheetDataOpen(name: string, attributes: Record<string, string>): void {
    if (this.inRow) {
      this.rowOpen(name, attributes);
      return;
    }
    if (name === "sheetData") this.rows = [];
    else if (this.rowOpen(name, attributes)) this.inRow = true;
  }

  private rowOpen(name: string, attributes: Record<string, string>): boolean {
    if (this.inCell) {
      this.cellOpen(name, attributes);
      return true;
    }
    if (name === "row") {
      this.row = { number: parseInt(attributes.r, 10), styleId: attributes.s ? parseInt(attributes.s, 10) : undefined, cells: [] };
      return true;
    }
    if (name === "c") {
      this.inCell = true;
      this.cellOpen(name, attributes);
      return true;
    }
    return false;
  }

  private rowClose(name: string): boolean {
    if (!this.inCell) return false;
    if (!this.cellClose(name)) {
      if (!this.row) throw new Corrupt("cell outside a row");
      if (this.cell) this.row.cells.push(this.cell);
      this.inCell = false;
    }
    return true;
  }

  private cellOpen(name: string, attributes: Record<string, string>): void {
    if (this.run) {
      this.runOpen(name);
      return;
    }
    switch (name) {
      case "c":
        this.cell = {
          address: attributes.r,
          t: attributes.t,
          styleId: attributes.s ? parseInt(attributes.s, 10) : undefined,
          value: undefined,
          formula: undefined,
          si: undefined,
          shareType: undefined,
          ref: undefined,
        };
        return;
      case "f":
        this.currentNode = "f";
        if (this.cell) [this.cell.si, this.cell.shareType, this.cell.ref] = [attributes.si, attributes.t, attributes.ref];
        return;
      case "v":
      case "t":
        this.currentNode = name;
        return;
      case "r":
        this.run = { text: undefined, inner: null, parts: [] };
        return;
    }
  }

  private runOpen(name: string): void {
    const run = this.run;
    if (!run || run.inner !== null) return;
    if (name === "r") run.text = undefined;
    else if (name === "t") [run.inner, run.parts] = ["t", []];
    else if (name === "rPr") run.inner = "font";
  }

  /** False when the cell ends (its </c>), as CellXform.parseClose answers. */
  private cellClose(name: string): boolean {
    switch (name) {
      case "c":
        return false;
      case "f":
      case "v":
      case "is":
        this.currentNode = undefined;
        return true;
      case "t":
        if (this.run) {
          if (this.run.inner === "t") this.run.text = ooxmlText(this.run.parts);
          this.run.inner = null;
        } else this.currentNode = undefined;
        return true;
      case "r": {
        const cell = this.cell;
        // Runs after plain text: ExcelJS fails setting them on a string.
        if (cell && typeof cell.value === "string") throw new Corrupt("run after text");
        if (cell && this.run) {
          const value = (cell.value ??= { runs: [] }) as { runs: string[] };
          value.runs.push(this.run.text ?? "");
        }
        this.run = null;
        this.currentNode = undefined;
        return true;
      }
      default:
        if (this.run) {
          if (name === "rPr" && this.run.inner === "font") this.run.inner = null;
          return true;
        }
        return false;
    }
  }

  private dateStyle(styleId: number | undefined): boolean {
    if (!styleId) return false;
    const styles = this.book.dateStyles;
    if (styles === null) return false;
    // ExcelJS looks the style up in a list it has not got when the styles part lists none.
    if (styles.length === 0) throw new Corrupt("no cell styles");
    return styles[styleId] ?? false;
  }

  /** A row as ExcelJS's reconcile and Row model make it, into the grid: later rows of the same number replace it. */
  private addRow(row: RowModel): void {
    if (Number.isNaN(row.number)) throw new Corrupt("row without number");
    if (row.styleId) {
      if (this.book.dateStyles === null) throw new Corrupt("row style without styles");
      this.dateStyle(row.styleId);
    }
    const line: CellValue[] = [];
    let previous: number | undefined;
    for (const cell of row.cells) {
      const value = this.cellValue(cell);
      if (value === MERGE) continue;
      let col: number;
      if (cell.address) col = addressColumn(cell.address);
      else if (previous !== undefined) col = previous + 1;
      else throw new Corrupt("cell without address");
      if (col > 16384) throw new Corrupt("column out of range");
      previous = col;
      line[col - 1] = value;
    }
    if (row.number >= 1) this.rows[row.number - 1] = line;
  }

  /** The cell's value as ExcelJS's reconcile, its Value classes and toCellValue give it; MERGE for a bare <c/>. */
  private cellValue(cell: CellModel): CellValue | typeof MERGE {
    const { t, value } = cell;
    const date = this.dateStyle(cell.styleId);
    const hyperlink = cell.address === undefined ? undefined : this.hyperlinkMap.get(cell.address);
    if (cell.formula || cell.shareType) {
      let result: unknown;
      if (value !== undefined && value !== "") {
        const text = typeof value === "string" ? value : "";
        if (t === "str") result = xmlDecode(text);
        else if (t === "b") result = parseInt(text, 10) !== 0;
        else if (t === "e") result = { error: text };
        else result = parseFloat(text);
      }
      if (result !== undefined && date) result = excelToDate(result, this.book.date1904);
      let sharedFormula: string | undefined;
      if (cell.shareType === "shared") {
        if (cell.ref) this.formulae.set(cell.si, cell.address);
        else sharedFormula = this.formulae.get(cell.si);
      }
      if (hyperlink) return toCellValue({ text: result, hyperlink });
      // ExcelJS's FormulaValue copies only truthy fields: a result of 0 or FALSE is lost, and without a
      // formula of its own or a master's the cell reads as nothing.
      if (!cell.formula && !sharedFormula) return null;
      return toCellValue(result || undefined);
    }
    // A linked cell without a value is a (blank) link to ExcelJS, not a bare <c/> it leaves out.
    if (value === undefined) return cell.styleId || hyperlink ? null : MERGE;
    let read: unknown;
    switch (t) {
      case "s": {
        const index = parseInt(typeof value === "string" ? value : "", 10);
        if (this.book.strings === null) read = index;
        else {
          if (!(index >= 0 && index < this.book.strings.length)) throw new Corrupt("shared string index");
          read = this.book.strings[index];
        }
        break;
      }
      case "str":
        read = xmlDecode(typeof value === "string" ? value : "");
        break;
      case "inlineStr":
        read = typeof value === "string" ? value : value.runs.join("");
        break;
      case "b":
        read = parseInt(value as string, 10) !== 0;
        break;
      case "e":
        read = { error: value };
        break;
      default: {
        const number = parseFloat(value as string);
        read = date ? excelToDate(number, this.book.date1904) : number;
      }
    }
    if (hyperlink) return typeof read === "string" ? toCellValue(read) : null;
    return toCellValue(read);
  }
}

/** A <c/> with neither value nor style: ExcelJS leaves it out of its row (and out of the count of columns). */
const MERGE = Symbol("merge");

/** The worksheet children ExcelJS's WorksheetXform hands to an xform of their own (the others are skipped). */
const SECTIONS = new Set([
  "sheetPr",
  "dimension",
  "sheetViews",
  "sheetFormatPr",
  "cols",
  "sheetData",
  "autoFilter",
  "mergeCells",
  "rowBreaks",
  "hyperlinks",
  "pageMargins",
  "dataValidations",
  "pageSetup",
  "headerFooter",
  "printOptions",
  "picture",
  "drawing",
  "sheetProtection",
  "tableParts",
  "conditionalFormatting",
  "extLst",
]);

/** ExcelJS's name rules for a sheet it loads (Worksheet's name setter): a name it refuses fails the load. */
function checkSheetName(name: string, earlier: readonly string[]): void {
  const refused =
    name === "" ||
    name === "History" ||
    /[*?:/\\[\]]/.test(name) ||
    /(^')|('$)/.test(name) ||
    // A longer name is cut to 31 characters, which then collides with the sheet's own.
    name.length > 31 ||
    earlier.some((other) => other.toLowerCase() === name.toLowerCase());
  if (refused) throw new Corrupt(`sheet name ${name}`);
}

/** The merged areas of a sheet, in ExcelJS's order; areas that overlap fail the load as they do in ExcelJS. */
function mergedAreas(refs: readonly (string | undefined)[]): CellRange[] {
  const ranges: CellRange[] = [];
  for (const ref of refs) {
    if (ref === undefined) throw new Corrupt("merge without ref");
    const range = parseRangeAddress(ref);
    if (range) ranges.push(range);
  }
  const byLeft = [...ranges].sort((a, b) => a.left - b.left);
  for (let i = 0; i < byLeft.length; i++) {
    for (let j = i + 1; j < byLeft.length && byLeft[j].left <= byLeft[i].right; j++) {
      if (byLeft[j].top <= byLeft[i].bottom && byLeft[j].bottom >= byLeft[i].top) throw new Corrupt("overlapping merges");
    }
  }
  return ranges.sort((x, y) => x.top - y.top || x.left - y.left);
}

/** A sheet's part read into its grid: values from A1, merged areas, nothing in a merge but its top-left cell. */
async function readSheetPart(zip: Zip, part: ZipEntry, sheetNo: string, name: string, entries: ReadonlyMap<string, ZipEntry>, book: BookContext) {
  const rels = await readRelationships(zip, entries.get(`xl/worksheets/_rels/sheet${sheetNo}.xml.rels`));
  // ExcelJS looks a sheet's comments up by its relationship's target and fails when that part is missing.
  const comments = new Set([...entries.keys()].map((entry) => COMMENTS_PART.exec(entry)?.[1]).flatMap((found) => (found ? [`../${found}.xml`] : [])));
  for (const rel of rels.values()) {
    if (rel.Type === COMMENTS_TYPE && !comments.has(String(rel.Target))) throw new Corrupt("comments part missing");
  }
  let parse = new SheetParse(book, new Map());
  await parsePart(zip, part, parse);
  const links = new Map<string, string>();
  for (const { address, rId } of parse.hyperlinks) {
    if (!rId) continue;
    const rel = rels.get(rId);
    if (!rel) throw new Corrupt("hyperlink without relationship");
    if (rel.Target) links.set(String(address), rel.Target);
  }
  // Hyperlinks follow the cells in the part, and a linked cell reads as its text: read again knowing them.
  if (links.size > 0) {
    parse = new SheetParse(book, links);
    await parsePart(zip, part, parse);
  }
  const merges = mergedAreas(parse.merges);
  const rows = parse.rows;
  for (const range of merges) {
    for (let r = range.top; r <= range.bottom; r++) {
      const line = rows[r];
      if (!line) continue;
      for (let c = range.left; c <= Math.min(range.right, line.length - 1); c++) if (r !== range.top || c !== range.left) line[c] = null;
    }
  }
  return { name, values: trimValues(rows), merges };
}

/**
 * The sheets of an .xlsx's bytes, in tab order, as ExcelJS's model would give them (loadXlsx then
 * worksheetGrid), with the same refusals: over the limits, damaged, not a workbook, without sheets.
 */
export async function readXlsxSheets(
  bytes: Uint8Array,
  path: string,
  label: string,
  inflateRaw: InflateRaw,
  limits: ReadLimits = READ_LIMITS,
): Promise<SheetGrid[]> {
  await checkXlsxLimits(bytes, limits, path, label, inflateRaw);
  const zip: Zip = { bytes, inflateRaw };
  let sheets: { name: string; read: () => Promise<SheetGrid> }[];
  const grids: SheetGrid[] = [];
  try {
    const listed = zipEntries(bytes, limits.maxZipEntries);
    if (!Array.isArray(listed)) throw new Corrupt("no zip directory");
    const entries = new Map(listed.map((entry) => [entry.name, entry]));
    const [{ sheets: bookSheets, date1904 }, rels, dateStyles, strings] = await Promise.all([
      readBookPart(zip, entries.get("xl/workbook.xml")),
      readRelationships(zip, entries.get("xl/_rels/workbook.xml.rels")),
      readDateStyles(zip, entries.get("xl/styles.xml")),
      readSharedStrings(zip, entries.get("xl/sharedStrings.xml")),
    ]);
    const book: BookContext = { strings, dateStyles, date1904 };
    // ExcelJS keeps the sheets by id (ids below 1 are lost), then in the order the workbook lists them.
    const byId = new Map<number, { name: string; order: number; part: ZipEntry; sheetNo: string }>();
    const names: string[] = [];
    for (const entry of listed) {
      const match = WORKSHEET_PART.exec(entry.name);
      if (!match) continue;
      const sheet = bookSheets.find((s) => {
        const target = s.rId === undefined ? undefined : rels.get(s.rId)?.Target;
        return target !== undefined && `xl/${target.replace(/^(\s|\/xl\/)+/, "")}` === entry.name;
      });
      if (!sheet) continue;
      checkSheetName(sheet.name, names);
      names.push(sheet.name);
      const order = bookSheets.findIndex((s) => s.id === sheet.id);
      if (Number.isInteger(sheet.id) && sheet.id >= 1) byId.set(sheet.id, { name: sheet.name, order, part: entry, sheetNo: match[1] });
    }
    sheets = [...byId.entries()]
      .sort(([a], [b]) => a - b)
      .map(([, sheet]) => sheet)
      .sort((a, b) => a.order - b.order)
      .map((sheet) => ({ name: sheet.name, read: () => readSheetPart(zip, sheet.part, sheet.sheetNo, sheet.name, entries, book) }));
    for (const sheet of sheets) {
      try {
        grids.push(await sheet.read());
      } catch (error) {
        if (!(error instanceof GridTooLargeError)) throw error;
        throw sheetTooLarge(error, path, label, sheet.name);
      }
    }
  } catch (error) {
    // Anything else that fails in reading the parts (as anything failing in ExcelJS's load) is a damaged file:
    // the clerk gets the message, never a stack trace.
    if (error instanceof WorkbookError) throw error;
    if (hasZipEnd(bytes) && !namesWorkbookPart(bytes)) {
      throw new WorkbookError({ reason: "file/zip-not-workbook", params: { file: label } }, path);
    }
    throw new WorkbookError({ reason: "file/corrupt", params: { file: label } }, path);
  }
  if (grids.length === 0) {
    if (!namesWorkbookPart(bytes)) throw new WorkbookError({ reason: "file/zip-not-workbook", params: { file: label } }, path);
    throw new WorkbookError({ reason: "file/no-sheets", params: { file: label } }, path);
  }
  return grids;
}
