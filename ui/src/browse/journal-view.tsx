// Looking back: search across everything at the top; beneath it the calendar, On this day and
// the entries of the chosen day or month, until a search replaces them with what it found.
import { useEffect, useId, useMemo, useRef, useState } from 'preact/hooks';
import * as api from '../api';
import type { EntrySummary } from '../bindings/EntrySummary';
import type { Vocabulary } from '../bindings/Vocabulary';
import { localDay, parseDay } from '../journal/dates';
import type { Extent } from '../journal/use-entry-lists';
import { FilterPanel } from '../search/filter-panel';
import { NO_FILTERS, searchRequest } from '../search/filters';
import { SearchBar } from '../search/search-bar';
import { SearchResults } from '../search/search-results';
import { useSearch } from '../search/use-search';
import '../search/search.css';
import type { Browse } from './browse-state';
import { Calendar } from './calendar';
import { DayList } from './day-list';
import { OnThisDay } from './on-this-day';
import { countLabel } from './trust-scale';
import './browse.css';

type Props = {
  browse: Browse;
  /** How many entries there are and since when; null while that loads. */
  extent: Extent | null;
  /** The entries of the chosen day or the month on show, newest first; null while they load. */
  entries: readonly EntrySummary[] | null;
  /** Changes whenever an entry is saved or deleted, so what is shown from elsewhere follows. */
  revision: number;
  onOpen: (id: string) => void;
  /** Opens a new entry for a day chosen in the calendar. */
  onWrite: (day: string) => void;
  onError: (reason: unknown) => void;
};

const SINCE = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric' });

function journalSummary({ total, since }: Extent): string {
  if (!since) return 'Nothing written yet: your entries will gather here.';
  return `${countLabel(total, 'entry', 'entries')} since ${SINCE.format(parseDay(since))}`;
}

export function JournalView({ browse, extent, entries, revision, onOpen, onWrite, onError }: Props) {
  const filtersId = useId();
  const root = useRef<HTMLDivElement>(null);
  const [vocabulary, setVocabulary] = useState<Vocabulary | null>(null);
  const today = localDay();
  const request = useMemo(
    () => searchRequest(browse.text, browse.filters),
    [browse.text, browse.filters],
  );
  const search = useSearch(request, { revision, onLocked: onError });

  useEffect(() => {
    api.vocabulary().then(setVocabulary, onError);
  }, [revision]);

  // Arriving by a shortcut from the editor, which has gone, the keyboard starts here.
  useEffect(() => {
    if (!document.activeElement || document.activeElement === document.body) {
      root.current?.focus({ preventScroll: true });
    }
  }, []);

  return (
    <div ref={root} class="place-page journal-view" tabIndex={-1} data-testid="journal-view">
      <header class="journal-view-header">
        <div class="journal-view-title">
          <h1 class="page-title">Journal</h1>
          {extent && <p class="page-meta">{journalSummary(extent)}</p>}
        </div>
        <SearchBar
          text={browse.text}
          onText={browse.setText}
          filters={browse.filters}
          filtersOpen={browse.filtersOpen}
          onFiltersOpen={browse.setFiltersOpen}
          filtersId={filtersId}
          focusNow={browse.focusSearch}
          onFocused={() => browse.requestSearchFocus(false)}
        />
        {browse.filtersOpen && (
          <FilterPanel
            id={filtersId}
            filters={browse.filters}
            onChange={browse.setFilters}
            vocabulary={vocabulary}
          />
        )}
      </header>
      {request.kind === 'idle' ? (
        <div class="browse">
          <div class="browse-aside">
            <Calendar
              month={browse.month}
              selected={browse.day}
              today={today}
              onMonthChange={browse.showMonth}
              onChoose={browse.chooseDay}
              revision={revision}
              onError={onError}
            />
            <OnThisDay onOpen={onOpen} revision={revision} onError={onError} />
          </div>
          <DayList
            entries={entries}
            month={browse.month}
            day={browse.day}
            onOpen={onOpen}
            onShowMonth={() => browse.chooseDay(null)}
            onWrite={onWrite}
          />
        </div>
      ) : (
        <SearchResults
          search={search}
          text={browse.text}
          onOpen={onOpen}
          onClear={() => {
            browse.setText('');
            browse.setFilters(NO_FILTERS);
          }}
        />
      )}
    </div>
  );
}
