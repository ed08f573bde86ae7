//! Letters between partners: sealed and saved where the person chooses, opened from a file or
//! pasted text, and kept in the journal as a thread.

use chrono::NaiveDate;
use kintsugi_core::{read_sealed_letter, AgreementView, LetterDraft, LetterView, RecordId};
use serde::Serialize;
use tauri::{AppHandle, Runtime, State};
use ts_rs::TS;

use crate::dialogs::{self, Choice};
use crate::error::CommandError;
use crate::state::AppState;

/// A letter sealed and saved.
#[derive(Clone, Debug, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SentLetter {
    /// Where the sealed file was saved, to pass on.
    pub path: String,
    pub letter: LetterView,
}

/// Every letter, oldest first.
#[tauri::command]
pub fn letters(state: State<'_, AppState>) -> Result<Vec<LetterView>, CommandError> {
    state.with_journal(|journal| Ok(journal.letters()?))
}

/// Asks where to save the sealed letter, then seals, keeps and saves it; `None` when the person
/// cancels, and then nothing is sealed.
#[tauri::command]
pub async fn seal_letter<R: Runtime>(app: AppHandle<R>, state: State<'_, AppState>, draft: LetterDraft) -> Result<Option<SentLetter>, CommandError> {
    let now = state.clock.now();
    let suggested = format!("kintsugi-letter-{}.age", now.format("%Y-%m-%d"));
    let choice = Choice::NewName { title: "Save the sealed letter", suggested: &suggested };
    let Some(path) = dialogs::choose(&app, choice).await? else { return Ok(None) };
    let sealed = state.with_journal(|journal| Ok(journal.seal_letter(draft, now)?))?;
    sealed.save_to(&path)?;
    Ok(Some(SentLetter { path: path.display().to_string(), letter: sealed.letter }))
}

/// Asks for a sealed letter's file and opens it; `None` when the person cancels.
#[tauri::command]
pub async fn open_letter_file<R: Runtime>(app: AppHandle<R>, state: State<'_, AppState>) -> Result<Option<LetterView>, CommandError> {
    let choice = Choice::File { title: "Open a letter", filter: Some(("Sealed letter", &["age"])) };
    let Some(path) = dialogs::choose(&app, choice).await? else { return Ok(None) };
    let armored = read_sealed_letter(&path)?;
    state.with_journal(|journal| Ok(Some(journal.open_letter(&armored)?)))
}

/// Opens a letter from its pasted text.
#[tauri::command]
pub fn open_letter_text(state: State<'_, AppState>, text: String) -> Result<LetterView, CommandError> {
    state.with_journal(|journal| Ok(journal.open_letter(&text)?))
}

/// Adds the agreement a letter proposes to this journal's agreements, from `since` on.
#[tauri::command]
pub fn accept_proposal(state: State<'_, AppState>, letter: String, since: NaiveDate) -> Result<AgreementView, CommandError> {
    let letter = RecordId::parse(&letter)?;
    state.with_journal(|journal| Ok(journal.accept_proposal(letter, since)?))
}
