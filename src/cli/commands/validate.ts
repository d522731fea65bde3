import { languageFromTag } from "../../engine/language";
import { renderMessage, validateSheet, type Issue, type Locale } from "../../engine/validate";
import type { Command, ParsedArgs } from "../command";
import { flag, requiredFile, stringOption } from "../command";
import { EXIT_FINDINGS, EXIT_OK, printJson, type CliIO } from "../io";
import { isSettingsSheet, loadRegistries } from "../registries";
import { requireTables } from "../tablesFound";
import { loadWorkbook, selectSheets } from "../workbookInput";

export const VALIDATION_OPTIONS = {
  sheet: { type: "string" },
  units: { type: "string" },
  statuses: { type: "string" },
  lang: { type: "string" },
  json: { type: "boolean" },
} as const;

export function localeOption(args: ParsedArgs): Locale {
  return languageFromTag(stringOption(args, "lang"));
}

/** Loads FILE and returns every issue of every task sheet (or only --sheet). */
export async function validateFile(args: ParsedArgs, command: string, io: CliIO) {
  const file = requiredFile(args, command);
  const loaded = await loadWorkbook(file);
  const sheets = selectSheets(loaded, stringOption(args, "sheet"));
  // The header/not-found issue names each sheet without a table; a file with none at all stops here.
  requireTables(file, sheets, io, true);
  const registries = await loadRegistries(loaded.sheets, stringOption(args, "units"), stringOption(args, "statuses"), io, file);
  const issues: Issue[] = [];
  for (const grid of sheets) {
    if (isSettingsSheet(grid.name)) continue;
    issues.push(...validateSheet(grid, registries));
  }
  return { loaded, sheets, issues };
}

export interface IssueJson extends Omit<Issue, "params" | "fix"> {
  message: string;
  fix: Issue["fix"] | null;
  params: Issue["params"];
}

export function issueJson(issue: Issue, locale: Locale): IssueJson {
  return { ...issue, message: renderMessage(issue, locale), fix: issue.fix === undefined ? null : issue.fix };
}

const SEVERITY_NAMES = { error: "错误", warning: "警告", info: "提示" } as const;

export const validateCommand: Command = {
  name: "validate",
  usage: "taizhang validate FILE [--sheet NAME] [--units FILE] [--statuses FILE] [--lang zh-CN|en-US] [--json]",
  summary: "逐格校验任务表并给出可安全修复的问题 / check every cell and offer safe fixes",
  options: VALIDATION_OPTIONS,
  async run(args, io) {
    const locale = localeOption(args);
    const { issues } = await validateFile(args, "validate", io);
    if (flag(args, "json")) {
      printJson(io, { issues: issues.map((issue) => issueJson(issue, locale)) });
    } else {
      for (const issue of issues) {
        const fix = issue.fix === undefined ? "" : `  → 可修复 fixable`;
        io.out(`${issue.sheet}!${issue.cell}  ${SEVERITY_NAMES[issue.severity]}  ${renderMessage(issue, locale)}${fix}`);
      }
      const count = (severity: Issue["severity"]) => issues.filter((i) => i.severity === severity).length;
      const fixable = issues.filter((i) => i.fix !== undefined).length;
      io.out(
        `共 ${issues.length} 个问题：错误 ${count("error")}，警告 ${count("warning")}，提示 ${count("info")}；其中 ${fixable} 个可一键修复（taizhang fix）。`,
      );
    }
    return issues.some((issue) => issue.severity === "error") ? EXIT_FINDINGS : EXIT_OK;
  },
};
