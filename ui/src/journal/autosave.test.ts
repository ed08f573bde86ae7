import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Entry } from '../bindings/Entry';
import type { EntryDraft } from '../bindings/EntryDraft';
import { EMPTY_FIELDS, type EntryFields } from '../writing/entry-fields';
import { createAutosave, type SaveStatus } from './autosave';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

function entryFrom(draft: EntryDraft, id = 'e1'): Entry {
  const stamp = '2025-11-26T10:00:00+01:00';
  return { ...draft, id: draft.id ?? id, created: stamp, updated: stamp };
}

const withText = (text: string): EntryFields => ({ ...EMPTY_FIELDS, text });
const draftOf = (id: string | null, fields: Partial<EntryFields>): EntryDraft => ({
  id,
  day: '2025-11-26',
  ...EMPTY_FIELDS,
  ...fields,
});

function setup(id: string | null = null) {
  const drafts: EntryDraft[] = [];
  const statuses: SaveStatus['state'][] = [];
  const save = vi.fn(async (draft: EntryDraft) => {
    drafts.push(draft);
    return entryFrom(draft);
  });
  const autosave = createAutosave({
    id,
    day: '2025-11-26',
    save,
    onStatus: (status) => statuses.push(status.state),
  });
  return { autosave, save, drafts, statuses };
}

describe('createAutosave', () => {
  it('saves once, a second after typing stops', async () => {
    const { autosave, drafts, statuses } = setup();
    autosave.change(withText('D'));
    await vi.advanceTimersByTimeAsync(500);
    autosave.change(withText('De'));
    await vi.advanceTimersByTimeAsync(500);
    autosave.change(withText('Dear'));
    await vi.advanceTimersByTimeAsync(999);
    expect(drafts).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(drafts).toEqual([draftOf(null, { text: 'Dear' })]);
    expect(statuses.at(-1)).toBe('saved');
  });

  it('creates the entry once, then updates it by id', async () => {
    const { autosave, drafts } = setup();
    autosave.change(withText('first'));
    await autosave.flush();
    autosave.change(withText('first words'));
    await autosave.flush();
    expect(drafts.map((d) => d.id)).toEqual([null, 'e1']);
    expect(autosave.id).toBe('e1');
  });

  it('never saves a blank new entry', async () => {
    const { autosave, save, statuses } = setup();
    autosave.change(withText('   \n'));
    await vi.advanceTimersByTimeAsync(5000);
    await autosave.flush();
    expect(save).not.toHaveBeenCalled();
    expect(statuses).toEqual(['idle']);
  });

  it('forgets text that was typed and erased before the save', async () => {
    const { autosave, save } = setup();
    autosave.change(withText('x'));
    autosave.change(withText(''));
    await vi.advanceTimersByTimeAsync(5000);
    expect(save).not.toHaveBeenCalled();
  });

  it('saves an existing entry even when it is emptied', async () => {
    const { autosave, drafts } = setup('e9');
    autosave.change(withText(''));
    await autosave.flush();
    expect(drafts).toEqual([draftOf('e9', { text: '' })]);
  });

  it('flushes at once and does not save again when the timer would have fired', async () => {
    const { autosave, save } = setup();
    autosave.change(withText('now'));
    await autosave.flush();
    await vi.advanceTimersByTimeAsync(5000);
    expect(save).toHaveBeenCalledTimes(1);
  });

  it('does nothing on flush when everything is saved', async () => {
    const { autosave, save } = setup('e1');
    await autosave.flush();
    expect(save).not.toHaveBeenCalled();
  });

  it('waits for the first save before the next, so a new entry is created only once', async () => {
    let release: () => void = () => undefined;
    const drafts: EntryDraft[] = [];
    const autosave = createAutosave({
      id: null,
      day: '2025-11-26',
      onStatus: () => undefined,
      save: (draft) => {
        drafts.push(draft);
        return new Promise((resolve) => {
          release = () => resolve(entryFrom(draft));
        });
      },
    });
    autosave.change(withText('one'));
    const first = autosave.flush();
    autosave.change(withText('one two'));
    const second = autosave.flush();
    await Promise.resolve();
    expect(drafts).toHaveLength(1);
    release();
    await first;
    await vi.waitFor(() => expect(drafts).toHaveLength(2));
    release();
    await second;
    expect(drafts.map((d) => [d.id, d.text])).toEqual([
      [null, 'one'],
      ['e1', 'one two'],
    ]);
  });

  it('keeps the text after a failed save and retries it on the next flush', async () => {
    const statuses: SaveStatus[] = [];
    const save = vi
      .fn<(draft: EntryDraft) => Promise<Entry>>()
      .mockRejectedValueOnce({ kind: 'storage', message: 'The disk is full.' })
      .mockImplementation(async (draft) => entryFrom(draft));
    const autosave = createAutosave({
      id: null,
      day: '2025-11-26',
      save,
      onStatus: (status) => statuses.push(status),
    });
    autosave.change(withText('keep me'));
    await expect(autosave.flush()).rejects.toEqual({ kind: 'storage', message: 'The disk is full.' });
    expect(statuses.at(-1)).toEqual({
      state: 'error',
      error: { kind: 'storage', message: 'The disk is full.' },
    });
    await autosave.flush();
    expect(save).toHaveBeenLastCalledWith(draftOf(null, { text: 'keep me' }));
    expect(statuses.at(-1)).toEqual({ state: 'saved' });
  });

  it('reports pending, not saved, when more was typed during a save', async () => {
    let release: () => void = () => undefined;
    const statuses: SaveStatus['state'][] = [];
    const autosave = createAutosave({
      id: 'e1',
      day: '2025-11-26',
      onStatus: (status) => statuses.push(status.state),
      save: (draft) =>
        new Promise((resolve) => {
          release = () => resolve(entryFrom(draft));
        }),
    });
    autosave.change(withText('a'));
    const saving = autosave.flush();
    autosave.change(withText('ab'));
    release();
    await saving;
    expect(statuses.at(-1)).toBe('pending');
  });

  it('saves a change to any part of the entry, not only its text', async () => {
    const { autosave, drafts } = setup('e1');
    autosave.change({ ...EMPTY_FIELDS, feelings: ['hopeful'], trust: 6, tags: ['therapy'], starred: true });
    await vi.advanceTimersByTimeAsync(1000);
    expect(drafts).toEqual([
      draftOf('e1', { feelings: ['hopeful'], trust: 6, tags: ['therapy'], starred: true }),
    ]);
  });

  it('creates a new entry from a feeling or a rating alone', async () => {
    const { autosave, drafts } = setup();
    autosave.change({ ...EMPTY_FIELDS, trust: 3 });
    await autosave.flush();
    expect(drafts).toEqual([draftOf(null, { trust: 3 })]);
  });

  it('does not create an entry from a star alone, which the core refuses', async () => {
    const { autosave, save } = setup();
    autosave.change({ ...EMPTY_FIELDS, starred: true, title: '  ' });
    await vi.advanceTimersByTimeAsync(5000);
    expect(save).not.toHaveBeenCalled();
  });

  it('tells whether something is not durable yet', async () => {
    const { autosave } = setup();
    expect(autosave.unsaved).toBe(false);
    autosave.change(withText('a'));
    expect(autosave.unsaved).toBe(true);
    const saving = autosave.flush();
    expect(autosave.unsaved).toBe(true);
    await saving;
    expect(autosave.unsaved).toBe(false);
  });

  it('moves the entry to another day like any other change, and keeps it there', async () => {
    const { autosave, drafts } = setup('e1');
    autosave.change(withText('words'), '2024-03-02');
    await autosave.flush();
    autosave.change(withText('more words'));
    await autosave.flush();
    expect(drafts.map((d) => [d.day, d.text])).toEqual([
      ['2024-03-02', 'words'],
      ['2024-03-02', 'more words'],
    ]);
  });

  it('moves a blank new entry without saving it; its first words save on the new day', async () => {
    const { autosave, drafts, save } = setup();
    autosave.change(EMPTY_FIELDS, '2024-03-02');
    await vi.advanceTimersByTimeAsync(5000);
    expect(save).not.toHaveBeenCalled();
    autosave.change(withText('A day worth remembering.'));
    await autosave.flush();
    expect(drafts).toEqual([{ ...draftOf(null, { text: 'A day worth remembering.' }), day: '2024-03-02' }]);
  });
});
