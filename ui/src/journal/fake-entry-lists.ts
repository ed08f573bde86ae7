// For tests: the Rust side's lists of entries, answered from memory in the order it lists them.
import type { EntrySummary } from '../bindings/EntrySummary';
import { listedOrder } from './entry-lists';

type Answers = Record<string, (args: Record<string, unknown>) => unknown>;

/** Answers to the list commands over whatever `summaries` holds when each is asked. */
export function fakeEntryLists(summaries: () => readonly EntrySummary[]): Answers {
  const listed = () => [...summaries()].sort(listedOrder);
  const days = () => listed().map((entry) => entry.day);
  return {
    recent_entries: ({ limit }) => {
      const all = listed();
      return { entries: all.slice(0, Number(limit)), total: all.length, since: all.at(-1)?.day ?? null };
    },
    entries_on: ({ day }) => listed().filter((entry) => entry.day === day),
    entries_in_month: ({ year, month }) => {
      const prefix = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-`;
      return listed().filter((entry) => entry.day.startsWith(prefix));
    },
    written_day_before: ({ day }) => days().find((other) => other < String(day)) ?? null,
    written_day_after: ({ day }) => days().reverse().find((other) => other > String(day)) ?? null,
  };
}
