import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { EntryDraft } from '../bindings/EntryDraft';
import { createDraftKeeper } from './draft-keeper';
import { EMPTY_FIELDS, toDraft } from './entry-fields';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

function setup() {
  let state: EntryDraft | null = null;
  const kept: (EntryDraft | 'forgotten')[] = [];
  const keep = vi.fn(async (draft: EntryDraft) => {
    kept.push(draft);
  });
  const forget = vi.fn(async () => {
    kept.push('forgotten');
  });
  const keeper = createDraftKeeper({ snapshot: () => state, keep, forget });
  const type = (text: string) => {
    state = toDraft(null, '2026-11-26', { ...EMPTY_FIELDS, text });
    keeper.changed();
  };
  const saveAll = () => {
    state = null;
    keeper.changed();
  };
  return { keeper, kept, keep, forget, type, saveAll };
}

const texts = (kept: (EntryDraft | 'forgotten')[]) =>
  kept.map((k) => (k === 'forgotten' ? k : k.text));

describe('createDraftKeeper', () => {
  it('keeps the first keystroke at once and the last one within 300 ms, long before autosave', async () => {
    const { kept, type } = setup();
    type('I');
    await vi.advanceTimersByTimeAsync(0);
    expect(texts(kept)).toEqual(['I']);
    type('I w');
    type('I wa');
    type('I was');
    await vi.advanceTimersByTimeAsync(299);
    expect(texts(kept)).toEqual(['I']);
    await vi.advanceTimersByTimeAsync(1);
    expect(texts(kept)).toEqual(['I', 'I was']);
  });

  it('loses at most a fraction of a second of steady typing', async () => {
    const { kept, type } = setup();
    let text = '';
    for (let i = 0; i < 40; i += 1) {
      text += 'a';
      type(text);
      await vi.advanceTimersByTimeAsync(60);
      const latest = kept.at(-1);
      const behind = text.length - (latest === undefined || latest === 'forgotten' ? 0 : latest.text.length);
      // 300 ms at one key per 60 ms is at most 5 keys behind, plus the one just typed.
      expect(behind).toBeLessThanOrEqual(6);
    }
  });

  it('keeps calls in order even when the vault answers slowly', async () => {
    const kept: string[] = [];
    let state: EntryDraft | null = null;
    const keeper = createDraftKeeper({
      snapshot: () => state,
      keep: (draft) =>
        new Promise((resolve) =>
          setTimeout(() => {
            kept.push(draft.text);
            resolve();
          }, draft.text === 'a' ? 500 : 10),
        ),
      forget: async () => undefined,
    });
    state = toDraft(null, 'd', { ...EMPTY_FIELDS, text: 'a' });
    keeper.changed();
    state = toDraft(null, 'd', { ...EMPTY_FIELDS, text: 'ab' });
    keeper.changed();
    await vi.advanceTimersByTimeAsync(2000);
    expect(kept).toEqual(['a', 'ab']);
  });

  it('forgets the kept draft once everything is saved, and does nothing when nothing was kept', async () => {
    const { kept, forget, type, saveAll } = setup();
    saveAll();
    await vi.advanceTimersByTimeAsync(1000);
    expect(forget).not.toHaveBeenCalled();
    type('words');
    await vi.advanceTimersByTimeAsync(1000);
    saveAll();
    await vi.advanceTimersByTimeAsync(1000);
    expect(texts(kept)).toEqual(['words', 'forgotten']);
  });

  it('flush keeps a waiting change at once and resolves when it is kept', async () => {
    const { keeper, kept, type } = setup();
    type('a');
    type('ab');
    await keeper.flush();
    expect(texts(kept)).toEqual(['a', 'ab']);
  });

  it('says whether it has touched the draft slot', async () => {
    const { keeper, type } = setup();
    expect(keeper.touched).toBe(false);
    type('a');
    expect(keeper.touched).toBe(true);
  });

  it('carries on after a failed keep', async () => {
    let state: EntryDraft | null = null;
    const keep = vi.fn().mockRejectedValueOnce({ kind: 'storage', message: 'x' }).mockResolvedValue(undefined);
    const keeper = createDraftKeeper({ snapshot: () => state, keep, forget: async () => undefined });
    state = toDraft(null, 'd', { ...EMPTY_FIELDS, text: 'a' });
    keeper.changed();
    await vi.advanceTimersByTimeAsync(400);
    state = toDraft(null, 'd', { ...EMPTY_FIELDS, text: 'ab' });
    keeper.changed();
    await keeper.flush();
    expect(keep).toHaveBeenCalledTimes(2);
  });

  it('keepNow keeps the latest state after what is on its way, and reports whether it was kept', async () => {
    const { keeper, kept, keep, type } = setup();
    type('a');
    type('ab');
    await keeper.keepNow();
    expect(texts(kept)).toEqual(['a', 'ab']);
    type('abc');
    await vi.advanceTimersByTimeAsync(0);
    keep.mockRejectedValueOnce({ kind: 'storage', message: 'The disk is full.' });
    type('abcd');
    await expect(keeper.keepNow()).rejects.toEqual({ kind: 'storage', message: 'The disk is full.' });
  });

  it('keepNow has nothing to do when everything is saved', async () => {
    const { keeper, keep, saveAll } = setup();
    saveAll();
    await keeper.keepNow();
    expect(keep).not.toHaveBeenCalled();
  });
});
