//! Part of the journal damaged outside Kintsugi, in the real window: two parts of the file are
//! swapped while the app is closed; the next unlock says so calmly, everything else is there,
//! and "Bring it back from the backup" restores what was in them from the automatic backup.

use chrono::DateTime;
use kintsugi_core::{EntryDraft, Journal, Passphrase};
use kintsugi_e2e::{App, Moment, Profile};
use rusqlite::{params, Connection};

const EVENING: Moment = Moment { instant: "2026-12-01T20:30:00+00:00", time_zone: "Europe/London" };
const PASSPHRASE: &str = "lanterns along the harbour wall";

async fn open_settings(app: &App) {
    app.click("settings-button").await;
    app.find("settings-dialog").await;
}

async fn search_finds(app: &App, words: &str) {
    app.click("nav-journal").await;
    app.replace_text("search-input", words).await;
    app.wait_for_count("search-hit", 1).await;
}

/// Swaps the stored contents of two buckets, as a careless sync tool or a hand with a
/// database editor might.
fn swap_buckets(vault: &std::path::Path, a: i64, b: i64) {
    let conn = Connection::open(vault).unwrap();
    let sealed = |id: i64| -> Vec<u8> { conn.query_row("SELECT sealed FROM bucket WHERE id = ?1", [id], |r| r.get(0)).unwrap() };
    let (sealed_a, sealed_b) = (sealed(a), sealed(b));
    conn.execute("UPDATE bucket SET sealed = ?1 WHERE id = ?2", params![sealed_b, a]).unwrap();
    conn.execute("UPDATE bucket SET sealed = ?1 WHERE id = ?2", params![sealed_a, b]).unwrap();
}

#[tokio::test(flavor = "multi_thread")]
async fn swapped_parts_are_named_and_brought_back_from_the_backup() {
    let profile = Profile::at(EVENING);
    let usb_stick = tempfile::tempdir().unwrap();
    // A journal with an entry in each of two different buckets, each findable by its own word.
    let now = DateTime::parse_from_rfc3339(EVENING.instant).unwrap();
    let (mut journal, _) = Journal::create(&profile.data_dir(), &Passphrase::new(PASSPHRASE.into())).unwrap();
    let words = ["heron", "kingfisher", "lapwing", "curlew", "dunlin", "plover", "bittern", "avocet"];
    let saved: Vec<_> =
        words.iter().map(|word| journal.save_entry(EntryDraft::new(EVENING.day(), format!("We saw a {word} by the estuary.")), now).unwrap()).collect();
    journal.lock().unwrap();
    let bucket = |index: usize| i64::from_str_radix(&saved[index].id.to_string()[..2], 16).unwrap();
    let other = (1..saved.len()).find(|i| bucket(*i) != bucket(0)).expect("two buckets among eight random ids");

    let app = App::launch(&profile).await;
    app.unlock(PASSPHRASE).await;
    open_settings(&app).await;
    app.answer_dialogs(&[usb_stick.path()]).await;
    app.click("choose-backup-folder").await;
    app.wait_for_text("backup-line", "The last backup was written today at 20:30.").await;
    app.quit().await;

    swap_buckets(&profile.data_dir().join(kintsugi_core::VAULT_FILE_NAME), bucket(0), bucket(other));

    let app = App::launch(&profile).await;
    app.unlock(PASSPHRASE).await;
    app.wait_for_text("damage-banner", "2 parts of your journal could not be read").await;
    app.wait_for_text("damage-banner", "Your backup from today at 20:30 should still hold it.").await;
    app.screenshot("90-damage-banner").await;
    // Everything outside the two parts is there while the banner waits.
    let intact = (0..saved.len()).find(|i| ![bucket(0), bucket(other)].contains(&bucket(*i)));
    if let Some(intact) = intact {
        search_finds(&app, words[intact]).await;
    }

    app.click("damage-recover").await;
    app.wait_for_text("damage-banner", "Your journal is whole again").await;
    app.screenshot("91-damage-brought-back").await;
    app.click("damage-close").await;
    app.wait_until_gone("damage-banner").await;
    search_finds(&app, words[0]).await;
    search_finds(&app, words[other]).await;
    app.quit().await;
}
