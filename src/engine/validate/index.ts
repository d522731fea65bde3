export type { Issue, IssueCode, IssueParams, Severity } from "./issue";
export type { Rule, RuleContext, Finding } from "./rule";
export { validateSheet, type ValidationOptions } from "./validateSheet";
export { planFixes, applyChanges, cellWritesBySheet, type CellChange } from "./fixes";
export { renderMessage, type Locale } from "./messages";
export { RULES } from "./rules";
