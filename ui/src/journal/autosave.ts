// Saves the entry about a second after the last change to any of its parts, one save at a time,
// and never drops anything: a failed save keeps the entry waiting for the next attempt.
import { toCommandError } from '../api';
import type { CommandError } from '../bindings/CommandError';
import type { Entry } from '../bindings/Entry';
import type { EntryDraft } from '../bindings/EntryDraft';
import { moment, painted } from '../perf/marks';
import { isBlank, toDraft, type EntryFields } from '../writing/entry-fields';

export type SaveStatus =
  | { state: 'idle' }
  | { state: 'pending' }
  | { state: 'saving' }
  | { state: 'saved' }
  | { state: 'error'; error: CommandError };

type AutosaveOptions = {
  /** The entry being edited; null until the first save of a new one. */
  id: string | null;
  /** The day it is about, until a change moves it to another. */
  day: string;
  delayMs?: number;
  save: (draft: EntryDraft) => Promise<Entry>;
  onStatus: (status: SaveStatus) => void;
  onSaved?: (entry: Entry) => void;
};

export type Autosave = {
  /** Something changed; with a day, the entry moves to that day. */
  change(fields: EntryFields, day?: string): void;
  /** Saves anything waiting now; rejects with a CommandError if that save fails. */
  flush(): Promise<void>;
  /** Drops the timer; whatever is waiting is not saved, so flush first. */
  dispose(): void;
  readonly id: string | null;
  /** Whether a change is not yet durable: waiting, being saved, or refused. */
  readonly unsaved: boolean;
};

const AUTOSAVE_DELAY_MS = 1000;

export function createAutosave(options: AutosaveOptions): Autosave {
  const { save, onStatus, onSaved } = options;
  const delayMs = options.delayMs ?? AUTOSAVE_DELAY_MS;
  let id = options.id;
  let day = options.day;
  let waiting: EntryFields | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running: Promise<void> | null = null;

  const change = (fields: EntryFields, movedTo: string = day) => {
    clearTimeout(timer);
    day = movedTo;
    // A blank new entry is not an entry yet: there is nothing to keep.
    if (id === null && isBlank(fields)) {
      waiting = null;
      if (!running) onStatus({ state: 'idle' });
      return;
    }
    waiting = fields;
    onStatus({ state: 'pending' });
    timer = setTimeout(() => flush().catch(() => undefined), delayMs);
  };

  const saveWaiting = async (fields: EntryFields) => {
    moment('entry-sent');
    onStatus({ state: 'saving' });
    try {
      const entry = await save(toDraft(id, day, fields));
      id = entry.id;
      onSaved?.(entry);
      onStatus(waiting === null ? { state: 'saved' } : { state: 'pending' });
      if (waiting === null) painted('save-status');
    } catch (reason) {
      waiting ??= fields;
      const error = toCommandError(reason);
      onStatus({ state: 'error', error });
      throw error;
    }
  };

  const flush = async (): Promise<void> => {
    clearTimeout(timer);
    // The first save of a new entry decides its id, so saves never overlap.
    while (running) await running.catch(() => undefined);
    if (waiting === null) return;
    const fields = waiting;
    waiting = null;
    running = saveWaiting(fields).finally(() => {
      running = null;
    });
    return running;
  };

  return {
    change,
    flush,
    dispose: () => clearTimeout(timer),
    get id() {
      return id;
    },
    get unsaved() {
      return waiting !== null || running !== null;
    },
  };
}
