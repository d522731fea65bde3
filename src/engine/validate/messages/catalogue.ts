import type { Issue, IssueCode } from "../issue";

import type { Language } from "../../language";

/** The validation catalogue's name for the product's Language. */
export type Locale = Language;

/** A message template: the issue's parameters in, one sentence out. */
export type IssueTemplate = (issue: Issue, p: TemplateParams) => string;

/** Parameters as strings for templates; lists joined by the locale's own list separator. */
export type TemplateParams = Record<string, string>;

export type Catalogue = Record<IssueCode, IssueTemplate>;

/** Why a fix was withheld from an issue (`params.unfixed`): said after the issue's sentence. */
export type UnfixedReason = "formula-like";

export type UnfixedNotes = Record<UnfixedReason, string>;
