// Entries carry a calendar day ("YYYY-MM-DD") in the writer's local time; these turn it into
// words a person would say, in the interface's language.
import * as clock from '../clock';

const LOCALE = 'en-GB';

const WEEKDAY_DAY_MONTH = new Intl.DateTimeFormat(LOCALE, {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
});

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

/** The local calendar day of `now` as "YYYY-MM-DD". */
export function localDay(now: Date = clock.now()): string {
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Whether `text` is a real day written as YYYY-MM-DD. */
export function isDay(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  // setUTCFullYear, unlike Date.UTC, takes the years 0 to 99 as written.
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Midnight local time of a "YYYY-MM-DD" day. */
export function parseDay(day: string): Date {
  const [year = NaN, month = NaN, date = NaN] = day.split('-').map(Number);
  // Set in two steps, as the Date constructor reads the years 0 to 99 as 1900 to 1999.
  const midnight = new Date(2000, 0, 1);
  midnight.setFullYear(year, month - 1, date);
  return midnight;
}

/** "Wednesday, 25 November", with the year added when it is not this year. */
export function dayLabel(day: string, now: Date = clock.now()): string {
  const date = parseDay(day);
  if (Number.isNaN(date.getTime())) return day;
  const parts = Object.fromEntries(
    WEEKDAY_DAY_MONTH.formatToParts(date).map((part) => [part.type, part.value]),
  );
  const label = `${parts.weekday}, ${parts.day} ${parts.month}`;
  return date.getFullYear() === now.getFullYear() ? label : `${label} ${date.getFullYear()}`;
}

/** "Today" and "Yesterday" where they are true, otherwise the day's label. */
export function relativeDayLabel(day: string, now: Date = clock.now()): string {
  if (day === localDay(now)) return 'Today';
  const yesterday = new Date(now.getFullYear(), now.getMonth(), now.getDate() - 1);
  if (day === localDay(yesterday)) return 'Yesterday';
  return dayLabel(day, now);
}

/** "14:05" for an RFC 3339 time, shown in this computer's time zone. */
export function timeLabel(rfc3339: string): string {
  const date = new Date(rfc3339);
  if (Number.isNaN(date.getTime())) return '';
  return `${pad(date.getHours())}:${pad(date.getMinutes())}`;
}
