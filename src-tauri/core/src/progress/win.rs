//! Small wins: moments of trust regained, added in two keystrokes and counted by kind.

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::{check_day, checked_text, Moment, RecordId};
use crate::model::EntryId;
use crate::Result;

/// What a win was about: the five steps, and the everyday ways of staying connected.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum WinKind {
    /// An honest talk.
    Communication,
    /// Owning what happened; an apology that landed.
    Responsibility,
    /// A boundary respected, a transparency measure kept.
    Boundaries,
    /// A therapy session or support group that helped.
    ProfessionalSupport,
    /// A promise kept; being where you said you would be.
    Consistency,
    /// Time together that felt good.
    QualityTime,
    /// Being understood, or showing appreciation.
    Empathy,
}

impl WinKind {
    /// Every kind, in the order they are shown and stacked.
    pub const ALL: [WinKind; 7] =
        [Self::Communication, Self::Responsibility, Self::Boundaries, Self::ProfessionalSupport, Self::Consistency, Self::QualityTime, Self::Empathy];
}

/// Who the win came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum WinFrom {
    /// The writer.
    Me,
    /// Their partner.
    Partner,
    /// Both together.
    Us,
}

/// A moment of trust regained.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Win {
    /// Its identity.
    pub id: RecordId,
    /// The day it happened.
    #[ts(type = "string")]
    pub day: NaiveDate,
    /// When it was noted.
    #[ts(type = "string")]
    pub created: Moment,
    /// What happened, in a line.
    pub text: String,
    /// What it was about.
    pub kind: WinKind,
    /// Who it came from.
    pub from: WinFrom,
    /// The entry it belongs to, if any.
    pub entry: Option<EntryId>,
}

/// A new win, or changes to one.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct WinDraft {
    /// The win being changed, or `None` for a new one.
    #[serde(default)]
    pub id: Option<RecordId>,
    /// The day it happened.
    #[ts(type = "string")]
    pub day: NaiveDate,
    /// What happened.
    pub text: String,
    /// What it was about.
    pub kind: WinKind,
    /// Who it came from.
    pub from: WinFrom,
    /// The entry it belongs to.
    #[serde(default)]
    pub entry: Option<EntryId>,
}

const MAX_WIN_CHARS: usize = 500;

impl WinDraft {
    pub(crate) fn into_win(self, id: RecordId, created: Moment) -> Result<Win> {
        check_day(self.day)?;
        let text = checked_text(&self.text, "win", MAX_WIN_CHARS, true)?;
        Ok(Win { id, day: self.day, created, text, kind: self.kind, from: self.from, entry: self.entry })
    }
}

/// How many wins of one kind.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
pub struct KindCount {
    /// The kind.
    pub kind: WinKind,
    /// How many.
    pub count: u32,
}

/// The wins of one week, Monday to Sunday.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
pub struct WinWeek {
    /// The week's Monday.
    #[ts(type = "string")]
    pub start: NaiveDate,
    /// Its wins, newest first.
    pub wins: Vec<Win>,
    /// Counts by kind, for every kind with at least one.
    pub counts: Vec<KindCount>,
}

/// The Monday of `day`'s week.
pub(crate) fn week_start(day: NaiveDate) -> NaiveDate {
    day - chrono::Days::new(u64::from(day.weekday().num_days_from_monday()))
}

/// Counts by kind, in [`WinKind::ALL`] order, leaving out kinds with none.
pub(crate) fn count_by_kind<'a>(wins: impl Iterator<Item = &'a Win>) -> Vec<KindCount> {
    let mut counts = [0u32; WinKind::ALL.len()];
    for win in wins {
        counts[WinKind::ALL.iter().position(|k| *k == win.kind).unwrap_or(0)] += 1;
    }
    WinKind::ALL.iter().zip(counts).filter(|(_, n)| *n > 0).map(|(kind, count)| KindCount { kind: *kind, count }).collect()
}

/// Wins grouped by week, the newest week first.
pub(crate) fn by_week<'a>(wins: impl Iterator<Item = &'a Win>) -> Vec<WinWeek> {
    let mut weeks: std::collections::BTreeMap<NaiveDate, Vec<Win>> = Default::default();
    for win in wins {
        weeks.entry(week_start(win.day)).or_default().push(win.clone());
    }
    weeks
        .into_iter()
        .rev()
        .map(|(start, mut wins)| {
            wins.sort_by(|a, b| b.day.cmp(&a.day).then(b.created.cmp(&a.created)));
            let counts = count_by_kind(wins.iter());
            WinWeek { start, wins, counts }
        })
        .collect()
}
