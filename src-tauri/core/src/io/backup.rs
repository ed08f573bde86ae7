//! Automatic encrypted backups, and restoring from one.
//!
//! A backup is Kintsugi's JSON export as one armored age file encrypted to two recipients: the
//! vault key and the recovery key. Beside the backups the folder keeps the vault key as a
//! passphrase-protected age identity file, `kintsugi-identity.age` (the vault's own
//! passphrase slot, so the same scrypt work factor). Either secret therefore opens a backup,
//! in Kintsugi or with the standard `age` tool and no Kintsugi at all:
//!
//! ```text
//! age -d -i kintsugi-identity.age kintsugi-backup-2026-12-01T213000.age   (asks for the passphrase)
//! age -d -i recovery-key.txt kintsugi-backup-2026-12-01T213000.age
//! ```
//!
//! Backups go into a folder of the journal's own, `kintsugi-<backup id>`, inside the folder
//! the person chose, which may be shared: a USB stick two journals use, a folder synced between
//! two computers. The id is random and kept inside the vault, and every backup names it in its
//! first bytes, inside the encryption. Rotation removes only files that open with this
//! journal's key and name its id, so it never touches another journal's backups, even in the
//! same folder, nor any file someone else put there.
//!
//! The document inside is padded with trailing JSON whitespace the way the vault's buckets
//! are (Padmé), so the size of a backup says little about how much was written, and it stays
//! a JSON document that any reader takes as it is.
//!
//! An encrypted export is the same file under a name the person chooses, with the identity file
//! beside it. Nothing in either folder decrypts without one of the two secrets, and nothing
//! read from one is read beyond a size Kintsugi writes.

use std::collections::BTreeSet;
use std::fs;
use std::io::{BufReader, Read, Write};
use std::path::{Path, PathBuf};

use age::armor::{ArmoredReader, ArmoredWriter, Format};
use chrono::{DateTime, Datelike, Duration, FixedOffset, NaiveDateTime};
use uuid::Uuid;
use zeroize::Zeroizing;

use super::files::{create_private_dirs, write_private};
use super::kintsugi::{self, Export};
use super::{read_limited, MAX_IMPORT_BYTES};
use crate::bucket::padded_len;
use crate::lock::VaultLock;
use crate::model::{Record, VaultKeys};
use crate::store::Store;
use crate::vault::VaultKey;
use crate::{Error, Journal, Passphrase, RecoveryKey, Result, VAULT_FILE_NAME};

/// The passphrase-protected vault key kept beside the backups.
pub const IDENTITY_FILE_NAME: &str = "kintsugi-identity.age";
/// An earlier identity file, kept for the backups written under an earlier key.
const KEPT_IDENTITY_PREFIX: &str = "kintsugi-identity-until-";
/// A journal's own folder inside the chosen one is this followed by its backup id.
const FOLDER_PREFIX: &str = "kintsugi-";
const PREFIX: &str = "kintsugi-backup-";
const SUFFIX: &str = ".age";
/// Backup names carry the writer's local time, so they sort and read naturally.
const TIME_FORMAT: &str = "%Y-%m-%dT%H%M%S";

/// How many backups rotation keeps: the newest of each of the last days, weeks and months
/// that have one.
const DAILY: usize = 7;
const WEEKLY: usize = 4;
const MONTHLY: usize = 12;

/// The largest backup read whole: ten years of writing back up in a few tens of megabytes.
const MAX_BACKUP_BYTES: u64 = MAX_IMPORT_BYTES;
/// The largest identity file read: the one Kintsugi writes is a few hundred bytes.
const MAX_IDENTITY_BYTES: u64 = 64 * 1024;
/// How much of a file is read to tell whose backup it is: its header and its first encrypted
/// chunk of 64 KiB, armored, whatever the file's size.
const START_BYTES: u64 = 128 * 1024;
/// How much of a backup's document is decrypted to find its backup id.
const ID_BYTES: u64 = 256;

/// What opens a backup.
pub enum BackupKey<'a> {
    /// The journal's passphrase, with the identity file beside the backup.
    Passphrase(&'a Passphrase),
    /// The recovery key.
    RecoveryKey(&'a RecoveryKey),
}

impl Journal {
    /// Brings back, from `backup`, the records of every part of the journal that could not be
    /// read, and makes the journal whole again: what was stored in those parts is kept aside
    /// in the file, never deleted. The backup must be this journal's (one written since its
    /// last restore or new keys); it opens with the key already in memory, so nothing is asked.
    /// Returns how many records came back.
    pub fn recover_damaged(&mut self, backup: &Path) -> Result<usize> {
        let name = file_name(backup);
        let wrong = Error::CannotRestore(format!(
            "{name} was written before this journal's keys last changed, so it does not open here. Restore it whole from Settings instead."
        ));
        let plain = decrypt_backup(&read_backup(backup, &name)?, &name, self.vault_key().identity(), wrong)?;
        let export = export_in(&plain, &name)?;
        self.replace_damaged(export.records)
    }

    /// Goes on without what could not be read: the damaged parts are emptied, with what was
    /// stored in them kept aside in the file, never deleted, and backups resume.
    pub fn set_damage_aside(&mut self) -> Result<()> {
        self.replace_damaged(Vec::new()).map(drop)
    }

    /// Writes a backup of every record into this journal's own folder inside `chosen` (made
    /// when missing), keeps the identity file beside it current, and removes the backups of
    /// this journal that rotation no longer keeps. The backup appears under its name only once
    /// complete. Returns its path.
    pub fn back_up(&mut self, chosen: &Path, now: DateTime<FixedOffset>) -> Result<PathBuf> {
        if !chosen.is_dir() {
            return Err(Error::BackupFolderMissing(chosen.to_path_buf()));
        }
        // Rotation would in time remove the backups that still hold what could not be read.
        if !self.damage().is_empty() {
            return Err(Error::NotBackedUpWhileDamaged);
        }
        let id = self.backup_id()?;
        let folder = chosen.join(format!("{FOLDER_PREFIX}{id}"));
        create_private_dirs(&folder)?;
        // A name already taken by a file this journal did not write is left to that file.
        let path = free_name(&folder, now, PREFIX, |path| is_free(path) || self.wrote(path, id))?;
        self.export_encrypted(&path, now)?;
        self.rotate(&folder, id)?;
        Ok(path)
    }

    /// This journal's newest backup in the folder the person chose, by the time in its name
    /// (the writer's local time): in a journal's own folder inside it, or directly in it, where
    /// backups went before they had folders of their own. Only a backup that opens with this
    /// journal's key counts, so another journal's, or a file planted there, is never offered;
    /// of each file only the start is read.
    pub fn latest_backup(&self, chosen: &Path) -> Result<Option<(PathBuf, NaiveDateTime)>> {
        let mut found = backups_in(chosen)?;
        for folder in fs::read_dir(chosen)? {
            let folder = folder?;
            if folder.file_name().to_string_lossy().starts_with(FOLDER_PREFIX) && folder.file_type()?.is_dir() {
                found.extend(backups_in(&folder.path())?);
            }
        }
        found.sort_unstable_by(|(_, a), (_, b)| b.cmp(a));
        Ok(found.into_iter().find(|(path, _)| opens_with(path, self.vault_key().identity())))
    }

    /// This journal's backups that its present key does not open, oldest first, with when each
    /// was written: after new keys, every backup written before, which still opens with the old
    /// passphrase (through the identity file kept beside it) and the old recovery key. They are
    /// looked for where this journal writes: its own folder inside `chosen`, or `chosen` itself
    /// for a journal that has never had one. Another journal's folder is never counted, so no
    /// one is told to delete another's backups. Only each file's header is read.
    pub fn backups_under_earlier_keys(&self, chosen: &Path) -> Result<Vec<(PathBuf, NaiveDateTime)>> {
        let folder = match self.vault_keys().backup_id {
            Some(id) => chosen.join(format!("{FOLDER_PREFIX}{id}")),
            None => chosen.to_path_buf(),
        };
        if !folder.is_dir() {
            return Ok(Vec::new());
        }
        let mut earlier = backups_in(&folder)?;
        earlier.retain(|(path, _)| !opens_with(path, self.vault_key().identity()));
        earlier.sort_by_key(|(_, time)| *time);
        Ok(earlier)
    }

    /// Writes every record as Kintsugi's JSON in one armored age file that opens exactly like
    /// a backup, and keeps the identity file beside it current so the passphrase opens it too.
    /// The file appears under its name only once complete.
    pub fn export_encrypted(&self, path: &Path, now: DateTime<FixedOffset>) -> Result<()> {
        self.keep_identity_beside(path, now)?;
        let vault_recipient = self.vault_key().recipient().clone();
        let recovery_recipient = self.recovery_recipient();
        let mut recipients: Vec<&dyn age::Recipient> = vec![&vault_recipient];
        recipients.extend(recovery_recipient.as_ref().map(|recipient| recipient as &dyn age::Recipient));
        write_private(path, |file| {
            let encryption_failed = |e: age::EncryptError| Error::Encryption(e.to_string());
            let encryptor = age::Encryptor::with_recipients(recipients.into_iter()).map_err(encryption_failed)?;
            let mut writer = encryptor.wrap_output(ArmoredWriter::wrap_output(file, Format::AsciiArmor)?)?;
            write_padded(self, now, &mut writer)?;
            writer.finish()?.finish()?;
            Ok(())
        })
    }
}

impl Journal {
    /// The random id that names this journal's backups and their folder. A journal made before
    /// backups had folders of their own gets one, kept in the vault, the first time it is asked.
    fn backup_id(&mut self) -> Result<Uuid> {
        let keys = self.vault_keys();
        if let Some(id) = keys.backup_id {
            return Ok(id);
        }
        let id = Uuid::new_v4();
        self.put(Record::Keys(VaultKeys { backup_id: Some(id), ..keys }))?;
        Ok(id)
    }

    /// Whether the file at `path` is a backup this journal wrote: it opens with this journal's
    /// key, and the document inside names its backup id. Only the file's start is read.
    fn wrote(&self, path: &Path, id: Uuid) -> bool {
        start_of(path, self.vault_key().identity(), ID_BYTES).and_then(|start| kintsugi::backup_id_in(&start)) == Some(id)
    }

    /// Removes this journal's backups in its `folder` that rotation does not keep, and any it
    /// left half-written in a crash. Every other file stays: another journal's, one that does
    /// not open, one that only looks like a backup.
    fn rotate(&self, folder: &Path, id: Uuid) -> Result<()> {
        let mut own = Vec::new();
        for file in fs::read_dir(folder)? {
            let path = file?.path();
            let name = file_name(&path);
            if name.starts_with(&format!(".{PREFIX}")) && name.ends_with(".partial") {
                // Cut short, it has no end to read, but its header says who began it.
                if opens_with(&path, self.vault_key().identity()) {
                    let _ = fs::remove_file(&path);
                }
            } else if let Some(time) = backup_time(&name) {
                if self.wrote(&path, id) {
                    own.push((time, path));
                }
            }
        }
        let keep = kept(own.iter().map(|(time, _)| *time));
        for (time, path) in own {
            if !keep.contains(&time) {
                fs::remove_file(path)?;
            }
        }
        Ok(())
    }

    /// Makes the identity file beside `path` this journal's, keeping the one it replaces when
    /// anything beside it may still need it.
    fn keep_identity_beside(&self, path: &Path, now: DateTime<FixedOffset>) -> Result<()> {
        let identity = self.passphrase_slot()?;
        let identity_path = path.with_file_name(IDENTITY_FILE_NAME);
        if !is_free(&identity_path) {
            // A file far larger than any identity, or not a file at all, is no earlier key of
            // this journal's: it is kept aside unread.
            let earlier = read_limited(&identity_path, MAX_IDENTITY_BYTES).ok().flatten();
            if earlier.as_deref() == Some(identity.as_slice()) {
                return Ok(());
            }
            self.keep_earlier_identity(&identity_path, earlier, now)?;
        }
        write_private(&identity_path, |file| Ok(file.write_all(&identity)?))
    }

    /// An identity file differs from this journal's either because the passphrase changed
    /// (same key: every backup beside it opens with this key, and so will the new file) or
    /// because it holds another key: this journal's before new keys or a restore, or another
    /// journal's writing into the same folder. Then the files beside it may open only with that
    /// key, so it is kept under a dated name rather than overwritten, unless a copy is kept
    /// already (as when two journals take turns in one folder).
    fn keep_earlier_identity(&self, identity_path: &Path, earlier: Option<Vec<u8>>, now: DateTime<FixedOffset>) -> Result<()> {
        let folder = identity_path.parent().unwrap_or(Path::new("."));
        let beside = sealed_files_in(folder)?;
        let same_key = !beside.is_empty() && beside.iter().all(|path| opens_with(path, self.vault_key().identity()));
        if same_key || earlier.is_some_and(|earlier| kept_identities_in(folder).is_ok_and(|kept| kept.contains(&earlier))) {
            return Ok(());
        }
        let kept = free_name(folder, now, KEPT_IDENTITY_PREFIX, is_free)?;
        fs::rename(identity_path, kept)?;
        Ok(())
    }
}

/// Writes the export document, then JSON whitespace up to its padded length (Padmé, as the
/// vault's buckets are padded), so a backup's size moves in coarse steps rather than with every
/// word, and the document reads the same to anything that parses JSON.
fn write_padded(journal: &Journal, now: DateTime<FixedOffset>, out: &mut impl Write) -> Result<()> {
    let mut counted = Counted { out: &mut *out, written: 0 };
    kintsugi::write(journal, now, journal.vault_keys().backup_id, &mut counted)?;
    let padding = padded_len(counted.written) - counted.written;
    std::io::copy(&mut std::io::repeat(b' ').take(padding as u64), out)?;
    Ok(())
}

/// A writer that counts the bytes it passes on.
struct Counted<W> {
    out: W,
    written: usize,
}

impl<W: Write> Write for Counted<W> {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        let written = self.out.write(bytes)?;
        self.written += written;
        Ok(written)
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.out.flush()
    }
}

/// The first of `<prefix><now>.age`, `<prefix><now + 1 s>.age`, … that `usable` accepts, so two
/// writers in one folder never take each other's name.
fn free_name(folder: &Path, now: DateTime<FixedOffset>, prefix: &str, usable: impl Fn(&Path) -> bool) -> Result<PathBuf> {
    // An hour of names taken is no accident; the person is told, and nothing is replaced.
    (0..3600)
        .map(|second| folder.join(format!("{prefix}{}{SUFFIX}", (now + Duration::seconds(second)).format(TIME_FORMAT))))
        .find(|path| usable(path))
        .ok_or_else(|| std::io::Error::new(std::io::ErrorKind::AlreadyExists, format!("{} is full of files named like Kintsugi's", folder.display())).into())
}

/// Whether nothing is at `path`, not even a link that leads nowhere.
fn is_free(path: &Path) -> bool {
    fs::symlink_metadata(path).is_err()
}

/// The start of the document in the age file at `path`, `bytes` long at most, decrypted with
/// `identity`; with none asked, only the header is checked. `None` when the file does not
/// open with it. At most [`START_BYTES`] of the file are read, whatever its size, and only a
/// regular file is opened: a pipe planted under a backup's name would never end.
fn start_of(path: &Path, identity: &dyn age::Identity, bytes: u64) -> Option<Vec<u8>> {
    if !fs::metadata(path).is_ok_and(|metadata| metadata.is_file()) {
        return None;
    }
    let reader = ArmoredReader::new(BufReader::new(fs::File::open(path).ok()?.take(START_BYTES)));
    let mut plain = age::Decryptor::new_buffered(reader).ok()?.decrypt(std::iter::once(identity)).ok()?;
    let mut start = Vec::new();
    plain.by_ref().take(bytes).read_to_end(&mut start).ok()?;
    Some(start)
}

/// Whether `identity` is one of the age file's recipients; only its header is read.
fn opens_with(path: &Path, identity: &dyn age::Identity) -> bool {
    start_of(path, identity, 0).is_some()
}

/// The backups in `folder`, told by their names, with the time each name carries.
fn backups_in(folder: &Path) -> Result<Vec<(PathBuf, NaiveDateTime)>> {
    let mut found = Vec::new();
    for file in fs::read_dir(folder)? {
        let path = file?.path();
        if let Some(time) = backup_time(&file_name(&path)) {
            found.push((path, time));
        }
    }
    Ok(found)
}

/// The age files in `folder` that an identity file beside them may open: all but identity
/// files.
fn sealed_files_in(folder: &Path) -> Result<Vec<PathBuf>> {
    let mut found = Vec::new();
    for file in fs::read_dir(folder)? {
        let path = file?.path();
        let name = file_name(&path);
        if name.ends_with(SUFFIX) && !name.starts_with(KEPT_IDENTITY_PREFIX) && name != IDENTITY_FILE_NAME {
            found.push(path);
        }
    }
    Ok(found)
}

/// The identity files kept in `folder` for earlier keys, each read only when small enough to
/// be one.
fn kept_identities_in(folder: &Path) -> Result<Vec<Vec<u8>>> {
    let mut found = Vec::new();
    for file in fs::read_dir(folder)? {
        let path = file?.path();
        if file_name(&path).starts_with(KEPT_IDENTITY_PREFIX) {
            found.extend(read_limited(&path, MAX_IDENTITY_BYTES).ok().flatten());
        }
    }
    Ok(found)
}

/// Creates a journal in `dir`, protected by `passphrase`, holding everything in the backup at
/// `backup`, which `key` opens. Returns it unlocked, with its new recovery key to show once.
/// It keeps the backup's folder: its backups go on beside the ones it came from, which, sealed
/// under the earlier key, rotation leaves alone.
pub fn restore_backup(backup: &Path, key: BackupKey, dir: &Path, passphrase: &Passphrase) -> Result<(Journal, RecoveryKey)> {
    let name = file_name(backup);
    let plain = open_backup(backup, &name, key)?;
    let Export { mut records, backup_id } = export_in(&plain, &name)?;
    let (mut journal, recovery) = Journal::create(dir, passphrase)?;
    if backup_id.is_some() {
        records.push(Record::Keys(VaultKeys { backup_id, ..journal.vault_keys() }));
    }
    // Nothing here asks to stop, so the outcome is always "continued".
    let _ = journal.put_all(records, |_, _| std::ops::ControlFlow::Continue(()))?;
    Ok((journal, recovery))
}

/// Like [`restore_backup`], for a `dir` that already holds a journal, which must be locked. The
/// restored journal is built beside it first, so a wrong secret or a damaged backup changes
/// nothing; then the journal it replaces is moved, whole and still encrypted, into the new
/// folder `set_aside` (where it opens as before), and the restored one takes its place.
pub fn restore_backup_replacing(backup: &Path, key: BackupKey, dir: &Path, passphrase: &Passphrase, set_aside: &Path) -> Result<(Journal, RecoveryKey)> {
    // Held throughout, so no other window opens the journal while it is being replaced.
    let lock = VaultLock::acquire(dir)?;
    let staging = dir.join(".restoring");
    if staging.exists() {
        fs::remove_dir_all(&staging)?;
    }
    fs::create_dir(&staging)?;
    let restored = restore_backup(backup, key, &staging, passphrase).and_then(|(journal, recovery)| {
        journal.lock()?;
        fs::create_dir(set_aside)?;
        move_vault(dir, set_aside)?;
        move_vault(&staging, dir)?;
        Ok(recovery)
    });
    let _ = fs::remove_dir_all(&staging);
    let recovery = restored?;
    let store = Store::open(&dir.join(VAULT_FILE_NAME))?;
    Ok((Journal::unlock_holding((lock, store), passphrase)?, recovery))
}

/// What a decrypted backup holds.
fn export_in(plain: &[u8], name: &str) -> Result<Export> {
    kintsugi::read(plain, name).map_err(|_| Error::CannotRestore(format!("{name} opened, but what it holds is not a Kintsugi journal.")))
}

/// How a file is named in messages.
fn file_name(path: &Path) -> String {
    path.file_name().unwrap_or(path.as_os_str()).to_string_lossy().into_owned()
}

/// The sealed bytes of the backup at `path`; a file larger than any backup is refused unread.
fn read_backup(path: &Path, name: &str) -> Result<Vec<u8>> {
    read_limited(path, MAX_BACKUP_BYTES)?
        .ok_or_else(|| Error::CannotRestore(format!("{name} is far larger than any backup Kintsugi writes, so it was not read. Choose another backup.")))
}

/// Moves the vault in `from` and the database's companion files into `to`.
fn move_vault(from: &Path, to: &Path) -> Result<()> {
    for suffix in ["", "-wal", "-shm"] {
        let name = format!("{VAULT_FILE_NAME}{suffix}");
        match fs::rename(from.join(&name), to.join(&name)) {
            Err(e) if e.kind() != std::io::ErrorKind::NotFound => return Err(e.into()),
            _ => {}
        }
    }
    Ok(())
}

fn open_backup(backup: &Path, name: &str, key: BackupKey) -> Result<Zeroizing<Vec<u8>>> {
    let sealed = read_backup(backup, name)?;
    let vault_key;
    let (identity, wrong): (&dyn age::Identity, Error) = match key {
        BackupKey::RecoveryKey(recovery) => (recovery.identity(), Error::WrongRecoveryKey),
        BackupKey::Passphrase(passphrase) => {
            let identity_path = backup.with_file_name(IDENTITY_FILE_NAME);
            let wrapped = read_limited(&identity_path, MAX_IDENTITY_BYTES)
                .map_err(|_| {
                    Error::CannotRestore(format!(
                        "{IDENTITY_FILE_NAME} is not beside {name}, and the passphrase opens a backup only through it. Use the recovery key instead, or put the backup back in its folder."
                    ))
                })?
                .ok_or_else(|| {
                    Error::CannotRestore(format!(
                        "The {IDENTITY_FILE_NAME} beside {name} is far larger than the key file Kintsugi writes, so it was not read. Use the recovery key instead, or put back the {IDENTITY_FILE_NAME} written with this backup."
                    ))
                })?;
            vault_key = VaultKey::unwrap_with_passphrase(&wrapped, passphrase)?;
            (vault_key.identity(), Error::WrongPassphrase)
        }
    };
    decrypt_backup(&sealed, name, identity, wrong)
}

/// Decrypts a backup's bytes with `identity`; `wrong` says why when it is not a recipient.
fn decrypt_backup(sealed: &[u8], name: &str, identity: &dyn age::Identity, wrong: Error) -> Result<Zeroizing<Vec<u8>>> {
    let not_a_backup = || Error::CannotRestore(format!("{name} is not a Kintsugi backup, or it was cut short."));
    let decryptor = age::Decryptor::new_buffered(ArmoredReader::new(sealed)).map_err(|_| not_a_backup())?;
    let mut reader = decryptor.decrypt(std::iter::once(identity)).map_err(|e| match e {
        age::DecryptError::NoMatchingKeys => wrong,
        _ => not_a_backup(),
    })?;
    let mut plain = Zeroizing::new(Vec::new());
    reader.read_to_end(&mut plain).map_err(|_| not_a_backup())?;
    Ok(plain)
}

fn backup_time(name: &str) -> Option<NaiveDateTime> {
    let time = name.strip_prefix(PREFIX)?.strip_suffix(SUFFIX)?;
    NaiveDateTime::parse_from_str(time, TIME_FORMAT).ok()
}

/// A period a backup falls in, as a year and a day, week or month number in it.
type Period = fn(&NaiveDateTime) -> (i32, u32);

/// The backups to keep: the newest of each of the last 7 days that have one, of the last 4
/// weeks and of the last 12 months.
fn kept(times: impl Iterator<Item = NaiveDateTime>) -> BTreeSet<NaiveDateTime> {
    let mut newest_first: Vec<NaiveDateTime> = times.collect();
    newest_first.sort_unstable_by(|a, b| b.cmp(a));
    let mut keep = BTreeSet::new();
    let periods: [(usize, Period); 3] = [
        (DAILY, |time| (time.year(), time.ordinal())),
        (WEEKLY, |time| (time.iso_week().year(), time.iso_week().week())),
        (MONTHLY, |time| (time.year(), time.month())),
    ];
    for (count, period) in periods {
        let mut seen = BTreeSet::new();
        for time in &newest_first {
            if seen.len() == count && !seen.contains(&period(time)) {
                break;
            }
            if seen.insert(period(time)) {
                keep.insert(*time);
            }
        }
    }
    keep
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    #[test]
    fn a_journal_from_before_backup_ids_gets_one_at_its_first_backup_and_keeps_it() {
        let (dir, chosen) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
        let passphrase = Passphrase::new("mended with gold, slowly".into());
        let (mut journal, _) = Journal::create(dir.path(), &passphrase).unwrap();
        // The keys record as a journal made before backup ids holds it.
        journal.put(Record::Keys(VaultKeys { backup_id: None, ..journal.vault_keys() })).unwrap();
        let now = DateTime::parse_from_rfc3339("2026-12-01T21:30:00+01:00").unwrap();
        let first = journal.back_up(chosen.path(), now).unwrap();
        let id = journal.vault_keys().backup_id.expect("made for the first backup");
        assert_eq!(first.parent().unwrap(), chosen.path().join(format!("kintsugi-{id}")));
        journal.lock().unwrap();

        let mut journal = Journal::unlock(dir.path(), &passphrase).unwrap();
        assert_eq!(journal.vault_keys().backup_id, Some(id), "kept in the vault");
        let second = journal.back_up(chosen.path(), now + Duration::days(1)).unwrap();
        assert_eq!(second.parent(), first.parent());
        assert!(journal.wrote(&first, id) && journal.wrote(&second, id));
        assert!(!journal.wrote(&second, Uuid::new_v4()), "another id is another journal's");
    }

    #[test]
    fn rotation_over_two_years_keeps_exactly_the_promised_set() {
        // A backup every day at 21:00 and another at 08:00, for two years.
        let start = NaiveDate::from_ymd_opt(2025, 1, 1).unwrap().and_hms_opt(8, 0, 0).unwrap();
        let mut all = BTreeSet::new();
        let mut kept_now = BTreeSet::new();
        for day in 0..730 {
            for hours in [0, 13] {
                let time = start + Duration::days(day) + Duration::hours(hours);
                all.insert(time);
                kept_now.insert(time);
                kept_now = kept(kept_now.into_iter());
            }
        }
        let last = *all.last().unwrap();
        // The last 7 days' evening backups.
        for day in 0..7 {
            assert!(kept_now.contains(&(last - Duration::days(day))), "day {day}");
        }
        // Each of the last 4 weeks' and 12 months' newest.
        let newest_in = |period: &dyn Fn(&NaiveDateTime) -> bool| *all.iter().filter(|t| period(t)).max().unwrap();
        for week in 0..4 {
            let target = (last - Duration::weeks(week)).iso_week();
            assert!(kept_now.contains(&newest_in(&|t| t.iso_week() == target)), "week {week}");
        }
        for month in 0..12 {
            let first = NaiveDate::from_ymd_opt(2026, 12 - month, 1).unwrap();
            assert!(kept_now.contains(&newest_in(&|t| t.year() == first.year() && t.month() == first.month())), "month {month}");
        }
        // Nothing else: the sets overlap, so fewer than 7 + 4 + 12.
        assert!(kept_now.len() <= DAILY + WEEKLY + MONTHLY, "{}", kept_now.len());
        assert_eq!(kept(kept_now.iter().copied()), kept_now, "keeping is stable");
        assert!(!kept_now.contains(&start), "two years back is gone");
    }

    #[test]
    fn only_backup_names_are_read_as_backups() {
        assert_eq!(backup_time("kintsugi-backup-2026-12-01T213000.age"), NaiveDate::from_ymd_opt(2026, 12, 1).unwrap().and_hms_opt(21, 30, 0));
        for other in ["kintsugi-identity.age", "holiday.age", "kintsugi-backup-yesterday.age", "kintsugi-backup-2026-12-01T213000.age.bak"] {
            assert_eq!(backup_time(other), None, "{other}");
        }
    }
}
