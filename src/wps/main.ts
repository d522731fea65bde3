/**
 * The WPS加载项's ribbon callbacks (ribbon.xml names them; addin.ts puts them on the entry page's window, where
 * WPS looks them up): 打开台账助手 opens the same React pane as Excel's in a WPS task pane, and 校验本表 / 生成汇总 /
 * 清除标记 run the same commands as Excel's ribbon (src/commands/ribbon.ts) over a WpsWorkbook.
 *
 * WPS's add-in API (CreateTaskPane, GetTaskPane, PluginStorage) is described here by the few members used;
 * test/wps/addin.test.ts checks that WPS's declared AddonRoot (its npm declarations) satisfies it, so the compiler still checks
 * each call against WPS's declarations while the object model itself stays in src/host/wps.
 * Sources (documentation only, no WPS ran here): the declarations' index.d.ts (CreateTaskPane: "创建完这个taskpane
 * 后，需要将Visible属性置为true"; PluginStorage: shared by the add-in's pages, not persisted); wpsjs's template
 * ribbon.js (OnAddinLoad / OnAction(control) with control.Id / GetImage / OnGetEnabled).
 */
import { runRibbonCommand, RIBBON_COMMANDS, type CommandReport, type RibbonCommand } from "../commands/ribbon";
import { WpsWorkbook } from "../host/wps/wpsWorkbook";
import type { WorkbookPort } from "../host/port";
import { messagesFor, pickLanguage } from "../i18n";

export interface WpsTaskPane {
  readonly ID: number;
  Visible: boolean;
}

/** What the ribbon uses of WPS's global Application (the declarations' AddonRoot). */
export interface WpsAddinHost {
  CreateTaskPane(url: string, title?: string): WpsTaskPane;
  GetTaskPane(id: number): WpsTaskPane;
  readonly PluginStorage: {
    getItem(key: string): string;
    setItem(key: string, value: number | boolean | string): void;
  };
}

/** What WPS passes to a ribbon callback (the declarations' RibbonControl). */
export interface RibbonControl {
  readonly Id: string;
}

/** PluginStorage keys: the pane's id (a second click shows the same pane) and the last command's report. */
export const PANE_ID_KEY = "taizhang.paneId";
export const REPORT_KEY = "taizhang.lastReport";
/** The pane's page, beside the entry page in the add-in folder. */
export const PANE_PAGE = "taskpane.html";

const OPEN_PANE = "openPane";

/** Everything the callbacks need, swappable in tests; by default WPS's globals. */
export interface RibbonContext {
  host: () => WpsAddinHost;
  workbook: () => WorkbookPort;
  /** The entry page's address: the pane's page is found beside it. */
  baseUrl: () => string;
  language: () => string | undefined;
}

const wpsGlobal = () => (globalThis as unknown as { Application: WpsAddinHost }).Application;

const defaultContext: RibbonContext = {
  host: wpsGlobal,
  workbook: () => new WpsWorkbook(),
  baseUrl: () => globalThis.location.href,
  language: () => globalThis.navigator?.language,
};

let context = defaultContext;

/** For tests: runs the callbacks over stand-ins. */
export function useRibbonContext(next: RibbonContext | null): void {
  context = next ?? defaultContext;
}

/** Shows the add-in's task pane, creating it once: its id is kept in PluginStorage so later clicks find it. */
export function showPane(): WpsTaskPane {
  const host = context.host();
  const kept = Number(host.PluginStorage.getItem(PANE_ID_KEY));
  let pane: WpsTaskPane | null = null;
  if (Number.isInteger(kept) && kept > 0) {
    try {
      pane = host.GetTaskPane(kept);
    } catch {
      // The pane was closed for good (or WPS restarted its storage): make a new one.
      pane = null;
    }
  }
  if (!pane) {
    pane = host.CreateTaskPane(new URL(PANE_PAGE, context.baseUrl()).href);
    host.PluginStorage.setItem(PANE_ID_KEY, pane.ID);
  }
  pane.Visible = true;
  return pane;
}

/** Whether a report is worth opening the pane for: what a check found, a summary written, any failure (as in Excel). */
const opensPane = (report: CommandReport) => !report.ok || report.command !== "clearMarks";

const isCommand = (id: string): id is RibbonCommand => (RIBBON_COMMANDS as readonly string[]).includes(id);

/** Runs one ribbon command; the report goes to PluginStorage, where the pane's page picks it up. */
export async function runCommand(command: RibbonCommand): Promise<CommandReport> {
  const messages = messagesFor(pickLanguage(context.language()), "wps");
  const report = await runRibbonCommand(command, context.workbook(), messages);
  const host = context.host();
  host.PluginStorage.setItem(REPORT_KEY, JSON.stringify(report));
  if (opensPane(report)) showPane();
  return report;
}

/** ribbon.xml's customUI onLoad. */
export function OnAddinLoad(): boolean {
  return true;
}

/** Every button's onAction: the control's id says which. */
export function OnAction(control: RibbonControl): boolean {
  if (control.Id === OPEN_PANE) showPane();
  // The report itself never throws; showing the pane can (WPS refusing a pane). The entry page is hidden, so
  // WPS's own message box says it.
  else if (isCommand(control.Id)) runCommand(control.Id).catch((error: unknown) => globalThis.alert(error instanceof Error ? error.message : String(error)));
  return true;
}

/** Every button's picture: the same icons as Excel's ribbon, from the add-in folder. */
export function GetImage(control: RibbonControl): string {
  const name: Record<string, string> = { openPane: "icon", validateSheet: "validate", generateSummary: "summary", clearMarks: "clear" };
  return `assets/${name[control.Id] ?? "icon"}-32.png`;
}

/** Every button is enabled: a command with no sheet to work on says so in its report. */
export function OnGetEnabled(): boolean {
  return true;
}
