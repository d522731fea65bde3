import type * as ExcelJS from "exceljs";
import type { CellValue } from "../../engine/grid";

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

/**
 * A date as ISO text: "2021-06-30", or "2021-06-30 14:30" / "2021-06-30 14:30:15" when it has a time.
 * ExcelJS gives dates as UTC instants of the serial number, so UTC fields are the wall-clock the user typed;
 * rounding to the second removes the float noise of serial numbers (…T23:59:59.999).
 */
export function isoDateText(date: Date): string {
  const time = date.getTime();
  if (Number.isNaN(time)) return "#VALUE!";
  const d = new Date(Math.round(time / 1000) * 1000);
  const day = `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  const [h, m, s] = [d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds()];
  if (h === 0 && m === 0 && s === 0) return day;
  return `${day} ${pad(h)}:${pad(m)}${s === 0 ? "" : `:${pad(s)}`}`;
}

function richText(runs: readonly ExcelJS.RichText[]): string {
  return runs.map((run) => run.text ?? "").join("");
}

/** Text of a hyperlink's display part, which ExcelJS gives as a string or as rich text. */
function displayText(text: unknown): CellValue {
  if (typeof text === "string") return text;
  if (text && typeof text === "object" && "richText" in text) {
    return richText((text as ExcelJS.CellRichTextValue).richText);
  }
  return null;
}

/**
 * One ExcelJS cell value as the engine's CellValue: rich text joined, formulas as their cached result,
 * hyperlinks as their text, errors as their text ("#N/A"), dates as ISO text, empty text as null.
 */
export function toCellValue(value: ExcelJS.CellValue | unknown): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "string") return value === "" ? null : value;
  if (typeof value === "number") return Number.isFinite(value) ? value : "#NUM!";
  if (typeof value === "boolean") return value;
  if (value instanceof Date) return isoDateText(value);
  if (typeof value !== "object") return null;
  if ("richText" in value) return toCellValue(richText((value as ExcelJS.CellRichTextValue).richText));
  if ("error" in value) return String((value as ExcelJS.CellErrorValue).error);
  // Formula cells (plain, shared and array) carry the value Excel last calculated; a file written by a
  // program that never calculated it has none, and we do not evaluate formulas ourselves.
  if ("formula" in value || "sharedFormula" in value) return toCellValue((value as ExcelJS.CellFormulaValue).result);
  if ("hyperlink" in value) return toCellValue(displayText((value as ExcelJS.CellHyperlinkValue).text));
  return null;
}
