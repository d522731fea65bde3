/**
 * What Excel refuses in a sheet name or a cell, checked before anything is written so that a bad batch is
 * rejected whole. Both adapters (files and Office.js) use these, so the rules and their wording are one.
 */

// Excel's limit on the text in one cell (longer text makes Excel "repair" the file): the engine's, checked again here.
import { MAX_CELL_TEXT } from "../engine/grid";

export const sheetNameRules = {
  empty: "名称不能为空 (empty name)",
  tooLong: "名称不能超过 31 个字符 (longer than 31 characters)",
  badChars: "名称不能包含 * ? : \\ / [ ] (contains * ? : \\ / [ ])",
  quote: "名称首尾不能是单引号 (starts or ends with ')",
  reserved: "“History” 是 Excel 保留的名称 (History is reserved by Excel)",
  duplicate: "同一批次中出现了两次 (appears twice in one batch)",
} as const;

export const cellRules = {
  notFinite: "数值不是有限数（NaN 或无穷大） (not a finite number)",
  badType: "只能写入文本、数字、逻辑值或空值 (only text, numbers, booleans or empty)",
  tooLong: `文本超过 Excel 单元格上限 ${MAX_CELL_TEXT} 个字符 (text longer than ${MAX_CELL_TEXT} characters)`,
} as const;

/** Why Excel would refuse this sheet name, or null when it is fine. */
export function sheetNameProblem(name: unknown): string | null {
  if (typeof name !== "string" || name.trim() === "") return sheetNameRules.empty;
  if (name.length > 31) return sheetNameRules.tooLong;
  if (/[*?:/\\[\]]/u.test(name)) return sheetNameRules.badChars;
  if (name.startsWith("'") || name.endsWith("'")) return sheetNameRules.quote;
  if (name.toLowerCase() === "history") return sheetNameRules.reserved;
  return null;
}

/** Why a value cannot go into a cell, or null when it can. */
export function cellValueProblem(value: unknown): string | null {
  if (value === null || value === undefined || typeof value === "boolean") return null;
  if (typeof value === "number") return Number.isFinite(value) ? null : cellRules.notFinite;
  if (typeof value === "string") return value.length > MAX_CELL_TEXT ? cellRules.tooLong : null;
  return cellRules.badType;
}
