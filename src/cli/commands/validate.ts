import { issueCounts, validateSheets, type SheetsValidation } from "../../app/check";
import { renderMessage, type Issue, type Locale } from "../../engine/validate";
import type { Command, ParsedArgs } from "../command";
import { flag, requiredFile, stringOption } from "../command";
import { EXIT_FINDINGS, EXIT_OK, printJson, type CliIO } from "../io";
import { cliText } from "../messages";
import { isClerkSheet, loadRegistries } from "../registries";
import { requireTables } from "../tablesFound";
import { loadWorkbook, readWorkbook, selectSheets, type LoadedWorkbook, type ReadWorkbook } from "../workbookInput";

export const VALIDATION_OPTIONS = {
  sheet: { type: "string" },
  units: { type: "string" },
  statuses: { type: "string" },
  json: { type: "boolean" },
} as const;

/**
 * Loads FILE with its model (fix writes a corrected copy) and checks every task sheet (or only --sheet) through
 * the check use case, as the pane does, with the registries of the file and of --units / --statuses.
 */
export async function validateFile(args: ParsedArgs, command: "validate" | "fix", io: CliIO): Promise<SheetsValidation & { loaded: LoadedWorkbook }> {
  return checkSheets(args, io, await loadWorkbook(requiredFile(args, command)));
}

async function checkSheets<L extends ReadWorkbook>(args: ParsedArgs, io: CliIO, loaded: L): Promise<SheetsValidation & { loaded: L }> {
  const { file } = loaded;
  const sheets = selectSheets(loaded, stringOption(args, "sheet"));
  // The header/not-found issue names each sheet without a table; a file with none at all stops here.
  requireTables(file, sheets, io, cliText(args.language), true);
  const registries = await loadRegistries(loaded.sheets, stringOption(args, "units"), stringOption(args, "statuses"), io, args.language, file);
  const names = sheets.filter(isClerkSheet).map((grid) => grid.name);
  return { loaded, ...(await validateSheets(loaded.workbook, names, registries)) };
}

export interface IssueJson extends Omit<Issue, "params" | "fix"> {
  message: string;
  fix: Issue["fix"] | null;
  params: Issue["params"];
}

export function issueJson(issue: Issue, locale: Locale): IssueJson {
  return { ...issue, message: renderMessage(issue, locale), fix: issue.fix === undefined ? null : issue.fix };
}

export const validateCommand: Command = {
  name: "validate",
  usage: "taizhang validate FILE [--sheet NAME] [--units FILE] [--statuses FILE] [--lang zh-CN|en-US] [--json]",
  options: VALIDATION_OPTIONS,
  async run(args, io) {
    const m = cliText(args.language);
    // validate writes nothing: the file is read without ExcelJS's model.
    const checked = await checkSheets(args, io, await readWorkbook(requiredFile(args, "validate")));
    const { issues } = checked;
    if (flag(args, "json")) {
      await printJson(io, { issues: issues.map((issue) => issueJson(issue, args.language)) });
    } else {
      for (const issue of issues) {
        const fix = issue.fix === undefined ? "" : `  → ${m.fixable}`;
        io.out(`${issue.sheet}!${issue.cell}  ${m.severity[issue.severity]}  ${renderMessage(issue, args.language)}${fix}`);
      }
      io.out(m.validateSummary(issueCounts(checked.issues, checked.changes)));
    }
    return issues.some((issue) => issue.severity === "error") ? EXIT_FINDINGS : EXIT_OK;
  },
};
