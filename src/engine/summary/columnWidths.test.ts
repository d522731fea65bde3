import fc from "fast-check";
import { displayWidth, fitColumnWidths, fitToPrintWidth, PRINT_WIDTH_CHARS, wrappedLines } from "./columnWidths";

test("a column fits its widest line, Han characters counting two, within the bounds", () => {
  const widths = fitColumnWidths([
    ["序号", "责任单位", "进展情况"],
    [1, "市发改委、市经信局", "已完成年度目标的60%。\n下半年继续推进"],
    [2, "市商务局", "x".repeat(500)],
  ]);
  // 序号 is 4 wide, under the minimum 6; 市发改委、市经信局 is 18 wide + 2; a 500-character line is capped at 50.
  expect(widths).toEqual([6, 20, 50]);
  expect(fitColumnWidths([["进展", "按时推进\n进度较快"]], { max: 9 })).toEqual([6, 9]);
});

test("the widest line is the widest of the lines one by one", () => {
  const text = fc.array(fc.constantFrom("推", "进", "a", "1", "，", "\n", "𠮷", " "), { maxLength: 120 }).map((cs) => cs.join(""));
  fc.assert(
    fc.property(fc.array(text, { minLength: 1, maxLength: 5 }), fc.integer({ min: 7, max: 60 }), (cells, max) => {
      const [width] = fitColumnWidths([cells.slice(0, 1)], { max });
      const widest = Math.max(0, ...cells[0].split("\n").map((line) => displayWidth(line, max)));
      expect(width).toBe(Math.max(6, Math.min(max, widest + 2)));
    }),
  );
});

describe("wrappedLines", () => {
  it("counts each line of a cell, and a long line as many as its width needs", () => {
    // 进展状态为“按时推进” is 20 wide: one line in a column of 50, three lines of it three.
    expect(wrappedLines("进展状态为“按时推进”", 50)).toBe(1);
    expect(wrappedLines("进展状态为“按时推进”\n进展状态为“按时推进”\n进展状态为“按时推进”", 50)).toBe(3);
    // 40 Han characters are 80 wide: two lines at 50 (48 usable), one at 90.
    expect(wrappedLines("一".repeat(40), 50)).toBe(2);
    expect(wrappedLines("一".repeat(40), 90)).toBe(1);
    expect(wrappedLines("", 10)).toBe(1);
  });
});

describe("fitToPrintWidth", () => {
  it("narrows the widest columns until the tab fits A4 landscape at a readable scale", () => {
    // 滞后任务 as fitted to its texts: 预警, 序号, 任务, 单位, 状态, 理由, 位置.
    const fitted = fitToPrintWidth([6, 6, 50, 50, 10, 50, 30]);
    expect(fitted.reduce((a, b) => a + b, 0)).toBe(PRINT_WIDTH_CHARS);
    expect(fitted.slice(0, 2)).toEqual([6, 6]);
    expect(fitted[4]).toBe(10);
    // The three long texts give the 22 characters between them, evenly; 位置 (30) is not the widest.
    expect([fitted[2], fitted[3], fitted[5]].sort()).toEqual([42, 43, 43]);
    expect(fitted[6]).toBe(30);
  });

  it("leaves a tab that fits as it is, and never narrows a column below the floor", () => {
    expect(fitToPrintWidth([6, 20, 30])).toEqual([6, 20, 30]);
    expect(fitToPrintWidth(Array.from({ length: 20 }, () => 14))).toEqual(Array.from({ length: 20 }, () => 12));
  });
});
