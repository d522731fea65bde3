/**
 * Words in a progress text that say work has stopped or not begun. Reviewers flag these even when the status
 * says 按时推进. A word right after a negation ("未出现延期", "无一暂停") says the opposite and is not read.
 */
export const STALL_WORDS: readonly string[] = [
  "暂停",
  "停滞",
  "停工",
  "搁置",
  "尚未启动",
  "还未启动",
  "未启动",
  "尚未开展",
  "还未开展",
  "未开展",
  "尚未开工",
  "还未开工",
  "未开工",
  "延期",
  "推迟",
  "进展缓慢",
  "进度缓慢",
  "进度滞后",
  "未能按期",
];

const NEGATIONS = ["无", "未出现", "没有", "不存在", "避免", "防止", "未发生", "杜绝"];

export interface StallWord {
  word: string;
  /** The clause it is in, for the reason shown to the reviewer. */
  clause: string;
}

const WORDS_LONGEST_FIRST = [...STALL_WORDS].sort((a, b) => b.length - a.length);

/** Whether any stall word occurs at all: one pass, where most texts have none (the words are plain Chinese). */
const ANY_STALL_WORD = new RegExp(STALL_WORDS.join("|"), "u");

/** Each stall word found, once, with its clause; longer words win over the shorter ones inside them. */
export function stallWords(text: string): StallWord[] {
  if (!ANY_STALL_WORD.test(text)) return [];
  const found: StallWord[] = [];
  const covered: [number, number][] = [];
  for (const word of WORDS_LONGEST_FIRST) {
    for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length)) {
      if (covered.some(([s, e]) => at < e && s < at + word.length)) continue;
      const before = text.slice(Math.max(0, at - 4), at);
      if (NEGATIONS.some((negation) => before.endsWith(negation))) continue;
      covered.push([at, at + word.length]);
      if (!found.some((f) => f.word === word)) found.push({ word, clause: clauseAround(text, at, word.length) });
    }
  }
  return found;
}

function clauseAround(text: string, at: number, length: number): string {
  const stops = /[，,。；;\n]/u;
  let start = at;
  while (start > 0 && !stops.test(text[start - 1])) start--;
  let end = at + length;
  while (end < text.length && !stops.test(text[end])) end++;
  return text.slice(start, end).replace(/^\s*\d+[.、]\s*/u, "").trim();
}
