//! Commands for finding entries again: search, the calendar and "On this day".

use kintsugi_core::{CalendarDay, Memory, SearchQuery, SearchResults};
use tauri::State;

use crate::error::CommandError;
use crate::state::AppState;

/// More results than a person scrolls through; the total says how many matched in all.
const SEARCH_RESULTS_SHOWN: usize = 50;

#[tauri::command]
pub fn search(state: State<'_, AppState>, query: SearchQuery) -> Result<SearchResults, CommandError> {
    state.with_journal(|journal| Ok(journal.search(&query, SEARCH_RESULTS_SHOWN)))
}

#[tauri::command]
pub fn calendar_month(state: State<'_, AppState>, year: i32, month: u32) -> Result<Vec<CalendarDay>, CommandError> {
    state.with_journal(|journal| Ok(journal.calendar_month(year, month)))
}

#[tauri::command]
pub fn on_this_day(state: State<'_, AppState>) -> Result<Vec<Memory>, CommandError> {
    let today = state.clock.today();
    state.with_journal(|journal| Ok(journal.on_this_day(today)))
}
