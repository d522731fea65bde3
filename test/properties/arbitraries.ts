import fc from "fast-check";
import { gridWidth, type CellRange, type CellValue, type SheetGrid } from "../../src/engine/grid";

/**
 * Excel's error values as the engine receives them: both the file adapter (ExcelJS's `{ error }`) and the
 * Office adapter (Range.values) hand them over as their text, like any other string cell.
 */
export const EXCEL_ERRORS = ["#N/A", "#REF!", "#VALUE!", "#DIV/0!", "#NAME?", "#NUM!", "#NULL!"];

/**
 * Random sheets of the kind clerks produce: headers among noise, numbers where text is expected, Excel
 * errors, formula-looking text, emoji and rare CJK, full-width digits, tabs and line breaks of every kind
 * (Alt+Enter puts a lone "\n" in a cell; old Mac text a lone "\r"), long cells.
 */
export const FRAGMENTS = [
  "序号",
  "主要工作任务",
  "责任单位",
  "牵头部门",
  "进展情况",
  "进展状态",
  "主 要 工 作 任 务",
  "一、经济发展",
  "注：",
  "按时推进",
  "部分滞后",
  "进度滞后",
  "市财政局、 市税务局",
  "长三角发展办",
  "市财政局，财政局",
  "发改委",
  "嘉兴银保监分局",
  "各县（市、区）政府",
  "新增企业300家以上",
  "增长6%左右",
  "完成年度计划的40%",
  "暂停",
  "=SUM(A1)",
  "+86",
  "-",
  "@x",
  ...EXCEL_ERRORS,
  "𠮷野家",
  "😀",
  "１２",
  "\t",
  "\r\n",
  "\n",
  "\r",
  "加快发展,推进建设",
  "1-6月",
  "G60",
  "PM2.5",
  "",
];

/** Pieces of long progress texts: figures with their units, shares, punctuation of both widths, breaks. */
const LONG_TEXT_PIECES = [
  "推进",
  "长三角一体化发展",
  "新建高标准农田12万亩",
  "完成投资110.95亿元",
  "4.5亿元",
  "万亩",
  "亿元",
  "%",
  "个百分点",
  "同比增长6.5%",
  "完成年度计划的40%",
  "过半",
  "三成",
  "１２３",
  "，",
  "、",
  "。",
  "；",
  ",",
  ";",
  ":",
  "(一)",
  "（二）",
  "\n",
  "\r\n",
  "\r",
  "\t",
  " ",
  "\u3000",
  "1-6月",
  "𠮷",
  "😀",
  "PM2.5",
  "G60",
  "市财政局、市税务局",
  "新增企业300家以上",
];
const longTextFragment = fc.oneof(
  fc.array(fc.constantFrom(...LONG_TEXT_PIECES, ...FRAGMENTS), { minLength: 1, maxLength: 6 }).map((parts) => parts.join("")),
  fc.string({ minLength: 1, maxLength: 8 }),
);

/**
 * Texts of more than 10,000 characters, as pasted from a Word report: a few random fragments repeated in a
 * random order up to a random length. Built from a handful of draws, so runs stay fast.
 */
export const hugeText: fc.Arbitrary<string> = fc
  .tuple(
    fc.array(longTextFragment, { minLength: 1, maxLength: 5 }),
    fc.array(fc.nat(), { minLength: 1, maxLength: 12 }),
    fc.integer({ min: 10_001, max: 30_000 }),
  )
  .map(([fragments, order, length]) => {
    const pieces = fragments.filter((fragment) => fragment !== "");
    if (pieces.length === 0) pieces.push("长");
    let text = "";
    for (let i = 0; text.length < length; i++) text += pieces[order[i % order.length] % pieces.length];
    return text;
  });

const cell: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constantFrom(...FRAGMENTS),
  fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 4 }).map((parts) => parts.join("")),
  fc.string({ maxLength: 12 }),
  fc.integer({ min: -5, max: 200 }),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.boolean(),
  fc.constant(null),
  fc.constantFrom(...EXCEL_ERRORS),
  fc.oneof(fc.constant("长".repeat(10_000)), hugeText),
);
const rows: fc.Arbitrary<CellValue[][]> = fc.array(fc.array(cell, { maxLength: 6 }), { maxLength: 25 });
const HEADER = ["序号", "主要工作任务", "进展情况", "牵头部门", "进展状态"];

/** Unit names as clerks write them: canonical, aliases, a former name, brackets of both widths, unknown ones. */
const UNIT_NAMES = [
  "市财政局",
  "财政局",
  "市税务局",
  "长三角发展办",
  "发改委",
  "嘉兴银保监分局",
  "各县（市、区）政府",
  "各县(市、区)政府",
  "市火星局",
  "嘉兴经济技术开发区 （国际商务区）",
];
/** Whatever clerks put between units (and before or after them): the standard 、, commas, spaces, breaks, or nothing. */
const UNIT_SEPARATORS = ["、", "、", "，", ",", "；", " ", "\n", "\r\n", "、 ", "、、", ""];
const unitsCell: fc.Arbitrary<string> = fc
  .tuple(
    fc.array(fc.tuple(fc.constantFrom(...UNIT_NAMES), fc.constantFrom(...UNIT_SEPARATORS)), { minLength: 1, maxLength: 4 }),
    fc.constantFrom("", "", "、", " "),
  )
  .map(([units, lead]) => lead + units.map(([name, separator], i) => (i === 0 ? name : separator + name)).join(""));
/** A task line under HEADER: each cell mostly of its column's kind, sometimes anything at all. */
const taskLine: fc.Arbitrary<CellValue[]> = fc.tuple(
  fc.oneof(fc.nat(30), fc.nat(30).map(String), fc.constantFrom("１２", " 3", "一、经济发展", null), cell),
  fc.oneof(
    fc.array(fc.constantFrom(...FRAGMENTS), { minLength: 1, maxLength: 5 }).map((parts) => parts.join("")),
    cell,
  ),
  fc.oneof(
    fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 5 }).map((parts) => parts.join("")),
    cell,
  ),
  fc.oneof({ weight: 3, arbitrary: unitsCell }, { weight: 1, arbitrary: cell }),
  fc.oneof(fc.constantFrom("按时推进", "按时 推进", "部分滞后", "进度滞后", "暂停", "已完成", ""), cell),
);

/**
 * Merged areas over given rows. Small areas near the top, as before, and the long ones real sheets have: a
 * 序号 or 责任单位 column merged down over a task's many lines, and a title or section row merged across every
 * column, anywhere in the sheet. Merges may overlap or stick out of the values: the engine must not trust them.
 */
function mergesOver(values: readonly CellValue[][]): fc.Arbitrary<CellRange[]> {
  const height = Math.max(1, values.length);
  const width = Math.max(1, gridWidth({ name: "", values: values as CellValue[][], merges: [] }));
  const small = fc
    .record({ top: fc.nat(20), left: fc.nat(5), h: fc.nat(3), w: fc.nat(2) })
    .map(({ top, left, h, w }) => ({ top, left, bottom: top + h, right: left + w }));
  const downAColumn = fc
    .record({ col: fc.nat(width - 1), top: fc.nat(height - 1), span: fc.integer({ min: 1, max: height }) })
    .map(({ col, top, span }) => ({ top, left: col, bottom: Math.min(height - 1, top + span), right: col }));
  const acrossTheSheet = fc
    .record({ top: fc.nat(height - 1), h: fc.nat(1) })
    .map(({ top, h }) => ({ top, left: 0, bottom: Math.min(height - 1, top + h), right: width - 1 }));
  return fc
    .tuple(fc.array(small, { maxLength: 3 }), fc.array(downAColumn, { maxLength: 3 }), fc.array(acrossTheSheet, { maxLength: 2 }))
    .map(([a, b, c]) => [...a, ...b, ...c]);
}

/**
 * The grid as the adapters give it: Excel keeps a merged area's value only in its top-left cell, and both
 * adapters read the other cells as empty. Sometimes left as drawn instead, values under merges and all.
 */
function blankUnderMerges(values: readonly CellValue[][], merges: readonly CellRange[]): CellValue[][] {
  const blanked = values.map((line) => [...line]);
  for (const m of merges) {
    for (let r = m.top; r <= m.bottom && r < blanked.length; r++) {
      for (let c = m.left; c <= m.right && c < blanked[r].length; c++) if (r !== m.top || c !== m.left) blanked[r][c] = null;
    }
  }
  return blanked;
}

/**
 * Sometimes a real header row first, so the deeper steps run too; or 100 blank rows in the middle of a table.
 *
 * Hidden rows are not generated: SheetGrid has no notion of them, and neither adapter reads row visibility
 * (ExcelJS rows and Range.values both give hidden rows' values like any other), so the engine sees a hidden
 * row as an ordinary one, which these random rows already cover.
 */
const tableValues: fc.Arbitrary<CellValue[][]> = fc.oneof(
  { weight: 8, arbitrary: fc.tuple(rows, fc.boolean()).map(([values, withHeader]) => (withHeader ? [HEADER, ...values] : values)) },
  { weight: 4, arbitrary: fc.array(taskLine, { maxLength: 25 }).map((lines) => [HEADER, ...lines]) },
  { weight: 2, arbitrary: fc.tuple(rows, rows).map(([a, b]) => [HEADER, ...a, ...Array.from({ length: 100 }, () => [] as CellValue[]), ...b]) },
);
const randomSheet: fc.Arbitrary<SheetGrid> = tableValues.chain((values) =>
  fc.tuple(mergesOver(values), fc.boolean()).map(([merges, asAdaptersRead]) => ({
    name: "随机",
    values: asAdaptersRead ? blankUnderMerges(values, merges) : values,
    merges,
  })),
);

/** Random sheets, and the odd shapes clerks send: a sheet with only its title, a header with no data. */
export const sheet: fc.Arbitrary<SheetGrid> = fc.oneof(
  { weight: 10, arbitrary: randomSheet },
  {
    weight: 1,
    arbitrary: fc.constant<SheetGrid>({
      name: "只有标题",
      values: [["2021年政府工作报告重点工作责任分解"]],
      merges: [{ top: 0, left: 0, bottom: 0, right: 4 }],
    }),
  },
  { weight: 1, arbitrary: fc.constant<SheetGrid>({ name: "只有表头", values: [HEADER], merges: [] }) },
);
