//! Noticing progress: small wins, agreements kept, triggers understood, milestones reached,
//! and the timeline that puts them together. Each kind of record is encrypted like entries.

pub(crate) mod agreement;
pub(crate) mod api;
pub(crate) mod milestone;
pub(crate) mod summary;
pub(crate) mod timeline;
pub(crate) mod trigger;
pub(crate) mod win;

use chrono::{DateTime, Datelike, FixedOffset, NaiveDate};
use serde::{Deserialize, Serialize};
use ts_rs::TS;
use uuid::Uuid;

use crate::{Error, Result};

/// The identity of a win, agreement, trigger or milestone: random, like an entry's.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, TS)]
#[serde(transparent)]
#[ts(type = "string")]
pub struct RecordId(pub(crate) Uuid);

impl RecordId {
    pub(crate) fn random() -> Self {
        Self(Uuid::new_v4())
    }

    /// Reads an id as the user interface sends it back.
    pub fn parse(text: &str) -> Result<Self> {
        Uuid::parse_str(text).map(Self).map_err(|_| Error::InvalidInput("That is not a record id.".into()))
    }
}

/// The days these records may be about: a relationship's history, not the 19th century.
const YEARS: std::ops::RangeInclusive<i32> = 1920..=2200;

pub(crate) fn check_day(day: NaiveDate) -> Result<()> {
    if YEARS.contains(&day.year()) {
        Ok(())
    } else {
        Err(Error::InvalidInput(format!("Choose a day between the years {} and {}.", YEARS.start(), YEARS.end())))
    }
}

/// Trims and collapses spaces; refuses an empty text or one past `max` characters, naming
/// `what` it is.
pub(crate) fn checked_text(text: &str, what: &str, max: usize, required: bool) -> Result<String> {
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if required && text.is_empty() {
        return Err(Error::InvalidInput(format!("Write a few words for the {what}.")));
    }
    let chars = text.chars().count();
    if chars > max {
        return Err(Error::InvalidInput(format!("The {what} can be up to {max} characters; this one has {chars}.")));
    }
    Ok(text)
}

/// Like [`checked_text`] but keeps line breaks, for notes.
pub(crate) fn checked_note(text: &str, what: &str, max: usize) -> Result<String> {
    let note = text.trim().to_owned();
    let chars = note.chars().count();
    if chars > max {
        return Err(Error::InvalidInput(format!("The {what} can be up to {max} characters; this one has {chars}.")));
    }
    Ok(note)
}

/// When a record was first written, with the writer's UTC offset.
pub(crate) type Moment = DateTime<FixedOffset>;
