import { isoDateText } from "../files/cells";
import { WorkbookError } from "../port";
import { problemText } from "../problems";
import {
  MAX_COLUMNS,
  MAX_ROWS,
  columnWidthPoints,
  isDateFormat,
  parseAreaAddress,
  payloadBytes,
  requestBatches,
  serialToIsoText,
  sheetNameProblem,
  splitAreaList,
  toCellValue,
  toWriteMatrix,
  usedRangeToGrid,
  validateOutputs,
} from "./convert";

describe("parseAreaAddress", () => {
  it.each([
    ["Sheet1!A3:A4", { top: 2, left: 0, bottom: 3, right: 0 }],
    ["A1", { top: 0, left: 0, bottom: 0, right: 0 }],
    ["'表 1'!$B$2:$C$9", { top: 1, left: 1, bottom: 8, right: 2 }],
    ["'It''s!A1'!AA10:AB11", { top: 9, left: 26, bottom: 10, right: 27 }],
    ["Sheet1!C4:A1", { top: 0, left: 0, bottom: 3, right: 2 }],
    ["Sheet1!A:B", { top: 0, left: 0, bottom: MAX_ROWS - 1, right: 1 }],
    ["Sheet1!$3:$4", { top: 2, left: 0, bottom: 3, right: MAX_COLUMNS - 1 }],
  ])("%s", (address, range) => {
    expect(parseAreaAddress(address)).toEqual(range);
  });

  it.each(["", "Sheet1!", "Sheet1!A0", "A1:B2:C3", "R1C1", "Sheet1!A1:3"])("rejects %p", (address) => {
    expect(parseAreaAddress(address)).toBeNull();
  });
});

describe("splitAreaList", () => {
  it("splits at commas outside quoted sheet names", () => {
    expect(splitAreaList("Sheet1!A1:B4, Sheet1!D1:D4")).toEqual(["Sheet1!A1:B4", "Sheet1!D1:D4"]);
    expect(splitAreaList("'a,b'!A1:A2,'a,b'!C1:C2")).toEqual(["'a,b'!A1:A2", "'a,b'!C1:C2"]);
    expect(splitAreaList("")).toEqual([]);
  });
});

describe("toCellValue", () => {
  it("keeps text, numbers, booleans and error text; empty text is an empty cell", () => {
    expect(toCellValue("主要工作任务")).toBe("主要工作任务");
    expect(toCellValue("")).toBeNull();
    expect(toCellValue(" ")).toBe(" ");
    expect(toCellValue(12.5, "General")).toBe(12.5);
    expect(toCellValue(false)).toBe(false);
    expect(toCellValue("#N/A")).toBe("#N/A");
    expect(toCellValue(undefined)).toBeNull();
    expect(toCellValue(Number.NaN)).toBe("#NUM!");
  });

  it("turns numbers shown as dates into ISO text, like the file adapter", () => {
    expect(toCellValue(44377, "yyyy/m/d")).toBe("2021-06-30");
    expect(toCellValue(44377, 'yyyy"年"m"月"d"日"')).toBe("2021-06-30");
    expect(toCellValue(44377.6041666667, "yyyy-mm-dd hh:mm")).toBe("2021-06-30 14:30");
    expect(toCellValue(44377, "0")).toBe(44377);
    expect(toCellValue(0.35, "0%")).toBe(0.35);
  });
});

describe("isDateFormat", () => {
  it.each([
    ["yyyy-mm-dd", true],
    ["m/d/yy", true],
    ["[$-804]yyyy年m月d日", true],
    ["h:mm:ss", true],
    ["[h]:mm", true],
    ["General", false],
    ["@", false],
    ["0.00", false],
    ['0.00"天"', false],
    ['#,##0" 万元"', false],
    ["[DBNum1][$-804]General", false],
    ["0.00_);[Red](0.00)", false],
    ["0.00E+00", false],
  ])("%s → %s", (format, expected) => {
    expect(isDateFormat(format)).toBe(expected);
  });
});

describe("serialToIsoText", () => {
  it("gives the same text as the file adapter for the same instant", () => {
    for (const serial of [1, 367, 25569, 44377, 44377.5, 44377.75001, 45658.999988]) {
      const viaExcelJs = new Date(Math.round((serial - 25569) * 86400000));
      expect(serialToIsoText(serial)).toBe(isoDateText(viaExcelJs));
    }
  });
});

describe("usedRangeToGrid", () => {
  it("anchors the used range at A1, trims, and reads merged areas once each", () => {
    const grid = usedRangeToGrid(
      "2021年",
      {
        values: [
          ["序号", "主要工作任务", ""],
          [1, "=A1 stays text", ""],
          ["", "续", ""],
        ],
        numberFormat: [
          ["General", "General", "General"],
          ["General", "@", "General"],
          ["General", "General", "General"],
        ],
        rowIndex: 1,
        columnIndex: 2,
      },
      "'2021年'!C3:C4, '2021年'!$D$2,'2021年'!C3:C4",
    );
    expect(grid).toEqual({
      name: "2021年",
      values: [
        [null, null, null, null],
        [null, null, "序号", "主要工作任务"],
        [null, null, 1, "=A1 stays text"],
        [null, null, null, "续"],
      ],
      merges: [{ top: 2, left: 2, bottom: 3, right: 2 }],
    });
  });

  it('gives an empty grid for a blank sheet (Excel reports A1 holding "")', () => {
    expect(usedRangeToGrid("Sheet1", { values: [[""]], rowIndex: 0, columnIndex: 0 }, null)).toEqual({
      name: "Sheet1",
      values: [],
      merges: [],
    });
  });
});

describe("toWriteMatrix", () => {
  it('pads rows, writes empty cells as "" and marks every text cell "@"', () => {
    expect(toWriteMatrix([["=SUM(A1)", 3], ["-", null, true], []])).toEqual({
      rows: 3,
      columns: 3,
      values: [
        ["=SUM(A1)", 3, ""],
        ["-", "", true],
        ["", "", ""],
      ],
      numberFormat: [
        ["@", "General", "General"],
        ["@", "General", "General"],
        ["General", "General", "General"],
      ],
    });
  });
});

describe("columnWidthPoints", () => {
  it("converts Excel's default 8.43 characters to its 48 points", () => {
    expect(columnWidthPoints(8.43)).toBeCloseTo(48, 0);
    expect(columnWidthPoints(1000)).toBe(columnWidthPoints(255));
  });
});

describe("validateOutputs", () => {
  const sheet = (name: string, values: unknown[][] = [["a"]]) => ({ name, values: values as never });

  it("accepts a good batch", () => {
    expect(() => validateOutputs([sheet("汇总"), sheet("滞后事项")])).not.toThrow();
  });

  it.each([
    ["a bad sheet name", [sheet("a/b")], /名称不能包含/],
    ["a name over 31 characters", [sheet("长".repeat(32))], /31/],
    ["a duplicate name", [sheet("汇总"), sheet("汇总")], /两次/],
    ["a non-finite number", [sheet("汇总", [[1, Number.POSITIVE_INFINITY]])], /B1/],
    ["an object in a cell", [sheet("汇总", [[{}]])], /A1/],
    [
      "overlapping merges",
      [
        {
          ...sheet("汇总"),
          merges: [
            { top: 0, left: 0, bottom: 1, right: 1 },
            { top: 1, left: 1, bottom: 2, right: 2 },
          ],
        },
      ],
      /B2:C3/,
    ],
  ])("refuses %s before writing anything", (_what, sheets, message) => {
    let thrown: unknown;
    try {
      validateOutputs(sheets);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(WorkbookError);
    expect((thrown as WorkbookError).code).toBe("file/write-failed");
    expect((thrown as WorkbookError).message).toMatch(message);
  });

  it("names the rule for a reserved name", () => {
    expect(sheetNameProblem("History")).toBe("reserved");
    expect(sheetNameProblem("'x'")).toBe("quote");
  });

  it("raises the problem as data: the rule and the cell, worded by the catalogue in either language", () => {
    let thrown: unknown;
    try {
      validateOutputs([sheet("汇总", [[1, Number.NaN]])]);
    } catch (error) {
      thrown = error;
    }
    const problem = (thrown as WorkbookError).problem;
    expect(problem).toEqual({ reason: "output/bad-cell-value", params: { sheet: "汇总", cell: "B1", rule: "not-finite" } });
    expect((thrown as WorkbookError).message).toBe("工作表“汇总”的单元格 B1 无法写入：数值不是有限数（NaN 或无穷大）。");
    expect(problemText(problem, "en-US")).toBe("Cannot write 汇总!B1: the number is not finite (NaN or infinity). Nothing was written.");
  });
});

describe("payloadBytes and requestBatches", () => {
  it("counts what cells weigh as JSON in UTF-8, never less", () => {
    const row = ["序号", "=SUM(A1)", 12.5, true, 'say "hi"\n'];
    expect(payloadBytes(row)).toBeGreaterThanOrEqual(Buffer.byteLength(JSON.stringify(row), "utf8"));
  });

  it("keeps everything in one request when it fits, and splits rows in order when it does not", () => {
    expect(requestBatches([[10, 10], [10]], 100)).toEqual([
      [
        { sheet: 0, from: 0, to: 2 },
        { sheet: 1, from: 0, to: 1 },
      ],
    ]);
    expect(requestBatches([[40, 40, 40], [40]], 100)).toEqual([
      [{ sheet: 0, from: 0, to: 2 }],
      [
        { sheet: 0, from: 2, to: 3 },
        { sheet: 1, from: 0, to: 1 },
      ],
    ]);
    // A row over the budget goes alone; Excel's refusal of it becomes the message.
    expect(requestBatches([[10, 500, 10]], 100)).toEqual([[{ sheet: 0, from: 0, to: 1 }], [{ sheet: 0, from: 1, to: 2 }], [{ sheet: 0, from: 2, to: 3 }]]);
    expect(requestBatches([[], []], 100)).toEqual([]);
  });
});
