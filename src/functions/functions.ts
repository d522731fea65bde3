/**
 * Worksheet functions over the engine (=TAIZHANG.TARGETS(B2) …). Each function is plain and synchronous, so
 * Jest calls it directly; the JSDoc blocks are what custom-functions-metadata turns into functions.json, and
 * custom-functions-metadata-plugin appends the CustomFunctions.associate calls when webpack bundles this file,
 * so it registers itself wherever it is loaded in Excel (functions.js alone, or the pane in the shared runtime).
 *
 * Metadata rules that shape the signatures below (see functions.metadata.test.ts):
 * - a return type must be a keyword type, an array of one, or a union: a named type (FunctionError, a type alias)
 *   is rejected. A union becomes result type "any", which Excel accepts for a value or an error.
 * - spilling needs result dimensionality "matrix", i.e. a plain 2-D array type; `(A | B)[][]` is not read
 *   (parenthesised element type), `Array<Array<A | B>>` is. Errors of a spilling function are returned as
 *   a 1×1 matrix holding the error, as Office's documentation does for matrix results.
 */
import type { CellValue } from "../engine/grid";
import { compareTargets, describeChange, describeDelta, matchTasks, type MatchDoc } from "../engine/matching";
import { categorize, defaultVocabulary, extendVocabulary, suggestStatuses, type StatusVocabulary } from "../engine/status/vocabulary";
import { vocabularyFromSheet } from "../engine/settings/statusSheet";
import { CATEGORY_LABELS } from "../engine/status/categories";
import { extractTargets, type Target } from "../engine/targets";
import { targetText, type TaskLine } from "../engine/tasks";
import { canonicalUnits, extendRegistry, type UnitRegistry } from "../engine/units/registry";
import { placeRegistry } from "../engine/settings/registries";
import { unitEntriesFromSheet } from "../engine/settings/unitSheet";
import { unitNames } from "../engine/units/split";
import { functionError, isFunctionError, safely, setFunctionLanguage, type FunctionError } from "./errors";
import { languageFromTag } from "../engine/language";
import type { ArgumentName, FunctionProblem } from "./messages";

// The error values speak Excel's display language, read once Office is ready (in the pane's shared runtime and
// in functions.js alike); there is no Office under Jest or in the preview, where they stay Chinese.
// Guarded: a runtime without onReady or a display language must still register every function.
if (typeof Office !== "undefined" && typeof Office.onReady === "function") {
  Office.onReady(() => setFunctionLanguage(languageFromTag(Office.context?.displayLanguage))).catch(() => undefined);
}

/** The text of a cell argument, or #VALUE! when it is not text (a number, a boolean, an error). */
function textArgument(value: unknown, name: ArgumentName): string | FunctionError {
  if (typeof value === "string") return value;
  // A blank cell can arrive as null: it has no text, which is "nothing found" (#N/A), not a wrong argument.
  if (value === null) return "";
  return functionError("invalidValue", { reason: "not-text", params: { argument: name } });
}

/** Which one of several (counting from 1; 1 when omitted, which Excel passes as null), or #VALUE!. */
function ordinalArgument(n: unknown): number | FunctionError {
  const which = n ?? 1;
  if (typeof which !== "number" || !Number.isInteger(which) || which < 1)
    return functionError("invalidValue", { reason: "bad-ordinal", params: { given: String(n) } });
  return which;
}

const noTarget = () => functionError("notAvailable", { reason: "no-target", params: {} });

// Cells of a range may hold numbers (a 序号, a bare figure): read as their text, not skipped.
const cellText = (cell: unknown) => (typeof cell === "string" ? cell.trim() : typeof cell === "number" ? String(cell) : "");

/** A range's non-empty cells in reading order (row by row), with where each came from. */
function rangeCells(range: unknown): { text: string; row: number; col: number }[] | null {
  if (!Array.isArray(range)) return null;
  const cells: { text: string; row: number; col: number }[] = [];
  range.forEach((row: unknown, r) => {
    if (!Array.isArray(row)) return;
    row.forEach((cell: unknown, c) => {
      const text = cellText(cell);
      if (text !== "") cells.push({ text, row: r, col: c });
    });
  });
  return cells;
}

const sameShape = (a: unknown[][], b: unknown[][]) => a.length === b.length && a.every((row, r) => Array.isArray(b[r]) && row.length === b[r].length);

/** A plain-text task as a task line, so the engine's own targetText joins an indicator with its 目标 cell. */
const lineOf = (text: string, target: string): TaskLine => ({
  row: 0,
  text,
  units: [],
  coUnits: [],
  progress: "",
  status: "",
  target,
  content: "",
  measure: "",
  note: "",
  done: "",
  rate: "",
  leaders: [],
});

/** Targets as written, one clause each: "；" keeps them apart when CHANGE reads the text again. */
const targetsAsWritten = (targets: readonly Target[]) => targets.map((t) => t.raw).join("；");

/**
 * 任务文字中的数字目标，每个目标一行：指标、数值、单位、限定词。没有目标时返回 #N/A。
 * Numeric targets of a task text, one row each: metric, value, unit, qualifiers. #N/A when there is none.
 * @customfunction TARGETS TARGETS
 * @param text 任务文字，如“社会消费品零售总额增长5.5%以上” / task text, e.g. 社会消费品零售总额增长5.5%以上
 * @returns 每个目标一行：指标、数值（区间为“低-高”文字）、单位（含万/亿）、限定词（以上、左右、力争…，以“、”分隔） / one row per target: metric, value (a range as "low-high" text), unit as written (万/亿 included), qualifiers joined by 、
 */
export function targets(text: string): Array<Array<string | number | FunctionError>> {
  const result = safely((): Array<Array<string | number>> | FunctionError => {
    const input = textArgument(text, "text");
    if (isFunctionError(input)) return input;
    const found = extractTargets(input);
    if (found.length === 0) return noTarget();
    // The value column follows the CLI's JSON: a number, or "1-2" for a range, so the bounds stay visible.
    return found.map((t) => [t.metric, t.valueLow === undefined ? t.value : `${t.valueLow}-${t.value}`, t.unit, t.qualifiers.join("、")]);
  });
  return isFunctionError(result) ? [[result]] : result;
}

/**
 * 任务文字中第 n 个目标的数值（区间取下限）。
 * The value of the n-th target of a task text (for a range such as 1-2个, the lower bound).
 * @customfunction TARGET TARGET
 * @param text 任务文字 / task text
 * @param [n] 第几个目标，从 1 起，默认 1 / which target, counting from 1 (default 1)
 * @returns 数值，单位为原文单位（3.5万亩 → 3.5） / the number in the unit as written (3.5万亩 → 3.5)
 */
export function target(text: string, n?: number): number | FunctionError {
  return safely(() => {
    const input = textArgument(text, "text");
    if (isFunctionError(input)) return input;
    const which = ordinalArgument(n);
    if (isFunctionError(which)) return which;
    const found = extractTargets(input);
    if (found.length === 0) return noTarget();
    const t = found[which - 1];
    if (t === undefined) return functionError("invalidValue", { reason: "no-such-target", params: { which, count: found.length } });
    return t.valueLow ?? t.value;
  });
}

/**
 * 在上年任务中找与本任务对应的一项：上年任务、相似度、上年目标。找不到时返回 #N/A。
 * The prior-year task that carries this task: prior task, score, prior targets. #N/A when none is close enough.
 * @customfunction PRIOR PRIOR
 * @param text 今年的任务文字 / this year's task text
 * @param priorTasks 上年任务文字所在区域 / range of last year's task texts
 * @param [priorTargets] 上年目标列（指标表的“目标”列），与上年任务区域同样大小 / last year's 目标 cells (indicator tables), the same size as priorTasks
 * @returns 一行：上年任务、相似度（0–1）、上年目标原文（以“；”分隔，无目标时为空） / one row: prior task, score (0–1), prior targets as written (joined by ；, empty when none)
 */
export function prior(text: string, priorTasks: string[][], priorTargets?: string[][]): Array<Array<string | number | FunctionError>> {
  const result = safely((): Array<Array<string | number>> | FunctionError => {
    const input = textArgument(text, "text");
    if (isFunctionError(input)) return input;
    const cells = rangeCells(priorTasks);
    if (cells === null) return functionError("invalidValue", { reason: "prior-not-range", params: {} });
    // Excel passes null for an omitted optional argument.
    const targetRange = priorTargets ?? null;
    if (targetRange !== null && !(Array.isArray(targetRange) && sameShape(priorTasks, targetRange))) {
      return functionError("invalidValue", { reason: "prior-targets-shape", params: {} });
    }
    if (input.trim() === "" || cells.length === 0) return functionError("notAvailable", { reason: "nothing-to-match", params: {} });
    // Units are not known from plain cells: the matcher then weighs text and target metrics only.
    const docs: MatchDoc[] = cells.map((cell, i) => ({ key: String(i), seq: "", text: cell.text, units: [] }));
    const [match] = matchTasks([{ key: "current", seq: "", text: input, units: [] }], docs, { targetsOf: extractTargets });
    const best = match.prior[0];
    if (best === undefined) return functionError("notAvailable", { reason: "no-close-prior", params: {} });
    const cell = cells[Number(best.key)];
    const targetCell: unknown = targetRange === null ? "" : targetRange[cell.row][cell.col];
    const priorTargetText = targetText(lineOf(cell.text, cellText(targetCell)));
    return [[cell.text, best.score, targetsAsWritten(extractTargets(priorTargetText))]];
  });
  return isFunctionError(result) ? [[result]] : result;
}

/**
 * 可比目标的变化，如“−1.5个百分点”“+66.7%”“持平”。有多个可比目标时用 n 选第几个。没有可比目标时返回 #N/A。
 * The change of a comparable target alone: −1.5个百分点, +66.7%, 持平. n picks one when there are several.
 * @customfunction CHANGE CHANGE
 * @param text 今年的任务文字 / this year's task text
 * @param priorText 上年的任务文字或目标 / last year's task text or targets
 * @param [n] 第几个可比目标，从 1 起，默认 1 / which comparable target, counting from 1 (default 1)
 * @returns 比率为“个百分点”，其余为百分比，不变为“持平” / percentage points for rates, else percent, 持平 when unchanged
 */
export function change(text: string, priorText: string, n?: number): string | FunctionError {
  return safely(() => {
    const current = textArgument(text, "text");
    if (isFunctionError(current)) return current;
    const before = textArgument(priorText, "priorText");
    if (isFunctionError(before)) return before;
    const which = ordinalArgument(n);
    if (isFunctionError(which)) return which;
    const { changes } = compareTargets(extractTargets(current), extractTargets(before));
    if (changes.length === 0) return functionError("notAvailable", { reason: "no-comparable-target", params: {} });
    const picked = changes[which - 1];
    if (picked === undefined) {
      const all = changes.map(describeChange).join("；");
      return functionError("invalidValue", { reason: "no-such-comparable", params: { which, count: changes.length, changes: all } });
    }
    return describeDelta(picked);
  });
}

/**
 * 进展状态词的类别，如“部分滞后”→“滞后”。给出状态词表区域（“状态 | 类别”两列，含表头，如 状态词表!A1:B50）时，
 * 按内置词表加上该区域判断，与任务窗格一致；未知的状态词返回 #N/A。
 * The category of a status word, e.g. 部分滞后 → 滞后: the built-in vocabulary, extended by the workbook's own
 * 状态 | 类别 range when given (as the pane reads the 状态词表 sheet). #N/A for an unknown word.
 * @customfunction CATEGORY CATEGORY
 * @param status 进展状态，如“按时推进”“部分滞后” / status word, e.g. 按时推进, 部分滞后
 * @param [vocabulary] 本工作簿的状态词表区域，含表头“状态 | 类别” / the workbook's vocabulary range, header 状态 | 类别 included
 * @returns 类别：进度较快、按时推进、已完成、滞后、未启动 / the category as the summary names it
 */
export function category(status: string, vocabulary?: string[][]): string | FunctionError {
  return safely(() => {
    const input = textArgument(status, "status");
    if (isFunctionError(input)) return input;
    const words = vocabularyOf(vocabulary ?? null);
    if (isFunctionError(words)) return words;
    const found = categorize(words, input);
    if (found.known) return CATEGORY_LABELS[found.category];
    if (input.trim() === "") return functionError("notAvailable", { reason: "status-empty", params: {} });
    const near = suggestStatuses(words, input, 3);
    return functionError("notAvailable", { reason: "unknown-status", params: { status: input, near } });
  });
}

/**
 * 责任单位单元格中的各单位，牵头单位在前，每个一行。给出单位名录区域（含表头“规范名称 | 别名 | 类别”，如
 * 单位名录!A1:D200）时，名录中的别名和旧名换成规范名称。
 * The units of a responsible-unit cell, lead first, one per row; with the workbook's 单位名录 range, its
 * aliases and former names become the canonical names.
 * @customfunction UNITS UNITS
 * @param cell 责任单位，如“市发改委、秀洲区政府” / responsible units, e.g. 市发改委、秀洲区政府
 * @param [registry] 本工作簿的单位名录区域，含表头 / the workbook's unit list range, header included
 * @returns 每行一个单位，重复的只列一次；有单位名录时别名和旧名换成规范名称 / one unit per row, each listed once; with the 单位名录 range, aliases and former names become the canonical name
 */
export function units(cell: string, registry?: string[][]): Array<Array<string | FunctionError>> {
  const result = safely((): string[][] | FunctionError => {
    const input = textArgument(cell, "cell");
    if (isFunctionError(input)) return input;
    const known = registryOf(registry ?? null);
    if (isFunctionError(known)) return known;
    const names = canonicalUnits(known, unitNames(input));
    if (names.length === 0) return functionError("notAvailable", { reason: "no-unit", params: {} });
    return names.map((name) => [name]);
  });
  return isFunctionError(result) ? [[result]] : result;
}

/**
 * A built-in list extended by a settings range the way its settings sheet extends it (状态词表, 单位名录), or
 * the built-in list alone when the argument is omitted (Excel passes null).
 */
function extendedBy<List, Entry>(
  range: unknown,
  builtin: () => List,
  read: (values: CellValue[][]) => { entries: Entry[] },
  extend: (list: List, entries: Entry[]) => List,
  wrong: { notRange: FunctionProblem; noEntry: FunctionProblem },
): List | FunctionError {
  if (range === null) return builtin();
  if (!Array.isArray(range) || !range.every((row) => Array.isArray(row))) return functionError("invalidValue", wrong.notRange);
  const { entries } = read(range as CellValue[][]);
  if (entries.length === 0) return functionError("invalidValue", wrong.noEntry);
  return extend(builtin(), entries);
}

const vocabularyOf = (range: unknown): StatusVocabulary | FunctionError =>
  extendedBy(range, defaultVocabulary, vocabularyFromSheet, extendVocabulary, {
    notRange: { reason: "vocabulary-not-range", params: {} },
    noEntry: { reason: "vocabulary-empty", params: {} },
  });

/** A cell says nothing of its workbook's place: no place's built-in names, only the 单位名录 range given. */
const registryOf = (range: unknown): UnitRegistry | FunctionError =>
  extendedBy(range, () => placeRegistry(null), unitEntriesFromSheet, extendRegistry, {
    notRange: { reason: "registry-not-range", params: {} },
    noEntry: { reason: "registry-empty", params: {} },
  });
