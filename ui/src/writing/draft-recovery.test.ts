import { describe, expect, it } from 'vitest';
import type { Draft } from '../bindings/Draft';
import type { Entry } from '../bindings/Entry';
import { draftGist, judgeDraft } from './draft-recovery';
import { EMPTY_FIELDS, toDraft } from './entry-fields';

const stored: Entry = {
  id: 'e1',
  day: '2026-11-20',
  created: '2026-11-20T21:00:00+01:00',
  updated: '2026-11-20T21:05:00+01:00',
  ...EMPTY_FIELDS,
  text: 'Saved words.',
  trust: 4,
};
const kept = '2026-11-26T21:14:00+01:00';
const getEntry = async (id: string) => {
  if (id === 'e1') return stored;
  throw { kind: 'not_found', message: 'That entry no longer exists.' };
};

describe('judgeDraft', () => {
  it('has nothing to offer without a draft', async () => {
    expect(await judgeDraft(null, getEntry)).toEqual({ kind: 'none' });
  });

  it('offers a new entry that was never saved', async () => {
    const draft: Draft = { kept, entry: toDraft(null, '2026-11-26', { ...EMPTY_FIELDS, text: 'Unsaved.' }) };
    expect(await judgeDraft(draft, getEntry)).toEqual({
      kind: 'offer',
      offer: { draft: draft.entry, kept, created: null },
    });
  });

  it('forgets a blank draft quietly', async () => {
    const draft: Draft = { kept, entry: toDraft(null, '2026-11-26', { ...EMPTY_FIELDS, starred: true }) };
    expect(await judgeDraft(draft, getEntry)).toEqual({ kind: 'redundant' });
  });

  it('forgets a draft identical to the stored entry', async () => {
    const draft: Draft = { kept, entry: toDraft('e1', stored.day, { ...EMPTY_FIELDS, text: 'Saved words.', trust: 4 }) };
    expect(await judgeDraft(draft, getEntry)).toEqual({ kind: 'redundant' });
  });

  it('offers changes to a stored entry, with the time that entry was begun', async () => {
    const draft: Draft = { kept, entry: toDraft('e1', stored.day, { ...EMPTY_FIELDS, text: 'Saved words. And more.', trust: 4 }) };
    expect(await judgeDraft(draft, getEntry)).toEqual({
      kind: 'offer',
      offer: { draft: draft.entry, kept, created: stored.created },
    });
  });

  it('offers the writing as a new entry when its entry was deleted since', async () => {
    const draft: Draft = { kept, entry: toDraft('gone', '2026-11-01', { ...EMPTY_FIELDS, text: 'Still mine.' }) };
    const verdict = await judgeDraft(draft, getEntry);
    expect(verdict.kind === 'offer' && verdict.offer.draft.id).toBeNull();
  });

  it('lets other failures through, so a draft is never forgotten by mistake', async () => {
    const draft: Draft = { kept, entry: toDraft('e1', stored.day, { ...EMPTY_FIELDS, text: 'x' }) };
    const failing = async () => {
      throw { kind: 'storage', message: 'Disk trouble.' };
    };
    await expect(judgeDraft(draft, failing)).rejects.toEqual({ kind: 'storage', message: 'Disk trouble.' });
  });
});

describe('draftGist', () => {
  it('names the draft by its title, else its opening words, cut neatly', () => {
    expect(draftGist(toDraft(null, 'd', { ...EMPTY_FIELDS, title: 'After the session', text: 'x' }))).toBe('After the session');
    expect(draftGist(toDraft(null, 'd', { ...EMPTY_FIELDS, text: 'We sat\n\nin the car' }))).toBe('We sat in the car');
    const long = draftGist(toDraft(null, 'd', { ...EMPTY_FIELDS, text: 'word '.repeat(100) }), 20);
    expect([...long]).toHaveLength(20);
    expect(long.endsWith('…')).toBe(true);
    expect(draftGist(toDraft(null, 'd', { ...EMPTY_FIELDS, feelings: ['calm', 'sad'] }))).toBe('Feeling calm, sad');
  });
});
