import * as ExcelJS from "exceljs";
import { promises as fs } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { recognizeSheet } from "../../engine/recognize";
import { isoDateText, toCellValue } from "./cells";
import { openWorkbookFile } from "./index";
import { parseRangeAddress } from "./xlsx";

describe("toCellValue", () => {
  test.each<[string, unknown, unknown]>([
    ["empty", null, null],
    ["undefined", undefined, null],
    ["empty text", "", null],
    ["text kept as is", " 市发展改革委 ", " 市发展改革委 "],
    ["number", 3.55, 3.55],
    ["boolean", true, true],
    ["rich text joined", { richText: [{ text: "市", font: { bold: true } }, { text: "科技局" }] }, "市科技局"],
    ["formula → cached result", { formula: "SUM(A1:A3)", result: 6 }, 6],
    ["formula text result", { formula: 'A1&"局"', result: "市财政局" }, "市财政局"],
    ["formula without a cached result", { formula: "A1*2" }, null],
    ["shared formula", { sharedFormula: "B2", result: 12 }, 12],
    ["formula error result", { formula: "VLOOKUP(1,A:B,2,0)", result: { error: "#N/A" } }, "#N/A"],
    ["formula date result", { formula: "TODAY()", result: new Date(Date.UTC(2021, 5, 30)) }, "2021-06-30"],
    ["error value", { error: "#REF!" }, "#REF!"],
    ["hyperlink → text", { text: "嘉兴市人民政府", hyperlink: "https://www.jiaxing.gov.cn" }, "嘉兴市人民政府"],
    ["hyperlink with rich text", { text: { richText: [{ text: "政府" }, { text: "网站" }] }, hyperlink: "x" }, "政府网站"],
    ["date", new Date(Date.UTC(2021, 5, 30)), "2021-06-30"],
    ["infinite number", Infinity, "#NUM!"],
  ])("%s", (_label, value, expected) => {
    expect(toCellValue(value)).toEqual(expected);
  });
});

test("isoDateText: the date alone at midnight, the time when there is one, float noise rounded off", () => {
  expect(isoDateText(new Date(Date.UTC(2021, 11, 31)))).toBe("2021-12-31");
  expect(isoDateText(new Date(Date.UTC(2021, 5, 30, 14, 30)))).toBe("2021-06-30 14:30");
  expect(isoDateText(new Date(Date.UTC(2021, 5, 30, 14, 30, 15)))).toBe("2021-06-30 14:30:15");
  expect(isoDateText(new Date(Date.UTC(2021, 5, 30, 23, 59, 59, 999)))).toBe("2021-07-01");
});

test("parseRangeAddress: A1 ranges to 0-based inclusive ranges", () => {
  expect(parseRangeAddress("A3:A4")).toEqual({ top: 2, left: 0, bottom: 3, right: 0 });
  expect(parseRangeAddress("$B$2:$AA$10")).toEqual({ top: 1, left: 1, bottom: 9, right: 26 });
  expect(parseRangeAddress("C5")).toEqual({ top: 4, left: 2, bottom: 4, right: 2 });
  expect(parseRangeAddress("nonsense")).toBeNull();
});

test("an .xlsx with every kind of cell reads as plain values, trailing empty rows and columns trimmed", async () => {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "taizhang-cells-"));
  try {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet("各种单元格");
    sheet.getCell("A1").value = "序号";
    sheet.getCell("B1").value = { richText: [{ text: "主要", font: { bold: true } }, { text: "工作任务" }] };
    sheet.getCell("A2").value = 1;
    sheet.getCell("B2").value = { formula: "A2+1", result: 2 };
    sheet.getCell("C2").value = { error: "#N/A" };
    sheet.getCell("D2").value = new Date(Date.UTC(2021, 5, 30));
    sheet.getCell("E2").value = { text: "链接", hyperlink: "https://example.org" };
    sheet.getCell("F2").value = false;
    sheet.getCell("A3").value = "甲";
    sheet.getCell("B3").value = "";
    // Formatted but empty cells far away must not widen the grid.
    sheet.getCell("Z40").font = { bold: true };
    sheet.getCell("G10").value = null;
    const file = path.join(dir, "cells.xlsx");
    await book.xlsx.writeFile(file);

    const workbook = await openWorkbookFile(file);
    const grid = await workbook.readSheet("各种单元格");
    expect(grid.values).toEqual([
      ["序号", "主要工作任务", null, null, null, null],
      [1, 2, "#N/A", "2021-06-30", "链接", false],
      ["甲", null, null, null, null, null],
    ]);
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
});

test("hidden rows and columns are read as the data they are, and 100 blank rows in the middle keep every row number", async () => {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "taizhang-hidden-"));
  try {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet("隐藏行");
    sheet.addRow(["序号", "主要工作任务", "责任单位"]);
    sheet.addRow([1, "地区生产总值增长6%左右。", "市发展改革委"]);
    sheet.addRow([2, "规上工业增加值增长6%以上。", "市经信局"]);
    // A clerk hides a finished task's row and the units column while printing: both stay part of the table.
    sheet.getRow(3).hidden = true;
    sheet.getColumn(3).hidden = true;
    sheet.getCell("A104").value = 3;
    sheet.getCell("B104").value = "服务业增加值增长6%以上。";
    sheet.getCell("C104").value = "市发展改革委";
    const file = path.join(dir, "hidden.xlsx");
    await book.xlsx.writeFile(file);

    const grid = await (await openWorkbookFile(file)).readSheet("隐藏行");
    const [table] = recognizeSheet(grid).tables;
    expect(table.columns).toEqual({ seq: 0, task: 1, units: 2 });
    expect(table.rows.filter((row) => row.type === "task").map((row) => [row.index + 1, row.seq])).toEqual([
      [2, "1"],
      [3, "2"],
      [104, "3"],
    ]);
    expect(table.rows.filter((row) => row.type === "blank")).toHaveLength(100);
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
});
