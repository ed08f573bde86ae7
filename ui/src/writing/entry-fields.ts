// Everything a person writes or chooses in one entry, apart from which entry and which day it
// is. The editor, autosave and the crash draft all pass this one shape around.
import type { Entry } from '../bindings/Entry';
import type { EntryDraft } from '../bindings/EntryDraft';

export type EntryFields = {
  title: string;
  text: string;
  feelings: string[];
  trust: number | null;
  tags: string[];
  starred: boolean;
};

export const EMPTY_FIELDS: EntryFields = {
  title: '',
  text: '',
  feelings: [],
  trust: null,
  tags: [],
  starred: false,
};

/** The core's limits, mirrored so the editor can say so before a save is refused. */
export const MAX_TITLE_CHARS = 200;
export const MAX_LABEL_CHARS = 40;
export const MAX_LABELS = 30;
export const FIRST_YEAR = 1900;
export const LAST_YEAR = 2200;

export function fieldsOf(entry: Entry | EntryDraft): EntryFields {
  const { title, text, feelings, trust, tags, starred } = entry;
  return { title, text, feelings: [...feelings], trust, tags: [...tags], starred };
}

export function toDraft(id: string | null, day: string, fields: EntryFields): EntryDraft {
  return { id, day, ...fields, feelings: [...fields.feelings], tags: [...fields.tags] };
}

/**
 * Nothing written or chosen: the core refuses to create such an entry. A star alone does not
 * count, as it does not for the core.
 */
export function isBlank(fields: EntryFields): boolean {
  return (
    fields.title.trim() === '' &&
    fields.text.trim() === '' &&
    fields.feelings.length === 0 &&
    fields.trust === null &&
    fields.tags.length === 0
  );
}

const sameList = (a: string[], b: string[]) =>
  a.length === b.length && a.every((item, i) => item === b[i]);

export function sameFields(a: EntryFields, b: EntryFields): boolean {
  return (
    a.title === b.title &&
    a.text === b.text &&
    a.trust === b.trust &&
    a.starred === b.starred &&
    sameList(a.feelings, b.feelings) &&
    sameList(a.tags, b.tags)
  );
}

/** The title as the core counts it: whitespace runs collapsed, in Unicode characters. */
export function titleLength(title: string): number {
  let chars = 0;
  for (const _ of title.trim().replace(/\s+/g, ' ')) chars += 1;
  return chars;
}

/**
 * Keeps the first MAX_TITLE_CHARS characters of an over-long title, cut at a word where one is
 * near, and moves the rest to the top of the text, so nothing typed is lost.
 */
export function moveTitleOverflow(fields: EntryFields): EntryFields {
  const chars = [...fields.title.trim().replace(/\s+/g, ' ')];
  if (chars.length <= MAX_TITLE_CHARS) return fields;
  let cut = MAX_TITLE_CHARS;
  const space = chars.lastIndexOf(' ', MAX_TITLE_CHARS);
  if (space > MAX_TITLE_CHARS * 0.6) cut = space;
  const title = chars.slice(0, cut).join('').trimEnd();
  const rest = chars.slice(cut).join('').trim();
  const text = fields.text.trim() === '' ? rest : `${rest}\n\n${fields.text}`;
  return { ...fields, title, text };
}
