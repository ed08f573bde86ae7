// Development only: loaded by main.tsx when Vite runs in "mock" mode, never in a production
// build. It stands in for the Rust side so the interface can be seen in an ordinary browser:
// every question about the journal is answered with what the real core answered for the scene
// (./mock-answers.ts); only the vault's door, the settings, the prompt and the crash draft are
// kept here, in sessionStorage, so a lock's reload finds the same journal.
//
// Query flags, read on the first load of a tab:
//   state=absent|locked|unlocked   where to start (default absent)
//   theme=light|dark|system         the stored theme (default system)
//   entries=0|5|3650                how many entries the journal has (default 5)
//   progress=0                      five entries and no wins, agreements, triggers or milestones
//   harder=1                        five entries and records of a harder last month
//   failSaves=1                     every save of an entry fails
//   failDrafts=1                    keeping the crash draft fails too
//   draft=1                         a crash left a draft behind
//   prompt=0                        "Not today" was already chosen for today's prompt
import { mockIPC } from '@tauri-apps/api/mocks';
import type { CommandError } from '../bindings/CommandError';
import type { Draft } from '../bindings/Draft';
import type { Entry } from '../bindings/Entry';
import type { EntryDraft } from '../bindings/EntryDraft';
import type { Prompt } from '../bindings/Prompt';
import type { Settings } from '../bindings/Settings';
import type { VaultState } from '../bindings/VaultState';
import { loadScene } from './mock-answers';
import './mock-progress-scenes';
import './mock-scenes';
import './mock-timeline-scenes';
import './mock-writing-scenes';

type Store = {
  scene: string;
  state: VaultState;
  passphrase: string;
  recoveryKey: string;
  settings: Settings;
  failSaves: boolean;
  failDrafts: boolean;
  /** Entries saved in the preview, as saved; the core's lists and figures do not change. */
  written: Record<string, Entry>;
  draft: Draft | null;
  prompt: Prompt | null;
  /** How many times "another prompt" was asked. */
  otherPrompts: number;
};

const STORAGE_KEY = 'kintsugi-mock';
const BECH32 = 'QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L';
const query = new URLSearchParams(location.search);

function randomKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(58));
  return `AGE-SECRET-KEY-1${[...bytes].map((b) => BECH32[b % 32]).join('')}`;
}

/** The scene the flags ask for: a vault not yet created starts empty. */
function sceneName(state: VaultState): string {
  const entries = query.get('entries') ?? '5';
  if (state === 'absent' || entries === '0') return 'new';
  if (entries === '3650') return 'ten-years';
  if (entries !== '5') console.warn(`The preview's journals have 0, 5 or 3650 entries, not ${entries}; showing 5.`);
  if (query.get('progress') === '0') return 'words-only';
  return query.get('harder') === '1' ? 'harder' : 'journal';
}

const stored = sessionStorage.getItem(STORAGE_KEY);
const firstState = (query.get('state') as VaultState | null) ?? 'absent';
const store: Store = stored
  ? (JSON.parse(stored) as Store)
  : {
      scene: sceneName(firstState),
      state: firstState,
      passphrase: 'correct horse',
      recoveryKey: randomKey(),
      settings: { theme: (query.get('theme') as Settings['theme'] | null) ?? 'system', autoLockMinutes: 5, lockWhenMinimised: false, showKeepRates: true, backupFolder: null },
      failSaves: query.get('failSaves') === '1',
      failDrafts: query.get('failDrafts') === '1',
      written: {},
      draft: null,
      prompt: null,
      otherPrompts: 0,
    };
const scene = await loadScene(store.scene);
if (!stored) {
  store.draft = query.get('draft') === '1' ? scene.crash_draft : null;
  store.prompt = query.get('prompt') === '0' ? null : ((await scene.served('todays_prompt', {})) as Prompt | null);
}

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
const diskFull = () => fail('storage', 'Could not write to the journal file: the disk is full.');
const notKept = () =>
  fail('storage', 'The preview does not keep wins, agreements, triggers or milestones; the app does.');

type Answer = (args: Record<string, unknown>) => unknown;

/** The vault's door and the settings: answered whether or not the journal is open. */
const door: Record<string, Answer> = {
  vault_state: () => store.state,
  held_clock: () => scene.now,
  create_vault: ({ passphrase }) =>
    slowly(800, () => {
      Object.assign(store, { state: 'unlocked', passphrase, recoveryKey: randomKey() });
      persist();
      return store.recoveryKey;
    }),
  unlock: ({ passphrase }) =>
    slowly(600, () => {
      if (passphrase !== store.passphrase) return fail('wrong_passphrase', 'That passphrase does not open this journal.');
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
  lock: () => {
    store.state = 'locked';
    persist();
  },
  get_settings: () => ({ ...store.settings }),
  set_settings: ({ settings }) => {
    store.settings = { ...(settings as Settings) };
    persist();
    return { ...store.settings };
  },
  save_recovery_key: () => ({ path: '/media/usb/kintsugi-recovery-key.txt', sameDiskAsJournal: false }),
  copy_recovery_key: () => 30,
  backup_status: () => ({ folder: null, folderMissing: false, lastFile: null, lastAt: null, overdue: false, problem: null }),
  export_notice: () => 'The app says here, before writing, whether this copy is encrypted.',
  'plugin:dialog|save': () => '/home/you/Documents/kintsugi-recovery-key.txt',
};

/** Saves an entry as written, with an id and the preview's clock; the core's lists stay as they were. */
async function saveEntry(draft: EntryDraft): Promise<Entry> {
  if (store.failSaves) return diskFull();
  const { id, day, title, text, feelings, trust, tags, starred } = draft;
  const earlier = id === null ? null : ((await journal.get_entry!({ id })) as Entry);
  const entry: Entry = {
    id: id ?? crypto.randomUUID(),
    created: earlier?.created ?? scene.now,
    updated: scene.now,
    ...{ day, title, text, feelings, trust, tags, starred },
  };
  store.written[entry.id] = entry;
  persist();
  return { ...entry };
}

/** Changes to wins, agreements, triggers and milestones, which the preview does not keep. */
const NOT_KEPT = [
  'save_win', 'delete_win', 'add_agreement', 'note_repair', 'accept_proposal', 'renegotiate_agreement', 'retire_agreement', 'delete_agreement',
  'save_trigger', 'delete_trigger', 'save_milestone', 'delete_milestone',
];

/** What the open journal does besides serving the core's answers. */
const journal: Record<string, Answer> = {
  change_passphrase: ({ newPassphrase }) =>
    slowly(700, () => {
      store.passphrase = String(newPassphrase);
      persist();
    }),
  get_entry: ({ id }) => store.written[String(id)] ?? scene.served('get_entry', { id }),
  save_entry: ({ draft }) => saveEntry(draft as EntryDraft),
  delete_entry: ({ id }) => {
    delete store.written[String(id)];
    persist();
  },
  todays_prompt: () => store.prompt,
  another_prompt: () => {
    store.prompt = scene.other_prompts[store.otherPrompts % scene.other_prompts.length] ?? null;
    store.otherPrompts += 1;
    persist();
    return store.prompt;
  },
  dismiss_prompt: () => {
    store.prompt = null;
    persist();
  },
  keep_draft: ({ draft }) => {
    if (store.failDrafts) return diskFull();
    store.draft = { entry: draft as EntryDraft, kept: scene.now };
    persist();
  },
  get_draft: () => store.draft,
  discard_draft: () => {
    store.draft = null;
    persist();
  },
  ...Object.fromEntries(NOT_KEPT.map((command) => [command, notKept])),
};

/** Answers a little late, and not always in order, as a busy backend may. */
const later = <T>(answer: () => Promise<T>) =>
  new Promise<T>((resolve, reject) => setTimeout(() => answer().then(resolve, reject), 15 + Math.random() * 60));

mockIPC(
  (command, args) => {
    const given = (args ?? {}) as Record<string, unknown>;
    const open = door[command];
    if (open) return open(given);
    if (store.state !== 'unlocked') return fail('locked', 'The journal is locked.');
    const own = journal[command];
    if (own) return Promise.resolve().then(() => own(given));
    return command === 'search' ? later(() => scene.served(command, given)) : scene.served(command, given);
  },
  { shouldMockEvents: true },
);

// The desktop window freezes Object.prototype before any script runs; so does the mock, so a
// library that writes to it fails here first.
Object.freeze(Object.prototype);
