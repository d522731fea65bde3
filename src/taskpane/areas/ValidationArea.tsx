import {
  Badge,
  Body1,
  Button,
  Caption1,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Subtitle2,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useEffect, useId, useRef, useState } from "react";
import { cellText, columnIndex } from "../../engine/grid";
import { renderMessage, type CellChange, type Issue } from "../../engine/validate";
import type { WorkbookPort } from "../../host/port";
import { addStatusDropdown, applyChanges, revertLastBatch, validateActiveSheet, type ValidationResult } from "../../app/check";
import type { Language, Messages } from "../../i18n";
import { Feedback } from "./Feedback";
import { useTask } from "./useTask";
import { groupBy } from "../../engine/collections";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  actions: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  group: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  issue: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "baseline" },
  preview: { maxHeight: "50vh", overflowY: "auto" },
  value: { whiteSpace: "pre-wrap", wordBreak: "break-all" },
});

/** How long after the clerk's last edit the sheet is checked again. */
const REVALIDATE_DELAY_MS = 600;

/** Issues shown per column before "show more". */
const GROUP_PAGE = 30;

const SEVERITY_COLOR = { error: "danger", warning: "warning", info: "informative" } as const;

const SEVERITY_RANK = { error: 0, warning: 1, info: 2 } as const;

/**
 * Issues grouped by column, most serious column first, in sheet order within a column. A column ranks by
 * its worst issue, so errors are at the top of the pane; columns of the same rank keep the sheet's left to
 * right order (A … Z, AA …).
 */
function byColumn(issues: readonly Issue[]): [string, Issue[]][] {
  const groups = groupBy(issues, (issue) => issue.column);
  return (
    [...groups]
      // A reduce, not Math.min(...): a column of a large sheet can hold more issues than a call takes arguments.
      .map(([column, group]) => ({ column, group, worst: group.reduce((w, i) => Math.min(w, SEVERITY_RANK[i.severity]), 2) }))
      // By column index, not localeCompare: the same order for column letters, and a page's first
      // localeCompare builds a collator (15–40 ms on a 2-core VM) while the clerk waits for the list.
      .sort((a, b) => a.worst - b.worst || columnIndex(a.column) - columnIndex(b.column))
      .map(({ column, group }): [string, Issue[]] => [column, group])
  );
}

/**
 * The cells a fix would change, before and after. Its own component so that the rows (a row per fixable cell,
 * often a thousand) are made only when the dialog shows them, not on every render of the area.
 */
function FixPreviewTable({ changes, messages }: { changes: readonly CellChange[]; messages: Messages }) {
  const styles = useStyles();
  const m = messages.areas;
  return (
    <Table size="small" aria-label={m.previewTitle(changes.length)}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell>{m.cell}</TableHeaderCell>
          <TableHeaderCell>{m.before}</TableHeaderCell>
          <TableHeaderCell>{m.after}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {changes.map((change) => (
          <TableRow key={`${change.sheet}!${change.cell}`}>
            <TableCell>{change.cell}</TableCell>
            <TableCell className={styles.value}>{cellText(change.before)}</TableCell>
            <TableCell className={styles.value}>{cellText(change.after)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

export function ValidationArea({ workbook, messages, language }: { workbook: WorkbookPort; messages: Messages; language: Language }) {
  const styles = useStyles();
  const m = messages.areas;
  const check = useTask<ValidationResult>(messages);
  const write = useTask<string>(messages);
  const [previewOpen, setPreviewOpen] = useState(false);
  // Long lists render in pages: hundreds of rows of Fluent controls would slow the pane down for nothing.
  const [expanded, setExpanded] = useState<Set<string>>(new Set());
  const idBase = useId();

  const result = check.state.status === "done" ? check.state.value : null;
  const validate = () => check.run(() => validateActiveSheet(workbook));

  // Once a sheet has been checked, the list follows the clerk's typing: each edit re-validates, debounced.
  const checked = result !== null;
  const validateRef = useRef(validate);
  // After each render, not during it: the change listener always calls the latest validate.
  useEffect(() => {
    validateRef.current = validate;
  });
  useEffect(() => {
    if (!checked) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let stop: (() => Promise<void>) | undefined;
    let live = true;
    workbook
      .watchChanges(() => {
        clearTimeout(timer);
        timer = setTimeout(() => void validateRef.current(), REVALIDATE_DELAY_MS);
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
  const apply = async () => {
    setPreviewOpen(false);
    if (!result) return;
    const done = await write.run(async () => {
      await applyChanges(workbook, result.changes);
      return m.applied(result.changes.length);
    });
    if (done) await validate();
  };
  const revert = async () => {
    const done = await write.run(async () => {
      const reverted = await revertLastBatch(workbook);
      return reverted
        ? m.reverted(
            reverted.restored,
            reverted.conflicts.map((c) => `${c.sheet}!${c.cell}`),
          )
        : m.nothingToRevert;
    });
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
        {result && result.changes.length > 0 && <Button onClick={() => setPreviewOpen(true)}>{m.fixAll(result.changes.length)}</Button>}
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
      {result &&
        byColumn(result.issues).map(([column, issues]) => (
          <div key={column} className={styles.group}>
            <Subtitle2 as="h3">{m.columnGroup(column)}</Subtitle2>
            {issues.slice(0, expanded.has(column) ? issues.length : GROUP_PAGE).map((issue, i) => (
              <div key={`${issue.cell}-${issue.code}-${i}`} className={styles.issue}>
                <Badge appearance="tint" color={SEVERITY_COLOR[issue.severity]}>
                  {m.severity[issue.severity]}
                </Badge>
                {/* Several issues can share a cell: the message, as the button's description, tells them apart. */}
                <Button
                  size="small"
                  appearance="transparent"
                  aria-label={m.goTo(issue.cell)}
                  aria-describedby={`${idBase}-${column}-${i}`}
                  onClick={() => void workbook.selectCell(issue.sheet, issue.cell)}
                >
                  {issue.cell}
                </Button>
                <Caption1 id={`${idBase}-${column}-${i}`}>{renderMessage(issue, language)}</Caption1>
              </div>
            ))}
            {issues.length > GROUP_PAGE && !expanded.has(column) && (
              <Button size="small" appearance="subtle" onClick={() => setExpanded(new Set([...expanded, column]))}>
                {m.showMore(issues.length - GROUP_PAGE)}
              </Button>
            )}
          </div>
        ))}
      <Dialog open={previewOpen} onOpenChange={(_e, data) => setPreviewOpen(data.open)}>
        <DialogSurface>
          <DialogBody>
            <DialogTitle>{result ? m.previewTitle(result.changes.length) : ""}</DialogTitle>
            <DialogContent>
              <Body1>{m.previewNote}</Body1>
              <div className={styles.preview}>
                <FixPreviewTable changes={result?.changes ?? []} messages={messages} />
              </div>
            </DialogContent>
            <DialogActions>
              <Button appearance="secondary" onClick={() => setPreviewOpen(false)}>
                {m.cancel}
              </Button>
              <Button appearance="primary" onClick={apply}>
                {m.apply}
              </Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </section>
  );
}
