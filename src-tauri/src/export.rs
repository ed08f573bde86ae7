//! Taking the journal out: Kintsugi's JSON, a folder of Markdown, or an encrypted copy, written
//! where the person chooses after they have read whether the copy is encrypted.

use kintsugi_core::ExportFormat;
use tauri::{AppHandle, Runtime, State};

use crate::dialogs::{self, Choice};
use crate::error::CommandError;
use crate::state::{in_background, AppState};

/// What the window shows before the copy is written: whether it is encrypted, and what follows.
#[tauri::command]
pub fn export_notice(format: ExportFormat) -> &'static str {
    format.notice()
}

/// Asks where to write the copy and writes it; the path written, or `None` when the person
/// cancels the chooser.
#[tauri::command]
pub async fn export_journal<R: Runtime>(app: AppHandle<R>, state: State<'_, AppState>, format: ExportFormat) -> Result<Option<String>, CommandError> {
    let now = state.clock.now();
    let stem = format!("kintsugi-{}", now.format("%Y-%m-%d"));
    let (title, suggested) = match format {
        ExportFormat::KintsugiJson => ("Save a copy as Kintsugi JSON", format!("{stem}.json")),
        ExportFormat::MarkdownFolder => ("Name the new folder for the Markdown copy", stem),
        ExportFormat::Encrypted => ("Save an encrypted copy", format!("{stem}.age")),
    };
    let Some(path) = dialogs::choose(&app, Choice::NewName { title, suggested: &suggested }).await? else {
        return Ok(None);
    };
    in_background(&app, move |state| {
        state.with_journal(|journal| {
            match format {
                ExportFormat::KintsugiJson => journal.export_json(&path, now)?,
                ExportFormat::MarkdownFolder => journal.export_markdown(&path)?,
                ExportFormat::Encrypted => journal.export_encrypted(&path, now)?,
            }
            Ok(Some(path.display().to_string()))
        })
    })
    .await
}
