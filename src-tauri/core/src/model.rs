//! The records a person keeps. They are serialized, encrypted and stored only inside sealed
//! buckets; nothing here is ever written in the clear.

use chrono::{DateTime, FixedOffset, NaiveDate};
use serde::{Deserialize, Serialize};
use ts_rs::TS;
use uuid::Uuid;
use zeroize::Zeroize;

/// A record's identity: random, so it reveals nothing about when or what was written.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, TS)]
#[serde(transparent)]
#[ts(type = "string")]
pub struct EntryId(pub(crate) Uuid);

impl EntryId {
    pub(crate) fn random() -> Self {
        Self(Uuid::new_v4())
    }

    /// Reads an id as the user interface sends it back.
    pub fn parse(text: &str) -> crate::Result<Self> {
        Uuid::parse_str(text)
            .map(Self)
            .map_err(|_| crate::Error::InvalidInput("That is not an entry id.".into()))
    }

    /// The first byte of the id decides which bucket the record lives in.
    pub(crate) fn bucket(&self) -> u8 {
        self.0.as_bytes()[0]
    }
}

impl std::fmt::Display for EntryId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.0.fmt(f)
    }
}

/// A journal entry: Markdown text written about one day.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Entry {
    /// The entry's identity.
    pub id: EntryId,
    /// The day the entry is about, in the writer's calendar.
    #[ts(type = "string")]
    pub day: NaiveDate,
    /// When it was first saved, with the writer's UTC offset at that moment.
    #[ts(type = "string")]
    pub created: DateTime<FixedOffset>,
    /// When it was last saved, with the writer's UTC offset at that moment.
    #[ts(type = "string")]
    pub updated: DateTime<FixedOffset>,
    /// The entry itself, in Markdown.
    pub text: String,
}

impl Drop for Entry {
    fn drop(&mut self) {
        self.text.zeroize();
    }
}

/// What the editor sends to save: a new entry when `id` is `None`, else an edit.
#[derive(Clone, Debug, Serialize, Deserialize, TS)]
pub struct EntryDraft {
    /// The entry being edited, or `None` for a new one.
    pub id: Option<EntryId>,
    /// The day the entry is about.
    #[ts(type = "string")]
    pub day: NaiveDate,
    /// The Markdown text.
    pub text: String,
}

impl EntryDraft {
    /// A draft for a new entry.
    pub fn new(day: NaiveDate, text: impl Into<String>) -> Self {
        Self { id: None, day, text: text.into() }
    }
}

impl Drop for EntryDraft {
    fn drop(&mut self) {
        self.text.zeroize();
    }
}

/// An entry as listed: enough to recognise it without sending every word.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
pub struct EntrySummary {
    /// The entry's identity.
    pub id: EntryId,
    /// The day the entry is about.
    #[ts(type = "string")]
    pub day: NaiveDate,
    /// When it was last saved.
    #[ts(type = "string")]
    pub updated: DateTime<FixedOffset>,
    /// The opening words, with whitespace collapsed.
    pub preview: String,
    /// How many words the entry has.
    pub words: u32,
}

/// The words joined by single spaces, lazily, so a long entry is never copied whole.
fn joined_words<'a>(words: impl Iterator<Item = &'a str> + 'a) -> impl Iterator<Item = char> + 'a {
    words.enumerate().flat_map(|(i, word)| (i > 0).then_some(' ').into_iter().chain(word.chars()))
}

/// How many characters of an entry a summary shows.
const PREVIEW_CHARS: usize = 140;

impl From<&Entry> for EntrySummary {
    fn from(entry: &Entry) -> Self {
        let words = entry.text.split_whitespace();
        let collapsed: Vec<char> = joined_words(words.clone()).take(PREVIEW_CHARS + 1).collect();
        let preview = if collapsed.len() > PREVIEW_CHARS {
            collapsed[..PREVIEW_CHARS - 1].iter().chain(['…'].iter()).collect()
        } else {
            collapsed.into_iter().collect()
        };
        let words = u32::try_from(words.count()).unwrap_or(u32::MAX);
        Self { id: entry.id, day: entry.day, updated: entry.updated, preview, words }
    }
}

/// Every kind of record a bucket holds. New kinds are added as new variants; the names are
/// part of the stored format.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub(crate) enum Record {
    Entry(Entry),
}

impl Record {
    pub(crate) fn id(&self) -> Uuid {
        match self {
            Self::Entry(entry) => entry.id.0,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(text: &str) -> Entry {
        let now = DateTime::parse_from_rfc3339("2026-11-26T21:00:00+01:00").unwrap();
        Entry { id: EntryId::random(), day: now.date_naive(), created: now, updated: now, text: text.into() }
    }

    #[test]
    fn summary_counts_words_and_collapses_whitespace() {
        let summary = EntrySummary::from(&entry("  We talked\n\nfor an hour.\tIt helped. "));
        assert_eq!(summary.preview, "We talked for an hour. It helped.");
        assert_eq!(summary.words, 7);
    }

    #[test]
    fn summary_preview_is_cut_on_a_character_boundary() {
        let summary = EntrySummary::from(&entry(&"né ".repeat(200)));
        assert_eq!(summary.preview.chars().count(), PREVIEW_CHARS);
        assert!(summary.preview.ends_with('…'));
        assert_eq!(summary.words, 200);
    }
}
