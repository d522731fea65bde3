import { failure } from "./testHelpers";
import { promises as fs } from "node:fs";
import * as path from "node:path";
import { WorkbookError, type WorkbookErrorCode } from "../port";
import { problemText } from "../problems";
import { openWorkbookBytes, openWorkbookFile } from "./index";
import { READ_LIMITS } from "./limits";
import { zipOf } from "../../../test/hostileFiles";
import { tempFolder } from "../../../test/tempFolder";

const FIXTURES = path.join(__dirname, "..", "..", "..", "test", "fixtures");
const OLE_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

function expectError(error: WorkbookError, code: WorkbookErrorCode, file: string, ...words: string[]) {
  expect(error.code).toBe(code);
  expect(error.message).toBe(problemText(error.problem, "zh-CN"));
  expect(error.message).toContain(`"${path.basename(file)}"`);
  expect(error.message).toMatch(/^[\u4e00-\u9fff]/); // Chinese, and Chinese only
  expect(error.message).not.toMatch(/\(file|\(the |not found/u);
  for (const word of words) expect(error.message).toContain(word);
  expect(error.source).toBe(file);
  // The same problem for an English face: the file named, no Chinese beyond the names it quotes.
  const english = problemText(error.problem, "en-US");
  expect(english).toContain(`"${path.basename(file)}"`);
  const names = Object.values(error.problem.params).flat().map(String);
  expect(names.reduce((text, name) => text.split(name).join(""), english)).not.toMatch(/[\u4e00-\u9fff]/u);
}

/** A zip of stored (uncompressed) entries, enough to look like a renamed Word document. */
const storedZip = (files: Record<string, string>): Buffer => zipOf(Object.entries(files).map(([name, text]) => ({ name, prefix: text, stored: true })));

describe("bad fixtures", () => {
  test.each([
    ["not-a-spreadsheet.xlsx", "file/not-spreadsheet", "不是有效的 Excel 工作簿"],
    ["truncated.xlsx", "file/corrupt", "损坏"],
    ["encrypted.xlsx", "file/encrypted", "密码"],
    ["empty.xlsx", "file/empty", "0 字节"],
    ["empty-workbook.xlsx", "file/empty", "空的"],
  ] as const)("%s → %s", async (name, code, words) => {
    const file = path.join(FIXTURES, "bad", name);
    expectError(await failure(openWorkbookFile(file)), code, file, words);
  });
});

describe("files that cannot be read", () => {
  const folder = tempFolder("taizhang-errors-");
  const write = folder.write;

  test("a missing file", async () => {
    const file = path.join(folder.dir(), "不存在的台账.xlsx");
    const error = await failure(openWorkbookFile(file));
    expectError(error, "file/not-found", file, "找不到");
    expect(error.problem).toEqual({ reason: "file/not-found", params: { file: "不存在的台账.xlsx" } });
    expect(problemText(error.problem, "en-US")).toBe('Cannot read the file "不存在的台账.xlsx": the file was not found. Check the path and the file name.');
  });

  test("a folder", async () => {
    const folderXlsx = path.join(folder.dir(), "folder.xlsx");
    await fs.mkdir(folderXlsx);
    expectError(await failure(openWorkbookFile(folderXlsx)), "file/not-spreadsheet", folderXlsx, "文件夹");
  });

  test("an unknown extension, named in the message", async () => {
    const file = await write("plan.pdf", "%PDF-1.7");
    const error = await failure(openWorkbookFile(file));
    expectError(error, "file/not-spreadsheet", file, ".pdf", ".xlsx");
    expect(error.problem).toEqual({ reason: "file/unsupported-type", params: { file: "plan.pdf", extension: ".pdf" } });
    expect(problemText(error.problem, "en-US")).toBe('Cannot read the file "plan.pdf": .pdf files are not supported. Use an .xlsx or .csv file.');
  });

  test("a PDF renamed to .xlsx", async () => {
    const file = await write("renamed.xlsx", "%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj");
    expectError(await failure(openWorkbookFile(file)), "file/not-spreadsheet", file);
  });

  test("a legacy .xls says to save as .xlsx", async () => {
    const file = await write("旧台账.xls", Buffer.concat([OLE_MAGIC, Buffer.alloc(504)]));
    expectError(await failure(openWorkbookFile(file)), "file/not-spreadsheet", file, ".xls", "另存为");
  });

  test("a legacy .xls renamed to .xlsx is recognised by its Workbook stream", async () => {
    const bytes = Buffer.concat([OLE_MAGIC, Buffer.alloc(120), Buffer.from("Workbook\0", "utf16le"), Buffer.alloc(64)]);
    const file = await write("renamed-xls.xlsx", bytes);
    expectError(await failure(openWorkbookFile(file)), "file/not-spreadsheet", file, ".xls");
  });

  test("a password-protected .xlsx with its EncryptionInfo stream", async () => {
    const bytes = Buffer.concat([OLE_MAGIC, Buffer.alloc(120), Buffer.from("EncryptionInfo\0", "utf16le"), Buffer.alloc(64)]);
    const file = await write("加密.xlsx", bytes);
    const error = await failure(openWorkbookFile(file));
    expectError(error, "file/encrypted", file, "密码");
    expect(problemText(error.problem, "en-US")).toMatch(/password-protected\. Remove the password in Excel/u);
  });

  test("an OLE file holding neither a workbook nor an encrypted one says what it is, not password-protected", async () => {
    const bytes = Buffer.concat([OLE_MAGIC, Buffer.alloc(120), Buffer.from("__substg1.0_0037001F\0", "utf16le"), Buffer.alloc(64)]);
    const file = await write("邮件.xlsx", bytes);
    const error = await failure(openWorkbookFile(file));
    expectError(error, "file/not-spreadsheet", file, "OLE 复合文档", "没有 Excel 工作簿");
    expect(error.problem.reason).toBe("file/ole-not-workbook");
    expect(error.message).not.toContain("密码");
  });

  test("a zip that is not a workbook (a renamed Word document)", async () => {
    const file = await write("report.xlsx", storedZip({ "[Content_Types].xml": "<Types/>", "word/document.xml": "<w:document/>" }));
    expectError(await failure(openWorkbookFile(file)), "file/not-spreadsheet", file, "Word");
  });

  test("an empty CSV, and a CSV with only separators", async () => {
    const empty = await write("empty.csv", "");
    expectError(await failure(openWorkbookFile(empty)), "file/empty", empty);
    const blank = await write("blank.csv", ",,\r\n,,\r\n");
    expectError(await failure(openWorkbookFile(blank)), "file/empty", blank);
  });

  test("a binary file renamed to .csv", async () => {
    const file = await write("image.csv", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
    expectError(await failure(openWorkbookFile(file)), "file/not-spreadsheet", file, "CSV");
  });

  test("a file over the size limit is refused before it is read", async () => {
    const file = await write("big.csv", "a,b\n".repeat(1000));
    const error = await failure(openWorkbookFile(file, { maxBytes: 1024 }));
    expectError(error, "file/too-large", file, "MB");
    expect(error.problem).toEqual({ reason: "file/too-large", params: { file: "big.csv", megabytes: 1, limit: 1 } });
  });

  describe("read limits, counted before the cost (the full-size attacks are in test/limits)", () => {
    const fixtureBytes = () => fs.readFile(path.join(FIXTURES, "2021_专项行动.xlsx"));

    test("too many parts in the zip", async () => {
      const file = await write("parts.xlsx", storedZip({ "a.xml": "<a/>", "b.xml": "<b/>", "c.xml": "<c/>" }));
      const error = await failure(openWorkbookFile(file, { limits: { maxZipEntries: 2 } }));
      expectError(error, "file/too-large", file, "部件超过 2 个的上限");
      expect(error.problem).toEqual({ reason: "file/too-many-parts", params: { file: "parts.xlsx", limit: 2 } });
    });

    test("more unpacked than the limit: too large, not corrupt", async () => {
      const file = await write("bomb.xlsx", await fixtureBytes());
      const error = await failure(openWorkbookFile(file, { limits: { maxInflatedBytes: 1024 } }));
      expectError(error, "file/too-large", file, "解压后的内容超过 1 MB 的上限");
      expect(error.problem.reason).toBe("file/inflates-too-large");
    });

    test("more cells than the limit in an .xlsx: the sheet is named", async () => {
      const file = await write("cells.xlsx", await fixtureBytes());
      const error = await failure(openWorkbookFile(file, { limits: { maxCells: 10 } }));
      expectError(error, "file/too-large", file, "工作表“2021专项行动”的单元格超过 10 个的上限");
      expect(error.problem).toEqual({ reason: "file/too-many-cells", params: { file: "cells.xlsx", sheet: "2021专项行动", limit: 10 } });
    });

    test("bytes put before the zip move every offset, for the scan as for ExcelJS's zip reader", async () => {
      const file = await write("shifted.xlsx", Buffer.concat([Buffer.from("PK\x03\x04"), Buffer.alloc(100, 0x20), await fixtureBytes()]));
      expect((await openWorkbookFile(file)).source.format).toBe("xlsx");
      const error = await failure(openWorkbookFile(file, { limits: { maxCells: 10 } }));
      expect(error.problem.reason).toBe("file/too-many-cells");
    });

    test("more cells than the limit in a .csv, counted while parsing", async () => {
      const file = await write("台账.csv", "a,b,c\n1,2,3\n4,5,6");
      const error = await failure(openWorkbookFile(file, { limits: { maxCells: 8 } }));
      expectError(error, "file/too-large", file, "工作表“台账”的单元格超过 8 个的上限");
      expect((await openWorkbookFile(file, { limits: { maxCells: 9 } })).source.format).toBe("csv");
    });
  });

  test("bytes in memory (an upload) meet the same size limit as a file", async () => {
    const error = await failure(openWorkbookBytes(Buffer.from("a,b\n".repeat(1000)), "upload.csv", { ...READ_LIMITS, maxFileBytes: 1024 }));
    expect(error.problem).toEqual({ reason: "file/too-large", params: { file: "upload.csv", megabytes: 1, limit: 1 } });
  });

  test("an .xlsx saved with a .csv name is read as the workbook it is", async () => {
    const bytes = await fs.readFile(path.join(FIXTURES, "2021_专项行动.xlsx"));
    const workbook = await openWorkbookBytes(bytes, path.join(folder.dir(), "actually-xlsx.csv"));
    expect(await workbook.sheetNames()).toEqual(["2021专项行动"]);
  });
});

test("readSheet of a missing sheet lists the sheets there are", async () => {
  const file = path.join(FIXTURES, "sample.xlsx");
  const workbook = await openWorkbookFile(file);
  const error = await failure(workbook.readSheet("2022责任分解"));
  expectError(error, "sheet/not-found", file, "2022责任分解", "2021责任分解、2021上半年执行情况、2024责任分解、2024主要目标");
  expect(error.problem.reason).toBe("file/sheet-not-found");
});
