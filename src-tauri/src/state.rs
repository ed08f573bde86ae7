//! What the shell keeps between commands: where the data lives and the unlocked journal.

use std::path::PathBuf;
use std::sync::{Mutex, MutexGuard};

use kintsugi_core::Journal;
use tauri::{AppHandle, Manager, Runtime};

use crate::clock::Clock;
use crate::error::CommandError;

/// Overrides the data directory; tests and people with a second journal use it.
pub const DATA_DIR_VARIABLE: &str = "KINTSUGI_DATA_DIR";

/// The directory holding the vault and the settings: `KINTSUGI_DATA_DIR` when set, else the
/// operating system's application-data directory.
pub fn data_dir<R: Runtime>(app: &AppHandle<R>) -> tauri::Result<PathBuf> {
    match std::env::var_os(DATA_DIR_VARIABLE) {
        Some(dir) if !dir.is_empty() => Ok(PathBuf::from(dir)),
        _ => app.path().app_data_dir(),
    }
}

/// The shell's state: the data directory, the clock every command reads, and the journal
/// while it is unlocked.
pub struct AppState {
    pub data_dir: PathBuf,
    pub clock: Clock,
    journal: Mutex<Option<Journal>>,
}

impl AppState {
    pub fn new(data_dir: PathBuf, clock: Clock) -> Self {
        Self { data_dir, clock, journal: Mutex::new(None) }
    }

    fn slot(&self) -> MutexGuard<'_, Option<Journal>> {
        // A panic while holding the lock cannot leave the journal half-changed: every change
        // is durable on disk before memory is touched. So a poisoned lock is still usable.
        self.journal.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    pub fn is_unlocked(&self) -> bool {
        self.slot().is_some()
    }

    /// Keeps a newly unlocked journal, locking any other first.
    pub fn set_unlocked(&self, journal: Journal) {
        if let Some(previous) = self.slot().replace(journal) {
            let _ = previous.lock();
        }
    }

    /// Runs `f` on the unlocked journal, or says it is locked.
    pub fn with_journal<T>(&self, f: impl FnOnce(&mut Journal) -> Result<T, CommandError>) -> Result<T, CommandError> {
        match self.slot().as_mut() {
            Some(journal) => f(journal),
            None => Err(CommandError::locked()),
        }
    }

    /// Drops the journal and every decrypted record.
    pub fn lock(&self) -> Option<kintsugi_core::Error> {
        self.slot().take().and_then(|journal| journal.lock().err())
    }
}
