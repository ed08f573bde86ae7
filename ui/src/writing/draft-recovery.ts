// After unlock: decides whether the draft kept before a crash holds anything the vault does
// not, so the person is offered only writing that would otherwise be lost.
import { toCommandError } from '../api';
import type { Draft } from '../bindings/Draft';
import type { Entry } from '../bindings/Entry';
import type { EntryDraft } from '../bindings/EntryDraft';
import { fieldsOf, isBlank, sameFields } from './entry-fields';

export type DraftOffer = {
  /** What to put back in the editor; its id is null when the entry it edited is gone. */
  draft: EntryDraft;
  /** When it was kept (RFC 3339, local time). */
  kept: string;
  /** When the entry it edits was begun; null for a new entry. */
  created: string | null;
};

export type DraftVerdict =
  | { kind: 'none' }
  /** Nothing in it that is not stored already: forget it quietly. */
  | { kind: 'redundant' }
  | { kind: 'offer'; offer: DraftOffer };

export async function judgeDraft(
  draft: Draft | null,
  getEntry: (id: string) => Promise<Entry>,
): Promise<DraftVerdict> {
  if (!draft) return { kind: 'none' };
  const { entry, kept } = draft;
  if (entry.id === null) {
    if (isBlank(fieldsOf(entry))) return { kind: 'redundant' };
    return { kind: 'offer', offer: { draft: entry, kept, created: null } };
  }
  try {
    const stored = await getEntry(entry.id);
    if (stored.day === entry.day && sameFields(fieldsOf(stored), fieldsOf(entry))) {
      return { kind: 'redundant' };
    }
    return { kind: 'offer', offer: { draft: entry, kept, created: stored.created } };
  } catch (reason) {
    // The entry was deleted after the draft was kept: what was typed can still become a new one.
    if (toCommandError(reason).kind !== 'not_found') throw reason;
    if (isBlank(fieldsOf(entry))) return { kind: 'redundant' };
    return { kind: 'offer', offer: { draft: { ...entry, id: null }, kept, created: null } };
  }
}

/** A line to recognise the draft by: its title, or its opening words. */
export function draftGist(draft: EntryDraft, maxChars = 120): string {
  const source = draft.title.trim() || draft.text.slice(0, maxChars * 4).replace(/\s+/g, ' ').trim();
  const chars = [...source];
  if (chars.length > maxChars) return `${chars.slice(0, maxChars - 1).join('').trimEnd()}…`;
  if (source) return source;
  if (draft.feelings.length > 0) return `Feeling ${draft.feelings.join(', ')}`;
  return draft.trust !== null ? `Trust ${draft.trust} / 10` : '';
}
