import { clearMocks, mockIPC } from '@tauri-apps/api/mocks';
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import type { Draft } from '../bindings/Draft';
import type { Entry } from '../bindings/Entry';
import type { EntryDraft } from '../bindings/EntryDraft';
import type { Prompt } from '../bindings/Prompt';
import { localDay } from '../journal/dates';
import { summaryOf } from '../journal/entry-lists';
import { fakeEntryLists } from '../journal/fake-entry-lists';
import { JournalScreen } from '../journal/journal-screen';
import { EMPTY_FIELDS } from './entry-fields';
import { STANDARD_FEELINGS } from './hooks';

afterEach(() => clearMocks());

const STORED: Entry = {
  id: 'e-old',
  day: '2024-03-02',
  created: '2024-03-02T20:00:00+01:00',
  updated: '2024-03-02T20:00:00+01:00',
  ...EMPTY_FIELDS,
  text: 'An older entry.',
  tags: ['therapy'],
};

const PROMPTS: Prompt[] = [
  { id: 'communication-01', topic: 'communication', for: 'anyone', text: 'What did you hold back today?' },
  { id: 'empathy-02', topic: 'empathy', for: 'anyone', text: 'What might the day have felt like for them?' },
];

type Call = { cmd: string; args: Record<string, unknown>; at: number };

function backend({ draft = null as Draft | null, prompt = true } = {}) {
  const entries: Entry[] = [{ ...STORED }];
  const calls: Call[] = [];
  let promptIndex = prompt ? 0 : -1;
  let kept = draft;
  const started = Date.now();
  const lists = fakeEntryLists(() => entries.map(summaryOf));
  mockIPC((cmd, raw) => {
    const args = (raw ?? {}) as Record<string, unknown>;
    calls.push({ cmd, args, at: Date.now() - started });
    const listed = lists[cmd];
    if (listed) return listed(args);
    switch (cmd) {
      case 'get_entry': {
        const found = entries.find((e) => e.id === args.id);
        return found ? { ...found } : Promise.reject({ kind: 'not_found', message: 'Gone.' });
      }
      case 'save_entry': {
        const saved = args.draft as EntryDraft;
        const entry: Entry = { ...saved, id: saved.id ?? 'e-new', created: '2026-11-26T21:00:00+01:00', updated: '' };
        entries.splice(0, entries.length, ...entries.filter((e) => e.id !== entry.id), entry);
        return entry;
      }
      case 'vocabulary':
        return { feelings: [...STANDARD_FEELINGS, 'seen'], tags: ['therapy', 'walks'] };
      case 'todays_prompt':
        return promptIndex < 0 ? null : PROMPTS[promptIndex];
      case 'another_prompt':
        promptIndex = (promptIndex + 1) % PROMPTS.length;
        return PROMPTS[promptIndex];
      case 'dismiss_prompt':
        promptIndex = -1;
        return null;
      case 'keep_draft':
        kept = { entry: args.draft as EntryDraft, kept: '2026-11-26T21:14:00+01:00' };
        return null;
      case 'get_draft':
        return kept;
      case 'discard_draft':
        kept = null;
        return null;
      default:
        return null;
    }
  });
  const saves = () => calls.filter((c) => c.cmd === 'save_entry').map((c) => c.args.draft as EntryDraft);
  return { entries, calls, saves, kept: () => kept };
}

const settings = { theme: 'light' as const, autoLockMinutes: 5, lockWhenMinimised: false, showKeepRates: true, backupFolder: null };
const open = () => render(<JournalScreen settings={settings} onSettingsChange={() => undefined} onJournalReplaced={() => undefined} onNewKeys={() => undefined} />);
const editor = () => screen.getByTestId('editor') as HTMLTextAreaElement;
const type = (testId: string, value: string) => fireEvent.input(screen.getByTestId(testId), { target: { value } });
const saved = () =>
  waitFor(() => expect(screen.getByTestId('save-status').textContent).toBe('Saved'), { timeout: 3000 });

describe('writing today', () => {
  it('saves every part of a new entry: title, text, feelings, trust, tags and star', async () => {
    const { saves } = backend({ prompt: false });
    open();
    type('entry-title', 'A quiet evening');
    type('editor', 'We talked.');
    fireEvent.click(screen.getByTestId('feeling-hopeful'));
    fireEvent.click(screen.getByTestId('feeling-calm'));
    fireEvent.click(screen.getByTestId('trust-7'));
    type('tag-input', '#walks,');
    fireEvent.click(screen.getByTestId('star-toggle'));
    await saved();
    expect(saves().at(-1)).toEqual({
      id: null,
      day: localDay(),
      title: 'A quiet evening',
      text: 'We talked.',
      feelings: ['hopeful', 'calm'],
      trust: 7,
      tags: ['walks'],
      starred: true,
    });
    expect(saves()).toHaveLength(1);
    expect(screen.getByTestId('trust-value').textContent).toBe('7 / 10');
    expect(screen.getByTestId('words').textContent).toBe('2 words');
  });

  it('saves a change of trust alone on an existing entry', async () => {
    const { saves } = backend({ prompt: false });
    open();
    fireEvent.click((await screen.findAllByTestId('entry-item'))[0]!);
    await waitFor(() => expect(editor().value).toBe(STORED.text));
    fireEvent.click(screen.getByTestId('trust-3'));
    await saved();
    expect(saves()).toEqual([
      { id: 'e-old', day: STORED.day, title: '', text: STORED.text, feelings: [], trust: 3, tags: ['therapy'], starred: false },
    ]);
  });

  it('never saves a blank new entry, even starred', async () => {
    const { saves } = backend({ prompt: false });
    open();
    fireEvent.click(screen.getByTestId('star-toggle'));
    type('editor', '   ');
    await new Promise((resolve) => setTimeout(resolve, 1300));
    expect(saves()).toEqual([]);
  });

  it('keeps a crash draft within a third of a second of typing, long before the autosave', async () => {
    const { calls, kept } = backend({ prompt: false });
    open();
    type('editor', 'I');
    type('editor', 'I was writing');
    await waitFor(() => expect(kept()?.entry.text).toBe('I was writing'), { timeout: 600 });
    expect(calls.some((c) => c.cmd === 'save_entry')).toBe(false);
  });

  it('offers back writing left by a crash, restores it, and saves it', async () => {
    const draft: Draft = {
      kept: `${localDay()}T21:14:00+01:00`,
      entry: { id: null, day: localDay(), ...EMPTY_FIELDS, title: 'After the session', text: 'Unsaved words.', trust: 5 },
    };
    const { saves } = backend({ draft });
    open();
    const offer = await screen.findByTestId('draft-offer');
    expect(offer.textContent).toContain('You were writing when Kintsugi closed, today at');
    expect(offer.textContent).toContain('After the session');
    expect(screen.queryByTestId('prompt-card')).toBeNull();
    fireEvent.click(screen.getByTestId('draft-restore'));
    await waitFor(() => expect(editor().value).toBe('Unsaved words.'));
    expect((screen.getByTestId('entry-title') as HTMLInputElement).value).toBe('After the session');
    expect(screen.queryByTestId('draft-offer')).toBeNull();
    await saved();
    expect(saves().at(-1)).toMatchObject({ id: null, title: 'After the session', text: 'Unsaved words.', trust: 5 });
  });

  it('forgets the offered draft when asked to discard it', async () => {
    const draft: Draft = { kept: '2026-11-25T21:14:00+01:00', entry: { id: null, day: '2026-11-25', ...EMPTY_FIELDS, text: 'x' } };
    const { kept } = backend({ draft });
    open();
    fireEvent.click(await screen.findByTestId('draft-discard'));
    expect(screen.queryByTestId('draft-offer')).toBeNull();
    await waitFor(() => expect(kept()).toBeNull());
  });

  it('does not offer a draft that holds nothing the vault lacks', async () => {
    const { created: _, updated: __, ...same } = STORED;
    const { kept } = backend({ draft: { kept: '2026-11-25T21:14:00+01:00', entry: same } });
    open();
    await waitFor(() => expect(kept()).toBeNull());
    expect(screen.queryByTestId('draft-offer')).toBeNull();
  });

  it('shows today’s prompt, another one on request, writes about it, or puts it away', async () => {
    const { calls } = backend();
    open();
    expect((await screen.findByTestId('prompt-text')).textContent).toBe(PROMPTS[0]!.text);
    expect(screen.getByTestId('prompt-card').textContent).toContain('Honest communication');
    fireEvent.click(screen.getByTestId('prompt-another'));
    await waitFor(() => expect(screen.getByTestId('prompt-text').textContent).toBe(PROMPTS[1]!.text));
    type('editor', 'My answer.');
    fireEvent.click(screen.getByTestId('prompt-use'));
    expect(editor().value).toBe(`> ${PROMPTS[1]!.text}\n\nMy answer.`);
    expect(screen.queryByTestId('prompt-card')).toBeNull();
    await saved();

    fireEvent.click(screen.getByTestId('new-entry'));
    fireEvent.click(await screen.findByTestId('prompt-dismiss'));
    expect(screen.queryByTestId('prompt-card')).toBeNull();
    expect(calls.some((c) => c.cmd === 'dismiss_prompt')).toBe(true);
  });

  it('reads the entry as rendered Markdown, with scripts, images and links made harmless', async () => {
    backend({ prompt: false });
    open();
    type('editor', '**bold** <img src=x onerror="alert(1)"> [go](javascript:alert(1)) ![](https://x/y.png)');
    fireEvent.click(screen.getByTestId('preview-toggle'));
    const view = await screen.findByTestId('markdown-view');
    await waitFor(() => expect(view.querySelector('strong')?.textContent).toBe('bold'));
    expect(view.querySelector('img, a, [href], [src], [onerror]')).toBeNull();
    expect(screen.queryByTestId('editor')).toBeNull();
    fireEvent.keyDown(window, { key: 'e', ctrlKey: true });
    expect(screen.getByTestId('editor')).toBeTruthy();
  });

  it('enters focus mode with its button or Ctrl+Shift+F, and leaves it with Escape', async () => {
    backend({ prompt: false });
    open();
    const root = document.documentElement;
    fireEvent.click(screen.getByTestId('focus-toggle'));
    expect(root.hasAttribute('data-focus-mode')).toBe(true);
    fireEvent.keyDown(editor(), { key: 'Escape' });
    expect(root.hasAttribute('data-focus-mode')).toBe(false);
    fireEvent.keyDown(editor(), { key: 'F', ctrlKey: true, shiftKey: true });
    expect(root.hasAttribute('data-focus-mode')).toBe(true);
    fireEvent.keyDown(editor(), { key: 'F', ctrlKey: true, shiftKey: true });
    expect(root.hasAttribute('data-focus-mode')).toBe(false);
  });

  it('keeps a 10,000 character title as typed, says why it cannot be saved, and moves the rest', async () => {
    backend({ prompt: false });
    open();
    const long = 'word '.repeat(2000).trim();
    type('entry-title', long);
    expect((screen.getByTestId('entry-title') as HTMLInputElement).value).toBe(long);
    expect(screen.getByTestId('title-limit').textContent).toContain('this one has 9,999');
    fireEvent.click(screen.getByTestId('title-move-rest'));
    const title = (screen.getByTestId('entry-title') as HTMLInputElement).value;
    expect(title.length).toBeLessThanOrEqual(200);
    expect(`${title} ${editor().value}`).toBe(long);
    expect(screen.queryByTestId('title-limit')).toBeNull();
  });

  it('keeps an over-long title crash-safe too, with the rest moved into the text', async () => {
    const { kept } = backend({ prompt: false });
    open();
    const long = 'word '.repeat(2000).trim();
    type('entry-title', long);
    await waitFor(() => expect(kept()).not.toBeNull(), { timeout: 600 });
    const { title, text } = kept()!.entry;
    expect(title.length).toBeLessThanOrEqual(200);
    expect(`${title} ${text}`).toBe(long);
  });

  it('handles right-to-left text, emoji and combining marks in every field', async () => {
    const { saves } = backend({ prompt: false });
    open();
    type('entry-title', 'שלום 👋');
    type('editor', 'e\u0301te\u0301 👩‍❤️‍👨 مرحبا');
    type('feeling-custom-input', 'مطمئن');
    fireEvent.keyDown(screen.getByTestId('feeling-custom-input'), { key: 'Enter' });
    await saved();
    expect(saves().at(-1)).toMatchObject({ title: 'שלום 👋', text: 'e\u0301te\u0301 👩‍❤️‍👨 مرحبا', feelings: ['مطمئن'] });
    expect(screen.getByTestId('entry-title').getAttribute('dir')).toBe('auto');
    expect(editor().getAttribute('dir')).toBe('auto');
  });
});
