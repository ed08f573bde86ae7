//! The one error type of the core. Every message tells a person what happened and what to do,
//! and none ever contains a word of what they wrote.

use std::path::PathBuf;

/// Everything that can go wrong in the core.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// There is no vault file in the data directory.
    #[error("There is no journal in {} yet. Create one first.", .0.display())]
    NoVault(PathBuf),

    /// Creating a vault where one already exists would destroy it.
    #[error("A journal already exists in {}. Unlock it instead of creating a new one.", .0.display())]
    VaultExists(PathBuf),

    /// The passphrase did not unwrap the vault key.
    #[error("That passphrase does not open this journal. Check Caps Lock and try again.")]
    WrongPassphrase,

    /// A change of passphrase or keys was asked for without the current passphrase.
    #[error("Type your current passphrase first, so that nobody passing an open journal can change how it locks.")]
    CurrentPassphraseNeeded,

    /// The recovery key did not unwrap the vault key, or is not a recovery key at all.
    #[error("That recovery key does not open this journal. It starts with AGE-SECRET-KEY-1; check every character.")]
    WrongRecoveryKey,

    /// The chosen passphrase is too short or too easy to guess to protect the journal; the
    /// message says why and what would do better.
    #[error("{0}")]
    WeakPassphrase(String),

    /// The vault asks for more key-derivation work than this version allows, which is either
    /// tampering or a file from elsewhere.
    #[error("This journal's passphrase protection asks for more work (2^{required}) than Kintsugi allows (2^{allowed}); it was not made by Kintsugi.")]
    ExcessiveWork {
        /// The work factor the file asks for.
        required: u8,
        /// The largest work factor this version accepts.
        allowed: u8,
    },

    /// The vault file was written by a newer version of Kintsugi.
    #[error("This journal was written by a newer version of Kintsugi (format {found}; this version reads up to {supported}). Update Kintsugi to open it; nothing was changed.")]
    NewerVersion {
        /// The format version found in the file.
        found: i64,
        /// The newest format version this build understands.
        supported: i64,
    },

    /// The file is not a Kintsugi vault.
    #[error("{} is not a Kintsugi journal.", .0.display())]
    NotAVault(PathBuf),

    /// No entry has the given id.
    #[error("That entry no longer exists; it may have been deleted.")]
    EntryNotFound,

    /// No win, agreement, trigger or milestone has the given id.
    #[error("That record no longer exists; it may have been deleted.")]
    RecordNotFound,

    /// A new entry with no text is not worth saving.
    #[error("An empty entry is not saved. Write a few words first.")]
    EmptyEntry,

    /// Input that breaks a rule of the journal, with the rule in words.
    #[error("{0}")]
    InvalidInput(String),

    /// A file chosen to import could not be read as any journal Kintsugi knows, with where and
    /// why. Nothing was imported.
    #[error("{0} Nothing was imported.")]
    CannotImport(String),

    /// The folder chosen for backups is not there, such as a drive that is not plugged in.
    #[error("The backup folder {} is not there; if it is on a drive, plug the drive in. Nothing was backed up.", .0.display())]
    BackupFolderMissing(PathBuf),

    /// No backup is written while part of the journal could not be read.
    #[error("Part of this journal could not be read, so no new backup was written: the backups already made still hold it. Bring it back from the latest backup, or choose to go on without it; backups then resume.")]
    NotBackedUpWhileDamaged,

    /// A backup could not be opened: not a Kintsugi backup, or cut short.
    #[error("{0} Nothing was restored.")]
    CannotRestore(String),

    /// Another Kintsugi window or program has this journal open; only one may write to it.
    #[error("This journal is open in another Kintsugi window or program. Close it there, then try again; nothing was changed.")]
    OpenElsewhere,

    /// The vault changed on disk since it was unlocked, which only another writer can do.
    #[error("This journal was changed by another program since it was unlocked, so this change was not saved over it. Lock the journal and unlock it again to see the latest.")]
    ChangedElsewhere,

    /// Part of the vault could not be decrypted or read. It is kept aside untouched.
    #[error("Part of this journal is damaged and could not be read ({0}). It has been set aside untouched; everything else is safe.")]
    Damaged(String),

    /// The database could not be read or written.
    #[error("The journal file could not be read or written: {0}. Nothing unsaved was lost; check that the disk is not full and try again.")]
    Storage(#[from] rusqlite::Error),

    /// Kintsugi never writes over a file the person already has.
    #[error("{} is already there, and Kintsugi never writes over a file. Choose another name.", .0.display())]
    FileExists(PathBuf),

    /// A file or directory could not be read or written.
    #[error("A file could not be read or written: {0}.")]
    Io(#[from] std::io::Error),

    /// Encryption failed, which only happens when the system's random source fails.
    #[error("Encryption failed: {0}.")]
    Encryption(String),
}

/// The core's result type.
pub type Result<T, E = Error> = std::result::Result<T, E>;
