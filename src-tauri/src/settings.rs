//! The person's preferences, kept with tauri-plugin-store in `settings.json` beside the vault.
//! Nothing secret ever goes into that file: only the theme and the auto-lock delay.

use kintsugi_core::Settings;
use tauri::{AppHandle, Runtime, State};
use tauri_plugin_store::StoreExt;

use crate::error::{CommandError, ErrorKind};
use crate::state::AppState;

/// The settings file's name inside the data directory.
pub const SETTINGS_FILE_NAME: &str = "settings.json";

fn settings_error(error: impl std::fmt::Display) -> CommandError {
    CommandError::new(ErrorKind::Settings, format!("Your settings could not be read or saved ({error}). The defaults are in use."))
}

fn store<R: Runtime>(app: &AppHandle<R>, state: &AppState) -> Result<std::sync::Arc<tauri_plugin_store::Store<R>>, CommandError> {
    app.store(state.data_dir.join(SETTINGS_FILE_NAME)).map_err(settings_error)
}

#[tauri::command]
pub fn get_settings<R: Runtime>(app: AppHandle<R>, state: State<'_, AppState>) -> Result<Settings, CommandError> {
    let store = store(&app, &state)?;
    let fields: serde_json::Map<String, serde_json::Value> = store.entries().into_iter().collect();
    // A hand-edited or older file with a wrong value falls back to the defaults, not to an error.
    Ok(serde_json::from_value::<Settings>(fields.into())
        .ok()
        .and_then(|settings| settings.validate().ok())
        .unwrap_or_default())
}

#[tauri::command]
pub fn set_settings<R: Runtime>(app: AppHandle<R>, state: State<'_, AppState>, settings: Settings) -> Result<Settings, CommandError> {
    let settings = settings.validate()?;
    let store = store(&app, &state)?;
    let serde_json::Value::Object(fields) = serde_json::to_value(&settings).map_err(settings_error)? else {
        unreachable!("settings serialize as an object")
    };
    for (key, value) in fields {
        store.set(key, value);
    }
    store.save().map_err(settings_error)?;
    Ok(settings)
}
