//! Writes the scenes of the interface's browser preview (`npm run preview:mock` in `ui/`):
//! journals built through this crate's public API, and the core's answer to every command the
//! interface asks of each, one JSON file per scene. The preview only serves these answers, so
//! what it draws is what the app would draw, with no second copy of the rules in TypeScript.
//!
//! ```sh
//! cargo run -p kintsugi-core --example preview_scenes -- ui/dist/mock/scenes
//! ```
//!
//! The scenes live on one fixed day, so they come out the same on every run but for the
//! records' random ids.

mod answers;
mod entries;
mod history;
mod records;

use std::error::Error;
use std::path::PathBuf;

use chrono::{DateTime, FixedOffset, NaiveDate, NaiveTime};
use kintsugi_core::{EntryDraft, Journal, Passphrase};

use answers::Reach;

/// The day the preview lives on: a Thursday, far from a month's end.
const TODAY: &str = "2026-11-19";

/// The preview's clock: midday in UTC, so the day is the same in nearly every time zone.
const NOW: &str = "2026-11-19T12:00:00+00:00";

/// How the work goes over the scene's months.
#[derive(Clone, Copy)]
pub enum Course {
    /// Slowly easier, as it is for people who keep at the work.
    Healing,
    /// Harder lately: the last month reads worse than the first.
    Harder,
}

impl Course {
    /// How it is going `along` the way (0 at the start, 1 today): from 0 (hard) to 1 (easier).
    pub fn at(self, along: f64) -> f64 {
        match self {
            Course::Healing => along,
            Course::Harder => 1.0 - along,
        }
    }
}

/// One journal the preview can open.
struct Scene {
    /// Its file name, and the name the preview asks for.
    name: &'static str,
    entries: usize,
    /// Half a year of wins, agreements, triggers and milestones; older ones too when the
    /// entries reach back further.
    records: bool,
    course: Course,
    reach: Reach,
}

const SCENES: [Scene; 5] = [
    Scene { name: "new", entries: 0, records: false, course: Course::Healing, reach: Reach::Everything },
    Scene { name: "journal", entries: 5, records: true, course: Course::Healing, reach: Reach::Everything },
    Scene { name: "words-only", entries: 5, records: false, course: Course::Healing, reach: Reach::Everything },
    Scene { name: "harder", entries: 5, records: true, course: Course::Harder, reach: Reach::Everything },
    Scene { name: "ten-years", entries: 3650, records: true, course: Course::Healing, reach: Reach::RecentDays },
];

/// A moment on `day` at `hour:minute`, an hour east of UTC, as the samples were written.
pub fn at(day: NaiveDate, hour: u32, minute: u32) -> DateTime<FixedOffset> {
    let east = FixedOffset::east_opt(3600).expect("an hour east is an offset");
    day.and_time(NaiveTime::from_hms_opt(hour, minute, 0).expect("a time of day")).and_local_timezone(east).unwrap()
}

fn main() -> Result<(), Box<dyn Error>> {
    let out = PathBuf::from(std::env::args_os().nth(1).ok_or("Name the folder to write the scenes into.")?);
    std::fs::create_dir_all(&out)?;
    let today: NaiveDate = TODAY.parse()?;
    let now = DateTime::parse_from_rfc3339(NOW)?;
    for scene in &SCENES {
        let vault = tempfile::tempdir()?;
        let (mut journal, _) = Journal::create(vault.path(), &Passphrase::new("preview, not secret".into()))?;
        let mut rng = fastrand::Rng::with_seed(7);
        let days = entries::write(&mut journal, scene.entries, today, scene.course, &mut rng)?;
        if scene.records {
            let begun = records::write(&mut journal, today, scene.course, &mut rng)?;
            history::write(&mut journal, &days, &begun, scene.course, &mut rng)?;
        }
        let scene_answers = answers::ask(&mut journal, today, now, scene.reach, crash_draft(today))?;
        journal.lock()?;
        let file = out.join(format!("{}.json", scene.name));
        std::fs::write(&file, serde_json::to_string(&scene_answers)?)?;
        eprintln!("{}: {} kB", file.display(), std::fs::metadata(&file)?.len() / 1024);
    }
    Ok(())
}

/// What the editor held when the app was closed without saving, for the offer to restore it.
fn crash_draft(today: NaiveDate) -> EntryDraft {
    EntryDraft::new(
        today,
        "We sat in the car for a while before either of us could drive. I told him the part I had never said out loud, \
         and he did not look away.\n\nI want to write down what happened next before",
    )
    .with_title("After the session")
    .with_feelings(["hopeful", "anxious"])
    .with_trust(Some(5))
    .with_tags(["therapy"])
}
