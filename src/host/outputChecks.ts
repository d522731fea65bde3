/**
 * What Excel refuses in a sheet name or a cell, checked before anything is written so that a bad batch is
 * rejected whole. Every adapter (files, Office.js, memory) uses these, so the rules are one; they answer a
 * rule's name, worded by the host's problem catalogues (src/host/problems).
 */

// Excel's limit on the text in one cell (longer text makes Excel "repair" the file): the engine's, checked again here.
import { MAX_CELL_TEXT } from "../engine/grid";

import type { CellRule, SheetNameRule } from "./problems";

export type { CellRule, SheetNameRule };

// The sheet-name rule is the engine's, which also makes the names the add-in gives sheets.
export { sheetNameProblem } from "../engine/sheetNames";

/** Why a value cannot go into a cell, or null when it can. */
export function cellValueProblem(value: unknown): CellRule | null {
  if (value === null || value === undefined || typeof value === "boolean") return null;
  if (typeof value === "number") return Number.isFinite(value) ? null : "not-finite";
  if (typeof value === "string") return value.length > MAX_CELL_TEXT ? "too-long" : null;
  return "bad-type";
}
