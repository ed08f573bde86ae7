// Search as the person types: waits for a short pause in the typing, asks the core, and shows
// only the answer to what is in the field now.
import { useEffect, useMemo, useState } from 'preact/hooks';
import * as api from '../api';
import { toCommandError } from '../api';
import type { SearchQuery } from '../bindings/SearchQuery';
import type { SearchResults } from '../bindings/SearchResults';
import { painted } from '../perf/marks';
import type { SearchRequest } from './filters';
import { latestOnly } from './latest-only';

/** Long enough to skip the keystrokes of a word, short enough to feel instant. */
export const SEARCH_DELAY_MS = 100;

export type SearchState =
  | { state: 'idle' }
  | { state: 'problem'; message: string }
  /** `results` are the previous ones, kept on screen until the new ones arrive. */
  | { state: 'searching'; results: SearchResults | null; query: SearchQuery | null }
  | { state: 'done'; results: SearchResults; query: SearchQuery };

type Options = {
  /** Anything that changes when entries change, so the results follow. */
  revision?: unknown;
  /** Told when the journal turned out to be locked; other failures show in place of results. */
  onLocked: (reason: unknown) => void;
  search?: (query: SearchQuery) => Promise<SearchResults>;
  delayMs?: number;
};

export function useSearch(request: SearchRequest, options: Options): SearchState {
  const { revision, onLocked, search = api.search, delayMs = SEARCH_DELAY_MS } = options;
  const [state, setState] = useState<SearchState>({ state: 'idle' });
  const sequence = useMemo(() => latestOnly(search), [search]);
  const key = JSON.stringify(request);

  useEffect(() => {
    // Whatever was asked before is out of date now, even if it answers before the next ask.
    sequence.cancel();
    if (request.kind !== 'query') {
      setState(request.kind === 'idle' ? { state: 'idle' } : { state: 'problem', message: request.message });
      return;
    }
    setState((was) =>
      was.state === 'done' || was.state === 'searching'
        ? { state: 'searching', results: was.results, query: was.query }
        : { state: 'searching', results: null, query: null },
    );
    const timer = setTimeout(() => {
      sequence.request(
        request.query,
        (results) => {
          setState({ state: 'done', results, query: request.query });
          painted('search');
        },
        (reason) => {
          const error = toCommandError(reason);
          if (error.kind === 'locked') onLocked(reason);
          else setState({ state: 'problem', message: error.message });
        },
      );
    }, delayMs);
    return () => clearTimeout(timer);
  }, [key, revision, sequence]);

  useEffect(() => sequence.cancel, [sequence]);

  return state;
}
