import {
  Body1,
  Button,
  Field,
  Input,
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
import { builtinPriorChoices } from "../../app/priorYear";
import { generateSummary, type SummaryResult } from "../../app/summary";
import type { Messages } from "../../i18n";
import { Feedback } from "./Feedback";
import { SheetPicker } from "./SheetPicker";
import { useSetting } from "./useSetting";
import { useTask } from "./useTask";
import { UnitChart } from "../components/UnitChart";
import { percentText } from "../../engine/rounding";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
});

export function SummaryArea({ workbook, messages }: { workbook: WorkbookPort; messages: Messages }) {
  const styles = useStyles();
  const m = messages.areas;
  const [leadOnlyText, setLeadOnlyText] = useSetting(workbook, "leadOnly", "false");
  const leadOnly = leadOnlyText === "true";
  const [priorSheet, setPriorSheet] = useSetting(workbook, "priorSheet", "");
  const [asOf, setAsOf] = useSetting(workbook, "asOf", "");
  const task = useTask<SummaryResult>(messages);
  // The by-unit counts shown in the pane are those of the tabs just written, in the pane's language.
  const generate = () =>
    task.run(() => generateSummary(workbook, { leadOnly, asOf: asOf || undefined, priorSheet: priorSheet || undefined, language: messages.language }));
  const result = task.state.status === "done" ? task.state.value : null;
  return (
    <section className={styles.root} aria-label={m.tabs.summary}>
      <Switch checked={leadOnly} label={m.leadOnly} onChange={(_e, data) => setLeadOnlyText(String(data.checked))} />
      <SheetPicker
        workbook={workbook}
        label={m.priorForSummary}
        placeholder={m.none}
        value={priorSheet}
        onChange={setPriorSheet}
        extra={builtinPriorChoices(m.builtinYear)}
      />
      <Field label={m.asOf} hint={m.asOfHint}>
        <Input type="date" value={asOf} onChange={(_e, data) => setAsOf(data.value)} />
      </Field>
      <Button appearance="primary" disabled={task.state.status === "busy"} onClick={generate}>
        {m.summaryButton}
      </Button>
      <Feedback state={task.state} messages={messages} />
      {result && (
        <MessageBar intent="success">
          <MessageBarBody>
            <MessageBarTitle>{m.done}</MessageBarTitle>
            {m.written(result.written)}
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
