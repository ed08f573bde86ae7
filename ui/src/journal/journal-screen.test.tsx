import { clearMocks, mockIPC } from '@tauri-apps/api/mocks';
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import type { Entry } from '../bindings/Entry';
import type { EntryDraft } from '../bindings/EntryDraft';
import { localDay } from './dates';
import { summaryOf } from './entry-lists';
import { fakeEntryLists } from './fake-entry-lists';
import { JournalScreen } from './journal-screen';

afterEach(() => clearMocks());

const EARLIER: Entry = {
  id: 'e-old',
  day: '2024-03-02',
  created: '2024-03-02T20:00:00+01:00',
  updated: '2024-03-02T20:00:00+01:00',
  title: '',
  text: 'An older entry.',
  feelings: [],
  trust: null,
  tags: [],
  starred: false,
};

function backend() {
  const entries: Entry[] = [EARLIER];
  const calls: { cmd: string; args: Record<string, unknown> }[] = [];
  const lists = fakeEntryLists(() => entries.map(summaryOf));
  mockIPC((cmd, args) => {
    const payload = (args ?? {}) as Record<string, unknown>;
    calls.push({ cmd, args: payload });
    const listed = lists[cmd];
    if (listed) return listed(payload);
    switch (cmd) {
      case 'get_entry':
        return entries.find((e) => e.id === payload.id);
      case 'save_entry': {
        const draft = payload.draft as EntryDraft;
        const stamp = new Date().toISOString();
        const created = entries.find((e) => e.id === draft.id)?.created ?? stamp;
        const entry: Entry = { ...draft, id: draft.id ?? 'e-new', created, updated: stamp };
        entries.splice(0, entries.length, ...entries.filter((e) => e.id !== entry.id), entry);
        return entry;
      }
      case 'delete_entry':
        entries.splice(0, entries.length, ...entries.filter((e) => e.id !== payload.id));
        return null;
      default:
        return null;
    }
  });
  /** How many times the latest entries themselves were asked for, beyond their count. */
  const listings = () => calls.filter((c) => c.cmd === 'recent_entries' && Number(c.args.limit) > 0).length;
  return { entries, calls, listings };
}

const settings = { theme: 'light' as const, autoLockMinutes: 5, lockWhenMinimised: false, showKeepRates: true, backupFolder: null };

describe('JournalScreen', () => {
  it('opens on a new entry for today and saves it once typing stops', async () => {
    const { entries, listings } = backend();
    render(<JournalScreen settings={settings} onSettingsChange={() => undefined} onJournalReplaced={() => undefined} onNewKeys={() => undefined} />);
    expect(screen.getByTestId('today-heading')).toBeTruthy();
    await screen.findAllByTestId('entry-item');

    fireEvent.input(screen.getByTestId('editor'), { target: { value: 'A first line.' } });
    expect(screen.getByTestId('save-status').textContent).toContain('Saving');
    await waitFor(() => expect(screen.getByTestId('save-status').textContent).toContain('Saved'), {
      timeout: 3000,
    });
    expect(entries.find((e) => e.id === 'e-new')).toMatchObject({ day: localDay(), text: 'A first line.' });
    await waitFor(() => expect(screen.getAllByTestId('entry-item')).toHaveLength(2));
    expect(screen.getAllByTestId('entry-item')[0]!.textContent).toContain('A first line.');
    expect(listings()).toBe(1);
  });

  it('follows an edit in the sidebar in place: a new title, then a move to another day', async () => {
    const { listings } = backend();
    render(<JournalScreen settings={settings} onSettingsChange={() => undefined} onJournalReplaced={() => undefined} onNewKeys={() => undefined} />);
    fireEvent.input(screen.getByTestId('editor'), { target: { value: 'Today, briefly.' } });
    await waitFor(() => expect(screen.getAllByTestId('entry-item')).toHaveLength(2));
    expect(screen.getAllByTestId('entry-item').map((item) => item.textContent)).toEqual([
      expect.stringContaining('Today, briefly.'),
      expect.stringContaining(EARLIER.text),
    ]);
    fireEvent.click(screen.getByTestId('entry-day-change'));
    fireEvent.change(await screen.findByTestId('entry-day'), { target: { value: '2020-01-01' } });
    await waitFor(() =>
      expect(screen.getAllByTestId('entry-item').map((item) => item.textContent)).toEqual([
        expect.stringContaining(EARLIER.text),
        expect.stringContaining('Today, briefly.'),
      ]),
    );
    expect(listings()).toBe(1);
  });

  it('asks before deleting, lets Escape back out, then deletes and returns to today', async () => {
    const { calls, listings } = backend();
    render(<JournalScreen settings={settings} onSettingsChange={() => undefined} onJournalReplaced={() => undefined} onNewKeys={() => undefined} />);
    fireEvent.click((await screen.findAllByTestId('entry-item'))[0]!);
    await waitFor(() => expect((screen.getByTestId('editor') as HTMLTextAreaElement).value).toBe(EARLIER.text));
    expect(screen.queryByTestId('today-heading')).toBeNull();

    fireEvent.click(screen.getByTestId('delete-entry'));
    expect(screen.getByRole('dialog').textContent).toContain('Saturday, 2 March 2024');
    fireEvent.keyDown(document, { key: 'Escape' });
    expect(screen.queryByRole('dialog')).toBeNull();

    fireEvent.click(screen.getByTestId('delete-entry'));
    fireEvent.click(screen.getByTestId('confirm-delete'));
    await waitFor(() => expect(screen.getByTestId('today-heading')).toBeTruthy());
    expect(calls.map((c) => c.cmd)).toContain('delete_entry');
    await waitFor(() => expect(screen.queryAllByTestId('entry-item')).toHaveLength(0));
    expect(listings()).toBe(1);
  });
});
