import * as path from "node:path";
import { cellAt, type CellRange } from "../../engine/grid";
import { openWorkbookFile } from "./index";

const FIXTURES = path.join(__dirname, "..", "..", "..", "test", "fixtures");
const fixture = (name: string) => path.join(FIXTURES, name);

async function readOnly(name: string) {
  const workbook = await openWorkbookFile(fixture(name));
  const names = await workbook.sheetNames();
  expect(names).toHaveLength(1);
  return workbook.readSheet(names[0]);
}

const TITLE_MERGE = (right: number): CellRange => ({ top: 0, left: 0, bottom: 0, right });

describe("per-table workbooks: title row, header on row 2, data from row 3", () => {
  const cases: [file: string, sheet: string, title: string, header: string[], dataRows: number][] = [
    ["2024_责任分解.xlsx", "2024责任分解", "2024年政府工作报告重点工作责任分解", ["序号", "主要工作任务", "责任单位"], 122],
    ["2021_责任分解.xlsx", "2021责任分解", "2021年政府工作报告重点工作责任分解", ["序号", "主要工作任务", "牵头单位"], 104],
    [
      "2021_上半年执行情况.xlsx",
      "2021上半年执行情况",
      "2021年嘉兴市政府工作报告重点工作及政府绩效考核执行情况（上半年）",
      ["序号", "主要工作任务", "进展情况", "牵头部门", "进展状态"],
      100,
    ],
    ["2021_专项行动.xlsx", "2021专项行动", "“1+10”专项行动责任分解", ["序号", "专项行动", "牵头单位"], 13],
    ["2021_民生实事.xlsx", "2021民生实事", "2021年市政府民生实事责任分解", ["序号", "项目名称", "项目内容", "牵头单位"], 10],
    ["2024_主要目标.xlsx", "2024主要目标", "2024年主要目标", ["指标名称", "2024年目标"], 28],
  ];

  test.each(cases)("%s", async (file, sheet, title, header, dataRows) => {
    const grid = await readOnly(file);
    expect(grid.name).toBe(sheet);
    expect(grid.values).toHaveLength(2 + dataRows);
    expect(grid.values[0]).toEqual([title, ...header.slice(1).map(() => null)]);
    expect(grid.values[1]).toEqual(header);
    expect(grid.merges).toEqual([TITLE_MERGE(header.length - 1)]);
  });

  test("序号 typed as numbers, section labels and continuation rows as they are", async () => {
    const tasks = await readOnly("2024_责任分解.xlsx");
    expect(tasks.values[2][0]).toBe(1);
    expect(tasks.values[79]).toEqual([null, expect.stringContaining("推动嘉兴综合保税区扩区"), expect.any(String)]);
    const actions = await readOnly("2021_专项行动.xlsx");
    expect(actions.values[2]).toEqual(["一、“惠民生、优服务”三年计划", null, null]);
    expect(actions.values[3][0]).toBe(1);
  });
});

test("the 2021 breakdown's three tables on one sheet, with blank rows between and a note at the end", async () => {
  const grid = await readOnly("2021_责任分解_三表.xlsx");
  expect(grid.name).toBe("2021责任分解");
  expect(grid.values).toHaveLength(106 + 2 + 15 + 2 + 12 + 1);
  expect(grid.values[0][0]).toBe("2021年政府工作报告重点工作责任分解");
  expect(grid.values[1]).toEqual(["序号", "主要工作任务", "牵头单位", null]);
  expect(grid.values[106]).toEqual([null, null, null, null]);
  expect(grid.values[107]).toEqual([null, null, null, null]);
  expect(grid.values[108][0]).toBe("“1+10”专项行动责任分解");
  expect(grid.values[109]).toEqual(["序号", "专项行动", "牵头单位", null]);
  expect(grid.values[125][0]).toBe("2021年市政府民生实事责任分解");
  expect(grid.values[126]).toEqual(["序号", "项目名称", "项目内容", "牵头单位"]);
  expect(grid.values[137]).toEqual(["注：各牵头单位每季度末向市政府书面报告工作完成情况。", null, null, null]);
  expect(grid.merges).toEqual([
    TITLE_MERGE(2),
    { top: 108, left: 0, bottom: 108, right: 2 },
    { top: 125, left: 0, bottom: 125, right: 3 },
    { top: 137, left: 0, bottom: 137, right: 3 },
  ]);
});

test("merged 序号: merges at their 0-based ranges, continuation cells read empty as in Excel", async () => {
  const grid = await readOnly("2024_责任分解_合并序号.xlsx");
  expect(grid.values).toHaveLength(124);
  expect(grid.merges).toEqual([
    TITLE_MERGE(2),
    { top: 78, left: 0, bottom: 79, right: 0 },
    { top: 81, left: 0, bottom: 83, right: 0 },
    { top: 103, left: 0, bottom: 104, right: 0 },
    { top: 120, left: 0, bottom: 121, right: 0 },
  ]);
  expect([78, 81, 103, 120].map((r) => cellAt(grid, r, 0))).toEqual([77, 79, 99, 115]);
  // ExcelJS answers the master's value for these; the adapter must not.
  for (const r of [79, 82, 83, 104, 121]) expect(cellAt(grid, r, 0)).toBeNull();
  const plain = await readOnly("2024_责任分解.xlsx");
  expect(grid.values).toEqual(plain.values);
});

test("sample.xlsx: the four sheets the main job runs on", async () => {
  const workbook = await openWorkbookFile(fixture("sample.xlsx"));
  expect(await workbook.sheetNames()).toEqual(["2021责任分解", "2021上半年执行情况", "2024责任分解", "2024主要目标"]);
  expect(await workbook.activeSheetName()).toBe("2021责任分解");
  const rows = await Promise.all((await workbook.sheetNames()).map(async (n) => (await workbook.readSheet(n)).values.length));
  expect(rows).toEqual([106, 102, 124, 30]);
  expect((await workbook.readSheet("2021上半年执行情况")).values[1]).toEqual(["序号", "主要工作任务", "进展情况", "牵头部门", "进展状态"]);
});

describe("CSV fixtures", () => {
  test("GB18030, UTF-8 with BOM and CRLF, and plain UTF-8 give cell-for-cell the same grid", async () => {
    const plain = await openWorkbookFile(fixture("2021_上半年执行情况.csv"));
    const gb = await openWorkbookFile(fixture("2021_上半年执行情况.gb18030.csv"));
    const bom = await openWorkbookFile(fixture("2021_上半年执行情况.bom.csv"));
    expect([plain.source.encoding, gb.source.encoding, bom.source.encoding]).toEqual(["utf-8", "gb18030", "utf-8"]);
    const grids = await Promise.all([plain, gb, bom].map(async (w) => (await w.readSheet(await w.activeSheetName())).values));
    expect(grids[0]).toHaveLength(101);
    expect(grids[0][0]).toEqual(["序号", "主要工作任务", "进展情况", "牵头部门", "进展状态"]);
    expect(grids[1]).toEqual(grids[0]);
    expect(grids[2]).toEqual(grids[0]);
  });

  test("one sheet named after the file, cells as verbatim text, line breaks inside cells kept", async () => {
    const workbook = await openWorkbookFile(fixture("2021_上半年执行情况.csv"));
    expect(await workbook.sheetNames()).toEqual(["2021_上半年执行情况"]);
    const grid = await workbook.readSheet("2021_上半年执行情况");
    expect(grid.values[1][0]).toBe("1");
    expect(grid.values[1][3]).toBe("嘉善县政府、\n长三角发展办");
    expect(grid.merges).toEqual([]);
  });

  test.each([
    ["2024_责任分解.csv", 123],
    ["2021_责任分解.csv", 105],
    ["2021_专项行动.csv", 14],
    ["2021_民生实事.csv", 11],
    ["2024_主要目标.csv", 29],
  ])("%s has a header and its rows", async (file, rows) => {
    const workbook = await openWorkbookFile(fixture(file));
    const grid = await workbook.readSheet(await workbook.activeSheetName());
    expect(grid.values).toHaveLength(rows);
  });

  test("the CSV and the .xlsx of a table hold the same text", async () => {
    const csv = await openWorkbookFile(fixture("2024_责任分解.csv"));
    const xlsx = await readOnly("2024_责任分解.xlsx");
    const fromCsv = (await csv.readSheet("2024_责任分解")).values;
    const text = (rows: unknown[][]) => rows.map((row) => row.map((v) => (v === null ? null : String(v))));
    expect(text(xlsx.values.slice(1))).toEqual(text(fromCsv));
  });
});
