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
//! An encrypted export is the same file under a name the person chooses, with the identity file
//! beside it. Nothing in either folder decrypts without one of the two secrets.

use std::collections::BTreeSet;
use std::fs;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};

use age::armor::{ArmoredReader, ArmoredWriter, Format};
use chrono::{DateTime, Datelike, FixedOffset, NaiveDateTime};
use zeroize::Zeroizing;

use super::files::write_private;
use super::kintsugi;
use crate::lock::VaultLock;
use crate::model::Record;
use crate::store::Store;
use crate::vault::VaultKey;
use crate::{Error, Journal, Passphrase, RecoveryKey, Result, VAULT_FILE_NAME};

/// The passphrase-protected vault key kept beside the backups.
pub const IDENTITY_FILE_NAME: &str = "kintsugi-identity.age";
const PREFIX: &str = "kintsugi-backup-";
const SUFFIX: &str = ".age";
/// Backup names carry the writer's local time, so they sort and read naturally.
const TIME_FORMAT: &str = "%Y-%m-%dT%H%M%S";

/// How many backups rotation keeps: the newest of each of the last days, weeks and months
/// that have one.
const DAILY: usize = 7;
const WEEKLY: usize = 4;
const MONTHLY: usize = 12;

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
        let name = backup.file_name().unwrap_or(backup.as_os_str()).to_string_lossy().into_owned();
        let wrong = Error::CannotRestore(format!(
            "{name} was written before this journal's keys last changed, so it does not open here. Restore it whole from Settings instead."
        ));
        let plain = decrypt_backup(&super::read_bounded(backup)?, &name, self.vault_key().identity(), wrong)?;
        let records = records_in(&plain, &name)?;
        self.replace_damaged(records)
    }

    /// Goes on without what could not be read: the damaged parts are emptied, with what was
    /// stored in them kept aside in the file, never deleted, and backups resume.
    pub fn set_damage_aside(&mut self) -> Result<()> {
        self.replace_damaged(Vec::new()).map(drop)
    }

    /// Writes a backup of every record into `folder`, keeps the identity file beside it
    /// current, and removes the backups that rotation no longer keeps. The backup appears
    /// under its name only once complete. Returns its path.
    pub fn back_up(&self, folder: &Path, now: DateTime<FixedOffset>) -> Result<PathBuf> {
        if !folder.is_dir() {
            return Err(Error::BackupFolderMissing(folder.to_path_buf()));
        }
        // Rotation would in time remove the backups that still hold what could not be read.
        if !self.damage().is_empty() {
            return Err(Error::NotBackedUpWhileDamaged);
        }
        let path = folder.join(format!("{PREFIX}{}{SUFFIX}", now.format(TIME_FORMAT)));
        self.export_encrypted(&path, now)?;
        rotate(folder)?;
        Ok(path)
    }

    /// Writes every record as Kintsugi's JSON in one armored age file that opens exactly like
    /// a backup, and keeps the identity file beside it current so the passphrase opens it too.
    /// The file appears under its name only once complete.
    pub fn export_encrypted(&self, path: &Path, now: DateTime<FixedOffset>) -> Result<()> {
        let identity = self.passphrase_slot()?;
        let identity_path = path.with_file_name(IDENTITY_FILE_NAME);
        if fs::read(&identity_path).ok().as_deref() != Some(identity.as_slice()) {
            self.keep_earlier_identity(&identity_path, now)?;
            write_private(&identity_path, |file| Ok(file.write_all(&identity)?))?;
        }
        let vault_recipient = self.vault_key().recipient().clone();
        let recovery_recipient = self.recovery_recipient();
        let mut recipients: Vec<&dyn age::Recipient> = vec![&vault_recipient];
        recipients.extend(recovery_recipient.as_ref().map(|recipient| recipient as &dyn age::Recipient));
        write_private(path, |file| {
            let encryption_failed = |e: age::EncryptError| Error::Encryption(e.to_string());
            let encryptor = age::Encryptor::with_recipients(recipients.into_iter()).map_err(encryption_failed)?;
            let mut writer = encryptor.wrap_output(ArmoredWriter::wrap_output(file, Format::AsciiArmor)?)?;
            kintsugi::write(self, now, &mut writer)?;
            writer.finish()?.finish()?;
            Ok(())
        })
    }
}

impl Journal {
    /// An identity file differs from this journal's either because the passphrase changed
    /// (same key: the new file opens every backup) or because the key itself is new, as after a
    /// restore. Then the backups already in the folder open only with the earlier key, so its
    /// file is kept under a dated name rather than overwritten.
    fn keep_earlier_identity(&self, identity_path: &Path, now: DateTime<FixedOffset>) -> Result<()> {
        let folder = identity_path.parent().unwrap_or(Path::new("."));
        if !identity_path.exists() {
            return Ok(());
        }
        let Some((newest, _)) = latest_backup(folder)? else { return Ok(()) };
        if opens_with(&newest, self.vault_key().identity()) {
            return Ok(());
        }
        let kept = folder.join(format!("kintsugi-identity-until-{}.age", now.format(TIME_FORMAT)));
        fs::rename(identity_path, kept)?;
        Ok(())
    }
}

/// Whether `identity` is one of the backup's recipients; only the header is read.
fn opens_with(backup: &Path, identity: &dyn age::Identity) -> bool {
    let Ok(file) = fs::File::open(backup) else { return false };
    let reader = ArmoredReader::new(std::io::BufReader::new(file));
    age::Decryptor::new_buffered(reader).is_ok_and(|decryptor| decryptor.decrypt(std::iter::once(identity)).is_ok())
}

/// Creates a journal in `dir`, protected by `passphrase`, holding everything in the backup at
/// `backup`, which `key` opens. Returns it unlocked, with its new recovery key to show once.
pub fn restore_backup(backup: &Path, key: BackupKey, dir: &Path, passphrase: &Passphrase) -> Result<(Journal, RecoveryKey)> {
    let name = backup.file_name().unwrap_or(backup.as_os_str()).to_string_lossy().into_owned();
    let plain = open_backup(backup, &name, key)?;
    let records = records_in(&plain, &name)?;
    let (mut journal, recovery) = Journal::create(dir, passphrase)?;
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

/// The records a decrypted backup holds.
fn records_in(plain: &[u8], name: &str) -> Result<Vec<Record>> {
    kintsugi::read(plain, name).map_err(|_| Error::CannotRestore(format!("{name} opened, but what it holds is not a Kintsugi journal.")))
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
    let sealed = super::read_bounded(backup)?;
    let vault_key;
    let (identity, wrong): (&dyn age::Identity, Error) = match key {
        BackupKey::RecoveryKey(recovery) => (recovery.identity(), Error::WrongRecoveryKey),
        BackupKey::Passphrase(passphrase) => {
            let identity_path = backup.with_file_name(IDENTITY_FILE_NAME);
            let wrapped = fs::read(&identity_path).map_err(|_| {
                Error::CannotRestore(format!(
                    "{IDENTITY_FILE_NAME} is not beside {name}, and the passphrase opens a backup only through it. Use the recovery key instead, or put the backup back in its folder."
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

/// The newest backup in `folder`, by the time in its name (the writer's local time), if any.
pub fn latest_backup(folder: &Path) -> Result<Option<(PathBuf, NaiveDateTime)>> {
    let mut latest: Option<(PathBuf, NaiveDateTime)> = None;
    for file in fs::read_dir(folder)? {
        let name = file?.file_name();
        if let Some(time) = backup_time(&name.to_string_lossy()) {
            if latest.as_ref().is_none_or(|(_, newest)| time > *newest) {
                latest = Some((folder.join(name), time));
            }
        }
    }
    Ok(latest)
}

impl Journal {
    /// The backups in `folder` that this journal's present key does not open, oldest first,
    /// with when each was written: after new keys, every backup written before, which still
    /// opens with the old passphrase (through the identity file kept beside it) and the old
    /// recovery key. Only each file's header is read.
    pub fn backups_under_earlier_keys(&self, folder: &Path) -> Result<Vec<(PathBuf, NaiveDateTime)>> {
        let mut earlier = Vec::new();
        for file in fs::read_dir(folder)? {
            let name = file?.file_name();
            if let Some(time) = backup_time(&name.to_string_lossy()) {
                let path = folder.join(name);
                if !opens_with(&path, self.vault_key().identity()) {
                    earlier.push((path, time));
                }
            }
        }
        earlier.sort_by_key(|(_, time)| *time);
        Ok(earlier)
    }
}

/// Removes the backups in `folder` that rotation does not keep, and any backup a crash left
/// half-written. Files Kintsugi did not name are never touched.
fn rotate(folder: &Path) -> Result<()> {
    let mut backups = Vec::new();
    for file in fs::read_dir(folder)? {
        let name = file?.file_name().to_string_lossy().into_owned();
        if name.starts_with(&format!(".{PREFIX}")) && name.ends_with(".partial") {
            let _ = fs::remove_file(folder.join(&name));
        } else if let Some(time) = backup_time(&name) {
            backups.push((time, name));
        }
    }
    let keep = kept(backups.iter().map(|(time, _)| *time));
    for (time, name) in backups {
        if !keep.contains(&time) {
            fs::remove_file(folder.join(name))?;
        }
    }
    Ok(())
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
    use chrono::{Duration, NaiveDate};

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
