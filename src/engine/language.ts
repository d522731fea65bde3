/**
 * The languages the product speaks: Simplified Chinese, the product's language, and English. One type and one
 * reading of a language tag for every catalogue (validation, lag, tabs, host problems, pane, command line).
 */
export type Language = "zh-CN" | "en-US";

/** English for any English tag ("en-US", "en-GB", "EN" …); Chinese, the product's language, otherwise. */
export function languageFromTag(tag: string | undefined | null): Language {
  return tag && tag.toLowerCase().startsWith("en") ? "en-US" : "zh-CN";
}
