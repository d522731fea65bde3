import { Body1, Button, Caption1, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import type { PriorYearMatch } from "../../engine/pipeline";
import type { WorkbookPort } from "../../host/port";
import type { Messages } from "../i18n";
import { useRef, useState } from "react";
import { WorkbookError } from "../../host/port";
import { importPriorFile, priorYearOfActiveSheet, type ImportedPrior } from "../workflows";
import { Feedback } from "./Feedback";
import { SheetPicker } from "./SheetPicker";
import { useSetting } from "./useSetting";
import { useTask } from "./useTask";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  match: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS, paddingTop: tokens.spacingVerticalS, borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
  change: { color: tokens.colorBrandForeground1 },
  none: { color: tokens.colorNeutralForeground3 },
  importer: { display: "flex", flexDirection: "column", alignItems: "flex-start", gap: tokens.spacingVerticalXXS },
});

export function PriorArea({ workbook, messages }: { workbook: WorkbookPort; messages: Messages }) {
  const styles = useStyles();
  const m = messages.areas;
  const [priorSheet, setPriorSheet] = useSetting(workbook, "priorSheet", "");
  const task = useTask<PriorYearMatch[]>(messages.errorUnexpected);
  const matches = task.state.status === "done" ? task.state.value : null;
  const importing = useTask<ImportedPrior>(messages.errorUnexpected);
  const imported = importing.state.status === "done" ? importing.state.value : null;
  const fileInput = useRef<HTMLInputElement>(null);
  const [sheetsVersion, setSheetsVersion] = useState(0);
  const importFile = (file: File) =>
    importing.run(async () => {
      // Excel inserts sheets only from .xlsx; say so before sending anything else to it.
      if (!/\.xls[xm]$/iu.test(file.name)) throw new WorkbookError(m.importNeedsXlsx(file.name), "file/not-spreadsheet", file.name);
      const result = await importPriorFile(workbook, file.name, new Uint8Array(await file.arrayBuffer()));
      setSheetsVersion((v) => v + 1);
      if (result.priorSheet) setPriorSheet(result.priorSheet);
      return result;
    });
  return (
    <section className={styles.root} aria-label={m.tabs.prior}>
      <SheetPicker workbook={workbook} label={m.priorSheet} placeholder={m.chooseSheet} value={priorSheet} onChange={setPriorSheet} version={sheetsVersion} />
      <div className={styles.importer}>
        <Button size="small" disabled={importing.state.status === "busy"} onClick={() => fileInput.current?.click()}>
          {m.importPrior}
        </Button>
        <input
          ref={fileInput}
          type="file"
          accept=".xlsx,.xlsm"
          hidden
          aria-label={m.importPrior}
          onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = ""; // the same file can be chosen again
            if (file) void importFile(file);
          }}
        />
        <Caption1 className={styles.none}>{m.importHint}</Caption1>
      </div>
      <Feedback state={importing.state} messages={messages} />
      {imported && <Caption1>{m.imported(imported.inserted, imported.priorSheet)}</Caption1>}
      <Button appearance="primary" disabled={priorSheet === "" || task.state.status === "busy"} onClick={() => task.run(() => priorYearOfActiveSheet(workbook, priorSheet))}>
        {m.compareButton}
      </Button>
      <Feedback state={task.state} messages={messages} />
      {matches && <Body1>{m.matched(matches.filter((x) => x.prior.length > 0).length, matches.length)}</Body1>}
      {matches?.map((match) => (
        <div key={`${match.current.sheet}-${match.current.row}`} className={styles.match}>
          <Subtitle2 as="h3">{m.taskAt(match.current.seq ?? "", match.current.row)}</Subtitle2>
          <Caption1>{match.current.task}</Caption1>
          {match.prior.length === 0 ? (
            <Caption1 className={styles.none}>{m.noPrior}</Caption1>
          ) : (
            match.prior.map((p) => (
              <Caption1 key={`${p.task.sheet}-${p.task.row}`}>
                {m.priorOf(p.task.seq ?? "", p.score)}：{p.task.task}
              </Caption1>
            ))
          )}
          {match.changes.map((c) => (
            <Caption1 key={c.text} className={styles.change}>
              {c.text}
            </Caption1>
          ))}
        </div>
      ))}
    </section>
  );
}
