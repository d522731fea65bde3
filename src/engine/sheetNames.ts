/**
 * What a sheet may be named in an .xlsx, as Excel and WPS take it: the one rule behind the check every host
 * adapter makes before it writes (sheetNameProblem) and the names the add-in makes from other text
 * (sheetNameFrom: a .csv's one sheet after its file, 分发's returns after their unit).
 */
import { safeCut } from "./grid";

/** The longest sheet name, in UTF-16 code units as Excel counts them (an emoji or a CJK ext-B character is two). */
export const MAX_SHEET_NAME = 31;

/** Characters no sheet name may hold. */
const FORBIDDEN = /[[\]:*?/\\]/u;
const EVERY_FORBIDDEN = new RegExp(FORBIDDEN.source, "gu");
/** Quotes and white space at either end: a quote there is refused, a space there only hides in the tab. */
const ENDS = /^[\s']+|[\s']+$/gu;

/** Why a name is no sheet name; a batch's "duplicate" is the host's to find (it compares several). */
export type SheetNameFault = "empty" | "too-long" | "bad-chars" | "quote" | "reserved";

/** Why this could not be a sheet's name, or null when it can. */
export function sheetNameProblem(name: unknown): SheetNameFault | null {
  if (typeof name !== "string" || name.trim() === "") return "empty";
  if (name.length > MAX_SHEET_NAME) return "too-long";
  if (FORBIDDEN.test(name)) return "bad-chars";
  if (name.startsWith("'") || name.endsWith("'")) return "quote";
  if (name.toLowerCase() === "history") return "reserved";
  return null;
}

/**
 * A sheet name made from any text: forbidden characters as "_", white space runs as one space, no quote or
 * space at either end, cut to MAX_SHEET_NAME code units but never between the halves of a surrogate pair, and
 * trimmed again after the cut (which may bare a quote); `fallback` (itself a valid name) when nothing is left or
 * the name is the reserved "History".
 */
export function sheetNameFrom(text: string, fallback: string): string {
  const clean = text.replace(EVERY_FORBIDDEN, "_").replace(/\s+/gu, " ").replace(ENDS, "");
  const cut = clean.slice(0, safeCut(clean, MAX_SHEET_NAME)).replace(ENDS, "");
  return sheetNameProblem(cut) === null ? cut : fallback;
}
