//! Import, export and backup at the scale of ten years: 20,000 Day One entries imported (the
//! preview and the import timed apart), and the ten-year vault exported to each format and
//! backed up. Prints seconds and peak memory; it times nothing against a limit.
//!
//! `cargo bench -p kintsugi-core --bench io`

mod common;

use std::time::Instant;

use chrono::{DateTime, Duration};
use common::{edit_text, unlocked, RECORDS};
use kintsugi_core::{ImportOutcome, Journal, Passphrase};

/// Resident memory in MiB: `VmHWM` (the peak) or `VmRSS` (now) from `/proc/self/status`.
fn memory(field: &str) -> f64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    status
        .lines()
        .find_map(|line| line.strip_prefix(field))
        .and_then(|rest| rest.trim_start_matches(':').trim().trim_end_matches("kB").trim().parse::<f64>().ok())
        .map_or(f64::NAN, |kib| kib / 1024.0)
}

/// Runs `work`, printing how long it took and the most memory resident meanwhile. The peak
/// is reset first (Linux's `clear_refs`), so an earlier step's peak does not count.
fn measure<T>(what: &str, work: impl FnOnce() -> T) -> T {
    let _ = std::fs::write("/proc/self/clear_refs", "5");
    let before = memory("VmRSS");
    let started = Instant::now();
    let out = work();
    let seconds = started.elapsed().as_secs_f64();
    println!("{what:<52} {seconds:>7.2} s   peak {:>5.0} MiB   (resident before {before:>4.0} MiB)", memory("VmHWM"));
    out
}

/// A Day One export of `count` entries over ten years, written as Day One writes it.
fn day_one_export(count: usize) -> Vec<u8> {
    let start = DateTime::parse_from_rfc3339("2016-12-01T19:30:00Z").unwrap();
    let entries: Vec<serde_json::Value> = (0..count)
        .map(|n| {
            let created = start + Duration::minutes((n as i64) * 263);
            serde_json::json!({
                "uuid": format!("{:032X}", n as u128 * 7919 + 1),
                "creationDate": created.format("%Y-%m-%dT%H:%M:%SZ").to_string(),
                "modifiedDate": created.format("%Y-%m-%dT%H:%M:%SZ").to_string(),
                "timeZone": "Europe/Berlin",
                "starred": n % 17 == 0,
                "tags": ["evening", format!("week {}", n % 52)],
                "text": format!("# Day {n}\\.\n\n{}", edit_text(n as u64)),
            })
        })
        .collect();
    serde_json::to_vec(&serde_json::json!({ "metadata": { "version": "1.0" }, "entries": entries })).unwrap()
}

fn main() {
    // `cargo bench` passes `--bench`; this bench takes no options.
    let files = tempfile::tempdir().unwrap();
    let source = files.path().join("Journal.json");
    std::fs::write(&source, day_one_export(RECORDS)).unwrap();
    println!("Import, export and backup: {RECORDS} entries (Day One file {:.1} MB)\n", std::fs::metadata(&source).unwrap().len() as f64 / 1e6);

    let target = files.path().join("journal");
    let (mut journal, _) = Journal::create(&target, &Passphrase::new(common::PASSPHRASE.into())).unwrap();
    let plan = measure("import Day One: preview (read, check, find duplicates)", || journal.preview_import(&source).unwrap());
    assert_eq!(plan.summary().entries as usize, RECORDS);
    let outcome =
        measure("import Day One: import (seal and write, one transaction)", || journal.import(plan, |_, _| std::ops::ControlFlow::Continue(())).unwrap());
    assert_eq!(outcome, ImportOutcome::Imported(RECORDS as u32));
    measure("import Day One again: preview (all already there)", || journal.preview_import(&source).unwrap());
    journal.lock().unwrap();

    let mut ten_years = unlocked();
    let now = DateTime::parse_from_rfc3339("2026-12-01T21:30:00+01:00").unwrap();
    measure("export the ten-year vault: Kintsugi JSON", || ten_years.export_json(&files.path().join("export.json"), now).unwrap());
    measure("export the ten-year vault: Markdown folder", || ten_years.export_markdown(&files.path().join("markdown")).unwrap());
    measure("export the ten-year vault: encrypted", || ten_years.export_encrypted(&files.path().join("export.age"), now).unwrap());
    let backups = files.path().join("backups");
    std::fs::create_dir(&backups).unwrap();
    measure("back up the ten-year vault", || ten_years.back_up(&backups, now).unwrap());
    println!("\nAims (DESIGN.md §6): preview + import under 5 s; a backup under 2 s; memory bounded.");
}
