// The arithmetic of a month calendar on "YYYY-MM-DD" days. Days are computed in UTC so that a
// clock change never skips or repeats one; weeks start on Monday.

/** A month of a year; `month` runs from 1 to 12. */
export type Month = { year: number; month: number };

const pad = (value: number) => String(value).padStart(2, '0');

function toDay(date: Date): string {
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

function fromDay(day: string): Date {
  const [year = NaN, month = NaN, date = NaN] = day.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, date));
}

export function dayOf(month: Month, date: number): string {
  return `${String(month.year).padStart(4, '0')}-${pad(month.month)}-${pad(date)}`;
}

export function daysInMonth({ year, month }: Month): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** 0 for Monday to 6 for Sunday. */
export function weekdayIndex(day: string): number {
  return (fromDay(day).getUTCDay() + 6) % 7;
}

/**
 * The month as weeks of seven days, Monday first. Places before the 1st and after the last day
 * are null, so each week has exactly seven places; a month spans four to six weeks.
 */
export function monthGrid(month: Month): (string | null)[][] {
  const lead = weekdayIndex(dayOf(month, 1));
  const length = daysInMonth(month);
  const places: (string | null)[] = Array.from({ length: lead }, () => null);
  for (let date = 1; date <= length; date += 1) places.push(dayOf(month, date));
  while (places.length % 7 !== 0) places.push(null);
  const weeks: (string | null)[][] = [];
  for (let at = 0; at < places.length; at += 7) weeks.push(places.slice(at, at + 7));
  return weeks;
}

export function monthOf(day: string): Month {
  const [year = NaN, month = NaN] = day.split('-').map(Number);
  return { year, month };
}

export function addMonths({ year, month }: Month, count: number): Month {
  const index = year * 12 + (month - 1) + count;
  return { year: Math.floor(index / 12), month: (((index % 12) + 12) % 12) + 1 };
}

export function sameMonth(a: Month, b: Month): boolean {
  return a.year === b.year && a.month === b.month;
}

/** The day `count` days after `day` (before, when negative). */
export function addDays(day: string, count: number): string {
  const date = fromDay(day);
  date.setUTCDate(date.getUTCDate() + count);
  return toDay(date);
}

/** The same date `count` months on, kept within the shorter month (31 January → 28 February). */
export function addMonthsToDay(day: string, count: number): string {
  const target = addMonths(monthOf(day), count);
  const date = Math.min(Number(day.slice(8, 10)), daysInMonth(target));
  return dayOf(target, date);
}

const MONTH_TITLE = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });
const WEEKDAY = new Intl.DateTimeFormat('en-GB', { weekday: 'long', timeZone: 'UTC' });

/** "November 2026". */
export function monthTitle(month: Month): string {
  return MONTH_TITLE.format(new Date(Date.UTC(month.year, month.month - 1, 1)));
}

/** Monday to Sunday, in full and as two letters. */
export const WEEKDAYS: readonly { name: string; short: string }[] = Array.from({ length: 7 }, (_, i) => {
  // 1 January 2024 was a Monday.
  const name = WEEKDAY.format(new Date(Date.UTC(2024, 0, 1 + i)));
  return { name, short: name.slice(0, 2) };
});
