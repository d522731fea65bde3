import { Body1, Button, MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useMemo, useRef, useState } from "react";
import { cellKey, groupIssues, planSelectedFixes, type IssueGroup } from "../../engine/validate/selection";
import type { CellRange } from "../../engine/grid";
import type { WorkbookPort } from "../../host/port";
import { addStatusDropdown, applyChanges, checkEdit, validateActiveSheet, type ValidationResult } from "../../app/check";
import type { Language, Messages } from "../../i18n";
import { Feedback } from "./Feedback";
import { FixPreviewDialog, toggled } from "./FixPreviewDialog";
import { undoLastBatch } from "./undoLastBatch";
import { IssueGroupList } from "./IssueGroupList";
import { useRunOnOpen, useTask } from "./useTask";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  actions: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
});

/** How long after the clerk's last edit the sheet is checked again. */
const REVALIDATE_DELAY_MS = 600;

/** Edits not checked yet: their sheet and cells, or null cells when some edit could not say which. */
interface PendingEdit {
  sheet: string;
  cells: CellRange[] | null;
}

/** Two edits as one: their cells together, or unknown when either's are or they are on different sheets. */
function together(pending: PendingEdit | null, sheet: string, cells: readonly CellRange[] | null | undefined): PendingEdit {
  if (pending === null) return { sheet, cells: cells ? [...cells] : null };
  return { sheet, cells: pending.sheet === sheet && pending.cells && cells ? [...pending.cells, ...cells] : null };
}

export function ValidationArea(props: {
  workbook: WorkbookPort;
  messages: Messages;
  language: Language;
  /** Check at once, as when the clerk comes from the first screen's card. */
  runOnOpen?: boolean;
}) {
  const { workbook, messages, language, runOnOpen = false } = props;
  const styles = useStyles();
  const m = messages.areas;
  const check = useTask<ValidationResult>(messages);
  const write = useTask<string>(messages);
  const [previewOpen, setPreviewOpen] = useState(false);
  // What the clerk left out of the fix: kinds of issue (a group's checkbox) and cells (the preview's). Kept by key,
  // so that the choice outlives the re-checks that follow the clerk's edits.
  const [excludedKinds, setExcludedKinds] = useState<ReadonlySet<string>>(new Set());
  const [excludedCells, setExcludedCells] = useState<ReadonlySet<string>>(new Set());

  const result = check.state.status === "done" ? check.state.value : null;
  const groups = useMemo(() => (result ? groupIssues(result.issues) : []), [result]);
  // The changes of the picked groups (the preview lists them, each cell with its own checkbox), and of those the
  // ones whose cells stay ticked: what the button counts and 确认修改 writes. Several issues of one cell are one
  // change, made of the picked issues only (planSelectedFixes).
  const listed = useMemo(() => result && planSelectedFixes(result.repairable, { excludedKinds }), [result, excludedKinds]);
  const chosen = useMemo(
    () => result && (excludedCells.size === 0 ? listed : planSelectedFixes(result.repairable, { excludedKinds, excludedCells })),
    [result, listed, excludedKinds, excludedCells],
  );
  const validate = () => check.run(() => validateActiveSheet(workbook));
  useRunOnOpen(runOnOpen, validate);

  // Once a sheet has been checked, the list follows the clerk's typing: the edits of a pause are checked again
  // together, reading and checking only the edited rows where that gives the same list (checkEdit).
  const checked = result !== null;
  const latest = useRef<ValidationResult | null>(null);
  const pending = useRef<PendingEdit | null>(null);
  // One check after another: each starts from the list the one before it made.
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  useEffect(() => {
    latest.current = result;
  }, [result]);
  const recheckRef = useRef<() => void>(() => undefined);
  // After each render, not during it: the change listener always calls the latest recheck.
  useEffect(() => {
    recheckRef.current = () => {
      queue.current = queue.current.then(async () => {
        const edit = pending.current;
        pending.current = null;
        if (edit === null) return;
        await check.run(async () => {
          const previous = latest.current;
          const next = previous ? (await checkEdit(workbook, previous, edit.sheet, edit.cells)).result : await validateActiveSheet(workbook);
          latest.current = next;
          return next;
        });
      });
    };
  });
  useEffect(() => {
    if (!checked) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let stop: (() => Promise<void>) | undefined;
    let live = true;
    workbook
      .watchChanges((sheet, cells) => {
        pending.current = together(pending.current, sheet, cells);
        clearTimeout(timer);
        timer = setTimeout(() => recheckRef.current(), REVALIDATE_DELAY_MS);
      })
      .then((stopWatching) => {
        if (live) stop = stopWatching;
        else void stopWatching();
      })
      .catch(() => undefined); // no events on this host: the clerk checks again by hand
    return () => {
      live = false;
      clearTimeout(timer);
      void stop?.();
    };
  }, [checked, workbook]);

  const dropdown = () =>
    write.run(async () => {
      const added = await addStatusDropdown(workbook);
      return added ? m.dropdownAdded(added.cells, added.values) : m.noStatusColumn;
    });
  const pick = (group: IssueGroup, picked: boolean) => {
    setExcludedKinds(toggled(excludedKinds, [group.kind], !picked));
    // Ticking a group ticks its cells again, also those unticked in the preview.
    if (picked)
      setExcludedCells(
        toggled(
          excludedCells,
          group.issues.map((issue) => cellKey(issue.sheet, issue.cell)),
          false,
        ),
      );
  };
  const apply = async () => {
    setPreviewOpen(false);
    if (!chosen) return;
    const { changes } = chosen;
    const done = await write.run(async () => {
      await applyChanges(workbook, changes);
      return m.applied(changes.length);
    });
    // The cells unticked for this batch are ticked again for the next; the groups left out stay left out.
    if (done) {
      setExcludedCells(new Set());
      await validate();
    }
  };
  const revert = async () => {
    const done = await write.run(() => undoLastBatch(workbook, messages));
    if (done) await validate();
  };

  const counts = result && {
    total: result.issues.length,
    error: result.issues.filter((i) => i.severity === "error").length,
    warning: result.issues.filter((i) => i.severity === "warning").length,
    info: result.issues.filter((i) => i.severity === "info").length,
    // Issues with a certain fix, and the cells they change: several issues of one cell are one change.
    fixable: result.issues.filter((i) => i.fix !== undefined).length,
    cells: result.changes.length,
  };

  return (
    <section className={styles.root} aria-label={m.tabs.validate}>
      <div className={styles.actions}>
        <Button appearance="primary" onClick={validate} disabled={check.state.status === "busy"}>
          {m.validateButton}
        </Button>
        {result && chosen && result.changes.length > 0 && (
          <Button onClick={() => setPreviewOpen(true)} disabled={listed?.changes.length === 0}>
            {m.fixSelected(chosen.issues, chosen.changes.length)}
          </Button>
        )}
        <Button appearance="subtle" onClick={revert} disabled={write.state.status === "busy"}>
          {m.revert}
        </Button>
        <Button appearance="subtle" onClick={dropdown} disabled={write.state.status === "busy"}>
          {m.dropdown}
        </Button>
      </div>
      <Feedback state={check.state} messages={messages} />
      <Feedback state={write.state} messages={messages} />
      {write.state.status === "done" && (
        <MessageBar intent="success">
          <MessageBarBody>
            <MessageBarTitle>{m.done}</MessageBarTitle>
            {write.state.value}
          </MessageBarBody>
        </MessageBar>
      )}
      {counts && <Body1>{counts.total === 0 ? m.noIssues : m.issueCounts(counts)}</Body1>}
      {result && (
        <IssueGroupList
          groups={groups}
          excludedKinds={excludedKinds}
          excludedCells={excludedCells}
          onPick={pick}
          onGoTo={(issue) => void workbook.selectCell(issue.sheet, issue.cell)}
          messages={messages}
          language={language}
        />
      )}
      <FixPreviewDialog
        open={previewOpen}
        changes={listed?.changes ?? []}
        excludedCells={excludedCells}
        onExclude={(cells, excluded) => setExcludedCells(toggled(excludedCells, cells, excluded))}
        onApply={() => void apply()}
        onClose={() => setPreviewOpen(false)}
        messages={messages}
      />
    </section>
  );
}
