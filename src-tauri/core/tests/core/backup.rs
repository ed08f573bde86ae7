//! Backups: written whole and owner-only into a folder of the journal's own, opened by either
//! secret with the standard age library and no Kintsugi, restored into a new journal, and
//! unreadable to anyone else. From the side of whoever shares or watches the folder: no
//! journal's rotation removes another's backups or a file planted there, sizes move in coarse
//! steps, and a planted giant is refused unread.

use std::collections::{BTreeMap, BTreeSet};
use std::io::Read;
use std::path::{Path, PathBuf};
use std::str::FromStr;

use age::secrecy::{ExposeSecret, SecretString};
use kintsugi_core::{restore_backup, restore_backup_replacing, BackupKey, EntryDraft, Error, Journal, Passphrase, BACKUP_IDENTITY_FILE_NAME};

use crate::support::{at, day, export_at, journal_in, passphrase, retyped, PASSPHRASE};

const MARKER: &str = "PLANTED-BACKUP-c41d";

fn journal_with_marker(dir: &Path) -> (Journal, kintsugi_core::RecoveryKey) {
    let (mut journal, recovery) = Journal::create(dir, &passphrase()).unwrap();
    let entry = EntryDraft::new(day("2026-11-30"), format!("An evening {MARKER} walk.")).with_title(MARKER).with_tags([MARKER]);
    journal.save_entry(entry, at("2026-11-30T21:30:00+01:00")).unwrap();
    (journal, recovery)
}

fn age_decrypt(identity: &dyn age::Identity, sealed: &[u8]) -> Vec<u8> {
    let reader = age::armor::ArmoredReader::new(sealed);
    let mut plain = Vec::new();
    age::Decryptor::new_buffered(reader).unwrap().decrypt(std::iter::once(identity)).unwrap().read_to_end(&mut plain).unwrap();
    plain
}

/// The vault key inside an identity file, as `age -d -i <identity file>` unwraps it.
fn unwrap_identity_file(path: &Path, passphrase: &str) -> age::x25519::Identity {
    let mut unwrap = age::scrypt::Identity::new(SecretString::from(passphrase.to_owned()));
    unwrap.set_max_work_factor(22);
    let vault_key = age::decrypt(&unwrap, &std::fs::read(path).unwrap()).unwrap();
    // Read as an identity file, comments and all, as the age tool reads it.
    let lines: Vec<&str> = std::str::from_utf8(&vault_key).unwrap().lines().filter(|line| !line.starts_with('#') && !line.trim().is_empty()).collect();
    assert_eq!(lines.len(), 1, "one identity in the file");
    age::x25519::Identity::from_str(lines[0]).unwrap()
}

#[test]
fn a_backup_opens_with_either_secret_using_only_the_age_library() {
    let (dir, folder, files) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let (mut journal, recovery) = journal_with_marker(dir.path());
    let now = at("2026-12-01T21:30:00+01:00");
    let backup = journal.back_up(folder.path(), now).unwrap();
    assert_eq!(backup.file_name().unwrap(), "kintsugi-backup-2026-12-01T213000.age");
    let own = backup.parent().unwrap();
    assert_eq!(own.parent().unwrap(), folder.path(), "in a folder of the journal's own, inside the chosen one");
    assert!(own.file_name().unwrap().to_string_lossy().starts_with("kintsugi-"), "{}", own.display());
    journal.export_json(&files.path().join("plain.json"), now).unwrap();
    let expected = export_at(&files.path().join("plain.json"));
    let sealed = std::fs::read(&backup).unwrap();
    assert!(sealed.starts_with(b"-----BEGIN AGE ENCRYPTED FILE-----"));

    // The recovery key, as the person saved it.
    let recovery = age::x25519::Identity::from_str(recovery.expose().expose_secret()).unwrap();
    assert_eq!(journal_in(&age_decrypt(&recovery, &sealed)), expected);
    let document: serde_json::Value = serde_json::from_slice(&age_decrypt(&recovery, &sealed)).unwrap();
    assert_eq!(own.file_name().unwrap().to_string_lossy(), format!("kintsugi-{}", document["backup_id"].as_str().unwrap()), "the id inside names the folder");

    // The identity file and the passphrase: what `age -d -i kintsugi-identity.age` does.
    let vault_key = unwrap_identity_file(&backup.with_file_name(BACKUP_IDENTITY_FILE_NAME), PASSPHRASE);
    assert_eq!(journal_in(&age_decrypt(&vault_key, &sealed)), expected);

    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        assert_eq!(std::fs::metadata(own).unwrap().permissions().mode() & 0o777, 0o700);
        for file in std::fs::read_dir(own).unwrap() {
            let path = file.unwrap().path();
            assert_eq!(std::fs::metadata(&path).unwrap().permissions().mode() & 0o777, 0o600, "{}", path.display());
        }
    }
}

#[test]
fn a_backup_restores_into_a_new_journal_with_either_secret() {
    let (dir, folder, files) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let (mut journal, recovery) = journal_with_marker(dir.path());
    let now = at("2026-12-01T21:30:00+01:00");
    let backup = journal.back_up(folder.path(), now).unwrap();
    journal.export_json(&files.path().join("original.json"), now).unwrap();
    let original = std::fs::read(files.path().join("original.json")).unwrap();

    let new_passphrase = Passphrase::new("a new start, written down".into());
    for (place, key) in [("by-passphrase", BackupKey::Passphrase(&passphrase())), ("by-recovery", BackupKey::RecoveryKey(&retyped(&recovery)))] {
        let target = files.path().join(place);
        let (restored, _new_recovery) = restore_backup(&backup, key, &target, &new_passphrase).unwrap();
        restored.lock().unwrap();
        let restored = Journal::unlock(&target, &new_passphrase).unwrap();
        let copy = files.path().join(format!("{place}.json"));
        restored.export_json(&copy, now).unwrap();
        assert_eq!(std::fs::read(copy).unwrap(), original, "{place}");
    }

    let wrong = Passphrase::new("not the passphrase at all".into());
    let refused = restore_backup(&backup, BackupKey::Passphrase(&wrong), &files.path().join("wrong"), &new_passphrase);
    assert!(matches!(refused, Err(Error::WrongPassphrase)), "{:?}", refused.err());
    assert!(!files.path().join("wrong").exists(), "a refused restore creates nothing");
}

#[test]
fn restoring_over_a_journal_sets_the_old_one_aside_whole_and_a_wrong_secret_changes_nothing() {
    let (dir, folder, other) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let now = at("2026-12-01T21:30:00+01:00");
    let (mut backed_up, _) = journal_with_marker(other.path());
    let backup = backed_up.back_up(folder.path(), now).unwrap();
    backed_up.lock().unwrap();
    let current_passphrase = Passphrase::new("the journal on this computer".into());
    let (current, _) = Journal::create(dir.path(), &current_passphrase).unwrap();
    current.lock().unwrap();
    let vault = dir.path().join(kintsugi_core::VAULT_FILE_NAME);
    let before = std::fs::read(&vault).unwrap();
    let set_aside = dir.path().join("replaced");

    let wrong = Passphrase::new("not the passphrase at all".into());
    let refused = restore_backup_replacing(&backup, BackupKey::Passphrase(&wrong), dir.path(), &wrong, &set_aside);
    assert!(matches!(refused, Err(Error::WrongPassphrase)), "{:?}", refused.err());
    assert_eq!(std::fs::read(&vault).unwrap(), before, "a refused restore leaves the journal as it was");
    assert!(!set_aside.exists() && !dir.path().join(".restoring").exists());

    let (restored, _) = restore_backup_replacing(&backup, BackupKey::Passphrase(&passphrase()), dir.path(), &passphrase(), &set_aside).unwrap();
    assert_eq!(restored.recent_entries(5).total, 1);
    restored.lock().unwrap();
    Journal::unlock(&set_aside, &current_passphrase).expect("the replaced journal opens where it was set aside");
    assert!(!dir.path().join(".restoring").exists());
}

#[test]
fn a_new_key_keeps_the_earlier_identity_file_and_a_new_passphrase_does_not() {
    let (dir, folder, other) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let (mut journal, _) = journal_with_marker(dir.path());
    let first = journal.back_up(folder.path(), at("2026-11-29T21:00:00+01:00")).unwrap();
    let own = first.parent().unwrap();
    let files = |folder: &Path| {
        let mut names: Vec<String> = std::fs::read_dir(folder).unwrap().map(|f| f.unwrap().file_name().to_string_lossy().into_owned()).collect();
        names.sort();
        names
    };

    // A new passphrase: the same key, so the one identity file is rewritten and opens every backup.
    let renewed = "a renewed passphrase for the same key";
    journal.change_passphrase(Some(&passphrase()), &Passphrase::new(renewed.into())).unwrap();
    journal.back_up(folder.path(), at("2026-11-30T21:00:00+01:00")).unwrap();
    assert_eq!(files(own).iter().filter(|name| name.contains("identity")).count(), 1);
    let key = unwrap_identity_file(&own.join(BACKUP_IDENTITY_FILE_NAME), renewed);
    assert!(!age_decrypt(&key, &std::fs::read(&first).unwrap()).is_empty());
    journal.lock().unwrap();

    // A journal restored from that backup has a new key and goes on in the same folder: the
    // earlier file is kept, dated.
    let (mut restored, _) = restore_backup(&first, BackupKey::Passphrase(&Passphrase::new(renewed.into())), other.path(), &passphrase()).unwrap();
    let newest = restored.back_up(folder.path(), at("2026-12-01T21:30:00+01:00")).unwrap();
    assert_eq!(newest.parent().unwrap(), own, "the restored journal keeps its backups' folder");
    let kept = own.join("kintsugi-identity-until-2026-12-01T213000.age");
    assert!(kept.is_file(), "{:?}", files(own));
    let earlier_key = unwrap_identity_file(&kept, renewed);
    assert!(!age_decrypt(&earlier_key, &std::fs::read(&first).unwrap()).is_empty(), "the earlier backups still open with the passphrase");
    let current = unwrap_identity_file(&own.join(BACKUP_IDENTITY_FILE_NAME), PASSPHRASE);
    assert_eq!(restored.latest_backup(folder.path()).unwrap().unwrap().0, newest);
    let earlier: Vec<_> = restored.backups_under_earlier_keys(folder.path()).unwrap().into_iter().map(|(path, _)| path).collect();
    assert_eq!(earlier, [first.clone(), own.join("kintsugi-backup-2026-11-30T210000.age")], "the backups that still open with the earlier key");
    assert!(!age_decrypt(&current, &std::fs::read(newest).unwrap()).is_empty());
}

#[test]
fn backups_hold_nothing_readable_and_a_crash_leaves_the_earlier_ones_whole() {
    let (dir, folder) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let (mut journal, _) = journal_with_marker(dir.path());
    let first = journal.back_up(folder.path(), at("2026-11-29T21:00:00+01:00")).unwrap();
    let own = first.parent().unwrap();
    let first_bytes = std::fs::read(&first).unwrap();
    // What a kill in the middle of a backup leaves: a hidden partial file, never the final name.
    let partial = own.join(".kintsugi-backup-2026-11-30T210000.age.0a1b.partial");
    std::fs::write(&partial, &first_bytes[..first_bytes.len() / 2]).unwrap();
    // One that does not open with this journal's key may be another writer's, still at work.
    let not_ours = own.join(".kintsugi-backup-2026-11-30T210000.age.2c3d.partial");
    std::fs::write(&not_ours, b"-----BEGIN AGE ENCRYPTED FILE-----\nhalf").unwrap();
    std::fs::write(own.join("notes.txt"), "the person's own file").unwrap();

    let second = journal.back_up(folder.path(), at("2026-11-30T21:00:00+01:00")).unwrap();
    let (latest, time) = journal.latest_backup(folder.path()).unwrap().unwrap();
    assert_eq!((latest, time.to_string()), (second, "2026-11-30 21:00:00".to_owned()), "the newest is found by its name");
    assert_eq!(std::fs::read(&first).unwrap(), first_bytes, "the earlier backup is untouched");
    assert!(!partial.exists(), "the half-written file is cleared away");
    assert!(not_ours.exists(), "a half-written file that is not this journal's is left alone");
    assert!(own.join("notes.txt").exists(), "files Kintsugi did not write are left alone");
    for file in std::fs::read_dir(own).unwrap() {
        let bytes = std::fs::read(file.unwrap().path()).unwrap();
        assert!(!bytes.windows(MARKER.len()).any(|w| w == MARKER.as_bytes()), "the marker is in a backup in the clear");
    }
}

#[test]
fn a_missing_backup_folder_is_said_plainly() {
    let dir = tempfile::tempdir().unwrap();
    let (mut journal, _) = journal_with_marker(dir.path());
    let missing = dir.path().join("usb-stick");
    let message = journal.back_up(&missing, at("2026-12-01T21:30:00+01:00")).unwrap_err().to_string();
    assert!(message.contains("usb-stick") && message.contains("plug the drive in"), "{message}");
}

#[test]
fn an_encrypted_export_opens_like_a_backup_and_says_so_first() {
    let (dir, out, files) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let (journal, recovery) = journal_with_marker(dir.path());
    let now = at("2026-12-01T21:30:00+01:00");
    assert!(kintsugi_core::ExportFormat::Encrypted.notice().starts_with("This copy is encrypted"));
    assert!(kintsugi_core::ExportFormat::KintsugiJson.notice().starts_with("This copy is not encrypted"));
    let export = out.path().join("moving to the new laptop.age");
    journal.export_encrypted(&export, now).unwrap();
    assert!(out.path().join(BACKUP_IDENTITY_FILE_NAME).exists());
    let sealed = std::fs::read(&export).unwrap();
    assert!(!sealed.windows(MARKER.len()).any(|w| w == MARKER.as_bytes()));
    let (mut restored, _) = restore_backup(&export, BackupKey::RecoveryKey(&retyped(&recovery)), &files.path().join("new"), &passphrase()).unwrap();
    assert_eq!(restored.search(&kintsugi_core::SearchQuery { text: "evening".into(), ..Default::default() }, 5).total, 1);
}

/// Those of `written` that are still there.
fn still_there(written: &[PathBuf]) -> BTreeSet<PathBuf> {
    written.iter().filter(|path| path.exists()).cloned().collect()
}

/// Every file under `folder`, with its bytes.
fn snapshot(folder: &Path) -> BTreeMap<PathBuf, Vec<u8>> {
    let mut files = BTreeMap::new();
    for file in std::fs::read_dir(folder).unwrap() {
        let path = file.unwrap().path();
        if path.is_dir() {
            files.extend(snapshot(&path));
        } else {
            files.insert(path.clone(), std::fs::read(&path).unwrap());
        }
    }
    files
}

/// Two journals back up in turns, every three days for two months, each one's files checked
/// after every backup of the other: rotation runs (each ends with fewer backups than it wrote)
/// and never takes one of the other's.
fn take_turns_backing_up(first: &mut Journal, second: &mut Journal, chosen: &Path) -> [BTreeSet<PathBuf>; 2] {
    let start = at("2026-01-05T21:00:00+01:00");
    let mut written: [Vec<PathBuf>; 2] = Default::default();
    let mut kept: [BTreeSet<PathBuf>; 2] = Default::default();
    for turn in 0..20 {
        for (who, journal) in [&mut *first, &mut *second].into_iter().enumerate() {
            let now = start + chrono::Duration::days(3 * turn) + chrono::Duration::minutes(who as i64);
            written[who].push(journal.back_up(chosen, now).unwrap());
            kept[who] = still_there(&written[who]);
            let other = 1 - who;
            assert_eq!(still_there(&written[other]), kept[other], "turn {turn}: a backup of journal {other} was removed by journal {who}");
        }
    }
    for who in 0..2 {
        assert!(kept[who].len() < written[who].len(), "journal {who}'s own rotation ran");
    }
    kept
}

#[test]
fn two_journals_backing_up_into_one_folder_never_remove_each_others_backups() {
    let (dirs, chosen) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let (mut robin, _) = Journal::create(&dirs.path().join("robin"), &passphrase()).unwrap();
    let (mut alex, _) = Journal::create(&dirs.path().join("alex"), &passphrase()).unwrap();
    // Before backups had folders of their own, both wrote straight into the chosen folder.
    let robins_earlier = chosen.path().join("kintsugi-backup-2026-01-01T080000.age");
    robin.export_encrypted(&robins_earlier, at("2026-01-01T08:00:00+01:00")).unwrap();
    alex.export_encrypted(&chosen.path().join("kintsugi-backup-2026-01-02T080000.age"), at("2026-01-02T08:00:00+01:00")).unwrap();
    let earlier = snapshot(chosen.path());
    assert_eq!(robin.latest_backup(chosen.path()).unwrap().unwrap().0, robins_earlier, "Alex's newer backup is never offered to Robin");

    let [robins, alexs] = take_turns_backing_up(&mut robin, &mut alex, chosen.path());
    let folder = |kept: &BTreeSet<PathBuf>| kept.first().unwrap().parent().unwrap().to_path_buf();
    assert_ne!(folder(&robins), folder(&alexs), "each journal has a folder of its own");
    assert_eq!(robin.latest_backup(chosen.path()).unwrap().unwrap().0, *robins.last().unwrap());
    assert_eq!(alex.latest_backup(chosen.path()).unwrap().unwrap().0, *alexs.last().unwrap());
    assert_eq!(robin.backups_under_earlier_keys(chosen.path()).unwrap(), [], "Alex's backups are never Robin's to delete");
    for (path, bytes) in earlier {
        assert_eq!(std::fs::read(&path).ok(), Some(bytes), "{} was written before backup folders and stays as it was", path.display());
    }
}

#[test]
fn a_journal_restored_from_a_backup_shares_its_folder_and_neither_copy_prunes_the_other() {
    let (dirs, chosen) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let (mut robin, recovery) = journal_with_marker(&dirs.path().join("robin"));
    let backup = robin.back_up(chosen.path(), at("2026-01-01T08:00:00+01:00")).unwrap();
    // Restored on a second computer while the first goes on: one backup id, two keys.
    let (mut twin, _) = restore_backup(&backup, BackupKey::RecoveryKey(&retyped(&recovery)), &dirs.path().join("twin"), &passphrase()).unwrap();

    let [robins, twins] = take_turns_backing_up(&mut robin, &mut twin, chosen.path());
    let folder = backup.parent().unwrap();
    assert!(robins.iter().chain(&twins).all(|path| path.parent() == Some(folder)), "both write into the one folder");
    assert_eq!(twin.latest_backup(chosen.path()).unwrap().unwrap().0, *twins.last().unwrap(), "each is offered only its own");
    // Taking turns, each journal keeps the other's identity file once, not once a turn.
    let kept_identities =
        std::fs::read_dir(folder).unwrap().filter(|f| f.as_ref().unwrap().file_name().to_string_lossy().starts_with("kintsugi-identity-until-")).count();
    assert!(kept_identities <= 2, "{kept_identities} identity files kept");
}

#[test]
fn files_planted_in_a_backup_folder_are_never_removed_nor_offered() {
    let (dir, chosen, elsewhere) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let (mut journal, _) = journal_with_marker(dir.path());
    let first = journal.back_up(chosen.path(), at("2026-01-01T21:00:00+01:00")).unwrap();
    let own = first.parent().unwrap();
    // Named like backups rotation would remove, or newer than any: nonsense, a file sealed to
    // a stranger's key, a folder, a link to the person's own file and a pipe that never ends.
    let stranger = age::x25519::Identity::generate().to_public();
    let sealed = age::encrypt_and_armor(&stranger, b"{\"format\": \"kintsugi-journal\"}").unwrap();
    std::fs::write(own.join("kintsugi-backup-2020-01-01T000000.age"), "-----BEGIN AGE ENCRYPTED FILE-----\nnonsense").unwrap();
    std::fs::write(own.join("kintsugi-backup-2020-02-01T000000.age"), &sealed).unwrap();
    std::fs::write(own.join("kintsugi-backup-2099-01-01T000000.age"), &sealed).unwrap();
    std::fs::create_dir(own.join("kintsugi-backup-2020-03-01T000000.age")).unwrap();
    std::fs::write(own.join(".kintsugi-backup-2020-04-01T000000.age.0a1b.partial"), &sealed).unwrap();
    std::fs::write(elsewhere.path().join("letter.txt"), "the person's own file").unwrap();
    #[cfg(unix)]
    {
        std::os::unix::fs::symlink(elsewhere.path().join("letter.txt"), own.join("kintsugi-backup-2020-05-01T000000.age")).unwrap();
        let made = std::process::Command::new("mkfifo").arg(own.join("kintsugi-backup-2099-06-01T000000.age")).status().unwrap();
        assert!(made.success());
    }
    let planted: BTreeSet<PathBuf> =
        std::fs::read_dir(own).unwrap().map(|f| f.unwrap().path()).filter(|path| *path != first && !path.ends_with(BACKUP_IDENTITY_FILE_NAME)).collect();

    let mut written = vec![first];
    for day in 1..16 {
        written.push(journal.back_up(chosen.path(), at("2026-01-01T21:00:00+01:00") + chrono::Duration::days(3 * day)).unwrap());
    }
    assert!(still_there(&written).len() < written.len(), "rotation ran");
    for path in &planted {
        assert!(std::fs::symlink_metadata(path).is_ok(), "{} was removed", path.display());
    }
    assert_eq!(std::fs::read_to_string(elsewhere.path().join("letter.txt")).unwrap(), "the person's own file");
    assert_eq!(journal.latest_backup(chosen.path()).unwrap().unwrap().0, *written.last().unwrap(), "a planted file is never offered");
}

#[test]
fn backup_sizes_move_in_coarse_steps_and_a_padded_backup_restores() {
    let (dir, chosen, files) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let (mut journal, recovery) = Journal::create(dir.path(), &passphrase()).unwrap();
    let recovery_key = age::x25519::Identity::from_str(recovery.expose().expose_secret()).unwrap();
    let start = at("2026-01-01T21:00:00+01:00");
    let mut entry = None;
    let (mut plain_sizes, mut sealed_sizes) = (BTreeSet::new(), BTreeSet::new());
    let mut last = None;
    // Sixteen evenings, each entry 20 characters longer than the one before: 300 in all.
    for evening in 0..16 {
        let now = start + chrono::Duration::days(evening);
        let text = format!("{MARKER} {}", "a".repeat(6000 + 20 * evening as usize));
        let draft = match &entry {
            None => EntryDraft::new(day("2026-01-01"), text),
            Some(saved) => EntryDraft::editing(saved).with_text(text),
        };
        entry = Some(journal.save_entry(draft, now).unwrap());
        let plain = files.path().join(format!("{evening}.json"));
        journal.export_json(&plain, now).unwrap();
        plain_sizes.insert(std::fs::metadata(&plain).unwrap().len());
        let backup = journal.back_up(chosen.path(), now).unwrap();
        // What the encryption hides exactly: the ciphertext is as long as this plus a fixed
        // overhead. The header before it adds a random stanza of age's own, so the file's size
        // moves further still, at random.
        sealed_sizes.insert(age_decrypt(&recovery_key, &std::fs::read(&backup).unwrap()).len());
        last = Some(backup);
    }
    assert_eq!(plain_sizes.len(), 16, "the words themselves differ in length every time");
    assert!(sealed_sizes.len() <= 2, "a watcher of the folder sees the size change with every few words: {sealed_sizes:?}");

    let backup = last.unwrap();
    let padded = age_decrypt(&recovery_key, &std::fs::read(&backup).unwrap());
    assert!(padded.ends_with(b"  "), "padded with JSON whitespace");
    journal_in(&padded);
    let (restored, _) = restore_backup(&backup, BackupKey::RecoveryKey(&retyped(&recovery)), &files.path().join("restored"), &passphrase()).unwrap();
    assert_eq!(restored.entry(entry.as_ref().unwrap().id).unwrap().text, entry.unwrap().text);
}

#[test]
fn planted_giant_files_in_a_backup_folder_are_refused_unread() {
    let (dir, chosen, files) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let (mut journal, recovery) = journal_with_marker(dir.path());
    let backup = journal.back_up(chosen.path(), at("2026-12-01T21:00:00+01:00")).unwrap();
    let own = backup.parent().unwrap();
    // Five gigabytes each, sparse so they cost the disk nothing: reading one would take
    // seconds and more memory than a test has.
    let giant = |path: &Path| std::fs::File::create(path).unwrap().set_len(5 << 30).unwrap();
    let giant_backup = own.join("kintsugi-backup-2099-01-01T000000.age");
    giant(&giant_backup);
    let identity = backup.with_file_name(BACKUP_IDENTITY_FILE_NAME);
    giant(&identity);

    let started = std::time::Instant::now();
    let refused = restore_backup(&giant_backup, BackupKey::RecoveryKey(&retyped(&recovery)), &files.path().join("a"), &passphrase()).err().unwrap();
    assert!(matches!(refused, Error::CannotRestore(_)) && refused.to_string().contains("far larger than any backup"), "{refused}");
    assert!(journal.recover_damaged(&giant_backup).unwrap_err().to_string().contains("far larger than any backup"));
    let refused = restore_backup(&backup, BackupKey::Passphrase(&passphrase()), &files.path().join("b"), &passphrase()).err().unwrap();
    assert!(refused.to_string().contains("kintsugi-identity.age") && refused.to_string().contains("far larger"), "{refused}");
    assert_eq!(journal.latest_backup(chosen.path()).unwrap().unwrap().0, backup, "the giant is not offered");
    assert!(started.elapsed() < std::time::Duration::from_secs(2), "{:?}: read rather than refused", started.elapsed());

    // The next backup goes on: the giant identity file is set aside unread, under a dated name.
    let next = journal.back_up(chosen.path(), at("2026-12-02T21:00:00+01:00")).unwrap();
    assert!(std::fs::metadata(&identity).unwrap().len() < 4096, "a real identity file is beside the backups again");
    assert_eq!(std::fs::metadata(own.join("kintsugi-identity-until-2026-12-02T210000.age")).unwrap().len(), 5 << 30);
    assert_eq!(std::fs::metadata(&giant_backup).unwrap().len(), 5 << 30, "the planted file is left where it was");
    assert_eq!(journal.latest_backup(chosen.path()).unwrap().unwrap().0, next);
}
