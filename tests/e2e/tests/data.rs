//! A journal's years coming in and going out, in the real window: a Day One zip and a jrnl file
//! imported through the file choosers after their previews, found again by search; the same zip
//! again adding nothing; an encrypted backup into a chosen folder and an encrypted copy; and
//! that backup restored on "another computer" (a fresh profile) with the passphrase. Nothing
//! that came in is left readable in any file the app wrote.

use std::io::Write;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};

use kintsugi_e2e::{files_containing, App, Moment, Profile};

const EVENING: Moment = Moment { instant: "2026-12-01T20:30:00+00:00", time_zone: "Europe/London" };
const PASSPHRASE: &str = "lanterns along the harbour wall";

fn fixture(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../fixtures").join(path)
}

/// Day One's export as it arrives: `Journal.json` beside the photos it mentions.
fn day_one_zip(dir: &Path) -> PathBuf {
    let path = dir.join("Day One export.zip");
    let mut zip = zip::ZipWriter::new(std::fs::File::create(&path).unwrap());
    let options = zip::write::SimpleFileOptions::default();
    zip.start_file("Journal.json", options).unwrap();
    zip.write_all(&std::fs::read(fixture("dayone/Journal.json")).unwrap()).unwrap();
    zip.start_file("photos/5d41402abc4b2a76b9719d911017c592.jpeg", options).unwrap();
    zip.write_all(b"not really a photo").unwrap();
    zip.finish().unwrap();
    path
}

async fn open_settings(app: &App) {
    app.click("settings-button").await;
    app.find("settings-dialog").await;
}

async fn import(app: &App, path: &Path, headline: &str, shot: &str) {
    app.answer_dialogs(&[path]).await;
    app.click("import-choose-file").await;
    app.wait_for_text("import-headline", headline).await;
    app.screenshot(&format!("{shot}-preview")).await;
    app.click("import-start").await;
    app.find("import-finished").await;
    app.screenshot(&format!("{shot}-finished")).await;
    app.click("import-done").await;
    app.wait_until_gone("import-dialog").await;
}

async fn search_finds(app: &App, words: &str, expected: &str) {
    app.click("nav-journal").await;
    app.replace_text("search-input", words).await;
    app.wait_for_count("search-hit", 1).await;
    app.wait_for_text("search-results", expected).await;
}

#[tokio::test(flavor = "multi_thread")]
async fn import_back_up_and_restore_on_another_computer() {
    let files = tempfile::tempdir().unwrap();
    let zip = day_one_zip(files.path());
    let usb_stick = files.path().join("usb-stick");
    std::fs::create_dir(&usb_stick).unwrap();

    let profile = Profile::at(EVENING);
    let app = App::launch(&profile).await;
    app.create_journal(PASSPHRASE, None).await;

    // Day One, from Settings: the preview names what will not come in and what could not be read.
    open_settings(&app).await;
    app.click("open-import").await;
    app.find("import-dialog").await;
    app.screenshot("60-import-choose").await;
    import(&app, &zip, "3 entries from 1 April 2023 to 3 April 2023.", "61-import-day-one").await;
    app.wait_for_count("entry-item", 3).await;

    // jrnl's plain-text journal, with Ctrl+O from the page.
    app.press_on_page("\u{E009}o\u{E000}").await;
    app.find("import-dialog").await;
    import(&app, &fixture("jrnl/journal.txt"), "entries from 5 January 2023 to 8 January 2023.", "62-import-jrnl").await;

    search_finds(&app, "neighbours", "cat came by").await;
    search_finds(&app, "Okafor", "corner café").await;
    app.screenshot("63-imported-found").await;

    // The same zip again: everything is already here, and nothing is offered.
    app.press_on_page("\u{E009}o\u{E000}").await;
    app.answer_dialogs(&[&zip]).await;
    app.click("import-choose-file").await;
    app.wait_for_text("import-headline", "Nothing new to bring in").await;
    app.wait_for_count("import-start", 0).await;
    app.click("import-back").await;
    app.press_on_page("\u{E00C}").await;
    app.wait_until_gone("import-dialog").await;

    // Backups into the chosen folder, written at once.
    open_settings(&app).await;
    app.answer_dialogs(&[&usb_stick]).await;
    app.click("choose-backup-folder").await;
    app.wait_for_text("backup-line", "The last backup was written today at 20:30.").await;
    app.screenshot("64-settings-backups").await;
    // In a folder of the journal's own inside the chosen one, so journals sharing it never
    // touch each other's backups.
    let own: Vec<_> = std::fs::read_dir(&usb_stick).unwrap().map(|file| file.unwrap().path()).collect();
    assert!(own.len() == 1 && own[0].is_dir() && own[0].file_name().unwrap().to_string_lossy().starts_with("kintsugi-"), "{own:?}");
    let backup = std::fs::read_dir(&own[0])
        .unwrap()
        .map(|file| file.unwrap().path())
        .find(|path| path.file_name().unwrap().to_string_lossy().starts_with("kintsugi-backup-"))
        .expect("a backup in the journal's folder");
    assert!(own[0].join("kintsugi-identity.age").is_file(), "the passphrase's key file is beside the backup");

    // An encrypted copy, said to be encrypted before it is written, readable by its owner only.
    app.click("open-export").await;
    app.find("export-dialog").await;
    app.wait_for_text("export-notice", "This copy is encrypted").await;
    app.click("export-kintsugi-json").await;
    app.wait_for_text("export-notice", "This copy is not encrypted").await;
    app.click("export-encrypted").await;
    app.wait_for_text("export-notice", "This copy is encrypted").await;
    let copy = files.path().join("kintsugi-copy.age");
    app.answer_dialogs(&[&copy]).await;
    app.click("export-save").await;
    app.wait_for_text("export-written", "kintsugi-copy.age").await;
    app.screenshot("65-export-encrypted").await;
    assert_eq!(std::fs::metadata(&copy).unwrap().permissions().mode() & 0o777, 0o600, "the copy is its owner's only");
    app.quit().await;
    // Words that came in from plain files are encrypted wherever the app wrote them.
    // (The jrnl journal came from the fixtures, so nothing else under `files` holds its words.)
    for place in [profile.root(), files.path()] {
        let hits = files_containing(place, "Okafor".as_bytes());
        assert!(hits.is_empty(), "imported words in the clear: {hits:?}");
    }

    // Another computer: restore from the welcome screen with the passphrase.
    let elsewhere = Profile::at(EVENING);
    let app = App::launch(&elsewhere).await;
    assert_eq!(app.title().await, "Kintsugi — private journal", "the task bar says nothing more");
    app.find("restore-from-backup").await;
    app.screenshot("66-welcome-restore").await;
    app.click("restore-from-backup").await;
    app.find("restore-screen").await;
    app.answer_dialogs(&[&backup]).await;
    app.click("restore-choose").await;
    app.wait_for_text("restore-file", "kintsugi-backup-2026-12-01T203000.age").await;
    app.type_into("restore-secret", PASSPHRASE).await;
    app.screenshot("67-restore-open").await;
    app.click("restore-open").await;
    app.wait_for_text("recovery-key-is-new", "not this journal").await;
    app.keep_recovery_key(Some("68-restored")).await;
    search_finds(&app, "Okafor", "corner café").await;
    search_finds(&app, "neighbours", "cat came by").await;
    app.quit().await;
    let hits = files_containing(elsewhere.root(), "Okafor".as_bytes());
    assert!(hits.is_empty(), "restored words in the clear: {hits:?}");
}
