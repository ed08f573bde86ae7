//! Commands that help while writing: whose journal it is, today's prompt, the feelings and tags
//! to choose from, and the draft that survives a crash.

use kintsugi_core::{Draft, EntryDraft, Prompt, Role, Vocabulary};
use tauri::State;

use crate::error::CommandError;
use crate::state::AppState;

#[tauri::command]
pub fn todays_prompt(state: State<'_, AppState>) -> Result<Option<Prompt>, CommandError> {
    state.with_journal(|journal| Ok(journal.todays_prompt(state.clock.today())?))
}

#[tauri::command]
pub fn another_prompt(state: State<'_, AppState>) -> Result<Prompt, CommandError> {
    state.with_journal(|journal| Ok(journal.another_prompt(state.clock.today())?))
}

#[tauri::command]
pub fn dismiss_prompt(state: State<'_, AppState>) -> Result<(), CommandError> {
    state.with_journal(|journal| Ok(journal.dismiss_prompt(state.clock.today())?))
}

/// Whose journal this is, which decides the prompts, the check-in's question and the order of
/// the feelings.
#[tauri::command]
pub fn role(state: State<'_, AppState>) -> Result<Role, CommandError> {
    state.with_journal(|journal| Ok(journal.role()))
}

#[tauri::command]
pub fn set_role(state: State<'_, AppState>, role: Role) -> Result<(), CommandError> {
    state.with_journal(|journal| Ok(journal.set_role(role)?))
}

#[tauri::command]
pub fn vocabulary(state: State<'_, AppState>) -> Result<Vocabulary, CommandError> {
    state.with_journal(|journal| Ok(journal.vocabulary()))
}

#[tauri::command]
pub fn keep_draft(state: State<'_, AppState>, draft: EntryDraft) -> Result<(), CommandError> {
    let now = state.clock.now();
    state.with_journal(|journal| Ok(journal.keep_draft(draft, now)?))
}

#[tauri::command]
pub fn get_draft(state: State<'_, AppState>) -> Result<Option<Draft>, CommandError> {
    state.with_journal(|journal| Ok(journal.draft().cloned()))
}

#[tauri::command]
pub fn discard_draft(state: State<'_, AppState>) -> Result<(), CommandError> {
    state.with_journal(|journal| Ok(journal.discard_draft()?))
}
