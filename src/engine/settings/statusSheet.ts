import { cellText, type CellValue } from "../grid";
import { STATUS_CATEGORIES, type StatusCategory } from "../status/categories";
import { isPartlyBehindTerm, type StatusTerm } from "../status/vocabulary";
import { foldText } from "../text";
import { findSettingsHeader, problemAt, type SettingsProblem } from "./settingsSheet";

/**
 * Category cells may be written in English or Chinese. A Map, not an object: a cell reading "constructor" or
 * "__proto__" is no category.
 */
const CATEGORY_WORDS = new Map<string, Exclude<StatusCategory, "unknown">>(
  Object.entries({
    ahead: "ahead",
    超前: "ahead",
    较快: "ahead",
    on_track: "on_track",
    ontrack: "on_track",
    正常: "on_track",
    按时: "on_track",
    behind: "behind",
    滞后: "behind",
    done: "done",
    完成: "done",
    已完成: "done",
    not_started: "not_started",
    notstarted: "not_started",
    未启动: "not_started",
    未开始: "not_started",
  }),
);

const HEADERS = { term: ["状态", "进展状态", "状态词"], category: ["类别", "分类", "category"] };

/** Terms from a 状态词表 sheet: 状态 | 类别. Partly-behind terms (部分…, …偏慢) in the behind category count as such. */
export function vocabularyFromSheet(values: readonly (readonly CellValue[])[]): { entries: StatusTerm[]; problems: SettingsProblem[] } {
  const table = findSettingsHeader(values, HEADERS, "term");
  if (table === null) return { entries: [], problems: [problemAt("settings/no-header", 0, 0, "")] };
  const entries: StatusTerm[] = [];
  const problems: SettingsProblem[] = [];
  for (let r = table.headerIndex + 1; r < values.length; r++) {
    const term = cellText(values[r][table.columns.term] ?? null).trim();
    if (term === "") continue;
    const raw = table.columns.category >= 0 ? cellText(values[r][table.columns.category] ?? null) : "";
    const category = CATEGORY_WORDS.get(foldText(raw).toLowerCase());
    if (category === undefined) {
      problems.push(
        problemAt("settings/unknown-category", r, table.columns.category >= 0 ? table.columns.category : table.columns.term + 1, raw, STATUS_CATEGORIES),
      );
      continue;
    }
    entries.push({ term, category, ...(category === "behind" && isPartlyBehindTerm(term) ? { partial: true } : {}) });
  }
  return { entries, problems };
}
