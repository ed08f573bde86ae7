//! The SQLite file. It sees only ciphertext and the least metadata storage needs: a bucket
//! number, a format version and a revision. No dates, no kinds, no text, no search index.

use std::path::Path;

use rusqlite::{params, Connection, OpenFlags, OptionalExtension, TransactionBehavior};

use crate::{Error, Result};

/// Marks the file as a Kintsugi vault ("KNTS") so a stray SQLite file is not mistaken for one.
const APPLICATION_ID: i64 = 0x4B4E_5453;

/// The schema version this build writes. Each migration moves a file up by exactly one.
pub(crate) const SCHEMA_VERSION: i64 = 1;

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

/// A sealed bucket as stored.
pub(crate) struct StoredBucket {
    pub id: u8,
    pub format: i64,
    pub revision: i64,
    pub sealed: Vec<u8>,
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

    /// Every stored bucket, and a note for each row that no bucket could be (a row number past
    /// 255, which Kintsugi never writes). Such rows are left untouched and never read.
    pub fn buckets(&self) -> Result<(Vec<StoredBucket>, Vec<String>)> {
        let mut stray = Vec::new();
        for row in self.conn.prepare("SELECT id FROM bucket WHERE id NOT BETWEEN 0 AND 255")?.query_map([], |r| r.get::<_, i64>(0))? {
            stray.push(format!("a row numbered {}, which no part of a journal has, was left untouched", row?));
        }
        let mut statement = self.conn.prepare("SELECT id, format, revision, sealed FROM bucket WHERE id BETWEEN 0 AND 255")?;
        let rows = statement.query_map([], |r| {
            Ok(StoredBucket { id: r.get(0)?, format: r.get(1)?, revision: r.get(2)?, sealed: r.get(3)? })
        })?;
        Ok((rows.collect::<rusqlite::Result<_>>()?, stray))
    }

    /// Replaces a bucket durably. When the bucket on disk was found damaged, its old ciphertext
    /// is moved aside in the same transaction rather than overwritten, so it can still be
    /// examined or recovered.
    pub fn write_bucket(&mut self, bucket: &StoredBucket, set_aside_damaged: bool) -> Result<()> {
        self.write_buckets([(bucket, set_aside_damaged)])
    }

    /// Replaces several buckets in one transaction: all of them are written, or none.
    pub fn write_buckets<'a>(&mut self, buckets: impl IntoIterator<Item = (&'a StoredBucket, bool)>) -> Result<()> {
        let tx = self.conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        for (bucket, set_aside_damaged) in buckets {
            if set_aside_damaged {
                tx.execute(
                    "INSERT INTO damaged_bucket (bucket_id, format, sealed)
                     SELECT id, format, sealed FROM bucket WHERE id = ?1",
                    [bucket.id],
                )?;
            }
            put_bucket(&tx, bucket)?;
        }
        tx.commit()?;
        Ok(())
    }

    /// Rewrites every given bucket and both key slots in one transaction, for a new vault key:
    /// either everything is sealed under the new key, or nothing changed.
    pub fn replace_keys(&mut self, buckets: &[StoredBucket], by_passphrase: &[u8], by_recovery_key: &[u8]) -> Result<()> {
        let tx = self.conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        for bucket in buckets {
            put_bucket(&tx, bucket)?;
        }
        for (slot, wrapped) in [(KeySlot::Passphrase, by_passphrase), (KeySlot::RecoveryKey, by_recovery_key)] {
            tx.execute("UPDATE key_slot SET wrapped = ?2 WHERE kind = ?1", params![slot.name(), wrapped])?;
        }
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

/// Writes `bucket` over the stored one with its id, or adds it.
fn put_bucket(tx: &rusqlite::Transaction<'_>, bucket: &StoredBucket) -> Result<()> {
    tx.execute(
        "INSERT INTO bucket (id, format, revision, sealed) VALUES (?1, ?2, ?3, ?4)
         ON CONFLICT (id) DO UPDATE SET
             format = excluded.format, revision = excluded.revision, sealed = excluded.sealed",
        params![bucket.id, bucket.format, bucket.revision, bucket.sealed],
    )?;
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
    tx.execute_batch(&format!(
        "PRAGMA application_id = {APPLICATION_ID}; PRAGMA user_version = {SCHEMA_VERSION};"
    ))?;
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
        assert_eq!(tables, ["bucket", "damaged_bucket", "key_slot"]);
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
