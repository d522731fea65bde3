/**
 * Number reading for target extraction: Arabic numbers (half- or full-width, decimals, thousands commas)
 * and Chinese numerals (十万, 一百二十, 两, 三千, 二〇二一).
 */

const FULL_WIDTH_OFFSET = 0xfee0;

/** Full-width characters that take part in numbers, units and labels (１２．５％, ５Ａ级, １－２个, 微克／立方米). */
const FOLDED = /[０-９Ａ-Ｚａ-ｚ．％＋－～／]/gu;

/**
 * Digits, Latin letters and the signs numbers use become half-width, one character for one, so offsets in the
 * result are offsets in the input (NFKC may change the length). Chinese punctuation （，；） stays as written,
 * because metrics are cut from this text.
 */
export function toHalfWidth(text: string): string {
  return text.replace(FOLDED, halfWidthOf);
}

/** Out here, not an arrow in `toHalfWidth`: that would make a function object per text read. */
const halfWidthOf = (ch: string) => String.fromCharCode(ch.charCodeAt(0) - FULL_WIDTH_OFFSET);

export interface NumberMatch {
  value: number;
  /** Offset just after the number. */
  end: number;
}

/** Whether the UTF-16 unit at `i` is an ASCII digit (false outside the text). */
export const digitAt = (text: string, i: number): boolean => {
  const c = text.charCodeAt(i);
  return c >= 0x30 && c <= 0x39;
};

/**
 * The Arabic number starting at `at` in half-width text, or null. "1,000" is a thousands comma; "1,调查" is not.
 * Reads what /[0-9]+(?:,[0-9]{3})*(?:\.[0-9]+)?/ reads there, by hand: it runs at every number of every text.
 */
export function arabicAt(text: string, at: number): NumberMatch | null {
  let end = at;
  while (digitAt(text, end)) end++;
  if (end === at) return null;
  let grouped = false;
  while (text.charCodeAt(end) === 0x2c && digitAt(text, end + 1) && digitAt(text, end + 2) && digitAt(text, end + 3)) {
    end += 4;
    grouped = true;
  }
  if (text.charCodeAt(end) === 0x2e && digitAt(text, end + 1)) {
    end += 2;
    while (digitAt(text, end)) end++;
  }
  const digits = text.slice(at, end);
  return { value: Number(grouped ? digits.replace(/,/g, "") : digits), end };
}

const DIGIT: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const SMALL_UNIT: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const BIG_UNIT: Record<string, number> = { 万: 1e4, 亿: 1e8 };

export const CHINESE_NUMERAL_CHARS = "零〇一二两三四五六七八九十百千万亿";

/**
 * Value of a whole Chinese numeral string, or null when it is not a well-formed number: "十四五" (a plan's
 * name) and "四五" are rejected because two digits stand side by side without a place unit.
 * Digit-by-digit forms are read only when they contain 〇 (二〇二一), since "三四" means "three or four".
 */
export function parseChineseNumeral(s: string): number | null {
  if (!s) return null;
  const [intPart, fracPart, extra] = s.split("点");
  if (extra !== undefined) return null;
  let value: number | null;
  if (/^[〇零一二三四五六七八九]{2,}$/.test(intPart) && intPart.includes("〇")) {
    value = Number([...intPart].map((c) => DIGIT[c]).join(""));
  } else {
    value = parsePlaceValue(intPart);
  }
  if (value === null) return null;
  if (fracPart !== undefined) {
    if (!/^[〇零一二三四五六七八九]+$/.test(fracPart)) return null;
    value = Number(`${value}.${[...fracPart].map((c) => DIGIT[c]).join("")}`);
  }
  return value;
}

function parsePlaceValue(s: string): number | null {
  if (!s) return null;
  let total = 0; // completed 万/亿 groups
  let section = 0; // below the current 万/亿
  let digit: number | null = null; // pending digit awaiting a place unit
  let lastSmall = Infinity; // place units inside a section must fall: 三千五百, not 五百三千
  let lastBig = Infinity;
  for (const ch of s) {
    if (ch in DIGIT) {
      if (digit !== null && digit !== 0 && DIGIT[ch] !== 0) return null; // "四五": two digits in a row
      if (digit === 0 || DIGIT[ch] === 0) {
        digit = DIGIT[ch] === 0 ? 0 : DIGIT[ch];
        continue;
      }
      digit = DIGIT[ch];
    } else if (ch in SMALL_UNIT) {
      const unit = SMALL_UNIT[ch];
      if (unit >= lastSmall) return null;
      section += (digit ?? (unit === 10 ? 1 : NaN)) * unit; // "十" alone is ten; "百" alone is not a number
      if (Number.isNaN(section)) return null;
      digit = null;
      lastSmall = unit;
    } else if (ch in BIG_UNIT) {
      const unit = BIG_UNIT[ch];
      section += digit ?? 0;
      if (section === 0 && total === 0) return null;
      if (unit >= lastBig)
        total = (total + section) * unit; // 万亿: the 亿 group times 万
      else total += section * unit;
      section = 0;
      digit = null;
      lastSmall = Infinity;
      lastBig = unit;
    } else {
      return null;
    }
  }
  return total + section + (digit ?? 0);
}

/** The longest run of Chinese numeral characters starting at `at` (may be empty); 点 only inside (三点五). */
export function chineseRunAt(text: string, at: number): string {
  let end = at;
  while (end < text.length && (NUMERAL_CODES.has(text.charCodeAt(end)) || (end > at && text.charCodeAt(end) === POINT))) end++;
  return text.slice(at, end);
}

/** By UTF-16 unit: reading `text[end]` would make a string of each ideograph. */
const NUMERAL_CODES = new Set(Array.from(CHINESE_NUMERAL_CHARS, (ch) => ch.charCodeAt(0)));
const POINT = "点".charCodeAt(0);
