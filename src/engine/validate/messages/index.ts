import type { Issue } from "../issue";
import type { Catalogue, Locale, TemplateParams } from "./catalogue";
import { enUS } from "./en-US";
import { zhCN } from "./zh-CN";

export type { Locale } from "./catalogue";

const CATALOGUES: Record<Locale, Catalogue> = { "zh-CN": zhCN, "en-US": enUS };
const LIST_SEPARATOR: Record<Locale, string> = { "zh-CN": "、", "en-US": ", " };

/** The issue as a sentence in the user's language. */
export function renderMessage(issue: Issue, locale: Locale = "zh-CN"): string {
  const params: TemplateParams = {};
  // for…in rather than Object.entries: no pair per parameter, and the summary renders every issue of a sheet.
  for (const key in issue.params) {
    const value = issue.params[key];
    params[key] = Array.isArray(value) ? value.join(LIST_SEPARATOR[locale]) : String(value);
  }
  return CATALOGUES[locale][issue.code](issue, params);
}
