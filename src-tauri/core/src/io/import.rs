//! An import in two steps: read and check everything first, so the person sees what will come
//! in (and what will not) before anything is written; then write it all in one transaction, so
//! a failure or a cancel leaves the journal exactly as it was.

use std::collections::HashSet;
use std::hash::{DefaultHasher, Hash, Hasher};
use std::ops::ControlFlow;
use std::path::Path;
use std::sync::Arc;

use chrono::{NaiveDate, Timelike};
use serde::Serialize;
use ts_rs::TS;
use uuid::Uuid;

use super::incoming::{Dropped, ImportFormat, Incoming, Parsed, Problem, Problems, Source};
use super::{kintsugi, read};
use crate::model::{is_reserved, Entry, EntryDraft, EntryId, Record, SHARING_ID};
use crate::progress::milestone::MilestoneDraft;
use crate::progress::trigger::TriggerDraft;
use crate::progress::win::WinDraft;
use crate::{Journal, Result};

/// What an import would bring in, shown before anything is written.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
pub struct ImportSummary {
    /// The kind of journal the file was read as.
    pub format: ImportFormat,
    /// The file's or folder's name.
    pub name: String,
    /// Entries that will be added.
    pub entries: u32,
    /// The first and last day among them.
    #[ts(type = "string | null")]
    pub first_day: Option<NaiveDate>,
    /// See `first_day`.
    #[ts(type = "string | null")]
    pub last_day: Option<NaiveDate>,
    /// Entries already in this journal (imported before, or written the same), which are skipped.
    pub already_there: u32,
    /// Wins, agreements, triggers and milestones that will be added (Kintsugi's own files only).
    pub other_records: u32,
    /// What Kintsugi keeps no place for, such as photos.
    pub dropped: Vec<Dropped>,
    /// What could not be read; everything else still comes in. A long list names the first
    /// problems one by one and ends with a line that counts the rest.
    pub problems: Vec<Problem>,
}

/// A file read and checked, ready to be imported into the journal that previewed it.
pub struct ImportPlan {
    summary: ImportSummary,
    records: Vec<Record>,
}

impl ImportPlan {
    /// What the import will do.
    pub fn summary(&self) -> &ImportSummary {
        &self.summary
    }
}

/// How an import ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ImportOutcome {
    /// Everything in the plan is now in the journal: this many records.
    Imported(u32),
    /// Stopped before anything was written; the journal is as it was.
    Cancelled,
}

impl Journal {
    /// Reads the file or folder at `path` (Day One, jrnl, a folder of Markdown, or Kintsugi's
    /// own export) and works out what importing it would add. Nothing is written.
    pub fn preview_import(&self, path: &Path) -> Result<ImportPlan> {
        let name = path.file_name().map_or_else(|| path.display().to_string(), |name| name.to_string_lossy().into_owned());
        if let Some(bytes) = kintsugi::read_if_export(path)? {
            return Ok(self.plan_records(kintsugi::read(&bytes, &name)?.records, name));
        }
        Ok(match read::read(path)? {
            read::Contents::Entries(format, parsed) => self.plan_entries(format, parsed, name),
            read::Contents::Records(records) => self.plan_records(records, name),
        })
    }

    /// Writes everything `plan` holds, all or nothing. `progress` hears how far sealing has got
    /// and may cancel before anything is written.
    pub fn import(&mut self, plan: ImportPlan, progress: impl FnMut(usize, usize) -> ControlFlow<()>) -> Result<ImportOutcome> {
        let count = u32::try_from(plan.records.len()).unwrap_or(u32::MAX);
        if plan.records.is_empty() {
            return Ok(ImportOutcome::Imported(0));
        }
        Ok(match self.put_all(plan.records, progress)? {
            ControlFlow::Continue(()) => ImportOutcome::Imported(count),
            ControlFlow::Break(()) => ImportOutcome::Cancelled,
        })
    }

    fn plan_entries(&self, format: ImportFormat, parsed: Parsed, name: String) -> ImportPlan {
        let Parsed { entries, mut problems, dropped } = parsed;
        let mut known_sources: HashSet<Source> = self.all_entries().filter_map(|entry| entry.source.clone()).collect();
        let mut known_content: HashSet<u64> = self.all_entries().map(content_key).collect();
        let mut summary = ImportSummary::empty(format, name);
        let mut records = Vec::new();
        for incoming in entries {
            let source = Source { format, id: incoming.source_id.clone() };
            let entry = match checked_entry(incoming, source.clone()) {
                Ok(entry) => entry,
                Err(problem) => {
                    problems.push(problem);
                    continue;
                }
            };
            let new_source = source.id.is_none() || known_sources.insert(source);
            if !(new_source && known_content.insert(content_key(&entry))) {
                summary.already_there += 1;
                continue;
            }
            summary.count_entry(entry.day);
            records.push(Record::Entry(Arc::new(entry)));
        }
        summary.problems = problems.into_list();
        summary.dropped = dropped;
        ImportPlan { summary, records }
    }

    fn plan_records(&self, incoming: Vec<Record>, name: String) -> ImportPlan {
        let mut summary = ImportSummary::empty(ImportFormat::Kintsugi, name);
        let mut problems = Problems::default();
        let mut seen: HashSet<Uuid> = HashSet::new();
        let mut records = Vec::new();
        // A letter is proven by its seal, which a file of records does not carry: letters come
        // in only with the sharing keys they were opened with, as a whole journal moving to a
        // journal that has none yet. Otherwise a file made by anyone could plant a letter that
        // says it is from the partner.
        let moving_whole_journal = self.record(SHARING_ID).is_none() && incoming.iter().any(|record| matches!(record, Record::Sharing(_)));
        for record in incoming {
            let record = match checked_record(record) {
                Ok(Record::Letter(letter)) if !moving_whole_journal => {
                    // One already here is the same letter coming back, and needs no word.
                    if self.record(letter.id().0).is_none() {
                        problems.push(Problem {
                        place: "a letter".into(),
                        message: "Letters come in only sealed, through Letters, where who wrote them is proven, so this one was left out. Open the letter's own file there."
                            .into(),
                        });
                    }
                    continue;
                }
                Ok(record) => record,
                Err(problem) => {
                    problems.push(problem);
                    continue;
                }
            };
            let id = record.id();
            let is_new = self.record(id).is_none() && seen.insert(id);
            if let Record::Entry(entry) = &record {
                if !is_new {
                    summary.already_there += 1;
                    continue;
                }
                summary.count_entry(entry.day);
            } else if !is_new {
                continue;
            } else if !matches!(record, Record::Prompts(_) | Record::About(_) | Record::Sharing(_)) {
                summary.other_records += 1;
            }
            records.push(record);
        }
        summary.problems = problems.into_list();
        ImportPlan { summary, records }
    }
}

impl ImportSummary {
    fn empty(format: ImportFormat, name: String) -> Self {
        Self { format, name, entries: 0, first_day: None, last_day: None, already_there: 0, other_records: 0, dropped: Vec::new(), problems: Vec::new() }
    }

    fn count_entry(&mut self, day: NaiveDate) {
        self.entries += 1;
        self.first_day = Some(self.first_day.map_or(day, |first| first.min(day)));
        self.last_day = Some(self.last_day.map_or(day, |last| last.max(day)));
    }
}

/// The entry an incoming one becomes, held to the same rules as one typed in; or what breaks
/// them.
fn checked_entry(incoming: Incoming, source: Source) -> Result<Entry, Problem> {
    let place = entry_place(incoming.day, &incoming.created);
    let draft = EntryDraft::new(incoming.day, incoming.text)
        .with_title(incoming.title)
        .with_tags(incoming.tags)
        .with_feelings(incoming.feelings)
        .with_trust(incoming.trust)
        .with_star(incoming.starred)
        .checked()
        .map_err(|problem| Problem { place, message: problem.to_string() })?;
    let updated = incoming.updated.max(incoming.created);
    Ok(Entry::from_checked(&draft, EntryId::random(), incoming.created, updated, Some(source)))
}

/// A record from Kintsugi's own file, held to the rules it met when it was made here; or what
/// breaks them. Such a file may have been changed by hand or made elsewhere, and a record that
/// breaks them (an agreement with no terms, a key that does not read, an id the journal keeps
/// for its draft) would break the screens that show it, in the journal, for good. A record that
/// keeps them comes in exactly as written, so an export imported gives back the same journal.
fn checked_record(record: Record) -> Result<Record, Problem> {
    let place = match &record {
        Record::Entry(entry) => entry_place(entry.day, &entry.created),
        Record::Win(win) => format!("a win of {}", win.day),
        Record::Agreement(_) => "an agreement".into(),
        Record::Trigger(trigger) => format!("a trigger of {}", trigger.day),
        Record::Milestone(milestone) => format!("a milestone of {}", milestone.day),
        Record::Letter(_) => "a letter".into(),
        Record::Sharing(_) => "the sharing keys".into(),
        Record::Prompts(_) | Record::About(_) | Record::Draft(_) | Record::Keys(_) => "the journal's settings".into(),
    };
    let broken = |message: String| Problem { place: place.clone(), message };
    let own_kind = matches!(record, Record::Prompts(_) | Record::About(_) | Record::Sharing(_) | Record::Draft(_) | Record::Keys(_));
    if !own_kind && is_reserved(record.id()) {
        return Err(broken("Its id is one Kintsugi keeps for a record of another kind.".into()));
    }
    let checked = match &record {
        Record::Entry(entry) => EntryDraft::editing(entry).checked().map(drop),
        Record::Win(win) => {
            let draft = WinDraft { id: Some(win.id), day: win.day, text: win.text.clone(), kind: win.kind, from: win.from, entry: win.entry };
            draft.into_win(win.id, win.created).map(drop)
        }
        Record::Agreement(agreement) => agreement.check(),
        Record::Trigger(trigger) => {
            let (what, helped) = (trigger.what.clone(), trigger.helped.clone());
            let draft =
                TriggerDraft { id: Some(trigger.id), day: trigger.day, what, intensity: trigger.intensity, helped, settled_minutes: trigger.settled_minutes };
            draft.into_trigger(trigger.id, trigger.created).map(drop)
        }
        Record::Milestone(milestone) => {
            let (title, note) = (milestone.title.clone(), milestone.note.clone());
            let draft = MilestoneDraft { id: Some(milestone.id), day: milestone.day, kind: milestone.kind, title, note };
            draft.into_milestone(milestone.id, milestone.created).map(drop)
        }
        Record::Sharing(keys) if !keys.readable() => return Err(broken("Its keys do not read as age keys, so no letter could be opened with them.".into())),
        Record::Letter(_) | Record::Sharing(_) | Record::Prompts(_) | Record::About(_) | Record::Draft(_) | Record::Keys(_) => Ok(()),
    };
    checked.map(|()| record).map_err(|error| broken(error.to_string()))
}

fn entry_place(day: NaiveDate, created: &chrono::DateTime<chrono::FixedOffset>) -> String {
    format!("the entry of {day} at {}", created.format("%H:%M"))
}

/// What makes two entries the same when neither has an id: the day, the time to the minute
/// (jrnl keeps no seconds), the title and the text. Hashed, so checking ten years holds no
/// second copy of their text.
fn content_key(entry: &Entry) -> u64 {
    let mut hasher = DefaultHasher::new();
    let time = entry.created.naive_local();
    (entry.day, time.date(), time.hour(), time.minute(), &entry.title, &entry.text).hash(&mut hasher);
    hasher.finish()
}
