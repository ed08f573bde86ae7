// The lists of entries the journal screen shows: the latest few beside the editor, and the
// chosen day's or month's in the Journal. Each is asked for when it is first shown, then kept
// in step with every save and deletion in place, so ten years of entries never fill the page.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import * as api from '../api';
import type { Entry } from '../bindings/Entry';
import type { EntrySummary } from '../bindings/EntrySummary';
import { latestOnly } from '../search/latest-only';
import { periodAfter, recentAfter, summaryOf, type EntryChange, type Period } from './entry-lists';
import { RECENT_SHOWN } from './entry-list';

/** How many entries the journal holds, and the first day written about. */
export type Extent = { total: number; since: string | null };

type Shown = { key: string; entries: EntrySummary[] };

const keyOf = ({ month, day }: Period) => day ?? `${month.year}-${month.month}`;

export function useEntryLists(period: Period | null, onError: (reason: unknown) => void) {
  const [recent, setRecent] = useState<EntrySummary[] | null>(null);
  const [extent, setExtent] = useState<Extent | null>(null);
  const [shown, setShown] = useState<Shown | null>(null);
  /** Counts changes, for views that ask again for what they show (the calendar's marks). */
  const [revision, setRevision] = useState(0);
  const failed = useRef(onError);
  failed.current = onError;

  // An answer may have been read before a change that landed while it travelled; the changes
  // made meanwhile are applied to it too. Placing an entry twice changes nothing.
  const travelling = useRef(new Set<EntryChange[]>());
  const fetched = <T>(run: () => Promise<T>, land: (value: T, meanwhile: EntryChange[]) => void) => {
    const meanwhile: EntryChange[] = [];
    travelling.current.add(meanwhile);
    run()
      .then((value) => land(value, meanwhile), (reason) => failed.current(reason))
      .finally(() => travelling.current.delete(meanwhile));
  };

  // Kept beside the state so a change and the count that follows it see the same list.
  const latest = useRef<EntrySummary[] | null>(null);
  const showRecent = (entries: EntrySummary[] | null) => {
    latest.current = entries;
    setRecent(entries);
  };

  const filling = useRef(false);
  const fillRecent = () => {
    filling.current = true;
    fetched(
      () => api.recentEntries(RECENT_SHOWN).finally(() => (filling.current = false)),
      (found, meanwhile) => {
        showRecent(meanwhile.reduce((list, change) => recentAfter(list, RECENT_SHOWN, change), found.entries));
        if (meanwhile.length > 0) recount();
        else setExtent({ total: found.total, since: found.since });
      },
    );
  };

  // Counting is the Rust side's: a deletion or a move can change the first day in ways a
  // slice of the journal cannot tell. A deletion, or an entry moved back past the last one
  // listed, leaves the latest entries short; only then are they asked for again.
  const extents = useMemo(() => latestOnly(() => api.recentEntries(0)), []);
  const recount = () =>
    extents.request(
      null,
      (found) => {
        setExtent({ total: found.total, since: found.since });
        const shown = latest.current;
        if (shown && !filling.current && shown.length < Math.min(RECENT_SHOWN, found.total)) fillRecent();
      },
      failed.current,
    );

  useEffect(fillRecent, []);

  const periodKey = period && keyOf(period);
  useEffect(() => {
    // What was shown before may have changed while the Journal was closed.
    if (!period) return setShown(null);
    let live = true;
    const { month, day } = period;
    fetched(
      () => (day ? api.entriesOn(day) : api.entriesInMonth(month.year, month.month)),
      (found, meanwhile) => {
        if (!live) return;
        const entries = meanwhile.reduce((list, change) => periodAfter(list, period, change), found);
        setShown({ key: keyOf(period), entries });
      },
    );
    return () => {
      live = false;
    };
  }, [periodKey]);

  const follow = (change: EntryChange) => {
    for (const meanwhile of travelling.current) meanwhile.push(change);
    showRecent(latest.current && recentAfter(latest.current, RECENT_SHOWN, change));
    if (period) {
      const key = keyOf(period);
      setShown((was) => (was?.key === key ? { key, entries: periodAfter(was.entries, period, change) } : was));
    }
    setRevision((count) => count + 1);
    recount();
  };

  return {
    /** The latest entries, newest first; null until they arrive. */
    recent,
    extent,
    /** The entries of `period`, once they have arrived. */
    shown: shown && periodKey === shown.key ? shown.entries : null,
    revision,
    saved: (entry: Entry) => follow({ kind: 'saved', entry: summaryOf(entry) }),
    deleted: (id: string) => follow({ kind: 'deleted', id }),
  };
}
