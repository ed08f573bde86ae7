//! One window per journal. Launching Kintsugi again while it runs brings the open window to
//! the front (on Linux through the session bus) rather than opening the journal a second time.
//! A journal chosen with `KINTSUGI_DATA_DIR` is its own instance, so two journals can be open
//! side by side.

use sha2::{Digest, Sha256};
use tauri::{Manager, Runtime};

use crate::state::DATA_DIR_VARIABLE;

/// The app's identifier, as in `tauri.conf.json`; the bus name is built from it.
const IDENTIFIER: &str = "app.kintsugi.journal";

pub fn plugin<R: Runtime>() -> tauri::plugin::TauriPlugin<R> {
    tauri_plugin_single_instance::Builder::new()
        .callback(|app, _args, _cwd| {
            if let Some(window) = app.get_webview_window("main") {
                let _ = window.unminimize();
                let _ = window.show();
                let _ = window.set_focus();
            }
        })
        .dbus_id(instance_name(std::env::var_os(DATA_DIR_VARIABLE).filter(|dir| !dir.is_empty())))
        .build()
}

/// The bus name of the instance for a data directory: the identifier for the usual one, and
/// the identifier with a digest of the path for one chosen with `KINTSUGI_DATA_DIR` (bus names
/// allow only letters, digits and underscores, and the path is nobody's business).
fn instance_name(data_dir: Option<std::ffi::OsString>) -> String {
    match data_dir {
        None => IDENTIFIER.to_owned(),
        Some(dir) => {
            let digest = Sha256::digest(dir.as_encoded_bytes());
            let hex: String = digest[..8].iter().map(|byte| format!("{byte:02x}")).collect();
            format!("{IDENTIFIER}.dir_{hex}")
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_data_directory_is_its_own_instance_with_a_valid_bus_name() {
        let usual = instance_name(None);
        let one = instance_name(Some("/home/a/.journal one".into()));
        let other = instance_name(Some("/home/a/journal-two".into()));
        assert_eq!(usual, IDENTIFIER);
        assert_ne!(one, other);
        for name in [&one, &other] {
            assert!(name.split('.').all(|part| !part.is_empty() && part.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')), "{name}");
            assert!(!name.contains("journal one"), "the path is not in the name");
        }
    }
}
