/**
 * The ribbon's one-click commands (校验本表, 生成汇总, 清除标记, 分发): the use cases of src/app behind a button, over
 * the WorkbookPort, so they run the same in Excel, in the preview and in tests. Each returns a report a person can read; the report is
 * also kept in the workbook's settings, so a pane opened later can show what the last command did.
 */
import { validateActiveSheet } from "../app/check";
import { clearMarks, markIssues } from "../app/marks";
import { keptChoices, priorOptions } from "../app/settings";
import type { WorkbookPort } from "../host/port";
import type { CommandMessages, Messages } from "../i18n";
import { FaceFailure, failureText } from "../i18n/failureText";

// The summary needs most of the engine: loaded when 生成汇总 first runs, not with the pane's script.
const summary = () => import(/* webpackChunkName: "analyses" */ "../app/summary");
// 分发: the split with the engine, the writer (ExcelJS's bundle) apart, as the pane's 分发 loads them.
const split = () => import(/* webpackChunkName: "analyses" */ "../app/split");
const writer = () => import(/* webpackChunkName: "writer" */ "../host/files/newBook");

/** The ids the manifest's ExecuteFunction actions name (<FunctionName>). */
export const RIBBON_COMMANDS = ["validateSheet", "generateSummary", "clearMarks", "splitReturns"] as const;
export type RibbonCommand = (typeof RIBBON_COMMANDS)[number];

export interface CommandReport {
  command: RibbonCommand;
  ok: boolean;
  /** The command's name as the ribbon shows it, in the user's language. */
  title: string;
  message: string;
  /** ISO time it finished: a pane opened much later can tell an old report from a new one. */
  at: string;
}

/** The workbook setting that holds the last report (JSON). */
export const LAST_COMMAND_SETTING = "lastCommand";

const TITLE_KEY: Record<RibbonCommand, keyof CommandMessages["title"]> = {
  validateSheet: "validate",
  generateSummary: "summarize",
  clearMarks: "clearMarks",
  splitReturns: "split",
};

/** A command's name as the ribbon shows it, in the user's language. */
export const commandTitle = (command: RibbonCommand, messages: Messages) => messages.commands.title[TITLE_KEY[command]];

async function perform(command: RibbonCommand, workbook: WorkbookPort, messages: Messages): Promise<string> {
  switch (command) {
    case "validateSheet": {
      const validation = await validateActiveSheet(workbook);
      const marked = await markIssues(workbook, validation);
      const count = (severity: string) => validation.issues.filter((i) => i.severity === severity).length;
      return messages.commands.validated(validation.sheet, { error: count("error"), warning: count("warning"), info: count("info"), marked });
    }
    case "generateSummary": {
      // The choices the clerk made in the pane (kept in the workbook: the as-of date, lead-only, last year's
      // source, else the bundled year as the pane and the command line default to) apply here too; the tabs
      // speak the ribbon's language.
      const { asOf, leadOnly, prior } = keptChoices(await workbook.readSettings());
      const written = await (
        await summary()
      ).generateSummary(workbook, {
        asOf,
        leadOnly,
        ...priorOptions(prior),
        language: messages.language,
      });
      const taken = written.taken.length > 0 ? ` ${messages.areas.takenNames(written.taken)}` : "";
      return messages.areas.written(written.written) + taken;
    }
    case "clearMarks":
      return messages.areas.cleared(await clearMarks(workbook));
    case "splitReturns": {
      // 分发 of the active sheet into a new workbook, as the pane's 在新工作簿中生成, with the pane's as-of date.
      const { splitWorkbook, openReturnsWorkbook } = await split();
      const returns = await splitWorkbook(workbook, { asOf: keptChoices(await workbook.readSettings()).asOf });
      const m = messages.areas.split;
      if (returns.units.length === 0) throw new FaceFailure(m.noUnits);
      if (!(await openReturnsWorkbook(workbook, returns, async () => (await writer()).newBook()))) throw new FaceFailure(m.cannotOpenHere);
      return m.opened(returns.units.length);
    }
  }
}

/** Runs one command; never throws: a failure is a report that says what went wrong and what to do. */
export async function runRibbonCommand(
  command: RibbonCommand,
  workbook: WorkbookPort,
  messages: Messages,
  now: () => Date = () => new Date(),
): Promise<CommandReport> {
  const title = commandTitle(command, messages);
  let report: CommandReport;
  try {
    report = { command, ok: true, title, message: await perform(command, workbook, messages), at: now().toISOString() };
  } catch (error) {
    report = {
      command,
      ok: false,
      title,
      message: messages.commands.failed(failureText(error, messages.language, messages.errorUnexpected)),
      at: now().toISOString(),
    };
  }
  try {
    await workbook.writeSettings({ [LAST_COMMAND_SETTING]: JSON.stringify(report) });
  } catch {
    // The report is still returned and shown; only a later pane will not see it.
  }
  return report;
}

/** The last report kept in the workbook, or null when there is none or it cannot be read. */
export function readCommandReport(settings: Record<string, string>): CommandReport | null {
  try {
    const parsed = JSON.parse(settings[LAST_COMMAND_SETTING] ?? "null") as CommandReport | null;
    return parsed && RIBBON_COMMANDS.includes(parsed.command) && typeof parsed.message === "string" ? parsed : null;
  } catch {
    return null;
  }
}
