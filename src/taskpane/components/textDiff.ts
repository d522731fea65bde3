import diff from "fast-diff";

/** A stretch of a cell's text before and after a fix: kept, removed or added; or a gap where unchanged text is left out. */
export type DiffPiece = { kind: "same" | "removed" | "added"; text: string } | { kind: "gap" };

/**
 * The text before → after, character by character (fast-diff: Myers' diff, as in Google's diff-match-patch).
 * A fix changes a few characters of a long paragraph (, → ，, a 市 before a unit, a line break → 、): a
 * character diff marks exactly those; no clean-up, which would widen them to whole words.
 */
export function diffPieces(before: string, after: string): DiffPiece[] {
  return diff(before, after).map(([op, text]): DiffPiece => ({ kind: op === diff.DELETE ? "removed" : op === diff.INSERT ? "added" : "same", text }));
}

/**
 * Only what is around the changes: `context` characters of unchanged text on each side of a change, and a gap
 * for what is left out (before the first change, after the last, and between two changes far apart). Counted in
 * characters, not UTF-16 units, so a rare character outside the BMP is never cut in half.
 */
export function excerpt(pieces: readonly DiffPiece[], context = 12): DiffPiece[] {
  if (!pieces.some((piece) => piece.kind === "removed" || piece.kind === "added")) return [...pieces];
  const out: DiffPiece[] = [];
  pieces.forEach((piece, i) => {
    if (piece.kind !== "same") {
      out.push(piece);
      return;
    }
    const chars = Array.from(piece.text);
    const first = i === 0;
    const last = i === pieces.length - 1;
    if (first && chars.length > context) out.push({ kind: "gap" }, { kind: "same", text: chars.slice(-context).join("") });
    else if (last && chars.length > context) out.push({ kind: "same", text: chars.slice(0, context).join("") }, { kind: "gap" });
    // Between two changes: cut only where the gap saves more than it costs (the "…" and a context's worth).
    else if (!first && !last && chars.length > 3 * context)
      out.push({ kind: "same", text: chars.slice(0, context).join("") }, { kind: "gap" }, { kind: "same", text: chars.slice(-context).join("") });
    else out.push(piece);
  });
  return out;
}

/** Whether the excerpt leaves some of the cell out (then the whole cell is worth offering). */
export const leavesOut = (pieces: readonly DiffPiece[]): boolean => pieces.some((piece) => piece.kind === "gap");

const VISIBLE: Record<string, string> = { " ": "␣", "\u00a0": "␣", "\u3000": "␣", "\n": "↵", "\r": "", "\t": "⇥" };

/**
 * A removed or added stretch with its blanks drawn: a struck-through space or line break would show nothing, and
 * taking them out is much of what the fixes do.
 */
export const visibleBlanks = (text: string): string => text.replace(/[ \u00a0\u3000\n\r\t]/gu, (blank) => VISIBLE[blank]);
