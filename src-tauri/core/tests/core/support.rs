//! Small helpers shared by the integration tests.

use age::secrecy::ExposeSecret;
use chrono::{DateTime, FixedOffset, NaiveDate};
use kintsugi_core::{Passphrase, RecoveryKey};

pub const PASSPHRASE: &str = "mended with gold, slowly";

pub fn passphrase() -> Passphrase {
    Passphrase::new(PASSPHRASE.into())
}

pub fn at(rfc3339: &str) -> DateTime<FixedOffset> {
    DateTime::parse_from_rfc3339(rfc3339).unwrap()
}

pub fn day(text: &str) -> NaiveDate {
    text.parse().unwrap()
}

/// The journal a decrypted backup holds, as its plain export holds it: the padding after the
/// document, which must be spaces only, and the id of the backup's folder, which only backups
/// and encrypted exports name, set aside.
pub fn journal_in(plain: &[u8]) -> serde_json::Value {
    let document = plain.trim_ascii_end();
    assert!(plain[document.len()..].iter().all(|byte| *byte == b' '), "the padding is spaces");
    let mut journal: serde_json::Value = serde_json::from_slice(document).unwrap();
    assert!(journal.as_object_mut().unwrap().remove("backup_id").is_some(), "a backup names its folder's id");
    journal
}

/// A plain export, read.
pub fn export_at(path: &std::path::Path) -> serde_json::Value {
    serde_json::from_slice(&std::fs::read(path).unwrap()).unwrap()
}

/// A copy of a recovery key, as a person would type it back in.
pub fn retyped(key: &RecoveryKey) -> RecoveryKey {
    RecoveryKey::parse(key.expose().expose_secret()).unwrap()
}
