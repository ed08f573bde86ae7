//! Locking when nobody is there: after the idle time, when the session's screen locks, before
//! the computer sleeps, and when the window is minimised if the person asked for that.
//!
//! The deadline is kept here rather than in the page, so that every unlocked screen is covered
//! (the recovery key's too) and a page that hangs cannot hold the journal open. The page is
//! asked first, because only it can keep what is being typed as the encrypted draft; if it has
//! not locked within a moment, the journal is locked under it.

use std::sync::Mutex;
use std::time::{Duration, Instant};

use chrono::{DateTime, FixedOffset};
use serde::Serialize;
use tauri::{AppHandle, Emitter, Manager, Runtime, State};
use ts_rs::TS;

use crate::clock::Clock;
use crate::locking;
use crate::settings;
use crate::state::{held, AppState};

/// The event that asks the page to keep its words and lock; it carries a [`LockReason`].
pub const LOCK_REQUESTED: &str = "lock-requested";

/// How long the page has to keep what is being typed and lock by itself. Keeping a draft takes
/// milliseconds; this only matters when the page is stuck.
const PAGE_GRACE: Duration = Duration::from_secs(3);

/// How often the idle deadline is checked.
const TICK: Duration = Duration::from_secs(1);

/// Why the journal is being locked without anyone pressing Lock.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum LockReason {
    /// Nobody touched the keyboard or pointer for the auto-lock time.
    Idle,
    /// The session's screen locked.
    ScreenLocked,
    /// The computer is going to sleep.
    Sleep,
    /// The window was minimised, and the person asked to lock then.
    Minimised,
}

/// The last sign of a person at the keyboard or pointer, on two clocks: the monotonic one,
/// which a change of the system time cannot move, and the app's, which jumps forward over a
/// suspend (and which tests can move).
#[derive(Debug)]
pub struct Activity {
    last: Mutex<(Instant, DateTime<FixedOffset>)>,
}

impl Activity {
    pub fn new(clock: &Clock) -> Self {
        Self { last: Mutex::new((Instant::now(), clock.now())) }
    }

    /// Someone is here: the idle time starts again.
    pub fn touch(&self, clock: &Clock) {
        *held(&self.last) = (Instant::now(), clock.now());
    }

    /// Someone was here at `at` by the app's clock. A report can trail its activity by a few
    /// seconds, and a suspend (or a test) may move the clock meanwhile: the idle time counts
    /// from when the person acted, never from a moment later than now.
    pub fn touch_at(&self, clock: &Clock, at: DateTime<FixedOffset>) {
        *held(&self.last) = (Instant::now(), at.min(clock.now()));
    }

    /// How long nobody has been here: the longer of the two clocks' readings.
    pub fn idle_for(&self, clock: &Clock) -> Duration {
        let (instant, at) = *held(&self.last);
        let by_app_clock = (clock.now() - at).to_std().unwrap_or_default();
        instant.elapsed().max(by_app_clock)
    }
}

/// The page reports a person's keyboard or pointer activity, at most every few seconds, with
/// when by the app's clock it last saw some.
#[tauri::command]
pub fn still_here(state: State<'_, AppState>, at: DateTime<FixedOffset>) {
    state.activity.touch_at(&state.clock, at);
}

/// Checks the idle deadline every second for as long as the app runs.
pub fn watch_idle<R: Runtime>(app: &AppHandle<R>) {
    let app = app.clone();
    std::thread::spawn(move || loop {
        std::thread::sleep(TICK);
        let state = app.state::<AppState>();
        if !state.is_unlocked() {
            continue;
        }
        let minutes =
            settings::load(&app, &state).map(|settings| settings.auto_lock_minutes).unwrap_or_else(|_| kintsugi_core::Settings::default().auto_lock_minutes);
        if state.activity.idle_for(&state.clock) >= Duration::from_secs(u64::from(minutes) * 60) {
            lock_for(&app, LockReason::Idle);
        }
    });
}

/// Locks the journal, if it is open: asks the page first, then locks under it if it has not
/// within [`PAGE_GRACE`]. Blocks until the journal is locked, so a caller holding off sleep can
/// let it go afterwards.
pub fn lock_for<R: Runtime>(app: &AppHandle<R>, reason: LockReason) {
    let state = app.state::<AppState>();
    let ask_page = || {
        let _ = app.emit(LOCK_REQUESTED, reason);
    };
    if lock_asking_the_page(&state, reason, ask_page, |state| drop(locking::lock(app, state))) {
        // Whatever the stuck page showed leaves the screen with it; it starts again, locked.
        if let Some(window) = app.get_webview_window("main") {
            let _ = window.reload();
        }
    }
}

/// [`lock_for`] apart from the window: asks the page through `ask_page`, and locks under it
/// through `lock` if the journal is still open after [`PAGE_GRACE`]. Returns whether it had to.
pub(crate) fn lock_asking_the_page(state: &AppState, reason: LockReason, ask_page: impl FnOnce(), lock: impl FnOnce(&AppState)) -> bool {
    if !state.is_unlocked() {
        return false;
    }
    // Whoever locks, the page or this, puts the backup off: writing it could outlast the few
    // seconds logind waits, and the journal must be locked before the computer sleeps.
    let _sleep = (reason == LockReason::Sleep).then(|| state.put_off.sleep_near());
    ask_page();
    let deadline = Instant::now() + PAGE_GRACE;
    while Instant::now() < deadline {
        if !state.is_unlocked() {
            return false;
        }
        std::thread::sleep(Duration::from_millis(25));
    }
    lock(state);
    true
}

/// Locks when logind says the screen locked or the computer is about to sleep. Connecting runs
/// off the main thread; without a system bus or logind there is nothing to watch.
#[cfg(target_os = "linux")]
pub fn watch_session<R: Runtime>(app: &AppHandle<R>) {
    let app = app.clone();
    std::thread::spawn(move || {
        let watched = zbus::blocking::Connection::system().and_then(|bus| crate::session_watch::watch(&bus, move |reason| lock_for(&app, reason)));
        if let Err(error) = watched {
            eprintln!("Kintsugi will not lock on screen lock or sleep here: logind could not be reached ({error}).");
        }
    });
}

/// Locks when the window is minimised, if the person asked for that in Settings.
pub fn on_window_event<R: Runtime>(window: &tauri::Window<R>, event: &tauri::WindowEvent) {
    if !matches!(event, tauri::WindowEvent::Resized(_)) || !window.is_minimized().unwrap_or(false) {
        return;
    }
    let app = window.app_handle().clone();
    let state = app.state::<AppState>();
    let wanted = settings::load(&app, &state).is_ok_and(|settings| settings.lock_when_minimised);
    if wanted && state.is_unlocked() {
        std::thread::spawn(move || lock_for(&app, LockReason::Minimised));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn idle_time_follows_the_app_clock_forward_but_never_backward() {
        let clock = Clock::default();
        clock.hold(Some("2027-01-05T21:00:00+00:00")).unwrap();
        let activity = Activity::new(&clock);
        assert!(activity.idle_for(&clock) < Duration::from_secs(5));

        // A suspend, or a test, moves the clock on: that time counts as idle.
        clock.hold(Some("2027-01-05T21:06:00+00:00")).unwrap();
        assert!(activity.idle_for(&clock) >= Duration::from_secs(360));

        // Someone is back.
        activity.touch(&clock);
        assert!(activity.idle_for(&clock) < Duration::from_secs(5));

        // Setting the clock back does not make the journal stay open longer than the
        // monotonic clock says it has been left.
        clock.hold(Some("2027-01-05T20:00:00+00:00")).unwrap();
        assert!(activity.idle_for(&clock) < Duration::from_secs(5));
    }

    #[test]
    fn a_report_that_trails_a_clock_move_counts_from_when_the_person_acted() {
        let clock = Clock::default();
        clock.hold(Some("2027-01-05T21:00:00+00:00")).unwrap();
        let activity = Activity::new(&clock);
        let acted = DateTime::parse_from_rfc3339("2027-01-05T21:00:05+00:00").unwrap();
        clock.hold(Some("2027-01-05T21:06:00+00:00")).unwrap();
        activity.touch_at(&clock, acted);
        assert!(activity.idle_for(&clock) >= Duration::from_secs(355), "the move still counts as idle");

        // A time ahead of the clock counts as now, never as later.
        activity.touch_at(&clock, DateTime::parse_from_rfc3339("2027-01-05T23:00:00+00:00").unwrap());
        clock.hold(Some("2027-01-05T21:12:00+00:00")).unwrap();
        assert!(activity.idle_for(&clock) >= Duration::from_secs(360));
    }
}
