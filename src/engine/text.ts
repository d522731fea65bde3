/**
 * Text folding shared by every matcher in the engine: full-width letters, digits and punctuation become
 * half-width (NFKC), and white space of every kind is removed, because Chinese headers and numbers are
 * typed both ways ("主 要 工 作 任 务", "１", "（一）").
 */
export function foldText(text: string): string {
  return text.normalize("NFKC").replace(/\s+/gu, "");
}

/** Removes bracketed asides: "重点工作任务(杭州市2项配合工作)" → "重点工作任务". Expects folded text. */
export function withoutBrackets(folded: string): string {
  return folded.replace(/\([^()]*\)/gu, "").replace(/\[[^[\]]*\]/gu, "").replace(/【[^【】]*】/gu, "");
}

/** Chinese numerals as used in section headings (一 … 九十九). */
export const CHINESE_DIGITS = "〇零一二三四五六七八九十百";
