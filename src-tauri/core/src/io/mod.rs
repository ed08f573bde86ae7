//! Bringing a journal in and getting it out: readers for the journals people kept before
//! (Day One, jrnl, a folder of Markdown), Kintsugi's own export, and private files: those written
//! outside the vault, and the vault's own folder.

mod backup;
mod dayone;
mod export;
pub(crate) mod files;
mod import;
mod incoming;
mod jrnl;
mod json_entries;
mod kintsugi;
mod markdown;
mod markdown_out;
mod read;
mod shared;

pub use backup::{restore_backup, restore_backup_replacing, BackupKey, IDENTITY_FILE_NAME};
pub use export::ExportFormat;
pub use files::save_plain_document;
pub use import::{ImportOutcome, ImportPlan, ImportSummary};
pub use incoming::{Dropped, ImportFormat, Problem, Source};
pub(crate) use incoming::{Incoming, Parsed, Problems, LISTED_AT_MOST};

use std::path::Path;

use crate::Result;

/// The largest file an import reads. Ten years of daily writing is a few tens of megabytes;
/// far larger is not a journal, and reading it whole could exhaust memory.
pub(crate) const MAX_IMPORT_BYTES: u64 = 256 * 1024 * 1024;

/// The whole file at `path`, refused with a clear message when it is larger than any journal.
pub(crate) fn read_bounded(path: &Path) -> Result<Vec<u8>> {
    let name = path.file_name().unwrap_or(path.as_os_str()).to_string_lossy();
    read_limited(path, MAX_IMPORT_BYTES)?.ok_or_else(|| shared::too_large(&name))
}

/// The whole file at `path`, or `None` when it holds more than `limit` bytes. A file whose size
/// already says so is refused before any of it is read; one that grows while read stops at the
/// limit. Only a regular file is opened: a pipe planted under a file's name would never end.
pub(crate) fn read_limited(path: &Path, limit: u64) -> Result<Option<Vec<u8>>> {
    let metadata = std::fs::metadata(path)?;
    if !metadata.is_file() {
        return Err(std::io::Error::new(std::io::ErrorKind::InvalidInput, format!("{} is not a file", path.display())).into());
    }
    if metadata.len() > limit {
        return Ok(None);
    }
    Ok(shared::read_at_most(std::fs::File::open(path)?, limit)?)
}
