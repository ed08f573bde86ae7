//! The trust-progress timeline: daily trust with a rolling average, wins stacked by kind,
//! agreements' keep rate, trigger intensity and milestones, per day, week or month; and
//! "how far you've come", the first 30 days against the last 30.
//!
//! Everything is computed here, exactly, from calendar days (never timestamps, so daylight
//! saving changes nothing); the window only draws it.

use std::collections::BTreeMap;

use chrono::{Datelike, Days, Months, NaiveDate};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::agreement::{keep_rate, Agreement, Keeping};
use super::milestone::{Milestone, MilestoneKind};
use super::trigger::Trigger;
use super::win::{week_start, Win, WinKind};
use super::RecordId;
use crate::model::Entry;

/// How much of the journey the timeline shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Zoom {
    /// The last 7 days, day by day.
    Week,
    /// The last 30 days, day by day.
    Month,
    /// The last 13 weeks, week by week.
    Quarter,
    /// The last 52 weeks, week by week.
    Year,
    /// Everything, month by month.
    All,
}

/// The length of one point of the timeline.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Step {
    /// A day.
    Day,
    /// A week, Monday to Sunday.
    Week,
    /// A calendar month.
    Month,
}

/// One point: a day, week or month.
#[derive(Clone, Debug, PartialEq, Serialize, TS)]
pub struct TimelinePoint {
    /// Its first day.
    #[ts(type = "string")]
    pub start: NaiveDate,
    /// Its last day.
    #[ts(type = "string")]
    pub end: NaiveDate,
    /// The mean of its days' trust (each day the mean of its ratings); none without ratings.
    pub trust: Option<f64>,
    /// The mean daily trust over the trailing window ending on its last day (7 days for
    /// days, 28 for weeks, 91 for months); none without ratings in that window.
    pub trust_average: Option<f64>,
    /// How many days had a trust rating.
    pub rated_days: u32,
    /// Wins by kind, in the order of the timeline's `kinds`.
    pub wins: Vec<u32>,
    /// Agreement days marked kept.
    pub kept: u32,
    /// Agreement days marked missed.
    pub missed: u32,
    /// Kept out of kept and missed; none without such marks.
    pub keep_rate: Option<f64>,
    /// Triggers noted.
    pub triggers: u32,
    /// Their mean intensity.
    pub trigger_intensity: Option<f64>,
    /// Mean minutes until they settled, over those with a time.
    pub settled_minutes: Option<f64>,
}

/// A milestone on the timeline.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
pub struct MilestoneMarker {
    /// Its identity.
    pub id: RecordId,
    /// The day.
    #[ts(type = "string")]
    pub day: NaiveDate,
    /// What kind.
    pub kind: MilestoneKind,
    /// Its title (may be empty for the standard kinds).
    pub title: String,
}

/// The timeline at one zoom.
#[derive(Clone, Debug, PartialEq, Serialize, TS)]
pub struct Timeline {
    /// The zoom asked for.
    pub zoom: Zoom,
    /// What one point spans.
    pub step: Step,
    /// The kinds of win, in the order of every point's `wins`.
    pub kinds: Vec<WinKind>,
    /// The points, oldest first; periods with nothing in them are there too, empty.
    pub points: Vec<TimelinePoint>,
    /// The milestones within the points' span, oldest first.
    pub milestones: Vec<MilestoneMarker>,
}

/// Everything the timeline reads, gathered once.
pub(crate) struct Records<'a> {
    pub(crate) entries: Vec<&'a Entry>,
    pub(crate) wins: Vec<&'a Win>,
    pub(crate) agreements: Vec<&'a Agreement>,
    pub(crate) triggers: Vec<&'a Trigger>,
    pub(crate) milestones: Vec<&'a Milestone>,
}

impl Records<'_> {
    /// Each day's trust: the mean of that day's ratings.
    fn daily_trust(&self) -> BTreeMap<NaiveDate, f64> {
        let mut days: BTreeMap<NaiveDate, (u32, u32)> = BTreeMap::new();
        for entry in &self.entries {
            if let Some(trust) = entry.trust {
                let (sum, count) = days.entry(entry.day).or_default();
                *sum += u32::from(trust);
                *count += 1;
            }
        }
        days.into_iter().map(|(day, (sum, count))| (day, f64::from(sum) / f64::from(count))).collect()
    }

    fn marks(&self) -> impl Iterator<Item = (NaiveDate, Keeping)> + '_ {
        self.agreements.iter().flat_map(|agreement| agreement.marks.iter().map(|(day, keeping)| (*day, *keeping)))
    }

    /// The first day anything was recorded.
    fn first_day(&self) -> Option<NaiveDate> {
        let days = self.entries.iter().map(|e| e.day).chain(self.wins.iter().map(|w| w.day));
        let days = days.chain(self.marks().map(|(day, _)| day)).chain(self.triggers.iter().map(|t| t.day));
        days.chain(self.milestones.iter().map(|m| m.day)).min()
    }
}

fn mean(sum: f64, count: u32) -> Option<f64> {
    (count > 0).then(|| sum / f64::from(count))
}

fn period_start(step: Step, day: NaiveDate) -> NaiveDate {
    match step {
        Step::Day => day,
        Step::Week => week_start(day),
        Step::Month => day.with_day(1).expect("every month has a first day"),
    }
}

fn next_period(step: Step, start: NaiveDate) -> NaiveDate {
    match step {
        Step::Day => start + Days::new(1),
        Step::Week => start + Days::new(7),
        Step::Month => start + Months::new(1),
    }
}

/// The periods of a zoom, oldest first, the last one holding `end`.
fn periods(zoom: Zoom, end: NaiveDate, first_day: Option<NaiveDate>) -> (Step, Vec<(NaiveDate, NaiveDate)>) {
    let (step, count) = match zoom {
        Zoom::Week => (Step::Day, 7),
        Zoom::Month => (Step::Day, 30),
        Zoom::Quarter => (Step::Week, 13),
        Zoom::Year => (Step::Week, 52),
        Zoom::All => (Step::Month, 0),
    };
    let last = period_start(step, end);
    let mut first = last;
    if zoom == Zoom::All {
        first = period_start(step, first_day.unwrap_or(end).min(end));
    } else {
        for _ in 1..count {
            first = match step {
                Step::Day => first - Days::new(1),
                Step::Week => first - Days::new(7),
                Step::Month => first - Months::new(1),
            };
        }
    }
    let mut spans = Vec::new();
    let mut start = first;
    while start <= last {
        let next = next_period(step, start);
        spans.push((start, next - Days::new(1)));
        start = next;
    }
    (step, spans)
}

/// Days in the trailing window of a point's rolling average.
fn average_window(step: Step) -> u64 {
    match step {
        Step::Day => 7,
        Step::Week => 28,
        Step::Month => 91,
    }
}

pub(crate) fn timeline(records: &Records<'_>, zoom: Zoom, end: NaiveDate) -> Timeline {
    let (step, spans) = periods(zoom, end, records.first_day());
    let kinds = WinKind::ALL.to_vec();
    let daily = records.daily_trust();
    let (Some(&(first, _)), Some(&(_, last))) = (spans.first(), spans.last()) else {
        return Timeline { zoom, step, kinds, points: Vec::new(), milestones: Vec::new() };
    };
    let index_of = |day: NaiveDate| -> Option<usize> {
        if day < first || day > last {
            return None;
        }
        Some(match step {
            Step::Day => (day - first).num_days() as usize,
            Step::Week => ((week_start(day) - first).num_days() / 7) as usize,
            Step::Month => ((day.year() - first.year()) * 12 + day.month() as i32 - first.month() as i32) as usize,
        })
    };

    let mut points: Vec<TimelinePoint> = spans
        .iter()
        .map(|&(start, end)| {
            let rated: Vec<f64> = daily.range(start..=end).map(|(_, trust)| *trust).collect();
            let window_start = end - Days::new(average_window(step) - 1);
            let trailing: Vec<f64> = daily.range(window_start..=end).map(|(_, trust)| *trust).collect();
            let count = |values: &[f64]| u32::try_from(values.len()).unwrap_or(u32::MAX);
            TimelinePoint {
                start,
                end,
                trust: mean(rated.iter().sum(), count(&rated)),
                trust_average: mean(trailing.iter().sum(), count(&trailing)),
                rated_days: count(&rated),
                wins: vec![0; kinds.len()],
                kept: 0,
                missed: 0,
                keep_rate: None,
                triggers: 0,
                trigger_intensity: None,
                settled_minutes: None,
            }
        })
        .collect();

    for win in &records.wins {
        if let Some(at) = index_of(win.day) {
            points[at].wins[kinds.iter().position(|k| *k == win.kind).unwrap_or(0)] += 1;
        }
    }
    for (day, keeping) in records.marks() {
        if let Some(at) = index_of(day) {
            match keeping {
                Keeping::Kept => points[at].kept += 1,
                Keeping::Missed => points[at].missed += 1,
                Keeping::Renegotiated => {}
            }
        }
    }
    let mut intensity = vec![(0.0, 0u32); points.len()];
    let mut settled = vec![(0.0, 0u32); points.len()];
    for trigger in &records.triggers {
        if let Some(at) = index_of(trigger.day) {
            points[at].triggers += 1;
            intensity[at].0 += f64::from(trigger.intensity);
            intensity[at].1 += 1;
            if let Some(minutes) = trigger.settled_minutes {
                settled[at].0 += f64::from(minutes);
                settled[at].1 += 1;
            }
        }
    }
    for (at, point) in points.iter_mut().enumerate() {
        point.keep_rate = keep_rate(point.kept, point.missed);
        point.trigger_intensity = mean(intensity[at].0, intensity[at].1);
        point.settled_minutes = mean(settled[at].0, settled[at].1);
    }
    let mut milestones: Vec<MilestoneMarker> = records
        .milestones
        .iter()
        .filter(|m| m.day >= first && m.day <= last)
        .map(|m| MilestoneMarker { id: m.id, day: m.day, kind: m.kind, title: m.title.clone() })
        .collect();
    milestones.sort_by_key(|m| m.day);
    Timeline { zoom, step, kinds, points, milestones }
}

/// A stretch of days summed up for the "how far you've come" comparison.
#[derive(Clone, Debug, PartialEq, Serialize, TS)]
pub struct Stretch {
    /// Its first day.
    #[ts(type = "string")]
    pub start: NaiveDate,
    /// Its last day.
    #[ts(type = "string")]
    pub end: NaiveDate,
    /// Mean daily trust.
    pub trust: Option<f64>,
    /// Days with a trust rating.
    pub rated_days: u32,
    /// Wins per week (7 × wins ÷ days).
    pub wins_per_week: f64,
    /// Agreements' keep rate.
    pub keep_rate: Option<f64>,
    /// Triggers noted.
    pub triggers: u32,
    /// Mean trigger intensity.
    pub trigger_intensity: Option<f64>,
    /// Mean minutes until triggers settled.
    pub settled_minutes: Option<f64>,
}

/// The first 30 days of the journal against the last 30.
#[derive(Clone, Debug, PartialEq, Serialize, TS)]
pub struct Progress {
    /// From the first day anything was recorded.
    pub first: Stretch,
    /// The 30 days ending today.
    pub last: Stretch,
    /// Whether the two stretches are apart (60 days or more of history); before that the
    /// comparison says little.
    pub comparable: bool,
}

/// Days in each stretch compared.
const STRETCH_DAYS: u64 = 30;

fn stretch(records: &Records<'_>, daily: &BTreeMap<NaiveDate, f64>, start: NaiveDate, end: NaiveDate) -> Stretch {
    let within = |day: NaiveDate| day >= start && day <= end;
    let rated: Vec<f64> = daily.range(start..=end).map(|(_, t)| *t).collect();
    let rated_days = u32::try_from(rated.len()).unwrap_or(u32::MAX);
    let wins = records.wins.iter().filter(|w| within(w.day)).count();
    let days = (end - start).num_days() + 1;
    let (kept, missed) = records.marks().filter(|(day, _)| within(*day)).fold((0, 0), |(k, m), (_, keeping)| match keeping {
        Keeping::Kept => (k + 1, m),
        Keeping::Missed => (k, m + 1),
        Keeping::Renegotiated => (k, m),
    });
    let triggers: Vec<&&Trigger> = records.triggers.iter().filter(|t| within(t.day)).collect();
    let trigger_count = u32::try_from(triggers.len()).unwrap_or(u32::MAX);
    let settled: Vec<f64> = triggers.iter().filter_map(|t| t.settled_minutes).map(f64::from).collect();
    Stretch {
        start,
        end,
        trust: mean(rated.iter().sum(), rated_days),
        rated_days,
        wins_per_week: 7.0 * wins as f64 / days as f64,
        keep_rate: keep_rate(kept, missed),
        triggers: trigger_count,
        trigger_intensity: mean(triggers.iter().map(|t| f64::from(t.intensity)).sum(), trigger_count),
        settled_minutes: mean(settled.iter().sum(), u32::try_from(settled.len()).unwrap_or(u32::MAX)),
    }
}

pub(crate) fn progress(records: &Records<'_>, today: NaiveDate) -> Progress {
    let daily = records.daily_trust();
    let first_day = records.first_day().unwrap_or(today).min(today);
    let first_end = (first_day + Days::new(STRETCH_DAYS - 1)).min(today);
    let last_start = (today - Days::new(STRETCH_DAYS - 1)).max(first_day);
    Progress { first: stretch(records, &daily, first_day, first_end), last: stretch(records, &daily, last_start, today), comparable: first_end < last_start }
}
