import type { Issue, IssueCode } from "../issue";

export type Locale = "zh-CN" | "en-US";

/** A message template: the issue's parameters in, one sentence out. */
export type IssueTemplate = (issue: Issue, p: TemplateParams) => string;

/** Parameters as strings for templates; lists joined by the locale's own list separator. */
export type TemplateParams = Record<string, string>;

export type Catalogue = Record<IssueCode, IssueTemplate>;
