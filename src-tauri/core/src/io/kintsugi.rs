//! Kintsugi's own export: every record of every kind as one JSON document, so a journal moves
//! between computers and opens in other tools. Importing it into a fresh journal gives back the
//! same journal, ids included. Backups and encrypted exports hold exactly this document.
//!
//! The schema, version 1:
//!
//! ```text
//! {
//!   "format": "kintsugi-journal",
//!   "version": 1,
//!   "exported": "2026-12-01T09:30:00+01:00",       RFC 3339, the writer's offset
//!   "backup_id"?: "8d3e…" (a UUID),                 in a backup or an encrypted export
//!   "entries": [ { "id", "day" (YYYY-MM-DD), "created", "updated", "title", "text" (Markdown),
//!                  "feelings": [..], "trust": 1-10 | null, "tags": [..], "starred",
//!                  "source"?: { "format", "id" } } ],
//!   "wins": [ { "id", "day", "created", "text", "kind", "from": "me" | "partner" | "us",
//!               "entry": entry id | null } ],
//!   "agreements": [ { "id", "terms": [ { "text", "cadence", "from" (first day) } ],
//!                     "retired": day | null,
//!                     "marks": { "YYYY-MM-DD": "kept" | "missed" | "renegotiated" } } ],
//!   "triggers": [ { "id", "day", "created", "what", "intensity" (1-5), "helped",
//!                   "settled_minutes": number | null } ],
//!   "milestones": [ { "id", "day", "created", "kind", "title", "note" } ],
//!   "prompts": { which prompts were shown lately } | null,
//!   "about": { "role": "was_hurt" | "broke_trust" | "unsaid" } | null,
//!   "sharing": { "identity": "AGE-SECRET-KEY-1…", "partner": "age1…" | null } | null,
//!   "letters": [ { "id", "kind", "written", "text", "replyTo", "from", "to" } ]
//! }
//! ```
//!
//! `sharing` is the key that opens letters from the partner: an export moved to another
//! computer still opens them. It is a secret like every word here, which is why the plain export
//! says before it is written that it is not encrypted.
//!
//! `backup_id` is the random id of the folder the journal's backups go into, `kintsugi-<id>`
//! inside the folder the person chose. Backups and encrypted exports name it, so a journal
//! restored from one goes on in the same folder; and it comes first, so rotation tells the
//! journal's own backups from the start of each file alone (see [`backup_id_in`]). A plain
//! export holds the journal alone: a copy imported from it exports the same bytes.
//!
//! Readers ignore fields they do not know; a later version only adds fields.

use std::io::{Read, Write};
use std::path::Path;

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::letters::Letter;
use crate::model::{Entry, Record};
use crate::progress::agreement::Agreement;
use crate::progress::milestone::Milestone;
use crate::progress::trigger::Trigger;
use crate::progress::win::Win;
use crate::prompts::Rotation;
use crate::role::About;
use crate::sharing::SharingKeys;
use crate::{Error, Journal, Result};

/// The value of `format` that says a JSON document is a Kintsugi export.
pub(crate) const FORMAT_NAME: &str = "kintsugi-journal";
/// The schema version this build writes and the newest it reads.
pub(crate) const VERSION: u32 = 1;

/// The document, generic over how its records are held: borrowed while writing, so ten years
/// are never copied in memory, and owned while reading.
#[derive(Serialize, Deserialize)]
struct Document<E, W, A, T, M, P, B, S, L> {
    format: String,
    version: u32,
    exported: DateTime<FixedOffset>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    backup_id: Option<Uuid>,
    #[serde(default = "Vec::new")]
    entries: Vec<E>,
    #[serde(default = "Vec::new")]
    wins: Vec<W>,
    #[serde(default = "Vec::new")]
    agreements: Vec<A>,
    #[serde(default = "Vec::new")]
    triggers: Vec<T>,
    #[serde(default = "Vec::new")]
    milestones: Vec<M>,
    #[serde(default = "Option::default")]
    prompts: Option<P>,
    #[serde(default = "Option::default")]
    about: Option<B>,
    #[serde(default = "Option::default")]
    sharing: Option<S>,
    #[serde(default = "Vec::new")]
    letters: Vec<L>,
}

type Writing<'a> = Document<&'a Entry, &'a Win, &'a Agreement, &'a Trigger, &'a Milestone, &'a Rotation, &'a About, &'a SharingKeys, &'a Letter>;
type Reading = Document<Entry, Win, Agreement, Trigger, Milestone, Rotation, About, SharingKeys, Letter>;

impl Writing<'_> {
    /// A document holding no record yet.
    fn empty(exported: DateTime<FixedOffset>, backup_id: Option<Uuid>) -> Self {
        Document {
            format: FORMAT_NAME.into(),
            version: VERSION,
            exported,
            backup_id,
            entries: Vec::new(),
            wins: Vec::new(),
            agreements: Vec::new(),
            triggers: Vec::new(),
            milestones: Vec::new(),
            prompts: None,
            about: None,
            sharing: None,
            letters: Vec::new(),
        }
    }
}

/// Writes every record of `journal` (the draft aside) as the export document, naming
/// `backup_id` when it is for a backup or an encrypted export.
pub(crate) fn write(journal: &Journal, exported: DateTime<FixedOffset>, backup_id: Option<Uuid>, out: impl Write) -> Result<()> {
    let mut document = Writing::empty(exported, backup_id);
    for record in journal.records() {
        match record {
            Record::Entry(entry) => document.entries.push(entry),
            Record::Win(win) => document.wins.push(win),
            Record::Agreement(agreement) => document.agreements.push(agreement),
            Record::Trigger(trigger) => document.triggers.push(trigger),
            Record::Milestone(milestone) => document.milestones.push(milestone),
            Record::Prompts(rotation) => document.prompts = Some(rotation),
            Record::About(about) => document.about = Some(about),
            Record::Sharing(keys) => document.sharing = Some(keys),
            Record::Letter(letter) => document.letters.push(letter),
            Record::Draft(_) | Record::Keys(_) => {}
        }
    }
    // Oldest first reads naturally in a file; ids break ties so the order is stable.
    document.entries.sort_by_key(|entry| (entry.day, entry.created, entry.id));
    document.wins.sort_by_key(|win| (win.day, win.created, win.id));
    document.triggers.sort_by_key(|trigger| (trigger.day, trigger.created, trigger.id));
    document.milestones.sort_by_key(|milestone| (milestone.day, milestone.created, milestone.id));
    document.agreements.sort_by_key(|agreement| (agreement.terms.first().map(|terms| terms.from), agreement.id));
    let mut out = std::io::BufWriter::new(out);
    serde_json::to_writer_pretty(&mut out, &document).map_err(|e| Error::Io(e.into()))?;
    out.flush()?;
    Ok(())
}

/// What an export document holds.
pub(crate) struct Export {
    /// Every kind of record but drafts.
    pub records: Vec<Record>,
    /// The id of the journal's backup folder, when the writer had one.
    pub backup_id: Option<Uuid>,
}

/// Reads an export document. `name` says where it came from in messages.
pub(crate) fn read(bytes: &[u8], name: &str) -> Result<Export> {
    let document: Reading = serde_json::from_slice(bytes)
        .map_err(|e| Error::CannotImport(format!("{name} is not a Kintsugi export it can read (line {}, column {}).", e.line(), e.column())))?;
    if document.format != FORMAT_NAME {
        return Err(Error::CannotImport(format!("{name} is not a Kintsugi export.")));
    }
    if document.version > VERSION {
        return Err(Error::CannotImport(format!(
            "{name} was exported by a newer version of Kintsugi (format {}; this version reads up to {VERSION}). Update Kintsugi to import it.",
            document.version
        )));
    }
    let entries = document.entries.into_iter().map(|entry| Record::Entry(entry.into()));
    let wins = document.wins.into_iter().map(Record::Win);
    let agreements = document.agreements.into_iter().map(Record::Agreement);
    let triggers = document.triggers.into_iter().map(Record::Trigger);
    let milestones = document.milestones.into_iter().map(Record::Milestone);
    let prompts = document.prompts.into_iter().map(Record::Prompts);
    let about = document.about.into_iter().map(Record::About);
    let sharing = document.sharing.into_iter().map(Record::Sharing);
    let letters = document.letters.into_iter().map(Record::Letter);
    let kept = prompts.chain(about).chain(sharing).chain(letters);
    let records = entries.chain(wins).chain(agreements).chain(triggers).chain(milestones).chain(kept).collect();
    Ok(Export { records, backup_id: document.backup_id })
}

/// The backup id named in the first bytes of an export document, read without the rest. The
/// writer puts it right after the fields of fixed length, well within the first 256 bytes; a
/// quote inside any text is escaped, so only the field itself matches.
pub(crate) fn backup_id_in(start: &[u8]) -> Option<Uuid> {
    const FIELD: &[u8] = b"\"backup_id\": \"";
    let at = start.windows(FIELD.len()).position(|window| window == FIELD)? + FIELD.len();
    Uuid::try_parse_ascii(start.get(at..at + 36)?).ok()
}

/// The bytes of the file at `path` when it is a Kintsugi export, told by its first bytes;
/// `None` for anything else, including folders.
pub(crate) fn read_if_export(path: &Path) -> Result<Option<Vec<u8>>> {
    if !path.is_file() {
        return Ok(None);
    }
    let mut start = [0u8; 256];
    let read = std::fs::File::open(path)?.read(&mut start)?;
    if !String::from_utf8_lossy(&start[..read]).contains(&format!("\"{FORMAT_NAME}\"")) {
        return Ok(None);
    }
    super::read_bounded(path).map(Some)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// An export document as [`write`] lays it out, holding one entry of `text`.
    fn document(backup_id: Option<Uuid>, text: &str) -> Vec<u8> {
        let entry = Entry::holding(text);
        let document = Writing { entries: vec![&entry], ..Writing::empty(entry.created, backup_id) };
        serde_json::to_vec_pretty(&document).unwrap()
    }

    #[test]
    fn the_backup_id_is_read_from_the_first_bytes_alone_and_never_from_the_words() {
        let id = Uuid::new_v4();
        let written = document(Some(id), "");
        assert_eq!(backup_id_in(&written[..256]), Some(id));
        assert_eq!(read(&written, "backup").unwrap().backup_id, Some(id));
        let impostor = format!("\"backup_id\": \"{}\"", Uuid::new_v4());
        assert_eq!(backup_id_in(&document(None, &impostor)), None, "a quote in the words is escaped");
    }
}
