//! Hiding at once, in the real window: Ctrl+Shift+L in the middle of a sentence locks without a
//! question and keeps the words, and it works with a dialog open too. Left alone, the journal
//! locks by itself on every screen, the recovery key's included, and keeps what was typed.

use kintsugi_e2e::{App, Moment, Profile};

const MORNING: Moment = Moment { instant: "2026-12-01T08:15:00+00:00", time_zone: "Europe/London" };
const PASSPHRASE: &str = "a lantern in the window, unlit";
/// Ctrl and Shift held for the next key, then released.
const HIDE: &str = "\u{E009}\u{E008}L\u{E000}";

async fn hide_from_the_focus(app: &App) {
    app.client.active_element().await.unwrap().send_keys(HIDE).await.unwrap();
    app.find("unlock-passphrase").await;
}

#[tokio::test(flavor = "multi_thread")]
async fn hide_at_once_or_lock_when_left_alone() {
    let profile = Profile::at(MORNING);
    let app = App::launch(&profile).await;

    // Left alone on the recovery key, just after creating the journal: the Rust side's idle
    // deadline (five minutes by default) passes, and the key leaves the screen.
    app.type_into("new-passphrase", PASSPHRASE).await;
    app.type_into("confirm-passphrase", PASSPHRASE).await;
    app.click("create-vault").await;
    app.find("recovery-key").await;
    app.set_clock("2026-12-01T08:21:00+00:00").await;
    app.find("unlock-passphrase").await;
    app.wait_for_count("recovery-key", 0).await;
    app.screenshot("75-locked-when-left-alone").await;
    app.unlock(PASSPHRASE).await;

    // Left alone in the middle of a sentence.
    app.wait_for_focus("editor").await;
    app.type_into("editor", "Stepped away to put the kettle on").await;
    app.set_clock("2026-12-01T08:27:30+00:00").await;
    app.find("unlock-passphrase").await;
    app.unlock(PASSPHRASE).await;
    app.wait_for_text("entry-list", "Stepped away to put the kettle on").await;
    app.click("new-entry").await;

    // In the middle of a sentence, with the autosave still waiting.
    app.wait_for_focus("editor").await;
    app.type_into("editor", "Halfway through saying what the harbour").await;
    app.wait_for_focus("editor").await;
    hide_from_the_focus(&app).await;
    app.wait_for_count("editor", 0).await;
    app.screenshot("70-hidden").await;
    assert!(!app.text_of_page().await.contains("harbour"), "nothing written is left on screen");

    app.unlock(PASSPHRASE).await;
    app.wait_for_text("entry-list", "Halfway through saying what the harbour").await;

    // With Settings open over the journal.
    app.click("settings-button").await;
    app.wait_for_focus("theme-select").await;
    hide_from_the_focus(&app).await;
    app.wait_for_count("settings-dialog", 0).await;
    app.quit().await;
}
