import { clearMocks, mockIPC } from '@tauri-apps/api/mocks';
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import type { Entry } from '../bindings/Entry';
import type { EntryDraft } from '../bindings/EntryDraft';
import { localDay } from './dates';
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
  const calls: string[] = [];
  mockIPC((cmd, args) => {
    calls.push(cmd);
    const payload = (args ?? {}) as Record<string, unknown>;
    switch (cmd) {
      case 'list_entries':
        return entries.map(({ created: _, text, ...e }) => ({ ...e, preview: text, words: 3 }));
      case 'get_entry':
        return entries.find((e) => e.id === payload.id);
      case 'save_entry': {
        const draft = payload.draft as EntryDraft;
        const entry: Entry = { ...draft, id: draft.id ?? 'e-new', created: '', updated: '' };
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
  return { entries, calls };
}

const settings = { theme: 'light' as const, autoLockMinutes: 5 };

describe('JournalScreen', () => {
  it('opens on a new entry for today and saves it once typing stops', async () => {
    const { entries } = backend();
    render(<JournalScreen settings={settings} onSettingsChange={() => undefined} />);
    expect(screen.getByTestId('today-heading')).toBeTruthy();
    await screen.findAllByTestId('entry-item');

    fireEvent.input(screen.getByTestId('editor'), { target: { value: 'A first line.' } });
    expect(screen.getByTestId('save-status').textContent).toContain('Saving');
    await waitFor(() => expect(screen.getByTestId('save-status').textContent).toContain('Saved'), {
      timeout: 3000,
    });
    expect(entries.find((e) => e.id === 'e-new')).toMatchObject({ day: localDay(), text: 'A first line.' });
    await waitFor(() => expect(screen.getAllByTestId('entry-item')).toHaveLength(2));
  });

  it('asks before deleting, lets Escape back out, then deletes and returns to today', async () => {
    const { calls } = backend();
    render(<JournalScreen settings={settings} onSettingsChange={() => undefined} />);
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
    expect(calls).toContain('delete_entry');
    await waitFor(() => expect(screen.queryAllByTestId('entry-item')).toHaveLength(0));
  });
});
