import { cellText, type CellValue } from "../grid";
import { findSettingsHeader, problemAt, type SettingsProblem } from "../settings/settingsSheet";
import { foldText } from "../text";

/** One set of categories for every city's status words. */
export const STATUS_CATEGORIES = ["ahead", "on_track", "behind", "done", "not_started"] as const;
export type StatusCategory = (typeof STATUS_CATEGORIES)[number] | "unknown";

export interface StatusTerm {
  term: string;
  category: Exclude<StatusCategory, "unknown">;
  /** Behind, but only in part (部分滞后): flagged less strongly than a task that is plainly late. */
  partial?: boolean;
}

export interface StatusVocabulary {
  readonly terms: readonly StatusTerm[];
}

export interface Categorized {
  category: StatusCategory;
  known: boolean;
  /** The vocabulary's own spelling of the value, when known. */
  matched?: string;
  partial?: boolean;
}

/** Jiaxing's four words first, then the words other cities use. */
export const DEFAULT_TERMS: readonly StatusTerm[] = [
  { term: "按时推进", category: "on_track" },
  { term: "进度较快", category: "ahead" },
  { term: "部分滞后", category: "behind", partial: true },
  { term: "进度滞后", category: "behind" },
  { term: "达进度", category: "on_track" },
  { term: "超进度", category: "ahead" },
  { term: "欠进度", category: "behind" },
  { term: "已完成", category: "done" },
  { term: "提前完成", category: "done" },
  { term: "未启动", category: "not_started" },
];

export function createVocabulary(terms: readonly StatusTerm[]): StatusVocabulary {
  return { terms };
}

export function defaultVocabulary(): StatusVocabulary {
  return createVocabulary(DEFAULT_TERMS);
}

/** Later terms replace earlier ones of the same spelling. */
export function extendVocabulary(vocabulary: StatusVocabulary, terms: readonly StatusTerm[]): StatusVocabulary {
  const replaced = new Set(terms.map((t) => foldText(t.term)));
  return createVocabulary([...vocabulary.terms.filter((t) => !replaced.has(foldText(t.term))), ...terms]);
}

/**
 * The category of a status cell; spacing and character width do not matter ("按时 推进"). Every status cell of a
 * sheet comes here, and each term has one answer: the answers are made once and shared, so not to be changed.
 */
export function categorize(vocabulary: StatusVocabulary, value: string): Readonly<Categorized> {
  const folded = foldText(value);
  if (folded === "") return UNKNOWN;
  return answersByFoldedTerm(vocabulary).get(folded) ?? UNKNOWN;
}

const UNKNOWN: Categorized = { category: "unknown", known: false };

const ANSWERS = new WeakMap<StatusVocabulary, Map<string, Categorized>>();

/** The answer for each term, by folded spelling, built once per vocabulary; a later term wins over an earlier one. */
function answersByFoldedTerm(vocabulary: StatusVocabulary): Map<string, Categorized> {
  let map = ANSWERS.get(vocabulary);
  if (map === undefined) {
    map = new Map(vocabulary.terms.map((term) => [foldText(term.term), answerFor(term)]));
    ANSWERS.set(vocabulary, map);
  }
  return map;
}

function answerFor(term: StatusTerm): Categorized {
  return term.partial
    ? { category: term.category, known: true, matched: term.term, partial: true }
    : { category: term.category, known: true, matched: term.term };
}

function sharedCharacters(a: string, b: string): number {
  let shared = 0;
  for (const ch of new Set(a)) if (b.includes(ch)) shared++;
  return shared;
}

/** The allowed values closest to an unknown one (most shared characters, then vocabulary order). */
export function suggestStatuses(vocabulary: StatusVocabulary, value: string, limit: number): string[] {
  const folded = foldText(value);
  return vocabulary.terms
    .map((term, order) => ({ term: term.term, order, score: sharedCharacters(folded, foldText(term.term)) }))
    .filter((candidate) => candidate.score > 0)
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .slice(0, limit)
    .map((candidate) => candidate.term);
}

/** Category cells may be written in English or Chinese. */
const CATEGORY_WORDS: Record<string, Exclude<StatusCategory, "unknown">> = {
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
};

const HEADERS = { term: ["状态", "进展状态", "状态词"], category: ["类别", "分类", "category"] };

/** Terms from a 状态词表 sheet: 状态 | 类别. "部分…" terms in the behind category count as partly behind. */
export function vocabularyFromSheet(values: readonly (readonly CellValue[])[]): { entries: StatusTerm[]; problems: SettingsProblem[] } {
  const table = findSettingsHeader(values, HEADERS, "term");
  if (table === null) return { entries: [], problems: [problemAt("settings/no-header", 0, 0, "")] };
  const entries: StatusTerm[] = [];
  const problems: SettingsProblem[] = [];
  for (let r = table.headerIndex + 1; r < values.length; r++) {
    const term = cellText(values[r][table.columns.term] ?? null).trim();
    if (term === "") continue;
    const raw = table.columns.category >= 0 ? cellText(values[r][table.columns.category] ?? null) : "";
    const category = CATEGORY_WORDS[foldText(raw).toLowerCase()];
    if (category === undefined) {
      problems.push(problemAt("settings/unknown-category", r, table.columns.category >= 0 ? table.columns.category : table.columns.term + 1, raw, STATUS_CATEGORIES));
      continue;
    }
    entries.push({ term, category, ...(category === "behind" && term.startsWith("部分") ? { partial: true } : {}) });
  }
  return { entries, problems };
}
