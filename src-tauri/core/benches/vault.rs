//! Unlock and save on a vault of ten years of use: 20,000 records and about 15 MB of text
//! (DESIGN.md §6). The vault is generated once under `target/` and reused.
//!
//! `cargo bench -p kintsugi-core --bench vault`

use std::path::{Path, PathBuf};

use chrono::{DateTime, Duration, FixedOffset, NaiveDate};
use criterion::{criterion_group, criterion_main, Criterion};
use kintsugi_core::{EntryDraft, Journal, Passphrase, RecoveryKey};

const RECORDS: usize = 20_000;
const PASSPHRASE: &str = "benchmark passphrase, not secret";

fn vault_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("../../target/bench-vault-{RECORDS}"))
}

/// Text of a realistic length (a few lines to a page, 750 bytes on average).
fn text(i: usize) -> String {
    let words = ["we", "talked", "after", "dinner", "about", "the", "agreement", "and", "it", "felt", "honest", "today", "I", "noticed", "trust"];
    let len = 20 + (i * 7919) % 230;
    (0..len).map(|w| words[(i + w * 31) % words.len()]).collect::<Vec<_>>().join(" ")
}

/// Creates the vault once and returns its recovery key file, so later runs skip the minutes of
/// generation.
fn generated_vault() -> RecoveryKey {
    let dir = vault_dir();
    let key_file = dir.join("recovery-key.txt");
    if let Ok(key) = std::fs::read_to_string(&key_file) {
        return RecoveryKey::parse(&key).unwrap();
    }
    let _ = std::fs::remove_dir_all(&dir);
    eprintln!("generating a vault of {RECORDS} records in {} …", dir.display());
    let (mut journal, recovery) = Journal::create(&dir, &Passphrase::new(PASSPHRASE.into())).unwrap();
    let start: NaiveDate = "2016-11-26".parse().unwrap();
    let mut now: DateTime<FixedOffset> = DateTime::parse_from_rfc3339("2016-11-26T21:00:00+01:00").unwrap();
    for i in 0..RECORDS {
        let day = start + Duration::days((i * 3650 / RECORDS) as i64);
        now += Duration::minutes(263);
        journal.save_entry(EntryDraft::new(day, text(i)), now).unwrap();
    }
    journal.lock().unwrap();
    use age::secrecy::ExposeSecret;
    std::fs::write(&key_file, recovery.expose().expose_secret()).unwrap();
    recovery
}

fn bench(c: &mut Criterion) {
    let recovery = generated_vault();
    let dir = vault_dir();

    let mut group = c.benchmark_group("vault of 20,000 records");
    group.sample_size(10);
    group.bench_function("unlock with the passphrase (KDF included)", |b| {
        b.iter(|| Journal::unlock(&dir, &Passphrase::new(PASSPHRASE.into())).unwrap())
    });
    group.bench_function("unlock without the KDF (recovery key)", |b| {
        b.iter(|| Journal::unlock_with_recovery_key(&dir, &recovery).unwrap())
    });
    group.finish();

    let mut journal = Journal::unlock_with_recovery_key(&dir, &recovery).unwrap();
    let id = journal.entries()[0].id;
    let day = journal.entry(id).unwrap().day;
    let now = DateTime::parse_from_rfc3339("2026-11-26T21:00:00+01:00").unwrap();
    let mut edit = 0usize;
    c.bench_function("save an entry, durably, in a vault of 20,000 records", |b| {
        b.iter(|| {
            edit += 1;
            journal.save_entry(EntryDraft { id: Some(id), day, text: text(edit) }, now).unwrap()
        })
    });
    c.bench_function("list 20,000 entries", |b| b.iter(|| journal.entries()));
    journal.lock().unwrap();
}

criterion_group!(benches, bench);
criterion_main!(benches);
