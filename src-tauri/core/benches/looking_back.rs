//! Search, the calendar, "On this day", the timeline and the summary for a session on the
//! ten-year vault, as percentiles per call (DESIGN.md §6: search under 5 ms at p99, the
//! timeline under 20 ms).
//!
//! `cargo bench -p kintsugi-core --bench looking_back`

mod common;

use std::time::{Duration, Instant};

use chrono::NaiveDate;
use common::{unlocked, word};
use kintsugi_core::{Journal, SearchQuery, SummaryRequest, SummarySection, Zoom};

const ROUNDS: usize = 1_000;
/// As many results as the window asks for.
const SHOWN: usize = 50;

fn percentiles(mut times: Vec<Duration>) -> String {
    times.sort();
    let at = |p: f64| times[((times.len() - 1) as f64 * p) as usize];
    format!("p50 {:>9.3?}  p99 {:>9.3?}  max {:>9.3?}", at(0.5), at(0.99), at(1.0))
}

fn measure(label: &str, mut work: impl FnMut(usize)) {
    let times = (0..ROUNDS)
        .map(|round| {
            let started = Instant::now();
            work(round);
            started.elapsed()
        })
        .collect();
    println!("{label:<46} {}", percentiles(times));
}

fn search(journal: &mut Journal, text: String) -> u32 {
    journal.search(&SearchQuery { text, ..SearchQuery::default() }, SHOWN).total
}

fn main() {
    // One writer at a time: the journal measured below is opened after the unlocks are timed.
    let journal = unlocked();
    println!("{} entries\n", journal.recent_entries(0).total);
    journal.lock().unwrap();
    // Timed to the moment the journal is usable; the index then finishes on its worker,
    // which locking waits for, outside the timing.
    let unlocks: Vec<Duration> = (0..10)
        .map(|_| {
            let started = Instant::now();
            let journal = unlocked();
            let elapsed = started.elapsed();
            journal.lock().unwrap();
            elapsed
        })
        .collect();
    println!("{:<46} {}", "unlock without the KDF (index on its worker)", percentiles(unlocks));
    let ready: Vec<Duration> = (0..10)
        .map(|_| {
            let started = Instant::now();
            let mut journal = unlocked();
            search(&mut journal, String::new());
            let elapsed = started.elapsed();
            journal.lock().unwrap();
            elapsed
        })
        .collect();
    println!("{:<46} {}", "unlock without the KDF, then a first search", percentiles(ready));
    let mut journal = unlocked();

    // Common words match thousands of entries; rarer ones a few dozen.
    let common = |round: usize| word(round % 20);
    let middling = |round: usize| word(200 + round % 200);
    println!("matches: common word {}, middling word {}", search(&mut journal, common(0)), search(&mut journal, middling(0)));
    measure("search: one common word", |r| {
        search(&mut journal, common(r));
    });
    measure("search: one middling word", |r| {
        search(&mut journal, middling(r));
    });
    measure("search: two words", |r| {
        search(&mut journal, format!("{} {}", common(r), middling(r)));
    });
    measure("search: a word being typed (two letters)", |r| {
        search(&mut journal, word(r % 20)[..2].to_owned());
    });
    measure("search: no hit", |r| {
        search(&mut journal, format!("xq{r}"));
    });
    measure("search: filters only (a tag and a feeling)", |r| {
        let query = SearchQuery { tags: vec![format!("tag{}", r % 40)], feelings: vec!["calm".into()], ..SearchQuery::default() };
        journal.search(&query, SHOWN);
    });
    let first: NaiveDate = "2016-12-01".parse().unwrap();
    measure("calendar: one month", |r| {
        let month = first + chrono::Months::new((r % 120) as u32);
        journal.calendar_month(chrono::Datelike::year(&month), chrono::Datelike::month(&month));
    });
    measure("on this day", |r| {
        journal.on_this_day(first + chrono::Days::new((r % 3650) as u64));
    });
    let today: NaiveDate = "2026-11-25".parse().unwrap();
    for zoom in [Zoom::Week, Zoom::Month, Zoom::Quarter, Zoom::Year, Zoom::All] {
        measure(&format!("timeline: {zoom:?}"), |_| {
            journal.timeline(zoom, today).unwrap();
        });
    }
    measure("how far you've come", |_| {
        journal.progress(today);
    });
    let every_section = [SummarySection::Trust, SummarySection::Wins, SummarySection::Agreements, SummarySection::Triggers, SummarySection::Milestones];
    for (label, from) in [("a month", "2026-10-26"), ("a year", "2025-11-26"), ("ten years", "2016-11-26")] {
        let request = SummaryRequest { from: from.parse().unwrap(), to: today, sections: every_section.to_vec(), entries: Vec::new() };
        measure(&format!("summary: {label}, every section"), |_| {
            journal.summary(&request).unwrap();
        });
    }
    journal.lock().unwrap();
}
