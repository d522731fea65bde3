import { Body1, Button, Caption1, MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from "@fluentui/react-components";
import { FOLD_STYLES } from "./foldStyles";
import { useEffect, useState } from "react";
import { openReturnsWorkbook, returnFiles, splitWorkbook } from "../../app/split";
import { uniqueFileName, type MasterSplit } from "../../engine/cycle/split";
import type { WorkbookPort } from "../../host/port";
import type { Messages } from "../../i18n";
import { FaceFailure } from "../../i18n/failureText";
import { offerDownload } from "../download";
import { Feedback } from "./Feedback";
import { useTask } from "./useTask";

const useStyles = makeStyles({
  ...FOLD_STYLES,
  units: { display: "flex", flexDirection: "column" },
  unit: {
    display: "flex",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalS,
    paddingTop: tokens.spacingVerticalXXS,
    paddingBottom: tokens.spacingVerticalXXS,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  counts: { flexShrink: 0, color: tokens.colorNeutralForeground3 },
});

/** Units shown before 显示更多: 58 units of the H1 report would fill the 350 px pane several times over. */
const SHOWN = 20;

/**
 * The writer (ExcelJS's bundle, about 1 MB) loaded on the first click, not with the pane: most clerks open
 * 汇总 to summarise, not to send out.
 */
const writer = () => import(/* webpackChunkName: "writer" */ "../../host/files/newBook");

/** The zip's name: the master sheet's, made a safe file name as the returns' are. */
const zipName = (split: MasterSplit) => uniqueFileName(`分发-${split.sheet}`, new Set()).replace(/\.xlsx$/u, ".zip");

/**
 * 分发, in 汇总: the active sheet split by responsible unit (src/app/split.ts, as `taizhang split`), its as-of date
 * and counts, and two ways to hand the returns out: a new workbook with a sheet per unit (where the host can open
 * one), or the command line's files zipped for a download. The sheet itself is never changed.
 */
export function SplitSection({ workbook, messages, asOf }: { workbook: WorkbookPort; messages: Messages; asOf?: string }) {
  const styles = useStyles();
  const m = messages.areas.split;
  const [version, setVersion] = useState(0);
  const [shown, setShown] = useState(SHOWN);
  const reading = useTask<MasterSplit>(messages);
  const making = useTask<{ opened: boolean; sheets: number }>(messages);
  const zipping = useTask<{ name: string; files: number }>(messages);
  const read = reading.run;
  useEffect(() => {
    void read(() => splitWorkbook(workbook, { asOf }));
  }, [read, workbook, asOf, version]);
  // Each button splits the sheet as it is now: the clerk may have edited it since the fold was opened.
  const fresh = async () => {
    const split = await splitWorkbook(workbook, { asOf });
    if (split.units.length === 0) throw new FaceFailure(m.noUnits);
    return split;
  };
  const make = () =>
    making.run(async () => {
      const split = await fresh();
      return { opened: await openReturnsWorkbook(workbook, split, async () => (await writer()).newBook()), sheets: split.units.length };
    });
  const zip = () =>
    zipping.run(async () => {
      const split = await fresh();
      const { newBook, zipFiles } = await writer();
      const files = await returnFiles(split, newBook);
      const name = zipName(split);
      offerDownload(name, await zipFiles(files), "application/zip");
      return { name, files: files.length };
    });
  const split = reading.state.status === "done" ? reading.state.value : null;
  const busy = making.state.status === "busy" || zipping.state.status === "busy";
  const made = making.state.status === "done" ? making.state.value : null;
  const zipped = zipping.state.status === "done" ? zipping.state.value : null;
  return (
    <section className={styles.root} aria-label={m.heading}>
      <Caption1>{m.intro}</Caption1>
      <Feedback state={reading.state} messages={messages} />
      {split && (
        <>
          <Body1>{m.asOf(split.asOf)}</Body1>
          <Body1>{m.counts(split.units.length, split.tasks)}</Body1>
          {split.unlisted.length > 0 && (
            <div className={styles.units} role="group" aria-label={m.unlisted(split.unlisted.length)}>
              <Caption1>{m.unlisted(split.unlisted.length)}</Caption1>
              <div className={styles.row}>
                {split.unlisted.map((task) => (
                  <Button key={task.row} size="small" appearance="transparent" onClick={() => void workbook.selectCell(split.sheet, `A${task.row}`)}>
                    {messages.areas.taskAt(task.seq, task.row)}
                  </Button>
                ))}
              </div>
            </div>
          )}
          {split.units.length === 0 && <Caption1>{m.noUnits}</Caption1>}
          {split.units.length > 0 && (
            <div className={styles.units} role="list" aria-label={m.unitsLabel}>
              {split.units.slice(0, shown).map((unit) => (
                <div key={unit.fileName} className={styles.unit} role="listitem">
                  <Body1>{unit.unit}</Body1>
                  <Caption1 className={styles.counts}>{m.unitTasks(unit.lead, unit.coop)}</Caption1>
                </div>
              ))}
            </div>
          )}
          {split.units.length > shown && (
            <Button size="small" appearance="subtle" className={styles.go} onClick={() => setShown((n) => n + SHOWN)}>
              {messages.areas.priorShowMore(split.units.length - shown)}
            </Button>
          )}
        </>
      )}
      <div className={styles.row}>
        <Button appearance="primary" disabled={busy || split === null || split.units.length === 0} onClick={() => void make()}>
          {m.newWorkbook}
        </Button>
      </div>
      <Caption1 className={styles.note}>{m.newWorkbookHint}</Caption1>
      <Feedback state={making.state} messages={messages} />
      {made &&
        (made.opened ? (
          <MessageBar intent="success">
            <MessageBarBody>
              <MessageBarTitle>{messages.areas.done}</MessageBarTitle>
              {m.opened(made.sheets)}
            </MessageBarBody>
          </MessageBar>
        ) : (
          <MessageBar intent="warning">
            <MessageBarBody>{m.cannotOpen}</MessageBarBody>
          </MessageBar>
        ))}
      <div className={styles.row}>
        <Button disabled={busy || split === null || split.units.length === 0} onClick={() => void zip()}>
          {m.zip}
        </Button>
      </div>
      <Caption1 className={styles.note}>{m.zipHint}</Caption1>
      <Feedback state={zipping.state} messages={messages} />
      {zipped && (
        <MessageBar intent="success">
          <MessageBarBody>{m.zipped(zipped.name, zipped.files)}</MessageBarBody>
        </MessageBar>
      )}
      <Button size="small" appearance="subtle" className={styles.go} disabled={reading.state.status === "busy"} onClick={() => setVersion((v) => v + 1)}>
        {m.reload}
      </Button>
    </section>
  );
}
