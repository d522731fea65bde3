/**
 * Half-width punctuation inside Chinese text, turned full width only where the text around it is Chinese,
 * so that decimals (110.95), thousands (1,000), times (8:30), ranges (1-6月) and codes (G60, PM2.5) stay.
 * Works on UTF-16 code units: the marks are ASCII, and a long progress text is scanned without copying it.
 */
const FULL_WIDTH: Record<string, string> = { ",": "，", ";": "；", ":": "：", "(": "（", ")": "）" };
const MARK = /[,;:()]/gu;
const SPACE = 0x20;

function isCjkCode(c: number): boolean {
  return (
    (c >= 0x3400 && c <= 0x9fff) ||
    (c >= 0xf900 && c <= 0xfaff) ||
    (c >= 0x3000 && c <= 0x303f) ||
    (c >= 0xff01 && c <= 0xff5e) ||
    c === 0x201c ||
    c === 0x201d ||
    c === 0x2018 ||
    c === 0x2019 ||
    c === 0x2014 ||
    c === 0x2026
  );
}

const isDigitCode = (c: number) => c >= 0x30 && c <= 0x39;

/** The code of the nearest character that is not a space, or -1 at either end. */
function neighbour(text: string, from: number, step: 1 | -1): number {
  for (let i = from + step; i >= 0 && i < text.length; i += step) {
    const c = text.charCodeAt(i);
    if (c !== SPACE) return c;
  }
  return -1;
}

function containsCjk(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (isCjkCode(text.charCodeAt(i))) return true;
  return false;
}

/** Offsets (UTF-16) of the half-width marks that should be full width, ascending. */
export function halfWidthPunctuationPositions(text: string): number[] {
  const marks: number[] = [];
  MARK.lastIndex = 0;
  for (let match = MARK.exec(text); match !== null; match = MARK.exec(text)) marks.push(match.index);
  if (marks.length === 0) return marks;

  const open: number[] = [];
  const closeOf = new Map<number, number>();
  const pairedClose = new Set<number>();
  for (const i of marks) {
    if (text[i] === "(") open.push(i);
    else if (text[i] === ")" && open.length > 0) {
      const o = open.pop() as number;
      closeOf.set(o, i);
      pairedClose.add(i);
    }
  }
  const positions = new Set<number>();
  for (const i of marks) {
    const ch = text[i];
    const before = neighbour(text, i, -1);
    const after = neighbour(text, i, 1);
    if (ch === "(") {
      // A pair is Chinese when the text before it, inside it or after it is: "(一)", "园区(国际商务区)".
      const close = closeOf.get(i);
      const outsideAfter = close === undefined ? after : neighbour(text, close, 1);
      if (isCjkCode(before) || isCjkCode(outsideAfter) || (close !== undefined && containsCjk(text, i + 1, close))) {
        positions.add(i);
        if (close !== undefined) positions.add(close);
      }
    } else if (ch === ")") {
      if (!pairedClose.has(i) && (isCjkCode(before) || isCjkCode(after))) positions.add(i);
    } else {
      if ((ch === "," || ch === ":") && isDigitCode(before) && isDigitCode(after)) continue;
      if (isCjkCode(before) || isCjkCode(after)) positions.add(i);
    }
  }
  return [...positions].sort((a, b) => a - b);
}

export function toFullWidthPunctuation(text: string): string {
  return fullWidthAt(text, halfWidthPunctuationPositions(text));
}

/** The text with the marks at `positions` (from halfWidthPunctuationPositions) made full width. */
export function fullWidthAt(text: string, positions: readonly number[]): string {
  if (positions.length === 0) return text;
  let result = "";
  let from = 0;
  for (const i of positions) {
    result += text.slice(from, i) + FULL_WIDTH[text[i]];
    from = i + 1;
  }
  return result + text.slice(from);
}
