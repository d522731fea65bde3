/**
 * The status categories, each with its label in Chinese and in English, in the one order every list of them
 * follows: the columns of 部门汇总, the chart's series, the counts by unit. "unknown" is a status no word of the
 * vocabulary states.
 */
const CATEGORY_TABLE = [
  ["ahead", "进度较快", "Ahead"],
  ["on_track", "按时推进", "On track"],
  ["done", "已完成", "Done"],
  ["behind", "滞后", "Behind"],
  ["not_started", "未启动", "Not started"],
  ["unknown", "未知", "Unknown"],
] as const;

export type StatusCategory = (typeof CATEGORY_TABLE)[number][0];

/** Every category, "unknown" last. */
export const CATEGORIES: readonly StatusCategory[] = CATEGORY_TABLE.map(([category]) => category);

/** The categories a status word can state (a 状态词表's 类别). */
export const STATUS_CATEGORIES = CATEGORIES.filter((c): c is Exclude<StatusCategory, "unknown"> => c !== "unknown");

type Words<T> = Readonly<Record<StatusCategory, T>>;

/** Each category in words, Chinese (the vocabulary's 类别) and English. */
export const CATEGORY_WORDS = Object.fromEntries(CATEGORY_TABLE.map(([category, zh, en]) => [category, { zh, en }])) as Words<{ zh: string; en: string }>;

/** Each category in Chinese, the product's language. */
export const CATEGORY_LABELS = Object.fromEntries(CATEGORIES.map((category) => [category, CATEGORY_WORDS[category].zh])) as Words<string>;
