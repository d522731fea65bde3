import {
  Body1,
  Button,
  Caption1,
  Checkbox,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import { cellText } from "../../engine/grid";
import type { CellChange } from "../../engine/validate";
import { cellKey } from "../../engine/validate/selection";
import type { Messages } from "../../i18n";
import { ChangeDiff } from "../components/ChangeDiff";
import { excerpt, diffPieces, leavesOut } from "../components/textDiff";

const useStyles = makeStyles({
  content: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  // A vertical list, not a table: at 350 px three columns left each cell a sliver and pushed its name off screen.
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column" },
  item: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    paddingBlock: tokens.spacingVerticalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  // The text sits under the checkbox's label, not under the box.
  text: { paddingInlineStart: "32px", display: "flex", flexDirection: "column", alignItems: "flex-start", gap: tokens.spacingVerticalXXS },
  toggle: { minWidth: 0, paddingInline: 0, height: "auto" },
  note: { color: tokens.colorNeutralForeground3 },
});

/** The dialog's unticked cells after `onExclude`: a copy of the set with some keys added (add) or taken out. */
export function toggled(set: ReadonlySet<string>, keys: readonly string[], add: boolean): ReadonlySet<string> {
  const next = new Set(set);
  for (const key of keys) {
    if (add) next.add(key);
    else next.delete(key);
  }
  return next;
}
/** Cells listed before "show more": a batch can change a thousand cells, each with its own controls. */
const PREVIEW_PAGE = 50;

function PreviewItem({ change, ticked, onTick, messages }: { change: CellChange; ticked: boolean; onTick: (ticked: boolean) => void; messages: Messages }) {
  const styles = useStyles();
  const m = messages.areas;
  const [whole, setWhole] = useState(false);
  const before = cellText(change.before);
  const after = cellText(change.after);
  // Only a cell whose excerpt leaves something out gets the switch to the whole cell.
  const cut = before !== after && leavesOut(excerpt(diffPieces(before, after)));
  return (
    <li className={styles.item}>
      {/* The cell's name on its own line: the text under it may be a paragraph. */}
      <Checkbox label={change.cell} checked={ticked} onChange={(_e, data) => onTick(data.checked === true)} />
      <div className={styles.text}>
        {before === after ? (
          <Body1>
            {after} <Caption1 className={styles.note}>（{m.typeOnly}）</Caption1>
          </Body1>
        ) : (
          <Body1>
            <ChangeDiff before={before} after={after} whole={whole} words={m} />
          </Body1>
        )}
        {cut && (
          <Button className={styles.toggle} size="small" appearance="transparent" aria-pressed={whole} onClick={() => setWhole(!whole)}>
            {whole ? m.changesOnly : m.wholeCell}
          </Button>
        )}
      </div>
    </li>
  );
}

/** The list of cells, paged; made when the dialog opens, so each opening starts at the first page with excerpts. */
function PreviewCells({
  changes,
  keys,
  excludedCells,
  onExclude,
  messages,
}: {
  changes: readonly CellChange[];
  keys: readonly string[];
  excludedCells: ReadonlySet<string>;
  onExclude: (cells: readonly string[], excluded: boolean) => void;
  messages: Messages;
}) {
  const styles = useStyles();
  const m = messages.areas;
  const [shown, setShown] = useState(PREVIEW_PAGE);
  const ticked = keys.filter((key) => !excludedCells.has(key)).length;
  return (
    <>
      <ul className={styles.list} aria-label={m.previewTitle(ticked)}>
        {changes.slice(0, shown).map((change, i) => (
          <PreviewItem key={keys[i]} change={change} ticked={!excludedCells.has(keys[i])} onTick={(on) => onExclude([keys[i]], !on)} messages={messages} />
        ))}
      </ul>
      {changes.length > shown && (
        <Button size="small" appearance="subtle" onClick={() => setShown(shown + PREVIEW_PAGE)}>
          {m.showMoreCells(Math.min(PREVIEW_PAGE, changes.length - shown))}
        </Button>
      )}
    </>
  );
}

/**
 * The changes the picked groups make, before anything is written: each cell with a checkbox (unticked, it is left
 * as it is), its name, and its text with the changed characters marked. Confirming applies the ticked ones.
 */
export function FixPreviewDialog({
  open,
  changes,
  excludedCells,
  onExclude,
  onApply,
  onClose,
  messages,
  note,
}: {
  open: boolean;
  /** Every change of the picked groups; `excludedCells` (cellKey) are the ones unticked. */
  changes: readonly CellChange[];
  excludedCells: ReadonlySet<string>;
  onExclude: (cells: readonly string[], excluded: boolean) => void;
  onApply: () => void;
  onClose: () => void;
  messages: Messages;
  /** What the changes are, when they are not the fixes' (汇总报送's cells). */
  note?: string;
}) {
  const styles = useStyles();
  const m = messages.areas;
  const keys = changes.map((change) => cellKey(change.sheet, change.cell));
  const ticked = keys.filter((key) => !excludedCells.has(key)).length;
  const all = ticked === changes.length ? true : ticked === 0 ? false : "mixed";
  return (
    <Dialog open={open} onOpenChange={(_e, data) => !data.open && onClose()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{m.previewTitle(ticked)}</DialogTitle>
          <DialogContent className={styles.content}>
            <Body1>{note ?? m.previewNote}</Body1>
            <Caption1>{m.previewSelected(ticked, changes.length)}</Caption1>
            <Checkbox label={m.allCells} checked={all} onChange={() => onExclude(keys, all === true)} />
            <PreviewCells changes={changes} keys={keys} excludedCells={excludedCells} onExclude={onExclude} messages={messages} />
          </DialogContent>
          <DialogActions>
            <Button appearance="secondary" onClick={onClose}>
              {m.cancel}
            </Button>
            <Button appearance="primary" onClick={onApply} disabled={ticked === 0}>
              {m.apply}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
