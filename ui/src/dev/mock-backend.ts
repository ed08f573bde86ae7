// Development only: loaded by main.tsx when Vite runs in "mock" mode, never in a production
// build. It answers the app's commands from memory (kept in sessionStorage so a lock's reload
// keeps the journal) so the interface can be seen in an ordinary browser.
//
// Query flags, read on the first load of a tab:
//   state=absent|locked|unlocked   where to start (default absent)
//   theme=light|dark|system         the stored theme (default system)
//   entries=N                       how many sample entries an existing vault has (default 5)
//   failSaves=1                     every save fails, to see the error state
import { mockIPC } from '@tauri-apps/api/mocks';
import type { CommandError } from '../bindings/CommandError';
import type { Entry } from '../bindings/Entry';
import type { EntryDraft } from '../bindings/EntryDraft';
import type { Settings } from '../bindings/Settings';
import type { VaultState } from '../bindings/VaultState';
import { lookingBackCommands, summary } from './mock-looking-back';
import { progressCommands, progressRecords } from './mock-progress';
import { sampleEntries } from './mock-samples';
import './mock-scenes';
import { timelineCommands } from './mock-timeline';
import { withHistory } from './mock-timeline-history';
import './mock-timeline-scenes';
import { checkedDraft, dropDraftIfSaved, isBlankDraft, writingCommands } from './mock-writing';

type Store = {
  state: VaultState;
  passphrase: string;
  recoveryKey: string;
  entries: Entry[];
  settings: Settings;
  failSaves: boolean;
};

const STORAGE_KEY = 'kintsugi-mock';
const BECH32 = 'QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L';

function randomKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(58));
  return `AGE-SECRET-KEY-1${[...bytes].map((b) => BECH32[b % 32]).join('')}`;
}

function seed(): Store {
  const query = new URLSearchParams(location.search);
  const state = (query.get('state') as VaultState | null) ?? 'absent';
  return {
    state,
    passphrase: 'correct horse',
    recoveryKey: randomKey(),
    entries: state === 'absent' ? [] : sampleEntries(Number(query.get('entries') ?? 5)),
    settings: { theme: (query.get('theme') as Settings['theme'] | null) ?? 'system', autoLockMinutes: 5 },
    failSaves: query.get('failSaves') === '1',
  };
}

const stored = sessionStorage.getItem(STORAGE_KEY);
const store: Store = stored ? (JSON.parse(stored) as Store) : seed();
// A journal bigger than sessionStorage's few megabytes (a huge paste) stays in memory only,
// as the real vault would take it.
const persist = () => {
  try {
    sessionStorage.setItem(STORAGE_KEY, JSON.stringify(store));
  } catch {
    sessionStorage.removeItem(STORAGE_KEY);
  }
};
persist();

const fail = (kind: CommandError['kind'], message: string): Promise<never> =>
  Promise.reject({ kind, message } satisfies CommandError);
const slowly = <T>(ms: number, value: () => T | Promise<T>) =>
  new Promise<T>((resolve, reject) => setTimeout(() => Promise.resolve().then(value).then(resolve, reject), ms));

function unlocked<T>(answer: () => T | Promise<T>): Promise<T> {
  if (store.state !== 'unlocked') return fail('locked', 'The journal is locked.');
  return Promise.resolve().then(answer);
}

function saveEntry(raw: EntryDraft): Promise<Entry> {
  if (store.failSaves) return fail('storage', 'Could not write to the journal file: the disk is full.');
  const draft = checkedDraft(raw);
  const now = new Date().toISOString();
  const { day, title, text, feelings, trust, tags, starred } = draft;
  let saved: Entry;
  if (draft.id === null) {
    if (isBlankDraft(draft)) return fail('empty_entry', 'An empty entry is not saved.');
    saved = { id: crypto.randomUUID(), day, created: now, updated: now, title, text, feelings, trust, tags, starred };
    store.entries.push(saved);
  } else {
    const entry = store.entries.find((e) => e.id === draft.id);
    if (!entry) return fail('not_found', 'That entry no longer exists.');
    saved = Object.assign(entry, { day, title, text, feelings, trust, tags, starred, updated: now });
  }
  persist();
  dropDraftIfSaved(saved);
  return Promise.resolve({ ...saved });
}

const commands: Record<string, (args: Record<string, unknown>) => unknown> = {
  vault_state: () => store.state,
  create_vault: ({ passphrase }) =>
    slowly(800, () => {
      if (String(passphrase).length < 8) {
        return fail('weak_passphrase', 'Choose a passphrase of at least 8 characters.');
      }
      Object.assign(store, { state: 'unlocked', passphrase, recoveryKey: randomKey() });
      persist();
      return store.recoveryKey;
    }),
  unlock: ({ passphrase }) =>
    slowly(600, () => {
      if (passphrase !== store.passphrase) {
        return fail('wrong_passphrase', 'That passphrase does not open this journal.');
      }
      store.state = 'unlocked';
      persist();
    }),
  unlock_with_recovery_key: ({ recoveryKey }) =>
    slowly(200, () => {
      if (recoveryKey !== store.recoveryKey) {
        return fail('wrong_recovery_key', 'That recovery key does not open this journal.');
      }
      store.state = 'unlocked';
      persist();
    }),
  change_passphrase: ({ newPassphrase }) =>
    unlocked(() =>
      slowly(700, () => {
        if (String(newPassphrase).length < 8) {
          return fail('weak_passphrase', 'Choose a passphrase of at least 8 characters.');
        }
        store.passphrase = String(newPassphrase);
        persist();
      }),
    ),
  lock: () => {
    store.state = 'locked';
    persist();
  },
  list_entries: () =>
    unlocked(() =>
      [...store.entries]
        .sort((a, b) => b.day.localeCompare(a.day) || b.created.localeCompare(a.created))
        .map(summary),
    ),
  get_entry: ({ id }) =>
    unlocked(() => {
      const entry = store.entries.find((e) => e.id === id);
      return entry ? { ...entry } : fail('not_found', 'That entry no longer exists.');
    }),
  save_entry: ({ draft }) => unlocked(() => saveEntry(draft as EntryDraft)),
  delete_entry: ({ id }) =>
    unlocked(() => {
      store.entries = store.entries.filter((e) => e.id !== id);
      persist();
    }),
  get_settings: () => ({ ...store.settings }),
  set_settings: ({ settings }) => {
    store.settings = { ...(settings as Settings) };
    persist();
    return { ...store.settings };
  },
  write_recovery_key_file: () => undefined,
  ...writingCommands(unlocked),
  ...lookingBackCommands(() => store.entries, unlocked),
  ...progressCommands(unlocked, (id) => store.entries.some((e) => e.id === id)),
  ...timelineCommands(() => withHistory(store.entries, progressRecords()), unlocked),
  'plugin:dialog|save': () => '/home/you/Documents/kintsugi-recovery-key.txt',
};

mockIPC((command, args) => {
  const answer = commands[command];
  if (!answer) return fail('invalid_input', `The mock has no command ${command}.`);
  return answer((args ?? {}) as Record<string, unknown>);
});

// The desktop window freezes Object.prototype before any script runs; so does the mock, so a
// library that writes to it fails here first.
Object.freeze(Object.prototype);
