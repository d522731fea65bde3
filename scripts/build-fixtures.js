// Builds the workbook fixtures in test/fixtures/ from the CSV tables committed beside them
// (`npm run fixtures`). The output is deterministic: fixed document dates and fixed zip entry times,
// so rerunning it gives byte-identical files and a clean `git status`.
"use strict";

const fs = require("node:fs");
const path = require("node:path");
const ExcelJS = require("exceljs");
const iconv = require("iconv-lite");
const Papa = require("papaparse");

const FIXTURES = path.join(__dirname, "..", "test", "fixtures");
const BAD = path.join(FIXTURES, "bad");
const PLACES = path.join(FIXTURES, "places");
const FIXED_DATE = new Date(Date.UTC(2024, 0, 1));

/** Each table: its CSV, the sheet name it gets, and the document title printed above its header. */
const TABLES = {
  "2024_责任分解": { sheet: "2024责任分解", title: "2024年政府工作报告重点工作责任分解" },
  "2021_责任分解": { sheet: "2021责任分解", title: "2021年政府工作报告重点工作责任分解" },
  "2021_上半年执行情况": {
    sheet: "2021上半年执行情况",
    title: "2021年嘉兴市政府工作报告重点工作及政府绩效考核执行情况（上半年）",
  },
  "2021_专项行动": { sheet: "2021专项行动", title: "“1+10”专项行动责任分解" },
  "2021_民生实事": { sheet: "2021民生实事", title: "2021年市政府民生实事责任分解" },
  "2024_主要目标": { sheet: "2024主要目标", title: "2024年主要目标" },
};
const NOTE_2021 = "注：各牵头单位每季度末向市政府书面报告工作完成情况。";

/** A table's rows (header first) exactly as in the CSV; empty cells as null. */
function readTable(name) {
  return readCsv(path.join(FIXTURES, `${name}.csv`));
}

/** A CSV's rows exactly as written; empty cells as null. */
function readCsv(file) {
  const text = fs.readFileSync(file, "utf8").replace(/\r\n?/g, "\n");
  const { data, errors } = Papa.parse(text, { delimiter: ",", newline: "\n", skipEmptyLines: true });
  if (errors.length > 0) throw new Error(`${path.basename(file)}: ${errors[0].message}`);
  return data.map((row) => row.map((cell) => (cell === "" ? null : cell)));
}

/** Excel users type 序号 as numbers, so "1" becomes 1; section labels such as "一、…" stay text. */
function cellValue(header, value) {
  return header === "序号" && typeof value === "string" && /^\d+$/.test(value) ? Number(value) : value;
}

/** Display width of text in Excel "characters": a Chinese character is about two Latin ones. */
function textWidth(text) {
  let width = 0;
  for (const ch of text) width += /[\u2e80-\uffff]/.test(ch) ? 2 : 1;
  return width;
}

/** Column widths that fit the text, capped so long task descriptions wrap instead of running off screen. */
function columnWidths(rows) {
  const widths = [];
  for (const row of rows) {
    row.forEach((value, c) => {
      if (value === null || value === undefined) return;
      const longest = Math.max(...String(value).split("\n").map(textWidth));
      widths[c] = Math.max(widths[c] || 6, Math.min(longest + 2, 60));
    });
  }
  return Array.from(widths, (w) => w || 6);
}

function newWorkbook() {
  const book = new ExcelJS.Workbook();
  book.creator = "taizhang fixtures";
  book.lastModifiedBy = "taizhang fixtures";
  book.created = FIXED_DATE;
  book.modified = FIXED_DATE;
  return book;
}

/**
 * Writes blocks of rows onto a sheet. A block is a title (merged across its table), the header (bold) and
 * the data, as in the published documents; `gap` blank rows separate blocks. Returns each block's first
 * data row (1-based) so callers can add merges.
 */
function writeBlocks(sheet, blocks, { gap = 2, note } = {}) {
  let row = 1;
  const dataStarts = [];
  const allRows = [];
  const wrap = { vertical: "top", wrapText: true };
  blocks.forEach((block, i) => {
    if (i > 0) row += gap;
    const [header, ...data] = block.rows;
    const width = header.length;
    sheet.getCell(row, 1).value = block.title;
    sheet.getCell(row, 1).font = { bold: true, size: 14 };
    sheet.getCell(row, 1).alignment = { horizontal: "center", vertical: "middle" };
    sheet.mergeCells(row, 1, row, width);
    row += 1;
    header.forEach((value, c) => {
      const cell = sheet.getCell(row, c + 1);
      cell.value = value;
      cell.font = { bold: true };
      cell.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
    });
    row += 1;
    dataStarts.push(row);
    for (const line of data) {
      line.forEach((value, c) => {
        if (value === null) return;
        const cell = sheet.getCell(row, c + 1);
        cell.value = cellValue(header[c], value);
        cell.alignment = wrap;
      });
      row += 1;
    }
    allRows.push(header, ...data);
  });
  if (note) {
    const width = blocks[blocks.length - 1].rows[0].length;
    sheet.getCell(row, 1).value = note;
    sheet.mergeCells(row, 1, row, width);
  }
  columnWidths(allRows).forEach((width, c) => {
    sheet.getColumn(c + 1).width = width;
  });
  return dataStarts;
}

/** Title and header stay in view while scrolling. */
function freezeHeader(sheet, rows = 2) {
  const first = `A${rows + 1}`;
  sheet.views = [{ state: "frozen", xSplit: 0, ySplit: rows, topLeftCell: first, activeCell: first }];
}

function addTableSheet(book, name, rows) {
  const { sheet: sheetName, title } = TABLES[name];
  const sheet = book.addWorksheet(sheetName);
  const [start] = writeBlocks(sheet, [{ title, rows }]);
  freezeHeader(sheet);
  return { sheet, start };
}

/**
 * Sets every zip entry's modification time to the fixed date. JSZip (inside ExcelJS) stamps entries with the
 * current local time, which alone makes every run differ. Walks the central directory to find each entry.
 */
function fixZipTimes(buffer) {
  const eocd = buffer.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (eocd < 0) throw new Error("not a zip");
  const entries = buffer.readUInt16LE(eocd + 10);
  const dosDate = ((FIXED_DATE.getUTCFullYear() - 1980) << 9) | ((FIXED_DATE.getUTCMonth() + 1) << 5) | FIXED_DATE.getUTCDate();
  let p = buffer.readUInt32LE(eocd + 16);
  for (let i = 0; i < entries; i++) {
    if (buffer.readUInt32LE(p) !== 0x02014b50) throw new Error("bad central directory");
    buffer.writeUInt16LE(0, p + 12);
    buffer.writeUInt16LE(dosDate, p + 14);
    const local = buffer.readUInt32LE(p + 42);
    buffer.writeUInt16LE(0, local + 10);
    buffer.writeUInt16LE(dosDate, local + 12);
    p += 46 + buffer.readUInt16LE(p + 28) + buffer.readUInt16LE(p + 30) + buffer.readUInt16LE(p + 32);
  }
  return buffer;
}

async function save(book, file) {
  const buffer = fixZipTimes(Buffer.from(await book.xlsx.writeBuffer()));
  fs.writeFileSync(file, buffer);
  return buffer;
}

async function main() {
  fs.mkdirSync(BAD, { recursive: true });
  const tables = Object.fromEntries(Object.keys(TABLES).map((name) => [name, readTable(name)]));
  const written = [];
  const out = (name) => {
    written.push(name);
    return path.join(FIXTURES, name);
  };

  // One workbook per table.
  const buffers = {};
  for (const name of Object.keys(TABLES)) {
    const book = newWorkbook();
    addTableSheet(book, name, tables[name]);
    buffers[name] = await save(book, out(`${name}.xlsx`));
  }

  // The 2021 breakdown as published: three tables one under another on one sheet, a note at the end.
  {
    const book = newWorkbook();
    const sheet = book.addWorksheet(TABLES["2021_责任分解"].sheet);
    const blocks = ["2021_责任分解", "2021_专项行动", "2021_民生实事"].map((name) => ({
      title: TABLES[name].title,
      rows: tables[name],
    }));
    writeBlocks(sheet, blocks, { gap: 2, note: NOTE_2021 });
    freezeHeader(sheet);
    await save(book, out("2021_责任分解_三表.xlsx"));
  }

  // The 2024 breakdown with each continuation row's 序号 merged into the numbered task's cell above.
  {
    const book = newWorkbook();
    const rows = tables["2024_责任分解"];
    const { sheet, start } = addTableSheet(book, "2024_责任分解", rows);
    const data = rows.slice(1);
    for (let i = 0; i < data.length; i++) {
      if (data[i][0] === null) continue;
      let last = i;
      while (last + 1 < data.length && data[last + 1][0] === null) last += 1;
      if (last > i) sheet.mergeCells(start + i, 1, start + last, 1);
      i = last;
    }
    await save(book, out("2024_责任分解_合并序号.xlsx"));
  }

  // The H1 report CSV as Excel on Chinese Windows saves it (GB18030, no BOM), and as UTF-8 with BOM with
  // every line break CRLF, inside cells too (what Windows line-ending conversion does to a file).
  {
    const text = fs.readFileSync(path.join(FIXTURES, "2021_上半年执行情况.csv"), "utf8");
    const gb = iconv.encode(text, "gb18030");
    if (iconv.decode(gb, "gb18030") !== text) throw new Error("GB18030 cannot hold the H1 report text");
    fs.writeFileSync(out("2021_上半年执行情况.gb18030.csv"), gb);
    fs.writeFileSync(out("2021_上半年执行情况.bom.csv"), "\uFEFF" + text.replace(/\r\n|\r|\n/g, "\r\n"), "utf8");
  }

  // The bundled sample the main job runs on.
  {
    const book = newWorkbook();
    for (const name of ["2021_责任分解", "2021_上半年执行情况", "2024_责任分解", "2024_主要目标"]) {
      addTableSheet(book, name, tables[name]);
    }
    // The product's copy (data/, what `taizhang analyze` and the preview open) and the tests' copy, byte for byte.
    const sample = await save(book, out("sample.xlsx"));
    fs.writeFileSync(path.join(__dirname, "..", "data", "sample.xlsx"), sample);
  }

  // Bad files for the error tests.
  fs.writeFileSync(out("bad/not-a-spreadsheet.xlsx"), "这不是一个 Excel 文件，只是改了扩展名的文本。\nThis is plain text renamed to .xlsx.\n");
  const whole = buffers["2021_专项行动"];
  fs.writeFileSync(out("bad/truncated.xlsx"), whole.subarray(0, Math.floor(whole.length / 2)));
  // An encrypted .xlsx is an OLE compound file whose directory (here its first sector) names the encryption
  // streams; the signature and those names are what the reader recognises.
  const ole = Buffer.alloc(1024);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(ole);
  Buffer.from("EncryptionInfo\0", "utf16le").copy(ole, 512);
  Buffer.from("EncryptedPackage\0", "utf16le").copy(ole, 640);
  fs.writeFileSync(out("bad/encrypted.xlsx"), ole);
  fs.writeFileSync(out("bad/empty.xlsx"), Buffer.alloc(0));
  {
    const book = newWorkbook();
    book.addWorksheet("Sheet1");
    await save(book, out("bad/empty-workbook.xlsx"));
  }

  // A sheet whose last cell (XFD400) makes it 6,553,600 cells: past Excel's 5,000,000-cell read limit.
  {
    const book = newWorkbook();
    const sheet = book.addWorksheet("台账");
    sheet.getCell("A1").value = "序号";
    sheet.getCell("B1").value = "主要工作任务";
    sheet.getCell("XFD400").value = "误输入的远端单元格";
    await save(book, out("bad/over-5m-cells.xlsx"));
  }
  // The H1 report's first rows with CRLF, LF and a lone CR ending rows: a CSV stitched from Windows, Unix
  // and old Mac exports. It is readable; the test checks every row arrives whole.
  {
    const lines = fs.readFileSync(path.join(FIXTURES, "2021_上半年执行情况.csv"), "utf8").split("\r\n").slice(0, 7);
    const endings = ["\r\n", "\n", "\r", "\r\n", "\n", "\r"];
    fs.writeFileSync(out("bad/mixed-line-endings.csv"), lines.map((line, i) => line + (endings[i] ?? "")).join(""));
  }

  // Other places' sheets with merged cells (test/fixtures/places/SCHEMA.md): the CSV's grid as it is, with the
  // merges the reading lists, as the published table has them. Cells are text, as the CSV reads them.
  for (const name of fs
    .readdirSync(PLACES)
    .filter((file) => file.endsWith(".reading.json"))
    .sort()) {
    const reading = JSON.parse(fs.readFileSync(path.join(PLACES, name), "utf8"));
    if (!Array.isArray(reading.merges) || reading.merges.length === 0) continue;
    const rows = readCsv(path.join(PLACES, `${reading.id}.csv`));
    const book = newWorkbook();
    const sheet = book.addWorksheet(reading.id.slice(0, 31));
    rows.forEach((line, r) => {
      line.forEach((value, c) => {
        if (value === null) return;
        const cell = sheet.getCell(r + 1, c + 1);
        cell.value = value;
        cell.alignment = { vertical: "top", wrapText: true };
      });
    });
    for (const range of reading.merges) sheet.mergeCells(range);
    columnWidths(rows).forEach((width, c) => {
      sheet.getColumn(c + 1).width = width;
    });
    await save(book, out(`places/${reading.id}.xlsx`));
  }

  // Every workbook written must open again.
  for (const name of written.filter((file) => file.endsWith(".xlsx") && !file.startsWith("bad/"))) {
    const check = new ExcelJS.Workbook();
    await check.xlsx.readFile(path.join(FIXTURES, name));
    if (check.worksheets.length === 0) throw new Error(`${name}: no sheets after reopening`);
  }
  console.log(`test/fixtures: wrote ${written.length} files\n  ${written.join("\n  ")}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
