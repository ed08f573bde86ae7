//! The journal's sharing key and the partner's, for letters with no server: shown to copy,
//! saved as a sharing card in a place the person chooses, and the partner's added from their
//! card or pasted.

use kintsugi_core::{read_sharing_card, SharingKey};
use tauri::{AppHandle, Runtime, State};

use crate::dialogs::{self, Choice};
use crate::error::CommandError;
use crate::state::AppState;

/// This journal's public sharing key, made the first time it is asked for.
#[tauri::command]
pub fn sharing_key(state: State<'_, AppState>) -> Result<SharingKey, CommandError> {
    state.with_journal(|journal| Ok(journal.sharing_key()?))
}

/// The partner's public sharing key, once added.
#[tauri::command]
pub fn partner_key(state: State<'_, AppState>) -> Result<Option<SharingKey>, CommandError> {
    state.with_journal(|journal| Ok(journal.partner_key()))
}

/// Adds the partner's key from pasted text.
#[tauri::command]
pub fn set_partner_key(state: State<'_, AppState>, text: String) -> Result<SharingKey, CommandError> {
    state.with_journal(|journal| Ok(journal.set_partner_key(&text)?))
}

#[tauri::command]
pub fn forget_partner_key(state: State<'_, AppState>) -> Result<(), CommandError> {
    state.with_journal(|journal| Ok(journal.forget_partner_key()?))
}

/// Asks for the partner's sharing card and adds the key on it; `None` when the person cancels.
#[tauri::command]
pub async fn open_partner_card<R: Runtime>(app: AppHandle<R>, state: State<'_, AppState>) -> Result<Option<SharingKey>, CommandError> {
    let choice = Choice::File { title: "Open your partner's sharing card", filter: Some(("Sharing card", &["txt"])) };
    let Some(path) = dialogs::choose(&app, choice).await? else { return Ok(None) };
    let text = read_sharing_card(&path)?;
    state.with_journal(|journal| Ok(Some(journal.set_partner_key(&text)?)))
}

/// Asks where to save this journal's sharing card and saves it there; returns the file's path,
/// or `None` when the person cancels.
#[tauri::command]
pub async fn save_sharing_card<R: Runtime>(app: AppHandle<R>, state: State<'_, AppState>) -> Result<Option<String>, CommandError> {
    let choice = Choice::NewName { title: "Save your sharing card", suggested: "kintsugi-sharing-card.txt" };
    let Some(path) = dialogs::choose(&app, choice).await? else { return Ok(None) };
    state.with_journal(|journal| Ok(journal.save_sharing_card(&path)?))?;
    Ok(Some(path.display().to_string()))
}
