/**
 * Ribbon reports reaching the pane in WPS. In Excel the ribbon and the pane share a runtime and a listener; in
 * WPS the ribbon's page and the pane's page are two pages whose one shared object is PluginStorage (not an event
 * source), so the pane looks at the report key now and then and tells its listener when the report changed.
 */
import { LAST_COMMAND_SETTING, readCommandReport, type CommandReport } from "../commands/ribbon";
import { REPORT_KEY, type WpsAddinHost } from "./main";

/** How often the pane looks (a read of one in-process value: cheap). */
export const REPORT_POLL_MS = 700;

export function pluginStorageReports(
  storage: WpsAddinHost["PluginStorage"],
  every: (tick: () => void) => () => void = (tick) => {
    const timer = setInterval(tick, REPORT_POLL_MS);
    return () => clearInterval(timer);
  },
) {
  return (listener: (report: CommandReport) => void): (() => void) => {
    // What was there when the pane opened is the workbook's last report, which the pane reads itself.
    let seen = storage.getItem(REPORT_KEY) ?? "";
    return every(() => {
      const text = storage.getItem(REPORT_KEY) ?? "";
      if (text === seen) return;
      seen = text;
      const report = readCommandReport({ [LAST_COMMAND_SETTING]: text });
      if (report) listener(report);
    });
  };
}
