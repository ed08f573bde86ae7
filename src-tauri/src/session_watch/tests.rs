//! The watcher against a stand-in for logind on a private bus of its own (a real dbus-daemon),
//! so the signals, the session lookup and the sleep inhibitor travel as they would on a
//! desktop.

use std::io::Read;
use std::process::{Child, Command, Stdio};
use std::sync::mpsc::{self, Receiver, Sender};
use std::time::Duration;

use kintsugi_core::{Journal, Passphrase};
use zbus::blocking::connection::Builder;

use super::*;
use crate::clock::Clock;
use crate::state::AppState;
use crate::{auto_lock, backups, locking};

const SESSION_PATH: &str = "/org/freedesktop/login1/session/_31";
const PATIENCE: Duration = Duration::from_secs(20);

/// A dbus-daemon of the test's own, stopped when dropped.
struct PrivateBus {
    daemon: Child,
    address: String,
}

impl PrivateBus {
    fn start() -> Self {
        let mut daemon = Command::new("dbus-daemon")
            .args(["--session", "--nofork", "--print-address=1"])
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("dbus-daemon runs (Debian's dbus-daemon package)");
        let mut address = String::new();
        let mut stdout = daemon.stdout.take().unwrap();
        let mut byte = [0u8];
        while stdout.read(&mut byte).unwrap() == 1 && byte[0] != b'\n' {
            address.push(byte[0] as char);
        }
        Self { daemon, address }
    }

    fn connect(&self) -> Connection {
        Builder::address(self.address.as_str()).unwrap().build().unwrap()
    }
}

impl Drop for PrivateBus {
    fn drop(&mut self) {
        let _ = self.daemon.kill();
        let _ = self.daemon.wait();
    }
}

/// logind's manager, as far as the watcher uses it. Each inhibitor is one end of a pipe whose
/// other end goes to the test, which sees it close when the inhibitor is let go.
struct StandInManager {
    inhibitors: Mutex<Sender<std::io::PipeReader>>,
}

#[zbus::interface(name = "org.freedesktop.login1.Manager")]
impl StandInManager {
    fn inhibit(&self, what: &str, _who: &str, _why: &str, mode: &str) -> zbus::fdo::Result<OwnedFd> {
        assert_eq!((what, mode), ("sleep", "delay"));
        let (reader, writer) = std::io::pipe().map_err(|e| zbus::fdo::Error::Failed(e.to_string()))?;
        crate::state::held(&self.inhibitors).send(reader).unwrap();
        Ok(std::os::fd::OwnedFd::from(writer).into())
    }

    fn get_session(&self, id: &str) -> OwnedObjectPath {
        assert_eq!(id, "auto");
        OwnedObjectPath::try_from(SESSION_PATH).unwrap()
    }
}

struct StandInSession;

#[zbus::interface(name = "org.freedesktop.login1.Session")]
impl StandInSession {
    #[zbus(property)]
    fn locked_hint(&self) -> bool {
        false
    }
}

struct Logind {
    bus: Connection,
    inhibitors: Receiver<std::io::PipeReader>,
}

impl Logind {
    fn serve(on: &PrivateBus) -> Self {
        let (sender, inhibitors) = mpsc::channel();
        let bus = on.connect();
        bus.object_server().at(MANAGER_PATH, StandInManager { inhibitors: Mutex::new(sender) }).unwrap();
        bus.object_server().at(SESSION_PATH, StandInSession).unwrap();
        bus.request_name(LOGIND).unwrap();
        Self { bus, inhibitors }
    }

    fn announce_sleep(&self, start: bool) {
        self.bus.emit_signal(None::<()>, MANAGER_PATH, MANAGER, "PrepareForSleep", &(start,)).unwrap();
    }

    fn next_inhibitor(&self) -> std::io::PipeReader {
        self.inhibitors.recv_timeout(PATIENCE).expect("a sleep inhibitor taken")
    }
}

/// Blocks until every copy of the inhibitor's other end is closed.
fn wait_until_let_go(mut inhibitor: std::io::PipeReader) {
    let (done, closed) = mpsc::channel();
    std::thread::spawn(move || {
        let _ = inhibitor.read_to_end(&mut Vec::new());
        let _ = done.send(());
    });
    closed.recv_timeout(PATIENCE).expect("the inhibitor let go");
}

fn watching(bus: &PrivateBus) -> (Connection, Receiver<LockReason>) {
    let (sender, locks) = mpsc::channel();
    let sender = Mutex::new(sender);
    let app_bus = bus.connect();
    watch(&app_bus, move |reason| crate::state::held(&sender).send(reason).unwrap()).unwrap();
    (app_bus, locks)
}

#[test]
fn sleep_waits_until_the_journal_is_locked_and_is_held_off_again_after_waking() {
    let bus = PrivateBus::start();
    let logind = Logind::serve(&bus);
    let (_app_bus, locks) = watching(&bus);
    let inhibitor = logind.next_inhibitor();

    logind.announce_sleep(true);
    wait_until_let_go(inhibitor);
    // Locked before sleep was let go, not merely afterwards.
    assert_eq!(locks.try_recv(), Ok(LockReason::Sleep));

    logind.announce_sleep(false);
    let inhibitor = logind.next_inhibitor();
    logind.announce_sleep(true);
    wait_until_let_go(inhibitor);
    assert_eq!(locks.try_recv(), Ok(LockReason::Sleep));
}

/// A journal open in the app's state, and the folder its backups go to, with the clock held.
struct OpenJournal {
    state: Arc<AppState>,
    home: tempfile::TempDir,
    backups: tempfile::TempDir,
}

const PASSPHRASE: &str = "mended with gold, slowly";

impl OpenJournal {
    fn at(instant: &str) -> Self {
        let home = tempfile::tempdir().unwrap();
        let clock = Clock::default();
        clock.hold(Some(instant)).unwrap();
        let state = Arc::new(AppState::new(home.path().to_path_buf(), clock));
        let (journal, _) = Journal::create(home.path(), &Passphrase::new(PASSPHRASE.into())).unwrap();
        state.set_unlocked(journal);
        Self { state, home, backups: tempfile::tempdir().unwrap() }
    }

    fn unlock(&self) {
        self.state.set_unlocked(Journal::unlock(self.home.path(), &Passphrase::new(PASSPHRASE.into())).unwrap());
    }

    /// When the newest backup was written, by the app's clock: read from the names in the
    /// journal's own folder inside the chosen one, so that it holds whether or not the journal
    /// is open.
    fn latest_backup(&self) -> Option<chrono::NaiveDateTime> {
        let own_folders = std::fs::read_dir(self.backups.path()).unwrap().map(|folder| folder.unwrap().path()).filter(|path| path.is_dir());
        own_folders
            .flat_map(|folder| std::fs::read_dir(folder).unwrap().map(|file| file.unwrap().file_name().to_string_lossy().into_owned()))
            .filter_map(|name| chrono::NaiveDateTime::parse_from_str(name.strip_prefix("kintsugi-backup-")?.strip_suffix(".age")?, "%Y-%m-%dT%H%M%S").ok())
            .max()
    }

    fn back_up_if_due(&self, when: backups::When) {
        backups::back_up_when_due(&self.state, when, Some(self.backups.path())).unwrap();
    }

    fn now(&self) -> Option<chrono::NaiveDateTime> {
        Some(self.state.clock.now().naive_local())
    }
}

/// A backup that does not finish, as into a network folder that stopped answering.
fn stalled_backup(_: &AppState) {
    std::thread::sleep(Duration::from_secs(600));
}

/// The app's lock for `reason`: the page is asked and locks (with the backup that goes with a
/// lock, here one that never finishes), or it is locked under the page.
fn lock_with_stalled_backup(state: &Arc<AppState>, reason: LockReason) {
    let page = Arc::clone(state);
    let ask_page = move || {
        std::thread::spawn(move || drop(locking::lock_journal(&page, stalled_backup)));
    };
    auto_lock::lock_asking_the_page(state, reason, ask_page, |state| drop(locking::lock_journal(state, stalled_backup)));
}

#[test]
fn sleep_waits_for_the_lock_but_not_for_a_backup_which_follows_the_next_unlock() {
    let journal = OpenJournal::at("2027-01-05T21:00:00+00:00");
    journal.back_up_if_due(backups::When::Now);
    let bus = PrivateBus::start();
    let logind = Logind::serve(&bus);
    let app_bus = bus.connect();
    let state = Arc::clone(&journal.state);
    watch(&app_bus, move |reason| lock_with_stalled_backup(&state, reason)).unwrap();
    let inhibitor = logind.next_inhibitor();

    logind.announce_sleep(true);
    wait_until_let_go(inhibitor);
    assert!(!journal.state.is_unlocked(), "locked before sleep was let go");

    // Waking later the same day: today's backup was written before what came since.
    logind.announce_sleep(false);
    journal.state.clock.hold(Some("2027-01-05T23:30:00+00:00")).unwrap();
    journal.unlock();
    journal.back_up_if_due(backups::When::AfterUnlock);
    assert_eq!(journal.latest_backup(), journal.now(), "the backup put off for sleep");

    // It was owed once: the next unlock that day writes none, as before.
    journal.state.lock();
    journal.state.clock.hold(Some("2027-01-05T23:45:00+00:00")).unwrap();
    journal.unlock();
    journal.back_up_if_due(backups::When::AfterUnlock);
    assert!(journal.latest_backup() < journal.now());

    // A lock that is not for sleep still writes its backup first.
    locking::lock_journal(&journal.state, |_| journal.back_up_if_due(backups::When::Now));
    assert!(!journal.state.is_unlocked());
    assert_eq!(journal.latest_backup(), journal.now());
}

#[test]
fn the_screen_locking_locks_the_journal_whichever_way_the_desktop_says_it() {
    let bus = PrivateBus::start();
    let logind = Logind::serve(&bus);
    let (_app_bus, locks) = watching(&bus);
    logind.next_inhibitor();

    logind.bus.emit_signal(None::<()>, SESSION_PATH, SESSION, "Lock", &()).unwrap();
    assert_eq!(locks.recv_timeout(PATIENCE), Ok(LockReason::ScreenLocked));

    let changed: HashMap<&str, Value<'_>> = HashMap::from([("LockedHint", Value::from(true))]);
    logind.bus.emit_signal(None::<()>, SESSION_PATH, PROPERTIES, "PropertiesChanged", &(SESSION, changed, Vec::<&str>::new())).unwrap();
    assert_eq!(locks.recv_timeout(PATIENCE), Ok(LockReason::ScreenLocked));
}

#[test]
fn without_logind_nothing_is_watched_and_nothing_breaks() {
    let bus = PrivateBus::start();
    let app_bus = bus.connect();
    assert!(watch(&app_bus, |_| panic!("nothing to lock for")).is_err());
}
