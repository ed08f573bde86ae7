// Days, weeks and months of the progress records, in words a person would say.
import { localDay, parseDay } from '../journal/dates';
import { addDays } from '../browse/calendar-grid';
import * as clock from '../clock';

const LOCALE = 'en-GB';
const DAY_MONTH = new Intl.DateTimeFormat(LOCALE, { day: 'numeric', month: 'long' });
const SHORT_DAY = new Intl.DateTimeFormat(LOCALE, { weekday: 'short', day: 'numeric', month: 'short' });
const MONTH_YEAR = new Intl.DateTimeFormat(LOCALE, { month: 'long', year: 'numeric' });
const SHORT_MONTH = new Intl.DateTimeFormat(LOCALE, { month: 'short' });

const yearOf = (day: string) => Number(day.slice(0, 4));

/** "3 November", with the year when it is not this year's. */
export function dateLabel(day: string, now: Date = clock.now()): string {
  const date = parseDay(day);
  if (Number.isNaN(date.getTime())) return day;
  const label = DAY_MONTH.format(date);
  return yearOf(day) === now.getFullYear() ? label : `${label} ${yearOf(day)}`;
}

/** "Today", "Yesterday", or "Mon 3 Nov" (with the year when it is not this year's). */
export function shortDayLabel(day: string, now: Date = clock.now()): string {
  if (day === localDay(now)) return 'Today';
  if (day === addDays(localDay(now), -1)) return 'Yesterday';
  const date = parseDay(day);
  if (Number.isNaN(date.getTime())) return day;
  const label = SHORT_DAY.format(date).replace(',', '');
  return yearOf(day) === now.getFullYear() ? label : `${label} ${yearOf(day)}`;
}

/** The Monday of the week holding `day`. */
export function weekStart(day: string): string {
  const weekday = (parseDay(day).getDay() + 6) % 7;
  return addDays(day, -weekday);
}

/** "This week", "Last week", or "Week of 3 November" for the week beginning on Monday `start`. */
export function weekLabel(start: string, now: Date = clock.now()): string {
  const thisWeek = weekStart(localDay(now));
  if (start === thisWeek) return 'This week';
  if (start === addDays(thisWeek, -7)) return 'Last week';
  return `Week of ${dateLabel(start, now)}`;
}

/** "March 2025" for a month's first day. */
export function monthLabel(month: string): string {
  const date = parseDay(month);
  return Number.isNaN(date.getTime()) ? month : MONTH_YEAR.format(date);
}

/** "Mar" for a month's first day, with the year's last two digits in January: "Jan 26". */
export function shortMonthLabel(month: string): string {
  const date = parseDay(month);
  if (Number.isNaN(date.getTime())) return month;
  const name = SHORT_MONTH.format(date);
  return date.getMonth() === 0 ? `${name} ${String(date.getFullYear()).slice(2)}` : name;
}

/** "1 win", "3 wins". */
export function countOf(count: number, one: string, many: string): string {
  return `${count.toLocaleString(LOCALE)} ${count === 1 ? one : many}`;
}

/** "40 minutes", "1 hour", "2 h 10 min": how long something took. */
export function minutesLabel(minutes: number): string {
  const whole = Math.round(minutes);
  if (whole < 60) return countOf(whole, 'minute', 'minutes');
  const hours = Math.floor(whole / 60);
  const rest = whole % 60;
  if (rest === 0) return countOf(hours, 'hour', 'hours');
  return `${hours} h ${rest} min`;
}
