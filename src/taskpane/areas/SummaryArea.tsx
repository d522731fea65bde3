import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Body1,
  Button,
  Caption1,
  Link,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Switch,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { WorkbookPort } from "../../host/port";
import { keptChoices, priorOptions, SETTING } from "../../app/settings";
import { generateSummary, type SummaryResult } from "../../app/summary";
import { parseBuiltinSpec } from "../../engine/history";
import type { Messages } from "../../i18n";
import { Feedback } from "./Feedback";
import { PriorSheetPicker } from "./PriorSheetPicker";
import { useSetting } from "./useSetting";
import { useTask } from "./useTask";
import { MergeSection } from "./MergeSection";
import { UnitChart } from "../components/UnitChart";
import { percentText } from "../../engine/rounding";
import { SplitSection } from "./SplitSection";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  // 分发 and 汇总报送 are folds of their own (as 与上期对比 in 滞后): closed, each costs the summary one line of the 350 px pane.
  fold: {
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  panel: { marginLeft: 0, marginRight: 0, paddingBottom: tokens.spacingVerticalM },
});

/** The picker's 不对比: not a sheet's name (a sheet's name cannot hold ":"), kept as comparePrior "false". */
const NO_PRIOR = "none:";

export interface SummaryAreaProps {
  workbook: WorkbookPort;
  messages: Messages;
  /** Opens 滞后, where the as-of date is set (the one field for the pane, 汇总 and the ribbon). */
  onOpenLag?: () => void;
}

export function SummaryArea({ workbook, messages, onOpenLag }: SummaryAreaProps) {
  const styles = useStyles();
  const m = messages.areas;
  const [leadOnlyText, setLeadOnlyText] = useSetting(workbook, SETTING.leadOnly, "false");
  const [priorSheet, setPriorSheet] = useSetting(workbook, SETTING.priorSheet, "");
  const [comparePrior, setComparePrior] = useSetting(workbook, SETTING.comparePrior, "true");
  const [asOf] = useSetting(workbook, SETTING.asOf, "");
  // Read as the ribbon reads them: by default the bundled year before each sheet's, as `analyze`.
  const kept = keptChoices({ [SETTING.asOf]: asOf, [SETTING.leadOnly]: leadOnlyText, [SETTING.priorSheet]: priorSheet, [SETTING.comparePrior]: comparePrior });
  const { leadOnly } = kept;
  const choosePrior = (value: string) => {
    setComparePrior(String(value !== NO_PRIOR));
    if (value !== NO_PRIOR) setPriorSheet(value);
  };
  const task = useTask<SummaryResult>(messages);
  // The by-unit counts shown in the pane are those of the tabs just written, in the pane's language.
  const generate = () => task.run(() => generateSummary(workbook, { leadOnly, asOf: kept.asOf, ...priorOptions(kept.prior), language: messages.language }));
  const result = task.state.status === "done" ? task.state.value : null;
  const sourceLabel = (source: string) => {
    const year = parseBuiltinSpec(source)?.year;
    return year ? m.builtinYear(year) : source;
  };
  return (
    <section className={styles.root} aria-label={m.tabs.summary}>
      {/* First, in the cycle's order: 分发 sends each unit its tasks, 汇总报送 brings the returns into the master; then the summary. */}
      <Accordion collapsible className={styles.fold}>
        <AccordionItem value="split">
          <AccordionHeader as="h2">{m.split.heading}</AccordionHeader>
          <AccordionPanel className={styles.panel}>
            <SplitSection workbook={workbook} messages={messages} asOf={kept.asOf} />
          </AccordionPanel>
        </AccordionItem>
        <AccordionItem value="merge">
          <AccordionHeader as="h2">{m.merge.heading}</AccordionHeader>
          <AccordionPanel className={styles.panel}>
            <MergeSection workbook={workbook} messages={messages} language={messages.language} />
          </AccordionPanel>
        </AccordionItem>
      </Accordion>
      <Switch checked={leadOnly} label={m.leadOnly} onChange={(_e, data) => setLeadOnlyText(String(data.checked))} />
      <PriorSheetPicker
        workbook={workbook}
        messages={messages}
        scope="workbook"
        label={m.priorForSummary}
        defaultLabel={m.priorDefault}
        none={{ value: NO_PRIOR, label: m.none }}
        value={kept.prior.kind === "none" ? NO_PRIOR : priorSheet}
        onChange={choosePrior}
        version={task.state.status === "done" ? 1 : 0}
      />
      {kept.prior.kind === "default" && <Caption1>{m.priorDefaultHint}</Caption1>}
      <Body1>
        {m.summaryAsOf(kept.asOf ?? null)}
        {onOpenLag && (
          <>
            {" "}
            <Link as="button" inline onClick={onOpenLag}>
              {m.changeAsOf}
            </Link>
          </>
        )}
      </Body1>
      <Button appearance="primary" disabled={task.state.status === "busy"} onClick={generate}>
        {m.summaryButton}
      </Button>
      <Feedback state={task.state} messages={messages} />
      {result && (
        <MessageBar intent="success">
          <MessageBarBody>
            <MessageBarTitle>{m.done}</MessageBarTitle>
            {m.written(result.written)}
            {result.taken.length > 0 && ` ${m.takenNames(result.taken)}`}
            {kept.prior.kind !== "none" && ` ${m.priorUsed(result.priorSources.map(sourceLabel))}`}
          </MessageBarBody>
        </MessageBar>
      )}
      {result && <UnitChart units={result.units} language={messages.language} />}
      {result && (
        <>
          <Body1>{m.unitsCaption}</Body1>
          <Table size="extra-small" aria-label={m.unitsCaption}>
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{m.unit}</TableHeaderCell>
                <TableHeaderCell>{m.tasks}</TableHeaderCell>
                <TableHeaderCell>{m.lagging}</TableHeaderCell>
                <TableHeaderCell>{m.onPace}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {result.units.slice(0, 30).map((u) => (
                <TableRow key={u.unit}>
                  <TableCell>{u.unit}</TableCell>
                  <TableCell>{u.tasks}</TableCell>
                  <TableCell>{u.lagging.length}</TableCell>
                  <TableCell>{u.onPaceRate === null ? "—" : percentText(u.onPaceRate)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </>
      )}
    </section>
  );
}
