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
import type { EntrySummary } from '../bindings/EntrySummary';
import type { Settings } from '../bindings/Settings';
import type { VaultState } from '../bindings/VaultState';
import { localDay } from '../journal/dates';

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

const SAMPLES = [
  'We talked for an hour after dinner without either of us raising our voice. I noticed I was listening instead of preparing my answer.',
  "Therapy today. Dr. Okafor asked what safety would look like on an ordinary Tuesday. I said: not having to wonder where you are.\n\nI want to remember that answer.",
  'A hard day. The song in the shop brought it all back and I went quiet for the whole drive home. Wrote this instead of sending the message I had drafted.',
  'He showed me his phone before I asked. Small thing. It mattered.',
  'First walk together in weeks. Grateful for the cold air and for the silence that did not feel heavy.',
  'Read the letter again. Still angry, but the anger is smaller than it was in the spring.',
];

function randomKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(58));
  return `AGE-SECRET-KEY-1${[...bytes].map((b) => BECH32[b % 32]).join('')}`;
}

function daysAgo(days: number): string {
  const date = new Date();
  date.setDate(date.getDate() - days);
  return localDay(date);
}

function sampleEntries(count: number): Entry[] {
  const gaps = [1, 3, 8, 15, 40, 400];
  return Array.from({ length: count }, (_, i) => {
    const day = daysAgo(gaps[i % gaps.length]! + Math.floor(i / gaps.length) * 500);
    const stamp = `${day}T21:${String(10 + i).padStart(2, '0')}:00+01:00`;
    return { id: `sample-${i}`, day, created: stamp, updated: stamp, text: SAMPLES[i % SAMPLES.length]! };
  });
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
const persist = () => sessionStorage.setItem(STORAGE_KEY, JSON.stringify(store));
persist();

const fail = (kind: CommandError['kind'], message: string): Promise<never> =>
  Promise.reject({ kind, message } satisfies CommandError);
const slowly = <T>(ms: number, value: () => T | Promise<T>) =>
  new Promise<T>((resolve, reject) => setTimeout(() => Promise.resolve().then(value).then(resolve, reject), ms));

function summary(entry: Entry): EntrySummary {
  const preview = entry.text.replace(/\s+/g, ' ').trim().slice(0, 140);
  const words = entry.text.trim() ? entry.text.trim().split(/\s+/).length : 0;
  return { id: entry.id, day: entry.day, updated: entry.updated, preview, words };
}

function unlocked<T>(answer: () => T | Promise<T>): Promise<T> {
  if (store.state !== 'unlocked') return fail('locked', 'The journal is locked.');
  return Promise.resolve().then(answer);
}

function saveEntry(draft: EntryDraft): Promise<Entry> {
  if (store.failSaves) return fail('storage', 'Could not write to the journal file: the disk is full.');
  const now = new Date().toISOString();
  if (draft.id === null) {
    if (!draft.text.trim()) return fail('empty_entry', 'An empty entry is not saved.');
    const entry = { id: crypto.randomUUID(), day: draft.day, created: now, updated: now, text: draft.text };
    store.entries.push(entry);
    persist();
    return Promise.resolve(entry);
  }
  const entry = store.entries.find((e) => e.id === draft.id);
  if (!entry) return fail('not_found', 'That entry no longer exists.');
  Object.assign(entry, { text: draft.text, updated: now });
  persist();
  return Promise.resolve({ ...entry });
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
