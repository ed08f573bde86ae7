//! Bringing in a journal kept elsewhere: the person chooses a file or folder, sees what it holds,
//! and then it is written all at once, with progress and a way to stop.

use std::ops::ControlFlow;
use std::sync::atomic::Ordering;

use kintsugi_core::{ImportOutcome, ImportSummary};
use serde::{Deserialize, Serialize};
use tauri::{AppHandle, Emitter, Runtime, State};
use ts_rs::TS;

use crate::dialogs::{self, Choice};
use crate::error::{CommandError, ErrorKind};
use crate::state::{held, in_background, AppState};

/// The event the window hears while an import is written, carrying `[done, total]`.
pub const IMPORT_PROGRESS: &str = "import-progress";

/// What the person is asked to choose.
#[derive(Clone, Copy, Debug, Deserialize, TS)]
#[serde(rename_all = "lowercase")]
pub enum ImportFrom {
    /// A Day One export (zip or JSON), a jrnl file, or Kintsugi's own export.
    File,
    /// A folder of Markdown notes.
    Folder,
}

/// How an import ended.
#[derive(Clone, Copy, Debug, Serialize, TS)]
pub struct ImportResult {
    /// Records now in the journal; none when cancelled.
    pub imported: u32,
    pub cancelled: bool,
}

/// Asks for a file or folder and reads it, keeping what it would add until the person says go.
/// `None` when they cancel the chooser.
#[tauri::command]
pub async fn choose_import<R: Runtime>(app: AppHandle<R>, from: ImportFrom) -> Result<Option<ImportSummary>, CommandError> {
    let choice = match from {
        ImportFrom::File => Choice::File { title: "Choose a journal to bring in", filter: Some(("Day One, jrnl or Kintsugi", &["zip", "json", "txt"])) },
        ImportFrom::Folder => Choice::Folder { title: "Choose a folder of Markdown notes" },
    };
    let Some(path) = dialogs::choose(&app, choice).await? else {
        return Ok(None);
    };
    in_background(&app, move |state| {
        let plan = state.with_journal(|journal| Ok(journal.preview_import(&path)?))?;
        let summary = plan.summary().clone();
        *held(&state.pending_import) = Some(plan);
        Ok(Some(summary))
    })
    .await
}

/// Writes the previewed import, all or nothing, telling the window how far it has got.
#[tauri::command]
pub async fn import_previewed<R: Runtime>(app: AppHandle<R>) -> Result<ImportResult, CommandError> {
    let emitter = app.clone();
    in_background(&app, move |state| {
        let plan = held(&state.pending_import).take().ok_or_else(|| CommandError::new(ErrorKind::InvalidInput, "Choose a file to import first."))?;
        state.cancel_import.store(false, Ordering::SeqCst);
        let mut reported = 0;
        let outcome = state.with_journal(|journal| {
            Ok(journal.import(plan, |done, total| {
                // About a hundred steps are enough for a smooth bar, however large the file.
                if done == total || done - reported >= total.div_ceil(100) {
                    reported = done;
                    let _ = emitter.emit(IMPORT_PROGRESS, (done, total));
                }
                if state.cancel_import.load(Ordering::SeqCst) {
                    ControlFlow::Break(())
                } else {
                    ControlFlow::Continue(())
                }
            })?)
        })?;
        Ok(match outcome {
            ImportOutcome::Imported(imported) => ImportResult { imported, cancelled: false },
            ImportOutcome::Cancelled => ImportResult { imported: 0, cancelled: true },
        })
    })
    .await
}

/// Stops an import being written; nothing of it is kept.
#[tauri::command]
pub fn cancel_import(state: State<'_, AppState>) {
    state.cancel_import.store(true, Ordering::SeqCst);
}

/// Lets go of a previewed import the person decided against.
#[tauri::command]
pub fn forget_import(state: State<'_, AppState>) {
    held(&state.pending_import).take();
}
