// Filters that narrow the search, or list entries on their own when no words are typed.
import { useId } from 'preact/hooks';
import type { Vocabulary } from '../bindings/Vocabulary';
import { hasFilters, NO_FILTERS, type Filters } from './filters';

type Props = {
  id: string;
  filters: Filters;
  onChange: (filters: Filters) => void;
  vocabulary: Vocabulary | null;
};

/** The choices, keeping one that is chosen even if no entry uses it any more. */
function choices(offered: readonly string[] | undefined, chosen: string): string[] {
  const list = [...(offered ?? [])];
  return chosen && !list.includes(chosen) ? [chosen, ...list] : list;
}

export function FilterPanel({ id, filters, onChange, vocabulary }: Props) {
  const ids = { tag: useId(), feeling: useId(), from: useId(), to: useId() };
  const set = (change: Partial<Filters>) => onChange({ ...filters, ...change });
  return (
    <div id={id} class="filter-panel" role="group" aria-label="Filters" data-testid="filter-panel">
      <div class="filter">
        <label class="filter-label" for={ids.tag}>
          Tag
        </label>
        <select
          id={ids.tag}
          class="input select filter-select"
          value={filters.tag}
          onChange={(event) => set({ tag: event.currentTarget.value })}
          data-testid="filter-tag"
        >
          <option value="">Any tag</option>
          {choices(vocabulary?.tags, filters.tag).map((tag) => (
            <option key={tag} value={tag}>
              #{tag}
            </option>
          ))}
        </select>
      </div>
      <div class="filter">
        <label class="filter-label" for={ids.feeling}>
          Feeling
        </label>
        <select
          id={ids.feeling}
          class="input select filter-select"
          value={filters.feeling}
          onChange={(event) => set({ feeling: event.currentTarget.value })}
          data-testid="filter-feeling"
        >
          <option value="">Any feeling</option>
          {choices(vocabulary?.feelings, filters.feeling).map((feeling) => (
            <option key={feeling} value={feeling}>
              {feeling}
            </option>
          ))}
        </select>
      </div>
      <div class="filter">
        <label class="filter-label" for={ids.from}>
          From
        </label>
        <input
          id={ids.from}
          type="date"
          class="input filter-date"
          value={filters.from}
          min="1900-01-01"
          max="2200-12-31"
          placeholder="YYYY-MM-DD"
          onInput={(event) => set({ from: event.currentTarget.value.trim() })}
          data-testid="filter-from"
        />
      </div>
      <div class="filter">
        <label class="filter-label" for={ids.to}>
          To
        </label>
        <input
          id={ids.to}
          type="date"
          class="input filter-date"
          value={filters.to}
          min="1900-01-01"
          max="2200-12-31"
          placeholder="YYYY-MM-DD"
          onInput={(event) => set({ to: event.currentTarget.value.trim() })}
          data-testid="filter-to"
        />
      </div>
      <label class="filter-check">
        <input
          type="checkbox"
          checked={filters.starred}
          onChange={(event) => set({ starred: event.currentTarget.checked })}
          data-testid="filter-starred"
        />
        Starred only
      </label>
      <button
        type="button"
        class="btn btn-quiet btn-small filter-clear"
        onClick={() => onChange(NO_FILTERS)}
        disabled={!hasFilters(filters)}
        data-testid="filter-clear"
      >
        Clear filters
      </button>
    </div>
  );
}
