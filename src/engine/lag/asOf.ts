/**
 * 序时进度 (time-proportional pace): by the end of month m, m/12 of an annual quantity is expected. The as-of
 * date is given, or read from the title (上半年 → 6-30), or from the progress texts (截至6月底, 1-6月).
 */
export type AsOfSource = "given" | "title" | "text" | "none";

export interface AsOf {
  /** ISO date (yyyy-mm-dd) or null when nothing says when the report was made. */
  date: string | null;
  /** Share of the year elapsed, 0–1; null without a date. */
  pace: number | null;
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

function monthEnd(year: number, month: number, source: AsOfSource, evidence: string): AsOf {
  const day = daysIn(year, month);
  return { date: iso(year, month, day), pace: paceAt(year, month, day), source, evidence };
}

const CHINESE_MONTHS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10, 十一: 11, 十二: 12 };
const monthNumber = (text: string) => (/^\d+$/u.test(text) ? Number(text) : CHINESE_MONTHS[text] ?? NaN);

/** The period a title or phrase names, as the month it ends in; null when it names none. */
export function periodEndMonth(text: string): { month: number; words: string } | null {
  const patterns: [RegExp, (m: RegExpMatchArray) => number][] = [
    [/前三季度|三季度末/u, () => 9],
    [/上半年|半年度|二季度末/u, () => 6],
    [/一季度|第一季度/u, () => 3],
    [/1\s*[-—–~至到]\s*(\d{1,2})\s*月/u, (m) => Number(m[1])],
    [/一至([一二三四五六七八九十]{1,2})月/u, (m) => monthNumber(m[1])],
    [/截至\s*(\d{1,2}|[一二三四五六七八九十]{1,2})\s*月底?/u, (m) => monthNumber(m[1])],
    [/(\d{1,2})\s*月底/u, (m) => Number(m[1])],
    [/全年|年度(总结|报告)/u, () => 12],
  ];
  for (const [pattern, month] of patterns) {
    const match = pattern.exec(text);
    if (match) {
      const m = month(match);
      if (m >= 1 && m <= 12) return { month: m, words: match[0] };
    }
  }
  return null;
}

/**
 * The as-of date from, in order: the date given, the title, the most common period named in the progress
 * texts. The year is the one the title names, else the given fallback.
 */
export function resolveAsOf(input: { given?: string; title?: string | null; texts?: readonly string[]; year?: number | null }): AsOf {
  const year = input.year ?? Number(/(20\d{2})/u.exec(input.title ?? "")?.[1] ?? new Date().getUTCFullYear());
  if (input.given) {
    const match = /^(\d{4})-(\d{1,2})-(\d{1,2})$/u.exec(input.given.trim());
    if (match) {
      const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
      if (m >= 1 && m <= 12 && d >= 1 && d <= daysIn(y, m)) return { date: iso(y, m, d), pace: paceAt(y, m, d), source: "given", evidence: input.given };
    }
  }
  const fromTitle = input.title ? periodEndMonth(input.title) : null;
  if (fromTitle) return monthEnd(year, fromTitle.month, "title", fromTitle.words);
  const votes = new Map<number, { count: number; words: string }>();
  for (const text of input.texts ?? []) {
    const found = periodEndMonth(text);
    if (found && found.month < 12) {
      const vote = votes.get(found.month) ?? { count: 0, words: found.words };
      vote.count++;
      votes.set(found.month, vote);
    }
  }
  const best = [...votes.entries()].sort((a, b) => b[1].count - a[1].count || b[0] - a[0])[0];
  if (best) return monthEnd(year, best[0], "text", best[1].words);
  return { date: null, pace: null, source: "none" };
}

/** Whether an --as-of value is a real date (yyyy-mm-dd). */
export function isAsOfDate(text: string): boolean {
  return resolveAsOf({ given: text }).source === "given";
}
