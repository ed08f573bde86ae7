//! Letters in the real window, between two journals on one computer: this one in the app, the
//! partner's opened with the core as their own app would. They exchange sharing cards and see
//! the same fingerprints; the partner seals an apology with a proposed agreement, this journal
//! opens it, named, adds the agreement, and replies after reading it through; the partner opens
//! the reply and adds the agreement too, and each journal says whose it is. A missed day of it
//! takes a note on what repair could look like.

use std::os::unix::fs::PermissionsExt;

use kintsugi_core::{read_sealed_letter, read_sharing_card, Cadence, Journal, LetterDraft, LetterKind, Owner, Passphrase, Proposal};
use kintsugi_e2e::{App, Moment, Profile};

const EVENING: Moment = Moment { instant: "2026-12-03T20:10:00+00:00", time_zone: "Europe/London" };
const PASSPHRASE: &str = "two cups on the windowsill";

#[tokio::test(flavor = "multi_thread")]
async fn two_journals_exchange_cards_and_letters() {
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

    app.client.active_element().await.unwrap().send_keys("\u{E00C}").await.unwrap();
    app.wait_until_gone("settings-dialog").await;

    // The partner seals an apology; this journal opens the file and names who sealed it.
    let proposal = Proposal { text: "A call when I am running late, before the time we said.".into(), cadence: Cadence::WhenItComesUp, owner: Owner::Mine };
    let apology = LetterDraft { kind: LetterKind::Apology, text: "I am sorry for Friday.\nI should have called.".into(), reply_to: None, proposal: Some(proposal) };
    let sealed = partner.seal_letter(apology, chrono::DateTime::parse_from_rfc3339("2026-12-03T19:30:00+00:00").unwrap()).unwrap();
    let apology_file = partner_dir.path().join("apology.age");
    sealed.save_to(&apology_file).unwrap();
    app.click("nav-letters").await;
    app.find("letters-empty").await;
    app.answer_dialogs(&[&apology_file]).await;
    app.click("letter-open-file").await;
    app.wait_for_text("letter-item", "I should have called.").await;
    app.wait_for_text("letter-item", &format!("From your partner · key {}", partner_key.fingerprint)).await;

    // Its proposal, kept by the partner as this journal sees it, is added once.
    app.wait_for_text("proposal-card-owner", "Kept by your partner").await;
    app.click("proposal-accept").await;
    app.wait_for_text("letters-notice", "Added to your agreements").await;
    app.wait_for_text("proposal-added", "In your agreements").await;
    app.screenshot("83-letter-proposal").await;

    // Something pasted that is not a letter is refused, and nothing is added.
    app.click("letter-paste").await;
    app.type_into("pasted-letter", "Dear you, this is not sealed.").await;
    app.click("open-pasted-letter").await;
    app.wait_for_text("paste-letter-error", "That is not a Kintsugi letter").await;
    app.find("pasted-letter").await.send_keys("\u{E00C}").await.unwrap();
    app.wait_until_gone("paste-letter-dialog").await;

    // A reply, read through once more before it is sealed.
    app.click("letter-reply").await;
    app.wait_for_focus("letter-text").await;
    app.type_into("letter-text", "Thank you for writing. Friday still hurts, and this helps.").await;
    app.click("letter-review-button").await;
    app.wait_for_text("letter-review-text", "Friday still hurts").await;
    app.find("letter-wait-note").await;
    app.screenshot("81-letter-review").await;
    let reply_file = profile.root().join("reply.age");
    app.answer_dialogs(&[&reply_file]).await;
    app.click("letter-seal").await;
    app.wait_for_text("letters-notice", "Sealed and saved").await;
    app.wait_for_count("letter-item", 2).await;
    app.screenshot("82-letters-thread").await;
    assert_eq!(std::fs::metadata(&reply_file).unwrap().permissions().mode() & 0o777, 0o600);
    assert!(!std::fs::read_to_string(&reply_file).unwrap().contains("Friday"), "the file is sealed");

    // The partner opens the reply: from this journal, answering the apology.
    let reply = partner.open_letter(&read_sealed_letter(&reply_file).unwrap()).unwrap();
    assert_eq!(reply.text, "Thank you for writing. Friday still hurts, and this helps.");
    assert_eq!(reply.from_fingerprint, own_fingerprint);
    assert_eq!(reply.reply_to, Some(sealed.letter.id));
    let theirs = partner.accept_proposal(sealed.letter.id, "2026-12-03".parse().unwrap()).unwrap();
    assert_eq!(theirs.owner, Owner::Mine, "in the partner's journal it is their own");

    // Here it is the partner's to keep. A missed day takes a note, offered and never asked for.
    app.click("nav-agreements").await;
    app.wait_for_text("agreement-item", "A call when I am running late").await;
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

    // Kept in the journal: still there after locking and unlocking.
    app.click("lock-button").await;
    app.unlock(PASSPHRASE).await;
    app.click("nav-letters").await;
    app.wait_for_count("letter-item", 2).await;
    app.quit().await;
}
