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

/** The offset of the nearest character that is not white space, or -1 at either end. */
function neighbour(text: string, from: number, step: 1 | -1): number {
  for (let i = from + step; i >= 0 && i < text.length; i += step) if (!isBlankCode(text.charCodeAt(i))) return i;
  return -1;
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

/** The place of `offset` in the ascending `offsets`, or -1. */
function placeOf(offsets: readonly number[], offset: number): number {
  let low = 0;
  let high = offsets.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (offsets[middle] === offset) return middle;
    if (offsets[middle] < offset) low = middle + 1;
    else high = middle - 1;
  }
  return -1;
}

/**
 * Offsets (UTF-16) of the half-width marks that should be full width, ascending. A mark made full width is
 * Chinese to the marks beside it ("((推进" → "（（推进", not "(（推进"), so the choice spreads until nothing
 * changes: the fixed text then has no mark left to make full width.
 */
export function halfWidthPunctuationPositions(text: string): number[] {
  const marks = markOffsets(text);
  if (marks.length === 0) return marks;

  // The partner of each paired bracket, by place in `marks` (-1 for none); an unpaired ")" keeps -1. And the
  // innermost "(" open around each mark (-1 for none), whose pair turns Chinese if the mark does.
  const partner: number[] = new Array<number>(marks.length).fill(-1);
  const enclosing: number[] = new Array<number>(marks.length).fill(-1);
  const open: number[] = [];
  for (let m = 0; m < marks.length; m++) {
    const ch = text[marks[m]];
    if (ch === ")" && open.length > 0) {
      const o = open.pop() as number;
      partner[o] = m;
      partner[m] = o;
    }
    if (open.length > 0) enclosing[m] = open[open.length - 1];
    if (ch === "(") open.push(m);
  }
  // Whether each mark is to be made full width; a "(" decides for its ")" too.
  const chosen: boolean[] = new Array<boolean>(marks.length).fill(false);
  /** Whether the character at an offset (-1 for none) is Chinese once the marks chosen so far are full width. */
  const chineseAt = (i: number): boolean => {
    if (i < 0) return false;
    const c = text.charCodeAt(i);
    return isCjkCode(c) || (isMarkCode(c) && chosen[placeOf(marks, i)]);
  };
  const containsChinese = (from: number, to: number): boolean => {
    for (let i = from; i < to; i++) {
      const c = text.charCodeAt(i);
      if ((isCjkCode(c) && !isBlankCode(c)) || (isMarkCode(c) && chosen[placeOf(marks, i)])) return true;
    }
    return false;
  };
  const isChinese = (m: number): boolean => {
    const i = marks[m];
    const ch = text[i];
    const before = neighbour(text, i, -1);
    const after = neighbour(text, i, 1);
    if (ch === "(") {
      // A pair is Chinese when the text before it, inside it or after it is: "(一)", "园区(国际商务区)".
      const close = partner[m] < 0 ? -1 : marks[partner[m]];
      const outsideAfter = close < 0 ? after : neighbour(text, close, 1);
      return chineseAt(before) || chineseAt(outsideAfter) || (close >= 0 && containsChinese(i + 1, close));
    }
    if (ch === ")") return partner[m] < 0 && (chineseAt(before) || chineseAt(after));
    if ((ch === "," || ch === ":") && before >= 0 && after >= 0 && isDigitCode(text.charCodeAt(before)) && isDigitCode(text.charCodeAt(after))) return false;
    return chineseAt(before) || chineseAt(after);
  };
  const newlyChosen: number[] = [];
  const choose = (m: number) => {
    chosen[m] = true;
    newlyChosen.push(m);
    if (text[marks[m]] === "(" && partner[m] >= 0 && !chosen[partner[m]]) {
      chosen[partner[m]] = true;
      newlyChosen.push(partner[m]);
    }
  };
  const reconsider = (m: number) => {
    if (!chosen[m] && isChinese(m)) choose(m);
  };
  for (let m = 0; m < marks.length; m++) reconsider(m);
  // Then the marks around each newly chosen one are judged again: those beside it, the "(" whose ")" it follows,
  // and the pairs around it (once one of them is chosen, its own turn covers those further out).
  while (newlyChosen.length > 0) {
    const m = newlyChosen.pop() as number;
    const i = marks[m];
    for (const near of [neighbour(text, i, -1), neighbour(text, i, 1)]) {
      if (near < 0 || !isMarkCode(text.charCodeAt(near))) continue;
      const n = placeOf(marks, near);
      reconsider(n);
      if (text[near] === ")" && partner[n] >= 0) reconsider(partner[n]);
    }
    for (let e = enclosing[m]; e >= 0 && !chosen[e]; e = enclosing[e]) {
      if (!isChinese(e)) continue;
      choose(e);
      break;
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
