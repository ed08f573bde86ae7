//! Backups: written whole and owner-only, opened by either secret with the standard age
//! library and no Kintsugi, restored into a new journal, and unreadable to anyone else.

use std::io::Read;
use std::path::Path;
use std::str::FromStr;

use age::secrecy::{ExposeSecret, SecretString};
use kintsugi_core::{restore_backup, restore_backup_replacing, BackupKey, EntryDraft, Error, Journal, Passphrase, BACKUP_IDENTITY_FILE_NAME};

use crate::support::{at, day, passphrase, retyped, PASSPHRASE};

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
    let (journal, recovery) = journal_with_marker(dir.path());
    let now = at("2026-12-01T21:30:00+01:00");
    let backup = journal.back_up(folder.path(), now).unwrap();
    assert_eq!(backup.file_name().unwrap(), "kintsugi-backup-2026-12-01T213000.age");
    journal.export_json(&files.path().join("plain.json"), now).unwrap();
    let expected = std::fs::read(files.path().join("plain.json")).unwrap();
    let sealed = std::fs::read(&backup).unwrap();
    assert!(sealed.starts_with(b"-----BEGIN AGE ENCRYPTED FILE-----"));

    // The recovery key, as the person saved it.
    let recovery = age::x25519::Identity::from_str(recovery.expose().expose_secret()).unwrap();
    assert_eq!(age_decrypt(&recovery, &sealed), expected);

    // The identity file and the passphrase: what `age -d -i kintsugi-identity.age` does.
    let vault_key = unwrap_identity_file(&folder.path().join(BACKUP_IDENTITY_FILE_NAME), PASSPHRASE);
    assert_eq!(age_decrypt(&vault_key, &sealed), expected);

    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        for file in std::fs::read_dir(folder.path()).unwrap() {
            let path = file.unwrap().path();
            assert_eq!(std::fs::metadata(&path).unwrap().permissions().mode() & 0o777, 0o600, "{}", path.display());
        }
    }
}

#[test]
fn a_backup_restores_into_a_new_journal_with_either_secret() {
    let (dir, folder, files) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let (journal, recovery) = journal_with_marker(dir.path());
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
    let (backed_up, _) = journal_with_marker(other.path());
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
    let files = |folder: &Path| {
        let mut names: Vec<String> = std::fs::read_dir(folder).unwrap().map(|f| f.unwrap().file_name().to_string_lossy().into_owned()).collect();
        names.sort();
        names
    };

    // A new passphrase: the same key, so the one identity file is rewritten and opens every backup.
    let renewed = "a renewed passphrase for the same key";
    journal.change_passphrase(Some(&passphrase()), &Passphrase::new(renewed.into())).unwrap();
    journal.back_up(folder.path(), at("2026-11-30T21:00:00+01:00")).unwrap();
    assert_eq!(files(folder.path()).iter().filter(|name| name.contains("identity")).count(), 1);
    let key = unwrap_identity_file(&folder.path().join(BACKUP_IDENTITY_FILE_NAME), renewed);
    assert!(!age_decrypt(&key, &std::fs::read(&first).unwrap()).is_empty());
    journal.lock().unwrap();

    // A journal restored from that backup has a new key: the earlier file is kept, dated.
    let (restored, _) = restore_backup(&first, BackupKey::Passphrase(&Passphrase::new(renewed.into())), other.path(), &passphrase()).unwrap();
    restored.back_up(folder.path(), at("2026-12-01T21:30:00+01:00")).unwrap();
    let kept = folder.path().join("kintsugi-identity-until-2026-12-01T213000.age");
    assert!(kept.is_file(), "{:?}", files(folder.path()));
    let earlier_key = unwrap_identity_file(&kept, renewed);
    assert!(!age_decrypt(&earlier_key, &std::fs::read(&first).unwrap()).is_empty(), "the earlier backups still open with the passphrase");
    let current = unwrap_identity_file(&folder.path().join(BACKUP_IDENTITY_FILE_NAME), PASSPHRASE);
    let newest = kintsugi_core::latest_backup(folder.path()).unwrap().unwrap().0;
    assert!(!age_decrypt(&current, &std::fs::read(newest).unwrap()).is_empty());
}

#[test]
fn backups_hold_nothing_readable_and_a_crash_leaves_the_earlier_ones_whole() {
    let (dir, folder) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let (journal, _) = journal_with_marker(dir.path());
    let first = journal.back_up(folder.path(), at("2026-11-29T21:00:00+01:00")).unwrap();
    let first_bytes = std::fs::read(&first).unwrap();
    // What a kill in the middle of a backup leaves: a hidden partial file, never the final name.
    let partial = folder.path().join(".kintsugi-backup-2026-11-30T210000.age.0a1b.partial");
    std::fs::write(&partial, b"-----BEGIN AGE ENCRYPTED FILE-----\nhalf").unwrap();
    std::fs::write(folder.path().join("notes.txt"), "the person's own file").unwrap();

    let second = journal.back_up(folder.path(), at("2026-11-30T21:00:00+01:00")).unwrap();
    let (latest, time) = kintsugi_core::latest_backup(folder.path()).unwrap().unwrap();
    assert_eq!((latest, time.to_string()), (second, "2026-11-30 21:00:00".to_owned()), "the newest is found by its name");
    assert_eq!(std::fs::read(&first).unwrap(), first_bytes, "the earlier backup is untouched");
    assert!(!partial.exists(), "the half-written file is cleared away");
    assert!(folder.path().join("notes.txt").exists(), "files Kintsugi did not write are left alone");
    for file in std::fs::read_dir(folder.path()).unwrap() {
        let bytes = std::fs::read(file.unwrap().path()).unwrap();
        assert!(!bytes.windows(MARKER.len()).any(|w| w == MARKER.as_bytes()), "the marker is in a backup in the clear");
    }
}

#[test]
fn a_missing_backup_folder_is_said_plainly() {
    let dir = tempfile::tempdir().unwrap();
    let (journal, _) = journal_with_marker(dir.path());
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
