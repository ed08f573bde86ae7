// Keeps what the editor holds in the vault's draft slot while the person types, so a crash or a
// forced quit loses at most a fraction of a second. It runs far more often than autosave (at
// most every 300 ms, the last change always included) and never while everything is saved.
import type { EntryDraft } from '../bindings/EntryDraft';
import { createThrottle } from './throttle';

type DraftKeeperOptions = {
  /** The editor's state to keep, or null when nothing is unsaved. */
  snapshot: () => EntryDraft | null;
  keep: (draft: EntryDraft) => Promise<void>;
  forget: () => Promise<void>;
  intervalMs?: number;
};

export type DraftKeeper = {
  /** Something changed in the editor. */
  changed(): void;
  /** Keeps the latest state now if a change is waiting; resolves once it is kept. */
  flush(): Promise<void>;
  /**
   * Keeps the latest unsaved state now, after anything already on its way, and rejects if the
   * vault could not keep it: for the last moment before a lock, when failing must be known.
   */
  keepNow(): Promise<void>;
  cancel(): void;
  /** Whether this keeper has written to the draft slot, replacing what was there before. */
  readonly touched: boolean;
};

export const DRAFT_INTERVAL_MS = 300;

export function createDraftKeeper(options: DraftKeeperOptions): DraftKeeper {
  const { snapshot, keep, forget } = options;
  let holding = false;
  let touched = false;
  // One call at a time, in order, so an older state never lands after a newer one.
  let queue: Promise<void> = Promise.resolve();

  const enqueue = (step: () => Promise<void>) => {
    touched = true;
    queue = queue.then(step).catch(() => undefined);
  };

  const throttle = createThrottle(() => {
    const draft = snapshot();
    if (draft) {
      holding = true;
      enqueue(() => keep(draft));
    } else if (holding) {
      // Everything is saved (or nothing is written): a kept draft would only mislead later.
      holding = false;
      enqueue(forget);
    }
  }, options.intervalMs ?? DRAFT_INTERVAL_MS);

  return {
    changed: throttle.call,
    flush() {
      throttle.flush();
      return queue;
    },
    keepNow() {
      throttle.cancel();
      const draft = snapshot();
      if (!draft) return queue;
      holding = true;
      touched = true;
      const kept = queue.then(() => keep(draft));
      queue = kept.catch(() => undefined);
      return kept;
    },
    cancel: throttle.cancel,
    get touched() {
      return touched;
    },
  };
}
