//! The SQLite file. It sees only ciphertext and the least metadata a reader needs to find its
//! way: a slot number and a format version. No dates, no kinds, no text, no search index, no
//! revision counters (those are sealed inside each slot and the manifest).

use std::path::Path;

use rusqlite::{params, Connection, OpenFlags, OptionalExtension, Transaction, TransactionBehavior};

use crate::bucket::{self, MAX_SEALED_BYTES, SLOTS};
use crate::{Error, Result};

/// Marks the file as a Kintsugi vault ("KNTS") so a stray SQLite file is not mistaken for one.
const APPLICATION_ID: i64 = 0x4B4E_5453;

/// The schema version this build writes. Each migration moves a file up by exactly one.
pub(crate) const SCHEMA_VERSION: i64 = 2;

const MIGRATIONS: [&str; SCHEMA_VERSION as usize] = [
    // 0 -> 1: the first schema.
    "CREATE TABLE key_slot (
         kind    TEXT PRIMARY KEY,
         wrapped BLOB NOT NULL
     ) STRICT;
     CREATE TABLE bucket (
         id       INTEGER PRIMARY KEY,
         format   INTEGER NOT NULL,
         revision INTEGER NOT NULL,
         sealed   BLOB NOT NULL
     ) STRICT;
     CREATE TABLE damaged_bucket (
         id        INTEGER PRIMARY KEY,
         bucket_id INTEGER NOT NULL,
         format    INTEGER NOT NULL,
         sealed    BLOB NOT NULL
     ) STRICT;",
    // 1 -> 2: revisions move inside the sealed slots, and the manifest vouches for them. The
    // next unlock rewrites every slot with its header (see `Journal::load`).
    "ALTER TABLE bucket DROP COLUMN revision;
     CREATE TABLE manifest (
         id     INTEGER PRIMARY KEY CHECK (id = 0),
         sealed BLOB NOT NULL
     ) STRICT;",
];

/// Which wrapped copy of the vault key a slot holds.
#[derive(Clone, Copy, Debug)]
pub(crate) enum KeySlot {
    Passphrase,
    RecoveryKey,
}

impl KeySlot {
    fn name(self) -> &'static str {
        match self {
            Self::Passphrase => "passphrase",
            Self::RecoveryKey => "recovery-key",
        }
    }
}

/// A sealed slot as stored.
pub(crate) struct StoredBucket {
    pub id: u16,
    pub format: i64,
    pub sealed: Vec<u8>,
}

/// A row that could not be read as a slot: its slot number, if it has one, and why.
pub(crate) type Unreadable = (Option<u16>, String);

/// The manifest as last read or written, which the next write expects to find unchanged.
pub(crate) enum ManifestOnDisk {
    /// The file has none: it is new, or from before manifests.
    Absent,
    /// The sealed manifest, byte for byte.
    Sealed(Vec<u8>),
    /// One too large to be Kintsugi's, never read; the next write replaces it.
    Oversized,
}

/// An open vault file.
pub(crate) struct Store {
    conn: Connection,
}

impl Store {
    /// Creates a new, empty vault file, readable by its owner only. Refuses to touch an
    /// existing one.
    pub fn create(path: &Path) -> Result<Self> {
        // SQLite keeps the mode of a file it finds, and gives its -wal and -shm files the same.
        match crate::io::files::create_private(path) {
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
                return Err(Error::VaultExists(path.parent().unwrap_or(path).to_path_buf()));
            }
            created => drop(created?),
        }
        let flags = OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_CREATE | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        Self::prepare(Connection::open_with_flags(path, flags)?, path)
    }

    /// Opens an existing vault file, upgrading its schema if it is older than this build.
    pub fn open(path: &Path) -> Result<Self> {
        if !path.is_file() {
            return Err(Error::NoVault(path.parent().unwrap_or(path).to_path_buf()));
        }
        let flags = OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        Self::prepare(Connection::open_with_flags(path, flags)?, path)
    }

    /// Checks the file is ours and not from the future before anything writes to it (even
    /// switching to WAL writes the header), then sets the durability and privacy pragmas and
    /// migrates.
    fn prepare(mut conn: Connection, path: &Path) -> Result<Self> {
        let version: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
        let application_id: i64 = conn.query_row("PRAGMA application_id", [], |r| r.get(0))?;
        if version > SCHEMA_VERSION {
            return Err(Error::NewerVersion { found: version, supported: SCHEMA_VERSION });
        }
        if version > 0 && application_id != APPLICATION_ID {
            return Err(Error::NotAVault(path.to_path_buf()));
        }
        conn.execute_batch(
            // FULL makes a commit durable in WAL mode; secure_delete overwrites freed pages so
            // deleted text does not linger; temp_store keeps SQLite's scratch data off disk.
            "PRAGMA journal_mode = WAL;
             PRAGMA synchronous = FULL;
             PRAGMA secure_delete = ON;
             PRAGMA temp_store = MEMORY;
             PRAGMA foreign_keys = ON;",
        )?;
        migrate(&mut conn, version)?;
        Ok(Self { conn })
    }

    pub fn key_slot(&self, slot: KeySlot) -> Result<Vec<u8>> {
        self.conn
            .query_row("SELECT wrapped FROM key_slot WHERE kind = ?1", [slot.name()], |r| r.get(0))
            .optional()?
            .ok_or_else(|| Error::Damaged(format!("the {} key slot is missing", slot.name())))
    }

    pub fn set_key_slot(&mut self, slot: KeySlot, wrapped: &[u8]) -> Result<()> {
        self.conn.execute(
            "INSERT INTO key_slot (kind, wrapped) VALUES (?1, ?2)
             ON CONFLICT (kind) DO UPDATE SET wrapped = excluded.wrapped",
            params![slot.name(), wrapped],
        )?;
        Ok(())
    }

    /// Every stored slot, and the rows that could not be one, with why: a row number past the
    /// last slot, which Kintsugi never writes (no slot), or a slot too large to be ours. Such
    /// rows are left untouched and never read into memory.
    pub fn buckets(&self) -> Result<(Vec<StoredBucket>, Vec<Unreadable>)> {
        let last = SLOTS - 1;
        let mut notes = Vec::new();
        for row in self.conn.prepare(&format!("SELECT id FROM bucket WHERE id NOT BETWEEN 0 AND {last}"))?.query_map([], |r| r.get::<_, i64>(0))? {
            notes.push((None, format!("a row numbered {}, which no part of a journal has, was left untouched", row?)));
        }
        // SQLite reads a blob's length without loading it, so an oversized row costs nothing.
        let mut statement = self.conn.prepare(&format!(
            "SELECT id, format, CASE WHEN length(sealed) <= {MAX_SEALED_BYTES} THEN sealed END, length(sealed) FROM bucket WHERE id BETWEEN 0 AND {last}"
        ))?;
        let mut stored = Vec::new();
        let rows = statement.query_map([], |r| Ok((r.get::<_, u16>(0)?, r.get::<_, i64>(1)?, r.get::<_, Option<Vec<u8>>>(2)?, r.get::<_, i64>(3)?)))?;
        for row in rows {
            match row? {
                (id, format, Some(sealed), _) => stored.push(StoredBucket { id, format, sealed }),
                (id, _, None, length) => notes.push((
                    Some(id),
                    format!("{} is {} MiB, far larger than Kintsugi ever writes, and was left untouched", bucket::name(id), length / (1024 * 1024)),
                )),
            }
        }
        Ok((stored, notes))
    }

    /// The sealed manifest, if the file has one. One larger than any manifest is left unread.
    pub fn manifest(&self) -> Result<ManifestOnDisk> {
        let found: Option<Option<Vec<u8>>> = self
            .conn
            .query_row(&format!("SELECT CASE WHEN length(sealed) <= {MAX_MANIFEST_BYTES} THEN sealed END FROM manifest WHERE id = 0"), [], |r| r.get(0))
            .optional()?;
        Ok(match found {
            None => ManifestOnDisk::Absent,
            Some(Some(sealed)) => ManifestOnDisk::Sealed(sealed),
            Some(None) => ManifestOnDisk::Oversized,
        })
    }

    /// Writes slots and the manifest that describes them in one transaction: all of them, or
    /// none. The stored copy of each slot marked damaged is moved aside in the same
    /// transaction rather than overwritten, so it can still be examined or recovered.
    ///
    /// `expected` is the manifest as this writer last saw it; if another has written since,
    /// nothing is written and [`Error::ChangedElsewhere`] is returned, so no save is lost.
    pub fn commit(&mut self, slots: &[(StoredBucket, bool)], manifest: &[u8], expected: &ManifestOnDisk) -> Result<()> {
        let tx = self.conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        write_slots(&tx, slots, manifest, expected)?;
        tx.commit()?;
        Ok(())
    }

    /// Like [`Store::commit`], with key slots rewritten too, in one transaction: for a new vault
    /// key, either everything is sealed under it, or nothing changed.
    pub fn commit_with_keys(&mut self, slots: &[(StoredBucket, bool)], manifest: &[u8], expected: &ManifestOnDisk, keys: &[(KeySlot, Vec<u8>)]) -> Result<()> {
        let tx = self.conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        write_slots(&tx, slots, manifest, expected)?;
        for (slot, wrapped) in keys {
            tx.execute("UPDATE key_slot SET wrapped = ?2 WHERE kind = ?1", params![slot.name(), wrapped])?;
        }
        tx.commit()?;
        Ok(())
    }

    /// Moves every row numbered past the last slot into the damaged rows, where nothing reads
    /// it but it is kept.
    pub fn set_aside_strays(&mut self) -> Result<()> {
        let last = SLOTS - 1;
        let tx = self.conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        tx.execute_batch(&format!(
            "INSERT INTO damaged_bucket (bucket_id, format, sealed) SELECT id, format, sealed FROM bucket WHERE id NOT BETWEEN 0 AND {last};
             DELETE FROM bucket WHERE id NOT BETWEEN 0 AND {last};"
        ))?;
        tx.commit()?;
        Ok(())
    }

    /// Folds the write-ahead log back into the database and empties it, so nothing superseded
    /// or deleted lingers in the WAL file once the journal is locked.
    pub fn checkpoint(&self) -> Result<()> {
        self.conn.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))?;
        Ok(())
    }
}

#[cfg(test)]
impl Store {
    /// Every row of the file that holds records, keys or the manifest, in a fixed order, so a
    /// test can tell that nothing was written.
    pub fn rows_for_tests(&self) -> Vec<(i64, Vec<u8>)> {
        let mut statement = self
            .conn
            .prepare(
                "SELECT id, sealed FROM bucket UNION ALL SELECT -1, sealed FROM manifest
                 UNION ALL SELECT -2 - rowid, wrapped FROM key_slot UNION ALL SELECT -100 - id, sealed FROM damaged_bucket ORDER BY 1",
            )
            .expect("the vault's tables");
        statement.query_map([], |r| Ok((r.get(0)?, r.get(1)?))).expect("rows").map(|row| row.expect("a row")).collect()
    }
}

/// The largest manifest read: 257 slots take about 14 KiB.
const MAX_MANIFEST_BYTES: usize = 1024 * 1024;

fn write_slots(tx: &Transaction<'_>, slots: &[(StoredBucket, bool)], manifest: &[u8], expected: &ManifestOnDisk) -> Result<()> {
    // The manifest is swapped only if it is still the one this writer read: a whole-vault
    // `WHERE revision = ?` that needs no revision in the clear.
    let swapped = match expected {
        ManifestOnDisk::Sealed(expected) => tx.execute("UPDATE manifest SET sealed = ?1 WHERE id = 0 AND sealed = ?2", params![manifest, expected])?,
        ManifestOnDisk::Absent => tx.execute("INSERT INTO manifest (id, sealed) VALUES (0, ?1) ON CONFLICT (id) DO NOTHING", [manifest])?,
        ManifestOnDisk::Oversized => tx.execute("UPDATE manifest SET sealed = ?1 WHERE id = 0", [manifest])?,
    };
    if swapped != 1 {
        return Err(Error::ChangedElsewhere);
    }
    for (slot, set_aside_damaged) in slots {
        if *set_aside_damaged {
            tx.execute(
                "INSERT INTO damaged_bucket (bucket_id, format, sealed)
                 SELECT id, format, sealed FROM bucket WHERE id = ?1",
                [slot.id],
            )?;
        }
        tx.execute(
            "INSERT INTO bucket (id, format, sealed) VALUES (?1, ?2, ?3)
             ON CONFLICT (id) DO UPDATE SET format = excluded.format, sealed = excluded.sealed",
            params![slot.id, slot.format, slot.sealed],
        )?;
    }
    Ok(())
}

fn migrate(conn: &mut Connection, from: i64) -> Result<()> {
    if from == SCHEMA_VERSION {
        return Ok(());
    }
    let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
    for migration in &MIGRATIONS[from as usize..] {
        tx.execute_batch(migration)?;
    }
    tx.execute_batch(&format!("PRAGMA application_id = {APPLICATION_ID}; PRAGMA user_version = {SCHEMA_VERSION};"))?;
    tx.commit()?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pragma(store: &Store, name: &str) -> String {
        store.conn.query_row(&format!("PRAGMA {name}"), [], |r| r.get::<_, rusqlite::types::Value>(0)).map(|v| format!("{v:?}")).unwrap()
    }

    #[test]
    fn a_fresh_file_is_migrated_and_hardened() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::create(&dir.path().join("v.sqlite")).unwrap();
        assert_eq!(pragma(&store, "user_version"), format!("Integer({SCHEMA_VERSION})"));
        assert_eq!(pragma(&store, "application_id"), format!("Integer({APPLICATION_ID})"));
        assert_eq!(pragma(&store, "journal_mode"), "Text(\"wal\")");
        assert_eq!(pragma(&store, "synchronous"), "Integer(2)");
        assert_eq!(pragma(&store, "secure_delete"), "Integer(1)");
        assert_eq!(pragma(&store, "temp_store"), "Integer(2)");
        let tables: Vec<String> = store
            .conn
            .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name")
            .unwrap()
            .query_map([], |r| r.get(0))
            .unwrap()
            .collect::<rusqlite::Result<_>>()
            .unwrap();
        assert_eq!(tables, ["bucket", "damaged_bucket", "key_slot", "manifest"]);
    }

    #[test]
    fn an_empty_file_left_by_a_crash_during_creation_is_migrated_on_open() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("v.sqlite");
        std::fs::write(&path, b"").unwrap();
        let store = Store::open(&path).unwrap();
        assert_eq!(pragma(&store, "user_version"), format!("Integer({SCHEMA_VERSION})"));
    }

    #[test]
    fn a_file_from_a_newer_version_is_refused_and_left_untouched() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("v.sqlite");
        {
            let conn = Connection::open(&path).unwrap();
            conn.execute_batch("CREATE TABLE future (x); PRAGMA user_version = 99;").unwrap();
        }
        let before = std::fs::read(&path).unwrap();
        let err = Store::open(&path).err().expect("a newer file must be refused");
        assert!(matches!(err, Error::NewerVersion { found: 99, supported: SCHEMA_VERSION }));
        assert!(err.to_string().contains("Update Kintsugi"));
        assert_eq!(std::fs::read(&path).unwrap(), before);
        let others: Vec<_> = std::fs::read_dir(dir.path()).unwrap().map(|e| e.unwrap().file_name()).collect();
        assert_eq!(others, ["v.sqlite"], "no WAL or journal file may appear");
    }

    #[test]
    fn another_sqlite_file_is_not_taken_for_a_vault() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("other.sqlite");
        Connection::open(&path).unwrap().execute_batch("CREATE TABLE t (x); PRAGMA user_version = 1;").unwrap();
        assert!(matches!(Store::open(&path), Err(Error::NotAVault(_))));
    }

    #[test]
    fn creating_over_an_existing_file_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("v.sqlite");
        std::fs::write(&path, b"precious").unwrap();
        assert!(matches!(Store::create(&path), Err(Error::VaultExists(_))));
        assert_eq!(std::fs::read(&path).unwrap(), b"precious");
    }
}
