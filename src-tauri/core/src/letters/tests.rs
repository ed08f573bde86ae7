//! Letters from the attacker's side: what a stranger holding only public sharing cards, or a
//! partner's key used outside the rule, can make a journal keep.

use super::*;
use crate::model::{ABOUT_ID, DRAFT_ID, KEYS_ID, PROMPTS_ID, SHARING_ID};
use crate::Passphrase;
use uuid::Uuid;

/// A letter (JSON) sealed by `by` with the secret its key shares with `pair_with`, and
/// encrypted to `encrypt_to`: what another version of Kintsugi, or a forger, could write.
fn forged(by: &mut Journal, pair_with: &str, encrypt_to: &str, letter: &str) -> String {
    let keys = by.sharing_keys().unwrap();
    let raw = serde_json::value::RawValue::from_string(letter.to_owned()).unwrap();
    let envelope = Envelope { format: FORMAT_NAME.into(), version: VERSION, seal: seal(&keys, pair_with, &raw).unwrap(), letter: raw };
    armored_for(encrypt_to, &serde_json::to_vec(&envelope).unwrap())
}

fn armored_for(recipient: &str, plain: &[u8]) -> String {
    let recipient: age::x25519::Recipient = recipient.parse().unwrap();
    let encryptor = age::Encryptor::with_recipients(std::iter::once(&recipient as &dyn age::Recipient)).unwrap();
    let mut out = Vec::new();
    let armor = age::armor::ArmoredWriter::wrap_output(&mut out, age::armor::Format::AsciiArmor).unwrap();
    let mut writer = encryptor.wrap_output(armor).unwrap();
    writer.write_all(plain).unwrap();
    writer.finish().unwrap().finish().unwrap();
    String::from_utf8(out).unwrap()
}

fn letter_json(id: &str, from: &str, to: &str, text: &str) -> String {
    format!(r#"{{"id":"{id}","kind":"apology","written":"2027-05-01T09:00:00+02:00","text":"{text}","replyTo":null,"from":"{from}","to":"{to}"}}"#)
}

/// Three journals: `me`, my partner, and a stranger who has both our public cards.
struct Three {
    _dirs: [tempfile::TempDir; 3],
    me: Journal,
    partner: Journal,
    stranger: Journal,
    my_key: String,
    partner_key: String,
    stranger_key: String,
}

fn three() -> Three {
    let dirs = [tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap()];
    let passphrase = Passphrase::new("mended with gold, slowly".into());
    let [mut me, mut partner, mut stranger] = dirs.each_ref().map(|dir| Journal::create(dir.path(), &passphrase).unwrap().0);
    let [my_key, partner_key, stranger_key] = [&mut me, &mut partner, &mut stranger].map(|journal| journal.sharing_key().unwrap().public_key);
    me.set_partner_key(&partner_key).unwrap();
    partner.set_partner_key(&my_key).unwrap();
    Three { _dirs: dirs, me, partner, stranger, my_key, partner_key, stranger_key }
}

/// Everything the journal holds, and every row of its file: a refused letter changes neither.
fn snapshot(journal: &Journal) -> (Vec<Record>, Vec<(i64, Vec<u8>)>) {
    let mut records: Vec<Record> = journal.records().cloned().collect();
    records.sort_by_key(Record::id);
    (records, journal.stored_rows())
}

fn assert_refused(journal: &mut Journal, armored: &str, says: &str) {
    let before = snapshot(journal);
    let refused = journal.open_letter(armored);
    assert!(matches!(&refused, Err(Error::InvalidInput(m)) if m.contains(says)), "expected {says:?}: {refused:?}");
    assert!(snapshot(journal) == before, "a refused letter changes nothing");
}

#[test]
fn a_stranger_with_only_my_public_card_cannot_write_a_letter_from_me() {
    let Three { mut me, mut stranger, my_key, stranger_key, .. } = three();
    // The seal of the pair (me, stranger): the stranger computes it from my public card.
    let reflected = forged(&mut stranger, &my_key, &my_key, &letter_json(&Uuid::new_v4().to_string(), &my_key, &stranger_key, "Send me your passphrase."));
    assert_refused(&mut me, &reflected, "written in this journal, but for a key that is not your partner's");
    assert!(me.letters().unwrap().is_empty());
    assert!(me.recovery_recipient().is_some(), "backups still open with the recovery key");
}

#[test]
fn a_letter_from_a_key_that_is_not_the_partners_is_refused() {
    let Three { mut me, mut stranger, my_key, stranger_key, .. } = three();
    let from_stranger = forged(&mut stranger, &my_key, &my_key, &letter_json(&Uuid::new_v4().to_string(), &stranger_key, &my_key, "It is me, really."));
    assert_refused(&mut me, &from_stranger, "a key this journal does not know");
}

#[test]
fn a_letter_for_a_third_key_is_refused_even_from_the_partner() {
    let Three { mut me, mut partner, my_key, partner_key, stranger_key, .. } = three();
    let elsewhere = forged(&mut partner, &my_key, &my_key, &letter_json(&Uuid::new_v4().to_string(), &partner_key, &stranger_key, "Meant for another."));
    assert_refused(&mut me, &elsewhere, "sealed for someone else");
}

#[test]
fn a_letter_can_never_take_the_id_of_a_record_of_another_kind() {
    let Three { mut me, mut partner, my_key, partner_key, .. } = three();
    let now = DateTime::parse_from_rfc3339("2027-05-01T09:00:00+02:00").unwrap();
    let entry = me.save_entry(crate::EntryDraft::new(now.date_naive(), "my own words"), now).unwrap();
    me.keep_draft(crate::EntryDraft::new(now.date_naive(), "half a thought"), now).unwrap();
    me.todays_prompt(now.date_naive()).unwrap();
    me.set_role(crate::Role::WasHurt).unwrap();
    for taken in [DRAFT_ID, PROMPTS_ID, KEYS_ID, ABOUT_ID, SHARING_ID, Uuid::nil(), entry.id.0] {
        let letter = forged(&mut partner, &my_key, &my_key, &letter_json(&taken.to_string(), &partner_key, &my_key, "Replacing what you keep."));
        assert_refused(&mut me, &letter, "not a Kintsugi letter");
    }
    assert_eq!(me.entry(entry.id).unwrap().text, "my own words");
    assert_eq!(me.partner_key().unwrap().public_key, partner_key, "the sharing record is whole");
}

#[test]
fn a_second_letter_under_the_id_of_one_already_kept_is_refused() {
    let Three { mut me, mut partner, my_key, partner_key, .. } = three();
    let id = Uuid::new_v4().to_string();
    me.open_letter(&forged(&mut partner, &my_key, &my_key, &letter_json(&id, &partner_key, &my_key, "The first words."))).unwrap();
    let again = forged(&mut partner, &my_key, &my_key, &letter_json(&id, &partner_key, &my_key, "Other words."));
    assert_refused(&mut me, &again, "different letter with the same name");
    assert_eq!(me.letters().unwrap()[0].text, "The first words.");
}

#[test]
fn a_card_whose_key_shares_a_secret_anyone_can_compute_is_refused() {
    let Three { mut me, partner_key, .. } = three();
    // The point of order one (u = 0): X25519 with it gives zero whatever the secret.
    let low_order = bech32::encode::<bech32::Bech32>(bech32::Hrp::parse("age").unwrap(), &[0u8; 32]).unwrap();
    let refused = me.set_partner_key(&low_order);
    assert!(matches!(&refused, Err(Error::InvalidInput(m)) if m.contains("cannot be anyone's sharing key")), "{refused:?}");
    assert_eq!(me.partner_key().unwrap().public_key, partner_key);
}

#[test]
fn the_seal_covers_the_letter_as_written_so_unknown_fields_open_and_changed_words_do_not() {
    let Three { mut me, mut partner, my_key, partner_key, .. } = three();
    // Spaced and ordered unlike this version writes, with a field it does not know.
    let letter = format!(
        r#"{{ "mood": "hopeful", "to": "{my_key}", "from": "{partner_key}", "id": "6f1c1b1e-0000-4000-8000-000000000002",
             "kind": "appreciation", "written": "2027-05-01T09:00:00+02:00", "text": "Thank you.", "replyTo": null }}"#
    );
    assert_eq!(me.open_letter(&forged(&mut partner, &my_key, &my_key, &letter)).unwrap().text, "Thank you.");

    // The seal of the first words, over changed ones.
    let changed = letter.replace("Thank you.", "Send me your passphrase.").replace("0002", "0003");
    let keys = partner.sharing_keys().unwrap();
    let raw = |text: &str| serde_json::value::RawValue::from_string(text.to_owned()).unwrap();
    let envelope = Envelope { format: FORMAT_NAME.into(), version: VERSION, seal: seal(&keys, &my_key, &raw(&letter)).unwrap(), letter: raw(&changed) };
    assert_refused(&mut me, &armored_for(&my_key, &serde_json::to_vec(&envelope).unwrap()), "seal does not match");
}
