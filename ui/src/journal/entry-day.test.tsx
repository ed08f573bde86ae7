import { clearMocks, mockIPC } from '@tauri-apps/api/mocks';
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import type { CommandError } from '../bindings/CommandError';
import type { Entry } from '../bindings/Entry';
import type { EntryDraft } from '../bindings/EntryDraft';
import { EMPTY_FIELDS } from '../writing/entry-fields';
import { localDay } from './dates';
import { summaryOf } from './entry-lists';
import { fakeEntryLists } from './fake-entry-lists';
import { JournalScreen } from './journal-screen';

afterEach(() => clearMocks());

function entry(id: string, day: string, text: string): Entry {
  const stamp = `${day}T20:00:00+01:00`;
  return { id, day, created: stamp, updated: stamp, ...EMPTY_FIELDS, text };
}

const OLDER = entry('e-older', '2024-03-02', 'The older entry.');
const OLD = entry('e-old', '2024-03-09', 'The old entry.');

type Options = { failSaves?: CommandError; failDrafts?: CommandError };

/** A vault held to the core's rules for days; saves and drafts fail when told to. */
function backend({ failSaves, failDrafts }: Options = {}) {
  const entries: Entry[] = [{ ...OLD }, { ...OLDER }];
  const calls: { cmd: string; args: Record<string, unknown> }[] = [];
  const lists = fakeEntryLists(() => entries.map(summaryOf));
  mockIPC((cmd, raw) => {
    const args = (raw ?? {}) as Record<string, unknown>;
    calls.push({ cmd, args });
    const listed = lists[cmd];
    if (listed) return listed(args);
    switch (cmd) {
      case 'get_entry':
        return { ...entries.find((e) => e.id === args.id)! };
      case 'save_entry': {
        if (failSaves) return Promise.reject(failSaves);
        const draft = args.draft as EntryDraft;
        const year = Number(draft.day.slice(0, 4));
        if (year < 1900 || year > 2200) {
          return Promise.reject({ kind: 'invalid_input', message: 'Choose a day between the years 1900 and 2200.' });
        }
        const saved: Entry = { ...draft, id: draft.id ?? 'e-new', created: `${draft.day}T21:00:00+01:00`, updated: '' };
        entries.splice(0, entries.length, ...entries.filter((e) => e.id !== saved.id), saved);
        return saved;
      }
      case 'keep_draft':
        return failDrafts ? Promise.reject(failDrafts) : null;
      case 'calendar_month':
      case 'on_this_day':
        return [];
      case 'vocabulary':
        return { feelings: [], tags: [] };
      default:
        return null;
    }
  });
  const saves = () => calls.filter((c) => c.cmd === 'save_entry').map((c) => c.args.draft as EntryDraft);
  return { entries, calls, saves };
}

const settings = { theme: 'light' as const, autoLockMinutes: 5, lockWhenMinimised: false, showKeepRates: true, backupFolder: null };
const screenWith = () => render(<JournalScreen settings={settings} onSettingsChange={() => undefined} onJournalReplaced={() => undefined} onNewKeys={() => undefined} />);
const heading = () => screen.getByTestId('entry-date');
const dayField = () => screen.getByTestId('entry-day') as HTMLInputElement;
const setDay = (value: string, event: 'input' | 'change' = 'input') =>
  event === 'input' ? fireEvent.input(dayField(), { target: { value } }) : fireEvent.change(dayField(), { target: { value } });

async function openOld() {
  fireEvent.click((await screen.findAllByTestId('entry-item'))[0]!);
  await waitFor(() => expect(heading().textContent).toBe('Saturday, 9 March 2024'));
  // The editor puts the caret in the text after the next frame; a person clicks long after.
  await new Promise((resolve) => setTimeout(resolve, 150));
}

describe("an entry's day", () => {
  it('moves an entry to the day chosen in the date field, saving it there', async () => {
    const { saves } = backend();
    screenWith();
    await openOld();
    fireEvent.click(screen.getByTestId('entry-day-change'));
    await waitFor(() => expect(document.activeElement).toBe(dayField()));
    expect(dayField().value).toBe('2024-03-09');
    expect(dayField().type).toBe('date');

    setDay('2024-03-05', 'change');
    expect(heading().textContent).toBe('Tuesday, 5 March 2024');
    expect(heading().getAttribute('datetime')).toBe('2024-03-05');
    await waitFor(() => expect(saves().at(-1)).toMatchObject({ id: 'e-old', day: '2024-03-05', text: 'The old entry.' }), {
      timeout: 3000,
    });
    await waitFor(() => expect(screen.getByTestId('save-status').textContent).toBe('Saved'));

    fireEvent.keyDown(dayField(), { key: 'Enter' });
    expect(screen.queryByTestId('entry-day')).toBeNull();
    await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId('entry-day-change')));
  });

  it('takes a day typed as text only once it is whole and real, and says how to write one', async () => {
    const { saves } = backend();
    screenWith();
    await openOld();
    fireEvent.click(screen.getByTestId('entry-day-change'));
    // As in a window without a date picker, where the field is plain text.
    dayField().setAttribute('type', 'text');
    for (const partial of ['', '2', '2024-0', '2024-02-3', '2024-02-30']) setDay(partial);
    expect(heading().textContent).toBe('Saturday, 9 March 2024');
    fireEvent.click(screen.getByTestId('entry-day-done'));
    expect(screen.getByTestId('entry-day-problem').textContent).toBe(
      'Type the day as YYYY-MM-DD, for example 2024-03-02.',
    );
    expect(dayField().getAttribute('aria-invalid')).toBe('true');

    setDay('2024-02-29');
    expect(heading().textContent).toBe('Thursday, 29 February 2024');
    expect(screen.queryByTestId('entry-day-problem')).toBeNull();
    await waitFor(() => expect(saves().at(-1)?.day).toBe('2024-02-29'), { timeout: 3000 });
  });

  it('shows the vault’s refusal of a day outside the years it keeps, and puts the day back on Escape', async () => {
    const { saves } = backend();
    screenWith();
    await openOld();
    fireEvent.click(screen.getByTestId('entry-day-change'));
    setDay('1850-06-01');
    expect(screen.getByTestId('entry-day-problem').textContent).toBe('Choose a day between the years 1900 and 2200.');
    await waitFor(
      () =>
        expect(screen.getByTestId('save-status').textContent).toBe(
          'Not saved: Choose a day between the years 1900 and 2200.',
        ),
      { timeout: 3000 },
    );
    fireEvent.click(screen.getByTestId('entry-day-done'));
    expect(screen.getByTestId('entry-day')).toBeTruthy();

    fireEvent.keyDown(dayField(), { key: 'Escape' });
    expect(screen.queryByTestId('entry-day')).toBeNull();
    expect(heading().textContent).toBe('Saturday, 9 March 2024');
    await waitFor(() => expect(saves().at(-1)?.day).toBe('2024-03-09'), { timeout: 3000 });
    await waitFor(() => expect(screen.getByTestId('save-status').textContent).toBe('Saved'));
  });

  it('calls a moved entry Today only while it is about today', async () => {
    const { saves } = backend();
    screenWith();
    expect(screen.getByTestId('today-heading')).toBeTruthy();
    fireEvent.input(screen.getByTestId('editor'), { target: { value: 'Written late.' } });
    fireEvent.click(screen.getByTestId('entry-day-change'));
    setDay('2024-03-08');
    expect(screen.queryByTestId('today-heading')).toBeNull();
    expect(screen.getByText('Entry', { selector: '.eyebrow' })).toBeTruthy();
    // Leaving the text for the date field saved it on today first; the move follows it.
    await waitFor(() => expect(saves().at(-1)).toMatchObject({ id: 'e-new', day: '2024-03-08', text: 'Written late.' }), {
      timeout: 3000,
    });
    setDay(localDay());
    expect(screen.getByTestId('today-heading')).toBeTruthy();
  });

  it('steps with Alt+arrows from the day the entry was moved to', async () => {
    backend();
    screenWith();
    await openOld();
    fireEvent.click(screen.getByTestId('entry-day-change'));
    setDay('2024-03-01');
    fireEvent.keyDown(dayField(), { key: 'Enter' });
    fireEvent.keyDown(document.body, { key: 'ArrowRight', altKey: true });
    await waitFor(() => expect(heading().textContent).toBe('Saturday, 2 March 2024'));
    expect((screen.getByTestId('editor') as HTMLTextAreaElement).value).toBe('The older entry.');
  });

  it('writes about a day chosen in the Journal', async () => {
    const { saves } = backend();
    screenWith();
    fireEvent.click(screen.getByTestId('nav-journal'));
    const day = `${localDay().slice(0, 8)}01`;
    fireEvent.click(await screen.findByTestId(`calendar-day-${day}`));
    fireEvent.click(await screen.findByTestId('write-for-day'));
    await waitFor(() => expect(heading().getAttribute('datetime')).toBe(day));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId('editor')));
    fireEvent.input(screen.getByTestId('editor'), { target: { value: 'Looking back on the first.' } });
    await waitFor(() => expect(saves().at(-1)).toMatchObject({ id: null, day, text: 'Looking back on the first.' }), {
      timeout: 3000,
    });
  });
});

describe('locking with writing that cannot be saved', () => {
  const DISK_FULL: CommandError = { kind: 'storage', message: 'Could not write to the journal file: the disk is full.' };

  it('locks even when it can neither save nor keep the words, taking the page off the screen first', async () => {
    const { calls } = backend({ failSaves: DISK_FULL, failDrafts: DISK_FULL });
    screenWith();
    fireEvent.input(screen.getByTestId('editor'), { target: { value: 'Words with nowhere to go.' } });
    fireEvent.click(screen.getByTestId('lock-button'));
    expect(document.documentElement.classList.contains('locking')).toBe(true);
    await waitFor(() => expect(calls.some((c) => c.cmd === 'lock')).toBe(true));
    document.documentElement.classList.remove('locking');
  });
});
