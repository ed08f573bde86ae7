// Locking ends with a reload so that every decrypted byte leaves the page along with the old
// document; the app then starts again on the unlock screen.
import * as api from '../api';
import type { LockReason } from '../bindings/LockReason';

/**
 * A person chose to lock, or to restore a backup in the journal's place (which starts from a
 * locked journal), or the Rust side asked for a lock because nobody is there.
 */
export type LockTrigger = 'manual' | 'restore' | LockReason;

/** Carried across the reload after locking to restore, so the restore screen opens. */
export const RESTORE_HASH = '#restore';

function reloadAfter(trigger: LockTrigger) {
  if (trigger === 'restore') window.location.hash = RESTORE_HASH;
  window.location.reload();
}

type LockSteps = {
  trigger: LockTrigger;
  /** Saves whatever is still waiting in the editor. */
  flush: () => Promise<void>;
  /** Keeps the editor's unsaved state as the crash draft, offered back after the next unlock. */
  keepDraft: () => Promise<void>;
  lock?: () => Promise<void>;
  reload?: () => void;
  /** Takes the page off the screen while the saving, the backup and the lock finish behind it. */
  hide?: () => void;
};

/**
 * Saves, locks and reloads, whatever state the page is in: locking never refuses. Writing that
 * cannot be saved (a title over the limit, a failing disk) is kept as the encrypted draft instead,
 * offered back after the next unlock.
 *
 * Only when the vault accepts neither, on a disk that fails both, are the words typed since its
 * last save lost; the save status has said "Not saved" under them all along. The journal locks
 * even then, because a lock is asked for when someone is about to see the screen, or when nobody
 * has touched the computer for minutes, and an open journal, every entry of it, waits for
 * whoever sits down next: for the people this journal is for, that reader may be the very person
 * it is about.
 */
export async function lockAndReload({
  trigger,
  flush,
  keepDraft,
  lock = api.lock,
  reload = () => reloadAfter(trigger),
  hide = () => document.documentElement.classList.add('locking'),
}: LockSteps): Promise<void> {
  hide();
  await saveOrKeep(flush, keepDraft);
  try {
    await lock();
  } finally {
    // The vault drops its key even when it reports trouble tidying its file on the way, so the
    // page goes too; a reload shows whichever screen the vault's state calls for.
    reload();
  }
}

/** Saves the editor's state, or keeps it as the draft when it cannot be saved. */
async function saveOrKeep(flush: () => Promise<void>, keepDraft: () => Promise<void>): Promise<void> {
  try {
    await flush();
  } catch {
    await keepDraft().catch(() => undefined);
  }
}
