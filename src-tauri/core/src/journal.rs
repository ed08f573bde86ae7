//! The unlocked journal: the API the shell calls. It holds the vault key and every decrypted
//! record in memory while unlocked; locking drops them all.

use std::collections::BTreeMap;
use std::fs;
use std::ops::{Bound, ControlFlow};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use chrono::{DateTime, FixedOffset, NaiveDate};
use serde::Serialize;
use ts_rs::TS;
use uuid::Uuid;

use crate::bucket;
use crate::calendar::{self, CalendarDay, Memory};
use crate::days::WrittenDays;
use crate::io::files;
use crate::model::{Draft, Entry, EntryDraft, EntryId, EntrySummary, Record, VaultKeys, DRAFT_ID, FEELINGS, KEYS_ID, PROMPTS_ID};
use crate::prompts::{Prompt, Rotation};
use crate::search::{self, Index, SearchHit, SearchQuery, SearchResults};
use crate::store::{KeySlot, Store, StoredBucket};
use crate::vault::{Passphrase, RecoveryKey, VaultKey};
use crate::{Error, Result};

/// The vault's file name inside the data directory.
pub const VAULT_FILE_NAME: &str = "vault.kintsugi";

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

/// The words already in use, offered as choices.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
pub struct Vocabulary {
    /// The standard feelings first, then the person's own, most used first.
    pub feelings: Vec<String>,
    /// Every tag in use, most used first.
    pub tags: Vec<String>,
}

/// The latest entries, as the list beside the editor shows them, with how many there are in
/// all and since when.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
pub struct RecentEntries {
    /// Newest day first; within a day, the latest begun first.
    pub entries: Vec<EntrySummary>,
    /// How many entries the journal holds.
    pub total: u32,
    /// The first day written about; none while the journal is empty.
    #[ts(type = "string | null")]
    pub since: Option<NaiveDate>,
}

/// An unlocked journal.
pub struct Journal {
    store: Store,
    key: VaultKey,
    buckets: Vec<Bucket>,
    damage: Vec<String>,
    index: Index,
    days: WrittenDays,
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
        files::create_private_dirs(dir)?;
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
        let mut journal = Self::load(store, key)?;
        journal.remember_recovery_key(&recovery)?;
        Ok((journal, recovery))
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
        let mut journal = Self::load(store, key)?;
        // Someone reaching for the recovery key is already locked out once; a failure to note
        // its public half (a full disk) must not keep them out again. Backups then open with
        // the passphrase until the next time it is noted.
        let _ = journal.remember_recovery_key(recovery_key);
        Ok(journal)
    }

    /// Keeps the recovery key's public half, so backups open with it; a vault made before
    /// backups existed learns it the first time the recovery key is used.
    fn remember_recovery_key(&mut self, recovery_key: &RecoveryKey) -> Result<()> {
        let keys = VaultKeys { recovery: recovery_key.recipient().to_string() };
        match self.record(KEYS_ID) {
            Some(Record::Keys(known)) if *known == keys => Ok(()),
            _ => self.put(Record::Keys(keys)),
        }
    }

    /// The recovery key's public half, when the vault knows it.
    pub(crate) fn recovery_recipient(&self) -> Option<age::x25519::Recipient> {
        match self.record(KEYS_ID) {
            Some(Record::Keys(keys)) => keys.recovery.parse().ok(),
            _ => None,
        }
    }

    /// The vault key, which backups are encrypted to beside the recovery key.
    pub(crate) fn vault_key(&self) -> &VaultKey {
        &self.key
    }

    /// The vault key wrapped by the passphrase: a passphrase-protected age identity file.
    pub(crate) fn passphrase_slot(&self) -> Result<Vec<u8>> {
        self.store.key_slot(KeySlot::Passphrase)
    }

    fn load(store: Store, key: VaultKey) -> Result<Self> {
        let mut buckets: Vec<Bucket> = (0..=u8::MAX).map(|_| Bucket::default()).collect();
        let (stored, mut damage) = store.buckets()?;
        for (stored, opened) in open_in_parallel(&key, stored) {
            let bucket = &mut buckets[usize::from(stored.id)];
            bucket.revision = stored.revision;
            match opened {
                Ok(records) => bucket.records = records.into_iter().map(|r| (r.id(), r)).collect(),
                // Writing with this build could lose what the newer one stored.
                Err(newer @ Error::NewerVersion { .. }) => return Err(newer),
                Err(err) => {
                    bucket.damaged = true;
                    damage.push(err.to_string());
                }
            }
        }
        let entries: Vec<Arc<Entry>> = buckets
            .iter()
            .flat_map(|bucket| bucket.records.values())
            .filter_map(|record| match record {
                Record::Entry(entry) => Some(Arc::clone(entry)),
                _ => None,
            })
            .collect();
        let mut days = WrittenDays::default();
        entries.iter().for_each(|entry| days.insert(entry));
        Ok(Self { store, key, buckets, damage, index: Index::build(entries), days })
    }

    /// Descriptions of the parts of the vault that could not be read at unlock. They are kept
    /// on disk untouched; everything else works.
    pub fn damage(&self) -> &[String] {
        &self.damage
    }

    /// Checks that `passphrase` is this journal's, as when someone at an open journal asks to
    /// change its passphrase or keys. Takes the KDF's half second.
    pub fn check_passphrase(&self, passphrase: &Passphrase) -> Result<()> {
        VaultKey::unwrap_with_passphrase(&self.passphrase_slot()?, passphrase).map(drop)
    }

    /// Replaces the passphrase. The recovery key keeps working.
    pub fn change_passphrase(&mut self, new_passphrase: &Passphrase) -> Result<()> {
        let wrapped = self.key.wrap_with_passphrase(new_passphrase)?;
        self.store.set_key_slot(KeySlot::Passphrase, &wrapped)
    }

    /// Replaces the vault key and the recovery key, for when the passphrase or the recovery key
    /// may have been seen. Every record is sealed again under the new key, and both key slots
    /// are rewritten, in one transaction: the old recovery key opens nothing from then on, and
    /// the old slots are overwritten on disk (`secure_delete`, then the write-ahead log folded
    /// in). `passphrase` protects the new key and may be the current one. Returns the new
    /// recovery key, to show once.
    ///
    /// Refused while part of the journal could not be read: its records would stay sealed under
    /// the old key, which is about to be gone.
    pub fn rekey(&mut self, passphrase: &Passphrase) -> Result<RecoveryKey> {
        if !self.damage.is_empty() {
            return Err(Error::Damaged(
                "part of this journal could not be read, so it cannot move to a new key yet; restore it from a backup first".into(),
            ));
        }
        let (key, recovery, wrapped) = VaultKey::generate(passphrase)?;
        let keys = Record::Keys(VaultKeys { recovery: recovery.recipient().to_string() });
        let keys_bucket = KEYS_ID.as_bytes()[0];
        let mut sealed = Vec::new();
        for (bucket_id, bucket) in self.buckets.iter().enumerate() {
            let bucket_id = u8::try_from(bucket_id).expect("256 buckets");
            let mut records: BTreeMap<Uuid, &Record> = bucket.records.iter().map(|(id, record)| (*id, record)).collect();
            if bucket_id == keys_bucket {
                records.insert(KEYS_ID, &keys);
            }
            if !records.is_empty() || bucket.revision > 0 {
                sealed.push(bucket::seal(&key, bucket_id, bucket.revision + 1, records.into_values())?);
            }
        }
        self.store.replace_keys(&sealed, &wrapped.by_passphrase, &wrapped.by_recovery_key)?;
        for stored in &sealed {
            self.buckets[usize::from(stored.id)].revision = stored.revision;
        }
        self.key = key;
        self.remember(keys);
        self.store.checkpoint()?;
        Ok(recovery)
    }

    /// Locks the journal: folds the write-ahead log into the database so no superseded
    /// ciphertext lingers, and drops the key and every decrypted record.
    pub fn lock(self) -> Result<()> {
        self.index.finish();
        self.store.checkpoint()
    }

    /// The latest `limit` entries, with how many there are in all and since when.
    pub fn recent_entries(&self, limit: usize) -> RecentEntries {
        RecentEntries {
            entries: self.summaries(self.days.newest_first(Bound::Unbounded, Bound::Unbounded).take(limit)),
            total: u32::try_from(self.days.len()).unwrap_or(u32::MAX),
            since: self.days.first(),
        }
    }

    /// The entries about one day, the latest begun first.
    pub fn entries_on(&self, day: NaiveDate) -> Vec<EntrySummary> {
        self.summaries(self.days.newest_first(Bound::Included(day), Bound::Included(day)))
    }

    /// The entries of a month (1 to 12), newest day first; within a day, the latest begun
    /// first. A month that does not exist has none.
    pub fn entries_in_month(&self, year: i32, month: u32) -> Vec<EntrySummary> {
        calendar::month_span(year, month).map_or_else(Vec::new, |(first, last)| {
            self.summaries(self.days.newest_first(Bound::Included(first), Bound::Included(last)))
        })
    }

    /// The nearest day before `day` that has entries.
    pub fn written_day_before(&self, day: NaiveDate) -> Option<NaiveDate> {
        self.days.before(day)
    }

    /// The nearest day after `day` that has entries.
    pub fn written_day_after(&self, day: NaiveDate) -> Option<NaiveDate> {
        self.days.after(day)
    }

    fn summaries(&self, ids: impl Iterator<Item = EntryId>) -> Vec<EntrySummary> {
        ids.filter_map(|id| self.entry(id).ok()).map(EntrySummary::from).collect()
    }

    /// One entry, in full.
    pub fn entry(&self, id: EntryId) -> Result<&Entry> {
        match self.buckets[usize::from(id.bucket())].records.get(&id.0) {
            Some(Record::Entry(entry)) => Ok(entry),
            _ => Err(Error::EntryNotFound),
        }
    }

    /// Saves a new entry or an edit, durably: when this returns, the entry survives a crash.
    /// `now` is the writer's local time, kept with its UTC offset. A kept draft that holds
    /// exactly what was saved is dropped.
    pub fn save_entry(&mut self, draft: EntryDraft, now: DateTime<FixedOffset>) -> Result<Entry> {
        let draft = draft.checked()?;
        let (id, created, source) = match draft.id {
            None if draft.is_blank() => return Err(Error::EmptyEntry),
            None => (EntryId::random(), now, None),
            Some(id) => {
                let existing = self.entry(id)?;
                if draft.matches(existing) {
                    let existing = existing.clone();
                    self.drop_draft_if_saved(&existing)?;
                    return Ok(existing);
                }
                (id, existing.created, existing.source.clone())
            }
        };
        let entry = Arc::new(Entry::from_checked(&draft, id, created, now, source));
        self.write(entry.id.bucket(), entry.id.0, Some(Record::Entry(Arc::clone(&entry))))?;
        self.drop_draft_if_saved(&entry)?;
        Ok(Entry::clone(&entry))
    }

    /// Deletes an entry for good.
    pub fn delete_entry(&mut self, id: EntryId) -> Result<()> {
        self.entry(id)?;
        self.write(id.bucket(), id.0, None)?;
        Ok(())
    }

    /// Searches every entry. Results are ranked by relevance, or newest first when `query`
    /// has no words; at most `limit` are returned with highlighted passages. The index is
    /// built in the background from unlock on; a search in the first moments waits for it.
    pub fn search(&mut self, query: &SearchQuery, limit: usize) -> SearchResults {
        let (found, total) = self.index.ready().search(query, limit);
        let words = search::query_words(&query.text);
        let hits = found
            .into_iter()
            .filter_map(|id| self.entry(id).ok())
            .map(|entry| SearchHit {
                entry: EntrySummary::from(entry),
                title: search::highlight(&entry.title, &words),
                snippet: search::snippet(&entry.text, &words),
            })
            .collect();
        SearchResults { hits, total: u32::try_from(total).unwrap_or(u32::MAX) }
    }

    /// The days of a month that have entries, for the calendar.
    pub fn calendar_month(&self, year: i32, month: u32) -> Vec<CalendarDay> {
        let Some((first, last)) = calendar::month_span(year, month) else { return Vec::new() };
        let entries = self.days.newest_first(Bound::Included(first), Bound::Included(last));
        calendar::month(entries.filter_map(|id| self.entry(id).ok()), year, month)
    }

    /// Entries written on this date in earlier months and years, most recent first.
    pub fn on_this_day(&self, today: NaiveDate) -> Vec<Memory> {
        calendar::on_this_day(self.all_entries(), today)
    }

    /// The feelings and tags to offer as choices.
    pub fn vocabulary(&self) -> Vocabulary {
        let mut feelings: BTreeMap<&str, usize> = BTreeMap::new();
        let mut tags: BTreeMap<String, (usize, &str)> = BTreeMap::new();
        for entry in self.all_entries() {
            for feeling in entry.feelings.iter().filter(|f| !FEELINGS.contains(&f.as_str())) {
                *feelings.entry(feeling).or_default() += 1;
            }
            for tag in &entry.tags {
                tags.entry(tag.to_lowercase()).or_insert((0, tag)).0 += 1;
            }
        }
        let by_use = |mut counted: Vec<(usize, String)>| {
            counted.sort_by(|a, b| b.0.cmp(&a.0).then_with(|| a.1.cmp(&b.1)));
            counted.into_iter().map(|(_, word)| word)
        };
        Vocabulary {
            feelings: FEELINGS
                .iter()
                .map(|f| (*f).to_owned())
                .chain(by_use(feelings.into_iter().map(|(f, n)| (n, f.to_owned())).collect()))
                .collect(),
            tags: by_use(tags.into_values().map(|(n, tag)| (n, tag.to_owned())).collect()).collect(),
        }
    }

    /// Today's guided prompt, or `None` after "not today".
    pub fn todays_prompt(&mut self, today: NaiveDate) -> Result<Option<Prompt>> {
        let mut rotation = self.rotation();
        let (prompt, changed) = rotation.today(today);
        let prompt = prompt.cloned();
        if changed {
            self.put(Record::Prompts(rotation))?;
        }
        Ok(prompt)
    }

    /// Another prompt instead of today's.
    pub fn another_prompt(&mut self, today: NaiveDate) -> Result<Prompt> {
        let mut rotation = self.rotation();
        let prompt = rotation.another(today).clone();
        self.put(Record::Prompts(rotation))?;
        Ok(prompt)
    }

    /// No prompt today.
    pub fn dismiss_prompt(&mut self, today: NaiveDate) -> Result<()> {
        let mut rotation = self.rotation();
        rotation.dismiss(today);
        self.put(Record::Prompts(rotation))
    }

    fn rotation(&self) -> Rotation {
        match self.record(PROMPTS_ID) {
            Some(Record::Prompts(rotation)) => rotation.clone(),
            _ => Rotation::default(),
        }
    }

    /// Keeps what the editor holds, encrypted like everything else, so a crash or a forced
    /// quit loses nothing typed. Replaces any draft kept before.
    pub fn keep_draft(&mut self, entry: EntryDraft, now: DateTime<FixedOffset>) -> Result<()> {
        let entry = entry.checked()?;
        if self.draft().is_some_and(|kept| kept.entry == entry) {
            return Ok(());
        }
        self.put(Record::Draft(Draft { entry, kept: now }))
    }

    /// The draft kept when the editor last changed without being saved, if any.
    pub fn draft(&self) -> Option<&Draft> {
        match self.record(DRAFT_ID) {
            Some(Record::Draft(draft)) => Some(draft),
            _ => None,
        }
    }

    /// Forgets the kept draft.
    pub fn discard_draft(&mut self) -> Result<()> {
        if self.draft().is_none() {
            return Ok(());
        }
        self.remove_record(DRAFT_ID)
    }

    fn drop_draft_if_saved(&mut self, entry: &Entry) -> Result<()> {
        if self.draft().is_some_and(|draft| draft.entry.matches(entry)) {
            self.discard_draft()?;
        }
        Ok(())
    }

    /// The record with this id, whatever its kind.
    pub(crate) fn record(&self, id: Uuid) -> Option<&Record> {
        self.buckets[usize::from(id.as_bytes()[0])].records.get(&id)
    }

    /// Stores a record, durably, replacing any with its id.
    pub(crate) fn put(&mut self, record: Record) -> Result<()> {
        let id = record.id();
        self.write(id.as_bytes()[0], id, Some(record))
    }

    /// Deletes a record for good.
    pub(crate) fn remove_record(&mut self, id: Uuid) -> Result<()> {
        self.write(id.as_bytes()[0], id, None)
    }

    pub(crate) fn all_entries(&self) -> impl Iterator<Item = &Entry> {
        self.records().filter_map(|record| match record {
            Record::Entry(entry) => Some(&**entry),
            _ => None,
        })
    }

    pub(crate) fn records(&self) -> impl Iterator<Item = &Record> {
        self.buckets.iter().flat_map(|bucket| bucket.records.values())
    }

    /// Stores many records at once, replacing any with the same ids, in one transaction: all
    /// of them are kept, or none. `progress` hears how many of the buckets to rewrite are
    /// sealed, and may stop before anything is written.
    pub(crate) fn put_all(
        &mut self,
        records: Vec<Record>,
        mut progress: impl FnMut(usize, usize) -> ControlFlow<()>,
    ) -> Result<ControlFlow<()>> {
        let mut by_bucket: BTreeMap<u8, Vec<Record>> = BTreeMap::new();
        for record in records {
            by_bucket.entry(record.id().as_bytes()[0]).or_default().push(record);
        }
        let mut sealed = Vec::with_capacity(by_bucket.len());
        for (done, (&bucket_id, incoming)) in by_bucket.iter().enumerate() {
            let bucket = &self.buckets[usize::from(bucket_id)];
            let mut merged: BTreeMap<Uuid, &Record> = bucket.records.iter().map(|(id, record)| (*id, record)).collect();
            merged.extend(incoming.iter().map(|record| (record.id(), record)));
            sealed.push((bucket::seal(&self.key, bucket_id, bucket.revision + 1, merged.into_values())?, bucket.damaged));
            if progress(done + 1, by_bucket.len()).is_break() {
                return Ok(ControlFlow::Break(()));
            }
        }
        self.store.write_buckets(sealed.iter().map(|(bucket, damaged)| (bucket, *damaged)))?;
        for ((stored, _), (bucket_id, incoming)) in sealed.iter().zip(by_bucket) {
            let bucket = &mut self.buckets[usize::from(bucket_id)];
            bucket.revision = stored.revision;
            bucket.damaged = false;
            for record in incoming {
                self.remember(record);
            }
        }
        Ok(ControlFlow::Continue(()))
    }

    /// Takes a record that is already durable into memory and the lists built from it.
    fn remember(&mut self, record: Record) {
        let id = record.id();
        self.forget(id);
        if let Record::Entry(entry) = &record {
            self.days.insert(entry);
            self.index.insert(Arc::clone(entry));
        }
        self.buckets[usize::from(id.as_bytes()[0])].records.insert(id, record);
    }

    /// Drops a record that is no longer on disk from memory and the lists built from it.
    fn forget(&mut self, id: Uuid) {
        if let Some(Record::Entry(entry)) = self.buckets[usize::from(id.as_bytes()[0])].records.remove(&id) {
            self.days.remove(&entry);
            self.index.remove(entry);
        }
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
            Some(record) => self.remember(record),
            None => self.forget(id),
        }
        Ok(())
    }
}

/// Decrypts and reads every bucket, spread over the machine's cores: unlocking is most of the
/// wait between typing the passphrase and seeing the journal.
fn open_in_parallel(key: &VaultKey, stored: Vec<StoredBucket>) -> Vec<(StoredBucket, Result<Vec<Record>>)> {
    let workers = std::thread::available_parallelism().map_or(1, std::num::NonZeroUsize::get).clamp(1, 8);
    let per_worker = stored.len().div_ceil(workers).max(1);
    let opened: Vec<Result<Vec<Record>>> = std::thread::scope(|scope| {
        let running: Vec<_> = stored
            .chunks(per_worker)
            .map(|chunk| scope.spawn(move || chunk.iter().map(|bucket| bucket::open(key, bucket)).collect::<Vec<_>>()))
            .collect();
        running.into_iter().flat_map(|worker| worker.join().expect("opening a bucket does not panic")).collect()
    });
    stored.into_iter().zip(opened).collect()
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
