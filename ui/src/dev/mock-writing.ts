// Development only: the mock's side of writing, held to the same rules as the Rust core so the
// preview refuses what the app would refuse: the entry limits, today's prompt and the draft
// kept against a crash.
//
// Query flags, read on the first load of a tab:
//   draft=1       a draft was left behind by a crash, to see the offer to restore it
//   prompt=0      "Not today" was already chosen for today's prompt
//   failDrafts=1  keeping a draft fails, as on a failing disk (with failSaves=1, locking by
//                 hand then stays open and says why)
import prompts from '../../../assets/prompts.json';
import type { CommandError } from '../bindings/CommandError';
import type { Draft } from '../bindings/Draft';
import type { Entry } from '../bindings/Entry';
import type { EntryDraft } from '../bindings/EntryDraft';
import type { Prompt } from '../bindings/Prompt';
import { localDay } from '../journal/dates';
import './mock-writing-scenes';

const MAX_TITLE_CHARS = 200;
const MAX_LABEL_CHARS = 40;
const MAX_LABELS = 30;
const MAX_TEXT_BYTES = 8 * 1024 * 1024;

const refuse = (message: string): CommandError => ({ kind: 'invalid_input', message });
const collapse = (text: string) => text.split(/\s+/).filter(Boolean).join(' ');

function labels(raw: string[], what: string, clean: (label: string) => string): string[] {
  const kept: string[] = [];
  for (const label of raw.map((one) => clean(collapse(one)))) {
    if (!label || kept.some((k) => k.toLowerCase() === label.toLowerCase())) continue;
    const chars = [...label].length;
    if (chars > MAX_LABEL_CHARS) {
      throw refuse(`A ${what} can be up to ${MAX_LABEL_CHARS} characters; one has ${chars}. Shorten it.`);
    }
    kept.push(label);
  }
  if (kept.length > MAX_LABELS) {
    throw refuse(`An entry can have up to ${MAX_LABELS} of each: remove a ${what} or two.`);
  }
  return kept;
}

/** The draft as the core stores it, or the core's refusal (thrown as a CommandError). */
export function checkedDraft(draft: EntryDraft): EntryDraft {
  const year = Number(draft.day.slice(0, 4));
  if (!(year >= 1900 && year <= 2200)) throw refuse('Choose a day between the years 1900 and 2200.');
  if (new TextEncoder().encode(draft.text).length > MAX_TEXT_BYTES) {
    throw refuse('This entry is too long to save (over 8 MB). Split it into several entries.');
  }
  const title = collapse(draft.title);
  const titleChars = [...title].length;
  if (titleChars > MAX_TITLE_CHARS) {
    throw refuse(
      `A title can be up to ${MAX_TITLE_CHARS} characters; this one has ${titleChars}. Move the rest into the entry.`,
    );
  }
  if (draft.trust !== null && !(draft.trust >= 1 && draft.trust <= 10)) {
    throw refuse(`Trust is rated from 1 to 10, not ${draft.trust}.`);
  }
  return {
    ...draft,
    title,
    feelings: labels(draft.feelings, 'feeling', (word) => word.toLowerCase()),
    tags: labels(draft.tags, 'tag', (tag) => tag.replace(/^#+/, '').trim()),
  };
}

export function isBlankDraft(draft: EntryDraft): boolean {
  return (
    !draft.title.trim() &&
    !draft.text.trim() &&
    draft.feelings.length === 0 &&
    draft.trust === null &&
    draft.tags.length === 0
  );
}

function matches(draft: EntryDraft, entry: Entry): boolean {
  return (
    (draft.id === null || draft.id === entry.id) &&
    draft.day === entry.day &&
    draft.title === entry.title &&
    draft.text === entry.text &&
    draft.trust === entry.trust &&
    draft.starred === entry.starred &&
    draft.feelings.join('\n') === entry.feelings.join('\n') &&
    draft.tags.join('\n') === entry.tags.join('\n')
  );
}

type WritingState = {
  draft: Draft | null;
  promptDay: string;
  promptIndex: number;
  dismissed: boolean;
  failDrafts: boolean;
};

const STORAGE_KEY = 'kintsugi-mock-writing';
const LIBRARY = prompts as Prompt[];

function rfc3339Local(date: Date): string {
  const offset = -date.getTimezoneOffset();
  const sign = offset >= 0 ? '+' : '-';
  const pad = (n: number) => String(Math.floor(Math.abs(n))).padStart(2, '0');
  const time = `${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}`;
  return `${localDay(date)}T${time}${sign}${pad(offset / 60)}:${pad(offset % 60)}`;
}

function seed(): WritingState {
  const query = new URLSearchParams(location.search);
  const crashed = new Date(Date.now() - 14 * 60 * 1000);
  const draft: Draft | null =
    query.get('draft') === '1'
      ? {
          kept: rfc3339Local(crashed),
          entry: {
            id: null,
            day: localDay(crashed),
            title: 'After the session',
            text: 'We sat in the car for a while before either of us could drive. I told him the part I had never said out loud, and he did not look away.\n\nI want to write down what happened next before',
            feelings: ['hopeful', 'anxious'],
            trust: 5,
            tags: ['therapy'],
            starred: false,
          },
        }
      : null;
  const day = localDay();
  return {
    draft,
    promptDay: day,
    promptIndex: day.length * 7,
    dismissed: query.get('prompt') === '0',
    failDrafts: query.get('failDrafts') === '1',
  };
}

const stored = sessionStorage.getItem(STORAGE_KEY);
const state: WritingState = stored ? (JSON.parse(stored) as WritingState) : seed();
const persist = () => {
  try {
    sessionStorage.setItem(STORAGE_KEY, JSON.stringify(state));
  } catch {
    sessionStorage.removeItem(STORAGE_KEY);
  }
};
persist();

function todays(): WritingState {
  const today = localDay();
  if (state.promptDay !== today) Object.assign(state, { promptDay: today, dismissed: false });
  return state;
}

const promptAt = (index: number) => LIBRARY[index % LIBRARY.length]!;

/** Keeps the draft unless saving `entry` made it redundant, as the core does. */
export function dropDraftIfSaved(entry: Entry) {
  if (state.draft && matches(state.draft.entry, entry)) {
    state.draft = null;
    persist();
  }
}

type Answer = (args: Record<string, unknown>) => unknown;

/** The writing commands, each run through `unlocked`, which refuses them while locked. */
export function writingCommands(
  unlocked: (answer: () => unknown) => Promise<unknown>,
): Record<string, Answer> {
  const answers: Record<string, Answer> = {
    todays_prompt: () => (todays().dismissed ? null : promptAt(state.promptIndex)),
    another_prompt: () => {
      todays().promptIndex += 5;
      state.dismissed = false;
      persist();
      return promptAt(state.promptIndex);
    },
    dismiss_prompt: () => {
      todays().dismissed = true;
      persist();
    },
    keep_draft: ({ draft }) => {
      if (state.failDrafts) {
        throw { kind: 'storage', message: 'Could not write to the journal file: the disk is full.' } satisfies CommandError;
      }
      state.draft = { entry: checkedDraft(draft as EntryDraft), kept: rfc3339Local(new Date()) };
      persist();
    },
    get_draft: () => state.draft,
    discard_draft: () => {
      state.draft = null;
      persist();
    },
  };
  return Object.fromEntries(
    Object.entries(answers).map(([name, answer]) => [name, (args: Record<string, unknown>) => unlocked(() => answer(args))]),
  );
}
