//! Half a year of progress records counted back from today, so the screens show this week, last
//! week and the months before: wins a few a week, agreements mostly kept (one renegotiated, one
//! retired), triggers and milestones. Along a healing course triggers grow rarer, milder and
//! quicker to settle.

use chrono::{Datelike, Days, NaiveDate};
use kintsugi_core::{Cadence, Journal, Keeping, MilestoneDraft, MilestoneKind, Owner, RecordId, TriggerDraft, WinDraft, WinFrom, WinKind};

use crate::{at, Course};

const WINS: [(WinKind, WinFrom, &str); 20] = [
    (WinKind::Communication, WinFrom::Partner, "Told me about the lunch with a colleague before I asked."),
    (WinKind::Communication, WinFrom::Us, "We talked for an hour after dinner and nobody raised their voice."),
    (WinKind::Responsibility, WinFrom::Partner, "Said sorry for snapping, without a \"but\" after it."),
    (WinKind::Boundaries, WinFrom::Partner, "Left the phone unlocked on the counter all evening."),
    (WinKind::ProfessionalSupport, WinFrom::Us, "Booked the next couples session together."),
    (WinKind::Consistency, WinFrom::Partner, "Home at six, as promised, three days running."),
    (WinKind::QualityTime, WinFrom::Us, "Walked the long way home along the river."),
    (WinKind::Empathy, WinFrom::Partner, "Asked how my day really was, and listened to the answer."),
    (WinKind::Empathy, WinFrom::Me, "Thanked them for the message at lunch instead of taking it for granted."),
    (WinKind::Communication, WinFrom::Me, "Said what I needed instead of going quiet."),
    (WinKind::Responsibility, WinFrom::Me, "Owned that I brought up the past in the middle of an argument."),
    (WinKind::QualityTime, WinFrom::Us, "Cooked together on Sunday with the radio on."),
    (WinKind::Boundaries, WinFrom::Us, "Agreed together how to handle the work trip."),
    (WinKind::Consistency, WinFrom::Me, "Wrote here every day this week."),
    (WinKind::ProfessionalSupport, WinFrom::Me, "Went to my own session even though I was tired."),
    (WinKind::Empathy, WinFrom::Us, "Held hands in the waiting room."),
    (WinKind::Communication, WinFrom::Partner, "Called when the train was late, before I started to wonder."),
    (WinKind::QualityTime, WinFrom::Us, "A whole evening without phones: cards and tea."),
    (WinKind::Consistency, WinFrom::Partner, "The check-in message came at lunch, like every day this month."),
    (WinKind::Boundaries, WinFrom::Partner, "Muted the group chat that worried me, without being asked."),
];

const TRIGGERS: [(&str, &str); 8] = [
    ("A message arrived late at night", "Asking who it was instead of guessing"),
    ("Driving past the hotel", "Pulled over and breathed, then called"),
    ("The song from that summer", "Turned it off and went for a walk"),
    ("Working late without a call", "Talking it through the same evening"),
    ("A name mentioned at dinner", "Said it hurt, out loud, and we paused"),
    ("Phone face down on the table", "Asked, and it was turned over straight away"),
    ("A couple arguing in a film", "Writing it down here"),
    ("A message arrived late at night", "The breathing exercise from therapy"),
];

/// How many days back each kind of sample begins.
const WINS_BACK: u64 = 70;
const TRIGGERS_BACK: u64 = 180;
const MILESTONES_BACK: u64 = 200;
const FIRST_AGREEMENT_BACK: u64 = 160;

/// Where the samples of each kind begin; older records stop there.
pub struct Begun {
    pub wins: NaiveDate,
    pub agreements: NaiveDate,
    pub triggers: NaiveDate,
    pub milestones: NaiveDate,
}

/// Writes the half year of records and says where each kind begins.
pub fn write(journal: &mut Journal, today: NaiveDate, course: Course, rng: &mut fastrand::Rng) -> kintsugi_core::Result<Begun> {
    let back = |n: u64| today - Days::new(n);
    wins(journal, today, course, rng)?;
    agreements(journal, today, course, rng)?;
    triggers(journal, today, course, rng)?;
    milestones(journal, today)?;
    Ok(Begun { wins: back(WINS_BACK), agreements: back(FIRST_AGREEMENT_BACK), triggers: back(TRIGGERS_BACK), milestones: back(MILESTONES_BACK) })
}

fn wins(journal: &mut Journal, today: NaiveDate, course: Course, rng: &mut fastrand::Rng) -> kintsugi_core::Result<()> {
    let mut next = 0;
    // The quieter weeks are real too.
    for back in (0..=WINS_BACK).rev() {
        let along = 1.0 - back as f64 / WINS_BACK as f64;
        if rng.f64() > 0.35 + 0.2 * course.at(along) {
            continue;
        }
        let (kind, from, text) = WINS[next % WINS.len()];
        next += 1;
        let day = today - Days::new(back);
        let draft = WinDraft { id: None, day, text: text.into(), kind, from, entry: None };
        journal.save_win(draft, at(day, 20, 10 + (next % 40) as u32))?;
    }
    Ok(())
}

/// Marks sample agreements: now and then a day goes unmarked, and the share kept follows the
/// course.
struct Marker<'a> {
    today: NaiveDate,
    course: Course,
    rng: &'a mut fastrand::Rng,
}

impl Marker<'_> {
    /// Marks the agreement every `every` days from `from` to `to`.
    fn mark(&mut self, journal: &mut Journal, id: RecordId, (from, to): (NaiveDate, NaiveDate), every: u64, kept_share: f64) -> kintsugi_core::Result<()> {
        let mut day = from;
        while day <= to {
            let along = 1.0 - (self.today - day).num_days() as f64 / FIRST_AGREEMENT_BACK as f64;
            if self.rng.f64() <= 0.9 {
                let kept = self.rng.f64() < kept_share * (0.75 + 0.25 * self.course.at(along));
                journal.mark_agreement(id, day, Some(if kept { Keeping::Kept } else { Keeping::Missed }))?;
            }
            day = day + Days::new(every);
        }
        Ok(())
    }
}

fn agreements(journal: &mut Journal, today: NaiveDate, course: Course, rng: &mut fastrand::Rng) -> kintsugi_core::Result<()> {
    let back = |n: u64| today - Days::new(n);
    let yesterday = back(1);
    let mut marker = Marker { today, course, rng };

    let dinner = journal.add_agreement("Phones stay face up on the table at dinner.", Cadence::Daily, Owner::Ours, back(74))?.id;
    marker.mark(journal, dinner, (back(74), yesterday), 1, 0.9)?;
    journal.mark_agreement(dinner, today, Some(Keeping::Kept))?;

    let lunch = journal.add_agreement("A check-in message at lunch, every working day.", Cadence::Daily, Owner::Ours, back(45))?.id;
    marker.mark(journal, lunch, (back(45), yesterday), 1, 0.94)?;
    for n in 1..=8 {
        journal.mark_agreement(lunch, back(n), Some(Keeping::Kept))?;
    }

    let travel = journal.add_agreement("Call when arriving at the hotel on work trips.", Cadence::WhenItComesUp, Owner::Ours, back(120))?.id;
    for n in [110, 96, 71, 52] {
        journal.mark_agreement(travel, back(n), Some(if n == 71 { Keeping::Missed } else { Keeping::Kept }))?;
    }
    journal.renegotiate_agreement(travel, "Share location for the whole of a work trip, and call in the evening.", Cadence::WhenItComesUp, back(38))?;
    for n in [24, 23, 9] {
        journal.mark_agreement(travel, back(n), Some(Keeping::Kept))?;
    }

    let last_sunday = today - Days::new(u64::from(today.weekday().num_days_from_sunday()));
    let sunday_from = last_sunday - Days::new(84);
    let sunday = journal.add_agreement("Sunday evening: an hour to talk about the week, phones away.", Cadence::Weekly, Owner::Ours, sunday_from)?.id;
    marker.mark(journal, sunday, (sunday_from, last_sunday), 7, 0.85)?;

    let retired_on = back(20);
    let passwords = journal.add_agreement("Passwords for email and phone shared with each other.", Cadence::Daily, Owner::Ours, back(FIRST_AGREEMENT_BACK))?.id;
    marker.mark(journal, passwords, (back(FIRST_AGREEMENT_BACK), retired_on - Days::new(1)), 1, 0.97)?;
    journal.retire_agreement(passwords, retired_on)?;
    Ok(())
}

fn triggers(journal: &mut Journal, today: NaiveDate, course: Course, rng: &mut fastrand::Rng) -> kintsugi_core::Result<()> {
    let mut next = 0;
    // Often and hard at first along a healing course, rarer and gentler lately.
    for back in (1..=TRIGGERS_BACK).rev() {
        let eased = course.at(1.0 - back as f64 / TRIGGERS_BACK as f64);
        if rng.f64() > 0.2 - eased * 0.13 {
            continue;
        }
        let day = today - Days::new(back);
        let (what, helped) = TRIGGERS[next % TRIGGERS.len()];
        next += 1;
        let intensity = (4.4 - eased * 2.4 + (rng.f64() - 0.5) * 1.4).round().clamp(1.0, 5.0) as u8;
        let settled_minutes = (rng.f64() < 0.8).then(|| ((150.0 - eased * 115.0) * (0.7 + rng.f64() * 0.6)).round() as u32);
        let helped = if rng.f64() < 0.85 { helped } else { "" };
        let draft = TriggerDraft { id: None, day, what: what.into(), intensity, helped: helped.into(), settled_minutes };
        journal.save_trigger(draft, at(day, 21, 0))?;
    }
    Ok(())
}

fn milestones(journal: &mut Journal, today: NaiveDate) -> kintsugi_core::Result<()> {
    let samples = [
        (MILESTONES_BACK, MilestoneKind::Disclosure, "", "The day everything came out. Writing it down so it has a place, and an end."),
        (186, MilestoneKind::Apology, "A real apology", "No excuses this time. **Heard**, for the first time."),
        (
            172,
            MilestoneKind::CouplesSession,
            "First session with Dr. Okafor",
            "We agreed to come every week for three months.\n\n- Homework: one honest question a day",
        ),
        (151, MilestoneKind::IndividualSession, "My own therapist", ""),
        (118, MilestoneKind::Anniversary, "12 years married", "Quiet dinner. We did not pretend it was easy, and that felt right."),
        (58, MilestoneKind::CouplesSession, "Session 8: triggers", "Learned to name a trigger out loud instead of going silent."),
        (31, MilestoneKind::GroupSession, "", "The support group on Thursdays. Other people, the same story."),
        (9, MilestoneKind::Custom, "First weekend away together", "The coast. Phones in the drawer, and it was fine."),
    ];
    for (back, kind, title, note) in samples {
        let day = today - Days::new(back);
        let draft = MilestoneDraft { id: None, day, kind, title: title.into(), note: note.into() };
        journal.save_milestone(draft, at(day, 22, 0))?;
    }
    Ok(())
}
