//! Unlock, save and list on a vault of ten years of use: 20,000 records and about 15 MB of
//! text (DESIGN.md §6).
//!
//! `cargo bench -p kintsugi-core --bench vault`

// criterion's macros generate functions without documentation.
#![allow(missing_docs)]

mod common;

use chrono::{DateTime, Datelike};
use common::{edit_text, generated_vault, vault_dir, PASSPHRASE};
use criterion::{criterion_group, criterion_main, Criterion};
use kintsugi_core::{EntryDraft, Journal, Passphrase};

fn bench(c: &mut Criterion) {
    let recovery = generated_vault();
    let dir = vault_dir();

    let mut group = c.benchmark_group("vault of 20,000 records");
    group.sample_size(10);
    // Timed until the journal is usable; locking, which waits for the search index still
    // being built on its worker, happens outside the timing so runs do not overlap.
    fn timed_unlocks(iterations: u64, unlock: impl Fn() -> Journal) -> std::time::Duration {
        (0..iterations)
            .map(|_| {
                let started = std::time::Instant::now();
                let journal = unlock();
                let elapsed = started.elapsed();
                journal.lock().unwrap();
                elapsed
            })
            .sum()
    }
    group.bench_function("unlock with the passphrase (KDF included)", |b| {
        b.iter_custom(|n| timed_unlocks(n, || Journal::unlock(&dir, &Passphrase::new(PASSPHRASE.into())).unwrap()))
    });
    group.bench_function("unlock without the KDF (recovery key)", |b| {
        b.iter_custom(|n| timed_unlocks(n, || Journal::unlock_with_recovery_key(&dir, &recovery).unwrap()))
    });
    group.finish();

    let mut journal = Journal::unlock_with_recovery_key(&dir, &recovery).unwrap();
    let id = journal.recent_entries(1).entries[0].id;
    let day = journal.entry(id).unwrap().day;
    let now = DateTime::parse_from_rfc3339("2026-11-26T21:00:00+01:00").unwrap();
    let mut edit = 0u64;
    c.bench_function("save an entry, durably, in a vault of 20,000 records", |b| {
        b.iter(|| {
            edit += 1;
            let draft = EntryDraft::editing(journal.entry(id).unwrap()).with_day(day).with_text(edit_text(edit));
            journal.save_entry(draft, now).unwrap()
        })
    });
    // What the screens ask for, against listing everything as the page once did.
    c.bench_function("list 20,000 entries", |b| b.iter(|| journal.recent_entries(usize::MAX)));
    c.bench_function("the latest 30 entries", |b| b.iter(|| journal.recent_entries(30)));
    c.bench_function("a day's entries", |b| b.iter(|| journal.entries_on(day)));
    c.bench_function("a month's entries", |b| b.iter(|| journal.entries_in_month(day.year(), day.month())));
    c.bench_function("the written days either side of a day", |b| b.iter(|| (journal.written_day_before(day), journal.written_day_after(day))));
    journal.lock().unwrap();
}

criterion_group!(benches, bench);
criterion_main!(benches);
