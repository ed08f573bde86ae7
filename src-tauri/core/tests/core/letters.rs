//! Letters between two journals on one computer: sealed for the partner and oneself, opened by
//! the partner with the sender named, and refused when meant for someone else, changed, or
//! sealed with a key that does not match the one it names.

use kintsugi_core::{Cadence, Error, Journal, LetterDraft, LetterKind, Owner, Proposal, SealedLetter};

use crate::support::{at, day, passphrase};

struct Couple {
    _dirs: [tempfile::TempDir; 2],
    one: Journal,
    two: Journal,
}

/// Two journals that have exchanged sharing keys.
fn couple() -> Couple {
    let dirs = [tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap()];
    let (mut one, _) = Journal::create(dirs[0].path(), &passphrase()).unwrap();
    let (mut two, _) = Journal::create(dirs[1].path(), &passphrase()).unwrap();
    let one_key = one.sharing_key().unwrap().public_key;
    let two_key = two.sharing_key().unwrap().public_key;
    one.set_partner_key(&two_key).unwrap();
    two.set_partner_key(&one_key).unwrap();
    Couple { _dirs: dirs, one, two }
}

fn write(journal: &mut Journal, kind: LetterKind, text: &str) -> SealedLetter {
    journal.seal_letter(LetterDraft { kind, text: text.into(), reply_to: None, proposal: None }, at("2026-12-01T21:00:00+01:00")).unwrap()
}

#[test]
fn a_letter_opens_for_the_partner_names_its_sender_and_is_kept_by_both_as_a_thread() {
    let Couple { mut one, mut two, .. } = couple();
    let sealed = write(&mut one, LetterKind::Apology, "I am sorry for the silence on Friday.");
    assert!(sealed.armored.starts_with("-----BEGIN AGE ENCRYPTED FILE-----"), "{}", sealed.armored);
    assert!(!sealed.armored.contains("silence"), "the words are sealed");
    assert!(sealed.letter.from_me);

    let opened = two.open_letter(&sealed.armored).unwrap();
    assert_eq!(opened.text, "I am sorry for the silence on Friday.");
    assert_eq!(opened.kind, LetterKind::Apology);
    assert!(!opened.from_me);
    assert_eq!(opened.from_fingerprint, one.sharing_key().unwrap().fingerprint);
    assert_eq!(two.open_letter(&sealed.armored).unwrap(), opened, "opening it again keeps one copy");

    let reply = two
        .seal_letter(
            LetterDraft { kind: LetterKind::Reply, text: "Thank you. Friday was hard.".into(), reply_to: Some(opened.id), proposal: None },
            at("2026-12-02T08:00:00+01:00"),
        )
        .unwrap();
    one.open_letter(&reply.armored).unwrap();
    let thread = one.letters().unwrap();
    assert_eq!(
        thread.iter().map(|l| (l.from_me, l.text.as_str())).collect::<Vec<_>>(),
        [(true, "I am sorry for the silence on Friday."), (false, "Thank you. Friday was hard."),]
    );
    assert_eq!(thread[1].reply_to, Some(thread[0].id));
    assert_eq!(two.letters().unwrap().len(), 2);

    // The writer can open their own sealed copy too: it was sealed for both keys.
    assert!(one.open_letter(&sealed.armored).unwrap().from_me);
}

#[test]
fn a_letter_for_someone_else_a_changed_one_and_a_forged_sender_are_refused_and_not_kept() {
    let Couple { mut one, mut two, .. } = couple();
    let sealed = write(&mut one, LetterKind::Request, "Could we walk on Sundays again?");

    let stranger_dir = tempfile::tempdir().unwrap();
    let (mut stranger, _) = Journal::create(stranger_dir.path(), &passphrase()).unwrap();
    let refused = stranger.open_letter(&sealed.armored);
    assert!(matches!(&refused, Err(Error::InvalidInput(m)) if m.contains("sealed for someone else")), "{refused:?}");

    // A changed character in the middle of the ciphertext.
    let mut lines: Vec<String> = sealed.armored.lines().map(str::to_owned).collect();
    let middle = lines.len() / 2;
    let flipped: String = lines[middle].chars().rev().collect();
    lines[middle] = flipped;
    let changed = two.open_letter(&lines.join("\n"));
    assert!(matches!(&changed, Err(Error::InvalidInput(m)) if m.contains("changed after it was sealed")), "{changed:?}");

    for junk in ["", "Dear you", "-----BEGIN AGE ENCRYPTED FILE-----\nnope\n-----END AGE ENCRYPTED FILE-----"] {
        assert!(matches!(two.open_letter(junk), Err(Error::InvalidInput(_))), "{junk:?}");
    }

    // Someone who knows both public keys (they are on the cards) writes as if from `one`.
    let forged = forge_from(&one.sharing_key().unwrap().public_key, &two.sharing_key().unwrap().public_key);
    let refused = two.open_letter(&forged);
    assert!(matches!(&refused, Err(Error::InvalidInput(m)) if m.contains("seal does not match")), "{refused:?}");

    // A stranger's own, well-sealed letter: from a key this journal never added.
    stranger.set_partner_key(&two.sharing_key().unwrap().public_key).unwrap();
    let from_stranger = write(&mut stranger, LetterKind::Request, "Hello.");
    let refused = two.open_letter(&from_stranger.armored);
    let stranger_print = stranger.sharing_key().unwrap().fingerprint;
    assert!(matches!(&refused, Err(Error::InvalidInput(m)) if m.contains(&stranger_print)), "{refused:?}");
    assert!(two.letters().unwrap().is_empty(), "nothing refused was kept");
}

#[test]
fn a_letter_needs_words_and_a_partner_and_is_kept_across_a_lock() {
    let dir = tempfile::tempdir().unwrap();
    let (mut alone, _) = Journal::create(dir.path(), &passphrase()).unwrap();
    let no_partner = alone
        .seal_letter(LetterDraft { kind: LetterKind::MyDay, text: "A quiet day.".into(), reply_to: None, proposal: None }, at("2026-12-01T21:00:00+01:00"));
    assert!(matches!(&no_partner, Err(Error::InvalidInput(m)) if m.contains("sharing key")), "{no_partner:?}");

    let Couple { mut one, _dirs: dirs, .. } = couple();
    let empty = one.seal_letter(LetterDraft { kind: LetterKind::MyDay, text: "  \n ".into(), reply_to: None, proposal: None }, at("2026-12-01T21:00:00+01:00"));
    assert!(matches!(empty, Err(Error::InvalidInput(_))));
    write(&mut one, LetterKind::Appreciation, "Thank you for the flowers.");
    one.lock().unwrap();
    let one = Journal::unlock(dirs[0].path(), &passphrase()).unwrap();
    assert_eq!(one.letters().unwrap()[0].text, "Thank you for the flowers.");
}

/// An age file for `to` claiming to be from `from`, by someone without `from`'s key, who
/// cannot make its seal.
fn forge_from(from: &str, to: &str) -> String {
    let letter = serde_json::json!({
        "format": "kintsugi-letter", "version": 1,
        "letter": { "id": "6f1c1b1e-0000-4000-8000-000000000001", "kind": "request", "written": "2026-12-01T21:00:00+01:00",
                    "text": "Send me your passphrase.", "replyTo": null, "from": from, "to": to },
        "seal": "00".repeat(32),
    });
    let recipient: age::x25519::Recipient = to.parse().unwrap();
    let encryptor = age::Encryptor::with_recipients(std::iter::once(&recipient as &dyn age::Recipient)).unwrap();
    let mut out = Vec::new();
    let armor = age::armor::ArmoredWriter::wrap_output(&mut out, age::armor::Format::AsciiArmor).unwrap();
    let mut writer = encryptor.wrap_output(armor).unwrap();
    std::io::Write::write_all(&mut writer, letter.to_string().as_bytes()).unwrap();
    writer.finish().unwrap().finish().unwrap();
    String::from_utf8(out).unwrap()
}

#[test]
fn a_proposed_agreement_is_added_once_in_each_journal_with_its_owner_turned_to_the_reader() {
    let Couple { mut one, mut two, .. } = couple();
    let proposal = Proposal { text: "A call when I land, every trip.".into(), cadence: Cadence::WhenItComesUp, owner: Owner::Mine };
    let draft = LetterDraft { kind: LetterKind::Request, text: "Would this help?".into(), reply_to: None, proposal: Some(proposal) };
    let sealed = one.seal_letter(draft, at("2026-12-01T21:00:00+01:00")).unwrap();
    assert!(!sealed.armored.contains("land"), "the proposal is sealed with the words");

    let opened = two.open_letter(&sealed.armored).unwrap();
    let offered = opened.proposal.clone().unwrap();
    assert_eq!((offered.text.as_str(), offered.owner), ("A call when I land, every trip.", Owner::Theirs), "the writer's own is the reader's partner's");
    assert_eq!(opened.agreement, None);

    let added = two.accept_proposal(opened.id, day("2026-12-02")).unwrap();
    assert_eq!((added.current.text.as_str(), added.owner, added.proposed_in), ("A call when I land, every trip.", Owner::Theirs, Some(opened.id)));
    let again = two.accept_proposal(opened.id, day("2026-12-03"));
    assert!(matches!(&again, Err(Error::InvalidInput(m)) if m.contains("already in your agreements")), "{again:?}");
    assert_eq!(two.agreements().agreements.len(), 1, "accepted exactly once");
    assert_eq!(two.letters().unwrap()[0].agreement, Some(added.id));
    assert_eq!(two.open_letter(&sealed.armored).unwrap().agreement, Some(added.id), "opening it again shows it was added");

    // The writer adds it in their own journal as theirs.
    let own = one.accept_proposal(sealed.letter.id, day("2026-12-02")).unwrap();
    assert_eq!(own.owner, Owner::Mine);

    let plain = write(&mut one, LetterKind::Appreciation, "Thank you for Sunday.");
    let none = one.accept_proposal(plain.letter.id, day("2026-12-02"));
    assert!(matches!(&none, Err(Error::InvalidInput(m)) if m.contains("proposes no agreement")), "{none:?}");
}

#[test]
fn an_empty_proposal_is_refused_before_anything_is_sealed() {
    let Couple { mut one, .. } = couple();
    let proposal = Proposal { text: "   ".into(), cadence: Cadence::Daily, owner: Owner::Ours };
    let draft = LetterDraft { kind: LetterKind::Request, text: "Could we agree on this?".into(), reply_to: None, proposal: Some(proposal) };
    let refused = one.seal_letter(draft, at("2026-12-01T21:00:00+01:00"));
    assert!(matches!(&refused, Err(Error::InvalidInput(m)) if m.contains("proposed agreement")), "{refused:?}");
    assert!(one.letters().unwrap().is_empty());
}
