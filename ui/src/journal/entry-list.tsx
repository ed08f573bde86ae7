import { useLayoutEffect } from 'preact/hooks';
import type { EntrySummary } from '../bindings/EntrySummary';
import * as clock from '../clock';
import { painted } from '../perf/marks';
import { relativeDayLabel } from './dates';

/** The sidebar shows the latest entries only; the Journal holds every one, a month at a time. */
export const RECENT_SHOWN = 30;

type Props = {
  /** The latest entries, newest first, at most RECENT_SHOWN of them. */
  entries: readonly EntrySummary[];
  /** How many entries the journal holds. */
  total: number;
  openId: string | null;
  onOpen: (id: string) => void;
  /** Opens the Journal, where the entries beyond the recent ones are. */
  onShowAll: () => void;
};

export function EntryList({ entries, total, openId, onOpen, onShowAll }: Props) {
  useLayoutEffect(() => {
    painted('unlock-entries');
    painted('save-entries');
  }, [entries]);
  const now = clock.now();
  if (entries.length === 0) {
    return (
      <p class="entry-list-empty" data-testid="entry-list">
        Your entries will gather here, newest first.
      </p>
    );
  }
  return (
    <ul class="entry-list" data-testid="entry-list">
      {entries.map((entry) => (
        <li key={entry.id}>
          <button
            type="button"
            class="entry-item"
            aria-current={entry.id === openId ? 'true' : undefined}
            onClick={() => onOpen(entry.id)}
            data-testid="entry-item"
          >
            <span class="entry-item-day">{relativeDayLabel(entry.day, now)}</span>
            <span class="entry-item-preview" dir="auto">
              {entry.title || entry.preview || 'Empty entry'}
            </span>
          </button>
        </li>
      ))}
      {total > entries.length && (
        <li>
          <button type="button" class="entry-list-more" onClick={onShowAll} data-testid="entry-list-more">
            All {total.toLocaleString('en-GB')} entries in the Journal
          </button>
        </li>
      )}
    </ul>
  );
}
