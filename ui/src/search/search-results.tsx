// What a search found: a count, then each entry with its matched words marked.
import type { SearchResults as Results } from '../bindings/SearchResults';
import { EntryCard } from '../browse/entry-card';
import { countLabel } from '../browse/trust-scale';
import type { SearchState } from './use-search';
import { Highlighted, searchWords } from './highlighted';

type Props = {
  search: SearchState;
  /** What is being searched for, to repeat in the empty state. */
  text: string;
  onOpen: (id: string) => void;
  onClear: () => void;
};

export function resultsSummary(results: Results, withWords: boolean): string {
  const total = countLabel(results.total, 'entry', 'entries');
  if (results.hits.length >= results.total) return total;
  const shown = results.hits.length.toLocaleString('en-GB');
  return withWords ? `The best ${shown} of ${total}` : `The newest ${shown} of ${total}`;
}

export function SearchResults({ search, text, onOpen, onClear }: Props) {
  if (search.state === 'idle') return null;
  if (search.state === 'problem') {
    return (
      <section class="search-results" data-testid="search-results" aria-label="Search results">
        <p class="search-problem" role="alert" data-testid="search-problem">
          {search.message}
        </p>
      </section>
    );
  }
  const { results, query } = search;
  const busy = search.state === 'searching';
  const searched = searchWords(query?.text ?? '');
  return (
    <section
      class="search-results"
      data-testid="search-results"
      aria-label="Search results"
      aria-busy={busy || undefined}
    >
      <p class="search-count" aria-live="polite" data-testid="search-count">
        {results && results.total > 0 ? resultsSummary(results, Boolean(query?.text)) : ''}
      </p>
      {results && results.total === 0 && !busy && (
        <div class="empty-state" role="status" data-testid="search-empty">
          <p class="empty-state-title">
            {text.trim() ? (
              <>
                Nothing matches “<span dir="auto">{text.trim()}</span>”
              </>
            ) : (
              'No entries pass these filters'
            )}
          </p>
          <p class="empty-note">Try fewer words, the start of a word, or fewer filters.</p>
          <button type="button" class="btn btn-secondary btn-small" onClick={onClear} data-testid="search-clear">
            Clear the search
          </button>
        </div>
      )}
      {results && results.hits.length > 0 && (
        <ul class={busy ? 'card-list card-list-stale' : 'card-list'}>
          {results.hits.map((hit) => (
            <li key={hit.entry.id}>
              <EntryCard
                entry={hit.entry}
                onOpen={onOpen}
                testId="search-hit"
                title={hit.title.length > 0 ? <Highlighted spans={hit.title} /> : undefined}
                text={hit.snippet.length > 0 ? <Highlighted spans={hit.snippet} /> : undefined}
                searched={searched}
              />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
