//! Everything Kintsugi keeps on this computer is readable by its owner only, from the first
//! start: the data folder, each journal's folder, and the settings file, which
//! tauri-plugin-store writes with `std::fs::write` (0644 under the usual umask of 022).
//!
//! The process's umask is set to 077 before anything is created, so every file and folder made
//! from then on is owner-only, whoever makes it: this crate, the settings plugin, Tauri making
//! the app data folder for WebKit, or WebKit itself. A file the plugin writes again keeps its
//! mode. What an earlier version left looser is tightened when it is next used.

use std::io;
use std::path::Path;

/// Makes every file and folder this process creates from now on owner-only. Called first in
/// `main`, before any other thread could create one.
#[cfg(target_os = "linux")]
pub fn from_now_on() {
    use rustix::fs::Mode;
    rustix::process::umask(Mode::RWXG | Mode::RWXO);
}

#[cfg(not(target_os = "linux"))]
pub fn from_now_on() {}

/// Creates `folder` (and any missing parents) owner-only, or makes an existing one so.
pub fn folder(folder: &Path) -> io::Result<()> {
    let mut builder = std::fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    std::os::unix::fs::DirBuilderExt::mode(&mut builder, 0o700);
    builder.create(folder)?;
    tighten(folder)
}

/// Makes the file or folder at `path` owner-only, when it is there and is not yet: 0600 for a
/// file, 0700 for a folder.
#[cfg(unix)]
pub fn tighten(path: &Path) -> io::Result<()> {
    use std::os::unix::fs::PermissionsExt;
    let metadata = match std::fs::metadata(path) {
        Err(error) if error.kind() == io::ErrorKind::NotFound => return Ok(()),
        other => other?,
    };
    if metadata.permissions().mode() & 0o077 != 0 {
        let owner_only = if metadata.is_dir() { 0o700 } else { 0o600 };
        std::fs::set_permissions(path, std::fs::Permissions::from_mode(owner_only))?;
    }
    Ok(())
}

#[cfg(not(unix))]
pub fn tighten(_path: &Path) -> io::Result<()> {
    Ok(())
}

#[cfg(all(test, target_os = "linux"))]
mod tests {
    use std::os::unix::fs::PermissionsExt;

    use super::*;

    fn mode(path: &Path) -> u32 {
        std::fs::metadata(path).unwrap().permissions().mode() & 0o777
    }

    #[test]
    fn a_data_folder_left_open_by_an_earlier_start_is_made_private() {
        let home = tempfile::tempdir().unwrap();
        let data = home.path().join("data");
        std::fs::create_dir(&data).unwrap();
        std::fs::set_permissions(&data, std::fs::Permissions::from_mode(0o755)).unwrap();
        folder(&data).unwrap();
        assert_eq!(mode(&data), 0o700);

        let fresh = home.path().join("fresh").join("journals").join("0123");
        folder(&fresh).unwrap();
        assert_eq!((mode(&home.path().join("fresh")), mode(&fresh)), (0o700, 0o700));
    }

    #[test]
    fn a_settings_file_stays_private_when_it_is_written_again() {
        let data = tempfile::tempdir().unwrap();
        let settings = data.path().join("settings.json");
        tighten(&settings).unwrap();
        assert!(!settings.exists(), "nothing is created ahead of the settings plugin");

        // Written 0644 by an earlier version, then tightened when next used.
        std::fs::write(&settings, "{}").unwrap();
        std::fs::set_permissions(&settings, std::fs::Permissions::from_mode(0o644)).unwrap();
        tighten(&settings).unwrap();
        assert_eq!(mode(&settings), 0o600);
        // tauri-plugin-store saves with std::fs::write, which keeps the mode of the file there.
        std::fs::write(&settings, r#"{"theme":"dark"}"#).unwrap();
        assert_eq!(mode(&settings), 0o600);
    }

    #[test]
    fn from_the_first_start_every_new_file_and_folder_is_the_owners_only() {
        from_now_on();
        let data = tempfile::tempdir().unwrap();
        // What the settings plugin does the first time it saves into a journal's folder.
        let journal = data.path().join("journals").join("0123");
        std::fs::create_dir_all(&journal).unwrap();
        std::fs::write(journal.join("settings.json"), "{}").unwrap();
        assert_eq!(mode(&data.path().join("journals")), 0o700);
        assert_eq!(mode(&journal), 0o700);
        assert_eq!(mode(&journal.join("settings.json")), 0o600);
    }
}
