//! The commands the window calls. Each one turns its arguments into core types, calls the core
//! and maps the error; nothing here decides anything about the journal.

use age::secrecy::ExposeSecret;
use kintsugi_core::{vault_exists, Entry, EntryDraft, EntryId, Journal, Passphrase, RecoveryKey};
use serde::Serialize;
use tauri::{AppHandle, Runtime, State};
use ts_rs::TS;

use crate::backups;
use crate::error::CommandError;
use crate::locking;
use crate::state::{in_background, off_the_window_thread, AppState};

/// Where the journal stands, which decides the first screen.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "lowercase")]
pub enum VaultState {
    /// No journal yet: the welcome screen.
    Absent,
    /// A journal exists and is locked: the unlock screen.
    Locked,
    /// The journal is open.
    Unlocked,
}

#[tauri::command]
pub fn vault_state(state: State<'_, AppState>) -> VaultState {
    if state.is_unlocked() {
        VaultState::Unlocked
    } else if vault_exists(&state.journal_dir()) {
        VaultState::Locked
    } else {
        VaultState::Absent
    }
}

/// Creates the journal, leaves it unlocked, and returns the recovery key to show once.
#[tauri::command]
pub async fn create_vault(state: State<'_, AppState>, passphrase: String) -> Result<String, CommandError> {
    let dir = state.journal_dir();
    let passphrase = Passphrase::new(passphrase);
    let (journal, recovery_key) = off_the_window_thread(move || Journal::create(&dir, &passphrase)).await?;
    state.set_unlocked(journal);
    Ok(recovery_key.expose().expose_secret().to_owned())
}

#[tauri::command]
pub async fn unlock<R: Runtime>(app: AppHandle<R>, state: State<'_, AppState>, passphrase: String) -> Result<(), CommandError> {
    let dir = state.journal_dir();
    let passphrase = Passphrase::new(passphrase);
    let journal = off_the_window_thread(move || Journal::unlock(&dir, &passphrase)).await?;
    state.set_unlocked(journal);
    backups::in_the_background(&app, backups::When::AfterUnlock);
    Ok(())
}

#[tauri::command]
pub async fn unlock_with_recovery_key<R: Runtime>(app: AppHandle<R>, state: State<'_, AppState>, recovery_key: String) -> Result<(), CommandError> {
    let dir = state.journal_dir();
    let recovery_key = RecoveryKey::parse(&zeroize::Zeroizing::new(recovery_key))?;
    let journal = off_the_window_thread(move || Journal::unlock_with_recovery_key(&dir, &recovery_key)).await?;
    state.set_unlocked(journal);
    backups::in_the_background(&app, backups::When::AfterUnlock);
    Ok(())
}

/// The half-second KDF runs on a worker thread with a copy of the key, holding neither the
/// window nor the journal. A backup follows, so the key file beside the backups opens with the
/// new passphrase.
#[tauri::command]
pub async fn change_passphrase<R: Runtime>(app: AppHandle<R>, state: State<'_, AppState>, new_passphrase: String) -> Result<(), CommandError> {
    let new_passphrase = Passphrase::new(new_passphrase);
    let change = state.with_journal(|journal| Ok(journal.begin_passphrase_change()?))?;
    // No current passphrase: the core allows this only to a journal opened with the recovery key.
    let wrapped = off_the_window_thread(move || change.wrap(None, &new_passphrase)).await?;
    state.with_journal(|journal| Ok(journal.finish_passphrase_change(wrapped)?))?;
    backups::in_the_background(&app, backups::When::Now);
    Ok(())
}

/// Rates a passphrase while it is being chosen, for the meter; the vault itself refuses a weak
/// one when it is saved. Async because the first rating loads zxcvbn's word lists (tens of
/// milliseconds, as is a long passphrase), which must not stall typing.
#[tauri::command]
pub async fn passphrase_strength(passphrase: String) -> Result<kintsugi_core::PassphraseStrength, CommandError> {
    let passphrase = zeroize::Zeroizing::new(passphrase);
    off_the_window_thread(move || Ok::<_, CommandError>(kintsugi_core::PassphraseStrength::of(&passphrase))).await
}

/// Writes the automatic backup, when a folder is chosen, then locks. Locking never waits on the
/// backup's success.
#[tauri::command]
pub async fn lock<R: Runtime>(app: AppHandle<R>) -> Result<(), CommandError> {
    let lock_app = app.clone();
    in_background(&app, move |state| match locking::lock(&lock_app, state) {
        Some(error) => Err(error.into()),
        None => Ok(()),
    })
    .await
}

#[tauri::command]
pub fn get_entry(state: State<'_, AppState>, id: String) -> Result<Entry, CommandError> {
    let id = EntryId::parse(&id)?;
    state.with_journal(|journal| Ok(journal.entry(id)?.clone()))
}

#[tauri::command]
pub fn save_entry(state: State<'_, AppState>, draft: EntryDraft) -> Result<Entry, CommandError> {
    let now = state.clock.now();
    state.with_journal(|journal| Ok(journal.save_entry(draft, now)?))
}

#[tauri::command]
pub fn delete_entry(state: State<'_, AppState>, id: String) -> Result<(), CommandError> {
    let id = EntryId::parse(&id)?;
    state.with_journal(|journal| Ok(journal.delete_entry(id)?))
}

/// Changes the passphrase from Settings: `current` must open the journal first, so nobody
/// passing an unlocked computer can lock its owner out.
#[tauri::command]
pub async fn replace_passphrase<R: Runtime>(app: AppHandle<R>, current: String, new_passphrase: String) -> Result<(), CommandError> {
    let (current, new_passphrase) = (Passphrase::new(current), Passphrase::new(new_passphrase));
    // The two key derivations run on a copy of the key, so saves and reads are not held up.
    in_background(&app, move |state| {
        let change = state.with_journal(|journal| Ok(journal.begin_passphrase_change()?))?;
        let wrapped = change.wrap(Some(&current), &new_passphrase)?;
        state.with_journal(|journal| Ok(journal.finish_passphrase_change(wrapped)?))
    })
    .await?;
    backups::in_the_background(&app, backups::When::Now);
    Ok(())
}

/// What renewing every key gave, for the screen that shows the new recovery key.
#[derive(Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct NewKeys {
    /// The new recovery key, to show once.
    pub recovery_key: String,
    /// The sharing key is new too: the partner needs the new card.
    pub sharing_key_renewed: bool,
    /// The backups already written, which still open with the old secrets.
    pub earlier_backups: Option<backups::EarlierBackups>,
}

/// Renews every key for when the passphrase or the recovery key may have been seen, once
/// `current` has opened the journal (the core checks it): a new vault key, recovery key,
/// passphrase and sharing key. Says which backups still open with the old secrets, then writes
/// one under the new keys at once, with a new identity file beside it.
#[tauri::command]
pub async fn new_keys<R: Runtime>(app: AppHandle<R>, current: String, new_passphrase: String) -> Result<NewKeys, CommandError> {
    let (current, new_passphrase) = (Passphrase::new(current), Passphrase::new(new_passphrase));
    let store_app = app.clone();
    let new_keys = in_background(&app, move |state| {
        let renewed = state.with_journal(|journal| Ok(journal.renew_keys(Some(&current), &new_passphrase)?))?;
        Ok(NewKeys {
            recovery_key: renewed.recovery_key.expose().expose_secret().to_owned(),
            sharing_key_renewed: renewed.sharing_key.is_some(),
            earlier_backups: backups::under_earlier_keys(&store_app, state),
        })
    })
    .await?;
    backups::in_the_background(&app, backups::When::Now);
    Ok(new_keys)
}
