import {
  Body1,
  Button,
  Caption1,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Subtitle2,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import { useCallback, useEffect, useRef, useState } from "react";
import type { SheetRecognition } from "../../engine/recognize";
import type { WorkbookPort } from "../../host/port";
import type * as Overview from "../../app/overview";
import { recognizeActiveSheet } from "../../app/recognition";
import { keptChoices } from "../../app/settings";
import type { Messages } from "../../i18n";
import { failureText } from "../../i18n/failureText";
import { RecognitionView } from "../components/RecognitionView";
import { Feedback } from "./Feedback";
import { useTask } from "./useTask";

/** The areas a line of the card opens. */
export type CardTarget = "validate" | "prior" | "lag" | "summary";

// The one-shot check needs lag, matching and the bundled years: loaded when the clerk heads for the button.
let loadingOverview: Promise<typeof Overview> | null = null;
function loadOverview(): Promise<typeof Overview> {
  loadingOverview ??= import(/* webpackChunkName: "analyses" */ "../../app/overview").catch((error: unknown) => {
    loadingOverview = null;
    throw error;
  });
  return loadingOverview;
}
const prefetchOverview = () => void loadOverview().catch(() => undefined);

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  steps: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS, margin: 0, padding: 0, listStyleType: "none" },
  step: { color: tokens.colorNeutralForeground3, display: "flex", gap: tokens.spacingHorizontalXS },
  current: { color: tokens.colorBrandForeground1, fontWeight: tokens.fontWeightSemibold },
  arrow: { color: tokens.colorNeutralForeground3, fontWeight: tokens.fontWeightRegular },
  actions: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  // A card drawn by hand: Fluent's Card brings focus handling (tabster's groupper) the pane's first screen need not load.
  card: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow4,
  },
  head: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  heading: { margin: 0, overflowWrap: "anywhere" },
  muted: { color: tokens.colorNeutralForeground3 },
  lines: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS, margin: 0, padding: 0, listStyleType: "none" },
  line: {
    width: "100%",
    minWidth: 0,
    height: "auto",
    justifyContent: "flex-start",
    alignItems: "flex-start",
    textAlign: "left",
    gap: tokens.spacingHorizontalS,
    paddingTop: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalS,
    paddingLeft: tokens.spacingHorizontalS,
    paddingRight: tokens.spacingHorizontalS,
    fontWeight: tokens.fontWeightRegular,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  lineBody: { display: "flex", flexDirection: "column", flexGrow: 1, minWidth: 0, gap: tokens.spacingVerticalXXS },
  lineArea: { color: tokens.colorBrandForeground1, fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase200 },
  lineText: { overflowWrap: "anywhere" },
  chevron: { color: tokens.colorNeutralForeground3, alignSelf: "center" },
  next: { width: "100%", height: "auto", minHeight: "32px", whiteSpace: "normal" },
});

export interface OverviewAreaProps {
  workbook: WorkbookPort;
  messages: Messages;
  inExcel: boolean;
  /** Whether the first screen is the one shown: back on it, the card is checked again (the clerk may have fixed things). */
  visible?: boolean;
  /** Opens an area: a line of the card, or the next step. */
  onOpen: (area: CardTarget) => void;
}

type Recognition = { status: "idle" } | { status: "busy" } | { status: "done"; recognition: SheetRecognition } | { status: "failed"; message: string };

/**
 * The first screen: the path the pane leads along (检查 → 修复 → 滞后 → 汇总), one button that checks the active
 * sheet end to end (app/overview, with the choices kept in the workbook), and the report card: what the sheet
 * is, its issues, its lagging tasks, last year's targets, each line opening its area, and the next step named.
 * What the sheet was recognised as, column by column, stays a click away (识别当前工作表).
 */
export function OverviewArea({ workbook, messages, inExcel, visible = true, onOpen }: OverviewAreaProps) {
  const styles = useStyles();
  const o = messages.areas.overview;
  const task = useTask<Overview.SheetOverview>(messages);
  const { run } = task;
  // The last card stays while it is checked again.
  const [card, setCard] = useState<Overview.SheetOverview | null>(null);
  const check = useCallback(
    () =>
      run(async () => {
        const [{ overviewOfActiveSheet }, settings] = await Promise.all([loadOverview(), workbook.readSettings().catch(() => ({}))]);
        const found = await overviewOfActiveSheet(workbook, keptChoices(settings));
        setCard(found);
        return found;
      }),
    [run, workbook],
  );
  // Back from an area with a card shown: the card is checked again, as the sheet may have changed.
  const wasVisible = useRef(visible);
  useEffect(() => {
    if (visible && !wasVisible.current && card !== null) void check();
    wasVisible.current = visible;
  }, [visible, card, check]);

  const [details, setDetails] = useState<Recognition>({ status: "idle" });
  const recognize = useCallback(async () => {
    setDetails({ status: "busy" });
    try {
      setDetails({ status: "done", recognition: await recognizeActiveSheet(workbook) });
    } catch (error) {
      setDetails({ status: "failed", message: failureText(error, messages.language, messages.errorUnexpected) });
    }
  }, [workbook, messages]);

  const busy = task.state.status === "busy";
  // Where the clerk is on the path: checking until the card says otherwise.
  const step = card === null ? 0 : card.next.step === "fix" || card.next.step === "review" ? 1 : card.next.step === "summary" ? 3 : 0;
  return (
    <section className={styles.root} aria-label={messages.areas.tabs.overview}>
      <ol className={styles.steps} aria-label={o.stepsLabel}>
        {o.steps.map((name, i) => (
          <li key={name} className={mergeClasses(styles.step, i === step && styles.current)} aria-current={i === step ? "step" : undefined}>
            {i > 0 && (
              <span className={styles.arrow} aria-hidden="true">
                →
              </span>
            )}
            {name}
          </li>
        ))}
      </ol>
      <Body1>{o.intro}</Body1>
      <div className={styles.actions}>
        <Button
          // Once the card names the next step, that is the primary action; checking again is secondary.
          appearance={card === null ? "primary" : "secondary"}
          disabled={busy || !inExcel}
          icon={busy ? <Spinner size="tiny" /> : undefined}
          onClick={() => void check()}
          onPointerEnter={prefetchOverview}
          onFocus={prefetchOverview}
        >
          {busy ? o.checking : o.checkButton}
        </Button>
        <Button appearance="subtle" disabled={details.status === "busy" || !inExcel} onClick={() => void recognize()}>
          {details.status === "busy" ? messages.recognizing : messages.recognizeButton}
        </Button>
      </div>
      {task.state.status === "failed" && <Feedback state={task.state} messages={messages} />}
      {card && <ReportCard card={card} messages={messages} onOpen={onOpen} />}
      {details.status === "failed" && (
        <MessageBar intent="error">
          <MessageBarBody>
            <MessageBarTitle>{messages.errorTitle}</MessageBarTitle>
            {details.message}
          </MessageBarBody>
        </MessageBar>
      )}
      {details.status === "done" && <RecognitionView recognition={details.recognition} messages={messages} />}
    </section>
  );
}

function CardLine({ area, text, onClick }: { area: string; text: string; onClick: () => void }) {
  const styles = useStyles();
  return (
    <li>
      <Button appearance="subtle" className={styles.line} onClick={onClick}>
        <span className={styles.lineBody}>
          <span className={styles.lineArea}>{area}</span>
          <span className={styles.lineText}>{text}</span>
        </span>
        <span className={styles.chevron} aria-hidden="true">
          ›
        </span>
      </Button>
    </li>
  );
}

/** Last year's line: the comparison's counts, or why there is none. */
function priorText(prior: Overview.PriorOverview, messages: Messages): string {
  const m = messages.areas;
  const o = m.overview;
  switch (prior.status) {
    case "compared":
      return o.prior(prior.builtinYear === null ? `“${prior.source}”` : m.builtinYear(prior.builtinYear), prior.tasks, prior.matched, prior.changed);
    case "off":
      return o.priorOff;
    case "other-place":
      return o.priorOtherPlace(prior.place);
    case "no-year-before":
      return o.priorNoYearBefore(prior.year);
    case "missing-sheet":
      return o.priorMissingSheet(prior.sheet);
    case "no-tasks":
      return o.priorNoTasks;
  }
}

function nextText(next: Overview.NextStep, messages: Messages): string {
  const o = messages.areas.overview;
  switch (next.step) {
    case "fix":
      return o.next.fix(next.issues, next.cells);
    case "review":
      return o.next.review(next.issues);
    case "summary":
      return o.next.summary;
    case "open-sheet":
      return o.next.openSheet;
  }
}

/** The report card of one check; fits the pane's 350 px (lines wrap, nothing scrolls sideways). */
function ReportCard({ card, messages, onOpen }: { card: Overview.SheetOverview; messages: Messages; onOpen: (area: CardTarget) => void }) {
  const styles = useStyles();
  const m = messages.areas;
  const o = m.overview;
  const kinds = [...new Set(card.tables.map((t) => messages.kinds[t.kind]))];
  const tasks = card.tables.reduce((n, t) => n + t.tasks, 0);
  const { lag, next } = card;
  const lagText = lag
    ? o.lag(lag, {
        date: lag.asOf.date === null ? null : m.date.text(lag.asOf.date),
        pace: lag.asOf.pace,
        source: m.sources[lag.asOf.source] ?? lag.asOf.source,
        // The date the clerk set needs no quoting back.
        evidence: lag.asOf.source === "given" ? undefined : lag.asOf.evidence,
      })
    : o.noProgress;
  return (
    <section className={styles.card} aria-label={o.cardLabel(card.sheet)}>
      <div className={styles.head}>
        <Subtitle2 as="h2" className={styles.heading}>
          {card.sheet}
        </Subtitle2>
        {card.tables.length > 0 && <Body1>{o.what(kinds, tasks)}</Body1>}
        {card.title && <Caption1 className={styles.heading}>{card.title}</Caption1>}
        <Caption1 className={styles.muted}>{o.yearPlace(card.year, card.place.name)}</Caption1>
      </div>
      {next.step === "open-sheet" ? (
        <MessageBar intent="warning">
          <MessageBarBody>
            <MessageBarTitle>{o.noTable}</MessageBarTitle>
            {o.next.openSheet}
          </MessageBarBody>
        </MessageBar>
      ) : (
        <>
          <ul className={styles.lines}>
            <CardLine area={m.tabs.validate} text={o.issues(card.issues)} onClick={() => onOpen("validate")} />
            <CardLine area={m.tabs.lag} text={lagText} onClick={() => onOpen("lag")} />
            <CardLine area={m.tabs.prior} text={priorText(card.prior, messages)} onClick={() => onOpen("prior")} />
          </ul>
          <Button appearance="primary" className={styles.next} onClick={() => onOpen(next.step === "summary" ? "summary" : "validate")}>
            {nextText(next, messages)}
          </Button>
        </>
      )}
    </section>
  );
}
