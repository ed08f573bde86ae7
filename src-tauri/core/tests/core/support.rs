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

/// A copy of a recovery key, as a person would type it back in.
pub fn retyped(key: &RecoveryKey) -> RecoveryKey {
    RecoveryKey::parse(key.expose().expose_secret()).unwrap()
}
