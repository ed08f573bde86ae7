//! The preview's entries: ten believable ones, repeated. The first few fall on the days "On
//! this day" looks for; a large count fills most days of the years before today, with trust that
//! follows the scene's course.

use chrono::{Days, Months, NaiveDate};
use kintsugi_core::{EntryDraft, Journal};

use crate::{at, Course};

struct Sample {
    title: &'static str,
    text: &'static str,
    feelings: &'static [&'static str],
    tags: &'static [&'static str],
}

const SAMPLES: [Sample; 10] = [
    Sample {
        title: "Listening, not preparing",
        text: "We talked for an hour after dinner without either of us raising our voice. I noticed I was listening instead of preparing my answer.",
        feelings: &["hopeful", "calm"],
        tags: &["communication"],
    },
    Sample {
        title: "Therapy: an ordinary Tuesday",
        text: "Therapy today. Dr. Okafor asked what safety would look like on an ordinary Tuesday. I said: not having to wonder where you are.\n\nI want to remember that answer.",
        feelings: &["hopeful", "anxious"],
        tags: &["therapy"],
    },
    Sample {
        title: "",
        text: "A hard day. The song in the shop brought it all back and I went quiet for the whole drive home. Wrote this instead of sending the message I had drafted.",
        feelings: &["hurt", "sad"],
        tags: &["trigger"],
    },
    Sample {
        title: "The phone",
        text: "He showed me his phone before I asked. Small thing. It mattered.",
        feelings: &["grateful"],
        tags: &["transparency"],
    },
    Sample {
        title: "First walk in weeks",
        text: "First walk together in weeks. Grateful for the cold air and for the silence that did not feel heavy.",
        feelings: &["grateful", "connected"],
        tags: &["Walks"],
    },
    Sample {
        title: "",
        text: "Read the letter again. Still angry, but the anger is smaller than it was in the spring.",
        feelings: &["angry", "resentful"],
        tags: &[],
    },
    Sample {
        title: "Date night, sort of",
        text: "Cooked together and burned the rice. We laughed, properly, for the first time in a long while. It felt like us.",
        feelings: &["connected", "hopeful"],
        tags: &["date night"],
    },
    Sample {
        title: "Couldn’t sleep",
        text: "Awake at three, replaying the messages. Breathed the way the group taught us and wrote until it slowed down.",
        feelings: &["anxious", "numb"],
        tags: &["trigger", "support group"],
    },
    Sample {
        title: "He apologised again",
        text: "Not the rehearsed apology this time. He named what it did to me, and he did not ask me to be over it.",
        feelings: &["confused", "hopeful"],
        tags: &["responsibility", "therapy"],
    },
    Sample {
        title: "",
        text: "Quiet Sunday. Coffee, the crossword, his parents on the phone. Nothing happened, and that is the point.",
        feelings: &["calm"],
        tags: &["family"],
    },
];

/// The days the first entries fall on: recent ones, then a month, a year and two years back.
fn first_days(today: NaiveDate) -> [NaiveDate; 6] {
    let days_back = |n| today - Days::new(n);
    let months_back = |n| today - Months::new(n);
    [days_back(1), days_back(3), months_back(1), months_back(12), days_back(8), months_back(24)]
}

/// Writes `count` entries and returns their days, earliest first.
pub fn write(journal: &mut Journal, count: usize, today: NaiveDate, course: Course, rng: &mut fastrand::Rng) -> kintsugi_core::Result<Vec<NaiveDate>> {
    let first = first_days(today);
    // Early on trust is low and unsteady; along the course it settles.
    let span = (count as f64 * 1.2).max(60.0);
    let mut back = 2;
    let mut days = Vec::with_capacity(count);
    for i in 0..count {
        let day = match first.get(i) {
            Some(day) => *day,
            None => {
                back += if rng.f64() < 0.8 { 1 } else { 2 };
                today - Days::new(back)
            }
        };
        let along = 1.0 - ((today - day).num_days() as f64 / span).min(1.0);
        let trust = (rng.f64() >= 0.15).then(|| (2.0 + course.at(along) * 6.0 + (rng.f64() - 0.5) * 4.0).round().clamp(1.0, 10.0) as u8);
        let sample = &SAMPLES[i % SAMPLES.len()];
        let draft = EntryDraft::new(day, sample.text)
            .with_title(sample.title)
            .with_feelings(sample.feelings.iter().copied())
            .with_trust(trust)
            .with_tags(sample.tags.iter().copied())
            .with_star(i == 1 || i == 3 || rng.f64() < 0.07);
        journal.save_entry(draft, at(day, 21, 10 + (i % 50) as u32))?;
        days.push(day);
    }
    days.sort();
    Ok(days)
}
