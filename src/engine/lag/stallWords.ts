/**
 * Words in a progress text that say work has stopped or not begun. Reviewers flag these even when the status
 * says 按时推进. A word right after a negation ("未出现延期", "无暂停"), or after one with its object in the
 * same clause ("防止工期滞后"), says the opposite and is not read.
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

/**
 * Words that say work goes on but behind its schedule (other places' status words, written into the text or a
 * comment: "57%(赤溪、灵溪偏慢)"). Read with the same negation rule; 严重滞后 is as serious as a red status.
 */
export const BEHIND_WORDS: readonly string[] = [
  "严重滞后",
  "较为滞后",
  "滞后",
  "推进缓慢",
  "进度偏慢",
  "推进偏慢",
  "进展偏慢",
  "偏慢",
  "进度较慢",
  "推进较慢",
  "进展较慢",
  "较慢",
  "未达序时",
  "未达到序时",
  "慢于序时",
  "低于序时",
  "与目标有较大差距",
  "与目标差距较大",
];

/** Behind words that weigh as much as a red status. */
const SEVERE_WORDS: ReadonlySet<string> = new Set(["严重滞后"]);

const NEGATIONS = ["无", "未", "不", "没有", "未出现", "不存在", "避免", "防止", "未发生", "杜绝"];
/** Negations that take an object before the word ("防止工期滞后", "未出现项目延期"): read within the clause. */
const NEGATIONS_WITH_OBJECT = ["避免", "防止", "杜绝", "未出现", "未发生", "不存在", "没有出现"];

/** Whether the few characters before `at`, in its clause, negate the word there. */
function negatedAt(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 6), at);
  const inClause = before.slice(lastStop(before) + 1);
  return NEGATIONS.some((negation) => inClause.slice(-4).endsWith(negation)) || NEGATIONS_WITH_OBJECT.some((negation) => inClause.includes(negation));
}

function lastStop(text: string): number {
  let last = -1;
  for (let i = 0; i < text.length; i++) if (CLAUSE_STOPS.includes(text[i])) last = i;
  return last;
}

export interface StallWord {
  word: string;
  /** The clause it is in, for the reason shown to the reviewer. */
  clause: string;
}

export interface LagWord extends StallWord {
  /** Stopped or not begun (STALL_WORDS), or going on behind schedule (BEHIND_WORDS). */
  kind: "stalled" | "behind";
  /** 严重滞后: red, where the other words are a warning. */
  severe: boolean;
}

interface Word {
  word: string;
  kind: LagWord["kind"];
}

const WORDS_LONGEST_FIRST: readonly Word[] = [
  ...STALL_WORDS.map((word): Word => ({ word, kind: "stalled" })),
  ...BEHIND_WORDS.map((word): Word => ({ word, kind: "behind" })),
].sort((a, b) => b.word.length - a.word.length);

/** Whether any word occurs at all: one pass, where most texts have none (the words are plain Chinese). */
const ANY_LAG_WORD = new RegExp([...STALL_WORDS, ...BEHIND_WORDS].join("|"), "u");

/**
 * Each stall or behind word found, once, with its clause, longest first; longer words win over the shorter
 * ones inside them (滞后 in 严重滞后).
 */
export function lagWords(text: string): LagWord[] {
  if (!ANY_LAG_WORD.test(text)) return [];
  const found: LagWord[] = [];
  const covered: [number, number][] = [];
  for (const { word, kind } of WORDS_LONGEST_FIRST) {
    for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length)) {
      if (covered.some(([s, e]) => at < e && s < at + word.length)) continue;
      if (negatedAt(text, at)) continue;
      covered.push([at, at + word.length]);
      if (!found.some((f) => f.word === word)) found.push({ word, clause: clauseAround(text, at, word.length), kind, severe: SEVERE_WORDS.has(word) });
    }
  }
  return found;
}

/** The words that say work stopped or has not begun, each once, with its clause. */
export function stallWords(text: string): StallWord[] {
  const found: StallWord[] = [];
  for (const { word, clause, kind } of lagWords(text)) if (kind === "stalled") found.push({ word, clause });
  return found;
}

/** The clause around a span of the text, without its leading list number ("2."): what the reviewer reads. */
export function clauseAround(text: string, at: number, length: number): string {
  let start = at;
  while (start > 0 && !CLAUSE_STOPS.includes(text[start - 1])) start--;
  let end = at + length;
  while (end < text.length && !CLAUSE_STOPS.includes(text[end])) end++;
  return text.slice(start, end).replace(LIST_NUMBER, "").trim();
}

/** What ends a clause of a progress text. */
export const CLAUSE_STOPS = "，,。；;\n";
/** "1." or "2、" opening an item of a progress text's list. */
export const LIST_NUMBER = /^\s*\d+[.、]\s*/u;
