import { parseChineseNumeral, toHalfWidth } from "../targets";

/**
 * 序时进度 (time-proportional pace): by the end of month m, m/12 of an annual quantity is expected. The as-of
 * date is given, or read from the title (上半年 → 6-30, 截至10月15日 → 10-15), or from the progress texts
 * (截至6月底, 1-6月).
 */
export type AsOfSource = "given" | "title" | "text" | "none";

export interface AsOf {
  /** ISO date (yyyy-mm-dd) or null when nothing says when the report was made, or in which year. */
  date: string | null;
  /** The month and day ("06-30") when the period is known but no year is written anywhere (date is then null). */
  monthDay?: string;
  /** Share of the year elapsed, 0–1; null without a date. */
  pace: number | null;
  /** "title" also when read from the sheet's or the file's name, which stand in for a title. */
  source: AsOfSource;
  /** The words the date was read from ("上半年"), for the reviewer. */
  evidence?: string;
}

const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
const iso = (year: number, month: number, day: number) => `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;

/** The share of the year elapsed at a date: months elapsed plus the part of the current month. */
export function paceAt(year: number, month: number, day: number): number {
  return Math.min(1, Math.max(0, (month - 1 + day / daysIn(year, month)) / 12));
}

/** The period a text names: the month it ends in, the day when the text names one, the year when it does. */
export interface PeriodEnd {
  month: number;
  /** 截至10月15日 → 15; absent for a whole month (1-8月, 一季度), which ends on its last day. */
  day?: number;
  /** 截至2024年10月31日 → 2024; absent when the phrase names none. */
  year?: number;
  /** The words it was read from, as written. */
  words: string;
}

/**
 * Where a period phrase may be read: a title (and a sheet's or file's name) says what the report covers, so
 * "2024年4月" or "4月份" there is a monthly report; in a progress text they are dates of events and not read.
 */
export type PeriodScope = "title" | "text";

/** Digits of either width: a progress text is read as written (turning each to half width costs more than this). */
const DIGIT = String.raw`[\d０-９]`;
const NUMERAL = String.raw`(${DIGIT}{1,2}|[一二三四五六七八九十]{1,3})`;
const YEAR = String.raw`(?:(20\d{2})\s*年\s*)?`;
/** A month or day number in digits or Chinese (十一, 三十一); NaN when it is neither. */
const numberOf = (text: string) => (/^[\d０-９]+$/u.test(text) ? Number(toHalfWidth(text)) : (parseChineseNumeral(text) ?? NaN));
/** A period without the fields its phrase does not name. */
function periodOf(month: number, day?: string, year?: string): Omit<PeriodEnd, "words"> {
  if (day === undefined) return year === undefined ? { month } : { month, year: Number(year) };
  return year === undefined ? { month, day: numberOf(day) } : { month, day: numberOf(day), year: Number(year) };
}

/**
 * Characters a period phrase is made of, as bits: they say which patterns could match a text, and most progress
 * texts (long, with 一 and 1 everywhere, and 月 in many) run few or none of them.
 */
const MONTH = 1;
const CUTOFF = 2;
const DAY = 4;
const RANGE = 8;
const QUARTER = 16;
const HALF = 32;
const YEAR_MARK = 64;
const END = 128;
const FEN = 256;

/** Which marks a text has, by the engine's own search (a loop over a long text's characters costs more). */
function marksOf(text: string): number {
  let marks = 0;
  // Days, ranges, 底 and 份 are read only beside a 月.
  if (text.includes("月")) {
    marks |= MONTH;
    if (text.includes("日") || text.includes("号")) marks |= DAY;
    if (RANGE_CHARACTER.test(text)) marks |= RANGE;
    if (text.includes("底") || text.includes("末")) marks |= END;
    if (text.includes("份")) marks |= FEN;
  }
  if (text.includes("截")) marks |= CUTOFF;
  if (text.includes("季")) marks |= QUARTER;
  if (text.includes("半")) marks |= HALF;
  if (text.includes("年")) marks |= YEAR_MARK;
  return marks;
}

const RANGE_CHARACTER = /[-—–~～－至到]/u;

interface PeriodPattern {
  /** The marks (see MARKS) the pattern cannot match without, all of them. */
  marks: number;
  /** Words it cannot match without, one of them, where its marks are common ("1月1日" among many 日). */
  words?: readonly string[];
  pattern: RegExp;
  /** Read in titles only (see PeriodScope). */
  titleOnly?: boolean;
  read: (match: RegExpExecArray) => Omit<PeriodEnd, "words">;
}

const month = (m: number) => () => ({ month: m });

/** Most specific first: a title "2022年度…进度表(截至10月31日)" is as of 10-31, not the year's end. */
const PERIOD_PATTERNS: readonly PeriodPattern[] = [
  // 截至10月31日 / 截止2024年10月15日 / 截至十月三十一日
  {
    marks: CUTOFF | MONTH | DAY,
    pattern: new RegExp(String.raw`(?:截至|截止)(?:到|至)?\s*${YEAR}${NUMERAL}\s*月\s*${NUMERAL}\s*[日号]`, "u"),
    read: (m) => periodOf(numberOf(m[2]), m[3], m[1]),
  },
  // 1月1日至10月15日
  {
    marks: MONTH | DAY | RANGE,
    words: ["月1", "月一", "月 1", "月１"],
    pattern: new RegExp(
      String.raw`(?<![\d０-９.．十])(?:[1１]|一)\s*月\s*(?:[1１]|一)\s*[日号]?\s*[-—–~～－至到]\s*${YEAR}${NUMERAL}\s*月\s*${NUMERAL}\s*[日号]`,
      "u",
    ),
    read: (m) => periodOf(numberOf(m[2]), m[3], m[1]),
  },
  // 2024年4月15日 as a title: the report's date
  {
    marks: YEAR_MARK | MONTH | DAY,
    pattern: new RegExp(String.raw`(20\d{2})\s*年\s*${NUMERAL}\s*月\s*${NUMERAL}\s*[日号]`, "u"),
    titleOnly: true,
    read: (m) => periodOf(numberOf(m[2]), m[3], m[1]),
  },
  // 1-8月 / 1—8月 / 1至8月 / 1月-8月份
  {
    marks: MONTH | RANGE,
    pattern: new RegExp(String.raw`(?<![\d０-９.．])[1１]\s*月?\s*[-—–~～－至到]\s*(${DIGIT}{1,2})\s*月`, "u"),
    read: (m) => ({ month: numberOf(m[1]) }),
  },
  // 一至八月 / 一月至八月: "一" is in most texts, "一至" / "一月" in few
  {
    marks: MONTH | RANGE,
    words: ["一至", "一到", "一月", "一—", "一-", "一－"],
    pattern: /(?<!十)一\s*月?\s*[-—–~～－至到]\s*([一二三四五六七八九十]{1,3})\s*月/u,
    read: (m) => ({ month: numberOf(m[1]) }),
  },
  // 截至8月底 / 截止8月 / 截至八月末
  {
    marks: CUTOFF | MONTH,
    pattern: new RegExp(String.raw`(?:截至|截止)(?:到|至)?\s*${YEAR}${NUMERAL}\s*月(?:份|底|末)?`, "u"),
    read: (m) => periodOf(numberOf(m[2]), undefined, m[1]),
  },
  // 2024年4月 as a title: a monthly report
  {
    marks: YEAR_MARK | MONTH,
    pattern: new RegExp(String.raw`(20\d{2})\s*年\s*${NUMERAL}\s*月`, "u"),
    titleOnly: true,
    read: (m) => periodOf(numberOf(m[2]), undefined, m[1]),
  },
  // 4月份 as a title
  { marks: MONTH | FEN, pattern: new RegExp(String.raw`(?<![\d.])${NUMERAL}\s*月份`, "u"), titleOnly: true, read: (m) => ({ month: numberOf(m[1]) }) },
  // 6月底 / 八月末
  {
    marks: MONTH | END,
    words: ["月底", "月末", "月 底"],
    pattern: new RegExp(String.raw`(?<![\d０-９.．])${NUMERAL}\s*月\s*[底末]`, "u"),
    read: (m) => ({ month: numberOf(m[1]) }),
  },
  { marks: QUARTER, pattern: /前三季度|第三季度|三季度|(?<![\d.])3\s*季度/u, read: month(9) },
  { marks: HALF, pattern: /上半年|半年度/u, read: month(6) },
  { marks: QUARTER, pattern: /第二季度|二季度|(?<![\d.])2\s*季度/u, read: month(6) },
  { marks: QUARTER, pattern: /第一季度|一季度|(?<![\d.])1\s*季度/u, read: month(3) },
  // The year's end, in a title: a text's 全年 is the year's plan, and its vote would be left out anyway.
  { marks: QUARTER, pattern: /第四季度|四季度|(?<![\d.])4\s*季度/u, titleOnly: true, read: month(12) },
  { marks: YEAR_MARK, pattern: /下半年|全年|年度(?:总结|报告)/u, titleOnly: true, read: month(12) },
  { marks: HALF, pattern: /半年/u, titleOnly: true, read: month(6) },
  // 4月 as a title ("重点项目6月推进情况"), after every other form
  {
    marks: MONTH,
    pattern: new RegExp(String.raw`(?<![\d.年])${NUMERAL}\s*月(?!\s*${NUMERAL}\s*[日号])`, "u"),
    titleOnly: true,
    read: (m) => ({ month: numberOf(m[1]) }),
  },
];

/** A title that says only 年度 ("2023年度民生实事进展") speaks for the year's end, unless its texts say sooner. */
const YEAR_END_IN_TITLE = /年度/u;

/**
 * The period a title or phrase names, as the month it ends in (and the day, when it names one); null when it
 * names none. `scope` "text" leaves out the forms that only a title can mean.
 */
export function periodEndMonth(text: string, scope: PeriodScope = "title"): PeriodEnd | null {
  const marks = marksOf(text);
  // A text's 全年 / 年度 is the year's end, which a text's vote leaves out: without 月, 季 or 半 it names nothing.
  if ((marks & (MONTH | QUARTER | HALF)) === 0 && (scope === "text" || (marks & YEAR_MARK) === 0)) return null;
  // A title is short and read once: its full-width digits and signs are folded for every pattern.
  let subject: string | null = scope === "text" ? text : null;
  for (let p = 0; p < PERIOD_PATTERNS.length; p++) {
    const { marks: needed, words, pattern, titleOnly, read } = PERIOD_PATTERNS[p];
    if ((titleOnly && scope === "text") || (marks & needed) !== needed || (words !== undefined && !includesAny(text, words))) continue;
    subject ??= toHalfWidth(text);
    const match = pattern.exec(subject);
    if (match === null) continue;
    const period = read(match);
    if (!(period.month >= 1 && period.month <= 12)) continue;
    if (period.day !== undefined && !(period.day >= 1 && period.day <= 31)) continue;
    return { ...period, words: match[0] };
  }
  return null;
}

function includesAny(text: string, words: readonly string[]): boolean {
  for (let i = 0; i < words.length; i++) if (text.includes(words[i])) return true;
  return false;
}

/** The first year 20xx a name or title gives, standing alone ("2024年", "进度表2022.xlsx"), else null. */
function yearIn(text: string | null | undefined): number | null {
  const match = text ? STANDALONE_YEAR.exec(text) : null;
  return match ? Number(match[1]) : null;
}

const STANDALONE_YEAR = /(?<!\d)(20\d{2})(?!\d)/u;

/**
 * The as-of date a period stands for in the report's year; a date past that year is its whole year (pace 1).
 * Without any year the pace is still the period's (a common year's), and the date is left unsaid: a year made
 * up (this one) would be a wrong figure.
 */
function asOfPeriod(period: PeriodEnd, reportYear: number | null, source: AsOfSource): AsOf {
  const year = period.year ?? reportYear;
  const calendar = year ?? COMMON_YEAR;
  const day = Math.min(period.day ?? daysIn(calendar, period.month), daysIn(calendar, period.month));
  const pace = year !== null && reportYear !== null && year > reportYear ? 1 : paceAt(calendar, period.month, day);
  if (year === null) return { date: null, monthDay: iso(calendar, period.month, day).slice(5), pace, source, evidence: period.words };
  return { date: iso(year, period.month, day), pace, source, evidence: period.words };
}

/** A year that is not a leap year, for a period whose year no text names. */
const COMMON_YEAR = 2001;

/** The year most texts of the sheet name ("2022年省政府民生实事"), or null: the last source of the report's year. */
function commonYear(texts: readonly string[]): number | null {
  const counts = new Map<number, number>();
  for (const text of texts) {
    for (const match of text.matchAll(YEAR_IN_TEXT)) counts.set(Number(match[1]), (counts.get(Number(match[1])) ?? 0) + 1);
  }
  let best: number | null = null;
  for (const [year, count] of counts) if (best === null || count > (counts.get(best) ?? 0) || (count === counts.get(best) && year > best)) best = year;
  return best;
}

const YEAR_IN_TEXT = /(?<!\d)(20\d{2})\s*年/gu;

/**
 * The as-of date from, in order: the date given; the period the title names, else the sheet's name, else the
 * file's name, else the period headers; the most common period named in the progress texts; a title that says
 * only 年度 (year end).
 * The year is the one the title names, else the given fallback, the sheet's name, the file's name, the year the
 * sheet's texts name most, the period phrase itself; with none, the date is left unsaid (monthDay).
 */
export function resolveAsOf(input: {
  given?: string;
  title?: string | null;
  texts?: readonly string[];
  year?: number | null;
  sheetName?: string | null;
  fileName?: string | null;
  /** Headers of the progress, done and rate columns: "1-11月推进情况", "8月计划进度", "截至6月底进展". */
  headers?: readonly string[];
  /** Other texts of the sheet (its tasks): where a year is named when nothing else names one. */
  otherTexts?: readonly string[];
}): AsOf {
  if (input.given) {
    const match = /^(\d{4})-(\d{1,2})-(\d{1,2})$/u.exec(input.given.trim());
    if (match) {
      const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
      if (m >= 1 && m <= 12 && d >= 1 && d <= daysIn(y, m)) return { date: iso(y, m, d), pace: paceAt(y, m, d), source: "given", evidence: input.given };
    }
  }
  // The sheet's own texts name the year last: a figure's year in a progress text is often another year's.
  const namedYear =
    yearIn(input.title) ?? input.year ?? yearIn(input.sheetName) ?? yearIn(input.fileName) ?? commonYear([...(input.otherTexts ?? []), ...(input.texts ?? [])]);
  // The column headers of a report read like its title where the title names no period ("1-11月推进情况").
  const names = [input.title, input.sheetName, input.fileName, ...latestFirst(input.headers ?? [])];
  for (const name of names) {
    const period = name ? periodEndMonth(name, "title") : null;
    if (period) return asOfPeriod(period, namedYear ?? period.year ?? null, "title");
  }
  const fromTexts = mostCommonPeriod(input.texts ?? []);
  if (fromTexts) {
    // A year in a progress text is often another year's figure ("2023年1-6月"): the report's own year wins.
    const period = namedYear === null ? fromTexts : { ...fromTexts, year: namedYear };
    return asOfPeriod(period, period.year ?? null, "text");
  }
  for (const name of names) {
    const yearEnd = name ? YEAR_END_IN_TITLE.exec(name) : null;
    if (yearEnd) return asOfPeriod({ month: 12, words: yearEnd[0] }, namedYear, "title");
  }
  return { date: null, pace: null, source: "none" };
}

/**
 * The period most progress texts name (a later one among equally common), short of the year's end: a text's
 * 全年 is the year's plan, not the report's date.
 */
function mostCommonPeriod(texts: readonly string[]): PeriodEnd | null {
  const votes = new Map<number, { count: number; period: PeriodEnd }>();
  for (let t = 0; t < texts.length; t++) {
    const found = periodEndMonth(texts[t], "text");
    if (found === null || found.month >= 12) continue;
    // yyyymmdd, a whole month as day 99: the key orders the periods too.
    const key = (found.year ?? 0) * 10000 + found.month * 100 + (found.day ?? 99);
    const vote = votes.get(key);
    if (vote) vote.count++;
    else votes.set(key, { count: 1, period: found });
  }
  let best: PeriodEnd | null = null;
  let bestCount = 0;
  let bestKey = -1;
  for (const [key, vote] of votes) {
    if (vote.count > bestCount || (vote.count === bestCount && key > bestKey)) {
      best = vote.period;
      bestCount = vote.count;
      bestKey = key;
    }
  }
  return best;
}

/** Headers right to left: a report adds each period's column to the right of the last (1-10月 | 1-11月). */
function latestFirst(headers: readonly string[]): string[] {
  return [...headers].reverse();
}

/** Whether an --as-of value is a real date (yyyy-mm-dd). */
export function isAsOfDate(text: string): boolean {
  return resolveAsOf({ given: text }).source === "given";
}
