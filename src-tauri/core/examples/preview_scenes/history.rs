//! The years before the half year of sample records. A journal of many entries (ten years of
//! them) reaches back far beyond it, so the days with entries get believable records too: along
//! the course wins come more often, agreements are kept more often, and triggers come rarer and
//! gentler. A handful of scattered entries is no history to speak of, and gets none.

use chrono::{Datelike, Days, NaiveDate, Weekday};
use kintsugi_core::{Cadence, Journal, Keeping, MilestoneDraft, MilestoneKind, Owner, TriggerDraft, WinDraft, WinFrom, WinKind};

use crate::records::Begun;
use crate::{at, Course};

const WINS: [(WinKind, WinFrom, &str); 10] = [
    (WinKind::Communication, WinFrom::Us, "Talked it through before bed instead of letting it sit."),
    (WinKind::Responsibility, WinFrom::Partner, "Owned the late night without making excuses."),
    (WinKind::Boundaries, WinFrom::Partner, "Showed me the message before I had to ask."),
    (WinKind::ProfessionalSupport, WinFrom::Us, "A session that left us lighter."),
    (WinKind::Consistency, WinFrom::Partner, "Home when promised, again."),
    (WinKind::QualityTime, WinFrom::Us, "Breakfast out on Saturday, just the two of us."),
    (WinKind::Empathy, WinFrom::Me, "Noticed they were tired and made the tea."),
    (WinKind::Communication, WinFrom::Me, "Said the hard thing kindly."),
    (WinKind::QualityTime, WinFrom::Us, "A long walk with nowhere to be."),
    (WinKind::Empathy, WinFrom::Partner, "Remembered what the anniversary of that day means to me."),
];

const TRIGGERS: [(&str, &str); 4] = [
    ("An unknown number called twice", "Asked about it the same evening"),
    ("A colleague with the same first name", "Named it to myself, then let it go"),
    ("Passing the old office", "Music in the car, and a call home"),
    ("Late reply to a message", "Waited an hour before deciding anything"),
];

const AGREEMENTS: [(&str, Cadence); 3] = [
    ("No contact with them, in any form.", Cadence::Daily),
    ("Phones stay face up at home.", Cadence::Daily),
    ("Sunday evening: a walk and an honest talk about the week.", Cadence::Weekly),
];

/// Fewer days with entries than this before the samples begin make no history.
const MIN_DAYS: usize = 60;

/// Writes records on the entries' `days` (earliest first) before the samples `begun`, and
/// milestones counted on from the first of those days.
pub fn write(journal: &mut Journal, days: &[NaiveDate], begun: &Begun, course: Course, rng: &mut fastrand::Rng) -> kintsugi_core::Result<()> {
    let latest = begun.wins.max(begun.agreements).max(begun.triggers).max(begun.milestones);
    let days: Vec<NaiveDate> = days.iter().copied().filter(|day| *day < latest).collect();
    let Some(&first) = days.first() else { return Ok(()) };
    if days.len() < MIN_DAYS {
        return Ok(());
    }
    let mut agreements = Vec::new();
    for (text, cadence) in AGREEMENTS {
        agreements.push((journal.add_agreement(text, cadence, Owner::Ours, first)?.id, cadence));
    }
    let span = (days.len() - 1) as f64;
    for (n, &day) in days.iter().enumerate() {
        let eased = course.at(n as f64 / span);
        if day < begun.wins && rng.f64() < 0.35 + 0.35 * eased {
            let count = if rng.f64() < 0.3 + 0.3 * eased { 2 } else { 1 };
            for _ in 0..count {
                let (kind, from, text) = WINS[rng.usize(..WINS.len())];
                journal.save_win(WinDraft { id: None, day, text: text.into(), kind, from, entry: None }, at(day, 20, 30))?;
            }
        }
        for &(id, cadence) in &agreements {
            let due = cadence == Cadence::Daily || day.weekday() == Weekday::Sun;
            if day < begun.agreements && due && rng.f64() >= 0.08 {
                let kept = rng.f64() < 0.62 + 0.34 * eased;
                journal.mark_agreement(id, day, Some(if kept { Keeping::Kept } else { Keeping::Missed }))?;
            }
        }
        if day < begun.triggers && rng.f64() < 0.24 * (1.0 - eased) + 0.03 {
            let (what, helped) = TRIGGERS[rng.usize(..TRIGGERS.len())];
            let intensity = (4.3 - 2.6 * eased + (rng.f64() - 0.5) * 1.4).round().clamp(1.0, 5.0) as u8;
            let settled_minutes = (rng.f64() < 0.8).then(|| ((140.0 - 110.0 * eased) * (0.7 + rng.f64() * 0.6)).round() as u32);
            let draft = TriggerDraft { id: None, day, what: what.into(), intensity, helped: helped.into(), settled_minutes };
            journal.save_trigger(draft, at(day, 20, 30))?;
        }
    }
    for (id, _) in agreements {
        journal.retire_agreement(id, begun.agreements)?;
    }
    milestones(journal, first, begun.milestones)
}

fn milestones(journal: &mut Journal, first: NaiveDate, until: NaiveDate) -> kintsugi_core::Result<()> {
    let mut noted = vec![(0, MilestoneKind::Custom, "Started this journal".to_owned())];
    // Weekly sessions at first, then every four weeks.
    let mut after = 7;
    while after < 600 {
        let title = if after == 7 { "First couples session" } else { "" };
        noted.push((after, MilestoneKind::CouplesSession, title.to_owned()));
        after += if after < 180 { 7 } else { 28 };
    }
    for year in 1..=12 {
        let title = format!("{year} {} of this journal", if year == 1 { "year" } else { "years" });
        noted.push((365 * year, MilestoneKind::Anniversary, title));
    }
    for (after, title) in [(420, "First holiday together again"), (1180, "Moved to the new flat"), (2100, "Renewed our vows")] {
        noted.push((after, MilestoneKind::Custom, title.to_owned()));
    }
    for (after, kind, title) in noted {
        let day = first + Days::new(after);
        if day < until {
            let draft = MilestoneDraft { id: None, day, kind, title, note: String::new() };
            journal.save_milestone(draft, at(day, 22, 0))?;
        }
    }
    Ok(())
}
