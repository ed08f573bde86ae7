import { clearMocks, mockIPC } from '@tauri-apps/api/mocks';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import type { CalendarDay } from '../bindings/CalendarDay';
import type { EntrySummary } from '../bindings/EntrySummary';
import type { Memory } from '../bindings/Memory';
import type { SearchQuery } from '../bindings/SearchQuery';
import type { SearchResults } from '../bindings/SearchResults';
import { localDay } from '../journal/dates';
import { fakeEntryLists } from '../journal/fake-entry-lists';
import { useEntryLists } from '../journal/use-entry-lists';
import { useBrowseState } from './browse-state';
import { monthOf, monthTitle } from './calendar-grid';
import { JournalView } from './journal-view';

afterEach(() => clearMocks());

const today = localDay();
const thisMonth = monthOf(today);
const prefix = today.slice(0, 8);
const dayA = `${prefix}02`;
const dayB = `${prefix}03`;

function summary(id: string, day: string, change: Partial<EntrySummary> = {}): EntrySummary {
  return {
    id,
    day,
    created: `${day}T20:00:00+00:00`,
    updated: `${day}T20:00:00+00:00`,
    title: '',
    preview: `Words of ${id}`,
    words: 3,
    feelings: [],
    trust: null,
    tags: [],
    starred: false,
    ...change,
  };
}

const ENTRIES = [
  summary('b1', dayB, { title: 'A calm walk', trust: 7, feelings: ['calm'], tags: ['Walks'], starred: true }),
  summary('a1', dayA, { trust: 6 }),
  summary('a2', dayA, { trust: 8 }),
  summary('old', '2020-01-15'),
];

const CALENDAR: CalendarDay[] = [
  { day: dayA, entries: 2, trust: 7, starred: false },
  { day: dayB, entries: 1, trust: null, starred: true },
];

type Backend = {
  calls: { cmd: string; args: Record<string, unknown> }[];
  memories?: Memory[];
  search?: (query: SearchQuery) => SearchResults | Promise<SearchResults>;
};

function backend(setup: Omit<Backend, 'calls'> = {}): Backend {
  const state: Backend = { calls: [], ...setup };
  const lists = fakeEntryLists(() => ENTRIES);
  mockIPC((cmd, args) => {
    const payload = (args ?? {}) as Record<string, unknown>;
    state.calls.push({ cmd, args: payload });
    const listed = lists[cmd];
    if (listed) return listed(payload);
    switch (cmd) {
      case 'calendar_month':
        return payload.year === thisMonth.year && payload.month === thisMonth.month ? CALENDAR : [];
      case 'on_this_day':
        return state.memories ?? [];
      case 'vocabulary':
        return { feelings: ['hurt', 'calm'], tags: ['Walks', 'therapy'] };
      case 'search':
        return state.search?.(payload.query as SearchQuery) ?? { hits: [], total: 0 };
      default:
        return null;
    }
  });
  return state;
}

type ViewProps = { onOpen?: (id: string) => void; onWrite?: (day: string) => void };

const fail = (reason: unknown) => {
  throw reason;
};

function View({ onOpen = () => undefined, onWrite = () => undefined }: ViewProps) {
  const browse = useBrowseState();
  const lists = useEntryLists({ month: browse.month, day: browse.day }, fail);
  return (
    <JournalView
      browse={browse}
      extent={lists.extent}
      entries={lists.shown}
      revision={lists.revision}
      onOpen={onOpen}
      onWrite={onWrite}
      onError={fail}
    />
  );
}

describe('the calendar', () => {
  it('marks written days by trust, says what they hold, and stars starred days', async () => {
    backend();
    render(<View />);
    expect(screen.getByTestId('calendar-title').textContent).toBe(monthTitle(thisMonth));
    const a = await screen.findByTestId(`calendar-day-${dayA}`);
    await waitFor(() => expect(a.dataset.trust).toBe('7'));
    expect(a.title).toBe('2 entries, trust 7/10');
    expect(a.getAttribute('aria-label')).toContain('2 entries, trust 7/10');
    const b = screen.getByTestId(`calendar-day-${dayB}`);
    expect(b.dataset.state).toBe('unrated');
    expect(b.title).toBe('1 entry, trust not rated, starred');
    expect(b.querySelector('.calendar-day-star')).toBeTruthy();
    const empty = screen.getByTestId(`calendar-day-${prefix}04`);
    expect(empty.dataset.state).toBe('empty');
  });

  it('shows the month, or the chosen day, in the list', async () => {
    backend();
    render(<View />);
    const list = screen.getByTestId('journal-list');
    expect(await within(list).findAllByTestId('journal-entry')).toHaveLength(3);
    fireEvent.click(screen.getByTestId(`calendar-day-${dayA}`));
    await waitFor(() => expect(within(list).getAllByTestId('journal-entry')).toHaveLength(2));
    expect(screen.getByTestId(`calendar-day-${dayA}`).getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(screen.getByTestId('journal-list-month'));
    await waitFor(() => expect(within(list).getAllByTestId('journal-entry')).toHaveLength(3));
  });

  it('turns the months with its buttons and asks for each', async () => {
    const { calls } = backend();
    render(<View />);
    fireEvent.click(screen.getByTestId('calendar-prev'));
    const previous = monthOf(`${thisMonth.month === 1 ? thisMonth.year - 1 : thisMonth.year}-${String(thisMonth.month === 1 ? 12 : thisMonth.month - 1).padStart(2, '0')}-01`);
    await waitFor(() => expect(screen.getByTestId('calendar-title').textContent).toBe(monthTitle(previous)));
    await waitFor(() =>
      expect(calls).toContainEqual({ cmd: 'calendar_month', args: { year: previous.year, month: previous.month } }),
    );
    expect(screen.getByTestId('calendar-this-month')).toBeTruthy();
    fireEvent.click(screen.getByTestId('calendar-next'));
    await waitFor(() => expect(screen.getByTestId('calendar-title').textContent).toBe(monthTitle(thisMonth)));
  });

  it('moves between days with the arrows and between months with Page Up and Down', async () => {
    backend();
    render(<View />);
    const first = screen.getByTestId(`calendar-day-${dayA}`);
    first.focus();
    fireEvent.keyDown(first, { key: 'ArrowRight' });
    await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId(`calendar-day-${dayB}`)));
    expect(screen.getByTestId(`calendar-day-${dayB}`).tabIndex).toBe(0);
    fireEvent.keyDown(document.activeElement!, { key: 'PageUp' });
    await waitFor(() => expect(screen.getByTestId('calendar-title').textContent).not.toBe(monthTitle(thisMonth)));
    await waitFor(() => expect((document.activeElement as HTMLElement).dataset.day?.slice(8)).toBe('03'));
  });

  it('keeps the keyboard on the calendar when Page Down leaves a chosen day behind', async () => {
    backend();
    render(<View />);
    fireEvent.click(screen.getByTestId(`calendar-day-${dayA}`));
    const chosen = screen.getByTestId(`calendar-day-${dayA}`);
    chosen.focus();
    fireEvent.keyDown(chosen, { key: 'PageDown' });
    await waitFor(() => expect(screen.getByTestId('calendar-title').textContent).not.toBe(monthTitle(thisMonth)));
    await waitFor(() => expect((document.activeElement as HTMLElement).dataset.day?.slice(8)).toBe('02'));
    expect((document.activeElement as HTMLElement).tabIndex).toBe(0);
  });

  it('offers to write about a chosen day, with entries or without, but not about a whole month', async () => {
    backend();
    const written: string[] = [];
    render(<View onWrite={(day) => written.push(day)} />);
    expect(screen.queryByTestId('write-for-day')).toBeNull();
    fireEvent.click(screen.getByTestId(`calendar-day-${prefix}04`));
    await waitFor(() => expect(screen.getByTestId('journal-list').textContent).toContain('Nothing was written on this day.'));
    fireEvent.click(screen.getByTestId('write-for-day'));
    fireEvent.click(screen.getByTestId(`calendar-day-${dayA}`));
    await waitFor(() => expect(within(screen.getByTestId('journal-list')).getAllByTestId('journal-entry')).toHaveLength(2));
    fireEvent.click(screen.getByTestId('write-for-day'));
    expect(written).toEqual([`${prefix}04`, dayA]);
  });

  it('opens an entry from the list', async () => {
    backend();
    const opened: string[] = [];
    render(<View onOpen={(id) => opened.push(id)} />);
    fireEvent.click((await screen.findAllByTestId('journal-entry'))[0]!);
    expect(opened).toEqual(['b1']);
  });
});

describe('On this day', () => {
  it('stays away when there is nothing', async () => {
    const { calls } = backend();
    render(<View />);
    await waitFor(() => expect(calls.some((c) => c.cmd === 'on_this_day')).toBe(true));
    expect(screen.queryByTestId('on-this-day')).toBeNull();
  });

  it('shows earlier entries with how long ago they were', async () => {
    backend({
      memories: [
        { months_ago: 1, entry: summary('m1', '2026-10-27') },
        { months_ago: 12, entry: summary('m12', '2025-11-27') },
        { months_ago: 24, entry: summary('m24', '2024-11-27') },
      ],
    });
    render(<View />);
    const section = await screen.findByTestId('on-this-day');
    expect(section.textContent).toContain('1 month ago');
    expect(section.textContent).toContain('1 year ago');
    expect(section.textContent).toContain('2 years ago');
  });
});

describe('search', () => {
  const hit = (id: string, word: string) => ({
    entry: summary(id, dayA, { title: `About ${word}` }),
    title: [{ text: 'About ', matched: false }, { text: word, matched: true }],
    snippet: [{ text: 'We went for a ', matched: false }, { text: word, matched: true }],
  });

  it('finds as the person types, marking the matched words', async () => {
    const { calls } = backend({ search: (q) => ({ hits: [hit('h1', q.text)], total: 1 }) });
    render(<View />);
    fireEvent.input(screen.getByTestId('search-input'), { target: { value: 'walk' } });
    const results = await screen.findByTestId('search-results');
    await waitFor(() => expect(within(results).getAllByTestId('search-hit')).toHaveLength(1));
    expect(screen.queryByTestId('calendar')).toBeNull();
    const marks = [...results.querySelectorAll('mark')].map((m) => m.textContent);
    expect(marks).toEqual(['walk', 'walk']);
    expect(results.querySelector('.entry-card-title')!.getAttribute('dir')).toBe('auto');
    expect(results.querySelector('.entry-card-text')!.getAttribute('dir')).toBe('auto');
    expect(screen.getByTestId('search-count').textContent).toBe('1 entry');
    fireEvent.keyDown(screen.getByTestId('search-input'), { key: 'ArrowDown' });
    expect(document.activeElement).toBe(screen.getByTestId('search-hit'));
    expect(calls.filter((c) => c.cmd === 'search')).toHaveLength(1);
  });

  it('waits for a pause in the typing', async () => {
    const { calls } = backend({ search: () => ({ hits: [], total: 0 }) });
    render(<View />);
    const input = screen.getByTestId('search-input');
    for (const value of ['w', 'wa', 'wal', 'walk']) fireEvent.input(input, { target: { value } });
    await screen.findByTestId('search-empty');
    const searches = calls.filter((c) => c.cmd === 'search');
    expect(searches).toHaveLength(1);
    expect((searches[0]!.args.query as SearchQuery).text).toBe('walk');
  });

  it('shows the answer to the latest words even when an older answer arrives last', async () => {
    const pending: { text: string; resolve: (r: SearchResults) => void }[] = [];
    backend({
      search: (q) =>
        new Promise<SearchResults>((resolve) => pending.push({ text: q.text, resolve })),
    });
    render(<View />);
    const input = screen.getByTestId('search-input');
    fireEvent.input(input, { target: { value: 'wa' } });
    await waitFor(() => expect(pending).toHaveLength(1));
    fireEvent.input(input, { target: { value: 'walk' } });
    await waitFor(() => expect(pending).toHaveLength(2));
    pending[1]!.resolve({ hits: [hit('new', 'walk')], total: 1 });
    await waitFor(() => expect(screen.getAllByTestId('search-hit')).toHaveLength(1));
    pending[0]!.resolve({ hits: [hit('old1', 'wa'), hit('old2', 'wa')], total: 2 });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(screen.getAllByTestId('search-hit').map((h) => h.dataset.entryId)).toEqual(['new']);
  });

  it('says so clearly when nothing matches', async () => {
    backend({ search: () => ({ hits: [], total: 0 }) });
    render(<View />);
    fireEvent.input(screen.getByTestId('search-input'), { target: { value: 'שלום 🙂' } });
    const empty = await screen.findByTestId('search-empty');
    expect(empty.textContent).toContain('Nothing matches “שלום 🙂”');
    fireEvent.click(screen.getByTestId('search-clear'));
    await screen.findByTestId('calendar');
  });

  it('filters without words, from choices the journal uses', async () => {
    const { calls } = backend({ search: () => ({ hits: [hit('s', 'star')], total: 1 }) });
    render(<View />);
    fireEvent.click(screen.getByTestId('filters-toggle'));
    const tag = (await screen.findByTestId('filter-tag')) as HTMLSelectElement;
    await waitFor(() => expect([...tag.options].map((o) => o.value)).toEqual(['', 'Walks', 'therapy']));
    fireEvent.click(screen.getByTestId('filter-starred'));
    fireEvent.change(tag, { target: { value: 'therapy' } });
    await screen.findByTestId('search-hit');
    await waitFor(() => {
      const last = calls.filter((c) => c.cmd === 'search').at(-1)!.args.query as SearchQuery;
      expect(last).toMatchObject({ text: '', starred: true, tags: ['therapy'] });
    });
    expect(screen.getByTestId('filters-toggle').textContent).toContain('2');
    fireEvent.click(screen.getByTestId('filter-clear'));
    await screen.findByTestId('calendar');
  });

  it('explains a date range that runs backwards and does not search', async () => {
    const { calls } = backend({ search: () => ({ hits: [], total: 0 }) });
    render(<View />);
    fireEvent.click(screen.getByTestId('filters-toggle'));
    fireEvent.input(screen.getByTestId('filter-from'), { target: { value: '2026-05-01' } });
    fireEvent.input(screen.getByTestId('filter-to'), { target: { value: '2026-04-01' } });
    const problem = await screen.findByTestId('search-problem');
    expect(problem.textContent).toContain('start date is after the end date');
    await new Promise((resolve) => setTimeout(resolve, 150));
    const asked = calls.filter((c) => c.cmd === 'search').map((c) => c.args.query as SearchQuery);
    expect(asked.every((q) => !(q.from === '2026-05-01' && q.to === '2026-04-01'))).toBe(true);
  });

  it('clears the words with Escape', async () => {
    backend({ search: () => ({ hits: [], total: 0 }) });
    render(<View />);
    const input = screen.getByTestId('search-input') as HTMLInputElement;
    fireEvent.input(input, { target: { value: 'walk' } });
    fireEvent.keyDown(input, { key: 'Escape' });
    await waitFor(() => expect(input.value).toBe(''));
    await screen.findByTestId('calendar');
  });
});
