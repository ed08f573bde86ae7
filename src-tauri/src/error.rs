//! The error every command returns: a stable `kind` the interface switches on, and a message a
//! person can act on. Built from the core's errors, whose messages never contain entry text.

use serde::Serialize;
use ts_rs::TS;

/// What went wrong, as a stable code.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum ErrorKind {
    NoVault,
    VaultExists,
    Locked,
    WrongPassphrase,
    WrongRecoveryKey,
    WeakPassphrase,
    NotFound,
    EmptyEntry,
    InvalidInput,
    NewerVersion,
    Damaged,
    /// Another window or program has the journal open, or changed it.
    Elsewhere,
    Storage,
    Settings,
}

/// A command's failure, as the interface receives it.
#[derive(Debug, Serialize, TS)]
pub struct CommandError {
    pub kind: ErrorKind,
    pub message: String,
}

impl CommandError {
    pub fn new(kind: ErrorKind, message: impl Into<String>) -> Self {
        Self { kind, message: message.into() }
    }

    pub fn locked() -> Self {
        Self::new(ErrorKind::Locked, "The journal is locked. Unlock it to continue.")
    }
}

impl From<kintsugi_core::Error> for CommandError {
    fn from(error: kintsugi_core::Error) -> Self {
        use kintsugi_core::Error as E;
        let kind = match &error {
            E::NoVault(_) => ErrorKind::NoVault,
            E::VaultExists(_) => ErrorKind::VaultExists,
            E::WrongPassphrase | E::CurrentPassphraseNeeded => ErrorKind::WrongPassphrase,
            E::WrongRecoveryKey => ErrorKind::WrongRecoveryKey,
            E::WeakPassphrase(_) => ErrorKind::WeakPassphrase,
            E::EntryNotFound | E::RecordNotFound => ErrorKind::NotFound,
            E::EmptyEntry => ErrorKind::EmptyEntry,
            E::InvalidInput(_) => ErrorKind::InvalidInput,
            E::NewerVersion { .. } => ErrorKind::NewerVersion,
            E::Damaged(_) | E::ExcessiveWork { .. } | E::NotAVault(_) | E::NotBackedUpWhileDamaged => ErrorKind::Damaged,
            E::OpenElsewhere | E::ChangedElsewhere => ErrorKind::Elsewhere,
            _ => ErrorKind::Storage,
        };
        Self::new(kind, error.to_string())
    }
}

impl From<tauri::Error> for CommandError {
    fn from(error: tauri::Error) -> Self {
        Self::new(ErrorKind::Storage, format!("Kintsugi could not finish that: {error}."))
    }
}
