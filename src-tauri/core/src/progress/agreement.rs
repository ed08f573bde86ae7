//! Agreements: the boundaries and transparency measures of step 3, each written down, marked
//! kept, missed or renegotiated day by day, with a keep rate. Renegotiating or retiring one
//! keeps its whole history.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use ts_rs::TS;
use zeroize::Zeroize;

use super::{check_day, checked_note, checked_text, RecordId};
use crate::{Error, Result};

/// How often an agreement applies.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Cadence {
    /// Every day.
    Daily,
    /// Once a week.
    Weekly,
    /// Whenever the situation comes up.
    WhenItComesUp,
}

/// How an agreement went on a day.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Keeping {
    /// It was kept.
    Kept,
    /// It was not.
    Missed,
    /// It was talked over and changed.
    Renegotiated,
}

/// Whose an agreement is: who keeps it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Owner {
    /// The person writing this journal keeps it.
    Mine,
    /// The partner keeps it.
    Theirs,
    /// Both keep it. Agreements written before owners were asked are shared.
    #[default]
    Ours,
}

impl Owner {
    /// The same agreement as the partner's journal sees it.
    pub fn for_partner(self) -> Self {
        match self {
            Self::Mine => Self::Theirs,
            Self::Theirs => Self::Mine,
            Self::Ours => Self::Ours,
        }
    }
}

/// The wording of an agreement from a day on.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Terms {
    /// What was agreed.
    pub text: String,
    /// How often it applies.
    pub cadence: Cadence,
    /// The first day these terms held.
    #[ts(type = "string")]
    pub from: NaiveDate,
}

/// One day's mark.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
pub struct Mark {
    /// The day.
    #[ts(type = "string")]
    pub day: NaiveDate,
    /// How it went.
    pub keeping: Keeping,
    /// For a missed day, what repair could look like, if the person wrote it down.
    pub note: Option<String>,
}

/// An agreement and its history.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct Agreement {
    pub(crate) id: RecordId,
    /// Every version of its terms, the first first.
    pub(crate) terms: Vec<Terms>,
    pub(crate) retired: Option<NaiveDate>,
    pub(crate) marks: BTreeMap<NaiveDate, Keeping>,
    #[serde(default)]
    pub(crate) owner: Owner,
    /// Notes on missed days: what repair could look like.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub(crate) repair_notes: BTreeMap<NaiveDate, String>,
    /// The letter that proposed it, when it was added from one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) proposed_in: Option<RecordId>,
}

/// An agreement as the window shows it.
#[derive(Clone, Debug, PartialEq, Serialize, TS)]
pub struct AgreementView {
    /// Its identity.
    pub id: RecordId,
    /// The terms now in force.
    pub current: Terms,
    /// Who keeps it.
    pub owner: Owner,
    /// The letter that proposed it, when it was added from one.
    pub proposed_in: Option<RecordId>,
    /// Since when it has been agreed: the first version's first day.
    #[ts(type = "string")]
    pub since: NaiveDate,
    /// Earlier versions, oldest first.
    pub earlier: Vec<Terms>,
    /// The day it was retired, if it was.
    #[ts(type = "string | null")]
    pub retired: Option<NaiveDate>,
    /// Every mark, oldest first.
    pub marks: Vec<Mark>,
    /// Kept, missed and renegotiated counts.
    pub kept: u32,
    /// Days marked missed.
    pub missed: u32,
    /// Days marked renegotiated.
    pub renegotiated: u32,
    /// Kept out of kept and missed, from 0 to 1; none before any such mark.
    pub keep_rate: Option<f64>,
}

pub(crate) const MAX_TERMS_CHARS: usize = 500;
const MAX_NOTE_CHARS: usize = 2_000;

impl Agreement {
    pub(crate) fn new(text: &str, cadence: Cadence, owner: Owner, since: NaiveDate) -> Result<Self> {
        check_day(since)?;
        let text = checked_text(text, "agreement", MAX_TERMS_CHARS, true)?;
        Ok(Self {
            id: RecordId::random(),
            terms: vec![Terms { text, cadence, from: since }],
            retired: None,
            marks: BTreeMap::new(),
            owner,
            repair_notes: BTreeMap::new(),
            proposed_in: None,
        })
    }

    /// Whether an agreement read from a file keeps the rules every agreement made here keeps,
    /// which every view of it relies on: terms worded as when typed in, each from a later day
    /// than the one before; every day within the years a journal keeps; notes on repair only
    /// on missed days.
    pub(crate) fn check(&self) -> Result<()> {
        if self.terms.is_empty() {
            return Err(Error::InvalidInput("It has no terms: what was agreed, and from which day.".into()));
        }
        for terms in &self.terms {
            check_day(terms.from)?;
            checked_text(&terms.text, "agreement", MAX_TERMS_CHARS, true)?;
        }
        if self.terms.windows(2).any(|pair| pair[0].from >= pair[1].from) {
            return Err(Error::InvalidInput("Its terms should follow one another, each from a later day than the one before.".into()));
        }
        for day in self.marks.keys().chain(&self.retired) {
            check_day(*day)?;
        }
        for (day, note) in &self.repair_notes {
            if self.marks.get(day) != Some(&Keeping::Missed) {
                return Err(Error::InvalidInput(format!("It has a note on repair for {day}, which is not marked missed.")));
            }
            checked_note(note, "note", MAX_NOTE_CHARS)?;
        }
        Ok(())
    }

    pub(crate) fn since(&self) -> NaiveDate {
        self.terms[0].from
    }

    /// The terms in force on `day`.
    pub(crate) fn terms_on(&self, day: NaiveDate) -> &Terms {
        self.terms.iter().rev().find(|terms| terms.from <= day).unwrap_or(&self.terms[0])
    }

    fn current(&self) -> &Terms {
        self.terms.last().expect("an agreement always has terms")
    }

    fn check_open(&self, day: NaiveDate) -> Result<()> {
        check_day(day)?;
        if let Some(retired) = self.retired.filter(|retired| day >= *retired) {
            return Err(Error::InvalidInput(format!("This agreement was retired on {retired}. Marks can be changed only for the days before.")));
        }
        if day < self.since() {
            return Err(Error::InvalidInput(format!("This agreement began on {}; choose a day from then on.", self.since())));
        }
        Ok(())
    }

    /// Marks a day, or clears its mark with `None`.
    pub(crate) fn mark(&mut self, day: NaiveDate, keeping: Option<Keeping>) -> Result<()> {
        self.check_open(day)?;
        match keeping {
            Some(keeping) => self.marks.insert(day, keeping),
            None => self.marks.remove(&day),
        };
        if keeping != Some(Keeping::Missed) {
            self.forget_note(day);
        }
        Ok(())
    }

    /// Writes down what repair could look like after a missed day, or clears it with an empty
    /// note.
    pub(crate) fn note_repair(&mut self, day: NaiveDate, note: &str) -> Result<()> {
        if self.marks.get(&day) != Some(&Keeping::Missed) {
            return Err(Error::InvalidInput("A note on repair belongs to a missed day. Mark the day missed first.".into()));
        }
        let note = checked_note(note, "note", MAX_NOTE_CHARS)?;
        if note.is_empty() {
            self.forget_note(day);
        } else {
            self.repair_notes.insert(day, note);
        }
        Ok(())
    }

    fn forget_note(&mut self, day: NaiveDate) {
        if let Some(mut note) = self.repair_notes.remove(&day) {
            note.zeroize();
        }
    }

    /// Every word it holds, wiped from memory.
    pub(crate) fn wipe(&mut self) {
        self.terms.iter_mut().for_each(|terms| terms.text.zeroize());
        self.repair_notes.values_mut().for_each(Zeroize::zeroize);
    }

    /// New terms from `day` on; the day is marked renegotiated. The old terms stay in the
    /// history.
    pub(crate) fn renegotiate(&mut self, text: &str, cadence: Cadence, day: NaiveDate) -> Result<()> {
        self.check_open(day)?;
        if day < self.current().from {
            return Err(Error::InvalidInput(format!("The current terms began on {}; renegotiate from then on.", self.current().from)));
        }
        let text = checked_text(text, "agreement", MAX_TERMS_CHARS, true)?;
        let terms = Terms { text, cadence, from: day };
        if self.current().from == day {
            *self.terms.last_mut().expect("an agreement always has terms") = terms;
        } else {
            self.terms.push(terms);
        }
        self.marks.insert(day, Keeping::Renegotiated);
        Ok(())
    }

    /// Stops the agreement from `day` on. Its marks stay and still count.
    pub(crate) fn retire(&mut self, day: NaiveDate) -> Result<()> {
        self.check_open(day)?;
        self.retired = Some(day);
        // Marks on or after the retirement would describe days it no longer applied to.
        self.marks.retain(|marked, _| *marked < day);
        let later: Vec<NaiveDate> = self.repair_notes.range(day..).map(|(noted, _)| *noted).collect();
        later.into_iter().for_each(|noted| self.forget_note(noted));
        Ok(())
    }

    pub(crate) fn view(&self) -> AgreementView {
        let count = |wanted: Keeping| u32::try_from(self.marks.values().filter(|k| **k == wanted).count()).unwrap_or(u32::MAX);
        let (kept, missed, renegotiated) = (count(Keeping::Kept), count(Keeping::Missed), count(Keeping::Renegotiated));
        AgreementView {
            id: self.id,
            owner: self.owner,
            proposed_in: self.proposed_in,
            current: self.current().clone(),
            since: self.since(),
            earlier: self.terms[..self.terms.len() - 1].to_vec(),
            retired: self.retired,
            marks: self.marks.iter().map(|(day, keeping)| Mark { day: *day, keeping: *keeping, note: self.repair_notes.get(day).cloned() }).collect(),
            kept,
            missed,
            renegotiated,
            keep_rate: keep_rate(kept, missed),
        }
    }
}

/// Kept out of kept and missed; renegotiated days count neither way.
pub(crate) fn keep_rate(kept: u32, missed: u32) -> Option<f64> {
    (kept + missed > 0).then(|| f64::from(kept) / f64::from(kept + missed))
}

/// Every agreement's keep rate together.
#[derive(Clone, Debug, PartialEq, Serialize, TS)]
pub struct Agreements {
    /// Active agreements first (oldest first), then retired ones.
    pub agreements: Vec<AgreementView>,
    /// Kept out of kept and missed over every agreement.
    pub keep_rate: Option<f64>,
}

pub(crate) fn overview<'a>(agreements: impl Iterator<Item = &'a Agreement>) -> Agreements {
    let mut views: Vec<AgreementView> = agreements.map(Agreement::view).collect();
    views.sort_by(|a, b| a.retired.is_some().cmp(&b.retired.is_some()).then(a.since.cmp(&b.since)).then(a.current.text.cmp(&b.current.text)));
    let (kept, missed) = views.iter().fold((0, 0), |(k, m), view| (k + view.kept, m + view.missed));
    Agreements { agreements: views, keep_rate: keep_rate(kept, missed) }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(text: &str) -> NaiveDate {
        text.parse().unwrap()
    }

    #[test]
    fn keep_rate_counts_kept_against_missed_only() {
        let mut agreement = Agreement::new("Share my location when I travel", Cadence::WhenItComesUp, Owner::Mine, d("2026-01-01")).unwrap();
        agreement.mark(d("2026-01-02"), Some(Keeping::Kept)).unwrap();
        agreement.mark(d("2026-01-03"), Some(Keeping::Kept)).unwrap();
        agreement.mark(d("2026-01-04"), Some(Keeping::Missed)).unwrap();
        agreement.renegotiate("Share my location, or call", Cadence::WhenItComesUp, d("2026-01-05")).unwrap();
        let view = agreement.view();
        assert_eq!((view.kept, view.missed, view.renegotiated), (2, 1, 1));
        assert_eq!(view.keep_rate, Some(2.0 / 3.0));
        assert_eq!(view.current.text, "Share my location, or call");
        assert_eq!(view.earlier.len(), 1);
        assert_eq!(view.since, d("2026-01-01"));
    }

    #[test]
    fn marks_outside_the_agreements_life_are_refused() {
        let mut agreement = Agreement::new("Phone check-in at lunch", Cadence::Daily, Owner::Ours, d("2026-01-10")).unwrap();
        assert!(agreement.mark(d("2026-01-09"), Some(Keeping::Kept)).is_err());
        agreement.mark(d("2026-01-11"), Some(Keeping::Kept)).unwrap();
        agreement.retire(d("2026-02-01")).unwrap();
        let err = agreement.mark(d("2026-02-01"), Some(Keeping::Kept)).unwrap_err();
        assert!(err.to_string().contains("retired on 2026-02-01"), "{err}");
        let before = agreement.clone();
        assert!(agreement.renegotiate("x", Cadence::Daily, d("2026-03-01")).is_err());
        assert_eq!(agreement, before, "a refusal changes nothing");
        agreement.mark(d("2026-01-12"), Some(Keeping::Missed)).unwrap();
        assert_eq!(agreement.view().keep_rate, Some(0.5));
    }

    #[test]
    fn empty_terms_are_refused() {
        assert!(Agreement::new("   ", Cadence::Daily, Owner::Ours, d("2026-01-01")).is_err());
        assert!(Agreement::new("ok", Cadence::Daily, Owner::Ours, d("1900-01-01")).is_err());
    }

    #[test]
    fn a_repair_note_belongs_to_a_missed_day_and_goes_with_its_mark() {
        let mut agreement = Agreement::new("Home by eleven, or a call", Cadence::Daily, Owner::Theirs, d("2026-01-01")).unwrap();
        agreement.mark(d("2026-01-02"), Some(Keeping::Kept)).unwrap();
        let err = agreement.note_repair(d("2026-01-02"), "Talk it through").unwrap_err();
        assert!(err.to_string().contains("missed day"), "{err}");

        agreement.mark(d("2026-01-03"), Some(Keeping::Missed)).unwrap();
        agreement.note_repair(d("2026-01-03"), "  A call the next morning, and no excuses  ").unwrap();
        let noted = |agreement: &Agreement| agreement.view().marks.into_iter().filter_map(|mark| mark.note).collect::<Vec<_>>();
        assert_eq!(noted(&agreement), ["A call the next morning, and no excuses"]);

        agreement.mark(d("2026-01-03"), Some(Keeping::Missed)).unwrap();
        assert_eq!(noted(&agreement).len(), 1, "marking missed again keeps the note");
        agreement.mark(d("2026-01-03"), Some(Keeping::Kept)).unwrap();
        assert!(noted(&agreement).is_empty(), "a day no longer missed has no repair note");

        agreement.mark(d("2026-01-04"), Some(Keeping::Missed)).unwrap();
        agreement.note_repair(d("2026-01-04"), "Sit down on Sunday").unwrap();
        agreement.note_repair(d("2026-01-04"), "   ").unwrap();
        assert!(noted(&agreement).is_empty(), "an empty note clears it");
    }

    #[test]
    fn an_agreement_from_before_owners_reads_as_shared() {
        let old = r#"{"id":"6f1c1b1e-0000-4000-8000-000000000001","terms":[{"text":"Phones face up","cadence":"daily","from":"2026-01-01"}],"retired":null,"marks":{}}"#;
        let agreement: Agreement = serde_json::from_str(old).unwrap();
        assert_eq!(agreement.owner, Owner::Ours);
        assert_eq!(Owner::Mine.for_partner(), Owner::Theirs);
        assert_eq!(Owner::Ours.for_partner(), Owner::Ours);
    }
}
