//! Parts of the journal that could not be read at unlock: what the banner says, and the two
//! ways on, bringing them back from the latest backup or going on without them.

use chrono::NaiveDateTime;
use serde::Serialize;
use tauri::{AppHandle, Runtime, State};
use ts_rs::TS;

use crate::backups;
use crate::error::{CommandError, ErrorKind};
use crate::settings;
use crate::state::{in_background, AppState};

/// What the unlocked journal could not read, and the backup that may hold it.
#[derive(Clone, Debug, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct DamageReport {
    /// One line for each problem, in the core's words; empty when the journal is whole.
    pub problems: Vec<String>,
    /// The newest backup in the backup folder, when there is one to bring them back from.
    pub backup: Option<BackupOffer>,
}

/// A backup that can be offered.
#[derive(Clone, Debug, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct BackupOffer {
    /// Its file name.
    pub file: String,
    /// When it was written, in this computer's time.
    #[ts(type = "string")]
    pub written: NaiveDateTime,
}

#[tauri::command]
pub fn journal_damage<R: Runtime>(app: AppHandle<R>, state: State<'_, AppState>) -> Result<DamageReport, CommandError> {
    let problems = state.with_journal(|journal| Ok(journal.damage().to_vec()))?;
    let offer = |(path, written): (std::path::PathBuf, NaiveDateTime)| BackupOffer {
        file: path.file_name().map(|name| name.to_string_lossy().into_owned()).unwrap_or_default(),
        written,
    };
    let backup = if problems.is_empty() { None } else { latest_in_backup_folder(&app, &state).map(offer) };
    Ok(DamageReport { problems, backup })
}

/// Brings back what could not be read from the newest backup; returns how many records came
/// back. Backups resume at once.
#[tauri::command]
pub async fn recover_damaged<R: Runtime>(app: AppHandle<R>) -> Result<u32, CommandError> {
    let backup_app = app.clone();
    let recovered = in_background(&app, move |state| {
        let Some((backup, _)) = latest_in_backup_folder(&backup_app, state) else {
            return Err(CommandError::new(
                ErrorKind::NotFound,
                "There is no backup in the backup folder to bring it back from. If the folder is on a drive, plug the drive in and try again.",
            ));
        };
        state.with_journal(|journal| Ok(journal.recover_damaged(&backup)?))
    })
    .await?;
    backups::in_the_background(&app, backups::When::Now);
    Ok(u32::try_from(recovered).unwrap_or(u32::MAX))
}

/// Goes on without what could not be read; it stays aside in the journal file. Backups resume.
#[tauri::command]
pub async fn set_damage_aside<R: Runtime>(app: AppHandle<R>) -> Result<(), CommandError> {
    in_background(&app, |state| state.with_journal(|journal| Ok(journal.set_damage_aside()?))).await?;
    backups::in_the_background(&app, backups::When::Now);
    Ok(())
}

fn latest_in_backup_folder<R: Runtime>(app: &AppHandle<R>, state: &AppState) -> Option<(std::path::PathBuf, NaiveDateTime)> {
    let folder = settings::load(app, state).ok()?.backup_folder?;
    backups::latest_in(state, std::path::Path::new(&folder))
}
