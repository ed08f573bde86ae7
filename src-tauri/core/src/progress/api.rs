//! The journal's API for wins, agreements, triggers, milestones and the timeline. Every
//! change is durable when it returns, like a saved entry.

use chrono::NaiveDate;
use serde::Serialize;
use ts_rs::TS;

use super::agreement::{self, Agreement, AgreementView, Agreements, Cadence, Keeping, Owner};
use super::milestone::{Milestone, MilestoneDraft};
use super::timeline::{self, Progress, Records, Timeline, Zoom};
use super::trigger::{self, Trigger, TriggerDraft, TriggerPatterns};
use super::win::{self, Win, WinDraft, WinWeek};
use super::{check_day, Moment, RecordId};
use crate::model::{EntrySummary, Record};
use crate::{Error, Journal, Result};

/// A day of an agreement, for the days behind a point of the timeline.
#[derive(Clone, Debug, PartialEq, Serialize, TS)]
pub struct AgreementDay {
    /// The agreement.
    pub agreement: RecordId,
    /// Its terms on that day.
    pub text: String,
    /// The day.
    #[ts(type = "string")]
    pub day: NaiveDate,
    /// How it went.
    pub keeping: Keeping,
}

/// Everything recorded between two days: what a point of the timeline stands for.
#[derive(Clone, Debug, PartialEq, Serialize, TS)]
pub struct DayRecords {
    /// The first day.
    #[ts(type = "string")]
    pub start: NaiveDate,
    /// The last day.
    #[ts(type = "string")]
    pub end: NaiveDate,
    /// Entries, newest first.
    pub entries: Vec<EntrySummary>,
    /// Wins, newest first.
    pub wins: Vec<Win>,
    /// Agreement marks, newest first.
    pub agreement_days: Vec<AgreementDay>,
    /// Triggers, newest first.
    pub triggers: Vec<Trigger>,
    /// Milestones, newest first.
    pub milestones: Vec<Milestone>,
}

/// The longest span the days behind a point may cover: the "all" zoom's month, with room.
const MAX_DRILL_DAYS: i64 = 400;

impl Journal {
    pub(crate) fn wins(&self) -> impl Iterator<Item = &Win> {
        self.records().filter_map(|r| if let Record::Win(win) = r { Some(win) } else { None })
    }

    pub(crate) fn agreement_records(&self) -> impl Iterator<Item = &Agreement> {
        self.records().filter_map(|r| if let Record::Agreement(a) = r { Some(a) } else { None })
    }

    pub(crate) fn trigger_records(&self) -> impl Iterator<Item = &Trigger> {
        self.records().filter_map(|r| if let Record::Trigger(t) = r { Some(t) } else { None })
    }

    pub(crate) fn milestone_records(&self) -> impl Iterator<Item = &Milestone> {
        self.records().filter_map(|r| if let Record::Milestone(m) = r { Some(m) } else { None })
    }

    /// The id of a new record, or the existing record's id and creation time after checking
    /// it is of the expected kind.
    fn identity(&self, id: Option<RecordId>, now: Moment, created_of: impl Fn(&Record) -> Option<Moment>) -> Result<(RecordId, Moment)> {
        match id {
            None => Ok((RecordId::random(), now)),
            Some(id) => {
                let created = self.record(id.0).and_then(created_of).ok_or(Error::RecordNotFound)?;
                Ok((id, created))
            }
        }
    }

    fn remove_kind(&mut self, id: RecordId, is_kind: impl Fn(&Record) -> bool) -> Result<()> {
        if !self.record(id.0).is_some_and(is_kind) {
            return Err(Error::RecordNotFound);
        }
        self.remove_record(id.0)
    }

    /// Adds a small win, or changes one.
    pub fn save_win(&mut self, draft: WinDraft, now: Moment) -> Result<Win> {
        let (id, created) = self.identity(draft.id, now, |r| if let Record::Win(w) = r { Some(w.created) } else { None })?;
        if let Some(entry) = draft.entry {
            self.entry(entry)?;
        }
        let win = draft.into_win(id, created)?;
        self.put(Record::Win(win.clone()))?;
        Ok(win)
    }

    /// Deletes a win.
    pub fn delete_win(&mut self, id: RecordId) -> Result<()> {
        self.remove_kind(id, |r| matches!(r, Record::Win(_)))
    }

    /// Every win, grouped by week, the newest week first.
    pub fn wins_by_week(&self) -> Vec<WinWeek> {
        win::by_week(self.wins())
    }

    /// Every agreement with its marks and keep rates.
    pub fn agreements(&self) -> Agreements {
        agreement::overview(self.agreement_records())
    }

    fn agreement(&self, id: RecordId) -> Result<Agreement> {
        match self.record(id.0) {
            Some(Record::Agreement(agreement)) => Ok(agreement.clone()),
            _ => Err(Error::RecordNotFound),
        }
    }

    fn change_agreement(&mut self, id: RecordId, change: impl FnOnce(&mut Agreement) -> Result<()>) -> Result<AgreementView> {
        let mut agreement = self.agreement(id)?;
        change(&mut agreement)?;
        let view = agreement.view();
        self.put(Record::Agreement(agreement))?;
        Ok(view)
    }

    /// Writes down a new agreement, kept by `owner`.
    pub fn add_agreement(&mut self, text: &str, cadence: Cadence, owner: Owner, since: NaiveDate) -> Result<AgreementView> {
        let agreement = Agreement::new(text, cadence, owner, since)?;
        let view = agreement.view();
        self.put(Record::Agreement(agreement))?;
        Ok(view)
    }

    /// Marks how an agreement went on a day, or clears the mark with `None`.
    pub fn mark_agreement(&mut self, id: RecordId, day: NaiveDate, keeping: Option<Keeping>) -> Result<AgreementView> {
        self.change_agreement(id, |agreement| agreement.mark(day, keeping))
    }

    /// Writes down what repair could look like after a missed day; an empty note clears it.
    pub fn note_repair(&mut self, id: RecordId, day: NaiveDate, note: &str) -> Result<AgreementView> {
        self.change_agreement(id, |agreement| agreement.note_repair(day, note))
    }

    /// New terms for an agreement from `day` on; the old ones stay in its history.
    pub fn renegotiate_agreement(&mut self, id: RecordId, text: &str, cadence: Cadence, day: NaiveDate) -> Result<AgreementView> {
        self.change_agreement(id, |agreement| agreement.renegotiate(text, cadence, day))
    }

    /// Retires an agreement from `day` on, keeping its history.
    pub fn retire_agreement(&mut self, id: RecordId, day: NaiveDate) -> Result<AgreementView> {
        self.change_agreement(id, |agreement| agreement.retire(day))
    }

    /// Deletes an agreement and every mark it had.
    pub fn delete_agreement(&mut self, id: RecordId) -> Result<()> {
        self.remove_kind(id, |r| matches!(r, Record::Agreement(_)))
    }

    /// Notes a trigger, or changes one.
    pub fn save_trigger(&mut self, draft: TriggerDraft, now: Moment) -> Result<Trigger> {
        let (id, created) = self.identity(draft.id, now, |r| if let Record::Trigger(t) = r { Some(t.created) } else { None })?;
        let trigger = draft.into_trigger(id, created)?;
        self.put(Record::Trigger(trigger.clone()))?;
        Ok(trigger)
    }

    /// Deletes a trigger.
    pub fn delete_trigger(&mut self, id: RecordId) -> Result<()> {
        self.remove_kind(id, |r| matches!(r, Record::Trigger(_)))
    }

    /// Every trigger, newest first.
    pub fn triggers(&self) -> Vec<Trigger> {
        let mut triggers: Vec<Trigger> = self.trigger_records().cloned().collect();
        triggers.sort_by(|a, b| b.day.cmp(&a.day).then(b.created.cmp(&a.created)));
        triggers
    }

    /// The most frequent triggers, and intensity and time to settle month by month.
    pub fn trigger_patterns(&self) -> TriggerPatterns {
        trigger::patterns(self.trigger_records())
    }

    /// Adds a milestone, or changes one.
    pub fn save_milestone(&mut self, draft: MilestoneDraft, now: Moment) -> Result<Milestone> {
        let (id, created) = self.identity(draft.id, now, |r| if let Record::Milestone(m) = r { Some(m.created) } else { None })?;
        let milestone = draft.into_milestone(id, created)?;
        self.put(Record::Milestone(milestone.clone()))?;
        Ok(milestone)
    }

    /// Deletes a milestone.
    pub fn delete_milestone(&mut self, id: RecordId) -> Result<()> {
        self.remove_kind(id, |r| matches!(r, Record::Milestone(_)))
    }

    /// Every milestone, newest first.
    pub fn milestones(&self) -> Vec<Milestone> {
        let mut milestones: Vec<Milestone> = self.milestone_records().cloned().collect();
        milestones.sort_by(|a, b| b.day.cmp(&a.day).then(b.created.cmp(&a.created)));
        milestones
    }

    fn timeline_records(&self) -> Records<'_> {
        Records {
            entries: self.all_entries().collect(),
            wins: self.wins().collect(),
            agreements: self.agreement_records().collect(),
            triggers: self.trigger_records().collect(),
            milestones: self.milestone_records().collect(),
        }
    }

    /// The trust-progress timeline at `zoom`, its last point holding `end` (usually today).
    pub fn timeline(&self, zoom: Zoom, end: NaiveDate) -> Result<Timeline> {
        check_day(end)?;
        Ok(timeline::timeline(&self.timeline_records(), zoom, end))
    }

    /// The first 30 days of the journal against the 30 ending `today`.
    pub fn progress(&self, today: NaiveDate) -> Progress {
        timeline::progress(&self.timeline_records(), today)
    }

    /// Everything recorded from `start` to `end`, both included: the days behind a point.
    pub fn records_between(&self, start: NaiveDate, end: NaiveDate) -> Result<DayRecords> {
        check_day(start)?;
        check_day(end)?;
        if end < start || (end - start).num_days() > MAX_DRILL_DAYS {
            return Err(Error::InvalidInput(format!("Choose a span of up to {MAX_DRILL_DAYS} days, its end after its start.")));
        }
        let within = |day: NaiveDate| day >= start && day <= end;
        let mut entries: Vec<_> = self.all_entries().filter(|e| within(e.day)).collect();
        entries.sort_by(|a, b| b.day.cmp(&a.day).then(b.created.cmp(&a.created)));
        let mut wins: Vec<Win> = self.wins().filter(|w| within(w.day)).cloned().collect();
        wins.sort_by(|a, b| b.day.cmp(&a.day).then(b.created.cmp(&a.created)));
        let mut agreement_days: Vec<AgreementDay> = self
            .agreement_records()
            .flat_map(|agreement| {
                agreement.marks.range(start..=end).map(move |(day, keeping)| AgreementDay {
                    agreement: agreement.id,
                    text: agreement.terms_on(*day).text.clone(),
                    day: *day,
                    keeping: *keeping,
                })
            })
            .collect();
        agreement_days.sort_by(|a, b| b.day.cmp(&a.day).then(a.text.cmp(&b.text)));
        let triggers = self.triggers().into_iter().filter(|t| within(t.day)).collect();
        let milestones = self.milestones().into_iter().filter(|m| within(m.day)).collect();
        Ok(DayRecords { start, end, entries: entries.into_iter().map(EntrySummary::from).collect(), wins, agreement_days, triggers, milestones })
    }
}
