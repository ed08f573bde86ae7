//! Getting a journal back from a backup: into an empty place, or in place of the journal on
//! this computer, which is set aside whole rather than deleted.

use age::secrecy::ExposeSecret;
use kintsugi_core::{restore_backup, restore_backup_replacing, vault_exists, BackupKey, Passphrase, RecoveryKey};
use serde::{Deserialize, Serialize};
use tauri::{AppHandle, Runtime};
use ts_rs::TS;
use zeroize::Zeroizing;

use crate::dialogs::{self, Choice};
use crate::error::{CommandError, ErrorKind};
use crate::state::{held, in_background, AppState};

/// The backup the person chose, and what restoring it would replace.
#[derive(Clone, Debug, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ChosenBackup {
    /// The backup file's name.
    pub name: String,
    /// When a journal is already on this computer: the folder it will be set aside in.
    pub sets_aside_into: Option<String>,
}

/// What opens the backup.
#[derive(Deserialize, TS)]
#[serde(rename_all = "camelCase", tag = "kind", content = "value")]
pub enum BackupSecret {
    Passphrase(String),
    RecoveryKey(String),
}

/// The secret that opens the backup, held while the restore runs.
enum Opener {
    Passphrase(Passphrase),
    RecoveryKey(RecoveryKey),
}

impl Opener {
    fn key(&self) -> BackupKey<'_> {
        match self {
            Self::Passphrase(passphrase) => BackupKey::Passphrase(passphrase),
            Self::RecoveryKey(recovery_key) => BackupKey::RecoveryKey(recovery_key),
        }
    }
}

fn set_aside_folder(state: &AppState) -> std::path::PathBuf {
    state.journal_dir().join(format!("replaced-{}", state.clock.now().format("%Y-%m-%dT%H%M%S")))
}

/// Asks for a backup file and keeps the choice; `None` when the person cancels the chooser.
#[tauri::command]
pub async fn choose_backup_to_restore<R: Runtime>(app: AppHandle<R>) -> Result<Option<ChosenBackup>, CommandError> {
    let choice = Choice::File { title: "Choose a backup to restore", filter: Some(("Kintsugi backups", &["age"])) };
    let Some(path) = dialogs::choose(&app, choice).await? else {
        return Ok(None);
    };
    in_background(&app, move |state| {
        let name = path.file_name().map_or_else(|| path.display().to_string(), |name| name.to_string_lossy().into_owned());
        // Named now, so the folder the confirmation names is the one used.
        let set_aside = set_aside_folder(state);
        let sets_aside_into = vault_exists(&state.journal_dir()).then(|| set_aside.display().to_string());
        *held(&state.chosen_backup) = Some((path, set_aside));
        Ok(Some(ChosenBackup { name, sets_aside_into }))
    })
    .await
}

/// Restores the chosen backup, opened by `secret`, as this computer's journal, protected by
/// `new_passphrase` (or, when the passphrase opened it, by that same passphrase). Leaves it
/// unlocked and returns its new recovery key to show once.
#[tauri::command]
pub async fn restore_chosen_backup<R: Runtime>(app: AppHandle<R>, secret: BackupSecret, new_passphrase: Option<String>) -> Result<String, CommandError> {
    in_background(&app, move |state| {
        if state.is_unlocked() {
            return Err(CommandError::new(ErrorKind::InvalidInput, "Lock the journal before restoring a backup in its place."));
        }
        let (backup, set_aside) =
            held(&state.chosen_backup).clone().ok_or_else(|| CommandError::new(ErrorKind::InvalidInput, "Choose a backup to restore first."))?;
        let opener = match secret {
            BackupSecret::Passphrase(passphrase) => Opener::Passphrase(Passphrase::new(passphrase)),
            BackupSecret::RecoveryKey(key) => Opener::RecoveryKey(RecoveryKey::parse(&Zeroizing::new(key))?),
        };
        let new_passphrase = new_passphrase.map(Passphrase::new);
        let passphrase = match (&new_passphrase, &opener) {
            (Some(new), _) => new,
            (None, Opener::Passphrase(same)) => same,
            (None, Opener::RecoveryKey(_)) => return Err(CommandError::new(ErrorKind::InvalidInput, "Choose a passphrase for the restored journal.")),
        };
        let key = opener.key();
        let (journal, recovery) = if vault_exists(&state.journal_dir()) {
            restore_backup_replacing(&backup, key, &state.journal_dir(), passphrase, &set_aside)?
        } else {
            restore_backup(&backup, key, &state.journal_dir(), passphrase)?
        };
        held(&state.chosen_backup).take();
        state.set_unlocked(journal);
        Ok(recovery.expose().expose_secret().to_owned())
    })
    .await
}
