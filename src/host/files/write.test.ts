import { FORMULA_LIKE_TEXTS } from "../../../test/formulaLikeTexts";
import { failure } from "./testHelpers";
import * as ExcelJS from "exceljs";
import { promises as fs } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

import { openWorkbookFile } from "./index";
import { escapeOoxmlText } from "./ooxmlText";

const FIXTURES = path.join(__dirname, "..", "..", "..", "test", "fixtures");

let dir: string;
beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "taizhang-write-"));
});
afterEach(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

/** A private copy of a fixture, so tests can try to overwrite it. */
async function copyFixture(name: string): Promise<string> {
  const file = path.join(dir, path.basename(name));
  await fs.copyFile(path.join(FIXTURES, name), file);
  return file;
}

/** Text that Office.js or a careless writer would turn into a formula or mangle. */
const RISKY = [...FORMULA_LIKE_TEXTS, '=HYPERLINK("http://x")', "_x000D_ literal"];

describe("writeSheets + saveAs", () => {
  test("formula-looking text is written as text and reads back as the same text, with no formula", async () => {
    const input = await copyFixture("2021_专项行动.xlsx");
    const workbook = await openWorkbookFile(input);
    await workbook.writeSheets([{ name: "汇总", values: [["文本"], ...RISKY.map((text) => [text])] }]);
    const out = path.join(dir, "out.xlsx");
    await workbook.saveAs(out);

    const reopened = await openWorkbookFile(out);
    expect((await reopened.readSheet("汇总")).values).toEqual([["文本"], ...RISKY.map((text) => [text])]);

    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(out);
    const sheet = book.getWorksheet("汇总")!;
    RISKY.forEach((text, i) => {
      const cell = sheet.getCell(i + 2, 1);
      expect(cell.type).toBe(ExcelJS.ValueType.String);
      expect(cell.formula).toBeUndefined();
      expect(cell.value).toBe(text);
    });
  });

  test("the written grid is what readSheet returns at once, before any save", async () => {
    const workbook = await openWorkbookFile(path.join(FIXTURES, "2024_主要目标.xlsx"));
    const values = [
      ["单位", "任务数", "滞后"],
      ["市发展改革委", 12, true],
      [null, null, null],
      ["", 0, null],
    ];
    await workbook.writeSheets([{ name: "统计", values, merges: [{ top: 2, left: 0, bottom: 2, right: 2 }] }]);
    expect(await workbook.readSheet("统计")).toEqual({
      name: "统计",
      values: [
        ["单位", "任务数", "滞后"],
        ["市发展改革委", 12, true],
        [null, null, null],
        [null, 0, null],
      ],
      merges: [{ top: 2, left: 0, bottom: 2, right: 2 }],
    });
  });

  test("a new sheet goes last; a replaced one keeps its tab position; widths and frozen rows are set", async () => {
    const input = await copyFixture("sample.xlsx");
    const workbook = await openWorkbookFile(input);
    await workbook.writeSheets([
      { name: "2021上半年执行情况", values: [["替换后"]], columnWidths: [30, 12], frozenRows: 1 },
      { name: "汇总", values: [["新表"]] },
    ]);
    const names = ["2021责任分解", "2021上半年执行情况", "2024责任分解", "2024主要目标", "汇总"];
    expect(await workbook.sheetNames()).toEqual(names);
    expect((await workbook.readSheet("2021上半年执行情况")).values).toEqual([["替换后"]]);
    const out = path.join(dir, "out.xlsx");
    await workbook.saveAs(out);

    const reopened = await openWorkbookFile(out);
    expect(await reopened.sheetNames()).toEqual(names);
    expect((await reopened.readSheet("2021上半年执行情况")).values).toEqual([["替换后"]]);
    expect((await reopened.readSheet("2024责任分解")).values).toHaveLength(124);

    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(out);
    const sheet = book.getWorksheet("2021上半年执行情况")!;
    expect(sheet.getColumn(1).width).toBe(30);
    expect(sheet.getColumn(2).width).toBe(12);
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
  });

  test("sheet names match as in Excel, ignoring case, when replacing", async () => {
    const workbook = await openWorkbookFile(path.join(FIXTURES, "2024_主要目标.xlsx"));
    await workbook.writeSheets([{ name: "Summary", values: [["a"]] }]);
    await workbook.writeSheets([{ name: "SUMMARY", values: [["b"]] }]);
    expect(await workbook.sheetNames()).toEqual(["2024主要目标", "SUMMARY"]);
  });

  test.each([
    ["a bad sheet name", { name: "汇总[1]", values: [["x"]] }, "汇总[1]"],
    ["a name over 31 characters", { name: "很".repeat(32), values: [["x"]] }, "31"],
    ["a number that is not finite", { name: "汇总", values: [["x", Number.NaN]] }, "B1"],
    [
      "overlapping merges",
      {
        name: "汇总",
        values: [["x"]],
        merges: [
          { top: 0, left: 0, bottom: 1, right: 1 },
          { top: 1, left: 1, bottom: 2, right: 2 },
        ],
      },
      "B2:C3",
    ],
  ])("%s is refused and nothing in the batch is written", async (_label, bad, words) => {
    const workbook = await openWorkbookFile(path.join(FIXTURES, "2024_主要目标.xlsx"));
    const error = await failure(workbook.writeSheets([{ name: "先写的表", values: [["ok"]] }, bad]));
    expect(error.code).toBe("file/write-failed");
    expect(error.message).toContain(words);
    expect(await workbook.sheetNames()).toEqual(["2024主要目标"]);
  });

  test("a CSV workbook saves as .xlsx with its text unchanged (numeric text stays text)", async () => {
    const workbook = await openWorkbookFile(path.join(FIXTURES, "2021_上半年执行情况.gb18030.csv"));
    const out = path.join(dir, "h1.xlsx");
    await workbook.saveAs(out);
    const before = await workbook.readSheet(await workbook.activeSheetName());
    const after = await (await openWorkbookFile(out)).readSheet("2021_上半年执行情况.gb18030");
    expect(after.values).toEqual(before.values);
    expect(after.values[1][0]).toBe("1");
  });
});

describe("updateCells", () => {
  test("changes single cells in place and keeps the rest, formatting included", async () => {
    const input = await copyFixture("2024_责任分解.xlsx");
    const workbook = await openWorkbookFile(input);
    await workbook.updateCells("2024责任分解", [
      { row: 2, col: 2, value: "市发展改革委、市统计局" },
      { row: 3, col: 1, value: "=不是公式" },
    ]);
    const out = path.join(dir, "fixed.xlsx");
    await workbook.saveAs(out);
    const grid = await (await openWorkbookFile(out)).readSheet("2024责任分解");
    const original = await (await openWorkbookFile(input)).readSheet("2024责任分解");
    expect(grid.values[2][2]).toBe("市发展改革委、市统计局");
    expect(grid.values[3][1]).toBe("=不是公式");
    expect(grid.values.filter((row, r) => JSON.stringify(row) !== JSON.stringify(original.values[r]))).toHaveLength(2);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(out);
    expect(book.getWorksheet("2024责任分解")!.getCell("A2").font?.bold).toBe(true);
  });

  // taizhang fix writes through here.
  const SINGLE_CELL_RISKY = [...FORMULA_LIKE_TEXTS, "=不是公式"];

  test("formula-looking text in single cells is written as text and reads back exactly, with no formula", async () => {
    const input = await copyFixture("2024_责任分解.xlsx");
    const workbook = await openWorkbookFile(input);
    // Task texts in column B from row 3 on: cells that hold text already, as a fix finds them.
    await workbook.updateCells(
      "2024责任分解",
      SINGLE_CELL_RISKY.map((value, i) => ({ row: 2 + i, col: 1, value })),
    );
    const out = path.join(dir, "fixed.xlsx");
    await workbook.saveAs(out);

    const reopened = (await (await openWorkbookFile(out)).readSheet("2024责任分解")).values;
    expect(SINGLE_CELL_RISKY.map((_text, i) => reopened[2 + i][1])).toEqual(SINGLE_CELL_RISKY);

    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(out);
    const sheet = book.getWorksheet("2024责任分解")!;
    const cells = SINGLE_CELL_RISKY.map((_text, i) => sheet.getCell(3 + i, 2));
    expect(cells.map((cell) => [cell.type, cell.formula, cell.value])).toEqual(SINGLE_CELL_RISKY.map((text) => [ExcelJS.ValueType.String, undefined, text]));
  });

  test("refuses a cell hidden inside a merged area, changing nothing", async () => {
    const workbook = await openWorkbookFile(path.join(FIXTURES, "2024_责任分解_合并序号.xlsx"));
    const error = await failure(
      workbook.updateCells("2024责任分解", [
        { row: 2, col: 1, value: "先改的" },
        { row: 79, col: 0, value: 78 },
      ]),
    );
    expect(error.code).toBe("file/write-failed");
    expect(error.message).toContain("A80");
    expect((await workbook.readSheet("2024责任分解")).values[2][1]).toBe("地区生产总值增长6%左右。");
  });

  test("an unknown sheet is sheet/not-found", async () => {
    const workbook = await openWorkbookFile(path.join(FIXTURES, "2024_主要目标.xlsx"));
    expect((await failure(workbook.updateCells("无此表", []))).code).toBe("sheet/not-found");
  });
});

describe("saveAs safety", () => {
  test("never writes the input file, however its path is spelled, and leaves no temporary file", async () => {
    const input = await copyFixture("2021_民生实事.xlsx");
    const original = await fs.readFile(input);
    const workbook = await openWorkbookFile(input);
    await workbook.writeSheets([{ name: "汇总", values: [["x"]] }]);
    const link = path.join(dir, "link.xlsx");
    await fs.symlink(input, link);
    const spellings = [input, path.join(dir, ".", "sub", "..", path.basename(input)), path.relative(process.cwd(), input), link];
    for (const target of spellings) {
      const error = await failure(workbook.saveAs(target));
      expect(error.code).toBe("file/write-failed");
      expect(error.message).toContain("原文件");
    }
    expect(await fs.readFile(input)).toEqual(original);
    expect((await fs.readdir(dir)).sort()).toEqual(["2021_民生实事.xlsx", "link.xlsx"]);
  });

  test("a normal save leaves exactly the new file beside the input", async () => {
    const input = await copyFixture("2021_民生实事.xlsx");
    const workbook = await openWorkbookFile(input);
    await workbook.saveAs(path.join(dir, "副本.xlsx"));
    expect((await fs.readdir(dir)).sort()).toEqual(["2021_民生实事.xlsx", "副本.xlsx"]);
    // Saving again replaces the earlier output whole.
    await workbook.writeSheets([{ name: "汇总", values: [["第二次"]] }]);
    await workbook.saveAs(path.join(dir, "副本.xlsx"));
    expect((await fs.readdir(dir)).sort()).toEqual(["2021_民生实事.xlsx", "副本.xlsx"]);
    expect(await (await openWorkbookFile(path.join(dir, "副本.xlsx"))).sheetNames()).toContain("汇总");
  });

  test("a save into a missing folder fails with a WorkbookError and leaves nothing", async () => {
    const workbook = await openWorkbookFile(path.join(FIXTURES, "2021_民生实事.xlsx"));
    const target = path.join(dir, "没有这个文件夹", "out.xlsx");
    const error = await failure(workbook.saveAs(target));
    expect(error.code).toBe("file/write-failed");
    expect(error.message).toContain("没有这个文件夹");
    expect(await fs.readdir(dir)).toEqual([]);
  });

  test("a failed rename (the target is a folder) removes the temporary file", async () => {
    const workbook = await openWorkbookFile(path.join(FIXTURES, "2021_民生实事.xlsx"));
    const target = path.join(dir, "occupied.xlsx");
    await fs.mkdir(target);
    await fs.writeFile(path.join(target, "keep.txt"), "x");
    const error = await failure(workbook.saveAs(target));
    expect(error.code).toBe("file/write-failed");
    expect(await fs.readdir(dir)).toEqual(["occupied.xlsx"]);
  });

  // An interrupted write must leave the old output whole. The failures are injected into the two steps of
  // writeFileAtomically (permissions cannot make them fail reliably, and tests may run as root).
  const systemError = (code: string) => Object.assign(new Error(`${code}: injected`), { code });
  const failingSteps: [string, () => void, string][] = [
    ["the rename over it fails", () => jest.spyOn(fs, "rename").mockRejectedValueOnce(systemError("EIO")), "写入失败（EIO）"],
    [
      "the disk fills up halfway through the temporary file",
      () => {
        const open = fs.open.bind(fs);
        jest.spyOn(fs, "open").mockImplementationOnce(async (...args: Parameters<typeof fs.open>) => {
          const handle = await open(...args);
          handle.writeFile = async (data: unknown) => {
            await handle.write((data as Uint8Array).subarray(0, (data as Uint8Array).length / 2));
            throw systemError("ENOSPC");
          };
          return handle;
        });
      },
      "磁盘空间不足，已有的文件未改动",
    ],
    ["the folder is on a read-only disk", () => jest.spyOn(fs, "open").mockRejectedValueOnce(systemError("EROFS")), "该位置只读，已有的文件未改动"],
  ];

  test.each(failingSteps)("an existing output is unchanged, byte for byte, when %s", async (_label, inject, words) => {
    const input = await copyFixture("2021_民生实事.xlsx");
    const target = path.join(dir, "副本.xlsx");
    await (await openWorkbookFile(input)).saveAs(target);
    const before = await fs.readFile(target);

    const workbook = await openWorkbookFile(input);
    await workbook.writeSheets([{ name: "汇总", values: [["新版本"]] }]);
    inject();
    try {
      const error = await failure(workbook.saveAs(target));
      expect([error.code, error.message.includes(words)]).toEqual(["file/write-failed", true]);
    } finally {
      jest.restoreAllMocks();
    }
    expect((await fs.readFile(target)).equals(before)).toBe(true);
    expect((await fs.readdir(dir)).sort()).toEqual(["2021_民生实事.xlsx", "副本.xlsx"]);
    // The same save, not failing this time, does replace it: the failure above was the injected one.
    await workbook.saveAs(target);
    expect(await (await openWorkbookFile(target)).sheetNames()).toContain("汇总");
  });

  test("only .xlsx is written", async () => {
    const workbook = await openWorkbookFile(path.join(FIXTURES, "2021_民生实事.csv"));
    const error = await failure(workbook.saveAs(path.join(dir, "out.csv")));
    expect(error.code).toBe("file/write-failed");
    expect(await fs.readdir(dir)).toEqual([]);
  });
});

test("escapeOoxmlText: control characters and literal _xHHHH_ escaped the way Excel reads them", () => {
  expect(escapeOoxmlText("a\r\nb\tc")).toBe("a_x000D_\nb\tc");
  expect(escapeOoxmlText("_x0041_")).toBe("_x005F_x0041_");
  expect(escapeOoxmlText("\x01")).toBe("_x0001_");
  expect(escapeOoxmlText("普通文本")).toBe("普通文本");
});

test("readSheet returns a copy: changing it does not change the workbook", async () => {
  const workbook = await openWorkbookFile(path.join(FIXTURES, "2024_主要目标.xlsx"));
  const grid = await workbook.readSheet("2024主要目标");
  grid.values[1][0] = "改了";
  grid.merges.push({ top: 5, left: 0, bottom: 6, right: 0 });
  const again = await workbook.readSheet("2024主要目标");
  expect(again.values[1][0]).toBe("指标名称");
  expect(again.merges).toHaveLength(1);
});
