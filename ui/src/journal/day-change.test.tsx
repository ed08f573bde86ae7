import { clearMocks, mockIPC } from '@tauri-apps/api/mocks';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import type { Entry } from '../bindings/Entry';
import type { EntryDraft } from '../bindings/EntryDraft';
import { holdClock } from '../clock';
import { localDay } from './dates';
import { summaryOf } from './entry-lists';
import { fakeEntryLists } from './fake-entry-lists';
import { JournalScreen } from './journal-screen';

afterEach(() => {
  clearMocks();
  holdClock(null);
});

const LATE = '2027-02-28T23:59:40Z';
const AFTER_MIDNIGHT = '2027-03-01T00:00:05Z';
const dayAt = (instant: string) => localDay(new Date(instant));

function backend() {
  const entries: Entry[] = [];
  const lists = fakeEntryLists(() => entries.map(summaryOf));
  mockIPC((cmd, args) => {
    const payload = (args ?? {}) as Record<string, unknown>;
    const listed = lists[cmd];
    if (listed) return listed(payload);
    if (cmd !== 'save_entry') return null;
    const draft = payload.draft as EntryDraft;
    const entry: Entry = { ...draft, id: draft.id ?? 'e-late', created: LATE, updated: LATE };
    entries.splice(0, entries.length, ...entries.filter((e) => e.id !== entry.id), entry);
    return entry;
  });
  return { entries };
}

const settings = { theme: 'light' as const, autoLockMinutes: 5, lockWhenMinimised: false, showKeepRates: true, backupFolder: null };
const shownDay = () => screen.getByTestId('entry-date').getAttribute('datetime');

describe('the day changing while the journal is open', () => {
  it('turns a blank page to the new day', async () => {
    holdClock(LATE);
    backend();
    render(<JournalScreen settings={settings} onSettingsChange={() => undefined} onJournalReplaced={() => undefined} onNewKeys={() => undefined} />);
    expect(shownDay()).toBe(dayAt(LATE));

    act(() => holdClock(AFTER_MIDNIGHT));
    await waitFor(() => expect(shownDay()).toBe(dayAt(AFTER_MIDNIGHT)));
    expect(screen.getByTestId('today-heading')).toBeTruthy();
  });

  it('keeps words begun before midnight, and a rating chosen after it, on the day they were begun', async () => {
    holdClock(LATE);
    const { entries } = backend();
    render(<JournalScreen settings={settings} onSettingsChange={() => undefined} onJournalReplaced={() => undefined} onNewKeys={() => undefined} />);
    fireEvent.input(screen.getByTestId('editor'), { target: { value: 'Late, but honest.' } });

    act(() => holdClock(AFTER_MIDNIGHT));
    await waitFor(() => expect(screen.queryByTestId('today-heading')).toBeNull());
    fireEvent.click(screen.getByTestId('trust-4'));
    expect(shownDay()).toBe(dayAt(LATE));

    await waitFor(() => expect(screen.getByTestId('save-status').textContent).toContain('Saved'), { timeout: 3000 });
    expect(entries).toEqual([
      expect.objectContaining({ day: dayAt(LATE), text: 'Late, but honest.', trust: 4 }),
    ]);
  });
});
