//! What a reader of another journal's files hands over: entries not yet in this journal, and
//! everything it could not bring in, named so the preview can say so before anything is written.

use chrono::{DateTime, FixedOffset, NaiveDate};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// The kinds of files Kintsugi reads.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum ImportFormat {
    /// Day One's JSON export, bare or in its zip.
    DayOne,
    /// jrnl's `--export json`.
    JrnlJson,
    /// jrnl's own plain-text journal file.
    JrnlText,
    /// A folder of Markdown files, one entry each.
    Markdown,
    /// Kintsugi's own export.
    Kintsugi,
}

impl ImportFormat {
    /// The format's name as people know it.
    pub fn name(self) -> &'static str {
        match self {
            Self::DayOne => "Day One",
            Self::JrnlJson => "jrnl (JSON export)",
            Self::JrnlText => "jrnl",
            Self::Markdown => "Markdown",
            Self::Kintsugi => "Kintsugi",
        }
    }
}

/// Where an imported entry came from. Kept with the entry, so importing the same file again
/// recognises it and adds nothing.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
pub struct Source {
    /// The journal it came from.
    pub format: ImportFormat,
    /// Its id there (Day One's `uuid`, a Markdown file's path in its folder), when it had one.
    #[serde(default)]
    pub id: Option<String>,
}

/// One entry read from another journal's files.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Incoming {
    /// Its id in the journal it came from, when that journal has ids.
    pub source_id: Option<String>,
    /// The day it is about, in the writer's calendar where it was written.
    pub day: NaiveDate,
    /// When it was written, with the UTC offset of the place it was written.
    pub created: DateTime<FixedOffset>,
    /// When it was last changed there; `created` when the format does not say.
    pub updated: DateTime<FixedOffset>,
    /// Its title; empty for none.
    pub title: String,
    /// Its text, in Markdown.
    pub text: String,
    /// Its tags, as spelled there, without `#` or `@`.
    pub tags: Vec<String>,
    /// Feelings checked in (only Kintsugi's own files have them).
    pub feelings: Vec<String>,
    /// Trust that day, 1 to 10 (only Kintsugi's own files have it).
    pub trust: Option<u8>,
    /// Starred or favourited there.
    pub starred: bool,
}

/// Something that could not be brought in, with where it is, so it can be found and fixed.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
pub struct Problem {
    /// Where: a file and a line, or an entry's number, such as "journal.txt, line 40".
    pub place: String,
    /// What is wrong, in plain words.
    pub message: String,
}

/// Something that Kintsugi keeps no place for (photos, audio), counted and named.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
pub struct Dropped {
    /// What it is, in the singular: "photo", "audio recording".
    pub kind: String,
    /// How many.
    pub count: u32,
    /// File names or ids, as many as are known.
    pub names: Vec<String>,
}

/// Everything a reader found in one file or folder.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Parsed {
    /// The entries that can be imported.
    pub entries: Vec<Incoming>,
    /// Entries, lines or files that could not be read; the rest still imports.
    pub problems: Vec<Problem>,
    /// What is left behind.
    pub dropped: Vec<Dropped>,
}
