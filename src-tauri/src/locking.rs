//! Locking, whichever way it comes (Lock, the idle time, the screen locking, sleep, quitting):
//! the backup that goes with a lock is written first, then the journal and every decrypted
//! record are dropped, then a recovery key left on the clipboard is cleared.
//!
//! Before sleep the backup is put off to the journal's next unlock (see `backups`), so the
//! journal locks at once and the computer may sleep.

use kintsugi_core::Error;
use tauri::{AppHandle, Runtime};

use crate::backups;
use crate::clipboard;
use crate::state::AppState;

/// Locks the journal, if it is open, and clears a recovery key from the clipboard.
pub fn lock<R: Runtime>(app: &AppHandle<R>, state: &AppState) -> Option<Error> {
    let trouble = lock_journal(state, |state| backups::on_lock(app, state));
    clipboard::clear_soon(app, None);
    trouble
}

/// Locks on quitting. This runs on the main thread once its loop has ended, so the clipboard is
/// cleared here and now.
pub fn on_quit<R: Runtime>(app: &AppHandle<R>, state: &AppState) {
    lock_journal(state, |state| backups::on_lock(app, state));
    clipboard::clear_here(state, None);
}

/// Locks the journal, writing the backup that goes with a lock through `back_up` first, unless
/// the computer is about to sleep: then the backup is owed to the journal's next unlock.
pub fn lock_journal(state: &AppState, back_up: impl FnOnce(&AppState)) -> Option<Error> {
    if state.is_unlocked() && state.put_off.write_on_lock(&state.chosen_journal()) {
        back_up(state);
    }
    state.lock()
}
