//! Sharing keys in the real window, between two journals on one computer: this one in the app,
//! the partner's opened with the core as their own app would. Each saves a sharing card, each
//! adds the other's, and both see the same fingerprints.

use std::os::unix::fs::PermissionsExt;

use kintsugi_core::{read_sharing_card, Journal, Passphrase};
use kintsugi_e2e::{App, Moment, Profile};

const EVENING: Moment = Moment { instant: "2026-12-03T20:10:00+00:00", time_zone: "Europe/London" };
const PASSPHRASE: &str = "two cups on the windowsill";

#[tokio::test(flavor = "multi_thread")]
async fn two_journals_exchange_sharing_cards() {
    let profile = Profile::at(EVENING);
    let partner_dir = tempfile::tempdir().unwrap();
    let (mut partner, _) = Journal::create(partner_dir.path(), &Passphrase::new("the partner's own passphrase".into())).unwrap();
    let partner_card = partner_dir.path().join("their-card.txt");
    let partner_key = partner.save_sharing_card(&partner_card).unwrap();

    let app = App::launch(&profile).await;
    app.create_journal(PASSPHRASE, None).await;
    app.click("settings-button").await;
    app.find("sharing-section").await;

    // This journal's card, saved where the person chose.
    let own_card = profile.root().join("my-card.txt");
    app.answer_dialogs(&[&own_card]).await;
    app.click("save-sharing-card").await;
    app.wait_for_text("sharing-status", "Your sharing card is saved").await;
    let own_fingerprint = app.text("own-fingerprint").await;
    let card = std::fs::read_to_string(&own_card).unwrap();
    assert!(card.contains(&app.text("own-sharing-key").await) && card.contains(&own_fingerprint), "{card}");
    assert!(!card.contains("AGE-SECRET-KEY"), "a card holds no secret");
    assert_eq!(std::fs::metadata(&own_card).unwrap().permissions().mode() & 0o777, 0o600);

    // Pasting something else is refused kindly; the partner's card is taken.
    app.type_into("partner-key-input", "my partner's key").await;
    app.click("add-partner-key").await;
    app.wait_for_text("sharing-error", "That is not a sharing key").await;
    app.answer_dialogs(&[&partner_card]).await;
    app.click("open-partner-card").await;
    app.wait_for_text("partner-fingerprint", &partner_key.fingerprint).await;
    app.screenshot("80-sharing-keys").await;

    // The partner adds this journal's card and sees the fingerprint shown here.
    let added = partner.set_partner_key(&read_sharing_card(&own_card).unwrap()).unwrap();
    assert_eq!(added.fingerprint, own_fingerprint);

    // Kept in the journal: still there after locking and unlocking.
    app.client.active_element().await.unwrap().send_keys("\u{E00C}").await.unwrap();
    app.wait_until_gone("settings-dialog").await;
    app.click("lock-button").await;
    app.unlock(PASSPHRASE).await;
    app.click("settings-button").await;
    app.wait_for_text("partner-fingerprint", &partner_key.fingerprint).await;
    app.quit().await;
}
