//! One round: the bare window, then Kintsugi on the welcome screen, on an empty journal and on
//! the ten-year vault, each a fresh launch on a fresh profile. Memory is read once the screen
//! asked for is there and the page has sat idle a moment, as a person would leave it.

use std::path::{Path, PathBuf};
use std::time::Duration;

use kintsugi_core::VAULT_FILE_NAME;
use kintsugi_e2e::{App, Profile};

use crate::figures::Figures;
use crate::kdf::Kdf;
use crate::memory;
use crate::page::{self, Wait};

/// Idle time before a memory reading: WebKit frees and collects on timers after a screen changes.
const SETTLE: Duration = Duration::from_secs(3);

/// What a round opens.
pub struct Setup {
    pub kintsugi: PathBuf,
    pub bare: PathBuf,
    /// Directories holding a locked vault each, copied into every profile that uses them.
    pub ten_years: PathBuf,
    pub empty: PathBuf,
    pub passphrase: &'static str,
    /// Words of the ten-year vault to search for: common, middling and rare.
    pub searches: Vec<String>,
    pub kdf: Kdf,
}

/// Whether this round saves screenshots and names the processes it measures.
#[derive(Clone, Copy, PartialEq)]
pub enum Show {
    Everything,
    Figures,
}

async fn settled_memory(binary: &Path, profile: &Profile, what: &str, show: Show) -> f64 {
    tokio::time::sleep(SETTLE).await;
    let reading = memory::read(binary, profile);
    if show == Show::Everything {
        let each: Vec<String> = reading.processes.iter().map(|(name, kib)| format!("{name} {} MB", kib / 1024)).collect();
        eprintln!("  {what}: {} MB ({})", reading.kib / 1024, each.join(", "));
    }
    reading.kib as f64
}

fn profile_with(vault: &Path) -> Profile {
    let profile = Profile::new();
    std::fs::copy(vault.join(VAULT_FILE_NAME), profile.data_dir().join(VAULT_FILE_NAME)).expect("copying the vault");
    profile
}

/// The memory of the first screen `binary` shows on a fresh profile, once `test_id` is on it.
async fn first_screen(binary: &Path, test_id: &str, key: &'static str, figures: &mut Figures, show: Show) {
    let profile = Profile::new();
    let app = App::launch_binary(binary, &profile).await;
    app.find(test_id).await;
    figures.add(key, settled_memory(binary, &profile, key, show).await);
    app.quit().await;
}

pub async fn bare(setup: &Setup, figures: &mut Figures, show: Show) {
    first_screen(&setup.bare, "bare-page", "memory-bare", figures, show).await;
}

pub async fn welcome(setup: &Setup, figures: &mut Figures, show: Show) {
    first_screen(&setup.kintsugi, "new-passphrase", "memory-welcome", figures, show).await;
}

pub async fn empty(setup: &Setup, figures: &mut Figures, show: Show) {
    let profile = profile_with(&setup.empty);
    let app = App::launch_binary(&setup.kintsugi, &profile).await;
    app.unlock(setup.passphrase).await;
    app.find("today-heading").await;
    app.find("entry-list").await;
    figures.add("memory-empty", settled_memory(&setup.kintsugi, &profile, "unlocked, empty", show).await);
    app.quit().await;
}

async fn timed(app: &App, wait: Wait, action: impl AsyncFnOnce(&App)) -> f64 {
    page::forget(app, &[wait]).await;
    action(app).await;
    page::measured(app, wait).await.millis()
}

pub async fn ten_years(setup: &Setup, figures: &mut Figures, show: Show) {
    let profile = profile_with(&setup.ten_years);
    let kintsugi = &setup.kintsugi;
    let app = App::launch_binary(kintsugi, &profile).await;
    app.find("unlock-passphrase").await;
    figures.add("memory-unlock-screen", settled_memory(kintsugi, &profile, "unlock screen", show).await);

    let kdf = setup.kdf.millis();
    figures.add("kdf", kdf);
    app.type_into("unlock-passphrase", setup.passphrase).await;
    app.click("unlock-submit").await;
    let today = page::measured(&app, page::UNLOCK_TODAY).await.millis();
    let entries = page::measured(&app, page::UNLOCK_ENTRIES).await.millis();
    figures.add("unlock-today", today);
    figures.add("unlock-today-beyond-kdf", today - kdf);
    figures.add("unlock-entries", entries);
    figures.add("unlock-entries-beyond-kdf", entries - kdf);
    app.find("today-heading").await;
    if show == Show::Everything {
        app.screenshot("window-bench-today").await;
    }
    figures.add("memory-ten-years", settled_memory(kintsugi, &profile, "ten years, Today", show).await);

    let calendar = timed(&app, page::JOURNAL_CALENDAR, async |app| app.click("nav-journal").await).await;
    figures.add("journal-calendar", calendar);
    for words in &setup.searches {
        figures.add("search", timed(&app, page::SEARCH, async |app| app.type_into("search-input", words).await).await);
        app.replace_text("search-input", "").await;
    }

    let shown = timed(&app, page::TIMELINE_SHOWN, async |app| app.click("nav-timeline").await).await;
    figures.add("timeline-shown", shown);
    for (zoom, key) in [("week", "zoom-week"), ("month", "zoom-month"), ("year", "zoom-year"), ("all", "zoom-all"), ("quarter", "zoom-quarter")] {
        let button = format!("zoom-{zoom}");
        figures.add(key, timed(&app, page::ZOOM_SHOWN, async |app| app.click(&button).await).await);
        // The vault's last day is fixed and the timeline ends today: a short window may be empty.
        if !app.find_all("timeline-empty").await.is_empty() {
            figures.note(format!("zoom {zoom}: nothing recorded in its days, so no chart was drawn"));
        }
        if zoom == "all" && show == Show::Everything {
            app.screenshot("window-bench-timeline").await;
        }
    }
    figures.add("memory-ten-years-used", settled_memory(kintsugi, &profile, "ten years, after search and timeline", show).await);

    // Saves last, so the readings above are of a journal only looked through.
    app.click("nav-today").await;
    for words in ["A quiet evening; we talked about the week ahead.", " Then a walk, and it felt easy."] {
        page::forget(&app, &[page::SAVE_STATUS, page::SAVE_ENTRIES]).await;
        app.type_into("editor", words).await;
        let status = page::measured(&app, page::SAVE_STATUS).await;
        let listed = page::measured(&app, page::SAVE_ENTRIES).await;
        let done = status.end.max(listed.end);
        figures.add("save", done - status.start);
        figures.add("save-after-pause", done - page::moment(&app, page::ENTRY_SENT).await);
    }
    app.quit().await;
}
