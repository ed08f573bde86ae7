//! Several journals on one computer: listed by name on the locked screens, chosen, added and
//! renamed. Each is its own vault in its own folder; choosing one only changes which folder the
//! other commands use, and only while no journal is open.

use serde::Serialize;
use tauri::{AppHandle, Runtime, State};
use ts_rs::TS;

use crate::commands::{vault_state, VaultState};
use crate::error::CommandError;
use crate::settings;
use crate::state::AppState;

/// A journal as the list shows it: its name, and whether it has been set up yet.
#[derive(Clone, Debug, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct JournalName {
    pub id: String,
    pub name: String,
    /// Created already, with a passphrase; otherwise it was added and not yet set up.
    pub set_up: bool,
}

/// Every journal on this computer, and the one chosen.
#[derive(Clone, Debug, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct JournalList {
    pub journals: Vec<JournalName>,
    pub chosen: String,
}

fn list(state: &AppState) -> Result<JournalList, CommandError> {
    let shelf = state.shelf();
    let journals = shelf
        .journals()?
        .journals
        .into_iter()
        .map(|journal| JournalName { set_up: shelf.is_set_up(&journal.id), id: journal.id, name: journal.name })
        .collect();
    Ok(JournalList { journals, chosen: state.chosen_journal() })
}

#[tauri::command]
pub fn journals(state: State<'_, AppState>) -> Result<JournalList, CommandError> {
    list(&state)
}

/// Chooses another journal; it opens by default from now on. Returns where it stands.
#[tauri::command]
pub fn choose_journal(state: State<'_, AppState>, id: String) -> Result<VaultState, CommandError> {
    if state.is_unlocked() {
        return Err(CommandError::new(crate::error::ErrorKind::InvalidInput, "Lock this journal before opening another."));
    }
    let folder = state.shelf().choose(&id)?;
    state.choose_journal(id, folder)?;
    Ok(vault_state(state))
}

/// Adds a journal with its own folder and chooses it, ready to be created.
#[tauri::command]
pub fn add_journal(state: State<'_, AppState>, name: String) -> Result<JournalList, CommandError> {
    if state.is_unlocked() {
        return Err(CommandError::new(crate::error::ErrorKind::InvalidInput, "Lock this journal before adding another."));
    }
    let shelf = state.shelf();
    let added = shelf.add(&name)?;
    let folder = shelf.folder(&added.id)?;
    state.choose_journal(added.id, folder)?;
    list(&state)
}

/// Gives a journal a new name.
#[tauri::command]
pub fn rename_journal(state: State<'_, AppState>, id: String, name: String) -> Result<JournalList, CommandError> {
    state.shelf().rename(&id, &name)?;
    list(&state)
}

/// Removes a journal that was added and never set up; the first journal is chosen again.
#[tauri::command]
pub fn remove_unused_journal<R: Runtime>(app: AppHandle<R>, state: State<'_, AppState>, id: String) -> Result<VaultState, CommandError> {
    if state.is_unlocked() {
        return Err(CommandError::new(crate::error::ErrorKind::InvalidInput, "Lock this journal before removing another."));
    }
    let shelf = state.shelf();
    settings::forget(&app, &shelf.folder(&id)?);
    let journals = shelf.remove_unused(&id)?;
    state.choose_journal(journals.last.clone(), shelf.folder(&journals.last)?)?;
    Ok(vault_state(state))
}
