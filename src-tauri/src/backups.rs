//! Automatic encrypted backups into a folder the person chose: written on lock and once a day
//! while the journal is open, and shown in Settings with kind words when they have stopped.
//!
//! A lock just before the computer sleeps writes no backup: writing one can take longer than
//! logind waits, and the journal must be locked before the computer sleeps. That backup is owed
//! to the journal instead, and written after its next unlock.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Mutex;

use chrono::{Duration, NaiveDateTime};
use kintsugi_core::Settings;
use serde::Serialize;
use tauri::{AppHandle, Runtime};
use ts_rs::TS;

use crate::dialogs::{self, Choice};
use crate::error::CommandError;
use crate::settings;
use crate::state::{held, in_background, AppState};

/// After this long without a backup, Settings says so.
const OVERDUE_AFTER_DAYS: i64 = 7;

/// Where backups stand, for Settings.
#[derive(Clone, Debug, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct BackupStatus {
    /// The chosen folder; none until one is chosen.
    pub folder: Option<String>,
    /// The folder is chosen but not there, such as a drive that is not plugged in.
    pub folder_missing: bool,
    /// The newest backup's file name.
    pub last_file: Option<String>,
    /// When it was written, in this computer's time.
    #[ts(type = "string | null")]
    pub last_at: Option<NaiveDateTime>,
    /// A folder is chosen and no backup has been written for a week or more.
    pub overdue: bool,
    /// Why the last backup failed, until one succeeds.
    pub problem: Option<String>,
}

fn folder(settings: &Settings) -> Option<PathBuf> {
    settings.backup_folder.as_deref().map(PathBuf::from)
}

/// The open journal's newest backup in `folder`, the one the person chose; none while the
/// journal is locked, as only its key tells its backups from any other file.
pub fn latest_in(state: &AppState, folder: &Path) -> Option<(PathBuf, NaiveDateTime)> {
    state.with_journal(|journal| Ok(journal.latest_backup(folder).ok().flatten())).ok().flatten()
}

/// Where backups stand now.
pub fn status<R: Runtime>(app: &AppHandle<R>, state: &AppState) -> Result<BackupStatus, CommandError> {
    let folder = folder(&settings::load(app, state)?);
    let latest = folder.as_deref().filter(|folder| folder.is_dir()).and_then(|folder| latest_in(state, folder));
    let now = state.clock.now().naive_local();
    Ok(BackupStatus {
        folder_missing: folder.as_deref().is_some_and(|folder| !folder.is_dir()),
        overdue: folder.is_some() && latest.as_ref().is_none_or(|(_, at)| now - *at >= Duration::days(OVERDUE_AFTER_DAYS)),
        last_file: latest.as_ref().and_then(|(path, _)| path.file_name()).map(|name| name.to_string_lossy().into_owned()),
        last_at: latest.map(|(_, at)| at),
        folder: folder.map(|folder| folder.display().to_string()),
        problem: held(&state.backup_problem).clone(),
    })
}

/// The backups that still open with the secrets a journal had before its keys were renewed.
#[derive(Clone, Debug, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct EarlierBackups {
    /// Where they are.
    pub folder: String,
    /// How many there are.
    pub count: u32,
    /// When the newest of them was written.
    #[ts(type = "string")]
    pub newest: NaiveDateTime,
}

/// The journal's backups that its present keys do not open, and the folder they are in (its
/// own, inside the chosen one); none when no folder is chosen, it is not there, or it holds none.
pub fn under_earlier_keys<R: Runtime>(app: &AppHandle<R>, state: &AppState) -> Option<EarlierBackups> {
    let chosen = folder(&settings::load(app, state).ok()?)?;
    let earlier = state.with_journal(|journal| Ok(journal.backups_under_earlier_keys(&chosen)?)).ok()?;
    let (path, newest) = earlier.last()?;
    let folder = path.parent().unwrap_or(&chosen).display().to_string();
    Some(EarlierBackups { folder, count: u32::try_from(earlier.len()).unwrap_or(u32::MAX), newest: *newest })
}

/// Writes a backup into `folder` now, remembering a failure for Settings to show.
fn back_up_into(state: &AppState, folder: &Path) -> Result<(), CommandError> {
    let now = state.clock.now();
    let written = state.with_journal(|journal| Ok(journal.back_up(folder, now)?));
    *held(&state.backup_problem) = written.as_ref().err().map(|error| error.message.clone());
    written.map(drop)
}

/// The backup written on lock and on quitting, into the chosen folder. It never stops the
/// journal from locking: a failure is kept for Settings to show.
pub fn on_lock<R: Runtime>(app: &AppHandle<R>, state: &AppState) {
    if !state.is_unlocked() {
        return;
    }
    if let Some(folder) = settings::load(app, state).ok().as_ref().and_then(folder) {
        let _ = back_up_into(state, &folder);
    }
}

/// Backups that locks put off because the computer was about to sleep, until each journal's
/// next unlock. Kept in memory: quitting before that unlock leaves the journal's next backup
/// to the next lock, or to the first unlock of a day.
#[derive(Debug, Default)]
pub struct PutOff {
    sleep_near: AtomicBool,
    owed: Mutex<BTreeSet<String>>,
}

/// The computer is about to sleep for as long as this lives.
#[must_use]
pub struct SleepNear<'a>(&'a PutOff);

impl Drop for SleepNear<'_> {
    fn drop(&mut self) {
        self.0.sleep_near.store(false, Ordering::SeqCst);
    }
}

impl PutOff {
    /// The computer is about to sleep: until the returned guard is dropped, a lock puts its
    /// backup off.
    pub fn sleep_near(&self) -> SleepNear<'_> {
        self.sleep_near.store(true, Ordering::SeqCst);
        SleepNear(self)
    }

    /// Whether the backup that goes with locking `journal` is written now; when it is not, it
    /// is owed to the journal's next unlock.
    pub fn write_on_lock(&self, journal: &str) -> bool {
        if !self.sleep_near.load(Ordering::SeqCst) {
            return true;
        }
        self.owe(journal);
        false
    }

    fn owe(&self, journal: &str) {
        held(&self.owed).insert(journal.to_owned());
    }

    /// Takes the backup owed to `journal`, if there is one.
    fn take(&self, journal: &str) -> bool {
        held(&self.owed).remove(journal)
    }
}

/// When a backup is written in the background.
#[derive(Clone, Copy)]
pub enum When {
    /// After unlocking: when none was written today, or a lock before sleep put one off.
    AfterUnlock,
    /// After the passphrase changed: now, so the key file beside the backups opens with the
    /// new passphrase.
    Now,
}

/// Writes a backup in the background, when a folder is chosen; a failure is kept for Settings.
pub fn in_the_background<R: Runtime>(app: &AppHandle<R>, when: When) {
    let app = app.clone();
    tauri::async_runtime::spawn(async move {
        let _ = in_background(&app.clone(), move |state| {
            let folder = folder(&settings::load(&app, state)?);
            back_up_when_due(state, when, folder.as_deref())
        })
        .await;
    });
}

/// Writes a backup into `folder` if one is due `when`. A backup put off for sleep stays owed
/// until one is written.
pub(crate) fn back_up_when_due(state: &AppState, when: When, folder: Option<&Path>) -> Result<(), CommandError> {
    let journal = state.chosen_journal();
    let owed = state.put_off.take(&journal);
    let Some(folder) = folder else { return Ok(()) };
    let today = state.clock.now().date_naive();
    let due = match when {
        When::Now => true,
        When::AfterUnlock => owed || latest_in(state, folder).is_none_or(|(_, at)| at.date() < today),
    };
    if !due {
        return Ok(());
    }
    let written = back_up_into(state, folder);
    if written.is_err() && owed {
        state.put_off.owe(&journal);
    }
    written
}

#[tauri::command]
pub fn backup_status<R: Runtime>(app: AppHandle<R>, state: tauri::State<'_, AppState>) -> Result<BackupStatus, CommandError> {
    status(&app, &state)
}

/// Asks for a folder, keeps backups there from now on, and writes the first one at once. The
/// core puts them in a folder of the journal's own inside it, so journals sharing the folder
/// never touch each other's backups. `None` when the person cancels the chooser.
#[tauri::command]
pub async fn choose_backup_folder<R: Runtime>(app: AppHandle<R>) -> Result<Option<BackupStatus>, CommandError> {
    let Some(chosen) = dialogs::choose(&app, Choice::Folder { title: "Choose a folder for backups" }).await? else {
        return Ok(None);
    };
    let store_app = app.clone();
    in_background(&app, move |state| {
        let settings = settings::load(&store_app, state)?;
        settings::save(&store_app, state, Settings { backup_folder: Some(chosen.display().to_string()), ..settings })?;
        back_up_into(state, &chosen)?;
        status(&store_app, state).map(Some)
    })
    .await
}

/// Writes a backup now into the chosen folder.
#[tauri::command]
pub async fn back_up_now<R: Runtime>(app: AppHandle<R>) -> Result<BackupStatus, CommandError> {
    let store_app = app.clone();
    in_background(&app, move |state| {
        if let Some(folder) = folder(&settings::load(&store_app, state)?) {
            back_up_into(state, &folder)?;
        }
        status(&store_app, state)
    })
    .await
}

/// Stops automatic backups; the backups already written stay where they are.
#[tauri::command]
pub fn stop_backups<R: Runtime>(app: AppHandle<R>, state: tauri::State<'_, AppState>) -> Result<BackupStatus, CommandError> {
    let settings = settings::load(&app, &state)?;
    settings::save(&app, &state, Settings { backup_folder: None, ..settings })?;
    held(&state.backup_problem).take();
    status(&app, &state)
}
