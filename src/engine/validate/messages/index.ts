import type { Issue } from "../issue";
import type { Catalogue, Locale, TemplateParams, UnfixedNotes, UnfixedReason } from "./catalogue";
import { enUS, enUSUnfixed } from "./en-US";
import { zhCN, zhCNUnfixed } from "./zh-CN";

export type { Locale } from "./catalogue";

const CATALOGUES: Record<Locale, Catalogue> = { "zh-CN": zhCN, "en-US": enUS };
const UNFIXED: Record<Locale, UnfixedNotes> = { "zh-CN": zhCNUnfixed, "en-US": enUSUnfixed };
const LIST_SEPARATOR: Record<Locale, string> = { "zh-CN": "、", "en-US": ", " };
const SENTENCE_SEPARATOR: Record<Locale, string> = { "zh-CN": "", "en-US": " " };

/** The issue as a sentence in the user's language. */
export function renderMessage(issue: Issue, locale: Locale = "zh-CN"): string {
  const params: TemplateParams = {};
  // for…in rather than Object.entries: no pair per parameter, and the summary renders every issue of a sheet.
  for (const key in issue.params) {
    const value = issue.params[key];
    params[key] = Array.isArray(value) ? value.join(LIST_SEPARATOR[locale]) : String(value);
  }
  const sentence = CATALOGUES[locale][issue.code](issue, params);
  // A fix withheld says why after the issue's own sentence (validateSheet decides; see makesFormulaLike).
  const unfixed = issue.params.unfixed;
  if (typeof unfixed !== "string" || !Object.prototype.hasOwnProperty.call(UNFIXED[locale], unfixed)) return sentence;
  return `${sentence}${SENTENCE_SEPARATOR[locale]}${UNFIXED[locale][unfixed as UnfixedReason]}`;
}
