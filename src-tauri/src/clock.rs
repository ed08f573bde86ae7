//! "Now" and "today" for every command, from one place, so the window and the core never
//! disagree about which day it is.
//!
//! A release build always reads the system clock. A development build can also be held at a
//! fixed instant, so the end-to-end tests can run at a month's last day, at midnight, across a
//! daylight-saving change or on 29 February without depending on the wall clock: at start from
//! `KINTSUGI_NOW` (RFC 3339), later by the `set_clock` command. The time zone is the process's
//! own (`TZ`), as for the system clock.

use std::sync::Mutex;

use chrono::{DateTime, FixedOffset, Local, NaiveDate};

/// The variable that holds a development build's clock at a fixed instant.
pub const NOW_VARIABLE: &str = "KINTSUGI_NOW";

/// Whether this build lets the clock be held; release builds never do.
pub const SETTABLE: bool = cfg!(debug_assertions);

/// The app's clock: the system's, or an instant a test chose.
#[derive(Debug, Default)]
pub struct Clock {
    held: Mutex<Option<DateTime<FixedOffset>>>,
}

/// Why a development clock could not be set.
#[derive(Debug, thiserror::Error)]
pub enum ClockError {
    #[error("The clock can only be set in a development build.")]
    NotSettable,
    #[error("{0:?} is not an instant in RFC 3339 form, such as 2028-02-29T09:30:00+01:00.")]
    NotAnInstant(String),
}

impl Clock {
    /// The system clock, or in a development build the instant in `KINTSUGI_NOW`.
    pub fn from_environment() -> Result<Self, ClockError> {
        let clock = Self::default();
        if SETTABLE {
            if let Some(now) = std::env::var(NOW_VARIABLE).ok().filter(|now| !now.is_empty()) {
                clock.hold(Some(&now))?;
            }
        }
        Ok(clock)
    }

    /// Holds the clock at `instant`, or with `None` lets it follow the system again.
    pub fn hold(&self, instant: Option<&str>) -> Result<(), ClockError> {
        if !SETTABLE {
            return Err(ClockError::NotSettable);
        }
        let instant = instant.map(|text| DateTime::parse_from_rfc3339(text).map_err(|_| ClockError::NotAnInstant(text.to_owned()))).transpose()?;
        *self.slot() = instant;
        Ok(())
    }

    /// The instant the clock is held at, if it is.
    pub fn held(&self) -> Option<DateTime<FixedOffset>> {
        *self.slot()
    }

    /// Now, with this computer's offset from UTC at that instant.
    pub fn now(&self) -> DateTime<FixedOffset> {
        match self.held() {
            Some(instant) => instant.with_timezone(&Local).fixed_offset(),
            None => Local::now().fixed_offset(),
        }
    }

    /// Today, in this computer's time zone.
    pub fn today(&self) -> NaiveDate {
        self.now().date_naive()
    }

    fn slot(&self) -> std::sync::MutexGuard<'_, Option<DateTime<FixedOffset>>> {
        // The guarded value is a plain instant, never half-written.
        self.held.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_held_clock_stays_where_it_was_put_and_can_be_let_go() {
        let clock = Clock::default();
        clock.hold(Some("2028-02-29T23:59:30+00:00")).unwrap();
        let held = DateTime::parse_from_rfc3339("2028-02-29T23:59:30+00:00").unwrap();
        assert_eq!(clock.now(), held);
        assert_eq!(clock.now().offset(), held.with_timezone(&Local).offset());
        assert_eq!(clock.today(), held.with_timezone(&Local).date_naive());
        clock.hold(None).unwrap();
        assert_eq!(clock.held(), None);
        assert!((Local::now().fixed_offset() - clock.now()).num_seconds().abs() < 5);
    }

    #[test]
    fn an_instant_that_is_not_rfc_3339_is_refused_and_changes_nothing() {
        let clock = Clock::default();
        let error = clock.hold(Some("29/02/2028")).unwrap_err();
        assert!(error.to_string().contains("RFC 3339"), "{error}");
        assert_eq!(clock.held(), None);
    }
}
