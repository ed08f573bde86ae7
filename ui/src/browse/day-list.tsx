// The entries beside the calendar: those of the chosen day, or of the whole month on show.
// Only one month is ever asked for and drawn, so ten years of entries cost no more than thirty
// days of them. A chosen day can also be written about, whether or not it has entries yet.
import type { EntrySummary } from '../bindings/EntrySummary';
import { dayLabel } from '../journal/dates';
import { WriteIcon } from '../writing/icons';
import { monthTitle, type Month } from './calendar-grid';
import { EntryCard } from './entry-card';
import { countLabel } from './trust-scale';

type Props = {
  /** The entries of `day`, or else of `month`, newest first; null while they load. */
  entries: readonly EntrySummary[] | null;
  month: Month;
  day: string | null;
  onOpen: (id: string) => void;
  onShowMonth: () => void;
  /** Opens a new entry for the day. */
  onWrite: (day: string) => void;
};

function WriteForDay({ day, onWrite }: { day: string; onWrite: (day: string) => void }) {
  return (
    <button
      type="button"
      class="btn btn-secondary btn-small"
      onClick={() => onWrite(day)}
      data-testid="write-for-day"
    >
      <WriteIcon />
      Write about this day
    </button>
  );
}

export function DayList({ entries, month, day, onOpen, onShowMonth, onWrite }: Props) {
  const shown = entries ?? [];
  // Until the entries arrive nothing is said about them: an empty day is not yet known to be one.
  const loading = entries === null;
  const title = day ? dayLabel(day) : monthTitle(month);
  return (
    <section class="day-list" data-testid="journal-list" aria-labelledby="day-list-title" aria-busy={loading}>
      <header class="day-list-header">
        <h2 class="section-title" id="day-list-title" data-testid="journal-list-title">
          {title}
        </h2>
        <p class="day-list-count" aria-live="polite">
          {shown.length > 0 && countLabel(shown.length, 'entry', 'entries')}
        </p>
      </header>
      {loading ? null : shown.length === 0 ? (
        <div class="empty-note">
          <p>{day ? 'Nothing was written on this day.' : `Nothing was written in ${monthTitle(month)}.`}</p>
          {day && <WriteForDay day={day} onWrite={onWrite} />}
        </div>
      ) : (
        <ul class="card-list">
          {shown.map((entry) => (
            <li key={entry.id}>
              <EntryCard entry={entry} onOpen={onOpen} testId="journal-entry" />
            </li>
          ))}
        </ul>
      )}
      {day && (
        <div class="day-list-actions">
          {shown.length > 0 && <WriteForDay day={day} onWrite={onWrite} />}
          <button type="button" class="link-button" onClick={onShowMonth} data-testid="journal-list-month">
            Show all of {monthTitle(month)}
          </button>
        </div>
      )}
    </section>
  );
}
