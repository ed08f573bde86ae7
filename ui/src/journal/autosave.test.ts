import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Entry } from '../bindings/Entry';
import type { EntryDraft } from '../bindings/EntryDraft';
import { createAutosave, type SaveStatus } from './autosave';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

function entryFrom(draft: EntryDraft, id = 'e1'): Entry {
  const stamp = '2025-11-26T10:00:00+01:00';
  return { id: draft.id ?? id, day: draft.day, created: stamp, updated: stamp, text: draft.text };
}

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
    autosave.change('D');
    await vi.advanceTimersByTimeAsync(500);
    autosave.change('De');
    await vi.advanceTimersByTimeAsync(500);
    autosave.change('Dear');
    await vi.advanceTimersByTimeAsync(999);
    expect(drafts).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(drafts).toEqual([{ id: null, day: '2025-11-26', text: 'Dear' }]);
    expect(statuses.at(-1)).toBe('saved');
  });

  it('creates the entry once, then updates it by id', async () => {
    const { autosave, drafts } = setup();
    autosave.change('first');
    await autosave.flush();
    autosave.change('first words');
    await autosave.flush();
    expect(drafts.map((d) => d.id)).toEqual([null, 'e1']);
    expect(autosave.id).toBe('e1');
  });

  it('never saves a blank new entry', async () => {
    const { autosave, save, statuses } = setup();
    autosave.change('   \n');
    await vi.advanceTimersByTimeAsync(5000);
    await autosave.flush();
    expect(save).not.toHaveBeenCalled();
    expect(statuses).toEqual(['idle']);
  });

  it('forgets text that was typed and erased before the save', async () => {
    const { autosave, save } = setup();
    autosave.change('x');
    autosave.change('');
    await vi.advanceTimersByTimeAsync(5000);
    expect(save).not.toHaveBeenCalled();
  });

  it('saves an existing entry even when it is emptied', async () => {
    const { autosave, drafts } = setup('e9');
    autosave.change('');
    await autosave.flush();
    expect(drafts).toEqual([{ id: 'e9', day: '2025-11-26', text: '' }]);
  });

  it('flushes at once and does not save again when the timer would have fired', async () => {
    const { autosave, save } = setup();
    autosave.change('now');
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
    autosave.change('one');
    const first = autosave.flush();
    autosave.change('one two');
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
    autosave.change('keep me');
    await expect(autosave.flush()).rejects.toEqual({ kind: 'storage', message: 'The disk is full.' });
    expect(statuses.at(-1)).toEqual({
      state: 'error',
      error: { kind: 'storage', message: 'The disk is full.' },
    });
    await autosave.flush();
    expect(save).toHaveBeenLastCalledWith({ id: null, day: '2025-11-26', text: 'keep me' });
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
    autosave.change('a');
    const saving = autosave.flush();
    autosave.change('ab');
    release();
    await saving;
    expect(statuses.at(-1)).toBe('pending');
  });
});
