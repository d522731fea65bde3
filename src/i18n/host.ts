/**
 * The spreadsheet program the add-in runs in, as the pane's words name it: the one source of "Excel" or
 * "WPS 表格" in the pane's texts. The face that starts the pane says which (src/taskpane: Excel, src/wps: WPS)
 * through messagesFor(language, host); the texts that name the program are written once per language, as
 * functions of these words (hostTexts in zh-CN.ts and en-US.ts).
 */
import type { Language } from "../engine/language";

export type SpreadsheetHost = "excel" | "wps";

export interface HostWords {
  /** The program: Excel, WPS 表格. */
  name: string;
  /** The ribbon tab that holds the button opening the pane, and the button. */
  tab: string;
  openButton: string;
}

export const HOST_WORDS: Record<Language, Record<SpreadsheetHost, HostWords>> = {
  "zh-CN": {
    excel: { name: "Excel", tab: "开始", openButton: "打开台账助手" },
    // src/wps/ribbon.xml's tab and button, which are Chinese in every language.
    wps: { name: "WPS 表格", tab: "台账助手", openButton: "打开台账助手" },
  },
  "en-US": {
    excel: { name: "Excel", tab: "Home", openButton: "Open Taizhang" },
    wps: { name: "WPS Spreadsheets (WPS 表格)", tab: "台账助手", openButton: "打开台账助手" },
  },
};
