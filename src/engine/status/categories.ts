/**
 * The status categories, each with its label, in the one order every list of them follows: the columns of
 * 部门汇总, the chart's series, the counts by unit. "unknown" is a status no word of the vocabulary states.
 */
const CATEGORY_TABLE = [
  ["ahead", "进度较快"],
  ["on_track", "按时推进"],
  ["done", "已完成"],
  ["behind", "滞后"],
  ["not_started", "未启动"],
  ["unknown", "未知"],
] as const;

export type StatusCategory = (typeof CATEGORY_TABLE)[number][0];

/** Every category, "unknown" last. */
export const CATEGORIES: readonly StatusCategory[] = CATEGORY_TABLE.map(([category]) => category);

/** The categories a status word can state (a 状态词表's 类别). */
export const STATUS_CATEGORIES = CATEGORIES.filter((c): c is Exclude<StatusCategory, "unknown"> => c !== "unknown");

export const CATEGORY_LABELS: Readonly<Record<StatusCategory, string>> = Object.fromEntries(CATEGORY_TABLE) as Record<StatusCategory, string>;
