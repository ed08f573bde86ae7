//! A person's first week, in the real window: create the journal, confirm the recovery key,
//! write, lock, mistype the passphrase, unlock, find the entry again, recover with the
//! recovery key, and afterwards check that nothing they wrote reached the disk in the clear.
//! Every screen is saved under `target/e2e-screenshots/`. It happens on 29 February.

use kintsugi_e2e::{files_containing, App, Moment, Profile};

const LEAP_DAY: Moment = Moment { instant: "2028-02-29T08:15:00-05:00", time_zone: "America/New_York" };

const PASSPHRASE: &str = "a calm river at dusk";
const NEW_PASSPHRASE: &str = "gold in the seams, slowly";
/// Ctrl+L, then release every modifier (WebDriver's key codes).
const CONTROL_L: &str = "\u{E009}l\u{E000}";

#[tokio::test(flavor = "multi_thread")]
async fn first_run_write_lock_unlock_and_recover() {
    let profile = Profile::at(LEAP_DAY);
    let marker = format!("PLANTED{:x}", std::process::id() as u64 * 0x9E37_79B9);
    let app = App::launch(&profile).await;

    // First run: choose a passphrase, see the recovery key once, type part of it back, and say
    // whose journal it is: the check-in asks the question that fits.
    let recovery_key = app.create_journal_as(PASSPHRASE, Some("was_hurt"), Some("01")).await;
    app.wait_for_text("trust-question", "How much did you trust today?").await;

    // Today: write, and wait for the autosave.
    app.find("today-heading").await;
    app.type_into("editor", &format!("We talked after dinner. {marker} It was honest.")).await;
    app.wait_for_text("save-status", "Saved").await;
    app.wait_for_text("entry-list", &marker).await;
    app.screenshot("04-today").await;

    // Lock with the button: back to the unlock screen, nothing decrypted left on the page.
    app.click("lock-button").await;
    app.find("unlock-passphrase").await;
    let page = app.client.source().await.unwrap();
    assert!(!page.contains(&marker), "the locked page still holds entry text");
    app.screenshot("05-unlock").await;

    // A wrong passphrase says so and changes nothing.
    app.type_into("unlock-passphrase", "a calm river at dawn").await;
    app.click("unlock-submit").await;
    app.wait_for_text("unlock-error", "does not open").await;
    app.screenshot("06-wrong-passphrase").await;

    // The right one opens the journal, and the entry is there.
    let field = app.find("unlock-passphrase").await;
    field.clear().await.unwrap();
    field.send_keys(PASSPHRASE).await.unwrap();
    app.click("unlock-submit").await;
    app.wait_for_text("entry-list", &marker).await;
    app.find_all("entry-item").await.first().expect("one entry").click().await.unwrap();
    // The editor is there before the entry is loaded into it: wait for its words.
    let script =
        format!("const editor = document.querySelector('[data-testid=editor]'); return editor && editor.value.includes('{marker}') ? 'loaded' : null;");
    app.wait_for_script(&script).await;
    app.screenshot("07-entry-reopened").await;

    // Settings: dark theme, then lock with the keyboard.
    app.click("settings-button").await;
    app.set_value("theme-select", "dark").await;
    app.find("autolock-input").await;
    app.screenshot("08-settings-dark").await;
    // Whose journal it is can change: the check-in follows at once.
    app.wait_for_attr("role-was_hurt", "checked", "true").await;
    app.click("role-broke_trust").await;
    app.wait_for_attr("role-broke_trust", "checked", "true").await;
    app.client.active_element().await.unwrap().send_keys("\u{E00C}").await.unwrap();
    app.wait_until_gone("theme-select").await;
    app.wait_for_text("trust-question", "How trusted did you feel today?").await;
    app.screenshot("09-today-dark").await;
    app.find("editor").await.send_keys(CONTROL_L).await.unwrap();
    app.find("unlock-passphrase").await;

    // Forgot the passphrase: the recovery key opens the journal and sets a new one.
    app.click("forgot-passphrase").await;
    app.type_into("recovery-key-input", &recovery_key.to_lowercase()).await;
    app.screenshot("10-recover").await;
    app.click("recovery-submit").await;
    app.type_into("new-passphrase", NEW_PASSPHRASE).await;
    app.type_into("confirm-passphrase", NEW_PASSPHRASE).await;
    app.screenshot("11-new-passphrase").await;
    app.click("set-passphrase").await;
    app.wait_for_text("entry-list", &marker).await;

    // Delete asks first.
    app.find_all("entry-item").await.first().expect("one entry").click().await.unwrap();
    app.click("delete-entry").await;
    app.screenshot("12-delete-confirm").await;
    app.click("confirm-delete").await;
    app.wait_until_gone("entry-item").await;
    app.quit().await;

    // Nothing written, and no secret, is anywhere the app wrote: the vault, its WAL, the
    // settings, WebKit's storage and caches, the temp directory.
    for needle in [marker.as_str(), PASSPHRASE, NEW_PASSPHRASE, recovery_key.as_str()] {
        let hits = files_containing(profile.root(), needle.as_bytes());
        assert!(hits.is_empty(), "{needle:?} found in {hits:?}");
    }
    let settings = std::fs::read_to_string(profile.data_dir().join("settings.json")).unwrap();
    assert!(settings.contains("\"dark\""), "the theme was kept: {settings}");
}
