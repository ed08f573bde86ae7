//! Two people, one computer, in the real window: two journals side by side, one for the partner
//! who was hurt and one for the partner who broke the trust, each with its own passphrase. They
//! exchange sharing cards and see the same fingerprints; Robin seals an apology with a proposed
//! agreement; Alex opens it, named, adds the agreement and replies after reading it through;
//! Robin opens the reply and adds the agreement too. Each journal says whose it is, and a missed
//! day of it takes a note on what repair could look like.

use std::os::unix::fs::PermissionsExt;
use std::path::Path;

use kintsugi_e2e::{App, Moment, Profile};

const EVENING: Moment = Moment { instant: "2026-12-03T20:10:00+00:00", time_zone: "Europe/London" };
const ALEX: &str = "two cups on the windowsill";
const ROBIN: &str = "the long way round the lake";

/// Saves this journal's sharing card to `card`, adds the partner's from `partner_card` if given,
/// and returns this journal's fingerprint.
async fn exchange_cards(app: &App, card: &Path, partner_card: Option<&Path>) -> String {
    app.click("settings-button").await;
    app.find("sharing-section").await;
    app.answer_dialogs(&[card]).await;
    app.click("save-sharing-card").await;
    app.wait_for_text("sharing-status", "Your sharing card is saved").await;
    let fingerprint = app.text("own-fingerprint").await;
    if let Some(partner_card) = partner_card {
        app.answer_dialogs(&[partner_card]).await;
        app.click("open-partner-card").await;
        app.find("partner-fingerprint").await;
    }
    app.client.active_element().await.unwrap().send_keys("\u{E00C}").await.unwrap();
    app.wait_until_gone("settings-dialog").await;
    fingerprint
}

/// Chooses `folder` for this journal's backups, which writes the first one.
async fn back_up_to(app: &App, folder: &Path) {
    app.click("settings-button").await;
    app.answer_dialogs(&[folder]).await;
    app.click("choose-backup-folder").await;
    app.wait_for_text("backup-line", "The last backup was written today").await;
    app.client.active_element().await.unwrap().send_keys("\u{E00C}").await.unwrap();
    app.wait_until_gone("settings-dialog").await;
}

/// Locks, then opens the other journal on this computer by name.
async fn switch_to(app: &App, name: &str, passphrase: &str) {
    app.click("lock-button").await;
    app.click("open-another-journal").await;
    app.wait_for_text("journal-choice", name).await;
    app.click("journal-choice").await;
    app.wait_for_text("unlock-lede", &format!("{name} is locked")).await;
    app.screenshot("87-unlock-one-of-two").await;
    app.unlock(passphrase).await;
}

#[tokio::test(flavor = "multi_thread")]
async fn two_journals_on_one_computer_exchange_cards_letters_and_an_agreement() {
    let profile = Profile::at(EVENING);
    let files = profile.root();
    let app = App::launch(&profile).await;

    // Alex's journal, the first on this computer, given a name to tell it apart.
    app.create_journal_as(ALEX, Some("was_hurt"), None).await;
    app.click("settings-button").await;
    app.replace_text("journal-name", "Alex").await;
    app.click("journal-rename").await;
    app.wait_for_text("journal-name-status", "Renamed.").await;
    app.client.active_element().await.unwrap().send_keys("\u{E00C}").await.unwrap();
    app.wait_until_gone("settings-dialog").await;
    let alex_card = files.join("alex-card.txt");
    let alex_fingerprint = exchange_cards(&app, &alex_card, None).await;
    let card = std::fs::read_to_string(&alex_card).unwrap();
    assert!(card.contains(&alex_fingerprint) && !card.contains("AGE-SECRET-KEY"), "a card holds no secret: {card}");
    assert_eq!(std::fs::metadata(&alex_card).unwrap().permissions().mode() & 0o777, 0o600);

    // A journal added by mistake is removed again before it is set up, and Alex's is back.
    app.click("lock-button").await;
    app.click("create-new-journal").await;
    app.wait_for_focus("new-journal-name").await;
    app.type_into("new-journal-name", "Spare").await;
    app.click("new-journal-create").await;
    app.wait_for_text("new-journal-named", "Spare").await;
    app.click("remove-unused-journal").await;
    app.wait_for_text("unlock-lede", "Your journal is locked").await;

    // Robin's journal, created beside it from the locked screen.
    app.click("create-new-journal").await;
    app.wait_for_focus("new-journal-name").await;
    app.type_into("new-journal-name", "Robin").await;
    app.screenshot("86-new-journal").await;
    app.click("new-journal-create").await;
    app.wait_for_text("new-journal-named", "Robin").await;
    app.screenshot("88-new-journal-welcome").await;
    app.create_journal_as(ROBIN, Some("broke_trust"), None).await;
    let robin_card = files.join("robin-card.txt");

    // Something pasted that is not a key is refused kindly; Alex's card is taken.
    app.click("settings-button").await;
    app.type_into("partner-key-input", "my partner's key").await;
    app.click("add-partner-key").await;
    app.wait_for_text("sharing-error", "That is not a sharing key").await;
    app.client.active_element().await.unwrap().send_keys("\u{E00C}").await.unwrap();
    app.wait_until_gone("settings-dialog").await;
    let robin_fingerprint = exchange_cards(&app, &robin_card, Some(&alex_card)).await;
    // Both keep backups on the same USB stick, each in a folder of its own.
    let usb_stick = files.join("usb-stick");
    std::fs::create_dir(&usb_stick).unwrap();
    back_up_to(&app, &usb_stick).await;

    // Robin seals an apology with a proposed agreement that Robin would keep.
    app.click("nav-letters").await;
    app.find("letters-empty").await;
    app.click("letter-write").await;
    app.click("letter-kind-apology").await;
    app.type_into("letter-text", "I am sorry for Friday. I should have called.").await;
    app.click("letter-propose").await;
    app.type_into("proposal-text", "A call when I am running late, before the time we said.").await;
    app.set_value("proposal-cadence", "when_it_comes_up").await;
    app.set_value("proposal-owner", "mine").await;
    app.click("letter-review-button").await;
    app.wait_for_text("proposal-card-owner", "Kept by you").await;
    app.find("letter-wait-note").await;
    app.screenshot("81-letter-review").await;
    let apology = files.join("apology.age");
    app.answer_dialogs(&[&apology]).await;
    app.click("letter-seal").await;
    app.wait_for_text("letters-notice", "Sealed and saved").await;
    assert_eq!(std::fs::metadata(&apology).unwrap().permissions().mode() & 0o777, 0o600);
    assert!(!std::fs::read_to_string(&apology).unwrap().contains("Friday"), "the file is sealed");

    // Alex's journal: the same fingerprints, read aloud, and the letter opened and named.
    switch_to(&app, "Alex", ALEX).await;
    back_up_to(&app, &usb_stick).await;
    let mut folders: Vec<String> = std::fs::read_dir(&usb_stick).unwrap().map(|f| f.unwrap().file_name().to_string_lossy().into_owned()).collect();
    folders.sort();
    assert_eq!(folders.len(), 2, "{folders:?}");
    assert!(folders.iter().all(|folder| folder.starts_with("kintsugi-")), "{folders:?}");
    for folder in &folders {
        let names: Vec<String> = std::fs::read_dir(usb_stick.join(folder)).unwrap().map(|f| f.unwrap().file_name().to_string_lossy().into_owned()).collect();
        assert!(names.iter().any(|n| n.starts_with("kintsugi-backup-")) && names.contains(&"kintsugi-identity.age".to_owned()), "{folder}: {names:?}");
    }
    app.click("settings-button").await;
    app.answer_dialogs(&[&robin_card]).await;
    app.click("open-partner-card").await;
    app.wait_for_text("partner-fingerprint", &robin_fingerprint).await;
    app.screenshot("80-sharing-keys").await;
    app.client.active_element().await.unwrap().send_keys("\u{E00C}").await.unwrap();
    app.wait_until_gone("settings-dialog").await;
    app.click("nav-letters").await;
    app.answer_dialogs(&[&apology]).await;
    app.click("letter-open-file").await;
    app.wait_for_text("letter-item", "I should have called.").await;
    app.wait_for_text("letter-item", &format!("From your partner · key {robin_fingerprint}")).await;

    // Something pasted that is not a letter is refused, and nothing is added.
    app.click("letter-paste").await;
    app.type_into("pasted-letter", "Dear you, this is not sealed.").await;
    app.click("open-pasted-letter").await;
    app.wait_for_text("paste-letter-error", "That is not a Kintsugi letter").await;
    app.find("pasted-letter").await.send_keys("\u{E00C}").await.unwrap();
    app.wait_until_gone("paste-letter-dialog").await;

    // The proposal, Robin's to keep as Alex sees it, is added once.
    app.wait_for_text("proposal-card-owner", "Kept by your partner").await;
    app.click("proposal-accept").await;
    app.wait_for_text("letters-notice", "Added to your agreements").await;
    app.wait_for_text("proposal-added", "In your agreements").await;
    app.screenshot("83-letter-proposal").await;

    // A reply, read through once more before it is sealed.
    app.click("letter-reply").await;
    app.wait_for_focus("letter-text").await;
    app.type_into("letter-text", "Thank you for writing. Friday still hurts, and this helps.").await;
    app.click("letter-review-button").await;
    app.wait_for_text("letter-review-text", "Friday still hurts").await;
    let reply = files.join("reply.age");
    app.answer_dialogs(&[&reply]).await;
    app.click("letter-seal").await;
    app.wait_for_text("letters-notice", "Sealed and saved").await;
    app.wait_for_count("letter-item", 2).await;
    app.screenshot("82-letters-thread").await;

    // Here it is the partner's to keep. A missed day takes a note, offered and never asked for.
    app.click("nav-agreements").await;
    app.wait_for_text("agreement-owner", "Kept by your partner").await;
    app.wait_for_text("agreement-item", "From a letter").await;
    app.click("nav-today").await;
    app.wait_for_text("agreement-today", "A call when I am running late").await;
    app.click("agreement-mark-missed").await;
    app.click("repair-note-open").await;
    app.wait_for_focus("repair-note-text").await;
    app.type_into("repair-note-text", "Saying so the same evening, without being asked.").await;
    app.click("repair-note-save").await;
    app.wait_for_text("repair-note", "Saying so the same evening").await;
    app.screenshot("84-repair-note").await;

    // Robin opens the reply, answering the apology, and adds the agreement as Robin's own.
    switch_to(&app, "Robin", ROBIN).await;
    app.click("nav-letters").await;
    app.answer_dialogs(&[&reply]).await;
    app.click("letter-open-file").await;
    app.wait_for_text("letter-item", "Friday still hurts").await;
    app.wait_for_text("letter-item", &format!("From your partner · key {alex_fingerprint}")).await;
    app.click("proposal-accept").await;
    app.wait_for_text("proposal-added", "In your agreements").await;
    app.click("nav-agreements").await;
    app.wait_for_text("agreement-owner", "Kept by you").await;
    app.quit().await;
}
