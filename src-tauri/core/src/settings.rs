//! The person's preferences. They are not secret and live outside the vault, so the unlock
//! screen can be themed before anything is decrypted.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::{Error, Result};

/// The colour scheme.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "lowercase")]
pub enum Theme {
    /// Dark ink on warm paper.
    Light,
    /// Light ink on warm charcoal.
    Dark,
    /// Whatever the system prefers, following it when it changes.
    #[default]
    System,
}

/// Non-secret preferences.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", default)]
pub struct Settings {
    /// The colour scheme.
    pub theme: Theme,
    /// Lock the journal after this many idle minutes.
    pub auto_lock_minutes: u16,
    /// Lock the journal when its window is minimised.
    pub lock_when_minimised: bool,
    /// Show how often agreements were kept as numbers; off, they are said in words, for those
    /// who find numbers turn into keeping score.
    pub show_keep_rates: bool,
    /// Where encrypted backups are written, once the person has chosen a folder.
    pub backup_folder: Option<String>,
}

impl Settings {
    /// The range of idle minutes before locking that the app accepts.
    pub const AUTO_LOCK_MINUTES: std::ops::RangeInclusive<u16> = 1..=120;

    /// Refuses settings the app cannot honour.
    pub fn validate(self) -> Result<Self> {
        if !Self::AUTO_LOCK_MINUTES.contains(&self.auto_lock_minutes) {
            return Err(Error::InvalidInput(format!(
                "Auto-lock must be between {} and {} minutes.",
                Self::AUTO_LOCK_MINUTES.start(),
                Self::AUTO_LOCK_MINUTES.end()
            )));
        }
        Ok(self)
    }
}

impl Default for Settings {
    fn default() -> Self {
        Self { theme: Theme::System, auto_lock_minutes: 5, lock_when_minimised: false, show_keep_rates: true, backup_folder: None }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn missing_fields_take_their_defaults() {
        let settings: Settings = serde_json::from_str(r#"{"theme":"dark"}"#).unwrap();
        assert_eq!(settings, Settings { theme: Theme::Dark, ..Settings::default() });
    }

    #[test]
    fn auto_lock_outside_the_range_is_refused() {
        for minutes in [0, 121] {
            let err = Settings { auto_lock_minutes: minutes, ..Settings::default() }.validate();
            assert!(matches!(err, Err(Error::InvalidInput(_))));
        }
        Settings { auto_lock_minutes: 120, ..Settings::default() }.validate().unwrap();
    }
}
