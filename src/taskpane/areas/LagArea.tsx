import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
  Body1,
  Button,
  Caption1,
  Link,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { renderLagReason, type AsOf } from "../../engine/lag";
import type { WorkbookPort } from "../../host/port";
import { lagOfActiveSheet, sheetAsOf, type LagView } from "../../app/lag";
import { SETTING } from "../../app/settings";
import { clearMarks, markLagging } from "../../app/marks";
import type { Language, Messages } from "../../i18n";
import { DateField } from "../components/DateField";
import { CompareSection } from "./CompareSection";
import { dateParts } from "../components/dates";
import { Feedback } from "./Feedback";
import { useSetting } from "./useSetting";
import { useRunOnOpen, useTask } from "./useTask";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  task: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    paddingTop: tokens.spacingVerticalS,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  head: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center" },
  // The comparison is a fold of its own: closed, it costs the lag list one line of the 350 px pane.
  compare: {
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  panel: { marginLeft: 0, marginRight: 0, paddingBottom: tokens.spacingVerticalM },
});

const FLAG_COLOR = { red: "danger", yellow: "warning", green: "success", none: "informative" } as const;

export interface LagAreaProps {
  workbook: WorkbookPort;
  messages: Messages;
  language: Language;
  /** Check at once, as when the clerk comes from the first screen's card. */
  runOnOpen?: boolean;
}

/**
 * 滞后: the lagging tasks of the active sheet against the as-of date. The date is asked here only, once for the
 * pane, 汇总 and the ribbon (kept in the workbook); until the clerk sets one, the field shows the sheet's own.
 */
export function LagArea({ workbook, messages, language, runOnOpen = false }: LagAreaProps) {
  const styles = useStyles();
  const m = messages.areas;
  const [asOf, setAsOf] = useSetting(workbook, SETTING.asOf, "");
  // The date the sheet says (its title, its progress texts), shown while the clerk has set none.
  const [ownDate, setOwnDate] = useState<AsOf | null>(null);
  useEffect(() => {
    let live = true;
    sheetAsOf(workbook).then(
      (found) => live && setOwnDate(found),
      () => undefined, // the check says what went wrong, if the sheet cannot be read
    );
    return () => {
      live = false;
    };
  }, [workbook]);
  const task = useTask<LagView>(messages);
  const { run } = task;
  const check = (date = asOf) => run(() => lagOfActiveSheet(workbook, date || undefined));
  // A list shown is checked again against a date changed: what the clerk sees is always of the date shown.
  const changeDate = (date: string) => {
    setAsOf(date);
    if (task.state.status === "done") void check(date);
  };
  // From the first screen: the list at once, against the date kept (read here: the setting may not be read yet).
  useRunOnOpen(runOnOpen, () =>
    run(async () => {
      const saved = await workbook.readSettings().catch(() => ({}) as Record<string, string>);
      return lagOfActiveSheet(workbook, saved[SETTING.asOf] || undefined);
    }),
  );
  const marking = useTask<string>(messages);
  const view = task.state.status === "done" ? task.state.value : null;
  const flagged = view?.results.filter((r) => r.result.flag === "red" || r.result.flag === "yellow") ?? [];
  flagged.sort((a, b) => (a.result.flag === b.result.flag ? a.result.row - b.result.row : a.result.flag === "red" ? -1 : 1));
  return (
    <section className={styles.root} aria-label={m.tabs.lag}>
      <DateField
        label={m.asOf}
        value={asOf || (ownDate?.date ?? "")}
        onChange={changeDate}
        messages={m.date}
        year={dateParts(ownDate?.date ?? "")?.year ?? null}
        hint={
          asOf ? (
            <>
              {m.date.given} ·{" "}
              <Link as="button" inline onClick={() => changeDate("")}>
                {m.date.useSheet}
              </Link>
            </>
          ) : ownDate?.date ? (
            m.date.fromSheet(m.sources[ownDate.source] ?? ownDate.source, ownDate.evidence)
          ) : (
            m.asOfHint
          )
        }
      />
      <Button appearance="primary" disabled={task.state.status === "busy"} onClick={() => void check()}>
        {m.lagButton}
      </Button>
      <Accordion collapsible className={styles.compare}>
        <AccordionItem value="compare">
          <AccordionHeader as="h2">{m.compare.heading}</AccordionHeader>
          <AccordionPanel className={styles.panel}>
            <CompareSection workbook={workbook} messages={messages} language={language} asOf={asOf} />
          </AccordionPanel>
        </AccordionItem>
      </Accordion>
      <Feedback state={task.state} messages={messages} />
      {view && flagged.length > 0 && (
        <div className={styles.head}>
          <Button size="small" onClick={() => marking.run(async () => m.marked(await markLagging(workbook, view)))}>
            {m.markRows}
          </Button>
          <Button size="small" appearance="subtle" onClick={() => marking.run(async () => m.cleared(await clearMarks(workbook)))}>
            {m.clearMarks}
          </Button>
        </div>
      )}
      <Feedback state={marking.state} messages={messages} />
      {marking.state.status === "done" && <Caption1>{marking.state.value}</Caption1>}
      {view && <Body1>{m.asOfUsed(view.asOf.date, view.asOf.pace, m.sources[view.asOf.source] ?? view.asOf.source)}</Body1>}
      {view && (
        <Body1>
          {flagged.length === 0
            ? m.noLag
            : m.lagCounts(flagged.filter((f) => f.result.flag === "red").length, flagged.filter((f) => f.result.flag === "yellow").length, view.results.length)}
        </Body1>
      )}
      {flagged.map(({ result }) => (
        <div key={`${result.sheet}-${result.row}`} className={styles.task}>
          <div className={styles.head}>
            <Badge color={FLAG_COLOR[result.flag]}>{m.flags[result.flag]}</Badge>
            <Button size="small" appearance="transparent" onClick={() => void workbook.selectCell(result.sheet, `A${result.row}`)}>
              {m.taskAt(result.seq, result.row)}
            </Button>
          </div>
          <Caption1>{result.task.split("\n")[0]}</Caption1>
          {result.reasons
            .filter((r) => r.flag !== "green" && r.flag !== "none")
            .map((reason, i) => (
              <Caption1 key={i}>· {renderLagReason(reason, language)}</Caption1>
            ))}
        </div>
      ))}
    </section>
  );
}
