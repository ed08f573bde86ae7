//! Triggers: what set the hurt off again, how strongly, what helped and how long it took to
//! settle; and the patterns over months.

use std::collections::BTreeMap;

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::{check_day, checked_note, checked_text, Moment, RecordId};
use crate::search::fold;
use crate::{Error, Result};

/// A trigger, noted.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Trigger {
    /// Its identity.
    pub id: RecordId,
    /// The day it happened.
    #[ts(type = "string")]
    pub day: NaiveDate,
    /// When it was noted.
    #[ts(type = "string")]
    pub created: Moment,
    /// What happened, in a few words.
    pub what: String,
    /// How strong it was, from 1 to 5.
    pub intensity: u8,
    /// What helped.
    pub helped: String,
    /// Minutes until it settled, if known.
    pub settled_minutes: Option<u32>,
}

/// A new trigger, or changes to one.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct TriggerDraft {
    /// The trigger being changed, or `None` for a new one.
    #[serde(default)]
    pub id: Option<RecordId>,
    /// The day it happened.
    #[ts(type = "string")]
    pub day: NaiveDate,
    /// What happened.
    pub what: String,
    /// From 1 to 5.
    pub intensity: u8,
    /// What helped.
    #[serde(default)]
    pub helped: String,
    /// Minutes until it settled.
    #[serde(default)]
    pub settled_minutes: Option<u32>,
}

const MAX_WHAT_CHARS: usize = 300;
const MAX_HELPED_CHARS: usize = 2_000;
/// A week: anything longer is not "minutes until it settled".
const MAX_SETTLE_MINUTES: u32 = 7 * 24 * 60;

impl TriggerDraft {
    pub(crate) fn into_trigger(self, id: RecordId, created: Moment) -> Result<Trigger> {
        check_day(self.day)?;
        let what = checked_text(&self.what, "trigger", MAX_WHAT_CHARS, true)?;
        if !(1..=5).contains(&self.intensity) {
            return Err(Error::InvalidInput(format!("Intensity is rated from 1 to 5, not {}.", self.intensity)));
        }
        if self.settled_minutes.is_some_and(|minutes| minutes > MAX_SETTLE_MINUTES) {
            return Err(Error::InvalidInput("Time to settle can be up to a week (10,080 minutes).".into()));
        }
        let helped = checked_note(&self.helped, "note on what helped", MAX_HELPED_CHARS)?;
        Ok(Trigger { id, day: self.day, created, what, intensity: self.intensity, helped, settled_minutes: self.settled_minutes })
    }
}

/// A trigger that came back, and how it tends to go.
#[derive(Clone, Debug, PartialEq, Serialize, TS)]
pub struct FrequentTrigger {
    /// How it was worded most recently.
    pub what: String,
    /// How many times it was noted.
    pub count: u32,
    /// Its mean intensity.
    pub intensity: f64,
    /// When it last happened.
    #[ts(type = "string")]
    pub last: NaiveDate,
}

/// One month of triggers.
#[derive(Clone, Debug, PartialEq, Serialize, TS)]
pub struct TriggerMonth {
    /// The month's first day.
    #[ts(type = "string")]
    pub month: NaiveDate,
    /// How many were noted.
    pub count: u32,
    /// Their mean intensity.
    pub intensity: f64,
    /// Mean minutes until they settled, over those with a time.
    pub settled_minutes: Option<f64>,
}

/// The patterns view.
#[derive(Clone, Debug, PartialEq, Serialize, TS)]
pub struct TriggerPatterns {
    /// The triggers noted more than once, the most frequent first (at most ten).
    pub frequent: Vec<FrequentTrigger>,
    /// Every month from the first trigger to the last, months without any left out.
    pub months: Vec<TriggerMonth>,
}

const FREQUENT_SHOWN: usize = 10;

pub(crate) fn patterns<'a>(triggers: impl Iterator<Item = &'a Trigger>) -> TriggerPatterns {
    // The same trigger is recognised whatever its case, accents or spacing.
    let mut same: BTreeMap<String, Vec<&Trigger>> = BTreeMap::new();
    let mut months: BTreeMap<NaiveDate, Vec<&Trigger>> = BTreeMap::new();
    for trigger in triggers {
        same.entry(fold(&trigger.what)).or_default().push(trigger);
        let month = trigger.day.with_day(1).expect("every month has a first day");
        months.entry(month).or_default().push(trigger);
    }
    let mean = |values: &[f64]| (!values.is_empty()).then(|| values.iter().sum::<f64>() / values.len() as f64);
    let mut frequent: Vec<FrequentTrigger> = same
        .into_values()
        .filter(|group| group.len() > 1)
        .map(|group| {
            let latest = group.iter().max_by_key(|t| (t.day, t.created)).expect("a group is never empty");
            let intensities: Vec<f64> = group.iter().map(|t| f64::from(t.intensity)).collect();
            FrequentTrigger {
                what: latest.what.clone(),
                count: u32::try_from(group.len()).unwrap_or(u32::MAX),
                intensity: mean(&intensities).unwrap_or(0.0),
                last: latest.day,
            }
        })
        .collect();
    frequent.sort_by(|a, b| b.count.cmp(&a.count).then(b.last.cmp(&a.last)));
    frequent.truncate(FREQUENT_SHOWN);
    let months = months
        .into_iter()
        .map(|(month, group)| {
            let intensities: Vec<f64> = group.iter().map(|t| f64::from(t.intensity)).collect();
            let settled: Vec<f64> = group.iter().filter_map(|t| t.settled_minutes).map(f64::from).collect();
            TriggerMonth {
                month,
                count: u32::try_from(group.len()).unwrap_or(u32::MAX),
                intensity: mean(&intensities).unwrap_or(0.0),
                settled_minutes: mean(&settled),
            }
        })
        .collect();
    TriggerPatterns { frequent, months }
}
