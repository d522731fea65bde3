import { Button, Caption1, MessageBar, MessageBarBody, MessageBarTitle, Spinner, Title3, Body1, makeStyles, tokens } from "@fluentui/react-components";
import { Tab, TabList } from "@fluentui/react-components";
import { useCallback, useEffect, useState } from "react";
import type { SheetRecognition } from "../../engine/recognize";
import type { WorkbookPort } from "../../host/port";
import { recognizeActiveSheet } from "../../app/recognition";
import { failureText } from "../../i18n/failureText";
import type * as AnalysisAreas from "../areas/analysisAreas";
import { ValidationArea } from "../areas/ValidationArea";
import type { Language, Messages } from "../../i18n";
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

let analysisAreas: typeof AnalysisAreas | null = null;
let loadingAnalysisAreas: Promise<typeof AnalysisAreas> | null = null;

/**
 * The 上年目标, 滞后 and 汇总 areas, with the engine they need (a quarter of the pane's script), load when the
 * clerk heads for one of their tabs (pointer over it, focus on it) or opens it, so that the pane's first
 * screen and 校验 do not wait for them. A failed load is tried again next time.
 */
function loadAnalysisAreas(): Promise<typeof AnalysisAreas> {
  loadingAnalysisAreas ??= import(/* webpackChunkName: "analysis-areas" */ "../areas/analysisAreas").then(
    (loaded) => (analysisAreas = loaded),
    (error: unknown) => {
      loadingAnalysisAreas = null;
      throw error;
    },
  );
  return loadingAnalysisAreas;
}

const prefetchAnalysisAreas = () => void loadAnalysisAreas().catch(() => undefined);

type State = { status: "idle" } | { status: "busy" } | { status: "done"; recognition: SheetRecognition } | { status: "failed"; message: string };

export const failureMessage = (error: unknown, messages: Messages): string => failureText(error, messages.language, messages.errorUnexpected);

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

  // An area opened before its code arrived is drawn when it does; if it cannot arrive, the pane says so.
  const [areasLoad, setAreasLoad] = useState<{ failed: string } | "arrived" | "waiting">(analysisAreas ? "arrived" : "waiting");
  const opensAnalysisArea = area === "prior" || area === "lag" || area === "summary";
  useEffect(() => {
    if (!opensAnalysisArea || analysisAreas) return undefined;
    let live = true;
    loadAnalysisAreas().then(
      () => {
        if (live) setAreasLoad("arrived");
      },
      (error: unknown) => {
        if (live) setAreasLoad({ failed: failureMessage(error, messages) });
      },
    );
    return () => {
      live = false;
    };
  }, [opensAnalysisArea, messages]);
  const areas = analysisAreas;

  return (
    <main className={styles.root}>
      <header className={styles.header}>
        <Title3 as="h1" className={styles.heading}>
          {messages.productName}
        </Title3>
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
      <TabList
        aria-label={messages.areas.tabsLabel}
        selectedValue={area}
        onTabSelect={(_e, data) => setArea(data.value as Area)}
        size="small"
        disabled={!inExcel}
      >
        <Tab value="recognize">{tabs.recognize}</Tab>
        <Tab value="validate">{tabs.validate}</Tab>
        <Tab value="prior" onPointerEnter={prefetchAnalysisAreas} onFocus={prefetchAnalysisAreas}>
          {tabs.prior}
        </Tab>
        <Tab value="lag" onPointerEnter={prefetchAnalysisAreas} onFocus={prefetchAnalysisAreas}>
          {tabs.lag}
        </Tab>
        <Tab value="summary" onPointerEnter={prefetchAnalysisAreas} onFocus={prefetchAnalysisAreas}>
          {tabs.summary}
        </Tab>
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
      {inExcel && area === "prior" && areas && <areas.PriorArea workbook={workbook} messages={messages} />}
      {inExcel && area === "lag" && areas && <areas.LagArea workbook={workbook} messages={messages} language={language} />}
      {inExcel && area === "summary" && areas && <areas.SummaryArea workbook={workbook} messages={messages} />}
      {inExcel && opensAnalysisArea && !areas && typeof areasLoad === "object" && (
        <MessageBar intent="error">
          <MessageBarBody>
            <MessageBarTitle>{messages.errorTitle}</MessageBarTitle>
            {areasLoad.failed}
          </MessageBarBody>
        </MessageBar>
      )}
      <Caption1 className={styles.footer}>{messages.privacy}</Caption1>
    </main>
  );
}
