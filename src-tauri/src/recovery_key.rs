//! Saving the recovery key to a file: the place is chosen in a Rust-side dialog, the file is
//! written owner-only and never over another, and the person is told gently when it landed on
//! the same disk as the journal, where one lost laptop takes both.

use kintsugi_core::RecoveryKey;
use serde::Serialize;
use tauri::{AppHandle, Runtime, State};
use ts_rs::TS;

use crate::dialogs::{self, Choice};
use crate::error::CommandError;
use crate::state::AppState;

/// Where the recovery key was saved.
#[derive(Clone, Debug, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SavedRecoveryKey {
    /// The file, as the person would find it.
    pub path: String,
    /// It is on the same disk as the journal, so it would be lost with it.
    pub same_disk_as_journal: bool,
}

/// Asks where to save the recovery key and saves it; `None` when the person cancels.
#[tauri::command]
pub async fn save_recovery_key<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    recovery_key: String,
) -> Result<Option<SavedRecoveryKey>, CommandError> {
    let recovery_key = RecoveryKey::parse(&zeroize::Zeroizing::new(recovery_key))?;
    let choice = Choice::NewName { title: "Save your recovery key", suggested: "kintsugi-recovery-key.txt" };
    let Some(path) = dialogs::choose(&app, choice).await? else { return Ok(None) };
    let created = state.clock.now().format("%-d %B %Y").to_string();
    recovery_key.save_to(&path, &created)?;
    Ok(Some(SavedRecoveryKey { same_disk_as_journal: same_disk(&path, &state.journal_dir()), path: path.display().to_string() }))
}

/// Whether two places are on one file system: a USB stick or a network share is not.
fn same_disk(file: &std::path::Path, data_dir: &std::path::Path) -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        let device = |path: &std::path::Path| std::fs::metadata(path).map(|metadata| metadata.dev()).ok();
        let folder = file.parent().unwrap_or(file);
        matches!((device(folder), device(data_dir)), (Some(a), Some(b)) if a == b)
    }
    #[cfg(not(unix))]
    {
        file.components().next() == data_dir.components().next()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_beside_the_journal_is_on_its_disk() {
        let journal = tempfile::tempdir().unwrap();
        assert!(same_disk(&journal.path().join("kintsugi-recovery-key.txt"), journal.path()));
        // /proc is never the journal's disk.
        assert!(!same_disk(std::path::Path::new("/proc/self/status"), journal.path()));
    }
}
