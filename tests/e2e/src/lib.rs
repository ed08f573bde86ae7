//! Drives the real Kintsugi window: the built app under `tauri-driver` and WebKitWebDriver, in
//! an Xvfb display of its own when there is none. Each [`Profile`] is a fresh set of
//! directories (data, XDG and temp) so a test sees exactly what the app wrote.

use std::io::{BufRead, BufReader};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use chrono::{DateTime, NaiveDate};
use fantoccini::elements::Element;
use fantoccini::{Client, ClientBuilder, Locator};
use nix::sys::signal::{killpg, Signal};
use nix::unistd::Pid;

/// How long to wait for something to appear before failing.
const PATIENCE: Duration = Duration::from_secs(20);

/// The directories one person's app uses, kept across app restarts, and the moment its
/// clock is held at.
pub struct Profile {
    root: tempfile::TempDir,
    clock: Option<Moment>,
}

/// An instant for the app's clock, and the time zone the app sees it from, so a test never
/// depends on when it happens to run.
#[derive(Clone, Copy, Debug)]
pub struct Moment {
    /// RFC 3339, written with the zone's own offset at that instant.
    pub instant: &'static str,
    /// An IANA time zone name, given to the app as `TZ`.
    pub time_zone: &'static str,
}

impl Moment {
    /// The day it is at that instant in that zone.
    pub fn day(&self) -> NaiveDate {
        DateTime::parse_from_rfc3339(self.instant).expect("an RFC 3339 instant").date_naive()
    }
}

impl Profile {
    /// Fresh, empty directories, with the app following the system clock.
    pub fn new() -> Self {
        let root = tempfile::Builder::new().prefix("kintsugi-e2e-").tempdir().expect("a temporary directory");
        for dir in ["data", "xdg-data", "xdg-cache", "xdg-config", "tmp"] {
            std::fs::create_dir_all(root.path().join(dir)).unwrap();
        }
        Self { root, clock: None }
    }

    /// Fresh, empty directories, with the app's clock held at `moment`.
    pub fn at(moment: Moment) -> Self {
        Self { clock: Some(moment), ..Self::new() }
    }

    /// The day the app's clock starts on.
    pub fn today(&self) -> NaiveDate {
        self.clock.expect("a profile with its clock held").day()
    }

    /// The app's data directory (`KINTSUGI_DATA_DIR`).
    pub fn data_dir(&self) -> PathBuf {
        self.root.path().join("data")
    }

    /// Every directory the app may write to.
    pub fn root(&self) -> &Path {
        self.root.path()
    }

    fn environment(&self) -> Vec<(&'static str, PathBuf)> {
        let dir = |name: &str| self.root.path().join(name);
        let mut variables = vec![
            ("KINTSUGI_DATA_DIR", dir("data")),
            ("XDG_DATA_HOME", dir("xdg-data")),
            ("XDG_CACHE_HOME", dir("xdg-cache")),
            ("XDG_CONFIG_HOME", dir("xdg-config")),
            ("TMPDIR", dir("tmp")),
        ];
        if let Some(moment) = self.clock {
            variables.push(("KINTSUGI_NOW", moment.instant.into()));
            variables.push(("TZ", moment.time_zone.into()));
        }
        variables
    }
}

impl Default for Profile {
    fn default() -> Self {
        Self::new()
    }
}

/// A child process started in its own process group, so that everything it starts
/// (tauri-driver starts WebKitWebDriver, which starts the app) ends with it.
struct ProcessGroup(Child);

impl ProcessGroup {
    fn spawn(command: &mut Command) -> Self {
        use std::os::unix::process::CommandExt;
        let program = command.get_program().to_string_lossy().into_owned();
        let child = command.process_group(0).spawn().unwrap_or_else(|e| panic!("{program} could not be started ({e}); run .ci/setup to install it"));
        Self(child)
    }
}

impl Drop for ProcessGroup {
    fn drop(&mut self) {
        let group = Pid::from_raw(self.0.id() as i32);
        let _ = killpg(group, Signal::SIGTERM);
        let deadline = Instant::now() + Duration::from_secs(3);
        while Instant::now() < deadline {
            if let Ok(Some(_)) = self.0.try_wait() {
                break;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        let _ = killpg(group, Signal::SIGKILL);
        let _ = self.0.wait();
    }
}

/// An X display for the window: the current one, or a private Xvfb.
struct Display {
    name: String,
    _server: Option<ProcessGroup>,
}

impl Display {
    fn acquire() -> Self {
        if let Some(name) = std::env::var("DISPLAY").ok().filter(|d| !d.is_empty()) {
            return Self { name, _server: None };
        }
        // -displayfd lets Xvfb pick a free display number and tell us which.
        let mut server = ProcessGroup::spawn(
            Command::new("Xvfb").args(["-displayfd", "1", "-screen", "0", "1280x1024x24", "-nolisten", "tcp"]).stdout(Stdio::piped()).stderr(Stdio::null()),
        );
        let mut line = String::new();
        BufReader::new(server.0.stdout.take().unwrap()).read_line(&mut line).unwrap();
        let number = line.trim();
        assert!(!number.is_empty(), "Xvfb did not report a display");
        Self { name: format!(":{number}"), _server: Some(server) }
    }
}

/// The running app, driven over WebDriver.
pub struct App {
    /// The WebDriver session on the app's window.
    pub client: Client,
    driver: ProcessGroup,
    display: Display,
}

/// Two ports free now and distinct: both are held while the second is chosen, or the system
/// could hand out the same one twice and the native driver would find its port taken.
fn two_free_ports() -> (u16, u16) {
    let first = TcpListener::bind("127.0.0.1:0").unwrap();
    let second = TcpListener::bind("127.0.0.1:0").unwrap();
    (first.local_addr().unwrap().port(), second.local_addr().unwrap().port())
}

/// The app binary: `KINTSUGI_APP`, or the debug build in the workspace's target directory.
pub fn app_binary() -> PathBuf {
    let path = std::env::var_os("KINTSUGI_APP").map(PathBuf::from).unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../../target/debug/kintsugi"));
    assert!(
        path.is_file(),
        "{} is missing: build the app first with `npm --prefix ui run build && cargo build --workspace --exclude bare-window --features tauri/custom-protocol --bins --tests`",
        path.display()
    );
    path
}

/// Where screenshots go, to be looked at after a run.
pub fn screenshot_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../target/e2e-screenshots")
}

impl App {
    /// Starts the app on `profile` and waits for its window.
    pub async fn launch(profile: &Profile) -> Self {
        Self::launch_binary(&app_binary(), profile).await
    }

    /// Starts `binary`, any Tauri app, on `profile` and waits for its window.
    pub async fn launch_binary(binary: &Path, profile: &Profile) -> Self {
        let display = Display::acquire();
        let (port, native_port) = two_free_ports();
        let mut command = Command::new("tauri-driver");
        command
            .args(["--port", &port.to_string(), "--native-port", &native_port.to_string()])
            .env("DISPLAY", &display.name)
            // Software rendering: there is no GPU under Xvfb.
            .env("WEBKIT_DISABLE_COMPOSITING_MODE", "1")
            .env("LIBGL_ALWAYS_SOFTWARE", "1")
            .stdout(Stdio::null())
            .stderr(Stdio::null());
        for (name, value) in profile.environment() {
            command.env(name, value);
        }
        let driver = ProcessGroup::spawn(&mut command);
        // tauri-driver starts WebKitWebDriver and then listens itself, without waiting for it:
        // a session asked for before both listen is dropped half-way.
        let deadline = Instant::now() + PATIENCE;
        for (listening, who) in [(port, "tauri-driver"), (native_port, "WebKitWebDriver")] {
            while TcpStream::connect(("127.0.0.1", listening)).is_err() {
                assert!(Instant::now() < deadline, "{who} did not start listening");
                tokio::time::sleep(Duration::from_millis(100)).await;
            }
        }

        let mut capabilities = serde_json::Map::new();
        capabilities.insert("browserName".into(), "wry".into());
        capabilities.insert("tauri:options".into(), serde_json::json!({ "application": binary }));
        let client = ClientBuilder::new(hyper_util::client::legacy::connect::HttpConnector::new())
            .capabilities(capabilities)
            .connect(&format!("http://127.0.0.1:{port}"))
            .await
            .expect("a WebDriver session on the app");
        Self { client, driver, display }
    }

    /// Kills the app the way a crash or a forced quit would: SIGKILL, no chance to save or
    /// lock. The app is found by name in this session's process group; its `/proc` entries that
    /// need more than `stat` are closed to other processes, as it turns core dumps off.
    pub fn kill(self) {
        let group = self.driver.0.id().to_string();
        let mut killed = 0;
        for process in std::fs::read_dir("/proc").unwrap().flatten() {
            let Ok(pid) = process.file_name().to_string_lossy().parse::<i32>() else { continue };
            let Ok(stat) = std::fs::read_to_string(process.path().join("stat")) else { continue };
            // "pid (name) state ppid pgrp …": the name may hold spaces, so read from its end.
            let Some((name_part, rest)) = stat.rsplit_once(')') else { continue };
            let name = name_part.split_once('(').map_or("", |(_, name)| name);
            if name == "kintsugi" && rest.split_whitespace().nth(2) == Some(group.as_str()) {
                nix::sys::signal::kill(Pid::from_raw(pid), Signal::SIGKILL).unwrap();
                killed += 1;
            }
        }
        assert_eq!(killed, 1, "exactly one app process runs in this session");
        drop(self);
    }

    /// First run: chooses `passphrase`, confirms the recovery key by typing back the part
    /// asked for, leaves whose journal it is unsaid, and returns the key once Today is showing.
    /// Screenshots are taken when `shots` is given, named with it as a prefix.
    pub async fn create_journal(&self, passphrase: &str, shots: Option<&str>) -> String {
        self.create_journal_as(passphrase, None, shots).await
    }

    /// [`App::create_journal`], answering "Whose journal is this?" with `role` (`was_hurt`,
    /// `broke_trust` or `unsaid`), or "Not now" with `None`.
    pub async fn create_journal_as(&self, passphrase: &str, role: Option<&str>, shots: Option<&str>) -> String {
        self.type_into("new-passphrase", passphrase).await;
        self.type_into("confirm-passphrase", passphrase).await;
        if let Some(prefix) = shots {
            self.screenshot(&format!("{prefix}-welcome")).await;
        }
        self.click("create-vault").await;
        let recovery_key = self.confirm_recovery_key(shots).await;
        match role {
            Some(role) => {
                self.click(&format!("role-{role}")).await;
                if let Some(prefix) = shots {
                    self.screenshot(&format!("{prefix}-role")).await;
                }
                self.click("role-continue").await;
            }
            None => self.click("role-skip").await,
        }
        self.find("today-heading").await;
        recovery_key
    }

    /// On the recovery-key screen after restoring a journal or giving it new keys: confirms
    /// the key and returns it once Today is showing.
    pub async fn keep_recovery_key(&self, shots: Option<&str>) -> String {
        let recovery_key = self.confirm_recovery_key(shots).await;
        self.find("today-heading").await;
        recovery_key
    }

    /// Reads the key on the recovery-key screen and confirms it by typing back the part asked for.
    async fn confirm_recovery_key(&self, shots: Option<&str>) -> String {
        let key_block = self.find("recovery-key").await;
        let recovery_key = key_block.attr("data-key").await.unwrap().expect("the exact key in data-key");
        assert!(recovery_key.starts_with("AGE-SECRET-KEY-1"), "{recovery_key}");
        if let Some(prefix) = shots {
            self.screenshot(&format!("{prefix}-recovery-key")).await;
        }
        self.click("recovery-saved").await;
        let confirm = self.find("recovery-confirm-input").await;
        let start: usize = confirm.attr("data-start").await.unwrap().unwrap().parse().unwrap();
        let end: usize = confirm.attr("data-end").await.unwrap().unwrap().parse().unwrap();
        confirm.send_keys(&recovery_key[start - 1..end]).await.unwrap();
        if let Some(prefix) = shots {
            self.screenshot(&format!("{prefix}-recovery-confirm")).await;
        }
        self.click("recovery-confirm-submit").await;
        recovery_key
    }

    /// Types the passphrase on the unlock screen and waits for the journal.
    pub async fn unlock(&self, passphrase: &str) {
        self.type_into("unlock-passphrase", passphrase).await;
        self.click("unlock-submit").await;
        self.wait_until_gone("unlock-passphrase").await;
    }

    /// Ends the session and the app, and everything tauri-driver started.
    pub async fn quit(self) {
        let _ = self.client.clone().close().await;
    }

    fn by_test_id(test_id: &str) -> String {
        format!("[data-testid=\"{test_id}\"]")
    }

    /// Waits for the element with `data-testid` = `test_id`.
    /// When it never appears, the window is saved as `failed-<test id>.png` to show why.
    pub async fn find(&self, test_id: &str) -> Element {
        let found = self.client.wait().at_most(PATIENCE).for_element(Locator::Css(&Self::by_test_id(test_id))).await;
        match found {
            Ok(element) => element,
            Err(e) => {
                Box::pin(self.screenshot(&format!("failed-{test_id}"))).await;
                panic!("[data-testid={test_id}] did not appear: {e}")
            }
        }
    }

    /// Every element with that test id now on the page.
    pub async fn find_all(&self, test_id: &str) -> Vec<Element> {
        self.client.find_all(Locator::Css(&Self::by_test_id(test_id))).await.unwrap()
    }

    /// Clicks an element once it is there.
    ///
    /// The element is scrolled to the middle of its scroll area first, as a person would:
    /// WebKitWebDriver does not scroll inner scroll areas and refuses to click what is out
    /// of view.
    pub async fn click(&self, test_id: &str) {
        let element = self.find(test_id).await;
        self.client
            .execute("arguments[0].scrollIntoView({ block: 'center', inline: 'nearest' });", vec![serde_json::to_value(&element).unwrap()])
            .await
            .unwrap_or_else(|e| panic!("scrolling to {test_id}: {e}"));
        element.click().await.unwrap_or_else(|e| panic!("clicking {test_id}: {e:?}"));
    }

    /// Replaces a text field's content as a person would: select all, delete, type. (WebDriver's
    /// own clear sends no input event, so the page would not notice.)
    pub async fn replace_text(&self, test_id: &str, text: &str) {
        let field = self.find(test_id).await;
        field.send_keys("\u{E009}a\u{E000}\u{E003}").await.unwrap_or_else(|e| panic!("clearing {test_id}: {e}"));
        if !text.is_empty() {
            field.send_keys(text).await.unwrap_or_else(|e| panic!("typing into {test_id}: {e}"));
        }
    }

    /// Types into an element once it is there.
    pub async fn type_into(&self, test_id: &str, text: &str) {
        self.find(test_id).await.send_keys(text).await.unwrap_or_else(|e| panic!("typing into {test_id}: {e}"));
    }

    /// Sets a form control's value as a picker would (date inputs have no typing WebDriver
    /// can rely on) and sends the `input` and `change` events the page listens for.
    pub async fn set_value(&self, test_id: &str, value: &str) {
        let element = self.find(test_id).await;
        self.client
            .execute(
                "const [element, value] = arguments;
                 element.value = value;
                 element.dispatchEvent(new Event('input', { bubbles: true }));
                 element.dispatchEvent(new Event('change', { bubbles: true }));",
                vec![serde_json::to_value(&element).unwrap(), value.into()],
            )
            .await
            .unwrap_or_else(|e| panic!("setting {test_id}: {e}"));
    }

    /// Waits until exactly `expected` elements with that test id are on the page.
    pub async fn wait_for_count(&self, test_id: &str, expected: usize) {
        let deadline = Instant::now() + PATIENCE;
        loop {
            let found = self.find_all(test_id).await.len();
            if found == expected {
                return;
            }
            assert!(Instant::now() < deadline, "[data-testid={test_id}]: {found} on the page, expected {expected}");
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// Everything the page shows as text, and what its fields hold.
    pub async fn text_of_page(&self) -> String {
        let script = "const fields = [...document.querySelectorAll('input, textarea')].map((field) => field.value);
                      return [document.body ? document.body.innerText : '', ...fields].join('\\n');";
        match self.client.execute(script, vec![]).await.unwrap() {
            serde_json::Value::String(text) => text,
            other => panic!("the page's text could not be read: {other:?}"),
        }
    }

    /// The page's title, which the window shows in the task bar.
    pub async fn title(&self) -> String {
        self.client.title().await.unwrap()
    }

    /// The element's visible text.
    pub async fn text(&self, test_id: &str) -> String {
        self.find(test_id).await.text().await.unwrap()
    }

    /// Waits until the element's text contains `expected`. The text is the element's whole
    /// content, including what a line clamp or a scroll area hides from view.
    pub async fn wait_for_text(&self, test_id: &str, expected: &str) {
        let deadline = Instant::now() + PATIENCE;
        loop {
            let elements = self.find_all(test_id).await;
            for element in elements {
                let content = element.prop("textContent").await;
                if content.is_ok_and(|t| t.is_some_and(|t| t.contains(expected))) {
                    return;
                }
            }
            assert!(Instant::now() < deadline, "[data-testid={test_id}] never showed {expected:?}");
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// Waits until the element's attribute `name` has the value `expected`.
    pub async fn wait_for_attr(&self, test_id: &str, name: &str, expected: &str) {
        let deadline = Instant::now() + PATIENCE;
        loop {
            let value = match self.client.find(Locator::Css(&Self::by_test_id(test_id))).await {
                Ok(element) => element.attr(name).await.ok().flatten(),
                Err(_) => None,
            };
            if value.as_deref() == Some(expected) {
                return;
            }
            if Instant::now() >= deadline {
                Box::pin(self.screenshot(&format!("failed-{test_id}-{name}"))).await;
                panic!("[data-testid={test_id}] {name} stayed {value:?}, expected {expected:?}");
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// Calls one of the app's commands from the page, as the interface does, and panics with
    /// the app's message if it is refused.
    async fn invoke(&self, command: &str, args: serde_json::Value) {
        self.client
            .execute_async(
                "const [command, args, done] = arguments;
                 window.__TAURI_INTERNALS__.invoke(command, args).then(() => done(null), (e) => done(String(e && e.message || e)));",
                vec![command.into(), args],
            )
            .await
            .map(|refused| assert!(refused.is_null(), "{command} was refused: {refused}"))
            .unwrap_or_else(|e| panic!("calling {command}: {e}"));
    }

    /// Moves the app's clock (a development build's) to `instant`, RFC 3339 in the profile's
    /// time zone. The window hears of it through an event; wait for what it changes.
    pub async fn set_clock(&self, instant: &str) {
        self.invoke("set_clock", serde_json::json!({ "now": instant })).await;
    }

    /// Gives the app's next file choosers these answers, in order, instead of showing them (a
    /// development build's); everything after the choice runs as for a person.
    pub async fn answer_dialogs(&self, paths: &[&Path]) {
        self.invoke("answer_dialogs", serde_json::json!({ "paths": paths })).await;
    }

    /// Waits until `script` returns a string, and returns it.
    pub async fn wait_for_script(&self, script: &str) -> String {
        let deadline = Instant::now() + PATIENCE;
        loop {
            if let serde_json::Value::String(found) = self.client.execute(script, vec![]).await.unwrap() {
                return found;
            }
            assert!(Instant::now() < deadline, "never true: {script}");
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    /// Waits until the element with that test id has the keyboard focus.
    pub async fn wait_for_focus(&self, test_id: &str) {
        let deadline = Instant::now() + PATIENCE;
        let script = "const el = document.activeElement; return !!el && el.getAttribute('data-testid') === arguments[0];";
        while self.client.execute(script, vec![test_id.into()]).await.unwrap() != serde_json::Value::Bool(true) {
            assert!(Instant::now() < deadline, "[data-testid={test_id}] never took the focus");
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// Presses `keys` on the page itself, with nothing focused, as a person does after
    /// clicking an empty part of the window; panics if something holds the focus even so.
    pub async fn press_on_page(&self, keys: &str) {
        let focused = self
            .client
            .execute("document.activeElement && document.activeElement.blur(); return document.activeElement === document.body;", vec![])
            .await
            .unwrap();
        assert_eq!(focused, serde_json::Value::Bool(true), "the page still had an element focused");
        self.client.active_element().await.unwrap().send_keys(keys).await.unwrap();
    }

    /// Waits until nothing with that test id is on the page.
    pub async fn wait_until_gone(&self, test_id: &str) {
        let deadline = Instant::now() + PATIENCE;
        while !self.find_all(test_id).await.is_empty() {
            assert!(Instant::now() < deadline, "[data-testid={test_id}] did not go away");
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// Saves a PNG of the window under `target/e2e-screenshots/`, after two frames have been
    /// painted so the last change is on it.
    ///
    /// WebKitGTK answers a screenshot only after the page's next paint, and a still page (no
    /// caret blinking, nothing moving) never paints again, so the request would wait forever.
    /// A one-pixel, all-but-transparent element flickers for a second to keep frames coming.
    pub async fn screenshot(&self, name: &str) {
        if let Err(problem) = self.try_screenshot(name).await {
            panic!("the screenshot {name} could not be taken: {problem}");
        }
    }

    async fn try_screenshot(&self, name: &str) -> Result<(), String> {
        let _ = self
            .client
            .execute_async(
                "const done = arguments[arguments.length - 1];
                 const pulse = document.createElement('div');
                 pulse.style.cssText = 'position:fixed;left:0;top:0;width:1px;height:1px;opacity:0.01;pointer-events:none';
                 document.body.appendChild(pulse);
                 let frames = 0;
                 const timer = setInterval(() => {
                   pulse.style.opacity = frames++ % 2 ? '0.01' : '0.02';
                   if (frames > 60) { clearInterval(timer); pulse.remove(); }
                 }, 16);
                 requestAnimationFrame(() => requestAnimationFrame(() => done(true)));",
                vec![],
            )
            .await;
        let png =
            tokio::time::timeout(PATIENCE, self.client.screenshot()).await.map_err(|_| format!("it took over {PATIENCE:?}"))?.map_err(|e| e.to_string())?;
        let dir = screenshot_dir();
        std::fs::create_dir_all(&dir).map_err(|e| e.to_string())?;
        std::fs::write(dir.join(format!("{name}.png")), png).map_err(|e| e.to_string())
    }

    /// After a failed step: the window as it was, and the page's text, saved as
    /// `failed-<test>.png` and `failed-<test>.txt`, so a failure can be understood afterwards.
    async fn keep_evidence(&self) {
        let test = std::thread::current().name().unwrap_or("test").replace("::", "-");
        let name = format!("failed-{test}");
        if let Err(problem) = self.try_screenshot(&name).await {
            eprintln!("no screenshot of the failure: {problem}");
        }
        let text = self.client.execute("return document.body ? document.body.innerText : ''", vec![]).await;
        let text = match text {
            Ok(serde_json::Value::String(text)) => text,
            other => format!("the page's text could not be read: {other:?}"),
        };
        let _ = std::fs::create_dir_all(screenshot_dir());
        let _ = std::fs::write(screenshot_dir().join(format!("{name}.txt")), text);
        eprintln!("the window and its text at the failure: {}", screenshot_dir().join(&name).display());
    }
}

impl Drop for App {
    fn drop(&mut self) {
        // A failed assertion unwinds through here while the window is still up.
        if std::thread::panicking() {
            if let Ok(runtime) = tokio::runtime::Handle::try_current() {
                let _ = tokio::task::block_in_place(|| runtime.block_on(tokio::time::timeout(PATIENCE, self.keep_evidence())));
            }
        }
    }
}

/// Every file under `root` whose bytes contain `needle`, in UTF-8 or in UTF-16 of either byte order.
pub fn files_containing(root: &Path, needle: &[u8]) -> Vec<PathBuf> {
    let mut hits = Vec::new();
    let Ok(entries) = std::fs::read_dir(root) else { return hits };
    let encodings = encodings_of(needle);
    for entry in entries.flatten() {
        let path = entry.path();
        match entry.file_type() {
            Ok(kind) if kind.is_dir() => hits.extend(files_containing(&path, needle)),
            Ok(kind) if kind.is_file() => {
                let held = |bytes: &[u8]| encodings.iter().any(|encoded| bytes.windows(encoded.len()).any(|w| w == encoded.as_slice()));
                if std::fs::read(&path).is_ok_and(|bytes| held(&bytes)) {
                    hits.push(path);
                }
            }
            _ => {}
        }
    }
    hits
}

/// The needle as it may sit in a file: as given, and, when it is text, in UTF-16 of either byte
/// order too, as WebKit's storage and some caches keep strings.
fn encodings_of(needle: &[u8]) -> Vec<Vec<u8>> {
    let mut encodings = vec![needle.to_vec()];
    if let Ok(text) = std::str::from_utf8(needle) {
        encodings.push(text.encode_utf16().flat_map(u16::to_le_bytes).collect());
        encodings.push(text.encode_utf16().flat_map(u16::to_be_bytes).collect());
    }
    encodings
}

/// A window manager on the app's display, for what only a desktop does, such as minimising;
/// the tests otherwise run without one. Stopped when dropped.
pub struct WindowManager {
    _process: ProcessGroup,
}

impl App {
    /// Starts IceWM on the app's display and waits until it manages the screen.
    pub fn start_window_manager(&self) -> WindowManager {
        let manager = ProcessGroup::spawn(Command::new("icewm").env("DISPLAY", &self.display.name).stdout(Stdio::null()).stderr(Stdio::null()));
        // A window manager names itself on the root window once it is running.
        let deadline = Instant::now() + PATIENCE;
        while !self.x_tool("xprop", &["-root", "_NET_SUPPORTING_WM_CHECK"]).contains("window id") {
            assert!(Instant::now() < deadline, "the window manager did not start");
            std::thread::sleep(Duration::from_millis(100));
        }
        WindowManager { _process: manager }
    }

    /// Minimises the app's window as its title bar's button would (WebDriver's own minimise
    /// does not iconify a WebKitGTK window).
    pub fn minimise(&self) {
        self.x_tool("xdotool", &["search", "--sync", "--onlyvisible", "--name", "Kintsugi", "windowminimize", "%@"]);
    }

    fn x_tool(&self, program: &str, args: &[&str]) -> String {
        let output = Command::new(program)
            .args(args)
            .env("DISPLAY", &self.display.name)
            .output()
            .unwrap_or_else(|e| panic!("{program} could not be started ({e}); run .ci/setup to install it"));
        String::from_utf8_lossy(&output.stdout).into_owned()
    }
}

impl Profile {
    /// Waits until no app holds this profile's journal open (its `vault.lock` is free).
    pub async fn wait_until_journal_closed(&self) {
        let file = std::fs::File::open(self.data_dir().join("vault.lock")).expect("a journal was created");
        let deadline = Instant::now() + PATIENCE;
        while file.try_lock().is_err() {
            assert!(Instant::now() < deadline, "the journal is still open");
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        file.unlock().unwrap();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_scan_finds_a_marker_in_utf8_and_in_utf16_of_either_byte_order() {
        let dir = tempfile::tempdir().unwrap();
        let marker = "Okafor-café";
        std::fs::write(dir.path().join("plain"), format!("…{marker}…")).unwrap();
        let le: Vec<u8> = marker.encode_utf16().flat_map(u16::to_le_bytes).collect();
        let be: Vec<u8> = marker.encode_utf16().flat_map(u16::to_be_bytes).collect();
        std::fs::create_dir(dir.path().join("cache")).unwrap();
        std::fs::write(dir.path().join("cache/le"), [b"\x00\x01".as_slice(), &le].concat()).unwrap();
        std::fs::write(dir.path().join("cache/be"), [b"\x00".as_slice(), &be].concat()).unwrap();
        std::fs::write(dir.path().join("clean"), "nothing to see").unwrap();
        let mut found = files_containing(dir.path(), marker.as_bytes());
        found.sort();
        assert_eq!(found, [dir.path().join("cache/be"), dir.path().join("cache/le"), dir.path().join("plain")]);
    }
}
