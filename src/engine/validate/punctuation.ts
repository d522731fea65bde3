/**
 * Half-width punctuation inside Chinese text, turned full width only where the text around it is Chinese,
 * so that decimals (110.95), thousands (1,000), times (8:30), ranges (1-6月) and codes (G60, PM2.5) stay.
 * Works on UTF-16 code units: the marks are ASCII, and a long progress text is scanned without copying it.
 */
const FULL_WIDTH: Record<string, string> = { ",": "，", ";": "；", ":": "：", "(": "（", ")": "）" };
const MARKS = Object.keys(FULL_WIDTH);
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

/**
 * White space of every kind the other text fixes remove or fold (spaces, tabs, line breaks, no-break and
 * ideographic spaces): the marks are judged as if it were not there, so joining lines or tidying spaces
 * never makes a mark look Chinese that did not before, nor the other way round.
 */
const isBlankCode = (c: number) => c === SPACE || c === 0x09 || c === 0x0a || c === 0x0d || c === 0xa0 || c === 0x3000;

/** The code of the nearest character that is not white space, or -1 at either end. */
function neighbour(text: string, from: number, step: 1 | -1): number {
  for (let i = from + step; i >= 0 && i < text.length; i += step) {
    const c = text.charCodeAt(i);
    if (!isBlankCode(c)) return c;
  }
  return -1;
}

function containsCjk(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (isCjkCode(c) && !isBlankCode(c)) return true;
  }
  return false;
}

/** Whether a UTF-16 code is one of the marks: , ; : ( ) (all ASCII). */
const MARK_CODES = new Uint8Array(0x80);
for (const mark of MARKS) MARK_CODES[mark.charCodeAt(0)] = 1;
const isMarkCode = (c: number) => c < 0x80 && MARK_CODES[c] === 1;
// None of the marks means anything inside a character class.
const ANY_MARK = new RegExp(`[${MARKS.join("")}]`, "u");

/** Whether the text has any of the marks: one native scan, where most cells have none. */
export function hasHalfWidthMarks(text: string): boolean {
  return ANY_MARK.test(text);
}

/** Offsets of the marks , ; : ( ) in the text, ascending: counted first, so that the list is made at its size. */
function markOffsets(text: string): number[] {
  let count = 0;
  for (let i = 0; i < text.length; i++) if (isMarkCode(text.charCodeAt(i))) count++;
  const offsets = new Array<number>(count);
  for (let i = 0, m = 0; m < count; i++) if (isMarkCode(text.charCodeAt(i))) offsets[m++] = i;
  return offsets;
}

/** Offsets (UTF-16) of the half-width marks that should be full width, ascending. */
export function halfWidthPunctuationPositions(text: string): number[] {
  const marks = markOffsets(text);
  if (marks.length === 0) return marks;

  // The partner of each paired bracket, by place in `marks` (-1 for none); an unpaired ")" keeps -1.
  const partner: number[] = new Array<number>(marks.length).fill(-1);
  const open: number[] = [];
  for (let m = 0; m < marks.length; m++) {
    const ch = text[marks[m]];
    if (ch === "(") open.push(m);
    else if (ch === ")" && open.length > 0) {
      const o = open.pop() as number;
      partner[o] = m;
      partner[m] = o;
    }
  }
  // Whether each mark is to be made full width; a "(" decides for its ")" too, which comes after it.
  const chosen: boolean[] = new Array<boolean>(marks.length).fill(false);
  for (let m = 0; m < marks.length; m++) {
    const i = marks[m];
    const ch = text[i];
    const before = neighbour(text, i, -1);
    const after = neighbour(text, i, 1);
    if (ch === "(") {
      // A pair is Chinese when the text before it, inside it or after it is: "(一)", "园区(国际商务区)".
      const close = partner[m] < 0 ? undefined : marks[partner[m]];
      const outsideAfter = close === undefined ? after : neighbour(text, close, 1);
      if (isCjkCode(before) || isCjkCode(outsideAfter) || (close !== undefined && containsCjk(text, i + 1, close))) {
        chosen[m] = true;
        if (close !== undefined) chosen[partner[m]] = true;
      }
    } else if (ch === ")") {
      if (partner[m] < 0 && (isCjkCode(before) || isCjkCode(after))) chosen[m] = true;
    } else {
      if ((ch === "," || ch === ":") && isDigitCode(before) && isDigitCode(after)) continue;
      if (isCjkCode(before) || isCjkCode(after)) chosen[m] = true;
    }
  }
  // Most often every mark is to be made full width: the offsets are then the answer as they are.
  return chosen.includes(false) ? marks.filter((_, m) => chosen[m]) : marks;
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
