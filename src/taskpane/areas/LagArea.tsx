import { Badge, Body1, Button, Caption1, Field, Input, makeStyles, tokens } from "@fluentui/react-components";
import { renderLagReason } from "../../engine/lag";
import type { WorkbookPort } from "../../host/port";
import { lagOfActiveSheet, type LagView } from "../../app/lag";
import { clearMarks, markLagging } from "../../app/marks";
import type { Language, Messages } from "../../i18n";
import { Feedback } from "./Feedback";
import { useSetting } from "./useSetting";
import { useTask } from "./useTask";

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
});

const FLAG_COLOR = { red: "danger", yellow: "warning", green: "success", none: "informative" } as const;

export function LagArea({ workbook, messages, language }: { workbook: WorkbookPort; messages: Messages; language: Language }) {
  const styles = useStyles();
  const m = messages.areas;
  const [asOf, setAsOf] = useSetting(workbook, "asOf", "");
  const task = useTask<LagView>(messages);
  const marking = useTask<string>(messages);
  const view = task.state.status === "done" ? task.state.value : null;
  const flagged = view?.results.filter((r) => r.result.flag === "red" || r.result.flag === "yellow") ?? [];
  flagged.sort((a, b) => (a.result.flag === b.result.flag ? a.result.row - b.result.row : a.result.flag === "red" ? -1 : 1));
  return (
    <section className={styles.root} aria-label={m.tabs.lag}>
      <Field label={m.asOf} hint={m.asOfHint}>
        <Input type="date" value={asOf} onChange={(_e, data) => setAsOf(data.value)} />
      </Field>
      <Button appearance="primary" disabled={task.state.status === "busy"} onClick={() => task.run(() => lagOfActiveSheet(workbook, asOf || undefined))}>
        {m.lagButton}
      </Button>
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
