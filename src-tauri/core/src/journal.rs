//! The unlocked journal: the API the shell calls. It holds the vault key and every decrypted
//! record in memory while unlocked; locking drops them all.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

use chrono::{DateTime, Datelike, FixedOffset, NaiveDate};
use uuid::Uuid;

use crate::bucket;
use crate::model::{Entry, EntryDraft, EntryId, EntrySummary, Record};
use crate::store::{KeySlot, Store};
use crate::vault::{Passphrase, RecoveryKey, VaultKey};
use crate::{Error, Result};

/// The vault's file name inside the data directory.
pub const VAULT_FILE_NAME: &str = "vault.kintsugi";

/// The largest entry accepted, in bytes of text: far beyond any real entry, small enough that
/// a runaway paste cannot make every later save slow.
const MAX_ENTRY_BYTES: usize = 8 * 1024 * 1024;

/// The years an entry's day may fall in.
const YEARS: std::ops::RangeInclusive<i32> = 1900..=2200;

/// Whether `dir` holds a vault.
pub fn vault_exists(dir: &Path) -> bool {
    dir.join(VAULT_FILE_NAME).is_file()
}

#[derive(Default)]
struct Bucket {
    revision: i64,
    records: BTreeMap<Uuid, Record>,
    /// The stored copy could not be read; the next write sets it aside instead of replacing it.
    damaged: bool,
}

/// An unlocked journal.
pub struct Journal {
    store: Store,
    key: VaultKey,
    buckets: Vec<Bucket>,
    damage: Vec<String>,
}

impl Journal {
    /// Creates a vault in `dir` protected by `passphrase`, and returns it unlocked with the
    /// recovery key, which must be shown to the person once.
    ///
    /// The file is built under a temporary name and renamed into place only when complete, so
    /// a crash during creation never leaves a vault that cannot be opened.
    pub fn create(dir: &Path, passphrase: &Passphrase) -> Result<(Self, RecoveryKey)> {
        let path = dir.join(VAULT_FILE_NAME);
        if path.exists() {
            return Err(Error::VaultExists(dir.to_path_buf()));
        }
        let (key, recovery, wrapped) = VaultKey::generate(passphrase)?;
        fs::create_dir_all(dir)?;
        let partial = dir.join(format!("{VAULT_FILE_NAME}.partial"));
        remove_with_sidecars(&partial)?;
        {
            let mut store = Store::create(&partial)?;
            store.set_key_slot(KeySlot::Passphrase, &wrapped.by_passphrase)?;
            store.set_key_slot(KeySlot::RecoveryKey, &wrapped.by_recovery_key)?;
            store.checkpoint()?;
        }
        fs::File::open(&partial)?.sync_all()?;
        fs::rename(&partial, &path)?;
        fs::File::open(dir)?.sync_all()?;
        let store = Store::open(&path)?;
        Ok((Self::load(store, key)?, recovery))
    }

    /// Unlocks the vault in `dir` with the passphrase. A wrong passphrase changes nothing.
    pub fn unlock(dir: &Path, passphrase: &Passphrase) -> Result<Self> {
        let store = Store::open(&dir.join(VAULT_FILE_NAME))?;
        let key = VaultKey::unwrap_with_passphrase(&store.key_slot(KeySlot::Passphrase)?, passphrase)?;
        Self::load(store, key)
    }

    /// Unlocks the vault in `dir` with the recovery key, for when the passphrase is forgotten.
    /// The caller should then ask for a new passphrase and call [`Journal::change_passphrase`].
    pub fn unlock_with_recovery_key(dir: &Path, recovery_key: &RecoveryKey) -> Result<Self> {
        let store = Store::open(&dir.join(VAULT_FILE_NAME))?;
        let key = VaultKey::unwrap_with_recovery_key(&store.key_slot(KeySlot::RecoveryKey)?, recovery_key)?;
        Self::load(store, key)
    }

    fn load(store: Store, key: VaultKey) -> Result<Self> {
        let mut buckets: Vec<Bucket> = (0..=u8::MAX).map(|_| Bucket::default()).collect();
        let mut damage = Vec::new();
        for stored in store.buckets()? {
            let bucket = &mut buckets[usize::from(stored.id)];
            bucket.revision = stored.revision;
            match bucket::open(&key, &stored) {
                Ok(records) => bucket.records = records.into_iter().map(|r| (r.id(), r)).collect(),
                // Writing with this build could lose what the newer one stored.
                Err(newer @ Error::NewerVersion { .. }) => return Err(newer),
                Err(err) => {
                    bucket.damaged = true;
                    damage.push(err.to_string());
                }
            }
        }
        Ok(Self { store, key, buckets, damage })
    }

    /// Descriptions of the parts of the vault that could not be read at unlock. They are kept
    /// on disk untouched; everything else works.
    pub fn damage(&self) -> &[String] {
        &self.damage
    }

    /// Replaces the passphrase. The recovery key keeps working.
    pub fn change_passphrase(&mut self, new_passphrase: &Passphrase) -> Result<()> {
        let wrapped = self.key.wrap_with_passphrase(new_passphrase)?;
        self.store.set_key_slot(KeySlot::Passphrase, &wrapped)
    }

    /// Locks the journal: folds the write-ahead log into the database so no superseded
    /// ciphertext lingers, and drops the key and every decrypted record.
    pub fn lock(self) -> Result<()> {
        self.store.checkpoint()
    }

    /// Every entry, newest day first; within a day, the latest written first.
    pub fn entries(&self) -> Vec<EntrySummary> {
        let mut entries: Vec<&Entry> = self.records().map(|Record::Entry(entry)| entry).collect();
        entries.sort_by(|a, b| b.day.cmp(&a.day).then(b.created.cmp(&a.created)));
        entries.into_iter().map(EntrySummary::from).collect()
    }

    /// One entry, in full.
    pub fn entry(&self, id: EntryId) -> Result<&Entry> {
        match self.buckets[usize::from(id.bucket())].records.get(&id.0) {
            Some(Record::Entry(entry)) => Ok(entry),
            None => Err(Error::EntryNotFound),
        }
    }

    /// Saves a new entry or an edit, durably: when this returns, the entry survives a crash.
    /// `now` is the writer's local time, kept with its UTC offset.
    pub fn save_entry(&mut self, draft: EntryDraft, now: DateTime<FixedOffset>) -> Result<Entry> {
        check_day(draft.day)?;
        if draft.text.len() > MAX_ENTRY_BYTES {
            return Err(Error::InvalidInput(format!(
                "This entry is too long to save (over {} MB). Split it into several entries.",
                MAX_ENTRY_BYTES / (1024 * 1024)
            )));
        }
        let entry = match draft.id {
            None if draft.text.trim().is_empty() => return Err(Error::EmptyEntry),
            None => Entry { id: EntryId::random(), day: draft.day, created: now, updated: now, text: draft.text.clone() },
            Some(id) => {
                let existing = self.entry(id)?;
                if existing.day == draft.day && existing.text == draft.text {
                    return Ok(existing.clone());
                }
                Entry { id, day: draft.day, created: existing.created, updated: now, text: draft.text.clone() }
            }
        };
        self.write(entry.id.bucket(), entry.id.0, Some(Record::Entry(entry.clone())))?;
        Ok(entry)
    }

    /// Deletes an entry for good.
    pub fn delete_entry(&mut self, id: EntryId) -> Result<()> {
        self.entry(id)?;
        self.write(id.bucket(), id.0, None)
    }

    fn records(&self) -> impl Iterator<Item = &Record> {
        self.buckets.iter().flat_map(|bucket| bucket.records.values())
    }

    /// Rewrites one bucket with `id` replaced (or removed), and only once that is durable
    /// changes the records in memory, so memory never holds what the disk does not.
    fn write(&mut self, bucket_id: u8, id: Uuid, replacement: Option<Record>) -> Result<()> {
        let bucket = &self.buckets[usize::from(bucket_id)];
        let records = bucket
            .records
            .iter()
            .filter(|(other, _)| **other != id)
            .map(|(_, record)| record)
            .chain(replacement.as_ref());
        let sealed = bucket::seal(&self.key, bucket_id, bucket.revision + 1, records)?;
        self.store.write_bucket(&sealed, bucket.damaged)?;
        let bucket = &mut self.buckets[usize::from(bucket_id)];
        bucket.revision = sealed.revision;
        bucket.damaged = false;
        match replacement {
            Some(record) => bucket.records.insert(id, record),
            None => bucket.records.remove(&id),
        };
        Ok(())
    }
}

fn check_day(day: NaiveDate) -> Result<()> {
    if YEARS.contains(&day.year()) {
        Ok(())
    } else {
        Err(Error::InvalidInput(format!(
            "Choose a day between the years {} and {}.",
            YEARS.start(),
            YEARS.end()
        )))
    }
}

/// Removes a database file left by an interrupted creation, with its WAL and shared-memory files.
fn remove_with_sidecars(path: &Path) -> Result<()> {
    for suffix in ["", "-wal", "-shm", "-journal"] {
        let mut file = path.as_os_str().to_owned();
        file.push(suffix);
        match fs::remove_file(PathBuf::from(file)) {
            Err(e) if e.kind() != std::io::ErrorKind::NotFound => return Err(e.into()),
            _ => {}
        }
    }
    Ok(())
}
