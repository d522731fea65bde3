/**
 * Text folding shared by every matcher in the engine: full-width letters, digits and punctuation become
 * half-width (NFKC), and white space of every kind is removed, because Chinese headers and numbers are
 * typed both ways ("主 要 工 作 任 务", "１", "（一）").
 */
export function foldText(text: string): string {
  // Most cells are ASCII and unified ideographs with 、。“”《》, which NFKC leaves as they are: skip it there.
  const normalized = isNfkcStable(text) ? text : text.normalize("NFKC");
  return normalized.replace(WHITE_SPACE, "");
}

// Patterns are module constants: a regular expression literal in a function body makes a new RegExp object at
// every call, and these run on nearly every cell.
const WHITE_SPACE = /\s+/gu;

const NFKC_STABLE = /^[\u0000-\u007f\u4e00-\u9fff\u3001\u3002\u300a-\u3011\u2018\u2019\u201c\u201d\u2014\u2026]*$/u;

/** Whether the text is only characters NFKC leaves as they are (ASCII, unified ideographs, common CJK marks). */
export function isNfkcStable(text: string): boolean {
  return NFKC_STABLE.test(text);
}

/** Removes bracketed asides: "重点工作任务(杭州市2项配合工作)" → "重点工作任务". Expects folded text. */
export function withoutBrackets(folded: string): string {
  return folded.replace(ROUND_ASIDE, "").replace(SQUARE_ASIDE, "").replace(LENTICULAR_ASIDE, "");
}

const ROUND_ASIDE = /\([^()]*\)/gu;
const SQUARE_ASIDE = /\[[^[\]]*\]/gu;
const LENTICULAR_ASIDE = /【[^【】]*】/gu;

/** Chinese numerals as used in section headings (一 … 九十九). */
export const CHINESE_DIGITS = "〇零一二三四五六七八九十百";

const PLAIN_DIGITS = /^\d+$/u;

/** Whether the text is ASCII digits and nothing else ("12"; not "", "1.2", "１" or " 1"). */
export function isPlainDigits(text: string): boolean {
  return PLAIN_DIGITS.test(text);
}
