// Locking ends with a reload so that every decrypted byte leaves the page along with the old
// document; the app then starts again on the unlock screen.
import * as api from '../api';

type LockSteps = {
  /** Saves whatever is still waiting in the editor. */
  flush: () => Promise<void>;
  lock?: () => Promise<void>;
  reload?: () => void;
};

/**
 * Rejects, leaving the journal open, when the last words cannot be saved: locking then would
 * throw them away, and they are still there to copy or retry.
 */
export async function lockAndReload({
  flush,
  lock = api.lock,
  reload = () => window.location.reload(),
}: LockSteps): Promise<void> {
  await flush();
  await lock();
  reload();
}
