import {
  Button,
  Caption1,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Title3,
  Body1,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { Tab, TabList } from "@fluentui/react-components";
import { useCallback, useState } from "react";
import type { SheetRecognition } from "../../engine/recognize";
import type { WorkbookPort } from "../../host/port";
import { failureText } from "../areas/useTask";
import { recognizeActiveSheet } from "../actions";
import { LagArea } from "../areas/LagArea";
import { PriorArea } from "../areas/PriorArea";
import { SummaryArea } from "../areas/SummaryArea";
import { ValidationArea } from "../areas/ValidationArea";
import type { Language, Messages } from "../i18n";
import { CommandReportBar, type CommandReportBarProps } from "./CommandReportBar";
import { RecognitionView } from "./RecognitionView";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalL,
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalL}`,
  },
  header: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  // Headings are real h1/h2 for screen readers; the layout's gaps do the spacing, not browser margins.
  heading: { margin: 0 },
  action: { alignSelf: "flex-start" },
  footer: { color: tokens.colorNeutralForeground3 },
});

export interface AppProps {
  messages: Messages;
  language: Language;
  /** The workbook the pane works on: Excel's through the Office adapter, or the preview's in memory. */
  workbook: WorkbookPort;
  /** False when the page is opened outside Excel and outside the preview: nothing can work there. */
  inExcel?: boolean;
  /** Reports of ribbon commands run while the pane is open. */
  commandReports?: CommandReportBarProps["subscribe"];
}

type Area = "recognize" | "validate" | "prior" | "lag" | "summary";

type State =
  | { status: "idle" }
  | { status: "busy" }
  | { status: "done"; recognition: SheetRecognition }
  | { status: "failed"; message: string };

export const failureMessage = (error: unknown, messages: Messages): string => failureText(error, messages.errorUnexpected);

export function App({ messages, language, workbook, inExcel = true, commandReports }: AppProps) {
  const styles = useStyles();
  const [area, setArea] = useState<Area>("recognize");
  const [state, setState] = useState<State>({ status: "idle" });
  const busy = state.status === "busy";

  const recognize = useCallback(async () => {
    setState({ status: "busy" });
    try {
      setState({ status: "done", recognition: await recognizeActiveSheet(workbook) });
    } catch (error) {
      setState({ status: "failed", message: failureMessage(error, messages) });
    }
  }, [workbook, messages]);
  const tabs = messages.areas.tabs;

  return (
    <main className={styles.root}>
      <header className={styles.header}>
        <Title3 as="h1" className={styles.heading}>{messages.productName}</Title3>
        <Body1>{messages.tagline}</Body1>
      </header>
      {!inExcel && (
        <MessageBar intent="info">
          <MessageBarBody>
            <MessageBarTitle>{messages.productName}</MessageBarTitle>
            {messages.notInExcel}
          </MessageBarBody>
        </MessageBar>
      )}
      {inExcel && <CommandReportBar workbook={workbook} messages={messages} subscribe={commandReports} />}
      <TabList aria-label={messages.areas.tabsLabel} selectedValue={area} onTabSelect={(_e, data) => setArea(data.value as Area)} size="small" disabled={!inExcel}>
        <Tab value="recognize">{tabs.recognize}</Tab>
        <Tab value="validate">{tabs.validate}</Tab>
        <Tab value="prior">{tabs.prior}</Tab>
        <Tab value="lag">{tabs.lag}</Tab>
        <Tab value="summary">{tabs.summary}</Tab>
      </TabList>
      {area === "recognize" && (
        <>
          <Button
            className={styles.action}
            appearance="primary"
            disabled={busy || !inExcel}
            icon={busy ? <Spinner size="tiny" /> : undefined}
            onClick={recognize}
          >
            {busy ? messages.recognizing : messages.recognizeButton}
          </Button>
          {state.status === "failed" && (
            <MessageBar intent="error">
              <MessageBarBody>
                <MessageBarTitle>{messages.errorTitle}</MessageBarTitle>
                {state.message}
              </MessageBarBody>
            </MessageBar>
          )}
          {state.status === "done" && <RecognitionView recognition={state.recognition} messages={messages} />}
        </>
      )}
      {inExcel && area === "validate" && <ValidationArea workbook={workbook} messages={messages} language={language} />}
      {inExcel && area === "prior" && <PriorArea workbook={workbook} messages={messages} />}
      {inExcel && area === "lag" && <LagArea workbook={workbook} messages={messages} language={language} />}
      {inExcel && area === "summary" && <SummaryArea workbook={workbook} messages={messages} />}
      <Caption1 className={styles.footer}>{messages.privacy}</Caption1>
    </main>
  );
}
