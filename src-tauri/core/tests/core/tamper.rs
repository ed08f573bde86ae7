//! The vault recognises a file changed behind its back: slots swapped, moved, rolled back,
//! deleted or planted oversized are named as damage, and the rest of the journal opens. And
//! only one writer at a time ever holds it.

use std::path::Path;

use kintsugi_core::{Entry, EntryDraft, Error, Journal, VAULT_FILE_NAME};
use rusqlite::{params, Connection};

use crate::support::{at, day, passphrase};

/// A journal with entries spread over many buckets, locked.
fn journal_with_entries(dir: &Path, count: usize) -> Vec<Entry> {
    let (mut journal, _) = Journal::create(dir, &passphrase()).unwrap();
    let now = at("2026-11-26T12:00:00Z");
    let saved = (0..count).map(|n| journal.save_entry(EntryDraft::new(day("2026-11-26"), format!("entry {n}")), now).unwrap()).collect();
    journal.lock().unwrap();
    saved
}

fn vault(dir: &Path) -> Connection {
    Connection::open(dir.join(VAULT_FILE_NAME)).unwrap()
}

fn bucket_of(entry: &Entry) -> i64 {
    i64::from_str_radix(&entry.id.to_string()[..2], 16).unwrap()
}

fn sealed(conn: &Connection, bucket: i64) -> Vec<u8> {
    conn.query_row("SELECT sealed FROM bucket WHERE id = ?1", [bucket], |r| r.get(0)).unwrap()
}

fn put_sealed(conn: &Connection, bucket: i64, sealed: &[u8]) {
    conn.execute("UPDATE bucket SET sealed = ?1 WHERE id = ?2", params![sealed, bucket]).unwrap();
}

/// The buckets of the first entry and of the next one stored elsewhere.
fn two_buckets(saved: &[Entry]) -> (i64, i64) {
    let first = bucket_of(&saved[0]);
    (first, saved.iter().map(bucket_of).find(|b| *b != first).expect("entries in two buckets"))
}

/// Swaps what two buckets hold, as a careless sync tool might.
fn swap(dir: &Path, a: i64, b: i64) {
    let conn = vault(dir);
    let (sealed_a, sealed_b) = (sealed(&conn, a), sealed(&conn, b));
    put_sealed(&conn, a, &sealed_b);
    put_sealed(&conn, b, &sealed_a);
}

/// Unlocks, and checks that exactly the entries outside `damaged` buckets are there.
fn unlock_expecting_damage_in(dir: &Path, saved: &[Entry], damaged: &[i64]) -> Journal {
    let journal = Journal::unlock(dir, &passphrase()).unwrap();
    for entry in saved {
        let expected_readable = !damaged.contains(&bucket_of(entry));
        assert_eq!(journal.entry(entry.id).is_ok(), expected_readable, "entry in bucket {}", bucket_of(entry));
    }
    assert_eq!(journal.damage().len(), damaged.len(), "{:?}", journal.damage());
    journal
}

#[test]
fn every_slot_exists_from_creation_and_typing_changes_only_the_drafts_fixed_size_slot() {
    let dir = tempfile::tempdir().unwrap();
    let (mut journal, _) = Journal::create(dir.path(), &passphrase()).unwrap();
    let sizes = |conn: &Connection| -> Vec<(i64, i64)> {
        conn.prepare("SELECT id, length(sealed) FROM bucket ORDER BY id")
            .unwrap()
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
            .unwrap()
            .map(Result::unwrap)
            .collect()
    };
    let at_creation = sizes(&vault(dir.path()));
    assert_eq!(at_creation.len(), 257, "256 buckets and the draft's slot");
    // age adds a random amount of header (its "grease"), so sealed sizes vary by a few hundred
    // bytes whatever they hold; what they hold is padded to the same length.
    let holds = |sealed: i64, padded: i64| (padded..padded + 512).contains(&sealed);
    assert!(at_creation[..256].iter().all(|(_, size)| holds(*size, 1024)), "every empty bucket holds 1 KiB: {at_creation:?}");

    let buckets_before: Vec<Vec<u8>> = (0..256).map(|b| sealed(&vault(dir.path()), b)).collect();
    let now = at("2026-11-26T21:00:00+01:00");
    journal.keep_draft(EntryDraft::new(day("2026-11-26"), "A"), now).unwrap();
    assert!(holds(sealed(&vault(dir.path()), 256).len() as i64, 64 * 1024), "a draft of one letter fills the slot's 64 KiB");
    journal.keep_draft(EntryDraft::new(day("2026-11-26"), "A long evening of writing. ".repeat(1000)), now).unwrap();
    assert!(holds(sealed(&vault(dir.path()), 256).len() as i64, 64 * 1024), "so does a draft of a few pages");
    let buckets_after: Vec<Vec<u8>> = (0..256).map(|b| sealed(&vault(dir.path()), b)).collect();
    assert!(buckets_before == buckets_after, "typing touches no bucket");
    journal.lock().unwrap();

    let journal = Journal::unlock(dir.path(), &passphrase()).unwrap();
    assert!(journal.damage().is_empty(), "{:?}", journal.damage());
    assert!(journal.draft().unwrap().entry.text.starts_with("A long evening"));
}

#[test]
fn swapped_buckets_are_named_and_the_rest_opens() {
    let dir = tempfile::tempdir().unwrap();
    let saved = journal_with_entries(dir.path(), 40);
    let (a, b) = two_buckets(&saved);
    swap(dir.path(), a, b);

    let journal = unlock_expecting_damage_in(dir.path(), &saved, &[a, b]);
    for damage in journal.damage() {
        assert!(damage.contains("moved or swapped"), "{damage}");
    }
    assert!(journal.damage().iter().any(|d| d.contains(&format!("bucket {a} holds what belongs in bucket {b}"))), "{:?}", journal.damage());
}

#[test]
fn a_bucket_rolled_back_to_an_older_copy_is_named() {
    let dir = tempfile::tempdir().unwrap();
    let saved = journal_with_entries(dir.path(), 1);
    let bucket = bucket_of(&saved[0]);
    let older = sealed(&vault(dir.path()), bucket);
    {
        let mut journal = Journal::unlock(dir.path(), &passphrase()).unwrap();
        let mut draft = EntryDraft::new(day("2026-11-26"), "entry 0, and what I added after");
        draft.id = Some(saved[0].id);
        journal.save_entry(draft, at("2026-11-27T12:00:00Z")).unwrap();
        journal.lock().unwrap();
    }
    put_sealed(&vault(dir.path()), bucket, &older);

    let journal = unlock_expecting_damage_in(dir.path(), &saved, &[bucket]);
    // Bucket 0 also holds what the journal keeps of its keys, so count from what it was.
    let expected = journal.damage()[0].split("where the journal expects ").nth(1).and_then(|rest| rest.split(')').next()).unwrap().parse::<u64>().unwrap();
    assert_eq!(
        journal.damage()[0],
        Error::Damaged(format!("bucket {bucket} is an older copy: written {} times where the journal expects {expected}", expected - 1)).to_string()
    );
}

#[test]
fn a_deleted_bucket_and_a_deleted_table_of_contents_are_named() {
    let dir = tempfile::tempdir().unwrap();
    let saved = journal_with_entries(dir.path(), 40);
    let gone = bucket_of(&saved[0]);
    vault(dir.path()).execute("DELETE FROM bucket WHERE id = ?1", [gone]).unwrap();
    let journal = unlock_expecting_damage_in(dir.path(), &saved, &[gone]);
    assert!(journal.damage()[0].contains(&format!("bucket {gone} is missing from the file")), "{:?}", journal.damage());
    journal.lock().unwrap();

    vault(dir.path()).execute("DELETE FROM manifest", []).unwrap();
    let journal = Journal::unlock(dir.path(), &passphrase()).unwrap();
    assert!(journal.damage().iter().any(|d| d.contains("table of contents is missing")), "{:?}", journal.damage());
    let readable = saved.iter().filter(|e| journal.entry(e.id).is_ok()).count();
    assert_eq!(readable, saved.iter().filter(|e| bucket_of(e) != gone).count(), "the rest opens");
    journal.lock().unwrap();
    // Until the person chooses, the damage stays named, and the journal goes on.
    let mut journal = Journal::unlock(dir.path(), &passphrase()).unwrap();
    assert!(journal.damage().iter().any(|d| d.contains("table of contents is missing")), "{:?}", journal.damage());
    journal.save_entry(EntryDraft::new(day("2026-11-28"), "still writing"), at("2026-11-28T12:00:00Z")).unwrap();
    journal.set_damage_aside().unwrap();
    journal.lock().unwrap();
    let journal = Journal::unlock(dir.path(), &passphrase()).unwrap();
    assert!(journal.damage().is_empty(), "{:?}", journal.damage());
    assert_eq!(journal.recent_entries(0).total as usize, readable + 1);
}

#[test]
fn a_planted_oversized_row_or_a_format_out_of_range_is_named_without_reading_it() {
    let dir = tempfile::tempdir().unwrap();
    let saved = journal_with_entries(dir.path(), 40);
    let (big, odd) = two_buckets(&saved);
    let conn = vault(dir.path());
    conn.execute("UPDATE bucket SET sealed = zeroblob(65 * 1024 * 1024) WHERE id = ?1", [big]).unwrap();
    conn.execute("UPDATE bucket SET format = -3 WHERE id = ?1", [odd]).unwrap();
    drop(conn);

    let journal = unlock_expecting_damage_in(dir.path(), &saved, &[big, odd]);
    let damage = journal.damage().join("\n");
    assert!(damage.contains(&format!("bucket {big} is 65 MiB, far larger than Kintsugi ever writes")), "{damage}");
    assert!(damage.contains(&format!("bucket {odd} says it has format -3, which Kintsugi never wrote")), "{damage}");
    assert!(!damage.contains("disk"), "no misleading word about a full disk: {damage}");
}

#[test]
fn a_second_writer_is_refused_while_the_journal_is_open() {
    let dir = tempfile::tempdir().unwrap();
    let (mut first, recovery) = Journal::create(dir.path(), &passphrase()).unwrap();
    assert!(matches!(Journal::unlock(dir.path(), &passphrase()), Err(Error::OpenElsewhere)));
    assert!(matches!(Journal::unlock_with_recovery_key(dir.path(), &recovery), Err(Error::OpenElsewhere)));
    let kept = first.save_entry(EntryDraft::new(day("2026-11-26"), "written by the first window"), at("2026-11-26T12:00:00Z")).unwrap();
    first.lock().unwrap();

    let second = Journal::unlock(dir.path(), &passphrase()).unwrap();
    assert_eq!(second.entry(kept.id).unwrap().text, "written by the first window");
}

#[test]
fn a_write_after_another_program_changed_the_file_is_refused_and_loses_nothing_saved() {
    let dir = tempfile::tempdir().unwrap();
    let (mut journal, _) = Journal::create(dir.path(), &passphrase()).unwrap();
    let now = at("2026-11-26T12:00:00Z");
    let kept = journal.save_entry(EntryDraft::new(day("2026-11-26"), "saved before"), now).unwrap();
    // Another program that ignores the lock rewrites the table of contents under us.
    let conn = vault(dir.path());
    let mut manifest: Vec<u8> = conn.query_row("SELECT sealed FROM manifest", [], |r| r.get(0)).unwrap();
    manifest.push(0);
    conn.execute("UPDATE manifest SET sealed = ?1", [&manifest]).unwrap();
    let buckets_before: Vec<Vec<u8>> = (0..256).map(|b| sealed(&conn, b)).collect();

    let refused = journal.save_entry(EntryDraft::new(day("2026-11-27"), "written after"), now).unwrap_err();
    assert!(matches!(refused, Error::ChangedElsewhere), "{refused:?}");
    assert!(refused.to_string().contains("Lock the journal and unlock it again"), "{refused}");
    let buckets_after: Vec<Vec<u8>> = (0..256).map(|b| sealed(&conn, b)).collect();
    assert!(buckets_before == buckets_after, "nothing was written over the other program's change");
    assert_eq!(journal.recent_entries(10).total, 1, "memory holds only what the disk does");
    assert_eq!(journal.entry(kept.id).unwrap().text, "saved before");
}

#[test]
fn damaged_parts_come_back_from_the_latest_backup_and_none_is_written_while_damaged() {
    let dir = tempfile::tempdir().unwrap();
    let backups = tempfile::tempdir().unwrap();
    let saved = journal_with_entries(dir.path(), 40);
    let now = at("2026-11-26T21:00:00+01:00");
    let backup = {
        let mut journal = Journal::unlock(dir.path(), &passphrase()).unwrap();
        let backup = journal.back_up(backups.path(), now).unwrap();
        journal.lock().unwrap();
        backup
    };
    let (a, b) = two_buckets(&saved);
    swap(dir.path(), a, b);

    let mut journal = unlock_expecting_damage_in(dir.path(), &saved, &[a, b]);
    let refused = journal.back_up(backups.path(), at("2026-11-27T21:00:00+01:00")).unwrap_err();
    assert!(matches!(refused, Error::NotBackedUpWhileDamaged), "{refused:?}");
    assert_eq!(std::fs::read_dir(backup.parent().unwrap()).unwrap().count(), 2, "the backup and its identity file, and nothing else");

    let lost = saved.iter().filter(|e| [a, b].contains(&bucket_of(e))).count();
    assert_eq!(journal.recover_damaged(&backup).unwrap(), lost);
    assert!(journal.damage().is_empty());
    for entry in &saved {
        assert_eq!(journal.entry(entry.id).unwrap().text, entry.text);
    }
    journal.lock().unwrap();
    let aside: i64 = vault(dir.path()).query_row("SELECT count(*) FROM damaged_bucket", [], |r| r.get(0)).unwrap();
    assert_eq!(aside, 2, "what was stored in the damaged parts is kept aside");
    let mut journal = unlock_expecting_damage_in(dir.path(), &saved, &[]);
    journal.back_up(backups.path(), at("2026-11-27T21:00:00+01:00")).unwrap();
}

#[test]
fn going_on_without_the_damaged_parts_keeps_them_aside_and_backups_resume() {
    let dir = tempfile::tempdir().unwrap();
    let backups = tempfile::tempdir().unwrap();
    let saved = journal_with_entries(dir.path(), 40);
    let gone = bucket_of(&saved[0]);
    let conn = vault(dir.path());
    conn.execute("UPDATE bucket SET format = 0 WHERE id = ?1", [gone]).unwrap();
    conn.execute("INSERT INTO bucket (id, format, sealed) VALUES (300, 5, x'00')", []).unwrap();
    drop(conn);

    let mut journal = unlock_expecting_damage_in(dir.path(), &saved, &[gone, 300]);
    journal.set_damage_aside().unwrap();
    assert!(journal.damage().is_empty());
    journal.back_up(backups.path(), at("2026-11-27T21:00:00+01:00")).unwrap();
    journal.lock().unwrap();
    let aside: Vec<i64> = vault(dir.path())
        .prepare("SELECT bucket_id FROM damaged_bucket ORDER BY bucket_id")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    assert_eq!(aside, [gone, 300]);
    let journal = Journal::unlock(dir.path(), &passphrase()).unwrap();
    assert!(journal.damage().is_empty(), "{:?}", journal.damage());
    assert_eq!(journal.recent_entries(0).total as usize, saved.iter().filter(|e| bucket_of(e) != gone).count());
}

/// Every row of the vault file that holds records or keys, to tell that an unlock wrote nothing.
fn rows(dir: &Path) -> Vec<(i64, Vec<u8>)> {
    vault(dir)
        .prepare("SELECT id, sealed FROM bucket UNION ALL SELECT -1, sealed FROM manifest UNION ALL SELECT -2 - rowid, wrapped FROM key_slot ORDER BY 1")
        .unwrap()
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
        .unwrap()
        .map(Result::unwrap)
        .collect()
}

/// A journal of 40 entries with a backup of all of them, locked; returns the backup.
fn backed_up_journal(dir: &Path, backups: &Path) -> (Vec<Entry>, std::path::PathBuf) {
    let saved = journal_with_entries(dir, 40);
    let mut journal = Journal::unlock(dir, &passphrase()).unwrap();
    let backup = journal.back_up(backups, at("2026-11-26T21:00:00+01:00")).unwrap();
    journal.lock().unwrap();
    (saved, backup)
}

/// Says every slot is of a format from before tables of contents, in the clear column an
/// attacker can write.
fn downgrade_every_row(dir: &Path) {
    vault(dir).execute_batch("UPDATE bucket SET format = 4; DELETE FROM manifest;").unwrap();
}

#[test]
fn a_downgraded_vault_with_a_deleted_bucket_names_the_damage_writes_nothing_and_loses_nothing() {
    let (dir, backups) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let (saved, backup) = backed_up_journal(dir.path(), backups.path());
    let gone = bucket_of(&saved[0]);
    downgrade_every_row(dir.path());
    vault(dir.path()).execute("DELETE FROM bucket WHERE id = ?1", [gone]).unwrap();
    let before = rows(dir.path());

    let journal = Journal::unlock(dir.path(), &passphrase()).unwrap();
    let damage = journal.damage().join("\n");
    assert!(damage.contains("table of contents is missing"), "{damage}");
    assert!(damage.contains(&format!("bucket {gone} is missing from the file")), "{damage}");
    journal.lock().unwrap();
    assert!(rows(dir.path()) == before, "unlocking rewrote nothing: the person has not chosen yet");

    let mut journal = Journal::unlock(dir.path(), &passphrase()).unwrap();
    assert!(journal.damage().join("\n").contains(&format!("bucket {gone} is missing")), "still named at the next unlock");
    journal.recover_damaged(&backup).unwrap();
    assert!(journal.damage().is_empty(), "{:?}", journal.damage());
    for entry in &saved {
        assert_eq!(journal.entry(entry.id).unwrap().text, entry.text, "nothing is lost");
    }
}

#[test]
fn a_downgraded_vault_with_a_bucket_rolled_back_names_the_damage_and_brings_the_newer_words_back() {
    let (dir, backups) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let saved = journal_with_entries(dir.path(), 1);
    let bucket = bucket_of(&saved[0]);
    let older = sealed(&vault(dir.path()), bucket);
    let backup = {
        let mut journal = Journal::unlock(dir.path(), &passphrase()).unwrap();
        let mut draft = EntryDraft::new(day("2026-11-26"), "entry 0, and what I added after");
        draft.id = Some(saved[0].id);
        journal.save_entry(draft, at("2026-11-27T12:00:00Z")).unwrap();
        let backup = journal.back_up(backups.path(), at("2026-11-27T21:00:00+01:00")).unwrap();
        journal.lock().unwrap();
        backup
    };
    downgrade_every_row(dir.path());
    put_sealed(&vault(dir.path()), bucket, &older);

    let mut journal = Journal::unlock(dir.path(), &passphrase()).unwrap();
    assert!(journal.damage().iter().any(|d| d.contains("table of contents is missing")), "{:?}", journal.damage());
    journal.recover_damaged(&backup).unwrap();
    assert_eq!(journal.entry(saved[0].id).unwrap().text, "entry 0, and what I added after");
}

#[test]
fn writing_into_a_damaged_slot_before_the_choice_keeps_the_damage_named_and_loses_nothing() {
    let (dir, backups) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let (saved, backup) = backed_up_journal(dir.path(), backups.path());
    // Bucket 0 holds the journal's own records, such as the day's prompt and its keys.
    let other = saved.iter().map(bucket_of).find(|b| *b != 0).unwrap();
    swap(dir.path(), 0, other);

    let mut journal = Journal::unlock(dir.path(), &passphrase()).unwrap();
    assert_eq!(journal.damage().len(), 2, "{:?}", journal.damage());
    journal.todays_prompt(day("2026-11-28")).unwrap().expect("a prompt, written into bucket 0");
    let written = journal.save_entry(EntryDraft::new(day("2026-11-28"), "written while it was damaged"), at("2026-11-28T12:00:00Z")).unwrap();
    assert_eq!(journal.damage().len(), 2, "a write clears nothing behind the person's back: {:?}", journal.damage());
    journal.lock().unwrap();

    let mut journal = Journal::unlock(dir.path(), &passphrase()).unwrap();
    assert_eq!(journal.damage().len(), 2, "still named at the next unlock: {:?}", journal.damage());
    assert_eq!(journal.entry(written.id).unwrap().text, "written while it was damaged");
    journal.recover_damaged(&backup).unwrap();
    assert!(journal.damage().is_empty());
    for entry in &saved {
        assert_eq!(journal.entry(entry.id).unwrap().text, entry.text, "bucket {} came back", bucket_of(entry));
    }
    assert_eq!(journal.entry(written.id).unwrap().text, "written while it was damaged", "and what was written meanwhile stays");
    journal.lock().unwrap();
    let aside: i64 = vault(dir.path()).query_row("SELECT count(*) FROM damaged_bucket", [], |r| r.get(0)).unwrap();
    assert_eq!(aside, 2, "each damaged copy is kept aside once, not each good copy written since");
    // The keys record of bucket 0 came back too: the next backup opens with the recovery key.
    let mut journal = unlock_expecting_damage_in(dir.path(), &saved, &[]);
    journal.back_up(backups.path(), at("2026-11-29T21:00:00+01:00")).unwrap();
}
