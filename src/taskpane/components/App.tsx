import { Caption1, MessageBar, MessageBarBody, MessageBarTitle, Title3, Body1, makeStyles, tokens } from "@fluentui/react-components";
import { Tab, TabList } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import type { WorkbookPort } from "../../host/port";
import { failureText } from "../../i18n/failureText";
import type * as AnalysisAreas from "../areas/analysisAreas";
import { OverviewArea, type CardTarget } from "../areas/OverviewArea";
import { ValidationArea } from "../areas/ValidationArea";
import type { Language, Messages } from "../../i18n";
import { CommandReportBar, type CommandReportBarProps } from "./CommandReportBar";

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
  // In English the five tabs are wider than Excel's 350 px pane: they wrap rather than run off its edge.
  tabs: { flexWrap: "wrap" },
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

type Area = "overview" | "validate" | "prior" | "lag" | "summary";

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

export const failureMessage = (error: unknown, messages: Messages): string => failureText(error, messages.language, messages.errorUnexpected);

export function App({ messages, language, workbook, inExcel = true, commandReports }: AppProps) {
  const styles = useStyles();
  const [area, setArea] = useState<Area>("overview");
  // An area opened from the first screen's card shows its answer at once (校验, 滞后, 上年目标).
  const [fromCard, setFromCard] = useState(false);
  const openFromCard = (target: CardTarget) => {
    if (target !== "validate") prefetchAnalysisAreas();
    setFromCard(true);
    setArea(target);
  };
  const openFromTabs = (target: Area) => {
    setFromCard(false);
    setArea(target);
  };
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
            {messages.notInHost}
          </MessageBarBody>
        </MessageBar>
      )}
      {inExcel && <CommandReportBar workbook={workbook} messages={messages} subscribe={commandReports} />}
      <TabList
        className={styles.tabs}
        aria-label={messages.areas.tabsLabel}
        selectedValue={area}
        onTabSelect={(_e, data) => openFromTabs(data.value as Area)}
        size="small"
        disabled={!inExcel}
      >
        <Tab value="overview">{tabs.overview}</Tab>
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
      {/* Kept while another area is open, so its card is there to come back to (checked again on return). */}
      <div hidden={area !== "overview"}>
        <OverviewArea workbook={workbook} messages={messages} inExcel={inExcel} visible={area === "overview"} onOpen={openFromCard} />
      </div>
      {inExcel && area === "validate" && <ValidationArea workbook={workbook} messages={messages} language={language} runOnOpen={fromCard} />}
      {inExcel && area === "prior" && areas && <areas.PriorArea workbook={workbook} messages={messages} runOnOpen={fromCard} />}
      {inExcel && area === "lag" && areas && <areas.LagArea workbook={workbook} messages={messages} language={language} runOnOpen={fromCard} />}
      {inExcel && area === "summary" && areas && <areas.SummaryArea workbook={workbook} messages={messages} onOpenLag={() => openFromTabs("lag")} />}
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
