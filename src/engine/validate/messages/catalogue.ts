import type { Issue, IssueCode } from "../issue";

import type { Language } from "../../language";

/** The validation catalogue's name for the product's Language. */
export type Locale = Language;

/** A message template: the issue's parameters in, one sentence out. */
export type IssueTemplate = (issue: Issue, p: TemplateParams) => string;

/** Parameters as strings for templates; lists joined by the locale's own list separator. */
export type TemplateParams = Record<string, string>;

export type Catalogue = Record<IssueCode, IssueTemplate>;
