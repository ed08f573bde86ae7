//! A summary to bring to a therapy session: for a span of days, the sections the person
//! chooses (trust over time, wins by kind, agreements kept, triggers and what helped,
//! milestones) and only the entries they pick one by one. Nothing is scored: counts and the
//! person's own words, in the order they happened.

use std::collections::{BTreeMap, HashSet};

use chrono::{Datelike, Days, NaiveDate};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::agreement::{Keeping, Mark, Owner};
use super::check_day;
use super::milestone::Milestone;
use super::trigger::Trigger;
use super::win::{count_by_kind, KindCount, Win};
use crate::model::{EntryId, EntrySummary};
use crate::{Error, Journal, Result};

/// The longest span a summary covers: ten years and a leap day or three.
const MAX_SPAN_DAYS: u64 = 3_660;
/// How many entries of the span are offered to pick from, newest first.
const MAX_CHOICES: usize = 500;

/// The parts of a summary the person can leave out.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum SummarySection {
    /// Trust check-ins over time, week by week.
    Trust,
    /// Small wins, counted by kind, with their words.
    Wins,
    /// Each agreement's kept and missed days in the span.
    Agreements,
    /// Triggers, and what helped.
    Triggers,
    /// Therapy sessions, anniversaries and the other milestones.
    Milestones,
}

/// What to summarise.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SummaryRequest {
    /// The first day.
    #[ts(type = "string")]
    pub from: NaiveDate,
    /// The last day.
    #[ts(type = "string")]
    pub to: NaiveDate,
    /// The sections to include.
    pub sections: Vec<SummarySection>,
    /// The entries to include in full; no entry's words are in a summary unless picked.
    pub entries: Vec<EntryId>,
}

/// The average trust check-in of one week, Monday to Sunday.
#[derive(Clone, Debug, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct TrustWeek {
    /// The Monday.
    #[ts(type = "string")]
    pub start: NaiveDate,
    /// The average of the week's check-ins, from 1 to 10.
    pub average: f64,
    /// How many check-ins it averages.
    pub check_ins: u32,
}

/// Small wins in the span.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct WinsInSpan {
    /// By kind, leaving out kinds with none.
    pub by_kind: Vec<KindCount>,
    /// Every win, oldest first.
    pub wins: Vec<Win>,
}

/// An agreement's days in the span.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct AgreementInSpan {
    /// The terms in force at the span's end (or when it was retired).
    pub text: String,
    /// Who keeps it.
    pub owner: Owner,
    /// Days marked kept in the span.
    pub kept: u32,
    /// Days marked missed.
    pub missed: u32,
    /// Days marked renegotiated.
    pub renegotiated: u32,
    /// Missed days with a note on what repair could look like, oldest first.
    pub repair_notes: Vec<Mark>,
}

/// A picked entry, whole.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct PickedEntry {
    /// Its identity.
    pub id: EntryId,
    /// The day it is about.
    #[ts(type = "string")]
    pub day: NaiveDate,
    /// The title; empty for none.
    pub title: String,
    /// The words, in Markdown.
    pub text: String,
    /// The feeling words checked in.
    pub feelings: Vec<String>,
    /// The trust check-in, from 1 to 10.
    pub trust: Option<u8>,
}

/// The summary, section by section; a section left out is `None`.
#[derive(Clone, Debug, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Summary {
    /// The first day.
    #[ts(type = "string")]
    pub from: NaiveDate,
    /// The last day.
    #[ts(type = "string")]
    pub to: NaiveDate,
    /// Weeks with a trust check-in, oldest first.
    pub trust: Option<Vec<TrustWeek>>,
    /// Small wins.
    pub wins: Option<WinsInSpan>,
    /// Agreements that applied in the span and were marked in it.
    pub agreements: Option<Vec<AgreementInSpan>>,
    /// Triggers, oldest first.
    pub triggers: Option<Vec<Trigger>>,
    /// Milestones, oldest first.
    pub milestones: Option<Vec<Milestone>>,
    /// The picked entries, oldest first.
    pub entries: Vec<PickedEntry>,
    /// The span's entries to pick from, newest first, without their words.
    pub choices: Vec<EntrySummary>,
    /// More entries in the span than offered in `choices`.
    pub more_choices: bool,
}

impl Journal {
    /// The summary of `request`'s span, with its sections and picked entries.
    pub fn summary(&self, request: &SummaryRequest) -> Result<Summary> {
        let SummaryRequest { from, to, .. } = *request;
        check_day(from)?;
        check_day(to)?;
        if from > to {
            return Err(Error::InvalidInput("The first day comes after the last. Choose a first day on or before the last.".into()));
        }
        if from.checked_add_days(Days::new(MAX_SPAN_DAYS)).is_some_and(|limit| to > limit) {
            return Err(Error::InvalidInput("A summary covers up to ten years. Choose a shorter span.".into()));
        }
        let within = |day: NaiveDate| from <= day && day <= to;
        let wants = |section: SummarySection| request.sections.contains(&section);

        let mut in_span: Vec<_> = self.all_entries().filter(|entry| within(entry.day)).collect();
        in_span.sort_by_key(|entry| std::cmp::Reverse((entry.day, entry.created, entry.id)));

        let picked: HashSet<EntryId> = request.entries.iter().copied().collect();
        let mut entries: Vec<PickedEntry> = in_span
            .iter()
            .filter(|entry| picked.contains(&entry.id))
            .map(|entry| PickedEntry {
                id: entry.id,
                day: entry.day,
                title: entry.title.clone(),
                text: entry.text.clone(),
                feelings: entry.feelings.clone(),
                trust: entry.trust,
            })
            .collect();
        entries.reverse();

        let trust = wants(SummarySection::Trust).then(|| {
            let mut weeks: BTreeMap<NaiveDate, (u32, u32)> = BTreeMap::new();
            for (day, trust) in in_span.iter().filter_map(|entry| Some((entry.day, entry.trust?))) {
                let week = weeks.entry(monday_of(day)).or_default();
                week.0 += u32::from(trust);
                week.1 += 1;
            }
            weeks.into_iter().map(|(start, (sum, count))| TrustWeek { start, average: f64::from(sum) / f64::from(count), check_ins: count }).collect()
        });

        let wins = wants(SummarySection::Wins).then(|| {
            let mut wins: Vec<Win> = self.wins().filter(|win| within(win.day)).cloned().collect();
            wins.sort_by_key(|win| (win.day, win.created));
            WinsInSpan { by_kind: count_by_kind(wins.iter()), wins }
        });

        let agreements = wants(SummarySection::Agreements).then(|| {
            let mut agreements: Vec<(NaiveDate, AgreementInSpan)> = self
                .agreement_records()
                .filter_map(|agreement| {
                    let marks: Vec<Keeping> = agreement.marks.range(from..=to).map(|(_, keeping)| *keeping).collect();
                    if marks.is_empty() {
                        return None;
                    }
                    let count = |wanted| u32::try_from(marks.iter().filter(|keeping| **keeping == wanted).count()).unwrap_or(u32::MAX);
                    let last_day = agreement.retired.map_or(to, |retired| retired.pred_opt().unwrap_or(retired)).min(to);
                    let repair_notes = agreement
                        .repair_notes
                        .range(from..=to)
                        .map(|(day, note)| Mark { day: *day, keeping: Keeping::Missed, note: Some(note.clone()) })
                        .collect();
                    Some((
                        agreement.since(),
                        AgreementInSpan {
                            text: agreement.terms_on(last_day).text.clone(),
                            owner: agreement.owner,
                            kept: count(Keeping::Kept),
                            missed: count(Keeping::Missed),
                            renegotiated: count(Keeping::Renegotiated),
                            repair_notes,
                        },
                    ))
                })
                .collect();
            agreements.sort_by(|a, b| a.0.cmp(&b.0).then(a.1.text.cmp(&b.1.text)));
            agreements.into_iter().map(|(_, agreement)| agreement).collect()
        });

        let triggers = wants(SummarySection::Triggers).then(|| {
            let mut triggers: Vec<Trigger> = self.trigger_records().filter(|trigger| within(trigger.day)).cloned().collect();
            triggers.sort_by_key(|trigger| (trigger.day, trigger.created));
            triggers
        });

        let milestones = wants(SummarySection::Milestones).then(|| {
            let mut milestones: Vec<Milestone> = self.milestone_records().filter(|milestone| within(milestone.day)).cloned().collect();
            milestones.sort_by_key(|milestone| (milestone.day, milestone.created));
            milestones
        });

        let more_choices = in_span.len() > MAX_CHOICES;
        let choices = in_span.into_iter().take(MAX_CHOICES).map(EntrySummary::from).collect();
        Ok(Summary { from, to, trust, wins, agreements, triggers, milestones, entries, choices, more_choices })
    }
}

fn monday_of(day: NaiveDate) -> NaiveDate {
    day - chrono::Duration::days(i64::from(day.weekday().num_days_from_monday()))
}
