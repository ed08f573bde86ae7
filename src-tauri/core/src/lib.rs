//! The core of Kintsugi, a private journal for rebuilding trust after infidelity.
//!
//! Everything a person writes is encrypted with [age](https://age-encryption.org) before it
//! reaches the disk. The crate has no user-interface dependency: the desktop shell, the tests
//! and the benchmarks all use the same small API.
//!
//! - [`Journal`] is the unlocked vault: create, unlock, lock, change the passphrase; read,
//!   save and delete entries; list the latest, a day's or a month's, and step between written
//!   days; search them from an index kept only in memory; look back by
//!   calendar month and "on this day"; today's guided prompt; the draft that survives a crash;
//!   small wins, agreements and their daily marks, triggers, milestones, and the
//!   trust-progress timeline built from them all.
//! - [`Passphrase`] and [`RecoveryKey`] are the two ways in; both are secrets that never leave
//!   memory unencrypted. [`PassphraseStrength`] rates one while it is being chosen.
//! - [`Settings`] are the non-secret preferences the shell keeps beside the vault.
//!
//! ```no_run
//! use kintsugi_core::{Journal, Passphrase, EntryDraft};
//! # fn main() -> kintsugi_core::Result<()> {
//! let dir = std::path::Path::new("/tmp/my-journal");
//! let passphrase = Passphrase::new("correct horse battery staple".into());
//! let (mut journal, recovery_key) = Journal::create(dir, &passphrase)?;
//! // Show `recovery_key` to the person once; it is their way back in.
//! let now = chrono::Local::now().fixed_offset();
//! journal.save_entry(EntryDraft::new(now.date_naive(), "A calm evening walk together."), now)?;
//! journal.lock()?;
//! # Ok(()) }
//! ```

mod bucket;
mod calendar;
mod days;
mod error;
mod io;
mod journal;
mod letters;
mod lock;
mod manifest;
mod model;
mod progress;
mod prompts;
mod role;
mod search;
mod settings;
mod sharing;
mod shelf;
mod store;
mod strength;
mod vault;

pub use calendar::{CalendarDay, Memory};
pub use error::{Error, Result};
pub use io::{
    restore_backup, restore_backup_replacing, save_plain_document, BackupKey, Dropped, ExportFormat, ImportFormat, ImportOutcome, ImportPlan, ImportSummary,
    Problem, Source, IDENTITY_FILE_NAME as BACKUP_IDENTITY_FILE_NAME,
};
pub use journal::{vault_exists, Journal, PassphraseChange, RecentEntries, RenewedKeys, Vocabulary, WrappedPassphrase, VAULT_FILE_NAME};
pub use letters::{read_sealed_letter, LetterDraft, LetterKind, LetterView, Proposal, SealedLetter};
pub use lock::LOCK_FILE_NAME;
pub use model::{Draft, Entry, EntryDraft, EntryId, EntrySummary};
pub use progress::agreement::{AgreementView, Agreements, Cadence, Keeping, Mark, Owner, Terms};
pub use progress::api::{AgreementDay, DayRecords};
pub use progress::milestone::{Milestone, MilestoneDraft, MilestoneKind};
pub use progress::summary::{AgreementInSpan, PickedEntry, Summary, SummaryRequest, SummarySection, TrustWeek, WinsInSpan};
pub use progress::timeline::{MilestoneMarker, Progress, Step, Stretch, Timeline, TimelinePoint, Zoom};
pub use progress::trigger::{FrequentTrigger, Trigger, TriggerDraft, TriggerMonth, TriggerPatterns};
pub use progress::win::{KindCount, Win, WinDraft, WinFrom, WinKind, WinWeek};
pub use progress::RecordId;
pub use prompts::{library as prompt_library, Audience, Prompt, PromptTopic};
pub use role::{Role, FEELINGS};
pub use search::{SearchHit, SearchQuery, SearchResults, Span};
pub use settings::{Settings, Theme};
pub use sharing::{read_sharing_card, SharingKey};
pub use shelf::{Journals, Shelf, ShelfJournal, FIRST_JOURNAL, SHELF_FILE_NAME};
pub use strength::PassphraseStrength;
pub use vault::{Passphrase, RecoveryKey, MIN_PASSPHRASE_CHARS, MIN_PASSPHRASE_SCORE, PASSPHRASE_WORK_FACTOR};
