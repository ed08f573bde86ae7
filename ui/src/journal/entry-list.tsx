import type { EntrySummary } from '../bindings/EntrySummary';
import { relativeDayLabel } from './dates';

type Props = {
  entries: EntrySummary[];
  openId: string | null;
  onOpen: (id: string) => void;
};

export function EntryList({ entries, openId, onOpen }: Props) {
  const now = new Date();
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
            <span class="entry-item-preview">{entry.preview || 'Empty entry'}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}
