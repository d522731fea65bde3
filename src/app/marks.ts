/**
 * The 三色预警 marks: fills the add-in draws over lagging tasks or over a check's issues, and removes again
 * without touching the clerk's own formatting (their ids are kept in the workbook's "marks" setting).
 */
import { columnIndex } from "../engine/grid";
import { recognizeSheet } from "../engine/recognize";
import type { Mark, WorkbookPort } from "../host/port";
import type { ValidationResult } from "./check";
import type { LagView } from "./lag";

/** Light fills for the 三色预警 marks: readable over text, and printed pale. */
export const MARK_COLORS = { red: "#FDE7E9", yellow: "#FFF4CE" } as const;

/** The saved ids of the marks drawn on each sheet ("marks" setting, JSON). */
async function savedMarks(workbook: WorkbookPort): Promise<Record<string, string[]>> {
  try {
    const parsed: unknown = JSON.parse((await workbook.readSettings()).marks ?? "{}");
    return parsed && typeof parsed === "object" ? (parsed as Record<string, string[]>) : {};
  } catch {
    return {};
  }
}

/** Draws marks on a sheet, replacing every mark the add-in drew before, and remembers their ids. */
async function replaceMarks(workbook: WorkbookPort, sheet: string, marks: readonly Mark[]): Promise<void> {
  await clearMarks(workbook);
  const ids = await workbook.addMarks(sheet, marks);
  await workbook.writeSettings({ marks: JSON.stringify({ [sheet]: ids }) });
}

/**
 * Colours the rows of red and yellow tasks (every line of the task, across its table) on their sheet,
 * replacing the marks drawn before. Returns how many tasks were marked.
 */
export async function markLagging(workbook: WorkbookPort, view: LagView): Promise<number> {
  const flagged = view.results.filter(({ result }) => result.flag === "red" || result.flag === "yellow");
  const sheet = flagged[0]?.result.sheet ?? (await workbook.activeSheetName());
  const grid = await workbook.readSheet(sheet);
  const width = Math.max(1, recognizeSheet(grid).tables[0]?.headerCells.reduce((w, c) => Math.max(w, c.col + 1), 0) ?? 1);
  const marks = flagged.map(({ result, task }) => ({
    range: { top: task.lines[0].row - 1, left: 0, bottom: task.lines[task.lines.length - 1].row - 1, right: width - 1 },
    color: MARK_COLORS[result.flag as "red" | "yellow"],
  }));
  await replaceMarks(workbook, sheet, marks);
  return marks.length;
}

/**
 * Colours the cells of a validation's errors (red) and warnings (yellow), one mark per cell (an error wins
 * over a warning on the same cell), replacing the marks drawn before. Notes are not marked. Returns the cells.
 */
export async function markIssues(workbook: WorkbookPort, validation: ValidationResult): Promise<number> {
  const cells = new Map<string, Mark>();
  for (const issue of validation.issues) {
    if (issue.severity === "info" || issue.sheet !== validation.sheet) continue;
    const key = `${issue.row}:${issue.column}`;
    if (cells.has(key) && issue.severity !== "error") continue;
    const at = { top: issue.row - 1, left: columnIndex(issue.column), bottom: issue.row - 1, right: columnIndex(issue.column) };
    cells.set(key, { range: at, color: MARK_COLORS[issue.severity === "error" ? "red" : "yellow"] });
  }
  await replaceMarks(workbook, validation.sheet, [...cells.values()]);
  return cells.size;
}

/** Removes every mark the add-in drew; the clerk's own formatting is untouched. */
export async function clearMarks(workbook: WorkbookPort): Promise<number> {
  const saved = await savedMarks(workbook);
  const names = await workbook.sheetNames();
  let removed = 0;
  for (const [sheet, ids] of Object.entries(saved)) {
    if (names.includes(sheet)) await workbook.removeMarks(sheet, ids);
    removed += ids.length;
  }
  await workbook.writeSettings({ marks: "{}" });
  return removed;
}
