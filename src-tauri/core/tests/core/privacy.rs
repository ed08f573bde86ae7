//! Promises 1 and 2 of the threat model: nothing a person writes reaches the disk in the
//! clear, and nothing stored lets the vault key be recomputed without a secret.

use std::path::Path;
use std::time::SystemTime;

use age::secrecy::SecretString;
use kintsugi_core::{EntryDraft, Journal, PASSPHRASE_WORK_FACTOR, VAULT_FILE_NAME};

use crate::support::{at, day, passphrase, PASSPHRASE};

/// `text` as the bytes a file may hold it in: UTF-8, and UTF-16 in either byte order (as some
/// libraries and caches write strings).
fn encodings(text: &str) -> [Vec<u8>; 3] {
    let utf16 = |to_bytes: fn(u16) -> [u8; 2]| text.encode_utf16().flat_map(to_bytes).collect();
    [text.as_bytes().to_vec(), utf16(u16::to_le_bytes), utf16(u16::to_be_bytes)]
}

/// Every file under `root` (modified since `since`, when given) that holds `needle`, in any of
/// its [`encodings`].
fn files_containing(root: &Path, needle: &str, since: Option<SystemTime>) -> Vec<String> {
    let needles = encodings(needle);
    files_holding_any(root, &needles, since)
}

fn files_holding_any(root: &Path, needles: &[Vec<u8>], since: Option<SystemTime>) -> Vec<String> {
    let mut hits = Vec::new();
    let Ok(entries) = std::fs::read_dir(root) else { return hits };
    for entry in entries.flatten() {
        let path = entry.path();
        let Ok(meta) = entry.metadata() else { continue };
        if meta.is_dir() {
            hits.extend(files_holding_any(&path, needles, since));
        } else if meta.is_file() && since.is_none_or(|t| meta.modified().is_ok_and(|m| m >= t)) && meta.len() < 256 << 20 {
            if let Ok(bytes) = std::fs::read(&path) {
                if needles.iter().any(|needle| bytes.windows(needle.len()).any(|w| w == needle.as_slice())) {
                    hits.push(path.display().to_string());
                }
            }
        }
    }
    hits
}

#[test]
fn the_scan_finds_a_marker_in_each_encoding() {
    let dir = tempfile::tempdir().unwrap();
    for (name, bytes) in ["utf8", "utf16le", "utf16be"].into_iter().zip(encodings("PLANTED-ü")) {
        let file = dir.path().join(name);
        std::fs::write(&file, [b"before ".as_slice(), &bytes, b" after"].concat()).unwrap();
        assert_eq!(files_containing(dir.path(), "PLANTED-ü", None), vec![file.display().to_string()], "{name}");
        std::fs::remove_file(file).unwrap();
    }
}

#[test]
fn no_written_word_reaches_the_disk_in_the_clear() {
    let started = SystemTime::now();
    let dir = tempfile::tempdir().unwrap();
    let marker = format!("PLANTED-{}", uuid_like());
    let (mut journal, recovery) = Journal::create(dir.path(), &passphrase()).unwrap();
    let now = at("2026-11-26T21:00:00+01:00");

    // The marker goes into every field that holds words: title, text, feelings (stored in
    // lower case, hence the second needle), tags; into a draft; into the search index.
    let everywhere = |text: &str| {
        EntryDraft::new(day("2026-11-26"), text)
            .with_title(format!("title {marker}"))
            .with_feelings([marker.clone()])
            .with_tags([marker.clone()])
            .with_trust(Some(4))
            .with_star(true)
    };
    let kept = journal.save_entry(everywhere(&format!("today {marker} kept")), now).unwrap();
    let edited = journal.save_entry(everywhere(&format!("first {marker}")).with_day(day("2026-11-25")), now).unwrap();
    journal.save_entry(EntryDraft::editing(&edited).with_text(format!("second {marker} edit")), now).unwrap();
    let deleted = journal.save_entry(everywhere(&format!("{marker} to delete")).with_day(day("2026-11-24")), now).unwrap();
    journal.delete_entry(deleted.id).unwrap();
    journal.keep_draft(everywhere(&format!("a discarded draft {marker}")), now).unwrap();
    journal.discard_draft().unwrap();
    journal.keep_draft(everywhere(&format!("a kept draft {marker}")), now).unwrap();
    // Every kind of record that holds words: wins, agreements (renegotiated, so two versions),
    // triggers and milestones, one of each deleted again.
    use kintsugi_core::{Cadence, Keeping, MilestoneDraft, MilestoneKind, Owner, TriggerDraft, WinDraft, WinFrom, WinKind};
    let day_one = day("2026-11-26");
    for keep in [true, false] {
        let win = WinDraft { id: None, day: day_one, text: format!("win {marker}"), kind: WinKind::Empathy, from: WinFrom::Us, entry: Some(kept.id) };
        let win = journal.save_win(win, now).unwrap();
        let agreement = journal.add_agreement(&format!("agreed {marker}"), Cadence::Daily, Owner::Ours, day("2026-11-01")).unwrap();
        journal.mark_agreement(agreement.id, day("2026-11-20"), Some(Keeping::Missed)).unwrap();
        journal.note_repair(agreement.id, day("2026-11-20"), &format!("repair {marker}")).unwrap();
        journal.mark_agreement(agreement.id, day_one, Some(Keeping::Kept)).unwrap();
        journal.renegotiate_agreement(agreement.id, &format!("agreed again {marker}"), Cadence::Weekly, day_one).unwrap();
        let trigger = TriggerDraft {
            id: None,
            day: day_one,
            what: format!("what {marker}"),
            intensity: 3,
            helped: format!("helped {marker}"),
            settled_minutes: Some(15),
        };
        let trigger = journal.save_trigger(trigger, now).unwrap();
        let milestone =
            MilestoneDraft { id: None, day: day_one, kind: MilestoneKind::Custom, title: format!("title {marker}"), note: format!("note {marker}") };
        let milestone = journal.save_milestone(milestone, now).unwrap();
        if !keep {
            journal.delete_win(win.id).unwrap();
            journal.delete_agreement(agreement.id).unwrap();
            journal.delete_trigger(trigger.id).unwrap();
            journal.delete_milestone(milestone.id).unwrap();
        }
    }
    assert_eq!(journal.trigger_patterns().frequent.len(), 0);
    let query = kintsugi_core::SearchQuery { text: marker.clone(), ..Default::default() };
    assert_eq!(journal.search(&query, 10).total, 2);
    journal.todays_prompt(day("2026-11-26")).unwrap();
    journal.set_role(kintsugi_core::Role::BrokeTrust).unwrap();
    journal.set_partner_key(&age::x25519::Identity::generate().to_public().to_string()).unwrap();
    let proposal = kintsugi_core::Proposal { text: format!("proposed {marker}"), cadence: Cadence::Weekly, owner: Owner::Mine };
    let letter =
        kintsugi_core::LetterDraft { kind: kintsugi_core::LetterKind::Apology, text: format!("letter {marker}"), reply_to: None, proposal: Some(proposal) };
    journal.seal_letter(letter, now).unwrap();

    // While unlocked, with the WAL still holding recent pages.
    assert_eq!(files_containing(dir.path(), &marker, None), Vec::<String>::new());
    assert_eq!(files_containing(dir.path(), &marker.to_lowercase(), None), Vec::<String>::new());
    journal.lock().unwrap();
    let journal = Journal::unlock(dir.path(), &passphrase()).unwrap();
    assert!(journal.entry(kept.id).unwrap().text.contains(&marker), "the marker was really written");
    assert!(journal.draft().unwrap().entry.text.contains(&marker), "and kept in a draft");
    assert!(journal.milestones()[0].note.contains(&marker), "and in a milestone");
    journal.lock().unwrap();

    let lower = marker.to_lowercase();
    let recovery_key = {
        use age::secrecy::ExposeSecret;
        recovery.expose().expose_secret().to_owned()
    };
    // Whose journal it is is no one's business either.
    for needle in [marker.as_str(), lower.as_str(), PASSPHRASE, recovery_key.as_str(), "broke_trust", "BrokeTrust", "AGE-SECRET-KEY"] {
        assert_eq!(files_containing(dir.path(), needle, None), Vec::<String>::new());
    }
    // The temporary folder is shared with the tests running beside this one, some of which
    // save keys and plain exports on purpose: there, look for what only this journal holds.
    for needle in [marker.as_str(), lower.as_str(), recovery_key.as_str()] {
        assert_eq!(files_containing(&std::env::temp_dir(), needle, Some(started)), Vec::<String>::new());
    }
    // No age identity of any kind sits in the data directory.
    assert_eq!(files_containing(dir.path(), "AGE-SECRET-KEY", None), Vec::<String>::new());
}

#[test]
fn locking_leaves_no_write_ahead_log_behind() {
    let dir = tempfile::tempdir().unwrap();
    let (mut journal, _) = Journal::create(dir.path(), &passphrase()).unwrap();
    journal.save_entry(EntryDraft::new(day("2026-11-26"), "x"), at("2026-11-26T21:00:00Z")).unwrap();
    journal.lock().unwrap();
    let wal = dir.path().join(format!("{VAULT_FILE_NAME}-wal"));
    assert!(std::fs::metadata(&wal).map_or(true, |m| m.len() == 0), "the WAL is folded in and emptied");
}

/// What someone with a copy of the disk but no secret can do: read every stored value, and try
/// every value as a key and some common passphrases. None of it may decrypt anything.
#[test]
fn without_a_secret_nothing_decrypts() {
    let dir = tempfile::tempdir().unwrap();
    let (mut journal, _recovery) = Journal::create(dir.path(), &passphrase()).unwrap();
    journal.save_entry(EntryDraft::new(day("2026-11-26"), "private"), at("2026-11-26T21:00:00Z")).unwrap();
    journal.lock().unwrap();

    let conn = rusqlite::Connection::open(dir.path().join(VAULT_FILE_NAME)).unwrap();
    let mut blobs: Vec<Vec<u8>> = Vec::new();
    for table in ["key_slot", "bucket", "damaged_bucket"] {
        let mut statement = conn.prepare(&format!("SELECT * FROM {table}")).unwrap();
        let columns = statement.column_count();
        let mut rows = statement.query([]).unwrap();
        while let Some(row) = rows.next().unwrap() {
            for i in 0..columns {
                match row.get_ref(i).unwrap() {
                    rusqlite::types::ValueRef::Blob(b) | rusqlite::types::ValueRef::Text(b) => blobs.push(b.to_vec()),
                    _ => {}
                }
            }
        }
    }
    assert!(blobs.len() >= 3, "two key slots and a bucket");

    // No stored value is itself a key.
    for blob in &blobs {
        let text = String::from_utf8_lossy(blob);
        assert!(!text.contains("AGE-SECRET-KEY"));
        assert!(text.trim().parse::<age::x25519::Identity>().is_err());
    }
    // The passphrase slot is a standard scrypt age file at the pinned work factor, so guessing
    // costs the full KDF each time; and guesses fail.
    let slot: Vec<u8> = conn.query_row("SELECT wrapped FROM key_slot WHERE kind = 'passphrase'", [], |r| r.get(0)).unwrap();
    let header = String::from_utf8_lossy(&slot[..slot.len().min(200)]).into_owned();
    assert!(header.contains("-> scrypt ") && header.contains(&format!(" {PASSPHRASE_WORK_FACTOR}\n")), "{header}");
    for guess in ["", "password", "mended with gold"] {
        let mut identity = age::scrypt::Identity::new(SecretString::from(guess.to_owned()));
        identity.set_max_work_factor(PASSPHRASE_WORK_FACTOR);
        assert!(age::decrypt(&identity, &slot).is_err());
    }
    // Records are X25519 age files: without the vault key's secret half nothing opens them.
    let random = age::x25519::Identity::generate();
    for blob in &blobs {
        assert!(age::decrypt(&random, blob).is_err());
    }
}

fn uuid_like() -> String {
    format!("{:032x}", fastrand::u128(..))
}

#[cfg(unix)]
#[test]
fn the_journal_folder_and_every_file_in_it_are_the_owners_only() {
    use std::os::unix::fs::PermissionsExt;
    let root = tempfile::tempdir().unwrap();
    let dir = root.path().join("share").join("kintsugi");
    let (mut journal, _) = Journal::create(&dir, &passphrase()).unwrap();
    journal.save_entry(EntryDraft::new(day("2026-12-01"), "A quiet day."), at("2026-12-01T21:00:00+00:00")).unwrap();
    let mode = |path: &Path| std::fs::metadata(path).unwrap().permissions().mode() & 0o777;
    for folder in [root.path().join("share"), dir.clone()] {
        assert_eq!(mode(&folder), 0o700, "{}", folder.display());
    }
    let written: Vec<_> = std::fs::read_dir(&dir).unwrap().map(|file| file.unwrap().path()).collect();
    assert!(written.iter().any(|path| path.ends_with(VAULT_FILE_NAME)), "{written:?}");
    for file in written {
        assert_eq!(mode(&file), 0o600, "{}", file.display());
    }
    journal.lock().unwrap();
}
