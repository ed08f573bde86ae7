// The Rust side keeps the idle deadline and hears the session's screen lock and the computer's
// sleep; it asks the page to lock (see LockReason) and locks under it if the page does not. The
// open screen keeps what is being typed first; a screen with nothing of its own to keep just
// locks.
import { listen } from '@tauri-apps/api/event';
import type { LockReason } from '../bindings/LockReason';
import { lockAndReload } from './lock';

/** The event the Rust side sends; it carries a LockReason. */
export const LOCK_REQUESTED = 'lock-requested';

type LockFor = (reason: LockReason) => Promise<void>;

let screenLock: LockFor | null = null;

const lockWithNothingToKeep: LockFor = (reason) =>
  lockAndReload({ trigger: reason, flush: async () => undefined, keepDraft: async () => undefined });

/** While the returned function is not called, lock requests go to `lock`, which keeps the screen's words. */
export function handleLockRequests(lock: LockFor): () => void {
  screenLock = lock;
  return () => {
    if (screenLock === lock) screenLock = null;
  };
}

/** Answers a lock request through the open screen's handler, or locks at once without one. */
export function answerLockRequest(reason: LockReason): Promise<void> {
  return (screenLock ?? lockWithNothingToKeep)(reason).catch(() => undefined);
}

/** Listens for the Rust side's lock requests for as long as the page lives. */
export async function answerLockRequests(): Promise<void> {
  await listen<LockReason>(LOCK_REQUESTED, (event) => void answerLockRequest(event.payload));
}
