import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { readCommandReport, type CommandReport } from "../../commands/ribbon";
import type { WorkbookPort } from "../../host/port";
import type { Messages } from "../../i18n";

/** A report kept in the workbook is shown when the pane opens only if the command ran this recently. */
const FRESH_MS = 10 * 60 * 1000;

export interface CommandReportBarProps {
  workbook: WorkbookPort;
  messages: Messages;
  /** Reports of ribbon commands run while the pane is open (src/commands/commands.ts onCommandReport). */
  subscribe?: (listener: (report: CommandReport) => void) => () => void;
  now?: () => number;
}

/** What the last ribbon command did, so a click on 校验本表 or 生成汇总 is never silent. */
export function CommandReportBar({ workbook, messages, subscribe, now = Date.now }: CommandReportBarProps) {
  const [report, setReport] = useState<CommandReport | null>(null);
  useEffect(() => {
    let live = true;
    // A command run before the pane opened (no shared runtime, or the pane was closed) left its report here.
    workbook
      .readSettings()
      .then((settings) => {
        const kept = readCommandReport(settings);
        if (live && kept && now() - Date.parse(kept.at) < FRESH_MS) setReport((current) => current ?? kept);
      })
      .catch(() => undefined);
    const unsubscribe = subscribe?.((next) => setReport(next));
    return () => {
      live = false;
      unsubscribe?.();
    };
  }, [workbook, subscribe, now]);
  if (!report) return null;
  return (
    <MessageBar intent={report.ok ? "success" : "error"}>
      <MessageBarBody>
        <MessageBarTitle>{report.title}</MessageBarTitle>
        {report.message}
      </MessageBarBody>
      <MessageBarActions>
        <Button size="small" appearance="transparent" onClick={() => setReport(null)}>
          {messages.commands.dismiss}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
