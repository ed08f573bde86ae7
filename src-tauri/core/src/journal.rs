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

use crate::bucket::{self, slot_of, Opened, SLOTS};
use crate::calendar::{self, CalendarDay, Memory};
use crate::days::WrittenDays;
use crate::io::files;
use crate::lock::VaultLock;
use crate::manifest::{self, Damage, Manifest, Place, SlotSeal};
use crate::model::{Draft, Entry, EntryDraft, EntryId, EntrySummary, Record, VaultKeys, ABOUT_ID, DRAFT_ID, KEYS_ID, PROMPTS_ID};
use crate::prompts::{Prompt, Rotation};
use crate::role::{About, Role, FEELINGS};
use crate::search::{self, Index, SearchHit, SearchIndex, SearchQuery, SearchResults};
use crate::store::{KeySlot, ManifestOnDisk, Store, StoredBucket};
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
    records: BTreeMap<Uuid, Record>,
    /// What is stored for this slot is a damaged copy: the next write moves it aside, where it
    /// is kept, instead of replacing it.
    stored_damaged: bool,
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

/// A change of passphrase under way: a copy of the vault key, wiped when dropped, and the
/// passphrase slot it replaces. See [`Journal::begin_passphrase_change`].
pub struct PassphraseChange {
    key: VaultKey,
    slot: Vec<u8>,
    opened_with_recovery_key: bool,
}

/// A new passphrase slot, ready for [`Journal::finish_passphrase_change`].
pub struct WrappedPassphrase {
    vault: Uuid,
    replaces: Vec<u8>,
    slot: Vec<u8>,
}

impl PassphraseChange {
    /// Wraps the vault key with `new_passphrase`, which must be strong enough, once `current`
    /// proves the change is the person's own: the current passphrase, or `None` when the
    /// journal was opened with the recovery key. Takes the KDF's half second, or a second with
    /// the current passphrase to check.
    pub fn wrap(&self, current: Option<&Passphrase>, new_passphrase: &Passphrase) -> Result<WrappedPassphrase> {
        authorise(&self.slot, self.opened_with_recovery_key, current)?;
        let slot = self.key.wrap_with_passphrase(new_passphrase)?;
        Ok(WrappedPassphrase { vault: self.key.vault_id(), replaces: self.slot.clone(), slot })
    }
}

/// What changing the keys gave: the new recovery key, to show once, and the new sharing key
/// when there was one, for the partner to add again.
pub struct RenewedKeys {
    /// The new recovery key; the old one no longer opens the journal.
    pub recovery_key: RecoveryKey,
    /// The new sharing key, when the journal had one: letters sealed for the old one no longer
    /// open, so the partner needs the new card.
    pub sharing_key: Option<crate::SharingKey>,
}

/// Checks that a change of passphrase or keys is the person's own: `current` must open
/// `passphrase_slot`, or the journal was opened with the recovery key, which is proof enough,
/// and the only way in when the passphrase is forgotten. So nobody passing an open journal can
/// lock its owner out or take its keys.
fn authorise(passphrase_slot: &[u8], opened_with_recovery_key: bool, current: Option<&Passphrase>) -> Result<()> {
    match current {
        Some(current) => VaultKey::unwrap_with_passphrase(passphrase_slot, current).map(drop),
        None if opened_with_recovery_key => Ok(()),
        None => Err(Error::CurrentPassphraseNeeded),
    }
}

/// An unlocked journal. It holds the vault's lock: no other journal, in this process or
/// another, opens the same vault until this one is locked.
pub struct Journal {
    store: Store,
    key: VaultKey,
    /// Opened with the recovery key: a new passphrase or new keys need no current passphrase.
    opened_with_recovery_key: bool,
    /// Each slot's revision and hash, as last written.
    manifest: Manifest,
    /// The sealed manifest as it stands on disk, which the next write expects to find.
    manifest_on_disk: ManifestOnDisk,
    /// One per slot: the 256 buckets, then the draft's.
    buckets: Vec<Bucket>,
    index: Index,
    days: WrittenDays,
    _lock: VaultLock,
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
        let lock = VaultLock::acquire(dir)?;
        if path.exists() {
            return Err(Error::VaultExists(dir.to_path_buf()));
        }
        let partial = dir.join(format!("{VAULT_FILE_NAME}.partial"));
        remove_with_sidecars(&partial)?;
        {
            let mut store = Store::create(&partial)?;
            store.set_key_slot(KeySlot::Passphrase, &wrapped.by_passphrase)?;
            store.set_key_slot(KeySlot::RecoveryKey, &wrapped.by_recovery_key)?;
            // Every slot exists from the start, so which rows are present says nothing.
            let mut manifest = Manifest::empty(key.vault_id());
            let slots = (0..SLOTS)
                .map(|slot| manifest.seal_slot(&key, slot_number(slot), std::iter::empty()).map(|sealed| (sealed, false)))
                .collect::<Result<Vec<_>>>()?;
            store.commit(&slots, &manifest.seal(&key)?, &ManifestOnDisk::Absent)?;
            store.checkpoint()?;
        }
        fs::File::open(&partial)?.sync_all()?;
        fs::rename(&partial, &path)?;
        fs::File::open(dir)?.sync_all()?;
        let store = Store::open(&path)?;
        let mut journal = Self::load(lock, store, key)?;
        journal.put(Record::Keys(VaultKeys { recovery: recovery.recipient().to_string(), backup_id: Some(Uuid::new_v4()) }))?;
        Ok((journal, recovery))
    }

    /// Unlocks the vault in `dir` with the passphrase. A wrong passphrase changes nothing.
    pub fn unlock(dir: &Path, passphrase: &Passphrase) -> Result<Self> {
        Self::unlock_holding(open_locked(dir)?, passphrase)
    }

    /// Unlocks a vault whose lock is already held, as by a restore that put it in place.
    pub(crate) fn unlock_holding((lock, store): (VaultLock, Store), passphrase: &Passphrase) -> Result<Self> {
        let key = VaultKey::unwrap_with_passphrase(&store.key_slot(KeySlot::Passphrase)?, passphrase)?;
        let mut journal = Self::load(lock, store, key)?;
        if !journal.key.keeps_contents() {
            let mut slots = vec![(KeySlot::Passphrase, journal.key.rewrap_with_passphrase(passphrase)?)];
            if let Some(recovery) = journal.recovery_recipient() {
                slots.push((KeySlot::RecoveryKey, journal.key.wrap_for_recovery(&recovery)?));
            }
            journal.keep_contents_from_now_on(&slots)?;
        }
        Ok(journal)
    }

    /// Unlocks the vault in `dir` with the recovery key, for when the passphrase is forgotten.
    /// The caller should then ask for a new passphrase and call [`Journal::change_passphrase`].
    pub fn unlock_with_recovery_key(dir: &Path, recovery_key: &RecoveryKey) -> Result<Self> {
        let (lock, store) = open_locked(dir)?;
        let key = VaultKey::unwrap_with_recovery_key(&store.key_slot(KeySlot::RecoveryKey)?, recovery_key)?;
        let mut journal = Self::load(lock, store, key)?;
        if !journal.key.keeps_contents() {
            journal.keep_contents_from_now_on(&[(KeySlot::RecoveryKey, journal.key.wrap_for_recovery(&recovery_key.recipient())?)])?;
        }
        journal.opened_with_recovery_key = true;
        // Someone reaching for the recovery key is already locked out once; a failure to note
        // its public half (a full disk) must not keep them out again. Backups then open with
        // the passphrase until the next time it is noted.
        let _ = journal.remember_recovery_key(recovery_key);
        Ok(journal)
    }

    /// Keeps the recovery key's public half, so backups open with it; a vault made before
    /// backups existed learns it the first time the recovery key is used.
    fn remember_recovery_key(&mut self, recovery_key: &RecoveryKey) -> Result<()> {
        let known = self.vault_keys();
        let keys = VaultKeys { recovery: recovery_key.recipient().to_string(), ..known.clone() };
        if keys == known {
            return Ok(());
        }
        self.put(Record::Keys(keys))
    }

    /// What the vault knows of its other keys and its backups; nothing for a vault made before
    /// it kept either.
    pub(crate) fn vault_keys(&self) -> VaultKeys {
        match self.record(KEYS_ID) {
            Some(Record::Keys(keys)) => keys.clone(),
            _ => VaultKeys::default(),
        }
    }

    /// The recovery key's public half, when the vault knows it.
    pub(crate) fn recovery_recipient(&self) -> Option<age::x25519::Recipient> {
        self.vault_keys().recovery.parse().ok()
    }

    /// The vault key, which backups are encrypted to beside the recovery key.
    pub(crate) fn vault_key(&self) -> &VaultKey {
        &self.key
    }

    /// The vault key wrapped by the passphrase: a passphrase-protected age identity file.
    pub(crate) fn passphrase_slot(&self) -> Result<Vec<u8>> {
        self.store.key_slot(KeySlot::Passphrase)
    }

    /// Opens every slot and checks each against the manifest: a slot that does not decrypt,
    /// was moved, swapped, rolled back, replaced or deleted is named in [`Journal::damage`],
    /// kept on disk untouched, and the rest opens. Damage named before and not yet settled is
    /// named again. Nothing is written, but for a vault from before manifests with no damage,
    /// whose slots are rewritten with their headers under a new manifest.
    fn load(lock: VaultLock, store: Store, key: VaultKey) -> Result<Self> {
        let vault = key.vault_id();
        let (stored, unreadable) = store.buckets()?;
        let manifest_on_disk = store.manifest()?;
        let opened = open_in_parallel(&key, stored);
        // Told only from inside the encryption, never from a clear column: a vault is from
        // before manifests when neither its key nor any of its slots says otherwise.
        let before_manifests = !key.keeps_contents() && !opened.iter().any(|(_, opened, _)| matches!(opened, Ok(Opened { header: Some(_), .. })));
        let mut found = Vec::new();
        let contents = |why: String| Damage { place: Place::Contents, why: Error::Damaged(why).to_string() };
        let on_disk = match &manifest_on_disk {
            ManifestOnDisk::Sealed(sealed) => Manifest::open(&key, sealed).map_err(|e| found.push(Damage { place: Place::Contents, why: e.to_string() })).ok(),
            ManifestOnDisk::Oversized => {
                found.push(contents("the journal's table of contents is far larger than Kintsugi ever writes, and was left unread".into()));
                None
            }
            ManifestOnDisk::Absent if before_manifests => None,
            ManifestOnDisk::Absent => {
                found.push(contents("the journal's table of contents is missing, so its parts could not be checked against it".into()));
                None
            }
        };
        let mut buckets: Vec<Bucket> = (0..SLOTS).map(|_| Bucket::default()).collect();
        let mut rebuilt = Manifest::empty(vault);
        let mut present = vec![false; SLOTS];
        for (slot, why) in unreadable {
            let place = match slot {
                Some(slot) => {
                    present[usize::from(slot)] = true;
                    buckets[usize::from(slot)].stored_damaged = true;
                    Place::Slot(slot)
                }
                None => Place::Stray,
            };
            found.push(Damage { place, why: Error::Damaged(why).to_string() });
        }
        for (stored, opened, hash) in opened {
            let row = stored.id;
            present[usize::from(row)] = true;
            let checked = opened.and_then(|Opened { records, header }| match check_slot(on_disk.as_ref(), row, header.as_ref(), hash, vault) {
                Some(problem) => Err(Error::Damaged(problem)),
                None => Ok((records, header.map_or(0, |h| h.revision))),
            });
            match checked {
                Ok((records, revision)) => {
                    rebuilt.set(row, SlotSeal { revision, hash });
                    for record in records {
                        buckets[usize::from(slot_of(record.id()))].records.insert(record.id(), record);
                    }
                }
                // Writing with this build could lose what the newer one stored.
                Err(newer @ Error::NewerVersion { .. }) => return Err(newer),
                Err(err) => {
                    buckets[usize::from(row)].stored_damaged = true;
                    found.push(Damage { place: Place::Slot(row), why: err.to_string() });
                }
            }
        }
        for slot in (0..SLOTS).filter(|slot| !present[*slot]).map(slot_number) {
            // Every slot exists from a vault's creation; only one from before manifests has gaps.
            let expected = on_disk.as_ref().map_or(!before_manifests, |manifest| manifest.slot(slot) != SlotSeal::default());
            if expected {
                found.push(Damage { place: Place::Slot(slot), why: Error::Damaged(format!("{} is missing from the file", bucket::name(slot))).to_string() });
            }
        }
        let upgrade = before_manifests && on_disk.is_none() && found.is_empty();
        let mut manifest = on_disk.unwrap_or(rebuilt);
        found.into_iter().for_each(|damage| manifest.add_damage(damage));

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
        let mut journal =
            Self { store, key, opened_with_recovery_key: false, manifest, manifest_on_disk, buckets, index: Index::build(entries), days, _lock: lock };
        if upgrade {
            journal.reseal_all()?;
        }
        Ok(journal)
    }

    /// Rewrites every slot with its header under a new manifest: the upgrade of a vault from
    /// before manifests, which has no damage.
    fn reseal_all(&mut self) -> Result<()> {
        let mut manifest = self.manifest.clone();
        let mut sealed = Vec::new();
        for (slot, bucket) in self.buckets.iter().enumerate() {
            sealed.push(manifest.seal_slot(&self.key, slot_number(slot), bucket.records.values())?);
        }
        self.commit(manifest, sealed)
    }

    /// Writes the manifest with its tag and the key slots `slots`, which say from now on that
    /// this journal keeps a sealed table of contents, in one transaction; no slot is rewritten.
    fn keep_contents_from_now_on(&mut self, slots: &[(KeySlot, Vec<u8>)]) -> Result<()> {
        let on_disk = self.manifest.seal(&self.key)?;
        self.store.commit_with_keys(&[], &on_disk, &self.manifest_on_disk, slots)?;
        self.manifest_on_disk = ManifestOnDisk::Sealed(on_disk);
        self.key.mark_keeps_contents();
        Ok(())
    }

    /// Descriptions of the damage found at unlock or before and not yet settled. What the
    /// damaged parts held is kept on disk untouched; everything else works, and what is written
    /// meanwhile is kept. See [`Journal::recover_damaged`] and [`Journal::set_damage_aside`].
    pub fn damage(&self) -> Vec<String> {
        self.manifest.damage.iter().map(|damage| damage.why.clone()).collect()
    }

    /// Settles the damage: every slot that awaits a choice keeps what was written to it since,
    /// and takes from `records` (records of those slots, as a backup holds them) what it lacks,
    /// or an entry edited later there than here. What was stored in damaged slots stays
    /// aside in the file. From now on the journal is whole again, and backups resume. Returns
    /// how many records came back.
    pub(crate) fn replace_damaged(&mut self, records: Vec<Record>) -> Result<usize> {
        let mut by_slot: BTreeMap<u16, BTreeMap<Uuid, Record>> = (0..SLOTS)
            .map(slot_number)
            .filter(|slot| self.manifest.awaits_choice(*slot))
            .map(|slot| (slot, self.buckets[usize::from(slot)].records.clone()))
            .collect();
        let mut came_back = 0;
        for record in records {
            let Some(kept) = by_slot.get_mut(&slot_of(record.id())) else { continue };
            if kept.get(&record.id()).is_none_or(|kept| later_edit(&record, kept)) {
                kept.insert(record.id(), record);
                came_back += 1;
            }
        }
        let mut manifest = self.manifest.clone();
        manifest.damage.clear();
        let sealed = by_slot.iter().map(|(slot, records)| manifest.seal_slot(&self.key, *slot, records.values())).collect::<Result<Vec<_>>>()?;
        self.store.set_aside_strays()?;
        self.commit(manifest, sealed)?;
        for record in by_slot.into_values().flat_map(BTreeMap::into_values) {
            self.remember(record);
        }
        Ok(came_back)
    }

    /// Starts a change of passphrase that runs its key derivations without holding the
    /// journal: [`PassphraseChange::wrap`] takes a second or so, while saves and reads go on;
    /// [`Journal::finish_passphrase_change`] then stores the result in a moment.
    pub fn begin_passphrase_change(&self) -> Result<PassphraseChange> {
        Ok(PassphraseChange { key: self.key.clone(), slot: self.passphrase_slot()?, opened_with_recovery_key: self.opened_with_recovery_key })
    }

    /// Stores a passphrase wrapped by [`PassphraseChange::wrap`]. Refused, changing nothing,
    /// when the journal's key or passphrase changed in the meantime.
    pub fn finish_passphrase_change(&mut self, wrapped: WrappedPassphrase) -> Result<()> {
        if wrapped.vault != self.key.vault_id() || wrapped.replaces != self.passphrase_slot()? {
            return Err(Error::ChangedElsewhere);
        }
        self.store.set_key_slot(KeySlot::Passphrase, &wrapped.slot)
    }

    /// Replaces the passphrase, once `current` proves the change is the person's own (see
    /// [`PassphraseChange::wrap`]). The recovery key keeps working.
    pub fn change_passphrase(&mut self, current: Option<&Passphrase>, new_passphrase: &Passphrase) -> Result<()> {
        let wrapped = self.begin_passphrase_change()?.wrap(current, new_passphrase)?;
        self.finish_passphrase_change(wrapped)
    }

    /// Renews every secret, for when the passphrase or the recovery key may have been seen: a
    /// new vault key, a new recovery key, `new_passphrase` (which must differ from the current
    /// one) and, when the journal has one, a new sharing key, keeping the partner's. Every
    /// record is sealed again under the new key and both key slots are rewritten, in one
    /// transaction: the old passphrase and recovery key open nothing here from then on, and the
    /// old slots are overwritten on disk (`secure_delete`, then the write-ahead log folded in).
    /// Backups written before still open with the old secrets; the next one is sealed with the
    /// new. `current` proves the change is the person's own, as for a new passphrase.
    ///
    /// Refused while part of the journal could not be read: its records would stay sealed under
    /// the old key, which is about to be gone.
    pub fn renew_keys(&mut self, current: Option<&Passphrase>, new_passphrase: &Passphrase) -> Result<RenewedKeys> {
        if !self.manifest.damage.is_empty() {
            return Err(Error::Damaged("part of this journal could not be read, so it cannot move to a new key yet; restore it from a backup first".into()));
        }
        authorise(&self.passphrase_slot()?, self.opened_with_recovery_key, current)?;
        if current.is_some_and(|current| current.is_the_same_as(new_passphrase)) {
            return Err(Error::WeakPassphrase("Choose a new passphrase: the one you have now may have been seen.".into()));
        }
        let (key, recovery, wrapped) = VaultKey::generate(new_passphrase)?;
        let mut renewed = vec![Record::Keys(VaultKeys { recovery: recovery.recipient().to_string(), ..self.vault_keys() })];
        let sharing = self.renewed_sharing_keys();
        renewed.extend(sharing.clone().map(Record::Sharing));
        let mut manifest = self.manifest.for_new_key(&key);
        let mut sealed = Vec::with_capacity(SLOTS);
        for (slot, bucket) in self.buckets.iter().enumerate() {
            let mut records: BTreeMap<Uuid, &Record> = bucket.records.iter().map(|(id, record)| (*id, record)).collect();
            records.extend(renewed.iter().filter(|record| usize::from(slot_of(record.id())) == slot).map(|record| (record.id(), record)));
            sealed.push((manifest.seal_slot(&key, slot_number(slot), records.into_values())?, false));
        }
        let on_disk = manifest.seal(&key)?;
        let keys_slots = [(KeySlot::Passphrase, wrapped.by_passphrase), (KeySlot::RecoveryKey, wrapped.by_recovery_key)];
        self.store.commit_with_keys(&sealed, &on_disk, &self.manifest_on_disk, &keys_slots)?;
        self.manifest = manifest;
        self.manifest_on_disk = ManifestOnDisk::Sealed(on_disk);
        self.key = key;
        renewed.into_iter().for_each(|record| self.remember(record));
        self.store.checkpoint()?;
        let sharing_key = sharing.is_some().then(|| self.sharing_key()).transpose()?;
        Ok(RenewedKeys { recovery_key: recovery, sharing_key })
    }

    /// Locks the journal: folds the write-ahead log into the database so no superseded
    /// ciphertext lingers, and drops the key and every decrypted record.
    pub fn lock(mut self) -> Result<()> {
        let checkpointed = self.store.checkpoint();
        self.wipe();
        checkpointed
    }

    /// Overwrites everything decrypted that memory still holds: the search index first, so
    /// each entry's last holder is its bucket, then every record.
    fn wipe(&mut self) {
        std::mem::replace(&mut self.index, Index::Ready(SearchIndex::default())).finish();
        for bucket in &mut self.buckets {
            for record in bucket.records.values_mut() {
                record.wipe();
            }
            bucket.records.clear();
        }
        self.days = WrittenDays::default();
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
        calendar::month_span(year, month)
            .map_or_else(Vec::new, |(first, last)| self.summaries(self.days.newest_first(Bound::Included(first), Bound::Included(last))))
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
        match self.record(id.0) {
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
        self.write(entry.id.0, Some(Record::Entry(Arc::clone(&entry))))?;
        self.drop_draft_if_saved(&entry)?;
        Ok(Entry::clone(&entry))
    }

    /// Deletes an entry for good.
    pub fn delete_entry(&mut self, id: EntryId) -> Result<()> {
        self.entry(id)?;
        self.write(id.0, None)?;
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

    /// Whose journal this is; not said until the person says.
    pub fn role(&self) -> Role {
        match self.record(ABOUT_ID) {
            Some(Record::About(about)) => about.role,
            _ => Role::default(),
        }
    }

    /// Says whose journal this is, which changes the prompts and the order of the feelings.
    pub fn set_role(&mut self, role: Role) -> Result<()> {
        if role == self.role() {
            return Ok(());
        }
        self.put(Record::About(About { role }))
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
            feelings: self
                .role()
                .feelings()
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
        let (prompt, changed) = rotation.today(today, self.role());
        let prompt = prompt.cloned();
        if changed {
            self.put(Record::Prompts(rotation))?;
        }
        Ok(prompt)
    }

    /// Another prompt instead of today's.
    pub fn another_prompt(&mut self, today: NaiveDate) -> Result<Prompt> {
        let mut rotation = self.rotation();
        let prompt = rotation.another(today, self.role()).clone();
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
        self.buckets[usize::from(slot_of(id))].records.get(&id)
    }

    /// Stores a record, durably, replacing any with its id.
    pub(crate) fn put(&mut self, record: Record) -> Result<()> {
        self.write(record.id(), Some(record))
    }

    /// Deletes a record for good.
    pub(crate) fn remove_record(&mut self, id: Uuid) -> Result<()> {
        self.write(id, None)
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
    pub(crate) fn put_all(&mut self, records: Vec<Record>, mut progress: impl FnMut(usize, usize) -> ControlFlow<()>) -> Result<ControlFlow<()>> {
        let mut by_slot: BTreeMap<u16, Vec<Record>> = BTreeMap::new();
        for record in records {
            by_slot.entry(slot_of(record.id())).or_default().push(record);
        }
        let mut manifest = self.manifest.clone();
        let mut sealed = Vec::with_capacity(by_slot.len());
        for (done, (&slot, incoming)) in by_slot.iter().enumerate() {
            let mut merged: BTreeMap<Uuid, &Record> = self.buckets[usize::from(slot)].records.iter().map(|(id, record)| (*id, record)).collect();
            merged.extend(incoming.iter().map(|record| (record.id(), record)));
            sealed.push(manifest.seal_slot(&self.key, slot, merged.into_values())?);
            if progress(done + 1, by_slot.len()).is_break() {
                return Ok(ControlFlow::Break(()));
            }
        }
        self.commit(manifest, sealed)?;
        for record in by_slot.into_values().flatten() {
            self.remember(record);
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
        self.buckets[usize::from(slot_of(id))].records.insert(id, record);
    }

    /// Drops a record that is no longer on disk from memory and the lists built from it.
    fn forget(&mut self, id: Uuid) {
        if let Some(Record::Entry(entry)) = self.buckets[usize::from(slot_of(id))].records.remove(&id) {
            self.days.remove(&entry);
            self.index.remove(entry);
        }
    }

    /// Rewrites the slot of `id` with it replaced (or removed), and only once that is durable
    /// changes the records in memory, so memory never holds what the disk does not.
    fn write(&mut self, id: Uuid, replacement: Option<Record>) -> Result<()> {
        let slot = slot_of(id);
        let records = self.buckets[usize::from(slot)].records.iter().filter(|(other, _)| **other != id).map(|(_, record)| record).chain(replacement.as_ref());
        let mut manifest = self.manifest.clone();
        let sealed = manifest.seal_slot(&self.key, slot, records)?;
        self.commit(manifest, vec![sealed])?;
        match replacement {
            Some(record) => self.remember(record),
            None => self.forget(id),
        }
        Ok(())
    }

    /// Writes sealed slots and `manifest`, which describes them and the damage not yet
    /// settled, durably in one transaction. A damaged stored copy is set aside rather than
    /// overwritten; the damage stays named until the person settles it.
    fn commit(&mut self, manifest: Manifest, sealed: Vec<StoredBucket>) -> Result<()> {
        let slots: Vec<(StoredBucket, bool)> = sealed
            .into_iter()
            .map(|slot| {
                let set_aside = self.buckets[usize::from(slot.id)].stored_damaged;
                (slot, set_aside)
            })
            .collect();
        let on_disk = manifest.seal(&self.key)?;
        self.store.commit(&slots, &on_disk, &self.manifest_on_disk)?;
        self.manifest = manifest;
        self.manifest_on_disk = ManifestOnDisk::Sealed(on_disk);
        for (slot, _) in &slots {
            self.buckets[usize::from(slot.id)].stored_damaged = false;
        }
        Ok(())
    }
}

#[cfg(test)]
impl Journal {
    /// Every row of the vault file, to tell that nothing was written.
    pub(crate) fn stored_rows(&self) -> Vec<(i64, Vec<u8>)> {
        self.store.rows_for_tests()
    }
}

impl Drop for Journal {
    /// A journal dropped without [`Journal::lock`] (a failed step, a panic) still leaves no
    /// decrypted words behind.
    fn drop(&mut self) {
        self.wipe();
    }
}

/// Decrypts and reads every slot, and hashes its ciphertext, spread over the machine's cores:
/// unlocking is most of the wait between typing the passphrase and seeing the journal.
fn open_in_parallel(key: &VaultKey, stored: Vec<StoredBucket>) -> Vec<(StoredBucket, Result<Opened>, u128)> {
    let workers = std::thread::available_parallelism().map_or(1, std::num::NonZeroUsize::get).clamp(1, 8);
    let per_worker = stored.len().div_ceil(workers).max(1);
    let opened: Vec<(Result<Opened>, u128)> = std::thread::scope(|scope| {
        let running: Vec<_> = stored
            .chunks(per_worker)
            .map(|chunk| scope.spawn(move || chunk.iter().map(|slot| (bucket::open(key, slot), manifest::hash(&slot.sealed))).collect::<Vec<_>>()))
            .collect();
        running.into_iter().flat_map(|worker| worker.join().expect("opening a slot does not panic")).collect()
    });
    stored.into_iter().zip(opened).map(|(stored, (opened, hash))| (stored, opened, hash)).collect()
}

/// What is wrong with the slot stored at `row`, if anything, against the manifest `on_disk`
/// when there is one, or against its own header.
fn check_slot(on_disk: Option<&Manifest>, row: u16, header: Option<&bucket::Header>, hash: u128, vault: Uuid) -> Option<String> {
    let name = bucket::name(row);
    match (on_disk.map(|manifest| manifest.slot(row)), header) {
        (Some(expected), Some(header)) => manifest::mismatch(&name, row, header, &expected, expected.hash == hash, vault),
        // A slot from before manifests that the manifest knows just as it is.
        (Some(expected), None) if expected.revision == 0 && expected.hash == hash => None,
        (Some(_), None) => Some(format!("{name} is an older copy, from before this journal was last opened")),
        (None, Some(header)) => manifest::mismatch(&name, row, header, &SlotSeal { revision: header.revision, hash }, true, vault),
        (None, None) => None,
    }
}

/// Whether `incoming` is an entry edited later than the `kept` one; for anything else what the
/// journal keeps stands.
fn later_edit(incoming: &Record, kept: &Record) -> bool {
    matches!((incoming, kept), (Record::Entry(incoming), Record::Entry(kept)) if incoming.updated > kept.updated)
}

/// A slot's number from its index among [`SLOTS`].
fn slot_number(index: usize) -> u16 {
    u16::try_from(index).expect("fewer than 65,536 slots")
}

/// Takes the vault's lock, then opens its file: nothing is read before the lock is held.
fn open_locked(dir: &Path) -> Result<(VaultLock, Store)> {
    if !vault_exists(dir) {
        return Err(Error::NoVault(dir.to_path_buf()));
    }
    let lock = VaultLock::acquire(dir)?;
    Ok((lock, Store::open(&dir.join(VAULT_FILE_NAME))?))
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

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::DateTime;
    use rusqlite::{params, Connection};

    /// A vault as Kintsugi wrote it before manifests (schema 1, buckets of format 4 without
    /// headers, the draft in bucket 0) opens with everything in it, and is rewritten in place.
    #[test]
    fn a_vault_from_before_manifests_opens_whole_and_is_upgraded() {
        let dir = tempfile::tempdir().unwrap();
        let passphrase = Passphrase::new("mended with gold, slowly".into());
        let now = DateTime::parse_from_rfc3339("2026-11-26T21:00:00+01:00").unwrap();
        let (mut journal, _) = Journal::create(dir.path(), &passphrase).unwrap();
        let saved: Vec<Entry> = (0..30).map(|n| journal.save_entry(EntryDraft::new(now.date_naive(), format!("entry {n}")), now).unwrap()).collect();
        journal.keep_draft(EntryDraft::new(now.date_naive(), "half a thought"), now).unwrap();

        #[derive(Serialize)]
        struct Legacy<'a> {
            records: Vec<&'a Record>,
        }
        let mut by_first_byte: BTreeMap<u8, Vec<&Record>> = BTreeMap::new();
        for record in journal.records() {
            by_first_byte.entry(record.id().as_bytes()[0]).or_default().push(record);
        }
        let legacy: Vec<(u8, Vec<u8>)> = by_first_byte
            .into_iter()
            .map(|(bucket, records)| {
                let mut plain = rmp_serde::to_vec_named(&Legacy { records }).unwrap();
                plain.resize(plain.len().next_multiple_of(1024), 0);
                (bucket, journal.key.seal(&plain).unwrap())
            })
            .collect();
        let legacy_slot = journal.key.wrap_as_before_contents(&passphrase);
        journal.lock().unwrap();
        {
            let conn = Connection::open(dir.path().join(VAULT_FILE_NAME)).unwrap();
            conn.execute_batch(
                "DROP TABLE manifest; DELETE FROM bucket;
                 ALTER TABLE bucket ADD COLUMN revision INTEGER NOT NULL DEFAULT 0;
                 PRAGMA user_version = 1;",
            )
            .unwrap();
            for (bucket, sealed) in &legacy {
                conn.execute("INSERT INTO bucket (id, format, revision, sealed) VALUES (?1, 4, 7, ?2)", params![bucket, sealed]).unwrap();
            }
            conn.execute("UPDATE key_slot SET wrapped = ?1 WHERE kind = 'passphrase'", [&legacy_slot]).unwrap();
        }

        let journal = Journal::unlock(dir.path(), &passphrase).unwrap();
        assert!(journal.damage().is_empty(), "{:?}", journal.damage());
        assert!(journal.key.keeps_contents(), "the key says from now on that the journal keeps a table of contents");
        for entry in &saved {
            assert_eq!(journal.entry(entry.id).unwrap().text, entry.text);
        }
        assert_eq!(journal.draft().unwrap().entry.text, "half a thought");
        journal.lock().unwrap();

        let conn = Connection::open(dir.path().join(VAULT_FILE_NAME)).unwrap();
        let (rows, oldest): (i64, i64) = conn.query_row("SELECT count(*), min(format) FROM bucket", [], |r| Ok((r.get(0)?, r.get(1)?))).unwrap();
        assert_eq!((rows, oldest), (257, bucket::FORMAT), "every slot rewritten with its header");
        drop(conn);
        let journal = Journal::unlock(dir.path(), &passphrase).unwrap();
        assert!(journal.damage().is_empty(), "{:?}", journal.damage());
        assert_eq!(journal.recent_entries(0).total, 30);
    }

    /// A journal written before tables of contents carried a tag opens whole, and from then
    /// on its key says that it keeps one, so deleting the table of contents is named.
    #[test]
    fn a_journal_from_before_tagged_tables_of_contents_opens_whole_and_is_upgraded_once() {
        let dir = tempfile::tempdir().unwrap();
        let passphrase = Passphrase::new("mended with gold, slowly".into());
        let now = DateTime::parse_from_rfc3339("2026-11-26T21:00:00+01:00").unwrap();
        let (mut journal, _) = Journal::create(dir.path(), &passphrase).unwrap();
        let saved = journal.save_entry(EntryDraft::new(now.date_naive(), "a day"), now).unwrap();
        let old_manifest = journal.key.seal(&journal.manifest.as_before_tags()).unwrap();
        let old_slot = journal.key.wrap_as_before_contents(&passphrase);
        journal.lock().unwrap();
        let conn = Connection::open(dir.path().join(VAULT_FILE_NAME)).unwrap();
        conn.execute("UPDATE manifest SET sealed = ?1", [&old_manifest]).unwrap();
        conn.execute("UPDATE key_slot SET wrapped = ?1 WHERE kind = 'passphrase'", [&old_slot]).unwrap();

        let journal = Journal::unlock(dir.path(), &passphrase).unwrap();
        assert!(journal.damage().is_empty(), "{:?}", journal.damage());
        assert_eq!(journal.entry(saved.id).unwrap().text, "a day");
        journal.lock().unwrap();
        let upgraded: Vec<u8> = conn.query_row("SELECT wrapped FROM key_slot WHERE kind = 'passphrase'", [], |r| r.get(0)).unwrap();
        assert!(upgraded != old_slot, "the key slot is written again, saying the journal keeps a table of contents");

        conn.execute_batch("UPDATE bucket SET format = 4; DELETE FROM manifest;").unwrap();
        let journal = Journal::unlock(dir.path(), &passphrase).unwrap();
        assert!(journal.damage().iter().any(|d| d.contains("table of contents is missing")), "{:?}", journal.damage());
    }

    /// Someone who learnt the vault key's public half can encrypt to it, as age lets anyone
    /// with a recipient do; a table of contents made that way, listing the slots as they stand
    /// so that deleted or rolled-back ones would pass, is still named as damage.
    #[test]
    fn a_table_of_contents_encrypted_to_the_public_key_without_the_secret_is_named() {
        let dir = tempfile::tempdir().unwrap();
        let passphrase = Passphrase::new("mended with gold, slowly".into());
        let now = DateTime::parse_from_rfc3339("2026-11-26T21:00:00+01:00").unwrap();
        let (mut journal, _) = Journal::create(dir.path(), &passphrase).unwrap();
        journal.save_entry(EntryDraft::new(now.date_naive(), "a day"), now).unwrap();
        let plain = rmp_serde::to_vec(&journal.manifest).unwrap();
        let forged_tag = blake3::keyed_hash(&blake3::derive_key("a guess", journal.key.recipient().to_string().as_bytes()), &plain);
        let forgeries = [
            age::encrypt(journal.key.recipient(), &plain).unwrap(),
            age::encrypt(journal.key.recipient(), &[&plain[..], forged_tag.as_bytes()].concat()).unwrap(),
        ];
        journal.lock().unwrap();
        for forged in forgeries {
            Connection::open(dir.path().join(VAULT_FILE_NAME)).unwrap().execute("UPDATE manifest SET sealed = ?1", [&forged]).unwrap();
            let journal = Journal::unlock(dir.path(), &passphrase).unwrap();
            assert_eq!(
                journal.damage(),
                [Error::Damaged("the journal's table of contents was not written by Kintsugi with this journal's key".into()).to_string()]
            );
            journal.lock().unwrap();
        }
    }

    /// Every word written, in every kind of record, is overwritten in place when the journal
    /// locks, not only freed.
    #[test]
    fn wiping_overwrites_every_written_word_in_every_kind_of_record() {
        use crate::progress::milestone::{MilestoneDraft, MilestoneKind};
        use crate::progress::trigger::TriggerDraft;
        use crate::progress::win::{WinDraft, WinFrom, WinKind};
        let dir = tempfile::tempdir().unwrap();
        let now = DateTime::parse_from_rfc3339("2026-11-26T21:00:00+01:00").unwrap();
        let day = now.date_naive();
        let (mut journal, _) = Journal::create(dir.path(), &Passphrase::new("mended with gold, slowly".into())).unwrap();
        journal.keep_draft(EntryDraft::new(day, "half a thought").with_title("A title").with_tags(["talks"]), now).unwrap();
        journal
            .save_win(WinDraft { id: None, day, text: "kept the phone open".into(), kind: WinKind::Boundaries, from: WinFrom::Partner, entry: None }, now)
            .unwrap();
        journal
            .save_trigger(TriggerDraft { id: None, day, what: "a late message".into(), intensity: 3, helped: "a walk".into(), settled_minutes: None }, now)
            .unwrap();
        journal
            .save_milestone(MilestoneDraft { id: None, day, kind: MilestoneKind::CouplesSession, title: String::new(), note: "session four".into() }, now)
            .unwrap();
        journal.add_agreement("phones open at dinner", crate::Cadence::Daily, crate::Owner::Ours, day).unwrap();

        let mut wiped = 0;
        for bucket in &mut journal.buckets {
            for record in bucket.records.values_mut() {
                record.wipe();
                let words: Vec<&str> = match record {
                    Record::Draft(draft) => {
                        vec![&draft.entry.title, &draft.entry.text].into_iter().map(String::as_str).chain(draft.entry.tags.iter().map(String::as_str)).collect()
                    }
                    Record::Win(win) => vec![win.text.as_str()],
                    Record::Trigger(trigger) => vec![trigger.what.as_str(), trigger.helped.as_str()],
                    Record::Milestone(milestone) => vec![milestone.note.as_str()],
                    Record::Agreement(agreement) => agreement.terms.iter().map(|terms| terms.text.as_str()).collect(),
                    Record::Sharing(keys) => vec![keys.secret()],
                    Record::Letter(letter) => vec![letter.text()],
                    Record::Entry(_) | Record::Prompts(_) | Record::Keys(_) | Record::About(_) => continue,
                };
                assert!(words.iter().all(|word| word.is_empty()), "{words:?}");
                wiped += 1;
            }
        }
        assert_eq!(wiped, 5, "a draft, a win, a trigger, a milestone and an agreement");
    }
}
