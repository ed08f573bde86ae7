//! One writer per vault. The vault's folder holds a lock file that an unlocked journal keeps
//! locked (an advisory `flock`, released by the system when the process ends, even by a
//! crash). A second window or program, or a second journal in the same process, is refused
//! with [`Error::OpenElsewhere`] before it reads anything.
//!
//! The lock is on a file of its own rather than on the database: SQLite takes POSIX locks on
//! its file, and where `flock` is emulated with those (some network file systems) the two
//! would release each other.

use std::fs::{File, OpenOptions, TryLockError};
use std::path::Path;

use crate::{Error, Result};

/// The lock file's name inside the data directory. It holds nothing.
pub const LOCK_FILE_NAME: &str = "vault.lock";

/// Held while a journal is unlocked; dropping it lets another writer in.
#[derive(Debug)]
pub(crate) struct VaultLock {
    _held: File,
}

impl VaultLock {
    /// Takes the lock on the vault in `dir`, which must exist.
    pub fn acquire(dir: &Path) -> Result<Self> {
        let mut options = OpenOptions::new();
        options.read(true).write(true).create(true).truncate(false);
        #[cfg(unix)]
        std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
        let file = options.open(dir.join(LOCK_FILE_NAME))?;
        match file.try_lock() {
            Ok(()) => Ok(Self { _held: file }),
            Err(TryLockError::WouldBlock) => Err(Error::OpenElsewhere),
            Err(TryLockError::Error(e)) => Err(e.into()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_second_holder_is_refused_until_the_first_lets_go() {
        let dir = tempfile::tempdir().unwrap();
        let first = VaultLock::acquire(dir.path()).unwrap();
        assert!(matches!(VaultLock::acquire(dir.path()), Err(Error::OpenElsewhere)));
        drop(first);
        VaultLock::acquire(dir.path()).unwrap();
    }
}
