// Stepping through the journal a written day at a time (Alt+← and Alt+→), from the day open in
// the editor or chosen in the calendar.
import type { EntrySummary } from '../bindings/EntrySummary';
import { addDays, addMonths, adjacentDay, dayOf, type Month } from './calendar-grid';

/** The days that have entries, oldest first, each once. */
export function writtenDays(entries: readonly EntrySummary[]): string[] {
  return [...new Set(entries.map((entry) => entry.day))].sort();
}

/** The newest entry of `day` (entries come newest first). */
export function entryOn(entries: readonly EntrySummary[], day: string): EntrySummary | undefined {
  return entries.find((entry) => entry.day === day);
}

/**
 * The written day to choose in the calendar: next to the chosen day, or, with none chosen, the
 * last one of the month on show (stepping back) or its first (stepping on), reaching into
 * other months when it has none.
 */
export function calendarStep(
  days: readonly string[],
  month: Month,
  chosen: string | null,
  direction: -1 | 1,
): string | undefined {
  if (chosen) return adjacentDay(days, chosen, direction);
  const edge =
    direction === -1 ? dayOf(addMonths(month, 1), 1) : addDays(dayOf(month, 1), -1);
  return adjacentDay(days, edge, direction);
}
