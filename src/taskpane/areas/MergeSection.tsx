import { Body1, Button, Caption1, MessageBar, MessageBarBody, MessageBarTitle, Subtitle2, makeStyles } from "@fluentui/react-components";
import { FOLD_STYLES } from "./foldStyles";
import { useState, type ReactNode } from "react";
import { undoLastBatch } from "./undoLastBatch";
import { applyMerge, planMergeReturns, readReturns, type MergePreview, type PickedReturn } from "../../app/mergeReturns";
import type { SheetGrid } from "../../engine/grid";
import { excerpt } from "../../engine/cycle/compare";
import type { WorkbookPort } from "../../host/port";
import type { Language, MergeGroup, Messages } from "../../i18n";
import { failureText } from "../../i18n/failureText";
import { cellKey } from "../../engine/validate/selection";
import { Feedback } from "./Feedback";
import { FilePickButton } from "./FilePickButton";
import { FixPreviewDialog, toggled } from "./FixPreviewDialog";
import { useTask } from "./useTask";

const useStyles = makeStyles({
  ...FOLD_STYLES,
  place: { minWidth: 0, height: "auto", paddingInline: 0, textAlign: "start" },
});

/** Items shown per list before 显示更多: the 催报 list of a large master can name a hundred units. */
const SHOWN = 20;

/** Reads a picked file in the browser: the reader is loaded on first use, so the pane's first paint does not wait for it. */
const readInBrowser = async (file: PickedReturn): Promise<SheetGrid[]> => (await import("../../host/files/browserRead")).readPickedFile(file);

interface Previewed {
  preview: MergePreview;
  /** The files that could not be read, each with its message (which names it). */
  unread: { file: string; message: string }[];
}

/**
 * 汇总报送, in 汇总: the units' returned files picked (any number, .xlsx or .csv), read in the browser on this
 * machine, and merged into the active sheet's 进展情况 / 进展状态 as the command line's `taizhang merge` does: the
 * counts and the report's lists first, then the cells in the fixes' preview (each can be left out), written as one
 * batch of the fix journal that 撤销 puts back cell for cell. A file that cannot be read is named with why; the
 * others merge all the same.
 */
export function MergeSection({ workbook, messages, language }: { workbook: WorkbookPort; messages: Messages; language: Language }) {
  const styles = useStyles();
  const m = messages.areas.merge;
  const task = useTask<Previewed>(messages);
  const writing = useTask<string>(messages);
  const [open, setOpen] = useState(false);
  const [excluded, setExcluded] = useState<ReadonlySet<string>>(new Set());
  const [applied, setApplied] = useState(false);
  const pick = (files: File[]) => {
    setApplied(false);
    writing.setState({ status: "idle" });
    void task.run(async () => {
      const picked: PickedReturn[] = files.map((file) => ({
        name: file.name,
        size: file.size,
        bytes: async () => new Uint8Array(await file.arrayBuffer()),
      }));
      const { returns, unread } = await readReturns(picked, readInBrowser);
      const preview = await planMergeReturns(workbook, returns);
      return { preview, unread: unread.map((u) => ({ file: u.file, message: failureText(u.error, language, messages.errorUnexpected) })) };
    });
  };
  const result = task.state.status === "done" ? task.state.value : null;
  const apply = async () => {
    if (!result) return;
    setOpen(false);
    const changes = result.preview.changes.filter((c) => !excluded.has(cellKey(c.sheet, c.cell)));
    const done = await writing.run(async () => {
      await applyMerge(workbook, { ...result.preview, changes });
      return m.applied(changes.length);
    });
    if (done) setApplied(true);
  };
  const undo = () =>
    writing.run(async () => {
      const said = await undoLastBatch(workbook, messages);
      setApplied(false);
      return said;
    });
  return (
    <section className={styles.root} aria-label={m.heading}>
      <Caption1>{m.intro}</Caption1>
      <div className={styles.row}>
        <FilePickButton label={m.pick} accept=".xlsx,.xlsm,.csv" disabled={task.state.status === "busy"} onPickMany={pick} />
      </div>
      <Feedback state={task.state} messages={messages} />
      {result && result.unread.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{m.unread(result.unread.length)}</MessageBarTitle>
            {result.unread.map((u) => (
              <div key={u.file}>{u.message}</div>
            ))}
          </MessageBarBody>
        </MessageBar>
      )}
      {result && (
        <MergePreviewView
          workbook={workbook}
          messages={messages}
          preview={result.preview}
          applied={applied}
          busy={writing.state.status === "busy"}
          onApply={() => setOpen(true)}
          onUndo={() => void undo()}
          written={
            <>
              <Feedback state={writing.state} messages={messages} />
              {writing.state.status === "done" && (
                <MessageBar intent="success">
                  <MessageBarBody>{writing.state.value}</MessageBarBody>
                </MessageBar>
              )}
            </>
          }
        />
      )}
      {result && (
        <FixPreviewDialog
          open={open}
          changes={result.preview.changes}
          excludedCells={excluded}
          onExclude={(cells, out) => setExcluded((before) => toggled(before, cells, out))}
          onApply={() => void apply()}
          onClose={() => setOpen(false)}
          messages={messages}
          note={m.previewNote}
        />
      )}
    </section>
  );
}

function MergePreviewView(props: {
  workbook: WorkbookPort;
  messages: Messages;
  preview: MergePreview;
  applied: boolean;
  busy: boolean;
  onApply: () => void;
  onUndo: () => void;
  /** What writing or undoing said: under the buttons, above the lists, where the clerk is looking. */
  written: ReactNode;
}) {
  const { workbook, messages, preview, applied, busy } = props;
  const styles = useStyles();
  const m = messages.areas.merge;
  const { report } = preview;
  const count = (column: "progress" | "status") => report.proposals.filter((p) => p.column === column).length;
  const cellsOf = (unit: string | null) => (unit === null ? 0 : report.proposals.filter((p) => p.units.includes(unit)).length);
  const go = (row: number) => () => void workbook.selectCell(preview.sheet, `A${row}`);
  const master = (line: { seq: string; row: number }) => (
    <Button size="small" appearance="transparent" className={styles.place} onClick={go(line.row)}>
      {m.masterAt(line.seq, line.row)}
    </Button>
  );
  const text = (value: string) => <Caption1>{excerpt(value.split("\n")[0], 60)}</Caption1>;
  const groups: { group: MergeGroup; items: { key: string; body: ReactNode }[] }[] = [
    {
      group: "chase",
      items: report.chase.map((c) => ({
        key: c.unit,
        body: (
          <>
            <Body1>{c.unit}</Body1>
            <Caption1>{m.chaseDuties(m.masterPlaces(c.lead), m.masterPlaces(c.coop))}</Caption1>
          </>
        ),
      })),
    },
    {
      group: "withoutReturn",
      items: report.withoutReturn.map((t) => ({
        key: String(t.row),
        body: (
          <>
            {master(t)}
            {t.units.length > 0 && <Caption1>{m.units(t.units)}</Caption1>}
            {text(t.text)}
          </>
        ),
      })),
    },
    {
      group: "unmatched",
      items: report.unmatched.map((u) => ({
        key: `${u.file}|${u.sheet}|${u.row}`,
        body: (
          <>
            <Body1>{m.returnAt(u.file, u.sheet, u.row)}</Body1>
            <Caption1>
              {u.seq ? `${m.returnSeq(u.seq)}　` : ""}
              {m.sender(u.unit)}
            </Caption1>
            {text(u.text)}
            <Caption1 className={styles.note}>{m.unmatchedWhy(u.reason)}</Caption1>
          </>
        ),
      })),
    },
    {
      group: "seqChanges",
      items: report.seqChanges.map((r) => ({
        key: `${r.file}|${r.sheet}|${r.row}`,
        body: (
          <>
            {master(r.master)}
            <Caption1>{m.seqChanged(r.seq, m.masterAt(r.master.seq, r.master.row))}</Caption1>
            <Caption1>
              {m.returnAt(r.file, r.sheet, r.row)}　{m.sender(r.unit)}
            </Caption1>
            {text(r.master.text)}
          </>
        ),
      })),
    },
    {
      group: "textChanges",
      items: report.textChanges.map((r) => ({
        key: `${r.file}|${r.sheet}|${r.row}`,
        body: (
          <>
            {master(r.master)}
            <Caption1>{m.textChanged(r.textChanged ? excerpt(r.text.split("\n")[0], 60) : null, r.unitsChanged ? r.units : null)}</Caption1>
            <Caption1>
              {m.returnAt(r.file, r.sheet, r.row)}　{m.sender(r.unit)}
            </Caption1>
            <Caption1>{messages.areas.compare.certainty(messages.areas.confidence(r.confidence))}</Caption1>
          </>
        ),
      })),
    },
    {
      group: "conflicts",
      items: report.conflicts.map((c) => ({
        key: c.cell,
        body: (
          <>
            {master(c)}
            {c.statuses.map((s) => (
              <Caption1 key={`${s.unit}|${s.file}`}>{m.conflictStatus(s.unit, s.status, s.file)}</Caption1>
            ))}
            {text(c.text)}
          </>
        ),
      })),
    },
    {
      group: "unreadable",
      items: report.returns.filter((r) => r.unreadable).map((r) => ({ key: `${r.file}|${r.sheet}`, body: <Body1>{m.returnFile(r.file, r.sheet)}</Body1> })),
    },
  ];
  return (
    <>
      <Body1>
        {preview.changes.length === 0
          ? m.nothingToWrite(preview.sheet)
          : m.summary(preview.sheet, { progress: count("progress"), status: count("status"), replaces: report.proposals.filter((p) => p.replaces).length })}
      </Body1>
      <div className={styles.row}>
        <Button appearance="primary" disabled={busy || preview.changes.length === 0 || applied} onClick={props.onApply}>
          {m.apply}
        </Button>
        {applied && (
          <Button disabled={busy} onClick={props.onUndo}>
            {m.undo}
          </Button>
        )}
      </div>
      {props.written}
      <MergeGroupView
        heading={m.returnsHeading(report.returns.filter((r) => !r.unreadable).length)}
        messages={messages}
        items={report.returns
          .filter((r) => !r.unreadable)
          .map((r) => ({
            key: `${r.file}|${r.sheet}`,
            body: (
              <>
                <Body1>{m.returnFile(r.file, r.sheet)}</Body1>
                <Caption1>
                  {m.returnLine(r.unit, r.certainty && messages.areas.confidence(r.certainty), r.rows, r.matched, r.reported, cellsOf(r.unit))}
                </Caption1>
                {r.missing.length > 0 && <Caption1 className={styles.note}>{m.returnMissing(m.masterPlaces(r.missing))}</Caption1>}
              </>
            ),
          }))}
      />
      {groups
        .filter((g) => g.items.length > 0)
        .map((g) => (
          <MergeGroupView key={g.group} heading={m.groups[g.group].heading(g.items.length)} note={m.groups[g.group].note} messages={messages} items={g.items} />
        ))}
    </>
  );
}

function MergeGroupView({ heading, note, items, messages }: { heading: string; note?: string; items: { key: string; body: ReactNode }[]; messages: Messages }) {
  const styles = useStyles();
  const [shown, setShown] = useState(SHOWN);
  return (
    <section className={styles.group} aria-label={heading}>
      <Subtitle2 as="h3" className={styles.heading}>
        {heading}
      </Subtitle2>
      {note && <Caption1 className={styles.note}>{note}</Caption1>}
      {items.slice(0, shown).map((item) => (
        <div key={item.key} className={styles.item}>
          {item.body}
        </div>
      ))}
      {items.length > shown && (
        <Button size="small" appearance="subtle" className={styles.go} onClick={() => setShown((n) => n + SHOWN)}>
          {messages.areas.priorShowMore(items.length - shown)}
        </Button>
      )}
    </section>
  );
}
