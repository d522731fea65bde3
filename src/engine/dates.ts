/** Days as yyyy-mm-dd, the one form dates take between the layers (settings, --as-of, the tabs' titles). */

/** How many days the month has. */
export const daysIn = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** yyyy-mm-dd of a day, zero-padded. */
export const isoDate = (year: number, month: number, day: number): string => `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;

/** Whether year-month-day is a day of the calendar (no 6月31日, 29 February in leap years only). */
export const isRealDay = (year: number, month: number, day: number): boolean => month >= 1 && month <= 12 && day >= 1 && day <= daysIn(year, month);

/** The year, month and day of yyyy-mm-dd, or null when it is not a real day. */
export function dateParts(iso: string): { year: number; month: number; day: number } | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(iso);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return isRealDay(year, month, day) ? { year, month, day } : null;
}

/** yyyy-mm-dd as a clerk writes a date: 2021年6月30日. */
export function chineseDate(iso: string): string {
  const [y, m, d] = iso.split("-").map(Number);
  return `${y}年${m}月${d}日`;
}

/** A moment's day as yyyy-mm-dd in local time: the day on the clerk's calendar, not UTC's. */
export const localIsoDate = (date: Date): string => isoDate(date.getFullYear(), date.getMonth() + 1, date.getDate());
