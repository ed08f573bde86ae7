//! Minimising, in the real window on a desktop with a window manager: with "Also lock when the
//! window is minimised" chosen in Settings, minimising locks the journal and keeps what was
//! being typed.

use kintsugi_e2e::{App, Moment, Profile};

const AFTERNOON: Moment = Moment { instant: "2026-12-01T15:10:00+00:00", time_zone: "Europe/London" };
const PASSPHRASE: &str = "a folded letter in a coat pocket";

#[tokio::test(flavor = "multi_thread")]
async fn minimising_locks_when_chosen() {
    let profile = Profile::at(AFTERNOON);
    let app = App::launch(&profile).await;
    let _desktop = app.start_window_manager();
    app.create_journal(PASSPHRASE, None).await;

    app.click("settings-button").await;
    app.click("lock-when-minimised").await;
    app.wait_for_attr("lock-when-minimised", "checked", "true").await;
    app.screenshot("74-settings-lock-when-minimised").await;
    app.find("lock-when-minimised").await.send_keys("\u{E00C}").await.unwrap();
    app.wait_until_gone("settings-dialog").await;

    app.click("editor").await;
    app.wait_for_focus("editor").await;
    app.type_into("editor", "Put the letter away for now").await;
    app.minimise();
    profile.wait_until_journal_closed().await;

    app.find("unlock-passphrase").await;
    app.unlock(PASSPHRASE).await;
    app.wait_for_text("entry-list", "Put the letter away for now").await;
    app.quit().await;
}
