import { makeStyles, tokens } from "@fluentui/react-components";
import { Fragment, useMemo } from "react";
import { diffPieces, excerpt, visibleBlanks, type DiffPiece } from "./textDiff";

const useStyles = makeStyles({
  // Long paragraphs and unbroken Latin runs wrap inside the pane's 350 px instead of widening it.
  text: { whiteSpace: "pre-wrap", overflowWrap: "anywhere" },
  // A tint and a line around each changed stretch: a single struck comma must still catch the eye.
  removed: {
    paddingInline: "1px",
    borderRadius: tokens.borderRadiusSmall,
    color: tokens.colorPaletteRedForeground1,
    backgroundColor: tokens.colorPaletteRedBackground1,
    textDecorationLine: "line-through",
  },
  added: {
    paddingInline: "1px",
    borderRadius: tokens.borderRadiusSmall,
    color: tokens.colorPaletteGreenForeground1,
    backgroundColor: tokens.colorPaletteGreenBackground1,
    textDecorationLine: "underline",
  },
  gap: { color: tokens.colorNeutralForeground3, marginInline: "2px" },
  // Said to a screen reader, not shown: a struck-through character is read like any other.
  hidden: {
    position: "absolute",
    width: "1px",
    height: "1px",
    overflow: "hidden",
    clipPath: "inset(50%)",
    whiteSpace: "nowrap",
  },
});

/**
 * A cell's text before → after as one text: removed characters struck through in red, added ones underlined in
 * green; around the changes only (about 12 characters each side, … for the rest) unless `whole`.
 */
export function ChangeDiff({ before, after, whole, words }: { before: string; after: string; whole: boolean; words: { removed: string; added: string } }) {
  const styles = useStyles();
  const all = useMemo(() => diffPieces(before, after), [before, after]);
  const pieces: DiffPiece[] = useMemo(() => (whole ? all : excerpt(all)), [all, whole]);
  return (
    <span className={styles.text}>
      {pieces.map((piece, i) => {
        switch (piece.kind) {
          case "gap":
            return (
              <span key={i} className={styles.gap}>
                …
              </span>
            );
          case "same":
            return <span key={i}>{piece.text}</span>;
          case "removed":
            return (
              <Fragment key={i}>
                <span className={styles.hidden}>{words.removed}</span>
                <del className={styles.removed}>{visibleBlanks(piece.text)}</del>
              </Fragment>
            );
          case "added":
            return (
              <Fragment key={i}>
                <span className={styles.hidden}>{words.added}</span>
                <ins className={styles.added}>{visibleBlanks(piece.text)}</ins>
              </Fragment>
            );
        }
      })}
    </span>
  );
}
