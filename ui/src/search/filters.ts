// What the search field and the filters ask for, turned into a query for the core, or into
// the reason it cannot be asked yet.
import type { SearchQuery } from '../bindings/SearchQuery';
import { isDay } from '../journal/dates';

export type Filters = {
  /** A tag as spelled in the vocabulary; empty for any. */
  tag: string;
  /** A feeling; empty for any. */
  feeling: string;
  starred: boolean;
  /** "YYYY-MM-DD" or empty; a browser without a date picker lets people type anything. */
  from: string;
  to: string;
};

export const NO_FILTERS: Filters = { tag: '', feeling: '', starred: false, from: '', to: '' };

export type SearchRequest =
  | { kind: 'idle' }
  | { kind: 'problem'; message: string }
  | { kind: 'query'; query: SearchQuery };

/** How many filters are set, for the badge on the Filters button. */
export function activeFilterCount(filters: Filters): number {
  return [filters.tag, filters.feeling, filters.starred, filters.from, filters.to].filter(Boolean)
    .length;
}

export function hasFilters(filters: Filters): boolean {
  return activeFilterCount(filters) > 0;
}

// The core searches runs of letters and digits (with their accents); nothing else is a word.
const HAS_WORD = /[\p{L}\p{N}]/u;

export function searchRequest(text: string, filters: Filters): SearchRequest {
  const words = text.trim();
  if (!words && !hasFilters(filters)) return { kind: 'idle' };
  for (const [name, value] of [['start', filters.from], ['end', filters.to]] as const) {
    if (value && !isDay(value)) {
      return { kind: 'problem', message: `Write the ${name} date as YYYY-MM-DD, for example 2025-03-14.` };
    }
  }
  if (filters.from && filters.to && filters.from > filters.to) {
    return {
      kind: 'problem',
      message: 'The start date is after the end date. Change one of them to see entries between.',
    };
  }
  if (words && !HAS_WORD.test(words)) {
    return {
      kind: 'problem',
      message: 'Search finds words and numbers. Add a word to look for, or choose a filter.',
    };
  }
  return {
    kind: 'query',
    query: {
      text: words,
      tags: filters.tag ? [filters.tag] : [],
      feelings: filters.feeling ? [filters.feeling] : [],
      starred: filters.starred,
      from: filters.from || null,
      to: filters.to || null,
    },
  };
}
