//! The ten-year vault the benches share: 20,000 entries, about 15 MB of text, generated once
//! under `target/` and reused. Its words follow a skewed, natural-language-like frequency over
//! a 4,000-word vocabulary, so searches meet common and rare words as they would in life.

// Each bench uses part of what is here.
#![allow(dead_code)]

use std::path::{Path, PathBuf};

use chrono::{DateTime, Duration, FixedOffset, NaiveDate};
use kintsugi_core::{EntryDraft, Journal, Passphrase, RecoveryKey, FEELINGS};

pub const RECORDS: usize = 20_000;
pub const PASSPHRASE: &str = "benchmark passphrase, not secret";
pub const VOCABULARY: usize = 4_000;

pub fn vault_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("../../target/bench-vault-v2-{RECORDS}"))
}

/// The `n`th word of the vocabulary: pronounceable, distinct, deterministic.
pub fn word(n: usize) -> String {
    const SYLLABLES: [&str; 20] =
        ["ka", "lo", "mi", "ne", "su", "ta", "ri", "po", "ve", "da", "shi", "ku", "me", "no", "ra", "te", "yo", "ha", "bi", "ze"];
    let mut n = n;
    let mut word = String::new();
    loop {
        word.push_str(SYLLABLES[n % SYLLABLES.len()]);
        n /= SYLLABLES.len();
        if n == 0 {
            break;
        }
        n -= 1;
    }
    word
}

/// A skewed pick: low word numbers are common, high ones rare.
fn pick(rng: &mut fastrand::Rng) -> usize {
    let r = rng.f64();
    (r * r * r * VOCABULARY as f64) as usize
}

/// Text of a realistic length (a few lines to a page, about 750 bytes on average).
fn text(rng: &mut fastrand::Rng) -> String {
    let len = rng.usize(20..230);
    (0..len).map(|_| word(pick(rng))).collect::<Vec<_>>().join(" ")
}

/// Creates the vault once and returns its recovery key.
pub fn generated_vault() -> RecoveryKey {
    let dir = vault_dir();
    let key_file = dir.join("recovery-key.txt");
    if let Ok(key) = std::fs::read_to_string(&key_file) {
        return RecoveryKey::parse(&key).unwrap();
    }
    let _ = std::fs::remove_dir_all(&dir);
    eprintln!("generating a vault of {RECORDS} records in {} …", dir.display());
    let (mut journal, recovery) = Journal::create(&dir, &Passphrase::new(PASSPHRASE.into())).unwrap();
    let mut rng = fastrand::Rng::with_seed(2016);
    let start: NaiveDate = "2016-11-26".parse().unwrap();
    let mut now: DateTime<FixedOffset> = DateTime::parse_from_rfc3339("2016-11-26T21:00:00+01:00").unwrap();
    for i in 0..RECORDS {
        let day = start + Duration::days((i * 3650 / RECORDS) as i64);
        now += Duration::minutes(263);
        let draft = EntryDraft::new(day, text(&mut rng))
            .with_title(if i % 3 == 0 { word(pick(&mut rng)) } else { String::new() })
            .with_feelings([FEELINGS[rng.usize(..FEELINGS.len())]])
            .with_trust(Some(rng.u8(1..=10)))
            .with_tags([format!("tag{}", rng.usize(..40))])
            .with_star(i % 17 == 0);
        journal.save_entry(draft, now).unwrap();
    }
    journal.lock().unwrap();
    use age::secrecy::ExposeSecret;
    std::fs::write(&key_file, recovery.expose().expose_secret()).unwrap();
    recovery
}

/// A fresh text for edits in the benches.
pub fn edit_text(seed: u64) -> String {
    text(&mut fastrand::Rng::with_seed(seed))
}

pub fn unlocked() -> Journal {
    Journal::unlock_with_recovery_key(&vault_dir(), &generated_vault()).unwrap()
}
