//! Sharing keys between two journals on one computer: each has its own, the cards carry only
//! the public half, each adds the other's, and a backup brings the same key back.

use std::os::unix::fs::PermissionsExt;

use kintsugi_core::{read_sharing_card, restore_backup, BackupKey, Error, Journal};

use crate::support::{at, passphrase};

#[test]
fn two_journals_exchange_sharing_cards_and_each_sees_the_other_s_fingerprint() {
    let (one_dir, two_dir, cards) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let (mut one, _) = Journal::create(one_dir.path(), &passphrase()).unwrap();
    let (mut two, _) = Journal::create(two_dir.path(), &passphrase()).unwrap();
    assert_eq!(one.partner_key(), None);

    let one_card = cards.path().join("one.txt");
    let one_key = one.save_sharing_card(&one_card).unwrap();
    assert_eq!(one.sharing_key().unwrap(), one_key, "the key is made once and kept");
    assert!(one_key.public_key.starts_with("age1"));
    let card = std::fs::read_to_string(&one_card).unwrap();
    assert!(card.contains(&one_key.public_key) && card.contains(&one_key.fingerprint), "{card}");
    assert!(!card.contains("AGE-SECRET-KEY"), "a card holds no secret");
    assert_eq!(std::fs::metadata(&one_card).unwrap().permissions().mode() & 0o777, 0o600);

    let added = two.set_partner_key(&read_sharing_card(&one_card).unwrap()).unwrap();
    assert_eq!(added, one_key);
    let two_key = two.sharing_key().unwrap();
    assert_ne!(two_key, one_key);
    assert_ne!(two_key.fingerprint, one_key.fingerprint);
    // Pasted rather than a card.
    one.set_partner_key(&format!("  {}\n", two_key.public_key)).unwrap();

    for journal in [one, two] {
        journal.lock().unwrap();
    }
    let one = Journal::unlock(one_dir.path(), &passphrase()).unwrap();
    let two = Journal::unlock(two_dir.path(), &passphrase()).unwrap();
    assert_eq!(one.partner_key(), Some(two_key));
    assert_eq!(two.partner_key(), Some(one_key));
}

#[test]
fn a_wrong_or_own_key_is_refused_and_a_partner_can_be_forgotten() {
    let dir = tempfile::tempdir().unwrap();
    let (mut journal, _) = Journal::create(dir.path(), &passphrase()).unwrap();
    let own = journal.sharing_key().unwrap();
    let refused = journal.set_partner_key(&own.public_key);
    assert!(matches!(&refused, Err(Error::InvalidInput(message)) if message.contains("own sharing key")), "{refused:?}");
    for wrong in ["", "my partner", "age1qqqq", "AGE-SECRET-KEY-1ABC"] {
        assert!(matches!(journal.set_partner_key(wrong), Err(Error::InvalidInput(_))), "{wrong:?}");
    }
    assert_eq!(journal.partner_key(), None, "nothing was kept from a refusal");

    let partner = age::x25519::Identity::generate().to_public().to_string();
    journal.set_partner_key(&partner).unwrap();
    journal.forget_partner_key().unwrap();
    assert_eq!(journal.partner_key(), None);
    assert_eq!(journal.sharing_key().unwrap(), own, "forgetting the partner keeps one's own key");
}

#[test]
fn a_card_far_too_large_is_refused_before_it_is_read() {
    let dir = tempfile::tempdir().unwrap();
    let big = dir.path().join("big.txt");
    std::fs::write(&big, vec![b'a'; 1024 * 1024]).unwrap();
    assert!(matches!(read_sharing_card(&big), Err(Error::InvalidInput(_))));
}

#[test]
fn a_journal_restored_from_a_backup_keeps_its_sharing_key_and_partner() {
    let (dir, folder, target) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let (mut journal, _) = Journal::create(dir.path(), &passphrase()).unwrap();
    let own = journal.sharing_key().unwrap();
    let partner = journal.set_partner_key(&age::x25519::Identity::generate().to_public().to_string()).unwrap();
    let backup = journal.back_up(folder.path(), at("2026-12-01T21:30:00+01:00")).unwrap();

    let (mut restored, _) = restore_backup(&backup, BackupKey::Passphrase(&passphrase()), &target.path().join("j"), &passphrase()).unwrap();
    assert_eq!(restored.sharing_key().unwrap(), own);
    assert_eq!(restored.partner_key(), Some(partner));
}
