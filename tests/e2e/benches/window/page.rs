//! The page's own timings (ui/src/perf/marks.ts): each wait is a `performance.measure` from the
//! latest mark of the moment that starts it to the first frame that shows its result.

use std::time::{Duration, Instant};

use kintsugi_e2e::App;

/// How long a result may take before the bench gives up on the round.
const PATIENCE: Duration = Duration::from_secs(30);

/// A wait as the page names it, and the moment it runs from.
#[derive(Clone, Copy)]
pub struct Wait {
    pub name: &'static str,
    pub since: &'static str,
}

pub const UNLOCK_TODAY: Wait = Wait { name: "unlock-today", since: "unlock-pressed" };
pub const UNLOCK_ENTRIES: Wait = Wait { name: "unlock-entries", since: "unlock-pressed" };
pub const SAVE_STATUS: Wait = Wait { name: "save-status", since: "entry-typed" };
pub const SAVE_ENTRIES: Wait = Wait { name: "save-entries", since: "entry-typed" };
pub const SEARCH: Wait = Wait { name: "search", since: "search-typed" };
pub const JOURNAL_CALENDAR: Wait = Wait { name: "journal-calendar", since: "journal-chosen" };
pub const TIMELINE_SHOWN: Wait = Wait { name: "timeline-shown", since: "timeline-chosen" };
pub const ZOOM_SHOWN: Wait = Wait { name: "zoom-shown", since: "zoom-chosen" };

/// The autosave sending the last change, as a moment on the page's clock.
pub const ENTRY_SENT: &str = "entry-sent";

/// One wait, on the page's clock, in milliseconds.
#[derive(Clone, Copy)]
pub struct Span {
    pub start: f64,
    pub end: f64,
}

impl Span {
    pub fn millis(self) -> f64 {
        self.end - self.start
    }
}

/// Drops the page's earlier measures of these waits, so only what comes next is read.
pub async fn forget(app: &App, waits: &[Wait]) {
    let names: Vec<&str> = waits.iter().map(|wait| wait.name).collect();
    app.client.execute("for (const name of arguments[0]) performance.clearMeasures(name);", vec![names.into()]).await.expect("clearing the page's measures");
}

/// Waits until the page has measured `wait` from the latest mark of its moment.
pub async fn measured(app: &App, wait: Wait) -> Span {
    let deadline = Instant::now() + PATIENCE;
    loop {
        let found = app
            .client
            .execute(
                "const [name, since] = arguments;
                 const mark = performance.getEntriesByName(since, 'mark').at(-1);
                 const measure = performance.getEntriesByName(name, 'measure').at(-1);
                 return mark && measure && measure.startTime === mark.startTime
                   ? [measure.startTime, measure.startTime + measure.duration]
                   : null;",
                vec![wait.name.into(), wait.since.into()],
            )
            .await
            .expect("reading the page's measures");
        if let Some([start, end]) = serde_json::from_value::<Option<[f64; 2]>>(found).unwrap() {
            return Span { start, end };
        }
        assert!(Instant::now() < deadline, "the page never measured {}", wait.name);
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

/// When the latest `moment` happened, on the page's clock.
pub async fn moment(app: &App, moment: &str) -> f64 {
    let at = app
        .client
        .execute("return performance.getEntriesByName(arguments[0], 'mark').at(-1)?.startTime ?? null;", vec![moment.into()])
        .await
        .expect("reading the page's marks");
    at.as_f64().unwrap_or_else(|| panic!("the page has no mark {moment}"))
}
