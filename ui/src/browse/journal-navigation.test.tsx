import { clearMocks, mockIPC } from '@tauri-apps/api/mocks';
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import type { Entry } from '../bindings/Entry';
import { JournalScreen } from '../journal/journal-screen';
import { RECENT_SHOWN } from '../journal/entry-list';
import { summaryOf } from '../journal/entry-lists';
import { fakeEntryLists } from '../journal/fake-entry-lists';

afterEach(() => clearMocks());

function entry(id: string, day: string, text: string): Entry {
  return {
    id,
    day,
    created: `${day}T20:00:00+01:00`,
    updated: `${day}T20:00:00+01:00`,
    title: '',
    text,
    feelings: [],
    trust: null,
    tags: [],
    starred: false,
  };
}

const OLDER = entry('e-older', '2024-03-02', 'The older entry.');
const OLD = entry('e-old', '2024-03-09', 'The old entry.');

function backend(entries: Entry[] = [OLD, OLDER]) {
  const calls: string[] = [];
  const summaries = () => entries.map(summaryOf);
  const lists = fakeEntryLists(summaries);
  mockIPC((cmd, args) => {
    calls.push(cmd);
    const payload = (args ?? {}) as Record<string, unknown>;
    const listed = lists[cmd];
    if (listed) return listed(payload);
    switch (cmd) {
      case 'get_entry':
        return entries.find((e) => e.id === payload.id);
      case 'calendar_month':
      case 'on_this_day':
        return [];
      case 'vocabulary':
        return { feelings: [], tags: [] };
      case 'search':
        return { hits: [{ entry: summaries()[0], title: [], snippet: [] }], total: 1 };
      default:
        return null;
    }
  });
  return calls;
}

const settings = { theme: 'light' as const, autoLockMinutes: 5, lockWhenMinimised: false, showKeepRates: true, backupFolder: null };
const screenWith = () => render(<JournalScreen settings={settings} onSettingsChange={() => undefined} onJournalReplaced={() => undefined} onNewKeys={() => undefined} />);
const editorText = () => (screen.getByTestId('editor') as HTMLTextAreaElement).value;
const key = (init: KeyboardEventInit, target: Element = document.body) =>
  fireEvent.keyDown(target, init);

describe('moving between Today and Journal', () => {
  it('marks the place that is open', async () => {
    backend();
    screenWith();
    expect(screen.getByTestId('nav-today').getAttribute('aria-current')).toBe('page');
    expect(screen.getByTestId('nav-journal').getAttribute('aria-current')).toBeNull();
    fireEvent.click(screen.getByTestId('nav-journal'));
    await screen.findByTestId('journal-view');
    expect(screen.queryByTestId('editor')).toBeNull();
    expect(screen.getByTestId('nav-journal').getAttribute('aria-current')).toBe('page');
    expect(screen.getByTestId('nav-today').getAttribute('aria-current')).toBeNull();
  });

  it('opens an entry found in the Journal in the editor', async () => {
    backend();
    screenWith();
    fireEvent.click(screen.getByTestId('nav-journal'));
    fireEvent.input(await screen.findByTestId('search-input'), { target: { value: 'old' } });
    fireEvent.click(await screen.findByTestId('search-hit'));
    await waitFor(() => expect(editorText()).toBe(OLD.text));
    expect(screen.queryByTestId('journal-view')).toBeNull();
    expect(screen.getByTestId('nav-today').getAttribute('aria-current')).toBe('page');
  });

  it('keeps the Journal as it was left after opening an entry', async () => {
    backend();
    screenWith();
    fireEvent.click(screen.getByTestId('nav-journal'));
    fireEvent.input(await screen.findByTestId('search-input'), { target: { value: 'walk' } });
    fireEvent.click(screen.getByTestId('nav-today'));
    await screen.findByTestId('editor');
    fireEvent.click(screen.getByTestId('nav-journal'));
    expect(((await screen.findByTestId('search-input')) as HTMLInputElement).value).toBe('walk');
  });

  it('shows a bounded number of recent entries in the sidebar', async () => {
    const many = Array.from({ length: RECENT_SHOWN + 20 }, (_, i) =>
      entry(`e${i}`, `2020-01-${String((i % 28) + 1).padStart(2, '0')}`, `Entry ${i}`),
    );
    backend(many);
    screenWith();
    await waitFor(() => expect(screen.getAllByTestId('entry-item')).toHaveLength(RECENT_SHOWN));
    expect(screen.getByTestId('entry-list-more').textContent).toBe(`All ${RECENT_SHOWN + 20} entries in the Journal`);
    fireEvent.click(screen.getByTestId('entry-list-more'));
    await screen.findByTestId('journal-view');
  });
});

describe('keyboard shortcuts on the journal screen', () => {
  it('switches places with Ctrl+1 and Ctrl+2', async () => {
    backend();
    screenWith();
    key({ key: '2', ctrlKey: true }, screen.getByTestId('editor'));
    await screen.findByTestId('journal-view');
    key({ key: '1', ctrlKey: true });
    await screen.findByTestId('editor');
  });

  it('focuses search with Ctrl+K from the editor, and with / elsewhere', async () => {
    backend();
    screenWith();
    key({ key: 'k', ctrlKey: true }, screen.getByTestId('editor'));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId('search-input')));
    fireEvent.click(screen.getByTestId('nav-today'));
    await screen.findByTestId('editor');
    key({ key: '/' }, screen.getByTestId('editor'));
    expect(screen.queryByTestId('journal-view')).toBeNull();
    key({ key: '/' }, screen.getByTestId('nav-today'));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId('search-input')));
  });

  it('opens the help with ?, not while typing, and closes it with Escape', async () => {
    backend();
    screenWith();
    key({ key: '?', shiftKey: true }, screen.getByTestId('editor'));
    expect(screen.queryByTestId('shortcuts-help')).toBeNull();
    key({ key: '?', shiftKey: true }, screen.getByTestId('nav-today'));
    expect(screen.getByTestId('shortcuts-help')).toBeTruthy();
    key({ key: 'Escape' }, document.activeElement!);
    expect(screen.queryByTestId('shortcuts-help')).toBeNull();
  });

  it('opens the settings with Ctrl+,', async () => {
    backend();
    screenWith();
    key({ key: ',', ctrlKey: true });
    expect(screen.getByTestId('settings-dialog')).toBeTruthy();
  });

  it('steps through written days with Alt+arrows in the editor', async () => {
    backend();
    screenWith();
    await screen.findAllByTestId('entry-item');
    key({ key: 'ArrowLeft', altKey: true }, screen.getByTestId('editor'));
    await waitFor(() => expect(editorText()).toBe(OLD.text));
    key({ key: 'ArrowLeft', altKey: true }, screen.getByTestId('editor'));
    await waitFor(() => expect(editorText()).toBe(OLDER.text));
    key({ key: 'ArrowRight', altKey: true }, screen.getByTestId('editor'));
    await waitFor(() => expect(editorText()).toBe(OLD.text));
    key({ key: 'ArrowRight', altKey: true }, screen.getByTestId('editor'));
    await waitFor(() => expect(screen.getByTestId('today-heading')).toBeTruthy());
  });

  it('steps through written days with Alt+arrows in the calendar', async () => {
    backend();
    screenWith();
    await screen.findAllByTestId('entry-item');
    key({ key: '2', ctrlKey: true });
    await screen.findByTestId('calendar');
    key({ key: 'ArrowLeft', altKey: true });
    await waitFor(() =>
      expect(screen.getByTestId(`calendar-day-${OLD.day}`).getAttribute('aria-pressed')).toBe('true'),
    );
    key({ key: 'ArrowLeft', altKey: true });
    await waitFor(() =>
      expect(screen.getByTestId(`calendar-day-${OLDER.day}`).getAttribute('aria-pressed')).toBe('true'),
    );
    expect(screen.getByTestId('journal-list-title').textContent).toContain('2 March 2024');
  });

  it('starts a new entry with Ctrl+N from the Journal', async () => {
    backend();
    screenWith();
    fireEvent.click(screen.getByTestId('nav-journal'));
    await screen.findByTestId('journal-view');
    key({ key: 'n', ctrlKey: true });
    await waitFor(() => expect(screen.getByTestId('today-heading')).toBeTruthy());
  });
});
