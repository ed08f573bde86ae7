//! The person's preferences, kept with tauri-plugin-store in `settings.json` beside the vault.
//! Nothing secret ever goes into that file: the theme, when to lock, and the backup folder.
//! Still, like everything else in the journal's folder, it is its owner's only (see
//! `owner_only`).

use std::path::Path;

use kintsugi_core::Settings;
use tauri::{AppHandle, Runtime, State};
use tauri_plugin_store::StoreExt;

use crate::error::{CommandError, ErrorKind};
use crate::owner_only;
use crate::state::AppState;

/// The settings file's name inside the data directory.
pub const SETTINGS_FILE_NAME: &str = "settings.json";

fn settings_error(error: impl std::fmt::Display) -> CommandError {
    CommandError::new(ErrorKind::Settings, format!("Your settings could not be read or saved ({error}). The defaults are in use."))
}

fn store<R: Runtime>(app: &AppHandle<R>, state: &AppState) -> Result<std::sync::Arc<tauri_plugin_store::Store<R>>, CommandError> {
    let folder = state.journal_dir();
    let path = folder.join(SETTINGS_FILE_NAME);
    if app.get_store(&path).is_none() {
        // First opened in this run: what an earlier version left readable by others is made
        // owner-only; the umask covers what is written from now on.
        for place in [&folder, &path] {
            if let Err(error) = owner_only::tighten(place) {
                eprintln!("Kintsugi could not make {} readable by you only ({error}).", place.display());
            }
        }
    }
    app.store(path).map_err(settings_error)
}

/// Lets go of the settings of the journal in `folder`, before the folder is removed: the
/// settings plugin saves every open store on quitting, and would make the folder again.
pub fn forget<R: Runtime>(app: &AppHandle<R>, folder: &Path) {
    if let Some(store) = app.get_store(folder.join(SETTINGS_FILE_NAME)) {
        store.close_resource();
    }
}

/// The stored settings; a hand-edited or older file with a wrong value gives the defaults, not
/// an error.
pub fn load<R: Runtime>(app: &AppHandle<R>, state: &AppState) -> Result<Settings, CommandError> {
    let store = store(app, state)?;
    let fields: serde_json::Map<String, serde_json::Value> = store.entries().into_iter().collect();
    Ok(serde_json::from_value::<Settings>(fields.into()).ok().and_then(|settings| settings.validate().ok()).unwrap_or_default())
}

/// Checks and stores `settings` whole, returning what was stored.
pub fn save<R: Runtime>(app: &AppHandle<R>, state: &AppState, settings: Settings) -> Result<Settings, CommandError> {
    let settings = settings.validate()?;
    let store = store(app, state)?;
    let serde_json::Value::Object(fields) = serde_json::to_value(&settings).map_err(settings_error)? else { unreachable!("settings serialize as an object") };
    for (key, value) in fields {
        store.set(key, value);
    }
    store.save().map_err(settings_error)?;
    Ok(settings)
}

#[tauri::command]
pub fn get_settings<R: Runtime>(app: AppHandle<R>, state: State<'_, AppState>) -> Result<Settings, CommandError> {
    load(&app, &state)
}

/// Stores the page's choices. The backup folder is kept as it is: only a folder the person
/// picked in a file chooser becomes one (see `backups`).
#[tauri::command]
pub fn set_settings<R: Runtime>(app: AppHandle<R>, state: State<'_, AppState>, settings: Settings) -> Result<Settings, CommandError> {
    let backup_folder = load(&app, &state)?.backup_folder;
    save(&app, &state, Settings { backup_folder, ..settings })
}
