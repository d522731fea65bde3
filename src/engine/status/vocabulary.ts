import { boundedMemo } from "../collections";
import { foldText } from "../text";
import type { StatusCategory } from "./categories";

export interface StatusTerm {
  term: string;
  category: Exclude<StatusCategory, "unknown">;
  /** Behind, but only in part (部分滞后): flagged less strongly than a task that is plainly late. */
  partial?: boolean;
}

export interface StatusVocabulary {
  /** The values offered (a status dropdown lists them) and known. */
  readonly terms: readonly StatusTerm[];
  /** Further spellings, known like the terms but not offered; a term of the same spelling replaces one. */
  readonly variants?: readonly StatusTerm[];
}

export interface Categorized {
  category: StatusCategory;
  known: boolean;
  /** The vocabulary's own spelling of the value, when known. */
  matched?: string;
  partial?: boolean;
  /**
   * For a cell that is no term but contains one ("部分项目进度滞后", "提前完成年度任务。"): the vocabulary's
   * spelling of the term the category was read from. Such a cell stays unknown (`known: false`) to validation.
   */
  inferredFrom?: string;
}

/**
 * Jiaxing's four words first, then the words other places use, as a 督查 reviewer reads them. Doubtful calls:
 * 推进缓慢 and 较为滞后 are plainly behind (slow is late), while 进度偏慢 only somewhat; 基本完成 is done;
 * 正在推进 claims no lag, so on track; 提前完成年度任务 and 超额完成 are done, not ahead. These are the values a
 * status dropdown offers: Excel's list holds 255 characters, so further spellings are DEFAULT_VARIANTS.
 */
export const DEFAULT_TERMS: readonly StatusTerm[] = [
  { term: "按时推进", category: "on_track" },
  { term: "进度较快", category: "ahead" },
  { term: "部分滞后", category: "behind", partial: true },
  { term: "进度滞后", category: "behind" },
  { term: "达进度", category: "on_track" },
  { term: "超进度", category: "ahead" },
  { term: "欠进度", category: "behind" },
  { term: "已完成", category: "done" },
  { term: "提前完成", category: "done" },
  { term: "未启动", category: "not_started" },
  { term: "严重滞后", category: "behind" },
  { term: "推进缓慢", category: "behind" },
  { term: "进度偏慢", category: "behind", partial: true },
  { term: "慢于序时", category: "behind" },
  { term: "慢于序时进度", category: "behind" },
  { term: "未达序时进度", category: "behind" },
  { term: "较为滞后", category: "behind" },
  { term: "与目标有较大差距", category: "behind" },
  { term: "滞后", category: "behind" },
  { term: "全面完成", category: "done" },
  { term: "基本完成", category: "done" },
  { term: "提前完成年度任务", category: "done" },
  { term: "超额完成", category: "done" },
  { term: "完成任务", category: "done" },
  { term: "未开工", category: "not_started" },
  { term: "尚未启动", category: "not_started" },
  { term: "未开始", category: "not_started" },
  { term: "正在推进", category: "on_track" },
  { term: "顺利推进", category: "on_track" },
  { term: "序时推进", category: "on_track" },
  { term: "正常推进", category: "on_track" },
  { term: "有序推进", category: "on_track" },
  { term: "稳步推进", category: "on_track" },
  { term: "超序时", category: "ahead" },
  { term: "快于序时", category: "ahead" },
];

/**
 * Other spellings of the same statuses: known like the terms (a cell that is one is valid), not offered in a
 * dropdown. 进度较慢 and 推进偏慢 are partly behind like 进度偏慢; 正常 / 持续推进 on track like 正在推进.
 */
export const DEFAULT_VARIANTS: readonly StatusTerm[] = [
  { term: "超序时进度", category: "ahead" },
  { term: "超过序时进度", category: "ahead" },
  { term: "快于序时进度", category: "ahead" },
  { term: "进度超前", category: "ahead" },
  { term: "超前推进", category: "ahead" },
  { term: "按序时推进", category: "on_track" },
  { term: "按序时进度推进", category: "on_track" },
  { term: "达到序时进度", category: "on_track" },
  { term: "达序时进度", category: "on_track" },
  { term: "符合序时进度", category: "on_track" },
  { term: "推进顺利", category: "on_track" },
  { term: "进展顺利", category: "on_track" },
  { term: "按计划推进", category: "on_track" },
  { term: "按期推进", category: "on_track" },
  { term: "进度正常", category: "on_track" },
  { term: "正常", category: "on_track" },
  { term: "持续推进", category: "on_track" },
  { term: "进展缓慢", category: "behind" },
  { term: "进度缓慢", category: "behind" },
  { term: "未达序时", category: "behind" },
  { term: "未达到序时进度", category: "behind" },
  { term: "低于序时进度", category: "behind" },
  { term: "与目标差距较大", category: "behind" },
  { term: "推进偏慢", category: "behind", partial: true },
  { term: "进展偏慢", category: "behind", partial: true },
  { term: "进度较慢", category: "behind", partial: true },
  { term: "推进较慢", category: "behind", partial: true },
  { term: "进展较慢", category: "behind", partial: true },
  { term: "个别滞后", category: "behind", partial: true },
  { term: "已全部完成", category: "done" },
  { term: "全部完成", category: "done" },
  { term: "已全面完成", category: "done" },
  { term: "已完成年度任务", category: "done" },
  { term: "完成年度任务", category: "done" },
  { term: "超额完成年度任务", category: "done" },
  { term: "已办结", category: "done" },
  { term: "尚未开工", category: "not_started" },
  { term: "尚未开始", category: "not_started" },
  { term: "未开展", category: "not_started" },
  { term: "尚未开展", category: "not_started" },
];

export function createVocabulary(terms: readonly StatusTerm[], variants: readonly StatusTerm[] = []): StatusVocabulary {
  return variants.length === 0 ? { terms } : { terms, variants };
}

export function defaultVocabulary(): StatusVocabulary {
  return createVocabulary(DEFAULT_TERMS, DEFAULT_VARIANTS);
}

/** Later terms replace earlier ones, and variants, of the same spelling. */
export function extendVocabulary(vocabulary: StatusVocabulary, terms: readonly StatusTerm[]): StatusVocabulary {
  const replaced = new Set(terms.map((t) => foldText(t.term)));
  const kept = (t: StatusTerm) => !replaced.has(foldText(t.term));
  return createVocabulary([...vocabulary.terms.filter(kept), ...terms], (vocabulary.variants ?? []).filter(kept));
}

/**
 * The category of a status cell; spacing and character width do not matter ("按时 推进"). Every status cell of a
 * sheet comes here, and each term has one answer: the answers are made once and shared, so not to be changed.
 */
export function categorize(vocabulary: StatusVocabulary, value: string): Readonly<Categorized> {
  return categorizeFolded(vocabulary, foldText(value));
}

function categorizeFolded(vocabulary: StatusVocabulary, folded: string): Readonly<Categorized> {
  if (folded === "") return UNKNOWN;
  return answersByFoldedTerm(vocabulary).get(folded) ?? UNKNOWN;
}

/**
 * The category a status cell states, also when it is no term but a short phrase around one ("基本完成。",
 * "进度滞后（因疫情）", "部分项目进度滞后"): the longest term it contains, and of equally long ones the most
 * serious, is read with `inferredFrom` and `known: false`. A term right after a negation (未 尚未 没有 不 无法 …)
 * is not read, except that a negated on-track term says behind ("未按时推进"); 部分 / 个别 … make a behind
 * term partly behind and a done term not done ("部分已完成").
 */
export function categorizeContaining(vocabulary: StatusVocabulary, value: string): Readonly<Categorized> {
  const folded = foldText(value);
  const exact = categorizeFolded(vocabulary, folded);
  if (exact.known || folded === "" || folded.length > MAX_STATUS_PHRASE) return exact;
  return inferrerOf(vocabulary)(folded);
}

/** Longer cells are sentences, not status words: what they contain is read as progress text, if anywhere. */
const MAX_STATUS_PHRASE = 30;

const UNKNOWN: Categorized = { category: "unknown", known: false };

const ANSWERS = new WeakMap<StatusVocabulary, Map<string, Categorized>>();

/**
 * The answer for each term and variant, by folded spelling, built once per vocabulary; a later term wins over an
 * earlier one, and a term over a variant.
 */
function answersByFoldedTerm(vocabulary: StatusVocabulary): Map<string, Categorized> {
  let map = ANSWERS.get(vocabulary);
  if (map === undefined) {
    map = new Map([...(vocabulary.variants ?? []), ...vocabulary.terms].map((term) => [foldText(term.term), answerFor(term)]));
    ANSWERS.set(vocabulary, map);
  }
  return map;
}

function answerFor(term: StatusTerm): Categorized {
  return term.partial
    ? { category: term.category, known: true, matched: term.term, partial: true }
    : { category: term.category, known: true, matched: term.term };
}

const NEGATIONS = ["未", "没有", "没", "不", "无", "非", "未能", "无法", "不能", "难以"];
const PARTIAL_WORDS = ["部分", "部份", "个别", "少数", "局部", "一些", "有的", "少量"];
/** Which of equally long terms a phrase is read by: the one a reviewer must not miss. */
const SEVERITY: Record<StatusCategory, number> = { not_started: 4, behind: 3, on_track: 2, ahead: 1, done: 1, unknown: 0 };

/**
 * What may follow a done term for the whole task to be done: nothing more, a comment, or the year's task
 * ("全面完成年度目标任务"); not a figure or an object ("已完成80%", "已完成投资3亿元").
 */
const DONE_ENDS = /^(?:(?:年度|全年|今年)?(?:目标)?任务|(?:年度|全年)目标)?(?:$|[。.,，;；!！(（[【、])/u;

const hasPartialWord = (text: string) => PARTIAL_WORDS.some((word) => text.includes(word));

/**
 * Status cells repeat down a sheet (a handful of distinct values in thousands of rows): each phrase is read
 * once per vocabulary, and forgotten past a bound so a pane left open does not grow.
 */
const INFERRERS = new WeakMap<StatusVocabulary, (folded: string) => Categorized>();

function inferrerOf(vocabulary: StatusVocabulary): (folded: string) => Categorized {
  let infer = INFERRERS.get(vocabulary);
  if (infer === undefined) {
    const answers = answersByFoldedTerm(vocabulary);
    const longestFirst = [...answers.entries()].sort((a, b) => b[0].length - a[0].length);
    infer = boundedMemo((folded) => inferCategory(folded, longestFirst), 10_000);
    INFERRERS.set(vocabulary, infer);
  }
  return infer;
}

function inferCategory(folded: string, longestFirst: readonly (readonly [string, Categorized])[]): Categorized {
  let best: Categorized = UNKNOWN;
  let bestLength = 0;
  // Spans of terms already seen: a shorter term inside a longer one (滞后 in 进度滞后) is that term, not another.
  const covered: number[] = [];
  for (let t = 0; t < longestFirst.length; t++) {
    const [term, answer] = longestFirst[t];
    if (term.length < bestLength) break;
    for (let at = folded.indexOf(term); at >= 0; at = folded.indexOf(term, at + 1)) {
      const end = at + term.length;
      if (overlaps(covered, at, end)) continue;
      covered.push(at, end);
      const reading = readTermAt(folded, at, end, answer);
      if (reading !== null && SEVERITY[reading.category] > SEVERITY[best.category]) {
        best = reading;
        bestLength = term.length;
      }
    }
  }
  return best;
}

function overlaps(covered: readonly number[], start: number, end: number): boolean {
  for (let i = 0; i < covered.length; i += 2) if (start < covered[i + 1] && covered[i] < end) return true;
  return false;
}

/** What a term found at `at`…`end` says in its phrase; null when it says nothing (negated, or done only in part). */
function readTermAt(folded: string, at: number, end: number, answer: Categorized): Categorized | null {
  const inferredFrom = answer.matched as string;
  const before = folded.slice(Math.max(0, at - 2), at);
  if (NEGATIONS.some((negation) => before.endsWith(negation))) {
    return answer.category === "on_track" ? { category: "behind", known: false, inferredFrom } : null;
  }
  if (answer.category === "done" && (hasPartialWord(folded.slice(0, at)) || !DONE_ENDS.test(folded.slice(end)))) return null;
  const partial = answer.partial === true || (answer.category === "behind" && hasPartialWord(folded));
  return partial ? { category: answer.category, known: false, inferredFrom, partial } : { category: answer.category, known: false, inferredFrom };
}

function sharedCharacters(a: string, b: string): number {
  let shared = 0;
  for (const ch of new Set(a)) if (b.includes(ch)) shared++;
  return shared;
}

/** The allowed values closest to an unknown one (most shared characters, then vocabulary order). */
export function suggestStatuses(vocabulary: StatusVocabulary, value: string, limit: number): string[] {
  const folded = foldText(value);
  return vocabulary.terms
    .map((term, order) => ({ term: term.term, order, score: sharedCharacters(folded, foldText(term.term)) }))
    .filter((candidate) => candidate.score > 0)
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .slice(0, limit)
    .map((candidate) => candidate.term);
}

/** Behind only somewhat: "部分…" / "个别…", or slow rather than late (偏慢, 较慢). */
export const isPartlyBehindTerm = (term: string) => PARTIAL_WORDS.some((word) => term.startsWith(word)) || SOMEWHAT_SLOW.test(term);
const SOMEWHAT_SLOW = /偏慢|较慢|稍慢|略慢/u;
