import { describe, expect, it } from 'vitest';
import { activeFilterCount, NO_FILTERS, searchRequest, type Filters } from './filters';
import { labelMatches, searchWords } from './highlighted';

const filters = (change: Partial<Filters>): Filters => ({ ...NO_FILTERS, ...change });

describe('filters', () => {
  it('count what is set', () => {
    expect(activeFilterCount(NO_FILTERS)).toBe(0);
    expect(activeFilterCount(filters({ tag: 'therapy', starred: true, from: '2026-01-01' }))).toBe(3);
  });
});

describe('what a search asks', () => {
  it('asks nothing with no words and no filters', () => {
    expect(searchRequest('', NO_FILTERS)).toEqual({ kind: 'idle' });
    expect(searchRequest('   ', NO_FILTERS)).toEqual({ kind: 'idle' });
  });

  it('asks for the words, trimmed', () => {
    expect(searchRequest('  walk home ', NO_FILTERS)).toEqual({
      kind: 'query',
      query: { text: 'walk home', tags: [], feelings: [], starred: false, from: null, to: null },
    });
  });

  it('combines the words with every filter', () => {
    const request = searchRequest(
      'walk',
      filters({ tag: 'Walks', feeling: 'calm', starred: true, from: '2025-01-01', to: '2025-12-31' }),
    );
    expect(request).toEqual({
      kind: 'query',
      query: {
        text: 'walk',
        tags: ['Walks'],
        feelings: ['calm'],
        starred: true,
        from: '2025-01-01',
        to: '2025-12-31',
      },
    });
  });

  it('lists by filters alone when no words are typed', () => {
    expect(searchRequest('', filters({ starred: true }))).toMatchObject({
      kind: 'query',
      query: { text: '', starred: true },
    });
    expect(searchRequest('', filters({ from: '2026-01-01' }))).toMatchObject({
      kind: 'query',
      query: { from: '2026-01-01', to: null },
    });
  });

  it('explains a date range that runs backwards instead of searching', () => {
    const request = searchRequest('walk', filters({ from: '2026-05-01', to: '2026-04-01' }));
    expect(request.kind).toBe('problem');
    expect(request.kind === 'problem' && request.message).toContain('start date is after the end date');
    expect(searchRequest('', filters({ from: '2026-04-01', to: '2026-04-01' })).kind).toBe('query');
  });

  it('explains a date typed in another shape', () => {
    const request = searchRequest('', filters({ to: '1/4/2026' }));
    expect(request.kind === 'problem' && request.message).toContain('end date as YYYY-MM-DD');
  });

  it('keeps emoji, accents and right-to-left words as typed', () => {
    for (const text of ['calm 🙂', 'résumé', 'e\u0301te\u0301', 'שלום', 'سلام عليكم', '信頼']) {
      expect(searchRequest(text, NO_FILTERS)).toMatchObject({ kind: 'query', query: { text } });
    }
  });

  it('says when there is nothing to search for in what was typed', () => {
    for (const text of ['🙂', '🙂🙂 …', '?!']) {
      expect(searchRequest(text, NO_FILTERS).kind).toBe('problem');
    }
  });
});

describe('marking the feelings and tags a search matched', () => {
  it('folds case and accents and matches the start of a word, as the core does', () => {
    expect(searchWords('Thérapie  safe!')).toEqual(['therapie', 'safe']);
    expect(labelMatches('Therapie', searchWords('thé'))).toBe(true);
    expect(labelMatches('support group', searchWords('gro'))).toBe(true);
    expect(labelMatches('support group', searchWords('roup'))).toBe(false);
    expect(labelMatches('résumé', searchWords('re\u0301su'))).toBe(true);
  });
});
