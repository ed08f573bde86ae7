// Where the person is while looking back: the month on show, the day chosen, and the search.
// It lives with the journal screen rather than the Journal view, so opening an entry and
// coming back finds everything as it was left; a lock's reload drops it with the rest.
import { useMemo, useState } from 'preact/hooks';
import { localDay } from '../journal/dates';
import { NO_FILTERS, type Filters } from '../search/filters';
import { monthOf, type Month } from './calendar-grid';

export type BrowseState = {
  month: Month;
  /** The day whose entries the list shows; null shows the whole month. */
  day: string | null;
  text: string;
  filters: Filters;
  filtersOpen: boolean;
  /** Set by a search shortcut; the search field takes focus and clears it. */
  focusSearch: boolean;
};

export type Browse = BrowseState & {
  showMonth: (month: Month) => void;
  chooseDay: (day: string | null) => void;
  setText: (text: string) => void;
  setFilters: (filters: Filters) => void;
  setFiltersOpen: (open: boolean) => void;
  requestSearchFocus: (pending: boolean) => void;
};

export function initialBrowseState(today: string = localDay()): BrowseState {
  return {
    month: monthOf(today),
    day: null,
    text: '',
    filters: NO_FILTERS,
    filtersOpen: false,
    focusSearch: false,
  };
}

export function useBrowseState(): Browse {
  const [state, setState] = useState<BrowseState>(initialBrowseState);
  const actions = useMemo(() => {
    const patch = (change: Partial<BrowseState>) => setState((was) => ({ ...was, ...change }));
    return {
      showMonth: (month: Month) => patch({ month, day: null }),
      chooseDay: (day: string | null) =>
        setState((was) => ({ ...was, day, month: day ? monthOf(day) : was.month })),
      setText: (text: string) => patch({ text }),
      setFilters: (filters: Filters) => patch({ filters }),
      setFiltersOpen: (filtersOpen: boolean) => patch({ filtersOpen }),
      requestSearchFocus: (focusSearch: boolean) => patch({ focusSearch }),
    };
  }, []);
  return { ...state, ...actions };
}
