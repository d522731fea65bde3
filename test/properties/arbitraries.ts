import fc from "fast-check";
import type { CellValue, SheetGrid } from "../../src/engine/grid";

/**
 * Random sheets of the kind clerks produce: headers among noise, numbers where text is expected, Excel
 * errors, formula-looking text, emoji and rare CJK, full-width digits, tabs and line breaks, long cells.
 */
export const FRAGMENTS = [
  "序号", "主要工作任务", "责任单位", "牵头部门", "进展情况", "进展状态", "主 要 工 作 任 务", "一、经济发展", "注：",
  "按时推进", "部分滞后", "进度滞后", "市财政局、 市税务局", "长三角发展办", "各县（市、区）政府", "新增企业300家以上",
  "增长6%左右", "完成年度计划的40%", "暂停", "=SUM(A1)", "+86", "-", "@x", "#N/A", "𠮷野家", "😀", "１２", "\t", "\r\n",
  "加快发展,推进建设", "1-6月", "G60", "PM2.5", "",
];
const cell: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constantFrom(...FRAGMENTS),
  fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 4 }).map((parts) => parts.join("")),
  fc.string({ maxLength: 12 }),
  fc.integer({ min: -5, max: 200 }),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.boolean(),
  fc.constant(null),
  fc.constant("长".repeat(10_000)),
);
const grid: fc.Arbitrary<SheetGrid> = fc
  .array(fc.array(cell, { maxLength: 6 }), { maxLength: 25 })
  .chain((rows) =>
    fc.record({
      name: fc.constant("随机"),
      values: fc.constant(rows),
      merges: fc.array(
        fc.record({ top: fc.nat(20), left: fc.nat(5), h: fc.nat(3), w: fc.nat(2) }).map(({ top, left, h, w }) => ({ top, left, bottom: top + h, right: left + w })),
        { maxLength: 3 },
      ),
    }),
  );
const HEADER = ["序号", "主要工作任务", "进展情况", "牵头部门", "进展状态"];
/**
 * Sometimes a real header row first, so the deeper steps run too; and the odd shapes clerks send: a sheet
 * with only its title, a header with no data, 100 blank rows in the middle of a table.
 */
export const sheet: fc.Arbitrary<SheetGrid> = fc.oneof(
  { weight: 8, arbitrary: fc.tuple(grid, fc.boolean()).map(([g, withHeader]) => (withHeader ? { ...g, values: [HEADER, ...g.values] } : g)) },
  { weight: 1, arbitrary: fc.constant<SheetGrid>({ name: "只有标题", values: [["2021年政府工作报告重点工作责任分解"]], merges: [{ top: 0, left: 0, bottom: 0, right: 4 }] }) },
  { weight: 1, arbitrary: fc.constant<SheetGrid>({ name: "只有表头", values: [HEADER], merges: [] }) },
  {
    weight: 2,
    arbitrary: fc.tuple(grid, grid).map(([a, b]) => ({ ...a, values: [HEADER, ...a.values, ...Array.from({ length: 100 }, () => [] as CellValue[]), ...b.values] })),
  },
);
