/**
 * Dates as a clerk types them, read into yyyy-mm-dd, and the days of a calendar page. The words a date is shown
 * in are the catalogue's (DateMessages.text); any of them reads back here, so a date shown can be edited as is.
 */

const MONTH_NAMES = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

import { dateParts, daysIn, isoDate, isRealDay } from "../../engine/dates";

export { dateParts, isoDate };

function real(year: number, month: number, day: number): string | null {
  return isRealDay(year, month, day) ? isoDate(year, month, day) : null;
}

/** A month's English name or its abbreviation (Jun, Sept), 1–12; NaN for other words. */
const monthOf = (name: string) => {
  const word = name.toLowerCase();
  const index = word.length < 3 ? -1 : MONTH_NAMES.findIndex((full) => full.startsWith(word));
  return index < 0 ? NaN : index + 1;
};

/**
 * A typed date as yyyy-mm-dd, or null when it is none: 2021-06-30, 2021/6/30, 2021.6.30, 20210630,
 * 2021年6月30日 (full-width digits too), 30 June 2021, June 30, 2021. A date without its year (6/30, 6月30日)
 * takes `year`, the sheet's, when given.
 */
export function parseDate(text: string, year?: number | null): string | null {
  // NFKC folds full-width digits and signs (２０２１／６／３０) into ASCII.
  const t = text.normalize("NFKC").trim().replace(/\s+/gu, " ");
  let m = /^(\d{4}) ?[-/.年] ?(\d{1,2}) ?[-/.月] ?(\d{1,2}) ?[日号]?$/u.exec(t) ?? /^(\d{4})(\d{2})(\d{2})$/u.exec(t);
  if (m) return real(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2}) ([a-z]+)\.?,? (\d{4})$/iu.exec(t);
  if (m) return real(Number(m[3]), monthOf(m[2]), Number(m[1]));
  m = /^([a-z]+)\.? (\d{1,2}),? (\d{4})$/iu.exec(t);
  if (m) return real(Number(m[3]), monthOf(m[1]), Number(m[2]));
  m = /^(\d{1,2}) ?[-/.月] ?(\d{1,2}) ?[日号]?$/u.exec(t);
  if (m && year) return real(year, Number(m[1]), Number(m[2]));
  return null;
}

/** The month after (or, with -1, before) a month. */
export function addMonths(year: number, month: number, by: number): { year: number; month: number } {
  const index = year * 12 + (month - 1) + by;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

/** A calendar page: its weeks, Monday first, each day yyyy-mm-dd or null before the first and after the last. */
export function monthWeeks(year: number, month: number): (string | null)[][] {
  // getUTCDay: Sunday 0; Monday first, so Monday is 0 and Sunday 6.
  const lead = (new Date(Date.UTC(year, month - 1, 1)).getUTCDay() + 6) % 7;
  const days: (string | null)[] = Array.from({ length: lead }, () => null);
  for (let day = 1; day <= daysIn(year, month); day++) days.push(isoDate(year, month, day));
  while (days.length % 7 !== 0) days.push(null);
  const weeks: (string | null)[][] = [];
  for (let i = 0; i < days.length; i += 7) weeks.push(days.slice(i, i + 7));
  return weeks;
}
