//! What the shell keeps between commands: where the data lives and the unlocked journal.

use std::path::PathBuf;
use std::sync::atomic::AtomicBool;
use std::sync::{Mutex, MutexGuard};

use kintsugi_core::{ImportPlan, Journal, Shelf, FIRST_JOURNAL};
use tauri::{AppHandle, Manager, Runtime};

use crate::auto_lock::Activity;
use crate::backups::PutOff;
use crate::clipboard::CopiedKey;
use crate::clock::Clock;
use crate::dialogs::PresetAnswers;
use crate::error::CommandError;

/// Overrides the data directory; tests use it, and people who keep journals elsewhere.
pub const DATA_DIR_VARIABLE: &str = "KINTSUGI_DATA_DIR";

/// The directory holding the journals: `KINTSUGI_DATA_DIR` when set, else the operating
/// system's application-data directory.
pub fn data_dir<R: Runtime>(app: &AppHandle<R>) -> tauri::Result<PathBuf> {
    match std::env::var_os(DATA_DIR_VARIABLE) {
        Some(dir) if !dir.is_empty() => Ok(PathBuf::from(dir)),
        _ => app.path().app_data_dir(),
    }
}

/// The shell's state: the data directory and the journal chosen in it, the clock every command
/// reads, the journal while it is unlocked, and what the person chose in a file chooser until
/// it is used.
pub struct AppState {
    /// The app's data directory, holding the list of journals.
    home: PathBuf,
    /// The chosen journal's id on the shelf, and its folder.
    chosen: Mutex<(String, PathBuf)>,
    pub clock: Clock,
    /// The last sign of someone at the keyboard or pointer, for the idle deadline.
    pub activity: Activity,
    journal: Mutex<Option<Journal>>,
    /// The import previewed and waiting for the person's go-ahead.
    pub pending_import: Mutex<Option<ImportPlan>>,
    /// Set by Cancel while an import is being written.
    pub cancel_import: AtomicBool,
    /// The backup file chosen to restore from, and where the journal here would be set aside.
    pub chosen_backup: Mutex<Option<(PathBuf, PathBuf)>>,
    /// Why the last automatic backup failed, until one succeeds.
    pub backup_problem: Mutex<Option<String>>,
    /// Backups that locks before sleep left for the next unlock.
    pub put_off: PutOff,
    /// The recovery key copied to the clipboard, to clear on lock and on quitting.
    pub copied_key: CopiedKey,
    pub dialog_answers: PresetAnswers,
}

impl AppState {
    /// The state for the data directory `home`, with the journal used last chosen (the first
    /// one if the list cannot be read: every journal is still safe in its folder).
    pub fn new(home: PathBuf, clock: Clock) -> Self {
        let shelf = Shelf::new(&home);
        let chosen = shelf
            .journals()
            .and_then(|journals| {
                let folder = shelf.folder(&journals.last)?;
                Ok((journals.last, folder))
            })
            .unwrap_or_else(|_| (FIRST_JOURNAL.to_owned(), home.clone()));
        Self {
            home,
            chosen: Mutex::new(chosen),
            activity: Activity::new(&clock),
            clock,
            journal: Mutex::new(None),
            pending_import: Mutex::default(),
            cancel_import: AtomicBool::new(false),
            chosen_backup: Mutex::default(),
            backup_problem: Mutex::default(),
            put_off: PutOff::default(),
            copied_key: CopiedKey::default(),
            dialog_answers: PresetAnswers::default(),
        }
    }

    /// The chosen journal's folder: its vault, settings and lock.
    pub fn journal_dir(&self) -> PathBuf {
        held(&self.chosen).1.clone()
    }

    /// The chosen journal's id on the shelf.
    pub fn chosen_journal(&self) -> String {
        held(&self.chosen).0.clone()
    }

    pub fn shelf(&self) -> Shelf {
        Shelf::new(&self.home)
    }

    /// Chooses the journal `id` in `folder`; only while none is open.
    pub fn choose_journal(&self, id: String, folder: PathBuf) -> Result<(), CommandError> {
        let slot = self.slot();
        if slot.is_some() {
            return Err(CommandError::new(crate::error::ErrorKind::InvalidInput, "Lock this journal before opening another."));
        }
        held(&self.pending_import).take();
        held(&self.chosen_backup).take();
        *held(&self.chosen) = (id, folder);
        drop(slot);
        Ok(())
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
        self.activity.touch(&self.clock);
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

    /// Drops the journal, every decrypted record and any import waiting to be written.
    pub fn lock(&self) -> Option<kintsugi_core::Error> {
        held(&self.pending_import).take();
        self.slot().take().and_then(|journal| journal.lock().err())
    }
}

/// The value behind `mutex`. A panic while holding one of these locks cannot leave what it guards
/// half-changed (each is replaced whole), so a poisoned lock is still usable.
pub fn held<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    mutex.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
}

/// Runs slow work (the passphrase KDF, reading a large file, sealing thousands of records) off
/// the thread that drives the window.
pub async fn off_the_window_thread<T: Send + 'static, E: Into<CommandError> + Send + 'static>(
    work: impl FnOnce() -> Result<T, E> + Send + 'static,
) -> Result<T, CommandError> {
    tauri::async_runtime::spawn_blocking(work)
        .await
        .map_err(|_| CommandError::new(crate::error::ErrorKind::Storage, "Kintsugi stopped in the middle of that. Please try again."))?
        .map_err(Into::into)
}

/// [`off_the_window_thread`], with the app's state at hand.
pub async fn in_background<R: Runtime, T: Send + 'static>(
    app: &AppHandle<R>,
    work: impl FnOnce(&AppState) -> Result<T, CommandError> + Send + 'static,
) -> Result<T, CommandError> {
    let app = app.clone();
    off_the_window_thread(move || work(&app.state::<AppState>())).await
}
