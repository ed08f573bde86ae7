//! Milestones: therapy sessions, the apology, the disclosure, anniversaries and the person's
//! own, each with a date and a note. The timeline shows them as markers.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::{check_day, checked_note, checked_text, Moment, RecordId};
use crate::{Error, Result};

/// What kind of milestone.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum MilestoneKind {
    /// A couples therapy session.
    CouplesSession,
    /// An individual therapy session.
    IndividualSession,
    /// A support group meeting.
    GroupSession,
    /// The apology.
    Apology,
    /// The disclosure.
    Disclosure,
    /// An anniversary.
    Anniversary,
    /// Something else worth marking; it needs a title.
    Custom,
}

/// A milestone.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Milestone {
    /// Its identity.
    pub id: RecordId,
    /// The day.
    #[ts(type = "string")]
    pub day: NaiveDate,
    /// When it was noted.
    #[ts(type = "string")]
    pub created: Moment,
    /// What kind.
    pub kind: MilestoneKind,
    /// A short title; required for custom milestones.
    pub title: String,
    /// A note, in Markdown.
    pub note: String,
}

/// A new milestone, or changes to one.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct MilestoneDraft {
    /// The milestone being changed, or `None` for a new one.
    #[serde(default)]
    pub id: Option<RecordId>,
    /// The day.
    #[ts(type = "string")]
    pub day: NaiveDate,
    /// What kind.
    pub kind: MilestoneKind,
    /// A short title.
    #[serde(default)]
    pub title: String,
    /// A note.
    #[serde(default)]
    pub note: String,
}

const MAX_TITLE_CHARS: usize = 200;
const MAX_NOTE_CHARS: usize = 20_000;

impl MilestoneDraft {
    pub(crate) fn into_milestone(self, id: RecordId, created: Moment) -> Result<Milestone> {
        check_day(self.day)?;
        let title = checked_text(&self.title, "milestone's title", MAX_TITLE_CHARS, false)?;
        if self.kind == MilestoneKind::Custom && title.is_empty() {
            return Err(Error::InvalidInput("Give your own milestone a title.".into()));
        }
        let note = checked_note(&self.note, "milestone's note", MAX_NOTE_CHARS)?;
        Ok(Milestone { id, day: self.day, created, kind: self.kind, title, note })
    }
}
