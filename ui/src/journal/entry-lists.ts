// The lists of entries the screens show are slices of the journal in the order the Rust side
// lists it: newest day first, and within a day the latest begun first. A save or a deletion
// changes them here, in place, rather than asking for them again.
import type { Entry } from '../bindings/Entry';
import type { EntrySummary } from '../bindings/EntrySummary';
import { dayOf, type Month } from '../browse/calendar-grid';

/** What the Journal lists beside the calendar: a chosen day, or else the month on show. */
export type Period = { month: Month; day: string | null };

/** A change to the journal the lists must follow. */
export type EntryChange = { kind: 'saved'; entry: EntrySummary } | { kind: 'deleted'; id: string };

/** How many characters of an entry a summary shows, as the Rust side cuts them. */
const PREVIEW_CHARS = 140;

/** The same summary the Rust side lists for `entry`: its opening words and how many it has. */
export function summaryOf(entry: Entry): EntrySummary {
  const { text, ...rest } = entry;
  const words = text.split(/\p{White_Space}+/u).filter(Boolean);
  // Cut on characters, not UTF-16 units, so an emoji is never split.
  const chars = Array.from(words.join(' '));
  const preview =
    chars.length > PREVIEW_CHARS ? `${chars.slice(0, PREVIEW_CHARS - 1).join('')}…` : chars.join('');
  return { ...rest, preview, words: words.length };
}

/** An instant in milliseconds; the Rust side writes nanoseconds, which Date does not read everywhere. */
function instant(stamp: string): number {
  return Date.parse(stamp.replace(/(\.\d{3})\d+/, '$1'));
}

/** Negative when `a` is listed before `b`. */
export function listedOrder(a: EntrySummary, b: EntrySummary): number {
  if (a.day !== b.day) return a.day < b.day ? 1 : -1;
  const begun = instant(b.created) - instant(a.created);
  if (begun !== 0) return begun;
  return a.id === b.id ? 0 : a.id < b.id ? 1 : -1;
}

export function withoutEntry(list: readonly EntrySummary[], id: string): EntrySummary[] {
  return list.filter((entry) => entry.id !== id);
}

/**
 * The list with `entry` in its place, replacing any older copy; a list of the first `limit`
 * entries keeps to them. Placing the same entry twice gives the same list.
 */
export function placeEntry(list: readonly EntrySummary[], entry: EntrySummary, limit = Infinity): EntrySummary[] {
  const rest = withoutEntry(list, entry.id);
  const last = list.at(-1);
  // A full list knows nothing of the entries after its last: one that goes there is let go.
  if (list.length >= limit && last && listedOrder(entry, last) > 0) return rest;
  const after = rest.findIndex((other) => listedOrder(entry, other) < 0);
  const at = after < 0 ? rest.length : after;
  return [...rest.slice(0, at), entry, ...rest.slice(at)].slice(0, limit);
}

export function inPeriod(day: string, { month, day: chosen }: Period): boolean {
  return chosen ? day === chosen : day.startsWith(dayOf(month, 1).slice(0, 8));
}

/** A list of every entry in `period`, after `change`. */
export function periodAfter(list: readonly EntrySummary[], period: Period, change: EntryChange): EntrySummary[] {
  if (change.kind === 'deleted') return withoutEntry(list, change.id);
  return inPeriod(change.entry.day, period) ? placeEntry(list, change.entry) : withoutEntry(list, change.entry.id);
}

/** A list of the latest `limit` entries, after `change`; it may come up short, never wrong. */
export function recentAfter(list: readonly EntrySummary[], limit: number, change: EntryChange): EntrySummary[] {
  return change.kind === 'deleted' ? withoutEntry(list, change.id) : placeEntry(list, change.entry, limit);
}
