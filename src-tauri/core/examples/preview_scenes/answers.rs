//! The core's answers to the commands the interface asks, for one journal: what the preview
//! serves. A command that takes arguments is asked with each argument the preview's screens can
//! send: every entry, every month of the calendar, each timeline window its arrows reach and the
//! days behind each point, a few searches as they are typed, and today's mark on each agreement.

use std::collections::BTreeMap;

use chrono::{DateTime, Datelike, Days, FixedOffset, NaiveDate, TimeDelta};
use kintsugi_core::{Draft, EntryDraft, Journal, Keeping, Prompt, SearchQuery, Timeline, Zoom};
use serde::Serialize;
use serde_json::{json, Value};

/// How far back the timeline is answered.
#[derive(Clone, Copy)]
pub enum Reach {
    /// Every window its arrows reach, and the days behind every point.
    Everything,
    /// Every window, but the days behind the points of the last year's only: ten years of them
    /// would make a file of tens of megabytes.
    RecentDays,
}

/// Words searched for, each answered as it is typed, letter by letter.
const SEARCHED: [&str; 6] = ["therapy", "walk", "phone", "apology", "letter", "quiet"];

/// The lengths the list beside the editor asks for (`RECENT_SHOWN` in ui/src/journal/entry-list.tsx),
/// and none, to count.
const RECENT_LIMITS: [usize; 2] = [30, 0];

/// As many results as the shell asks for.
const SEARCH_RESULTS_SHOWN: usize = 50;

/// How many answers to "another prompt" a scene holds, one after the other.
const OTHER_PROMPTS: usize = 8;

/// What a scene's file holds.
#[derive(Serialize)]
pub struct Scene {
    /// The preview's clock, which the page follows as the app's held clock.
    now: DateTime<FixedOffset>,
    /// What the core keeps when the app closes with unsaved words, for the offer to restore them.
    crash_draft: Option<Draft>,
    /// The answers to "another prompt", one after the other.
    other_prompts: Vec<Prompt>,
    /// Each command's answers, by their arguments as JSON with sorted keys.
    answers: BTreeMap<&'static str, BTreeMap<String, Value>>,
}

impl Scene {
    fn put(&mut self, command: &'static str, args: Value, answer: impl Serialize) -> serde_json::Result<()> {
        self.answers.entry(command).or_default().insert(key(&args), serde_json::to_value(answer)?);
        Ok(())
    }

    fn has(&self, command: &str, args: &Value) -> bool {
        self.answers.get(command).is_some_and(|answers| answers.contains_key(&key(args)))
    }
}

/// The arguments as the preview looks them up: JSON with every object's keys sorted.
fn key(args: &Value) -> String {
    fn sorted(value: &Value) -> Value {
        match value {
            Value::Object(map) => {
                let mut fields: Vec<_> = map.iter().collect();
                fields.sort_by_key(|(name, _)| *name);
                Value::Object(fields.into_iter().map(|(name, value)| (name.clone(), sorted(value))).collect())
            }
            Value::Array(items) => Value::Array(items.iter().map(sorted).collect()),
            other => other.clone(),
        }
    }
    sorted(args).to_string()
}

type Result<T> = std::result::Result<T, Box<dyn std::error::Error>>;

/// Asks `journal` everything the preview may ask it on `today`.
pub fn ask(journal: &mut Journal, today: NaiveDate, now: DateTime<FixedOffset>, reach: Reach, unsaved: EntryDraft) -> Result<Scene> {
    let mut scene = Scene { now, crash_draft: None, other_prompts: Vec::new(), answers: BTreeMap::new() };
    let none = json!({});
    entries(&mut scene, journal, today)?;
    let vocabulary = journal.vocabulary();
    searches(&mut scene, journal, &vocabulary.tags, &vocabulary.feelings)?;
    scene.put("vocabulary", none.clone(), vocabulary)?;
    scene.put("on_this_day", none.clone(), journal.on_this_day(today))?;
    scene.put("wins_by_week", none.clone(), journal.wins_by_week())?;
    scene.put("triggers", none.clone(), journal.triggers())?;
    scene.put("trigger_patterns", none.clone(), journal.trigger_patterns())?;
    scene.put("milestones", none.clone(), journal.milestones())?;
    let progress = journal.progress(today);
    timeline(&mut scene, journal, today, progress.first.start, reach)?;
    scene.put("progress", none.clone(), progress)?;
    marks_today(&mut scene, journal, today)?;
    scene.put("agreements", none.clone(), journal.agreements())?;

    scene.put("todays_prompt", none, journal.todays_prompt(today)?)?;
    for _ in 0..OTHER_PROMPTS {
        scene.other_prompts.push(journal.another_prompt(today)?);
    }
    journal.keep_draft(unsaved, now - TimeDelta::minutes(14))?;
    scene.crash_draft = journal.draft().cloned();
    journal.discard_draft()?;
    Ok(scene)
}

/// Each searched word as it is typed, and each filter on its own.
fn searches(scene: &mut Scene, journal: &mut Journal, tags: &[String], feelings: &[String]) -> Result<()> {
    let typed = SEARCHED.iter().flat_map(|word| (1..=word.len()).map(|end| &word[..end]));
    let mut queries: Vec<SearchQuery> = typed.map(|text| SearchQuery { text: text.into(), ..SearchQuery::default() }).collect();
    queries.extend(tags.iter().map(|tag| SearchQuery { tags: vec![tag.clone()], ..SearchQuery::default() }));
    queries.extend(feelings.iter().map(|feeling| SearchQuery { feelings: vec![feeling.clone()], ..SearchQuery::default() }));
    queries.push(SearchQuery { starred: true, ..SearchQuery::default() });
    for query in queries {
        let results = journal.search(&query, SEARCH_RESULTS_SHOWN);
        scene.put("search", json!({ "query": query }), results)?;
    }
    Ok(())
}

/// Every entry, and the lists and calendar of every day and month from the January of the first
/// entry's year to the December of this one.
fn entries(scene: &mut Scene, journal: &Journal, today: NaiveDate) -> Result<()> {
    for limit in RECENT_LIMITS {
        scene.put("recent_entries", json!({ "limit": limit }), journal.recent_entries(limit))?;
    }
    for entry in journal.recent_entries(usize::MAX).entries {
        scene.put("get_entry", json!({ "id": entry.id }), journal.entry(entry.id)?)?;
    }
    let first = journal.recent_entries(0).since.unwrap_or(today);
    for year in first.year()..=today.year() {
        for month in 1..=12 {
            let args = json!({ "year": year, "month": month });
            scene.put("calendar_month", args.clone(), journal.calendar_month(year, month))?;
            scene.put("entries_in_month", args, journal.entries_in_month(year, month))?;
        }
    }
    let start = NaiveDate::from_ymd_opt(first.year(), 1, 1).expect("the first of January");
    let end = NaiveDate::from_ymd_opt(today.year(), 12, 31).expect("the last of December");
    for day in start.iter_days().take_while(|day| *day <= end) {
        let args = json!({ "day": day });
        scene.put("entries_on", args.clone(), journal.entries_on(day))?;
        scene.put("written_day_before", args.clone(), journal.written_day_before(day))?;
        scene.put("written_day_after", args, journal.written_day_after(day))?;
    }
    Ok(())
}

/// Each zoom's windows, from today's back to the one holding the journal's `first` day, as the
/// arrows move them (a whole window at a time), and the days behind their points.
fn timeline(scene: &mut Scene, journal: &Journal, today: NaiveDate, first: NaiveDate, reach: Reach) -> Result<()> {
    let answer = |end: NaiveDate, zoom| journal.timeline(zoom, end);
    let all = answer(today, Zoom::All)?;
    drill(scene, journal, &all, today, reach)?;
    scene.put("timeline", json!({ "zoom": Zoom::All, "end": null }), all)?;
    for (zoom, window) in [(Zoom::Week, 7), (Zoom::Month, 30), (Zoom::Quarter, 91), (Zoom::Year, 364)] {
        let mut end = None;
        loop {
            let shown = answer(end.unwrap_or(today), zoom)?;
            drill(scene, journal, &shown, today, reach)?;
            let reaches_first = shown.points.first().is_none_or(|point| point.start <= first);
            scene.put("timeline", json!({ "zoom": zoom, "end": end }), shown)?;
            if reaches_first {
                break;
            }
            end = Some(end.unwrap_or(today) - Days::new(window));
        }
    }
    Ok(())
}

/// The days behind each point of `shown`.
fn drill(scene: &mut Scene, journal: &Journal, shown: &Timeline, today: NaiveDate, reach: Reach) -> Result<()> {
    let year_ago = today - Days::new(366);
    for point in &shown.points {
        let args = json!({ "start": point.start, "end": point.end });
        if matches!(reach, Reach::RecentDays) && point.end < year_ago || scene.has("records_between", &args) {
            continue;
        }
        scene.put("records_between", args, journal.records_between(point.start, point.end)?)?;
    }
    Ok(())
}

/// Each way of marking today on each agreement still running, as Today's page marks it; the
/// journal is left as it was.
fn marks_today(scene: &mut Scene, journal: &mut Journal, today: NaiveDate) -> Result<()> {
    let running: Vec<_> = journal.agreements().agreements.into_iter().filter(|agreement| agreement.retired.is_none() && agreement.since <= today).collect();
    for agreement in running {
        let marked = agreement.marks.iter().find(|mark| mark.day == today).map(|mark| mark.keeping);
        for keeping in [Some(Keeping::Kept), Some(Keeping::Missed), None] {
            let view = journal.mark_agreement(agreement.id, today, keeping)?;
            scene.put("mark_agreement", json!({ "id": agreement.id, "day": today, "keeping": keeping }), view)?;
        }
        journal.mark_agreement(agreement.id, today, marked)?;
    }
    Ok(())
}
