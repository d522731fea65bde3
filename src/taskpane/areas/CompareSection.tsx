import { Badge, Body1, Button, Caption1, Field, MessageBar, MessageBarBody, MessageBarTitle, Select, Subtitle2, makeStyles } from "@fluentui/react-components";
import { FOLD_STYLES } from "./foldStyles";
import { useEffect, useState } from "react";
import { previousReportChoices, runCompare, type CompareRun } from "../../app/compare";
import { importPriorFile, type ImportedPrior } from "../../app/priorYear";
import { SETTING } from "../../app/settings";
import { COMPARE_CLASSES, compareWords, describeItem, excerpt, type CompareClass, type CompareItem, type Comparison } from "../../engine/cycle/compare";
import { localIsoDate } from "../../engine/dates";
import type { WorkbookPort } from "../../host/port";
import type { Language, Messages } from "../../i18n";
import { FaceFailure } from "../../i18n/failureText";
import { Feedback } from "./Feedback";
import { FilePickButton } from "./FilePickButton";
import { useSetting } from "./useSetting";
import { useTask } from "./useTask";

const useStyles = makeStyles({
  ...FOLD_STYLES,
  // A native select is as wide as its longest choice: held to the pane's width (as PriorSheetPicker's).
  field: { gridTemplateColumns: "minmax(0, 1fr)" },
  select: { minWidth: 0, maxWidth: "100%" },
  choice: { minWidth: 0, width: "100%", textOverflow: "ellipsis" },
});

/** Items shown per heading before 显示更多: a long list stays readable in a 350 px pane. */
const SHOWN = 20;

/**
 * 与上期对比, in 滞后: the active sheet (this period's report, judged against the area's as-of date) beside the
 * previous period's report, a sheet of this workbook or one imported from a file. The list is grouped as the
 * 上期对比 tab (the engine's headings, reasons and warnings, in the pane's language); the tab is written on demand.
 */
export function CompareSection({ workbook, messages, language, asOf }: { workbook: WorkbookPort; messages: Messages; language: Language; asOf: string }) {
  const styles = useStyles();
  const m = messages.areas.compare;
  const [previous, setPrevious] = useSetting(workbook, SETTING.previousReport, "");
  const [choices, setChoices] = useState<string[] | null>(null);
  const [version, setVersion] = useState(0);
  useEffect(() => {
    let live = true;
    previousReportChoices(workbook).then(
      (found) => live && setChoices(found),
      () => live && setChoices([]), // the comparison says what went wrong, if a sheet cannot be read
    );
    return () => {
      live = false;
    };
  }, [workbook, version]);
  const task = useTask<CompareRun>(messages);
  const writing = useTask<CompareRun>(messages);
  const importing = useTask<ImportedPrior & { picked: string | null }>(messages);
  const request = (write: boolean) => {
    if (previous === "") throw new FaceFailure(m.needPick);
    return runCompare(workbook, { previous: { sheet: previous }, asOf: asOf || undefined, language, madeOn: localIsoDate(new Date()), write });
  };
  const compare = () => task.run(async () => request(false));
  const write = () =>
    writing.run(async () => {
      const run = await request(true);
      setVersion((v) => v + 1);
      return run;
    });
  const importFile = (file: File) =>
    importing.run(async () => {
      // Excel inserts sheets only from .xlsx; say so before sending anything else to it.
      if (!/\.xls[xm]$/iu.test(file.name)) throw new FaceFailure(messages.areas.importNeedsXlsx(file.name));
      const imported = await importPriorFile(workbook, file.name, new Uint8Array(await file.arrayBuffer()));
      // Of the sheets brought in, one with progress: the one with the most tasks where it has.
      const offered = new Set(await previousReportChoices(workbook));
      const picked = offered.has(imported.priorSheet) ? imported.priorSheet : (imported.inserted.find((name) => offered.has(name)) ?? null);
      setVersion((v) => v + 1);
      if (picked !== null) setPrevious(picked);
      return { ...imported, picked };
    });
  const run = task.state.status === "done" ? task.state.value : null;
  const written = writing.state.status === "done" ? writing.state.value : null;
  // A choice kept from before that is no longer offered (renamed, or the active sheet now) is shown as it is.
  const kept = previous !== "" && choices !== null && !choices.includes(previous);
  return (
    <section className={styles.root} aria-label={m.heading}>
      <Caption1>{m.intro}</Caption1>
      <Field label={m.pick} hint={choices !== null && choices.length === 0 ? m.noChoices : undefined} className={styles.field}>
        <Select className={styles.select} select={{ className: styles.choice }} value={previous} onChange={(_e, data) => setPrevious(data.value)}>
          <option value="">{m.pickPlaceholder}</option>
          {(choices ?? []).map((name) => (
            <option key={name} value={name}>
              {name}
            </option>
          ))}
          {kept && <option value={previous}>{previous}</option>}
        </Select>
      </Field>
      <div className={styles.row}>
        <FilePickButton label={m.importFile} accept=".xlsx,.xlsm" disabled={importing.state.status === "busy"} onPick={(file) => void importFile(file)} />
      </div>
      <Feedback state={importing.state} messages={messages} />
      {importing.state.status === "done" && <Caption1>{m.imported(importing.state.value.inserted, importing.state.value.picked)}</Caption1>}
      <div className={styles.row}>
        <Button appearance="primary" disabled={task.state.status === "busy" || previous === ""} onClick={() => void compare()}>
          {m.button}
        </Button>
        {run && (
          <Button disabled={writing.state.status === "busy"} onClick={() => void write()}>
            {m.writeButton}
          </Button>
        )}
      </div>
      <Feedback state={task.state} messages={messages} />
      <Feedback state={writing.state} messages={messages} />
      {written && (
        <MessageBar intent="success">
          <MessageBarBody>
            <MessageBarTitle>{messages.areas.done}</MessageBarTitle>
            {messages.areas.written(written.written)}
            {written.taken.length > 0 && ` ${messages.areas.takenNames(written.taken)}`}
          </MessageBarBody>
        </MessageBar>
      )}
      {run && <CompareList workbook={workbook} messages={messages} language={language} comparison={run.comparison} />}
      {!run && choices === null && <Caption1>{messages.areas.working}</Caption1>}
    </section>
  );
}

function CompareList({ workbook, messages, language, comparison }: { workbook: WorkbookPort; messages: Messages; language: Language; comparison: Comparison }) {
  const w = compareWords(language);
  const notes = [
    ...(["previous", "current"] as const).filter((side) => !comparison[side].progress).map((side) => w.noProgress(w.side[side])),
    ...comparison.warnings.map((warning) => w.warnings[warning]),
  ];
  return (
    <>
      <Body1>{w.datesLine(w.period("current", comparison.current.asOf), w.period("previous", comparison.previous.asOf))}</Body1>
      {notes.map((note) => (
        <MessageBar key={note} intent="warning">
          <MessageBarBody>{note}</MessageBarBody>
        </MessageBar>
      ))}
      {COMPARE_CLASSES.map((cls) => (
        <CompareGroup key={cls} cls={cls} workbook={workbook} messages={messages} language={language} comparison={comparison} />
      ))}
    </>
  );
}

function CompareGroup(props: { cls: CompareClass; workbook: WorkbookPort; messages: Messages; language: Language; comparison: Comparison }) {
  const { cls, messages, language, comparison } = props;
  const styles = useStyles();
  const m = messages.areas.compare;
  const w = compareWords(language);
  const [shown, setShown] = useState(SHOWN);
  const items = comparison.items.filter((i) => i.classes.includes(cls));
  return (
    <section className={styles.group} aria-label={m.group(w.classes[cls], items.length)}>
      <Subtitle2 as="h3" className={styles.heading}>
        {m.group(w.classes[cls], items.length)}
      </Subtitle2>
      <Caption1 className={styles.note}>{w.classNotes[cls]}</Caption1>
      {items.slice(0, shown).map((item) => (
        <CompareEntry key={`${item.current?.row ?? ""}-${item.previous?.row ?? ""}`} item={item} {...props} />
      ))}
      {items.length > shown && (
        <Button size="small" appearance="subtle" className={styles.go} onClick={() => setShown((n) => n + SHOWN)}>
          {messages.areas.priorShowMore(items.length - shown)}
        </Button>
      )}
    </section>
  );
}

function CompareEntry(props: { item: CompareItem; cls: CompareClass; workbook: WorkbookPort; messages: Messages; language: Language; comparison: Comparison }) {
  const { item, cls, workbook, messages, language, comparison } = props;
  const styles = useStyles();
  const m = messages.areas.compare;
  const state = (item.current ?? item.previous)!;
  const status = (s: CompareItem["current"]) => (s === null ? "—" : s.status === "" ? m.emptyStatus : s.status);
  const units = m.units([...state.units], [...state.coUnits]);
  const certainty = item.match && item.match.confidence !== "certain" ? m.certainty(messages.areas.confidence(item.match.confidence)) : null;
  return (
    <div className={styles.item}>
      <div className={styles.row}>
        <Button size="small" appearance="transparent" onClick={() => void workbook.selectCell(state.sheet, `A${state.row}`)}>
          {item.current ? messages.areas.taskAt(state.seq, state.row) : m.previousAt(state.seq, state.row)}
        </Button>
        {certainty && (
          <Badge appearance="outline" color="warning">
            {certainty}
          </Badge>
        )}
      </div>
      <Caption1>{excerpt(state.task.split("\n")[0], 60)}</Caption1>
      {units !== "" && <Caption1>{units}</Caption1>}
      <Caption1>{m.statuses(status(item.previous), status(item.current))}</Caption1>
      <Caption1>· {describeItem(item, cls, comparison, language)}</Caption1>
    </div>
  );
}
