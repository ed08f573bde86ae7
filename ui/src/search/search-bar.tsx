// The search field and the button that opens the filters beneath it.
import { useEffect, useRef } from 'preact/hooks';
import { FilterIcon, SearchIcon } from '../browse/icons';
import { shortcutAttributes } from '../shortcuts/use-shortcuts';
import { moment } from '../perf/marks';
import { comboLabel } from '../shortcuts/keys';
import { activeFilterCount, type Filters } from './filters';

type Props = {
  text: string;
  onText: (text: string) => void;
  filters: Filters;
  filtersOpen: boolean;
  onFiltersOpen: (open: boolean) => void;
  /** The id of the filters panel the button opens. */
  filtersId: string;
  /** Focus the field now (a shortcut asked), then report it done. */
  focusNow: boolean;
  onFocused: () => void;
};

export function SearchBar(props: Props) {
  const { text, onText, filters, filtersOpen, onFiltersOpen, filtersId, focusNow, onFocused } = props;
  const input = useRef<HTMLInputElement>(null);
  const count = activeFilterCount(filters);

  useEffect(() => {
    if (!focusNow) return;
    input.current?.focus();
    input.current?.select();
    onFocused();
  }, [focusNow]);

  return (
    <div class="search-bar" role="search">
      <div class="search-field">
        <SearchIcon />
        <input
          ref={input}
          type="search"
          class="input search-input"
          value={text}
          onInput={(event) => {
            moment('search-typed');
            onText(event.currentTarget.value);
          }}
          onKeyDown={(event) => {
            if (event.key === 'Escape' && text) {
              event.preventDefault();
              onText('');
            } else if (event.key === 'ArrowDown') {
              const first = document.querySelector<HTMLElement>('.search-results .entry-card');
              if (first) {
                event.preventDefault();
                first.focus();
              }
            }
          }}
          placeholder="Search your journal"
          aria-label="Search your journal"
          autocomplete="off"
          spellcheck={false}
          dir="auto"
          data-testid="search-input"
          aria-keyshortcuts={shortcutAttributes('search', 'Search')['aria-keyshortcuts']}
        />
        <span class="search-hint" aria-hidden="true">
          <kbd>{comboLabel({ key: 'k', ctrl: true })}</kbd>
        </span>
      </div>
      <button
        type="button"
        class={count > 0 ? 'btn btn-secondary filters-button filters-button-on' : 'btn btn-secondary filters-button'}
        aria-expanded={filtersOpen}
        aria-controls={filtersId}
        onClick={() => onFiltersOpen(!filtersOpen)}
        data-testid="filters-toggle"
      >
        <FilterIcon />
        Filters
        {count > 0 && (
          <span class="filters-count">
            {count}
            <span class="visually-hidden"> set</span>
          </span>
        )}
      </button>
    </div>
  );
}
