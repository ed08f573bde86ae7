//! Commands for the lists of entries the screens show, each a slice of the journal in its
//! listed order, so the window never holds ten years of summaries at once.

use chrono::NaiveDate;
use kintsugi_core::{EntrySummary, RecentEntries};
use tauri::State;

use crate::error::CommandError;
use crate::state::AppState;

#[tauri::command]
pub fn recent_entries(state: State<'_, AppState>, limit: u32) -> Result<RecentEntries, CommandError> {
    state.with_journal(|journal| Ok(journal.recent_entries(limit as usize)))
}

#[tauri::command]
pub fn entries_on(state: State<'_, AppState>, day: NaiveDate) -> Result<Vec<EntrySummary>, CommandError> {
    state.with_journal(|journal| Ok(journal.entries_on(day)))
}

#[tauri::command]
pub fn entries_in_month(state: State<'_, AppState>, year: i32, month: u32) -> Result<Vec<EntrySummary>, CommandError> {
    state.with_journal(|journal| Ok(journal.entries_in_month(year, month)))
}

#[tauri::command]
pub fn written_day_before(state: State<'_, AppState>, day: NaiveDate) -> Result<Option<NaiveDate>, CommandError> {
    state.with_journal(|journal| Ok(journal.written_day_before(day)))
}

#[tauri::command]
pub fn written_day_after(state: State<'_, AppState>, day: NaiveDate) -> Result<Option<NaiveDate>, CommandError> {
    state.with_journal(|journal| Ok(journal.written_day_after(day)))
}
