// Locking ends with a reload so that every decrypted byte leaves the page along with the old
// document; the app then starts again on the unlock screen.
import * as api from '../api';
import { toCommandError } from '../api';
import type { CommandError } from '../bindings/CommandError';

/**
 * A person chose to lock, or the journal was left alone for the auto-lock time, or a person
 * chose to restore a backup in its place (which starts from a locked journal).
 */
export type LockTrigger = 'manual' | 'idle' | 'restore';

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
};

/**
 * Saves, locks and reloads. Writing that cannot be saved (a title over the limit, a failing disk)
 * is kept as the draft instead, so it never holds the journal open.
 *
 * Rejects, leaving the journal open, only when a person locks by hand and the words on screen
 * can be neither saved nor kept: they are still there to copy, and the person is at the keyboard
 * to do it. The auto-lock locks even then. It runs because nobody has touched the computer for
 * minutes, so nobody would see a message or copy anything, while the open journal, every entry
 * of it, waits for whoever sits down next: for the people this journal is for, that reader may be
 * the very person it is about. The words lost are only those typed since the vault last accepted
 * a save or a draft, and the save status has said "Not saved" under them all along.
 */
export async function lockAndReload({
  trigger,
  flush,
  keepDraft,
  lock = api.lock,
  reload = () => reloadAfter(trigger),
}: LockSteps): Promise<void> {
  const unkept = await saveOrKeep(flush, keepDraft);
  if (unkept && trigger !== 'idle') {
    const reason = /[.!?]$/.test(unkept.message) ? unkept.message : `${unkept.message}.`;
    throw {
      kind: unkept.kind,
      message: `Your latest writing could not be saved or kept for later: ${reason} Copy it somewhere safe, then lock again.`,
    } satisfies CommandError;
  }
  try {
    await lock();
  } finally {
    // The vault drops its key even when it reports trouble tidying its file on the way, so the
    // page goes too; a reload shows whichever screen the vault's state calls for.
    reload();
  }
}

/** Null once the editor's state is safe in the vault, else why it could not be kept. */
async function saveOrKeep(
  flush: () => Promise<void>,
  keepDraft: () => Promise<void>,
): Promise<CommandError | null> {
  try {
    await flush();
    return null;
  } catch {
    try {
      await keepDraft();
      return null;
    } catch (reason) {
      return toCommandError(reason);
    }
  }
}
