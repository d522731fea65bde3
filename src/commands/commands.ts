/**
 * The ribbon's commands in Office: each ExecuteFunction button of the manifest runs its command
 * (src/commands/ribbon.ts) through the workbook port, tells the pane, and calls event.completed(),
 * which Office waits for (a command that never completes leaves the button busy).
 *
 * The manifest's FunctionFile is taskpane.html, so this registers from the pane's script: in Excel's shared
 * runtime the pane and the commands live in one page; where there is none, Office loads the page hidden.
 */
import type { WorkbookPort } from "../host/port";
import type { Messages } from "../i18n";
import { RIBBON_COMMANDS, runRibbonCommand, type CommandReport, type RibbonCommand } from "./ribbon";

type ReportListener = (report: CommandReport) => void;
const listeners = new Set<ReportListener>();

/** The pane listens here for reports of commands run from the ribbon while it is open (same runtime). */
export function onCommandReport(listener: ReportListener): () => void {
  listeners.add(listener);
  return () => void listeners.delete(listener);
}

/** What Office passes to an ExecuteFunction handler. */
export interface CommandEvent {
  completed(): void;
}

export interface CommandHost {
  associate(id: string, handler: (event: CommandEvent) => void): void;
  /** Shows the pane (Office.addin.showAsTaskpane, SharedRuntime 1.1); absent where Excel has no shared runtime. */
  showPane?: () => Promise<void>;
}

/** Whether a report is worth opening the pane for: what a check found, a summary written, any failure. */
const opensPane = (report: CommandReport) => !report.ok || report.command !== "clearMarks";

async function handle(command: RibbonCommand, event: CommandEvent, host: CommandHost, workbook: WorkbookPort, messages: Messages): Promise<void> {
  try {
    const report = await runRibbonCommand(command, workbook, messages);
    for (const listener of listeners) listener(report);
    if (host.showPane && opensPane(report)) await host.showPane().catch(() => undefined);
  } finally {
    event.completed();
  }
}

/** Registers every ribbon command with Office (or a test's stand-in). */
export function registerRibbonCommands(host: CommandHost, workbook: WorkbookPort, messages: Messages): void {
  for (const command of RIBBON_COMMANDS) {
    host.associate(command, (event) => void handle(command, event, host, workbook, messages));
  }
}

/** The host in Excel: Office.actions, and Office.addin where the shared runtime provides it. */
export function officeCommandHost(): CommandHost | null {
  if (typeof Office === "undefined" || !Office.actions) return null;
  const shared = Office.context.requirements.isSetSupported("SharedRuntime", "1.1");
  return {
    associate: (id, handler) => Office.actions.associate(id, handler),
    showPane: shared ? () => Office.addin.showAsTaskpane() : undefined,
  };
}
