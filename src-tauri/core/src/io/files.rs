//! Files written outside the vault (exports, and later backups and letters): readable by their
//! owner only, and written under a temporary name, synced and renamed, so a crash never leaves
//! half a file under the name the person chose.

use std::fs::{self, File, OpenOptions};
use std::io;
use std::path::{Path, PathBuf};

use crate::Result;

/// Writes the file at `path` through `write`, owner-only and atomically; an existing file at
/// `path` is replaced only once the new one is complete.
pub(crate) fn write_private(path: &Path, write: impl FnOnce(&mut File) -> Result<()>) -> Result<()> {
    let partial = partial_name(path);
    let result = (|| {
        let mut file = create_private(&partial)?;
        write(&mut file)?;
        file.sync_all()?;
        fs::rename(&partial, path)?;
        sync_parent(path)
    })();
    if result.is_err() {
        let _ = fs::remove_file(&partial);
    }
    result
}

/// Writes a document made from the journal outside the core (a summary for a session) to
/// `path`, owner-only and atomically. It is not encrypted: the person is told so before they
/// choose where.
pub fn save_plain_document(path: &Path, bytes: &[u8]) -> Result<()> {
    write_private(path, |file| Ok(io::Write::write_all(file, bytes)?))
}

/// Like [`write_private`], but never replaces a file already at `path`: the finished file is
/// linked under its name, which fails if the name is taken, so even a file appearing meanwhile
/// is left alone.
pub(crate) fn write_private_new(path: &Path, write: impl FnOnce(&mut File) -> Result<()>) -> Result<()> {
    if path.exists() {
        return Err(crate::Error::FileExists(path.to_path_buf()));
    }
    let partial = partial_name(path);
    let result = (|| {
        let mut file = create_private(&partial)?;
        write(&mut file)?;
        file.sync_all()?;
        fs::hard_link(&partial, path).map_err(|e| match e.kind() {
            io::ErrorKind::AlreadyExists => crate::Error::FileExists(path.to_path_buf()),
            _ => e.into(),
        })?;
        sync_parent(path)
    })();
    let _ = fs::remove_file(&partial);
    result
}

/// Creates a folder that only its owner can enter, filled by `fill` and put in place under
/// `path` only once complete. `path` must not exist yet.
pub(crate) fn write_private_folder(path: &Path, fill: impl FnOnce(&Path) -> Result<()>) -> Result<()> {
    let partial = partial_name(path);
    let result = (|| {
        create_private_dir(&partial)?;
        fill(&partial)?;
        File::open(&partial)?.sync_all()?;
        if path.exists() {
            return Err(io::Error::new(io::ErrorKind::AlreadyExists, format!("{} already exists", path.display())).into());
        }
        fs::rename(&partial, path)?;
        sync_parent(path)
    })();
    if result.is_err() {
        let _ = fs::remove_dir_all(&partial);
    }
    result
}

/// A new file that only its owner can read, failing if the name is taken.
pub(crate) fn create_private(path: &Path) -> io::Result<File> {
    let mut options = OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    options.open(path)
}

/// Creates `path` and any missing parents, each readable by its owner only.
pub(crate) fn create_private_dirs(path: &Path) -> io::Result<()> {
    let mut builder = fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    std::os::unix::fs::DirBuilderExt::mode(&mut builder, 0o700);
    builder.create(path)
}

fn create_private_dir(path: &Path) -> io::Result<()> {
    let mut builder = fs::DirBuilder::new();
    #[cfg(unix)]
    std::os::unix::fs::DirBuilderExt::mode(&mut builder, 0o700);
    builder.create(path)
}

/// A hidden name beside `path`, unique to this write, so two writes never share one.
fn partial_name(path: &Path) -> PathBuf {
    let name = path.file_name().unwrap_or_default().to_string_lossy();
    path.with_file_name(format!(".{name}.{}.partial", uuid::Uuid::new_v4().simple()))
}

/// Makes the rename itself durable: on Linux a directory entry reaches the disk only when
/// its directory is synced.
fn sync_parent(path: &Path) -> Result<()> {
    #[cfg(unix)]
    if let Some(parent) = path.parent().filter(|parent| !parent.as_os_str().is_empty()) {
        File::open(parent)?.sync_all()?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[cfg(unix)]
    fn mode(path: &Path) -> u32 {
        use std::os::unix::fs::PermissionsExt;
        fs::metadata(path).unwrap().permissions().mode() & 0o777
    }

    #[test]
    fn a_file_is_owner_only_and_replaces_the_old_one_whole() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("export.json");
        fs::write(&path, "old").unwrap();
        write_private(&path, |file| Ok(io::Write::write_all(file, b"new")?)).unwrap();
        assert_eq!(fs::read_to_string(&path).unwrap(), "new");
        #[cfg(unix)]
        assert_eq!(mode(&path), 0o600);
        assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 1, "no partial file left behind");
    }

    #[test]
    fn a_failed_write_leaves_the_old_file_and_no_partial_one() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("export.json");
        fs::write(&path, "old").unwrap();
        let failed = write_private(&path, |file| {
            io::Write::write_all(file, b"half")?;
            Err(io::Error::other("the disk is full").into())
        });
        assert!(failed.is_err());
        assert_eq!(fs::read_to_string(&path).unwrap(), "old");
        assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 1);
    }

    #[test]
    fn a_folder_is_owner_only_and_appears_only_when_complete() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("journal");
        let failed = write_private_folder(&path, |partial| {
            fs::write(partial.join("a.md"), "a")?;
            Err(io::Error::other("stopped").into())
        });
        assert!(failed.is_err());
        assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 0);
        write_private_folder(&path, |partial| Ok(fs::write(partial.join("a.md"), "a")?)).unwrap();
        assert_eq!(fs::read_to_string(path.join("a.md")).unwrap(), "a");
        #[cfg(unix)]
        assert_eq!(mode(&path), 0o700);
    }
}
