//! File choosers, opened by the Rust side: a path reaches the import, export, backup and restore
//! code only from the person's own choice, never from the page.
//!
//! A development build can be told the next answers in advance (`answer_dialogs`), so the
//! end-to-end tests run exactly the same commands with no native dialog on screen. Release
//! builds refuse that command and always ask the person.

use std::collections::VecDeque;
use std::path::PathBuf;
use std::sync::Mutex;

use tauri::{AppHandle, Manager, Runtime, State};
use tauri_plugin_dialog::DialogExt;

use crate::error::{CommandError, ErrorKind};
use crate::state::{held, AppState};

/// Whether this build takes dialog answers in advance; release builds never do.
const ANSWERABLE: bool = cfg!(debug_assertions);

/// What to ask the person to choose.
pub enum Choice<'a> {
    /// An existing file, with a name and the extensions offered first.
    File { title: &'a str, filter: Option<(&'a str, &'a [&'a str])> },
    /// An existing folder.
    Folder { title: &'a str },
    /// A new file or folder name, starting from `suggested`.
    NewName { title: &'a str, suggested: &'a str },
}

/// Answers given in advance by a test, used up one per dialog.
#[derive(Default)]
pub struct PresetAnswers(Mutex<VecDeque<PathBuf>>);

impl PresetAnswers {
    fn next(&self) -> Option<PathBuf> {
        held(&self.0).pop_front()
    }
}

/// Asks the person to choose, off the window's thread; `None` when they cancel.
pub async fn choose<R: Runtime>(app: &AppHandle<R>, choice: Choice<'_>) -> Result<Option<PathBuf>, CommandError> {
    if ANSWERABLE {
        if let Some(answer) = app.state::<AppState>().dialog_answers.next() {
            return Ok(Some(answer));
        }
    }
    let mut builder = app.dialog().file();
    if let Some(window) = app.get_webview_window("main") {
        builder = builder.set_parent(&window);
    }
    let chooser = match choice {
        Choice::File { title, filter } => {
            let builder = builder.set_title(title);
            let builder = match filter {
                Some((name, extensions)) => builder.add_filter(name, extensions).add_filter("All files", &["*"]),
                None => builder,
            };
            Chooser::File(builder)
        }
        Choice::Folder { title } => Chooser::Folder(builder.set_title(title)),
        Choice::NewName { title, suggested } => Chooser::Save(builder.set_title(title).set_file_name(suggested).set_can_create_directories(true)),
    };
    let picked = tauri::async_runtime::spawn_blocking(move || match chooser {
        Chooser::File(builder) => builder.blocking_pick_file(),
        Chooser::Folder(builder) => builder.blocking_pick_folder(),
        Chooser::Save(builder) => builder.blocking_save_file(),
    })
    .await
    .map_err(|_| CommandError::new(ErrorKind::Storage, "The file chooser closed unexpectedly. Please try again."))?;
    picked.map(|path| path.into_path()).transpose().map_err(|error| {
        CommandError::new(ErrorKind::InvalidInput, format!("That place cannot be used ({error}). Choose a folder on this computer or a drive."))
    })
}

enum Chooser<R: Runtime> {
    File(tauri_plugin_dialog::FileDialogBuilder<R>),
    Folder(tauri_plugin_dialog::FileDialogBuilder<R>),
    Save(tauri_plugin_dialog::FileDialogBuilder<R>),
}

/// Gives the next dialogs their answers, in order, without showing them. Refused in a release
/// build.
#[tauri::command]
pub fn answer_dialogs(state: State<'_, AppState>, paths: Vec<String>) -> Result<(), CommandError> {
    if !ANSWERABLE {
        return Err(CommandError::new(ErrorKind::InvalidInput, "Dialogs can only be answered in advance in a development build."));
    }
    held(&state.dialog_answers.0).extend(paths.into_iter().map(PathBuf::from));
    Ok(())
}
