//! Passphrase and keys from Settings, in the real window: a wrong current passphrase changes
//! nothing; the right one changes it, and the next unlock takes the new one; renewing every key
//! asks for a passphrase that is new, gives a new recovery key, confirmed like the first, and a
//! new sharing key, and the journal then opens only with the renewed passphrase.

use kintsugi_e2e::{App, Moment, Profile};

const EVENING: Moment = Moment { instant: "2026-12-02T19:45:00+00:00", time_zone: "Europe/London" };
const PASSPHRASE: &str = "kettle on the stove, slowly singing";
const NEW_PASSPHRASE: &str = "quiet snow over the allotments";
const RENEWED_PASSPHRASE: &str = "lanterns along the canal at dusk";

async fn open_settings(app: &App) {
    app.click("settings-button").await;
    app.find("settings-dialog").await;
}

#[tokio::test(flavor = "multi_thread")]
async fn change_the_passphrase_then_make_new_keys() {
    let profile = Profile::at(EVENING);
    let app = App::launch(&profile).await;
    let first_key = app.create_journal(PASSPHRASE, None).await;

    open_settings(&app).await;
    app.click("open-change-passphrase").await;
    app.wait_for_focus("current-passphrase").await;
    app.type_into("current-passphrase", "not my passphrase at all").await;
    app.type_into("new-passphrase", NEW_PASSPHRASE).await;
    app.type_into("confirm-passphrase", NEW_PASSPHRASE).await;
    app.click("change-passphrase-submit").await;
    app.wait_for_text("change-passphrase-dialog", "does not open this journal").await;
    app.screenshot("71-change-passphrase-wrong").await;
    app.replace_text("current-passphrase", PASSPHRASE).await;
    app.click("change-passphrase-submit").await;
    app.find("passphrase-changed").await;
    app.press_on_page("\u{E00C}").await;
    app.wait_until_gone("change-passphrase-dialog").await;

    app.click("lock-button").await;
    app.type_into("unlock-passphrase", PASSPHRASE).await;
    app.click("unlock-submit").await;
    app.find("unlock-error").await;
    app.replace_text("unlock-passphrase", NEW_PASSPHRASE).await;
    app.click("unlock-submit").await;
    app.find("today-heading").await;

    // Settings shows this journal's sharing key, made the first time it is shown: renewing
    // every key then renews it too, and says that the partner needs the new card.
    open_settings(&app).await;
    app.find("own-fingerprint").await;
    app.click("open-new-keys").await;
    app.wait_for_focus("current-passphrase").await;
    app.type_into("current-passphrase", NEW_PASSPHRASE).await;
    app.type_into("new-passphrase", NEW_PASSPHRASE).await;
    app.type_into("confirm-passphrase", NEW_PASSPHRASE).await;
    app.click("new-keys-submit").await;
    // The same passphrase again is refused, and the form puts the cursor back in its field.
    app.wait_for_text("new-keys-dialog", "Choose a new passphrase").await;
    app.wait_for_focus("new-passphrase").await;
    app.replace_text("new-passphrase", RENEWED_PASSPHRASE).await;
    app.click("confirm-passphrase").await;
    app.wait_for_focus("confirm-passphrase").await;
    app.replace_text("confirm-passphrase", RENEWED_PASSPHRASE).await;
    app.screenshot("72-new-keys").await;
    app.click("new-keys-submit").await;
    app.wait_for_text("recovery-key-is-new", "no longer opens it").await;
    app.wait_for_text("new-keys-note", "new sharing card").await;
    let second_key = app.keep_recovery_key(Some("73-new-keys")).await;
    assert_ne!(first_key, second_key, "a new recovery key");

    app.click("lock-button").await;
    app.type_into("unlock-passphrase", NEW_PASSPHRASE).await;
    app.click("unlock-submit").await;
    app.find("unlock-error").await;
    app.replace_text("unlock-passphrase", RENEWED_PASSPHRASE).await;
    app.click("unlock-submit").await;
    app.find("today-heading").await;
    app.quit().await;
}
