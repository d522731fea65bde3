/**
 * Finds every numeric target in a Chinese task text ("新认定高新技术企业300家、科技型中小企业600家").
 *
 * The text is read clause by clause (，；。), after taking out line breaks a cell wrapped inside a figure. In a
 * clause, each number with a unit is a candidate, and a number with none that ends its line (a target cell joined
 * to its name); numbers that are names, dates, ranks, size classes or starting levels are dropped (see
 * `isThreshold`, `isBareCount`, `startingLevelMark`). For each target
 * the words between the previous target and the number are its segment: the verb and metric come from there,
 * from the phrase after the unit ("3个国家级外贸基地"), or from the previous target of the clause when the
 * segment is empty ("新增绿色工厂25家、节水型企业20家").
 */
import { arabicAt, chineseRunAt, CHINESE_NUMERAL_CHARS, digitAt, parseChineseNumeral, toHalfWidth } from "./numerals";
import { unitAt, type UnitMatch } from "./units";
import {
  ADJACENT_ONLY_VERBS,
  comparatorOf,
  FILLERS,
  indexWords,
  INNER_QUALIFIERS,
  INTENTS,
  isComparing,
  LEVEL_VERBS,
  POST_QUALIFIERS,
  PRE_QUALIFIERS,
  SCOPE_WORDS,
  STRONG_VERBS,
  TRAILING_ADVERBS,
  VERB_PREFIXES,
  VERBS,
  wordEndingAt,
  wordStartingAt,
  type WordIndex,
} from "./lexicon";
import type { Target } from "./types";

/** The lexicon's word lists, indexed once: they are looked up at nearly every position of a text. */
const WORDS = {
  verbs: indexWords(VERBS),
  verbPrefixes: indexWords(VERB_PREFIXES),
  strongVerbs: indexWords(STRONG_VERBS),
  intents: indexWords(INTENTS),
  innerQualifiers: indexWords(INNER_QUALIFIERS),
  postQualifiers: indexWords(POST_QUALIFIERS),
  fillers: indexWords(FILLERS),
  scope: indexWords(SCOPE_WORDS),
  trailingAdverbs: indexWords(TRAILING_ADVERBS),
  joinable: indexWords([...VERBS, ...VERB_PREFIXES]),
  adjacentVerbs: indexWords([...VERBS, ...ADJACENT_ONLY_VERBS]),
  adjacentQualifiers: indexWords([...PRE_QUALIFIERS, ...INTENTS]),
};

interface Word {
  word: string;
  at: number;
}

/** A number with its unit and the qualifiers glued to it. */
interface Quantity {
  numStart: number;
  value: number;
  valueLow?: number;
  unit: UnitMatch;
  /** 余/多 between number and unit, 以上/左右 … after it. */
  quals: Word[];
  /** Offset after the unit and its qualifiers. */
  end: number;
}

const CLAUSE_BREAKS = new Set(["，", ",", "；", ";", "。", "：", ":", "！", "!", "？", "?", "\n", "\r"]);
/** Characters that end a phrase inside a clause. */
const PHRASE_BREAKS = new Set(["、", "和", "及", "与", "或", "（", "(", "）", ")", " ", "\t", "　"]);
const CONNECTORS = /^(?:[、和及与并\s　]|以及|并且|同时)+/u;
/** "1." "（2）" "三、" opening an item of a numbered list, maybe marked as key ("*1."): a label, not a quantity. */
const LIST_MARKER = /^\s*[*＊★☆※]?(?:[(（]?\d{1,2}[)）.、](?![0-9])|[(（][一二三四五六七八九十]+[)）]|[一二三四五六七八九十]+、)\s*/u;
/**
 * "3.90%的二级综合医院…" opening a line: item 3 of a list glued to its figure, 90%. Nobody writes a target with
 * a trailing zero (3.9%), so a line that opens with N.x0 and goes on opens with its list number.
 */
const GLUED_LIST_NUMBER = /^[*＊★☆※]?\d{1,2}\.(?=[1-9]\d*0[^\d.\s])/u;
const RANGE_SEPARATORS = ["——", "—", "-", "–", "~", "～", "至"];
const QUOTE_PAIRS: Record<string, string> = { "“": "”", "《": "》", "「": "」", "‘": "’" };
/** Verbs that open a sentence whose real verb is a level verb by the number (推动X增长, 实现X增长). */
const CARRIER_VERBS = new Set(["推动", "实现", "推进", "促进", "带动", "保持"]);
const PREPOSITIONS = /^(?:在|对|为|向|从|围绕|通过|依托|面向)/u;
const TIME_WORDS = /到?\d{4}年(?:底|末|前)?|提前[一二两三四五六七八九十\d]+年|全年|今年|年内|年底前?|同比|再/gu;
/** Nouns a size class is put in front of ("亿元以上项目", "产值500亿元平台"). */
const SIZE_CLASS_NOUNS = /^(?:项目|企业|工程|平台|产业|园区|集群|群体|规模|级|大项目|基础)/u;
/** What a share's metric ends with, shared by every item of "A、B、C…分别达到x、y、z". */
const SHARED_TAIL_STARTS = ["增加值", "占", "比重", "增速", "总额", "收入", "产值", "投资", "比例"];

/** Whether a UTF-16 unit is a Latin letter (false for NaN, read outside the text). */
const isLetterCode = (c: number): boolean => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
const PLUS = 0x2b;
const DOT = 0x2e;
/** 第5, 前10名: a number after these is a rank. */
const RANK_MARKS = new Set(["第", "前"].map((ch) => ch.charCodeAt(0)));
/** Character classes by UTF-16 unit, so a scan over a text makes no string per character. */
const DIGIT = 1;
const NUMERAL = 2;
const CLAUSE_BREAK = 4;
const OPENING_QUOTE = 8;
const PHRASE_BREAK = 16;
const CLASS_OF = new Uint8Array(0x10000);
for (let c = 0x30; c <= 0x39; c++) CLASS_OF[c] |= DIGIT;
for (const ch of CHINESE_NUMERAL_CHARS) CLASS_OF[ch.charCodeAt(0)] |= NUMERAL;
for (const ch of CLAUSE_BREAKS) CLASS_OF[ch.charCodeAt(0)] |= CLAUSE_BREAK;
for (const ch of PHRASE_BREAKS) CLASS_OF[ch.charCodeAt(0)] |= PHRASE_BREAK;
const COMMA = 0x2c;
const HAN = /\p{Script=Han}/u;
const isCjk = (ch: string | undefined): boolean => !!ch && HAN.test(ch);

/** Offsets inside quotes and book-title marks: numbers there are names ("“550”引才计划", "“上市100”"). */
/** 1 where a character is inside quotes or book-title marks (a name, not a target). */
type Mask = Uint8Array;

/** Shared by every text without quotes (most): reading past its end gives undefined, i.e. not quoted. */
const NOTHING_QUOTED: Mask = new Uint8Array(0);

/** The closing mark of an opening one, by UTF-16 unit. */
const CLOSING_OF = new Map(Object.entries(QUOTE_PAIRS).map(([open, close]) => [open.charCodeAt(0), close]));
for (const open of CLOSING_OF.keys()) CLASS_OF[open] |= OPENING_QUOTE;

function quotedMask(t: string): Mask {
  let mask = NOTHING_QUOTED;
  for (let i = 0; i < t.length; i++) {
    const code = t.charCodeAt(i);
    if (!(CLASS_OF[code] & OPENING_QUOTE)) continue;
    const j = t.indexOf(CLOSING_OF.get(code) as string, i + 1);
    if (j < 0) continue;
    if (mask === NOTHING_QUOTED) mask = new Uint8Array(t.length);
    mask.fill(1, i + 1, j);
    i = j;
  }
  return mask;
}

/** Whether a clause starting with this UTF-16 unit may open with a list marker: not a plain ideograph. */
function mayOpenList(code: number): boolean {
  return !(code >= 0x4e00 && code <= 0x9fff) || LIST_NUMERAL_CODES.has(code);
}
const LIST_NUMERAL_CODES = new Set(Array.from("一二三四五六七八九十", (ch) => ch.charCodeAt(0)));

/** The clauses of a text as offsets, start and end of each in turn (flat: no pair to allocate per clause). */
function clauses(t: string, mask: Mask): number[] {
  const out: number[] = [];
  let start = 0;
  for (let i = 0; i <= t.length; i++) {
    const code = t.charCodeAt(i);
    if (i < t.length && !(CLASS_OF[code] & CLAUSE_BREAK)) continue;
    // 1,000: a comma between a digit and exactly three more.
    const thousands = code === COMMA && digitAt(t, i - 1) && digitAt(t, i + 1) && digitAt(t, i + 2) && digitAt(t, i + 3) && !digitAt(t, i + 4);
    if (i === t.length || (!mask[i] && !thousands)) {
      if (mayOpenList(t.charCodeAt(start))) {
        const clause = t.slice(start, i);
        const lineStart = start === 0 || LINE_BREAK_CODES.has(t.charCodeAt(start - 1));
        start += (LIST_MARKER.exec(clause) ?? (lineStart ? GLUED_LIST_NUMBER.exec(clause) : null))?.[0].length ?? 0;
      }
      if (i > start) out.push(start, i);
      start = i + 1;
    }
  }
  return out;
}

/**
 * Qualifier words of `list` starting at `at`, one after another ("以上左右" is not Chinese, but 余…以上 is),
 * added to `words` (so a number's qualifiers make one list, not one per place); returns the offset after them.
 */
function wordsAt(t: string, at: number, list: WordIndex, limit: number, words: Word[]): number {
  let pos = at;
  for (let w = wordStartingAt(t, pos, list); w && pos + w.length <= limit; w = wordStartingAt(t, pos, list)) {
    words.push({ word: w, at: pos });
    pos += w.length;
  }
  return pos;
}

/**
 * The qualifiers after a unit (以上, 左右 …), added to `quals`; returns the offset after them. 内 (within) counts
 * only where the phrase ends ("10410人内"), not before a noun ("100家内资企业").
 */
function postQualifiersAt(t: string, at: number, limit: number, quals: Word[]): number {
  const end = wordsAt(t, at, WORDS.postQualifiers, limit, quals);
  if (end === at && end < limit && t.charCodeAt(end) === WITHIN && !isHanCode(t.charCodeAt(end + 1))) {
    quals.push({ word: "内", at: end });
    return end + 1;
  }
  return end;
}

const WITHIN = "内".charCodeAt(0);

/** Number (or range) plus unit at `at`, Arabic digits. */
function arabicQuantityAt(t: string, at: number, limit: number, clauseStart: number): Quantity | null {
  const first = arabicAt(t, at);
  if (!first) return null;
  // G60, PM2.5, 5A级, 5G, 1+10: a number glued to letters or "+" is a label. A clause may open after the dot
  // of its list number ("3.90%").
  const before = t.charCodeAt(at - 1);
  const after = t.charCodeAt(first.end);
  if (isLetterCode(before) || before === PLUS || (before === DOT && at !== clauseStart) || isLetterCode(after) || after === PLUS) return null;
  if (RANK_MARKS.has(before)) return null;
  const quals: Word[] = [];
  const innerEnd = wordsAt(t, first.end, WORDS.innerQualifiers, limit, quals);
  const unit1 = unitAt(t, innerEnd);
  const afterFirst = unit1 ? unit1.end : innerEnd;
  for (let s = 0; s < RANGE_SEPARATORS.length; s++) {
    const sep = RANGE_SEPARATORS[s];
    if (!t.startsWith(sep, afterFirst)) continue;
    const second = arabicAt(t, afterFirst + sep.length);
    if (!second) break;
    const firstQuals = quals.length;
    const unit2 = unitAt(t, wordsAt(t, second.end, WORDS.innerQualifiers, limit, quals));
    if (unit2 && (!unit1 || unit1.unit === unit2.unit) && unit2.end <= limit) {
      const end = postQualifiersAt(t, unit2.end, limit, quals);
      return { numStart: at, value: second.value, valueLow: first.value, unit: unit2, quals, end };
    }
    quals.length = firstQuals; // not a range: the second number's qualifiers are not this one's
    break;
  }
  if (!unit1) {
    if (innerEnd !== first.end || !isBareCount(t, at, first.end, first.value)) return null;
    return { numStart: at, value: first.value, unit: NO_UNIT, quals, end: first.end };
  }
  if (unit1.end > limit) return null;
  const end = postQualifiersAt(t, unit1.end, limit, quals);
  return { numStart: at, value: first.value, unit: unit1, quals, end };
}

/** What a bare count is counted in: whatever its column's 单位 says, which the text does not. */
const NO_UNIT: UnitMatch = { unit: "", baseUnit: "", multiplier: 1, kind: "count", end: 0 };

/**
 * A number with no unit that ends its line, after a name or alone: a target cell joined to its indicator's name
 * ("新增城镇就业" + "8950", "完成棚改项目" + "5"), or a target cell on a line of its own. Inside a sentence a
 * number without a unit is a name or a date, so only the end of a line counts, and never after a word that
 * makes it a date or a place in a sequence (截至2021, 提高到60, 1-8).
 */
function isBareCount(t: string, at: number, end: number, value: number): boolean {
  // A run of digits too long for a count (an ID, a pasted number) is no target, and may not even be finite.
  if (value <= 0 || !Number.isFinite(value) || value > MAX_BARE_COUNT) return false;
  let after = end;
  while (SPACE_CODES.has(t.charCodeAt(after))) after++;
  if (after < t.length && !LINE_BREAK_CODES.has(t.charCodeAt(after))) return false;
  let before = at - 1;
  while (before >= 0 && SPACE_CODES.has(t.charCodeAt(before))) before--;
  if (before < 0) return true;
  const code = t.charCodeAt(before);
  if (LINE_BREAK_CODES.has(code) || NAME_ENDS.has(code)) return true;
  return code >= 0x4e00 && code <= 0x9fff && !NOT_BEFORE_BARE.has(code);
}

/** The largest figure read as a bare count: counts in these sheets (人, 户, 元) stay far below it. */
const MAX_BARE_COUNT = 1e12;

const SPACE_CODES = new Set(Array.from(" \t　", (ch) => ch.charCodeAt(0)));
const LINE_BREAK_CODES = new Set(["\n".charCodeAt(0), "\r".charCodeAt(0)]);
/** Closing brackets and quotes a name may end with ("…(沥青)路" is not one, but "(37个村)" and "“一村一辅警”" are). */
const NAME_ENDS = new Set(Array.from(")）”》", (ch) => ch.charCodeAt(0)));
/**
 * Words after which a bare number is a date, an end point, a rank, a reference or a rate whose % is left out:
 * 截至2021, 提高到60, 第3, 附件1, 完成率85.
 */
const NOT_BEFORE_BARE = new Set(Array.from("至到于止自从在第前年月日号期件表图栏页条款章率度比", (ch) => ch.charCodeAt(0)));

/**
 * Number in words plus unit at `at`. Plans write targets in digits; words are mostly names and set phrases
 * (一个中心, 两个副中心城市, 三年行动, 六个一流), so a number in words counts only after a strong verb
 * (新增两家), before 以上/左右, or after 各 ("省、市名牌产品各一个": each, a quantity even when it is one);
 * otherwise never when it is one.
 */
function chineseQuantityAt(t: string, at: number, limit: number): Quantity | null {
  // Inside a longer numeral, or a rank (第三, 前五); at the start of the text there is nothing before it.
  if (at > 0 && ((CLASS_OF[t.charCodeAt(at - 1)] & NUMERAL) !== 0 || RANK_MARKS.has(t.charCodeAt(at - 1)))) return null;
  const run = chineseRunAt(t, at);
  for (let k = 1; k <= run.length; k++) {
    // Both are pure: the unit is looked for first, because most numeral characters (统一, 万众) have none after.
    const unit = unitAt(t, at + k, false);
    if (!unit || unit.end > limit) continue;
    const value = parseChineseNumeral(run.slice(0, k));
    if (value === null) continue;
    const each = t.charCodeAt(at - 1) === EACH;
    if ((value === 1 && !each) || !Number.isInteger(value * 100)) return null;
    const quals: Word[] = [];
    const end = postQualifiersAt(t, unit.end, limit, quals);
    if (!each && !wordEndingAt(t, at, WORDS.strongVerbs) && quals.length === 0) return null;
    return { numStart: at, value, unit, quals, end };
  }
  return null;
}

const EACH = "各".charCodeAt(0);

/**
 * A quantity that classifies rather than sets a goal: "10亿元以上项目", "产值10亿元以上“腰部”企业",
 * "为企业减负120亿元的基础上", "产值500亿元平台", "以亩均税收3万元为标准", "按照亩均税收5万元、10万元等批次递进".
 * A sum of money that goes on into a noun after 以上/以下/的, or straight into a class noun, is a size class;
 * "安排5000万元专项资金" is still an amount.
 */
const STANDARD_AFTER = /为标准|为基准|为门槛|的标准/uy;

const isBound = (w: Word) => w.word === "以上" || w.word === "以下" || w.word === "及以上";

function isThreshold(t: string, q: Quantity, clauseStart: number): boolean {
  const byStandard = t.indexOf("按照", clauseStart);
  if (byStandard >= 0 && byStandard + 2 <= q.numStart) return true;
  STANDARD_AFTER.lastIndex = q.end;
  if (STANDARD_AFTER.test(t)) return true;
  const ofs = t[q.end] === "的";
  const next = ofs ? q.end + 1 : q.end;
  const rest = t.slice(next, next + 4);
  const bounded = q.quals.some(isBound);
  if (q.unit.kind !== "count" && q.unit.kind !== "ratio" && bounded && SIZE_CLASS_NOUNS.test(rest)) return true;
  if (q.unit.kind !== "money" || !(isCjk(rest[0]) || rest[0] === "“")) return false;
  if (PHRASE_BREAKS.has(rest[0]) || rest.startsWith("等") || rest.startsWith("用于") || wordStartingAt(t, next, WORDS.verbs)) return false;
  return bounded || ofs || SIZE_CLASS_NOUNS.test(rest);
}

function scanQuantities(t: string, mask: Mask, start: number, end: number): Quantity[] {
  const out: Quantity[] = [];
  for (let i = start; i < end; i++) {
    if (mask[i]) continue;
    const kind = CLASS_OF[t.charCodeAt(i)];
    if (!(kind & (DIGIT | NUMERAL))) continue;
    const digit = (kind & DIGIT) !== 0;
    let q: Quantity | null = null;
    if (digit && !digitAt(t, i - 1)) q = arabicQuantityAt(t, i, end, start);
    else if (!digit) q = chineseQuantityAt(t, i, end);
    if (q && !isThreshold(t, q, start)) {
      out.push(q);
      i = q.end - 1;
    } else if (digit) {
      while (digitAt(t, i + 1) || (t.charCodeAt(i + 1) === 0x2e && digitAt(t, i + 2))) i++; // never restart inside 2021 or 2.5
    }
  }
  return out;
}

/** The first verb at or after `from` (before `to`), outside quotes, with a prefix such as 加快 glued on. */
function firstVerb(t: string, mask: Mask, from: number, to: number): Word | null {
  for (let i = from; i < to; i++) {
    if (mask[i]) continue;
    const w = wordStartingAt(t, i, WORDS.verbs);
    if (!w || i + w.length > to) continue;
    if (w === "争取" && t.slice(i - 2, i) === "向上") continue;
    const prefix = wordEndingAt(t, i, WORDS.verbPrefixes);
    if (prefix && i - prefix.length >= from) return { word: prefix + w, at: i - prefix.length };
    return { word: w, at: i };
  }
  return null;
}

interface Adjacent {
  /** Start of the run of qualifiers/verb written right before the number. */
  start: number;
  verb: Word | null;
  quals: Word[];
  distributive: boolean;
}

/** Walks back from the number over qualifiers, intent words and at most one verb ("累计达到", "确保", "分别达到"). */
function adjacentBefore(t: string, from: number, numStart: number): Adjacent {
  let pos = numStart;
  let verb: Word | null = null;
  const quals: Word[] = [];
  let distributive = false;
  for (;;) {
    const v: string | null = verb ? null : wordEndingAt(t, pos, WORDS.adjacentVerbs);
    const q = wordEndingAt(t, pos, WORDS.adjacentQualifiers);
    const f = wordEndingAt(t, pos, WORDS.fillers);
    if (v && (!q || v.length > q.length) && pos - v.length >= from) {
      pos -= v.length;
      let word: string = v;
      // 推进实施, 加快建设: verbs and prefixes written together make one action.
      for (;;) {
        const more = wordEndingAt(t, pos, WORDS.joinable);
        if (!more || pos - more.length < from) break;
        word = more + word;
        pos -= more.length;
      }
      verb = { word, at: pos };
    } else if (q && pos - q.length >= from) {
      pos -= q.length;
      quals.push({ word: q, at: pos });
    } else if (f && pos - f.length >= from && !(f === "均" && PER_HEAD.has(t.charCodeAt(pos - 2)))) {
      pos -= f.length;
      if (f === "分别") distributive = true;
    } else {
      break;
    }
  }
  return { start: pos, verb, quals, distributive };
}

/** 人均, 亩均, 月均 …: 均 closing a metric ("补差水平月均达到300元"), not standing before the number as "each". */
const PER_HEAD = new Set(Array.from("人亩户月日年平", (ch) => ch.charCodeAt(0)));

interface After {
  metric: string;
  verb: Word | null;
  end: number;
}

/** Whether a phrase after a unit ends at `i`: at `limit`, or at a clause or phrase break outside quotes. */
function phraseEndsAt(t: string, mask: Mask, i: number, limit: number): boolean {
  return i >= limit || (!mask[i] && (CLASS_OF[t.charCodeAt(i)] & (CLAUSE_BREAK | PHRASE_BREAK)) !== 0);
}

/** The noun phrase after the unit ("3个国家级外贸转型升级基地"), cut before a trailing verb ("…精彩呈现"). */
function phraseAfter(t: string, mask: Mask, from: number, limit: number): After | null {
  let p = from;
  if (t[p] === "的") p++;
  if (phraseEndsAt(t, mask, p, limit) || t[p] === "等" || wordStartingAt(t, p, WORDS.verbs)) return null;
  let cut = p + 1;
  let verbAt = -1;
  for (; !phraseEndsAt(t, mask, cut, limit); cut++) {
    if (mask[cut]) continue;
    const adverb = wordStartingAt(t, cut, WORDS.trailingAdverbs);
    if (adverb) {
      verbAt = cut + adverb.length;
      break;
    }
    if (wordStartingAt(t, cut, WORDS.verbs)) {
      verbAt = cut;
      break;
    }
  }
  let end = cut;
  if (verbAt >= 0) {
    end = verbAt;
    while (!phraseEndsAt(t, mask, end, limit)) end++;
  }
  const verb = verbAt >= 0 && end > verbAt ? { word: t.slice(verbAt, end), at: verbAt } : null;
  return { metric: t.slice(p, cut), verb, end };
}

function stripLeading(s: string, words: WordIndex): string {
  for (let w = wordStartingAt(s, 0, words); w; w = wordStartingAt(s, 0, words)) s = s.slice(w.length);
  return s;
}

/** A metric without the connectors and intent words it opens with. */
const stripOpening = (s: string) => stripLeading(s.replace(CONNECTORS, ""), WORDS.intents);

/** The metric written before the number, given the verb found in the segment (if any). */
function metricBefore(t: string, segStart: number, segEnd: number, verb: Word | null, adjacentVerb: boolean): string {
  if (!verb || adjacentVerb || verb.at < segStart || verb.at >= segEnd) return stripOpening(t.slice(segStart, segEnd));
  const before = stripOpening(t.slice(segStart, verb.at));
  const after = t.slice(verb.at + verb.word.length, segEnd);
  if (!stripLeading(before, WORDS.scope) || PREPOSITIONS.test(before)) return after;
  if (!after) return before;
  if (LEVEL_VERBS.has(verb.word)) return before;
  return stripOpening(t.slice(segStart, segEnd));
}

/**
 * "为企业减负250亿元": a metric that names only whom the work is for ("为企业") is named with the action by the
 * number ("为企业减负"), which says what is measured. Levels (增长, 提高) measure the phrase itself.
 */
function withBeneficiaryAction(metric: string, verb: Word | null): string {
  return verb && !LEVEL_VERBS.has(verb.word) && BENEFICIARY.test(metric) ? metric + verb.word : metric;
}
const BENEFICIARY = /^(?:为|给|帮|帮助|替)[\p{L}]{1,6}$/u;

/** Drops what is not part of the indicator's name: list dashes, a leading year or 全年, a trailing 的/同比/"(". */
function cleanMetric(m: string): string {
  return m.replace(LEADING_MARKS, "").replace(LEADING_TIME, "").replace(TRAILING_PARTICLES, "").trim();
}
const LEADING_MARKS = /^[^\p{L}\p{N}“《(]+/u;
const LEADING_TIME = /^(?:的|到?\d{4}年(?:底|末)?|全年|今年|年内)+/u;
const TRAILING_PARTICLES = /(?:的|同比|[(（])+$/u;

/**
 * Qualifiers in text order, each once: those by the number (`near`, which this adds to), the clause's intent,
 * and intents in the segment. A target has a few, so a scan dedupes them more cheaply than a Set.
 */
function qualifiersOf(t: string, mask: Mask, near: Word[], segStart: number, segEnd: number): string[] {
  const quals = near;
  for (let i = segStart; i < segEnd; i++) {
    const w = wordStartingAt(t, i, WORDS.intents);
    if (w && !mask[i] && !(w === "争取" && t.slice(i - 2, i) === "向上")) quals.push({ word: w, at: i });
  }
  if (quals.length > 1) quals.sort((a, b) => a.at - b.at);
  const words: string[] = [];
  for (const q of quals) if (!words.includes(q.word)) words.push(q.word);
  return words;
}

interface Draft {
  target: Target;
  ownMetric: boolean;
  ownVerb: boolean;
  distributive: boolean;
  preMetric: string;
}

/** "A、B和C增加值占比重分别达到x、y和z": gives each value its own item of the list. */
function spreadDistributive(drafts: Draft[]): void {
  for (let i = 0; i < drafts.length; i++) {
    if (!drafts[i].distributive) continue;
    let j = i + 1;
    while (j < drafts.length && !drafts[j].ownMetric && !drafts[j].ownVerb) j++;
    const items = drafts[i].preMetric.split(/[、和及与]/u).filter(Boolean);
    if (items.length !== j - i || items.length < 2) continue;
    const last = items[items.length - 1];
    // "城镇、农村低保补差水平": short items as long as each other stand for the same-length head of the last one.
    const head = items[0].length;
    const parallel = head <= 3 && head < last.length && items.every((item, k) => k === items.length - 1 || item.length === head);
    const tailAt = parallel ? head : Math.min(...SHARED_TAIL_STARTS.map((w) => last.indexOf(w)).filter((k) => k > 0), last.length);
    const tail = last.slice(tailAt);
    items.forEach((item, k) => {
      drafts[i + k].target.metric = k === items.length - 1 ? item : item + tail;
    });
  }
}

/**
 * The target as callers see it, valueLow only for a range. Two literals rather than a spread of an optional
 * part: a spread in the middle of a literal makes V8 build each target the slow way, and there is one per number.
 */
function newTarget(metric: string, verb: string, q: Quantity, qualifiers: string[], text: string, start: number, end: number): Target {
  const { unit, baseUnit, multiplier } = q.unit;
  const comparator = comparatorOf(qualifiers);
  const raw = text.slice(start, end);
  return q.valueLow === undefined
    ? { metric, verb, value: q.value, unit, baseUnit, multiplier, qualifiers, comparator, raw, start, end }
    : { metric, verb, value: q.value, valueLow: q.valueLow, unit, baseUnit, multiplier, qualifiers, comparator, raw, start, end };
}

/** Joiners, tested at one offset (sticky): no string is made of the character. */
const JOINER = /[、和及与并\s　]/uy;
const JOINER_AT_CLAUSE_START = /[、\s　]/uy;
const joinerAt = (joiner: RegExp, t: string, at: number): boolean => {
  joiner.lastIndex = at;
  return joiner.test(t);
};
/** A metric that is only a name in quotes ("“腰部”"). */
const QUOTED = /^“[^”]*”$/u;
const SENTENCE_END = /[。；;!?！？\n]/u;

/**
 * "从每人每月574元、271元分别提高到609元、300元": a figure after 从/由 and before a 到/至 is where the target
 * starts from, not the target. Returns the offset of that 从/由, or -1.
 */
function startingLevelMark(t: string, clauseStart: number, clauseEnd: number, q: Quantity): number {
  let mark = -1;
  for (let i = q.numStart - 1; i >= clauseStart && mark < 0; i--) {
    const c = t.charCodeAt(i);
    if (c === TO || c === UNTIL) return -1;
    if ((c === FROM || c === BY) && isStartMark(t, i)) mark = i;
  }
  if (mark < 0) return -1;
  for (let i = q.end; i < clauseEnd; i++) {
    const c = t.charCodeAt(i);
    if (c === TO || c === UNTIL) return mark;
  }
  return -1;
}

const [FROM, BY, TO, UNTIL] = Array.from("从由到至", (ch) => ch.charCodeAt(0));
/** Words 从 and 由 are part of, where they mean no starting point (从事, 从业, 服从, 由于, 理由 …). */
const NOT_AFTER_START: Record<string, string> = { 从: "事业严而优快重宽", 由: "于" };
const NOT_BEFORE_START: Record<string, string> = { 从: "服遵听随自", 由: "自理经缘" };

function isStartMark(t: string, i: number): boolean {
  const ch = t[i];
  return !NOT_AFTER_START[ch].includes(t.charAt(i + 1) || "-") && !NOT_BEFORE_START[ch].includes(t.charAt(i - 1) || "-");
}

/** 均/都 between a counted noun and its verb: "4个结构性指标均实现…" (each of them). */
const GROUP_MARKS = new Set(Array.from("均都", (ch) => ch.charCodeAt(0)));
/** 将/把 opening a sentence that moves its object to a new level ("将低保标准从…提高到…"). */
const DISPOSAL = /^[将把]/u;

/** Every numeric target in a task text, in text order. */
export function extractTargets(text: string): Target[] {
  const halfWidth = toHalfWidth(text);
  const joined = halfWidth.includes("\n") || halfWidth.includes("\r") ? joinBrokenFigures(halfWidth) : null;
  if (joined === null) return targetsIn(halfWidth, text);
  const targets = targetsIn(joined.text, joined.text);
  for (let i = 0; i < targets.length; i++) {
    const target = targets[i];
    target.start = joined.origin[target.start];
    target.end = joined.origin[target.end - 1] + 1;
    target.raw = text.slice(target.start, target.end);
  }
  return targets;
}

/** A text with the line breaks inside its figures taken out, and where each of its offsets was in the text. */
interface Joined {
  text: string;
  origin: Int32Array;
}

/**
 * Cells wrap lines wherever the column ends, also inside a figure ("比重提升4个\n百分点", "3.\n5万亩"). Those
 * breaks are taken out, so that the unit reads whole; null when there is none (nearly always).
 */
function joinBrokenFigures(t: string): Joined | null {
  let cuts: number[] | null = null;
  for (let i = 0; i < t.length; i++) {
    if (!LINE_BREAK_CODES.has(t.charCodeAt(i))) continue;
    let from = i;
    while (from > 0 && SPACE_CODES.has(t.charCodeAt(from - 1))) from--;
    let to = i;
    while (to < t.length && (LINE_BREAK_CODES.has(t.charCodeAt(to)) || SPACE_CODES.has(t.charCodeAt(to)))) to++;
    if (breaksFigure(t, from, to)) (cuts ??= []).push(from, to);
    i = to - 1;
  }
  if (cuts === null) return null;
  let text = "";
  const origin = new Int32Array(t.length + 1);
  let kept = 0;
  let at = 0;
  for (let c = 0; c <= cuts.length; c += 2) {
    const end = c < cuts.length ? cuts[c] : t.length;
    text += t.slice(at, end);
    for (let k = at; k < end; k++) origin[kept++] = k;
    at = cuts[c + 1];
  }
  origin[kept] = t.length;
  return { text, origin };
}

/**
 * Whether the line break from `from` to `to` falls inside a figure: after a decimal point, between a verb and
 * its number ("控制在" + "10410人"), or between a number (and the start of its unit, up to three characters) and
 * the rest of the unit, which ends there ("4个" + "百分点", "5万" + "亩以上"). A next line that only starts with a
 * unit's character ("人均…") goes on.
 */
function breaksFigure(t: string, from: number, to: number): boolean {
  if (to >= t.length) return false;
  if (digitAt(t, to)) {
    if (t.charCodeAt(from - 1) === DOT && digitAt(t, from - 2)) return true;
    // "控制在\n10410人": a verb or qualifier that wants its figure; not before the next item of a list ("1.…").
    const wanting = wordEndingAt(t, from, WORDS.adjacentVerbs) ?? wordEndingAt(t, from, WORDS.adjacentQualifiers);
    return wanting !== null && !LIST_MARKER.test(t.slice(to, to + 4));
  }
  let digit = from - 1;
  while (digit >= from - 4 && digit >= 0 && isHanCode(t.charCodeAt(digit))) digit--;
  if (!digitAt(t, digit)) return false;
  const head = t.slice(digit + 1, from);
  const figure = head + t.slice(to, to + UNIT_LOOKAHEAD);
  const unit = unitAt(figure, 0);
  if (unit === null || unit.end <= head.length) return false;
  return unit.end === figure.length || !isHanCode(figure.charCodeAt(unit.end)) || wordStartingAt(figure, unit.end, WORDS.postQualifiers) !== null;
}

/** Longer than any unit with its tail (万吨标准煤, 元/人·月/户). */
const UNIT_LOOKAHEAD = 10;
const isHanCode = (c: number): boolean => c >= 0x4e00 && c <= 0x9fff;

/** The targets of a half-width text `t`; `text` is what `raw` is cut from, offset for offset. */
function targetsIn(t: string, text: string): Target[] {
  const mask = quotedMask(t);
  const targets: Target[] = [];
  let last: Target | undefined;
  // Most texts start nothing from a level: no figure of theirs is looked back from.
  const mayStartFrom = t.includes("从") || t.includes("由");
  const bounds = clauses(t, mask);
  for (let c = 0; c < bounds.length; c += 2) {
    const cs = bounds[c];
    const ce = bounds[c + 1];
    const quantities = scanQuantities(t, mask, cs, ce);
    if (quantities.length === 0) continue;
    // An intent word opening the clause governs every target in it ("争取A达到65%、B达到45%").
    const leadAt = cs + (t.slice(cs, ce).match(CONNECTORS)?.[0].length ?? 0);
    const leadIntent = wordStartingAt(t, leadAt, WORDS.intents);
    const clauseIntent = leadIntent ? { word: leadIntent, at: leadAt } : null;
    const drafts: Draft[] = [];
    let prevEnd = cs;
    // Where the words before a run of starting levels begin, and the 从/由 that ends them; -1 outside such a run.
    let levelsFrom = -1;
    let levelsMark = -1;
    for (let k = 0; k < quantities.length; k++) {
      const q = quantities[k];
      const limit = k + 1 < quantities.length ? quantities[k + 1].numStart : ce;
      let segStart = Math.min(prevEnd, q.numStart);
      // "、" and "和" join this target to the one before; at the clause start "和" may begin a word (和美乡村).
      const joiner = k > 0 ? JOINER : JOINER_AT_CLAUSE_START;
      while (segStart < q.numStart && joinerAt(joiner, t, segStart)) segStart++;
      const mark = mayStartFrom ? startingLevelMark(t, cs, ce, q) : -1;
      if (mark >= 0) {
        if (levelsMark < 0) levelsFrom = segStart;
        levelsMark = mark;
        prevEnd = q.end;
        continue;
      }
      const adj = adjacentBefore(t, segStart, q.numStart);
      const leftVerb = firstVerb(t, mask, segStart, adj.start);
      const after = phraseAfter(t, mask, q.end, limit);
      // "4个结构性指标均实现10%以上增长": the count names the things a later target is set for.
      if (after?.verb && q.unit.kind === "count" && k + 1 < quantities.length && GROUP_MARKS.has(t.charCodeAt(after.verb.at - 1))) {
        prevEnd = q.end;
        continue;
      }
      // "完成心理健康服务站提标改造9个": the clause opens with the action; the verb by the number names the work.
      const opens = !!leftVerb && !stripLeading(t.slice(segStart, leftVerb.at), WORDS.scope);
      const opener = adj.verb && !LEVEL_VERBS.has(adj.verb.word) && opens && leftVerb ? leftVerb : null;
      // "推动社会消费品零售总额增长5.5%": the opening verb only carries the sentence.
      const carrier = adj.verb && LEVEL_VERBS.has(adj.verb.word) && opens && leftVerb && CARRIER_VERBS.has(leftVerb.word);
      // After starting levels, the metric is what stands before their 从 ("将城镇、农村低保补差水平从…").
      const preMetric =
        levelsMark >= 0
          ? cleanMetric(stripOpening(t.slice(levelsFrom, levelsMark)).replace(DISPOSAL, ""))
          : opener && adj.verb
            ? cleanMetric(t.slice(opener.at + opener.word.length, adj.verb.at) + adj.verb.word)
            : carrier && leftVerb
              ? cleanMetric(t.slice(leftVerb.at + leftVerb.word.length, adj.start))
              : withBeneficiaryAction(cleanMetric(metricBefore(t, segStart, adj.start, adj.verb ?? leftVerb, !!adj.verb)), adj.verb);
      const distributive = adj.distributive || (levelsMark >= 0 && t.slice(segStart, q.numStart).includes("分别"));
      levelsMark = -1;
      const quoted = QUOTED.test(preMetric);
      // 40万吨标煤空间: the unit names the material the metric is about.
      const material = q.unit.baseUnit.length > 1 && q.unit.baseUnit.startsWith("吨") ? q.unit.baseUnit.slice(1) : "";
      // "清洁生产企业24家节水型企业方面已推动…": a name right before the number is its metric; the words after
      // the unit that run into a verb of their own open the next clause. A list before a count ("南湖、嘉善、桐乡3个
      // 省级…试点城市建设") is what is counted, not its name.
      const nextClause =
        after !== null &&
        after.verb !== null &&
        !adj.verb &&
        stripLeading(preMetric, WORDS.scope) !== "" &&
        !preMetric.includes("、") &&
        !wordEndingAt(t, after.verb.at, WORDS.trailingAdverbs);
      /** The phrase after the unit when it belongs to this target. */
      const own = nextClause ? null : after;
      let metric = own ? cleanMetric((quoted ? preMetric : "") + material + own.metric) : preMetric;
      const ownMetric = metric.replace(TIME_WORDS, "") !== "";
      const prev = drafts[drafts.length - 1]?.target;
      // "实际利用外资增长12%以上，达到25亿美元": a target with no words of its own continues the one before.
      const before = prev ?? (last && !SENTENCE_END.test(t.slice(last.end, q.numStart)) ? last : undefined);
      if (!ownMetric && before) metric = before.metric;

      let comparing = false;
      for (let w = 0; w < adj.quals.length && !comparing; w++) comparing = isComparing(adj.quals[w].word);
      const ownVerb = opener ?? adj.verb ?? leftVerb;
      const verb = ownVerb?.word ?? own?.verb?.word ?? (prev && !comparing ? prev.verb : "");

      const near = adj.quals.concat(q.quals);
      if (clauseIntent) near.push(clauseIntent);
      const qualifiers = qualifiersOf(t, mask, near, segStart, adj.start);

      const end = Math.max(q.end, own?.end ?? 0);
      const start = segStart;
      prevEnd = end;
      drafts.push({ ownMetric, ownVerb: !!ownVerb, distributive, preMetric, target: newTarget(metric, verb, q, qualifiers, text, start, end) });
    }
    spreadDistributive(drafts);
    for (let d = 0; d < drafts.length; d++) targets.push(drafts[d].target);
    last = targets[targets.length - 1];
  }
  return targets;
}
