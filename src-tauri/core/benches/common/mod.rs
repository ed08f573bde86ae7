//! The ten-year vault the benches share, generated once under `target/` and reused: 20,000
//! entries with about 15 MB of text, plus 5,000 wins, three agreements marked nearly every
//! day, 500 triggers and 120 milestones. Its words follow a skewed, natural-language-like
//! frequency over a 4,000-word vocabulary, so searches meet common and rare words as they
//! would in life.

// Each bench uses part of what is here.
#![allow(dead_code)]

use std::path::{Path, PathBuf};

use chrono::{DateTime, Duration, FixedOffset, NaiveDate};
use kintsugi_core::{
    Cadence, EntryDraft, Journal, Keeping, MilestoneDraft, MilestoneKind, Owner, Passphrase, RecoveryKey, TriggerDraft, WinDraft, WinFrom, WinKind, FEELINGS,
};

pub const RECORDS: usize = 20_000;
pub const PASSPHRASE: &str = "benchmark passphrase, not secret";
pub const VOCABULARY: usize = 4_000;

pub fn vault_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("../../target/bench-vault-v4-{RECORDS}"))
}

/// The `n`th word of the vocabulary: pronounceable, distinct, deterministic.
pub fn word(n: usize) -> String {
    const SYLLABLES: [&str; 20] = ["ka", "lo", "mi", "ne", "su", "ta", "ri", "po", "ve", "da", "shi", "ku", "me", "no", "ra", "te", "yo", "ha", "bi", "ze"];
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
    let day_number = |n: usize| start + Duration::days((n % 3650) as i64);
    for i in 0..5_000 {
        let draft = WinDraft {
            id: None,
            day: day_number(i * 3650 / 5_000),
            text: text(&mut rng).chars().take(80).collect(),
            kind: WinKind::ALL[rng.usize(..WinKind::ALL.len())],
            from: WinFrom::Partner,
            entry: None,
        };
        journal.save_win(draft, now).unwrap();
    }
    for (n, cadence) in [Cadence::Daily, Cadence::Weekly, Cadence::WhenItComesUp].into_iter().enumerate() {
        let agreement = journal.add_agreement(&word(n), cadence, Owner::Ours, start).unwrap();
        for d in (0..3650).filter(|d| d % (n + 1) == 0) {
            let keeping = if rng.u8(..10) < 8 { Keeping::Kept } else { Keeping::Missed };
            journal.mark_agreement(agreement.id, day_number(d), Some(keeping)).unwrap();
        }
    }
    for i in 0..500 {
        let draft = TriggerDraft {
            id: None,
            day: day_number(i * 7),
            what: word(pick(&mut rng) % 60),
            intensity: rng.u8(1..=5),
            helped: text(&mut rng).chars().take(120).collect(),
            settled_minutes: Some(rng.u32(5..240)),
        };
        journal.save_trigger(draft, now).unwrap();
    }
    for i in 0..120 {
        let draft = MilestoneDraft { id: None, day: day_number(i * 30), kind: MilestoneKind::CouplesSession, title: String::new(), note: text(&mut rng) };
        journal.save_milestone(draft, now).unwrap();
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
