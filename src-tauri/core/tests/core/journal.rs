//! The journal as the shell uses it: create, unlock, lock, recover, and entries that survive.

use std::path::Path;

use chrono::{FixedOffset, NaiveDate};
use kintsugi_core::{EntryDraft, Error, Journal, Passphrase, VAULT_FILE_NAME};
use proptest::prelude::*;

use crate::support::{at, day, passphrase, retyped};

fn vault_bytes(dir: &Path) -> Vec<u8> {
    std::fs::read(dir.join(VAULT_FILE_NAME)).unwrap()
}

#[test]
fn create_write_lock_and_unlock_again() {
    let dir = tempfile::tempdir().unwrap();
    let (mut journal, _recovery) = Journal::create(dir.path(), &passphrase()).unwrap();
    assert!(journal.recent_entries(1).entries.is_empty());
    let saved = journal.save_entry(EntryDraft::new(day("2026-11-26"), "We walked by the river."), at("2026-11-26T20:15:00+01:00")).unwrap();
    journal.lock().unwrap();

    let journal = Journal::unlock(dir.path(), &passphrase()).unwrap();
    assert!(journal.damage().is_empty());
    assert_eq!(journal.entry(saved.id).unwrap(), &saved);
    assert_eq!(journal.entry(saved.id).unwrap().created.offset().local_minus_utc(), 3600);
    let listed = journal.recent_entries(usize::MAX).entries;
    assert_eq!(listed.len(), 1);
    assert_eq!(listed[0].preview, "We walked by the river.");
}

#[test]
fn a_wrong_passphrase_is_refused_and_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let (journal, _recovery) = Journal::create(dir.path(), &passphrase()).unwrap();
    journal.lock().unwrap();
    let before = vault_bytes(dir.path());
    let err = Journal::unlock(dir.path(), &Passphrase::new("mended with gold, quickly".into())).err().unwrap();
    assert!(matches!(err, Error::WrongPassphrase), "{err:?}");
    assert!(err.to_string().contains("does not open"));
    assert_eq!(vault_bytes(dir.path()), before);
    Journal::unlock(dir.path(), &passphrase()).unwrap();
}

#[test]
fn the_recovery_key_opens_the_vault_and_sets_a_new_passphrase() {
    let dir = tempfile::tempdir().unwrap();
    let (mut journal, recovery) = Journal::create(dir.path(), &passphrase()).unwrap();
    let saved = journal.save_entry(EntryDraft::new(day("2026-01-02"), "kept"), at("2026-01-02T08:00:00Z")).unwrap();
    journal.lock().unwrap();

    let mut journal = Journal::unlock_with_recovery_key(dir.path(), &retyped(&recovery)).unwrap();
    assert_eq!(journal.entry(saved.id).unwrap().text, "kept");
    let new = Passphrase::new("a new passphrase after forgetting".into());
    // Opened with the recovery key, no current passphrase is asked: it is what was forgotten.
    assert!(matches!(journal.change_passphrase(None, &Passphrase::new("short".into())), Err(Error::WeakPassphrase(_))));
    assert!(matches!(journal.change_passphrase(None, &Passphrase::new("password1234".into())), Err(Error::WeakPassphrase(_))));
    journal.change_passphrase(None, &new).unwrap();
    journal.lock().unwrap();

    assert!(matches!(Journal::unlock(dir.path(), &passphrase()), Err(Error::WrongPassphrase)));
    Journal::unlock(dir.path(), &new).unwrap().lock().unwrap();
    // The recovery key keeps working after the passphrase changes.
    Journal::unlock_with_recovery_key(dir.path(), &retyped(&recovery)).unwrap();
}

#[test]
fn another_vaults_recovery_key_is_refused() {
    let one = tempfile::tempdir().unwrap();
    let other = tempfile::tempdir().unwrap();
    Journal::create(one.path(), &passphrase()).unwrap();
    let (_, others_key) = Journal::create(other.path(), &passphrase()).unwrap();
    let err = Journal::unlock_with_recovery_key(one.path(), &others_key).err().unwrap();
    assert!(matches!(err, Error::WrongRecoveryKey), "{err:?}");
}

#[test]
fn creating_refuses_weak_passphrases_and_existing_vaults() {
    let dir = tempfile::tempdir().unwrap();
    for weak in ["1234567", "password1234"] {
        let err = Journal::create(dir.path(), &Passphrase::new(weak.into())).err().unwrap();
        assert!(matches!(err, Error::WeakPassphrase(_)), "{weak}: {err:?}");
        assert!(!dir.path().join(VAULT_FILE_NAME).exists(), "a refused passphrase leaves no file");
    }

    Journal::create(dir.path(), &passphrase()).unwrap().0.lock().unwrap();
    let before = vault_bytes(dir.path());
    assert!(matches!(Journal::create(dir.path(), &passphrase()), Err(Error::VaultExists(_))));
    assert_eq!(vault_bytes(dir.path()), before);
}

#[test]
fn unlocking_where_there_is_no_vault_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let err = Journal::unlock(dir.path(), &passphrase()).err().unwrap();
    assert!(matches!(err, Error::NoVault(_)));
    assert!(std::fs::read_dir(dir.path()).unwrap().next().is_none(), "nothing is created");
}

#[test]
fn edits_keep_creation_time_and_deletes_are_final() {
    let dir = tempfile::tempdir().unwrap();
    let (mut journal, _) = Journal::create(dir.path(), &passphrase()).unwrap();
    let first = journal.save_entry(EntryDraft::new(day("2026-11-20"), "first draft"), at("2026-11-20T09:00:00-05:00")).unwrap();
    let unchanged = journal.save_entry(EntryDraft::editing(&first), at("2026-11-20T09:05:00-05:00")).unwrap();
    assert_eq!(unchanged.updated, first.updated, "saving the same text is not an edit");
    let edited =
        journal.save_entry(EntryDraft::editing(&first).with_day(day("2026-11-21")).with_text("second thoughts"), at("2026-11-22T10:00:00-05:00")).unwrap();
    assert_eq!(edited.created, first.created);
    assert_eq!(edited.updated, at("2026-11-22T10:00:00-05:00"));
    assert_eq!(journal.recent_entries(0).total, 1);

    journal.delete_entry(first.id).unwrap();
    assert!(matches!(journal.entry(first.id), Err(Error::EntryNotFound)));
    assert!(matches!(journal.delete_entry(first.id), Err(Error::EntryNotFound)));
    journal.lock().unwrap();
    assert!(Journal::unlock(dir.path(), &passphrase()).unwrap().recent_entries(1).entries.is_empty());
}

#[test]
fn entries_are_listed_newest_day_first() {
    let dir = tempfile::tempdir().unwrap();
    let (mut journal, _) = Journal::create(dir.path(), &passphrase()).unwrap();
    for (d, time) in [("2026-03-01", "T08:00:00Z"), ("2026-05-01", "T08:00:00Z"), ("2026-03-01", "T21:00:00Z")] {
        journal.save_entry(EntryDraft::new(day(d), format!("{d}{time}")), at(&format!("{d}{time}"))).unwrap();
    }
    let order: Vec<String> = journal.recent_entries(usize::MAX).entries.into_iter().map(|e| e.preview).collect();
    assert_eq!(order, ["2026-05-01T08:00:00Z", "2026-03-01T21:00:00Z", "2026-03-01T08:00:00Z"]);
}

#[test]
fn bad_input_is_refused_with_a_reason_and_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let (mut journal, _) = Journal::create(dir.path(), &passphrase()).unwrap();
    let now = at("2026-11-26T12:00:00Z");
    assert!(matches!(journal.save_entry(EntryDraft::new(day("2026-11-26"), " \n\t "), now), Err(Error::EmptyEntry)));
    let err = journal.save_entry(EntryDraft::new(day("1850-01-01"), "long ago"), now).err().unwrap();
    assert!(err.to_string().contains("between the years 1900 and 2200"), "{err}");
    let huge = "x".repeat(9 * 1024 * 1024);
    assert!(matches!(journal.save_entry(EntryDraft::new(day("2026-11-26"), huge), now), Err(Error::InvalidInput(_))));
    let missing = kintsugi_core::EntryId::parse("00000000-0000-4000-8000-000000000000").unwrap();
    let mut edit = EntryDraft::new(day("2026-11-26"), "x");
    edit.id = Some(missing);
    assert!(matches!(journal.save_entry(edit, now), Err(Error::EntryNotFound)));
    assert!(journal.recent_entries(1).entries.is_empty());
}

#[test]
fn a_damaged_bucket_is_named_set_aside_and_the_rest_stays_usable() {
    let dir = tempfile::tempdir().unwrap();
    let (mut journal, _) = Journal::create(dir.path(), &passphrase()).unwrap();
    let now = at("2026-11-26T12:00:00Z");
    let saved: Vec<_> = (0..40).map(|i| journal.save_entry(EntryDraft::new(day("2026-11-26"), format!("entry {i}")), now).unwrap()).collect();
    journal.lock().unwrap();

    let victim = saved[0].id.to_string();
    let bucket = i64::from_str_radix(&victim[..2], 16).unwrap();
    {
        let conn = rusqlite::Connection::open(dir.path().join(VAULT_FILE_NAME)).unwrap();
        let mut sealed: Vec<u8> = conn.query_row("SELECT sealed FROM bucket WHERE id = ?1", [bucket], |r| r.get(0)).unwrap();
        let last = sealed.len() - 20;
        sealed[last] ^= 0x01;
        conn.execute("UPDATE bucket SET sealed = ?1 WHERE id = ?2", rusqlite::params![sealed, bucket]).unwrap();
    }

    let mut journal = Journal::unlock(dir.path(), &passphrase()).unwrap();
    assert_eq!(journal.damage().len(), 1);
    assert!(journal.damage()[0].contains(&format!("bucket {bucket}")), "{:?}", journal.damage());
    assert!(matches!(journal.entry(saved[0].id), Err(Error::EntryNotFound)));
    let intact = saved.iter().filter(|e| e.id.to_string()[..2] != victim[..2]).count();
    assert_eq!(journal.recent_entries(0).total as usize, intact);

    // A new save into the damaged bucket keeps the damaged copy aside instead of overwriting it.
    let mut new_id;
    loop {
        let entry = journal.save_entry(EntryDraft::new(day("2026-11-27"), "after the damage"), now).unwrap();
        new_id = entry.id.to_string();
        if new_id[..2] == victim[..2] {
            break;
        }
        journal.delete_entry(entry.id).unwrap();
    }
    journal.lock().unwrap();
    let conn = rusqlite::Connection::open(dir.path().join(VAULT_FILE_NAME)).unwrap();
    let aside: i64 = conn.query_row("SELECT count(*) FROM damaged_bucket WHERE bucket_id = ?1", [bucket], |r| r.get(0)).unwrap();
    assert_eq!(aside, 1);
}

#[test]
fn a_vault_from_a_newer_version_is_refused_untouched() {
    let dir = tempfile::tempdir().unwrap();
    Journal::create(dir.path(), &passphrase()).unwrap().0.lock().unwrap();
    rusqlite::Connection::open(dir.path().join(VAULT_FILE_NAME)).unwrap().execute_batch("PRAGMA user_version = 7").unwrap();
    let before = vault_bytes(dir.path());
    let err = Journal::unlock(dir.path(), &passphrase()).err().unwrap();
    assert!(matches!(err, Error::NewerVersion { found: 7, .. }), "{err:?}");
    assert_eq!(vault_bytes(dir.path()), before);
}

#[test]
fn a_bucket_written_by_a_newer_version_refuses_the_unlock() {
    let dir = tempfile::tempdir().unwrap();
    let (mut journal, _) = Journal::create(dir.path(), &passphrase()).unwrap();
    journal.save_entry(EntryDraft::new(day("2026-11-26"), "x"), at("2026-11-26T12:00:00Z")).unwrap();
    journal.lock().unwrap();
    rusqlite::Connection::open(dir.path().join(VAULT_FILE_NAME)).unwrap().execute_batch("UPDATE bucket SET format = 99").unwrap();
    let err = Journal::unlock(dir.path(), &passphrase()).err().unwrap();
    assert!(matches!(err, Error::NewerVersion { found: 99, .. }), "{err:?}");
}

fn any_text() -> impl Strategy<Value = String> {
    // Every Unicode scalar, including combining marks, right-to-left text and emoji.
    prop::collection::vec(any::<char>(), 1..400).prop_map(|chars| chars.into_iter().collect())
}

fn any_day() -> impl Strategy<Value = NaiveDate> {
    (1900i32..=2200, 1u32..=366).prop_filter_map("a real day", |(y, ordinal)| NaiveDate::from_yo_opt(y, ordinal))
}

fn any_offset() -> impl Strategy<Value = FixedOffset> {
    (-14 * 4..=14 * 4).prop_map(|quarters| FixedOffset::east_opt(quarters * 15 * 60).unwrap())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(24))]

    #[test]
    fn entries_round_trip_through_the_vault(
        drafts in prop::collection::vec((any_day(), any_text(), any_offset()), 1..12)
    ) {
        let dir = tempfile::tempdir().unwrap();
        let (mut journal, recovery) = Journal::create(dir.path(), &passphrase()).unwrap();
        let mut saved = Vec::new();
        for (day, text, offset) in drafts {
            let now = at("2026-11-26T12:00:00Z").with_timezone(&offset);
            match journal.save_entry(EntryDraft::new(day, text.clone()), now) {
                Ok(entry) => saved.push(entry),
                Err(Error::EmptyEntry) => prop_assert!(text.trim().is_empty()),
                Err(other) => return Err(TestCaseError::fail(other.to_string())),
            }
        }
        journal.lock().unwrap();
        let journal = Journal::unlock_with_recovery_key(dir.path(), &recovery).unwrap();
        prop_assert_eq!(journal.recent_entries(0).total as usize, saved.len());
        for entry in &saved {
            prop_assert_eq!(journal.entry(entry.id).unwrap(), entry);
        }
    }
}

#[test]
fn renewing_the_keys_retires_every_old_secret_keeps_every_record_and_overwrites_the_old_slot() {
    let (dir, files, partner) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let (mut journal, old_recovery) = Journal::create(dir.path(), &passphrase()).unwrap();
    let now = at("2026-12-01T21:00:00+00:00");
    for n in 0..40 {
        journal.save_entry(EntryDraft::new(day("2026-11-01"), format!("entry {n}")), now).unwrap();
    }
    let partner_key = Journal::create(partner.path(), &passphrase()).unwrap().0.sharing_key().unwrap();
    journal.set_partner_key(&partner_key.public_key).unwrap();
    let old_sharing = journal.sharing_key().unwrap();
    journal.export_json(&files.path().join("before.json"), now).unwrap();
    // The passphrase slot as it stands: the bytes an identity file beside the backups holds.
    let backup = journal.back_up(files.path(), now).unwrap();
    let old_slot = std::fs::read(backup.with_file_name(kintsugi_core::BACKUP_IDENTITY_FILE_NAME)).unwrap();

    let new = Passphrase::new("quiet snow over the allotments".into());
    assert!(matches!(journal.renew_keys(Some(&Passphrase::new("not the passphrase at all".into())), &new), Err(Error::WrongPassphrase)));
    assert!(matches!(journal.renew_keys(Some(&passphrase()), &passphrase()), Err(Error::WeakPassphrase(m)) if m.contains("may have been seen")));
    let renewed = journal.renew_keys(Some(&passphrase()), &new).unwrap();
    let new_sharing = renewed.sharing_key.expect("a new sharing key, for the partner to add");
    assert_ne!(new_sharing, old_sharing);
    assert_eq!(journal.sharing_key().unwrap(), new_sharing);
    assert_eq!(journal.partner_key().unwrap(), partner_key, "the partner's key stays");
    journal.export_json(&files.path().join("after.json"), now).unwrap();
    journal.lock().unwrap();

    // Everything but the sharing key, which is new.
    let without_keys = |name: &str| {
        let mut json: serde_json::Value = serde_json::from_slice(&std::fs::read(files.path().join(name)).unwrap()).unwrap();
        json.as_object_mut().unwrap().remove("sharing");
        json
    };
    assert_eq!(without_keys("after.json"), without_keys("before.json"), "every record intact");
    assert!(matches!(Journal::unlock_with_recovery_key(dir.path(), &retyped(&old_recovery)), Err(Error::WrongRecoveryKey)));
    assert!(matches!(Journal::unlock(dir.path(), &passphrase()), Err(Error::WrongPassphrase)));
    let reopened = Journal::unlock_with_recovery_key(dir.path(), &retyped(&renewed.recovery_key)).unwrap();
    assert_eq!(reopened.recent_entries(50).total, 40);
    reopened.lock().unwrap();
    Journal::unlock(dir.path(), &new).unwrap().lock().unwrap();
    let on_disk: Vec<u8> = std::fs::read_dir(dir.path()).unwrap().flat_map(|file| std::fs::read(file.unwrap().path()).unwrap()).collect();
    let stanza = &old_slot[old_slot.len() - 64..];
    assert!(!on_disk.windows(stanza.len()).any(|w| w == stanza), "the old passphrase slot is overwritten");
}

/// Someone passing a journal left open cannot change how it locks: every change of passphrase
/// or keys asks for the current passphrase, unless the journal was opened with the recovery key.
#[test]
fn nobody_at_an_open_journal_can_change_its_passphrase_or_keys_without_the_current_passphrase() {
    let dir = tempfile::tempdir().unwrap();
    let (mut journal, recovery) = Journal::create(dir.path(), &passphrase()).unwrap();
    let theirs = Passphrase::new("the passer-by's own choice".into());
    assert!(matches!(journal.change_passphrase(None, &theirs), Err(Error::CurrentPassphraseNeeded)));
    assert!(matches!(journal.change_passphrase(Some(&theirs), &theirs), Err(Error::WrongPassphrase)));
    assert!(matches!(journal.begin_passphrase_change().unwrap().wrap(None, &theirs), Err(Error::CurrentPassphraseNeeded)));
    assert!(matches!(journal.renew_keys(None, &theirs), Err(Error::CurrentPassphraseNeeded)));
    journal.lock().unwrap();
    Journal::unlock(dir.path(), &passphrase()).unwrap().lock().unwrap();

    let mut journal = Journal::unlock_with_recovery_key(dir.path(), &retyped(&recovery)).unwrap();
    let renewed = journal.renew_keys(None, &Passphrase::new("a new passphrase after forgetting".into())).unwrap();
    assert!(renewed.sharing_key.is_none(), "no sharing key was made, so none is renewed");
}

#[test]
fn a_planted_row_number_past_255_is_named_and_the_rest_opens() {
    let dir = tempfile::tempdir().unwrap();
    let (mut journal, _) = Journal::create(dir.path(), &passphrase()).unwrap();
    let kept = journal.save_entry(EntryDraft::new(day("2026-11-26"), "still here"), at("2026-11-26T12:00:00Z")).unwrap();
    journal.lock().unwrap();
    {
        let conn = rusqlite::Connection::open(dir.path().join(VAULT_FILE_NAME)).unwrap();
        conn.execute("INSERT INTO bucket (id, format, sealed) VALUES (300, 1, x'00')", []).unwrap();
    }
    let journal = Journal::unlock(dir.path(), &passphrase()).unwrap();
    assert_eq!(journal.damage().len(), 1, "{:?}", journal.damage());
    assert!(journal.damage()[0].contains("a row numbered 300"), "{:?}", journal.damage());
    assert_eq!(journal.entry(kept.id).unwrap().text, "still here");
}

#[test]
fn a_passphrase_change_runs_its_key_derivations_while_the_journal_goes_on() {
    let dir = tempfile::tempdir().unwrap();
    let (mut journal, _) = Journal::create(dir.path(), &passphrase()).unwrap();
    let change = journal.begin_passphrase_change().unwrap();
    // The journal is free while the slow part runs: here, a save in the middle of it.
    let saved = journal.save_entry(EntryDraft::new(day("2026-11-26"), "written during the change"), at("2026-11-26T12:00:00Z")).unwrap();
    let new = Passphrase::new("quiet snow over the allotments".into());
    assert!(matches!(change.wrap(Some(&Passphrase::new("not the passphrase at all".into())), &new), Err(Error::WrongPassphrase)));
    assert!(matches!(change.wrap(Some(&passphrase()), &Passphrase::new("password1234".into())), Err(Error::WeakPassphrase(_))));
    let wrapped = change.wrap(Some(&passphrase()), &new).unwrap();
    journal.finish_passphrase_change(wrapped).unwrap();
    journal.lock().unwrap();

    assert!(matches!(Journal::unlock(dir.path(), &passphrase()), Err(Error::WrongPassphrase)));
    let journal = Journal::unlock(dir.path(), &Passphrase::new("quiet snow over the allotments".into())).unwrap();
    assert_eq!(journal.entry(saved.id).unwrap().text, "written during the change");
}

#[test]
fn a_passphrase_change_overtaken_by_new_keys_is_refused_and_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let (mut journal, _) = Journal::create(dir.path(), &passphrase()).unwrap();
    let change = journal.begin_passphrase_change().unwrap();
    journal.renew_keys(Some(&passphrase()), &Passphrase::new("a fresh start under new keys".into())).unwrap();
    let wrapped = change.wrap(Some(&passphrase()), &Passphrase::new("quiet snow over the allotments".into())).unwrap();
    assert!(matches!(journal.finish_passphrase_change(wrapped), Err(Error::ChangedElsewhere)));
    journal.lock().unwrap();
    Journal::unlock(dir.path(), &Passphrase::new("a fresh start under new keys".into())).unwrap();
}
