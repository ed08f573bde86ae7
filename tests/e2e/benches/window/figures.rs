//! What the rounds measured, and the report: medians over the rounds, with the spread, beside
//! the targets of DESIGN.md §7. The bench only reports; no figure fails it.

use std::collections::{BTreeSet, HashMap};

/// Every sample of every figure, by key, and what a reader should know about them.
#[derive(Default)]
pub struct Figures {
    samples: HashMap<&'static str, Vec<f64>>,
    notes: BTreeSet<String>,
}

impl Figures {
    pub fn add(&mut self, key: &'static str, value: f64) {
        self.samples.entry(key).or_default().push(value);
    }

    pub fn note(&mut self, note: String) {
        self.notes.insert(note);
    }

    fn median(&self, key: &str) -> Option<f64> {
        let mut values = self.samples.get(key)?.clone();
        values.sort_by(f64::total_cmp);
        let middle = values.len() / 2;
        Some(if values.len() % 2 == 1 { values[middle] } else { (values[middle - 1] + values[middle]) / 2.0 })
    }

    fn spread(&self, key: &str) -> (f64, f64) {
        let values = &self.samples[key];
        (values.iter().copied().fold(f64::INFINITY, f64::min), values.iter().copied().fold(f64::NEG_INFINITY, f64::max))
    }
}

/// The waits, in the order they are printed: key, what was timed, target.
const WAITS: &[(&str, &str, &str)] = &[
    ("unlock-today", "unlock pressed → Today's editor painted", ""),
    ("kdf", "  the KDF alone (age scrypt at the vault's work factor)", ""),
    ("unlock-today-beyond-kdf", "  beyond the KDF", "≤ 100"),
    ("unlock-entries", "unlock pressed → the sidebar's recent entries painted", ""),
    ("unlock-entries-beyond-kdf", "  beyond the KDF", ""),
    ("journal-calendar", "Journal chosen → its calendar painted", ""),
    ("search", "keystroke in the search field → results painted", "next frame, ~16"),
    ("timeline-shown", "Timeline chosen → chart painted (13 weeks)", ""),
    ("zoom-week", "zoom Week → chart painted", "smooth"),
    ("zoom-month", "zoom Month → chart painted", "smooth"),
    ("zoom-year", "zoom Year → chart painted", "smooth"),
    ("zoom-all", "zoom All (ten years) → chart painted", "smooth"),
    ("zoom-quarter", "zoom Quarter → chart painted", "smooth"),
    ("save", "last keystroke in the editor → \"Saved\" and the list current", ""),
    ("save-after-pause", "  save sent, after the autosave's pause → both shown", ""),
];

/// The memory readings, in the order they are printed: key, screen, target as a ratio to bare.
const MEMORY: &[(&str, &str, &str)] = &[
    ("memory-bare", "a bare Tauri window, one static page", ""),
    ("memory-welcome", "welcome, no journal yet", "≤ 1.15"),
    ("memory-unlock-screen", "unlock screen, ten-year vault", "≤ 1.15"),
    ("memory-empty", "unlocked, empty journal", "≤ 1.15"),
    ("memory-ten-years", "unlocked, ten years, Today", "≤ 1.30"),
    ("memory-ten-years-used", "ten years, after a search and the timeline", ""),
];

pub fn print(figures: &Figures, rounds: usize) {
    println!();
    println!("Kintsugi's release build in a real window (Xvfb), on the ten-year vault: medians of {rounds} rounds");
    println!();
    println!("{:<62} {:>8} {:>8} {:>8}   target", "waits, ms", "median", "min", "max");
    for &(key, label, target) in WAITS {
        let Some(median) = figures.median(key) else { continue };
        let (min, max) = figures.spread(key);
        println!("{label:<62} {median:>8.1} {min:>8.1} {max:>8.1}   {target}");
    }
    println!();
    println!("{:<62} {:>8} {:>8} {:>8}   target", "memory: PSS of the app and its WebKit processes", "MB", "× bare", "max MB");
    let bare = figures.median("memory-bare");
    for &(key, label, target) in MEMORY {
        let Some(median) = figures.median(key) else { continue };
        let ratio = bare.map_or(String::from("-"), |bare| format!("{:.2}", median / bare));
        let (_, max) = figures.spread(key);
        println!("{label:<62} {:>8.0} {ratio:>8} {:>8.0}   {target}", median / 1024.0, max / 1024.0);
    }
    println!("(MB are 2^20 bytes; × bare is the median over the bare window's median, both from this run.)");
    for note in &figures.notes {
        println!("note: {note}");
    }
}
