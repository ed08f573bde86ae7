//! Commands for noticing progress: wins, agreements, triggers, milestones and the timeline.

use chrono::NaiveDate;
use kintsugi_core::{
    AgreementView, Agreements, Cadence, DayRecords, Keeping, Milestone, MilestoneDraft, Owner, Progress, RecordId, Timeline, Trigger, TriggerDraft,
    TriggerPatterns, Win, WinDraft, WinWeek, Zoom,
};
use tauri::State;

use crate::error::CommandError;
use crate::state::AppState;

#[tauri::command]
pub fn save_win(state: State<'_, AppState>, draft: WinDraft) -> Result<Win, CommandError> {
    state.with_journal(|journal| Ok(journal.save_win(draft, state.clock.now())?))
}

#[tauri::command]
pub fn delete_win(state: State<'_, AppState>, id: String) -> Result<(), CommandError> {
    let id = RecordId::parse(&id)?;
    state.with_journal(|journal| Ok(journal.delete_win(id)?))
}

#[tauri::command]
pub fn wins_by_week(state: State<'_, AppState>) -> Result<Vec<WinWeek>, CommandError> {
    state.with_journal(|journal| Ok(journal.wins_by_week()))
}

#[tauri::command]
pub fn agreements(state: State<'_, AppState>) -> Result<Agreements, CommandError> {
    state.with_journal(|journal| Ok(journal.agreements()))
}

#[tauri::command]
pub fn add_agreement(state: State<'_, AppState>, text: String, cadence: Cadence, owner: Owner, since: NaiveDate) -> Result<AgreementView, CommandError> {
    state.with_journal(|journal| Ok(journal.add_agreement(&text, cadence, owner, since)?))
}

#[tauri::command]
pub fn mark_agreement(state: State<'_, AppState>, id: String, day: NaiveDate, keeping: Option<Keeping>) -> Result<AgreementView, CommandError> {
    let id = RecordId::parse(&id)?;
    state.with_journal(|journal| Ok(journal.mark_agreement(id, day, keeping)?))
}

#[tauri::command]
pub fn note_repair(state: State<'_, AppState>, id: String, day: NaiveDate, note: String) -> Result<AgreementView, CommandError> {
    let id = RecordId::parse(&id)?;
    state.with_journal(|journal| Ok(journal.note_repair(id, day, &note)?))
}

#[tauri::command]
pub fn renegotiate_agreement(state: State<'_, AppState>, id: String, text: String, cadence: Cadence, day: NaiveDate) -> Result<AgreementView, CommandError> {
    let id = RecordId::parse(&id)?;
    state.with_journal(|journal| Ok(journal.renegotiate_agreement(id, &text, cadence, day)?))
}

#[tauri::command]
pub fn retire_agreement(state: State<'_, AppState>, id: String, day: NaiveDate) -> Result<AgreementView, CommandError> {
    let id = RecordId::parse(&id)?;
    state.with_journal(|journal| Ok(journal.retire_agreement(id, day)?))
}

#[tauri::command]
pub fn delete_agreement(state: State<'_, AppState>, id: String) -> Result<(), CommandError> {
    let id = RecordId::parse(&id)?;
    state.with_journal(|journal| Ok(journal.delete_agreement(id)?))
}

#[tauri::command]
pub fn save_trigger(state: State<'_, AppState>, draft: TriggerDraft) -> Result<Trigger, CommandError> {
    state.with_journal(|journal| Ok(journal.save_trigger(draft, state.clock.now())?))
}

#[tauri::command]
pub fn delete_trigger(state: State<'_, AppState>, id: String) -> Result<(), CommandError> {
    let id = RecordId::parse(&id)?;
    state.with_journal(|journal| Ok(journal.delete_trigger(id)?))
}

#[tauri::command]
pub fn triggers(state: State<'_, AppState>) -> Result<Vec<Trigger>, CommandError> {
    state.with_journal(|journal| Ok(journal.triggers()))
}

#[tauri::command]
pub fn trigger_patterns(state: State<'_, AppState>) -> Result<TriggerPatterns, CommandError> {
    state.with_journal(|journal| Ok(journal.trigger_patterns()))
}

#[tauri::command]
pub fn save_milestone(state: State<'_, AppState>, draft: MilestoneDraft) -> Result<Milestone, CommandError> {
    state.with_journal(|journal| Ok(journal.save_milestone(draft, state.clock.now())?))
}

#[tauri::command]
pub fn delete_milestone(state: State<'_, AppState>, id: String) -> Result<(), CommandError> {
    let id = RecordId::parse(&id)?;
    state.with_journal(|journal| Ok(journal.delete_milestone(id)?))
}

#[tauri::command]
pub fn milestones(state: State<'_, AppState>) -> Result<Vec<Milestone>, CommandError> {
    state.with_journal(|journal| Ok(journal.milestones()))
}

/// The timeline whose last point holds `end`, or today.
#[tauri::command]
pub fn timeline(state: State<'_, AppState>, zoom: Zoom, end: Option<NaiveDate>) -> Result<Timeline, CommandError> {
    let end = end.unwrap_or_else(|| state.clock.today());
    state.with_journal(|journal| Ok(journal.timeline(zoom, end)?))
}

#[tauri::command]
pub fn progress(state: State<'_, AppState>) -> Result<Progress, CommandError> {
    let today = state.clock.today();
    state.with_journal(|journal| Ok(journal.progress(today)))
}

#[tauri::command]
pub fn records_between(state: State<'_, AppState>, start: NaiveDate, end: NaiveDate) -> Result<DayRecords, CommandError> {
    state.with_journal(|journal| Ok(journal.records_between(start, end)?))
}
