//! Commands that tell the window the app's clock, and in a development build let a test hold
//! it at an instant. The window keeps its own days in step through the `clock-changed` event.

use tauri::{AppHandle, Emitter, Runtime, State};

use crate::error::{CommandError, ErrorKind};
use crate::state::AppState;

/// The event the window hears when a test moves the clock; it carries the new instant, or
/// null when the clock follows the system again.
pub const CLOCK_CHANGED: &str = "clock-changed";

/// The instant the clock is held at, in RFC 3339, or null when it follows the system (always,
/// in a release build).
#[tauri::command]
pub fn held_clock(state: State<'_, AppState>) -> Option<String> {
    state.clock.held().map(|instant| instant.to_rfc3339())
}

/// Holds the clock at `now` (RFC 3339), or lets it follow the system again with null.
/// Refused in a release build.
#[tauri::command]
pub fn set_clock<R: Runtime>(app: AppHandle<R>, state: State<'_, AppState>, now: Option<String>) -> Result<(), CommandError> {
    state.clock.hold(now.as_deref()).map_err(|error| CommandError::new(ErrorKind::InvalidInput, error.to_string()))?;
    app.emit(CLOCK_CHANGED, held_clock(state))?;
    Ok(())
}
