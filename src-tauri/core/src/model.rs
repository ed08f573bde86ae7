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
        Uuid::parse_str(text).map(Self).map_err(|_| crate::Error::InvalidInput("That is not an entry id.".into()))
    }
}

impl std::fmt::Display for EntryId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.0.fmt(f)
    }
}

/// A journal entry: Markdown text written about one day, with how the day felt.
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
    /// An optional title; empty when there is none.
    #[serde(default)]
    pub title: String,
    /// The entry itself, in Markdown.
    pub text: String,
    /// The feelings checked in, lower case, in the order chosen.
    #[serde(default)]
    pub feelings: Vec<String>,
    /// How much trust the writer felt that day, from 1 to 10, if they said.
    #[serde(default)]
    pub trust: Option<u8>,
    /// Tags, as the writer spelled them.
    #[serde(default)]
    pub tags: Vec<String>,
    /// Marked to find again.
    #[serde(default)]
    pub starred: bool,
    /// The journal it was imported from, if any; importing the same file again finds it here.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(skip)]
    pub source: Option<crate::io::Source>,
}

impl Entry {
    /// The entry a draft that passed [`EntryDraft::checked`] becomes.
    pub(crate) fn from_checked(
        draft: &EntryDraft,
        id: EntryId,
        created: DateTime<FixedOffset>,
        updated: DateTime<FixedOffset>,
        source: Option<crate::io::Source>,
    ) -> Self {
        Self {
            id,
            day: draft.day,
            created,
            updated,
            title: draft.title.clone(),
            text: draft.text.clone(),
            feelings: draft.feelings.clone(),
            trust: draft.trust,
            tags: draft.tags.clone(),
            starred: draft.starred,
            source,
        }
    }
}

impl Drop for Entry {
    fn drop(&mut self) {
        self.title.zeroize();
        self.text.zeroize();
        self.feelings.zeroize();
        self.tags.zeroize();
    }
}

/// What the editor sends to save: a new entry when `id` is `None`, else an edit. Everything but
/// the day may be left out.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct EntryDraft {
    /// The entry being edited, or `None` for a new one.
    #[serde(default)]
    pub id: Option<EntryId>,
    /// The day the entry is about.
    #[ts(type = "string")]
    pub day: NaiveDate,
    /// The title; empty for none.
    #[serde(default)]
    pub title: String,
    /// The Markdown text.
    #[serde(default)]
    pub text: String,
    /// Feelings checked in.
    #[serde(default)]
    pub feelings: Vec<String>,
    /// Trust today, 1 to 10.
    #[serde(default)]
    pub trust: Option<u8>,
    /// Tags.
    #[serde(default)]
    pub tags: Vec<String>,
    /// Starred.
    #[serde(default)]
    pub starred: bool,
}

impl EntryDraft {
    /// A draft for a new entry.
    pub fn new(day: NaiveDate, text: impl Into<String>) -> Self {
        Self { id: None, day, title: String::new(), text: text.into(), feelings: Vec::new(), trust: None, tags: Vec::new(), starred: false }
    }

    /// A draft that edits `entry`, starting from what it holds now.
    pub fn editing(entry: &Entry) -> Self {
        Self {
            id: Some(entry.id),
            day: entry.day,
            title: entry.title.clone(),
            text: entry.text.clone(),
            feelings: entry.feelings.clone(),
            trust: entry.trust,
            tags: entry.tags.clone(),
            starred: entry.starred,
        }
    }

    /// The same draft with another day.
    pub fn with_day(mut self, day: NaiveDate) -> Self {
        self.day = day;
        self
    }

    /// The same draft with another text.
    pub fn with_text(mut self, text: impl Into<String>) -> Self {
        self.text = text.into();
        self
    }

    /// The same draft with another title.
    pub fn with_title(mut self, title: impl Into<String>) -> Self {
        self.title = title.into();
        self
    }

    /// The same draft with these feelings.
    pub fn with_feelings<S: Into<String>>(mut self, feelings: impl IntoIterator<Item = S>) -> Self {
        self.feelings = feelings.into_iter().map(Into::into).collect();
        self
    }

    /// The same draft with this trust level.
    pub fn with_trust(mut self, trust: Option<u8>) -> Self {
        self.trust = trust;
        self
    }

    /// The same draft with these tags.
    pub fn with_tags<S: Into<String>>(mut self, tags: impl IntoIterator<Item = S>) -> Self {
        self.tags = tags.into_iter().map(Into::into).collect();
        self
    }

    /// The same draft, starred or not.
    pub fn with_star(mut self, starred: bool) -> Self {
        self.starred = starred;
        self
    }

    /// Whether nothing at all was written or chosen.
    pub(crate) fn is_blank(&self) -> bool {
        self.title.trim().is_empty() && self.text.trim().is_empty() && self.feelings.is_empty() && self.trust.is_none() && self.tags.is_empty()
    }

    /// Whether saving this draft would store exactly what `entry` holds.
    pub(crate) fn matches(&self, entry: &Entry) -> bool {
        self.id.is_none_or(|id| id == entry.id)
            && self.day == entry.day
            && self.title == entry.title
            && self.text == entry.text
            && self.feelings == entry.feelings
            && self.trust == entry.trust
            && self.tags == entry.tags
            && self.starred == entry.starred
    }
}

/// Limits that keep an entry's parts usable; each refusal says which one was passed.
const MAX_TITLE_CHARS: usize = 200;
const MAX_LABEL_CHARS: usize = 40;
const MAX_LABELS: usize = 30;
/// The largest entry text accepted, in bytes: far beyond any real entry, small enough that a
/// runaway paste cannot make every later save slow.
const MAX_TEXT_BYTES: usize = 8 * 1024 * 1024;
/// The years an entry's day may fall in, typed or imported.
pub(crate) const YEARS: std::ops::RangeInclusive<i32> = 1900..=2200;

impl EntryDraft {
    /// The draft as it will be stored: title trimmed, feelings in lower case, tags without a
    /// leading `#`, both without repeats; or a refusal that says what to change.
    pub(crate) fn checked(mut self) -> crate::Result<Self> {
        use crate::Error::InvalidInput;
        use chrono::Datelike;
        if !YEARS.contains(&self.day.year()) {
            return Err(InvalidInput(format!("Choose a day between the years {} and {}.", YEARS.start(), YEARS.end())));
        }
        if self.text.len() > MAX_TEXT_BYTES {
            return Err(InvalidInput(format!("This entry is too long to save (over {} MB). Split it into several entries.", MAX_TEXT_BYTES / (1024 * 1024))));
        }
        let title = collapse_spaces(&self.title);
        let title_chars = title.chars().count();
        if title_chars > MAX_TITLE_CHARS {
            return Err(InvalidInput(format!("A title can be up to {MAX_TITLE_CHARS} characters; this one has {title_chars}. Move the rest into the entry.")));
        }
        self.title.zeroize();
        self.title = title;
        if let Some(trust) = self.trust.filter(|trust| !(1..=10).contains(trust)) {
            return Err(InvalidInput(format!("Trust is rated from 1 to 10, not {trust}.")));
        }
        let feelings = labels(&self.feelings, "feeling", |word| word.to_lowercase())?;
        self.feelings.zeroize();
        self.feelings = feelings;
        let tags = labels(&self.tags, "tag", |tag| tag.trim_start_matches('#').trim().to_owned())?;
        self.tags.zeroize();
        self.tags = tags;
        Ok(self)
    }
}

fn collapse_spaces(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Cleans a list of feelings or tags: spaces collapsed, empty ones dropped, repeats (ignoring
/// case) dropped, the first spelling kept.
fn labels(raw: &[String], what: &str, clean: impl Fn(&str) -> String) -> crate::Result<Vec<String>> {
    let mut kept: Vec<String> = Vec::new();
    for label in raw {
        let label = clean(&collapse_spaces(label));
        if label.is_empty() || kept.iter().any(|k| k.to_lowercase() == label.to_lowercase()) {
            continue;
        }
        let chars = label.chars().count();
        if chars > MAX_LABEL_CHARS {
            return Err(crate::Error::InvalidInput(format!("A {what} can be up to {MAX_LABEL_CHARS} characters; one has {chars}. Shorten it.")));
        }
        // Said as soon as it is so: a list of thousands, as an imported file may hold, is then
        // never compared with itself.
        if kept.len() == MAX_LABELS {
            return Err(crate::Error::InvalidInput(format!("An entry can have up to {MAX_LABELS} of each: remove a {what} or two.")));
        }
        kept.push(label);
    }
    Ok(kept)
}

impl Drop for EntryDraft {
    fn drop(&mut self) {
        self.title.zeroize();
        self.text.zeroize();
        self.feelings.zeroize();
        self.tags.zeroize();
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
    /// When it was first saved: lists order a day's entries by it.
    #[ts(type = "string")]
    pub created: DateTime<FixedOffset>,
    /// When it was last saved.
    #[ts(type = "string")]
    pub updated: DateTime<FixedOffset>,
    /// The title; empty for none.
    pub title: String,
    /// The opening words, with whitespace collapsed.
    pub preview: String,
    /// How many words the entry has.
    pub words: u32,
    /// Feelings checked in.
    pub feelings: Vec<String>,
    /// Trust that day, 1 to 10.
    pub trust: Option<u8>,
    /// Tags.
    pub tags: Vec<String>,
    /// Starred.
    pub starred: bool,
}

/// The words joined by single spaces, lazily, so a long entry is never copied whole.
fn joined_words<'a>(words: impl Iterator<Item = &'a str> + 'a) -> impl Iterator<Item = char> + 'a {
    words.enumerate().flat_map(|(i, word)| (i > 0).then_some(' ').into_iter().chain(word.chars()))
}

/// Markdown's backslash escapes (`\.`, `\!`, `\\`) read as the character they protect, as a
/// reader of the rendered entry would see it.
fn unescaped(chars: impl Iterator<Item = char>) -> impl Iterator<Item = char> {
    let mut chars = chars.peekable();
    std::iter::from_fn(move || {
        let next = chars.next()?;
        if next == '\\' && chars.peek().is_some_and(char::is_ascii_punctuation) {
            chars.next()
        } else {
            Some(next)
        }
    })
}

/// How many characters of an entry a summary shows.
const PREVIEW_CHARS: usize = 140;

impl From<&Entry> for EntrySummary {
    fn from(entry: &Entry) -> Self {
        let words = entry.text.split_whitespace();
        let collapsed: Vec<char> = unescaped(joined_words(words.clone())).take(PREVIEW_CHARS + 1).collect();
        let preview = if collapsed.len() > PREVIEW_CHARS {
            collapsed[..PREVIEW_CHARS - 1].iter().chain(['…'].iter()).collect()
        } else {
            collapsed.into_iter().collect()
        };
        let words = u32::try_from(words.count()).unwrap_or(u32::MAX);
        Self {
            id: entry.id,
            day: entry.day,
            created: entry.created,
            updated: entry.updated,
            title: entry.title.clone(),
            preview,
            words,
            feelings: entry.feelings.clone(),
            trust: entry.trust,
            tags: entry.tags.clone(),
            starred: entry.starred,
        }
    }
}

/// Writing that was not saved as an entry yet, kept so that a crash or a forced quit loses
/// nothing typed. There is at most one.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Draft {
    /// What the editor held.
    pub entry: EntryDraft,
    /// When it was kept, in the writer's local time.
    #[ts(type = "string")]
    pub kept: DateTime<FixedOffset>,
}

/// Every kind of record a bucket holds. New kinds are added as new variants; the names are
/// part of the stored format.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub(crate) enum Record {
    /// Shared with the search index while it is built on another thread.
    Entry(std::sync::Arc<Entry>),
    Draft(Draft),
    Prompts(crate::prompts::Rotation),
    Win(crate::progress::win::Win),
    Agreement(crate::progress::agreement::Agreement),
    Trigger(crate::progress::trigger::Trigger),
    Milestone(crate::progress::milestone::Milestone),
    /// The public halves of the keys beyond the passphrase, so backups can be encrypted to them.
    Keys(VaultKeys),
    /// Whose journal this is.
    About(crate::role::About),
    /// The key that opens letters from the partner, and the partner's public key.
    Sharing(crate::sharing::SharingKeys),
    /// A letter sent to the partner or received from them.
    Letter(crate::letters::Letter),
}

/// What the vault knows of its other keys while unlocked by the passphrase: the recovery
/// key's public half (`age1…`), so a backup opens with the recovery key too; and the random id
/// that names its backups' folder.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct VaultKeys {
    /// Empty until the vault learns it, as in a vault made before backups.
    pub(crate) recovery: String,
    /// Added after format 5 without a new format: a build that does not know it reads the
    /// record all the same. `None` in a vault made before backup folders, until its first one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) backup_id: Option<Uuid>,
}

/// Ids of the records a vault holds one of at most. Random ids are version 4 UUIDs, so these
/// can never collide with one.
pub(crate) const DRAFT_ID: Uuid = Uuid::from_u128(1);
pub(crate) const PROMPTS_ID: Uuid = Uuid::from_u128(2);
pub(crate) const KEYS_ID: Uuid = Uuid::from_u128(3);
pub(crate) const ABOUT_ID: Uuid = Uuid::from_u128(4);
pub(crate) const SHARING_ID: Uuid = Uuid::from_u128(5);

/// Whether `id` is one of the ids above, which the journal keeps for its own records.
pub(crate) fn is_reserved(id: Uuid) -> bool {
    [DRAFT_ID, PROMPTS_ID, KEYS_ID, ABOUT_ID, SHARING_ID].contains(&id)
}

impl Record {
    /// Overwrites the words a person wrote, as the journal locks: dropping a string frees its
    /// memory but leaves the bytes there until reused. Entries wipe themselves when their last
    /// holder lets go (see `Drop for Entry`).
    pub(crate) fn wipe(&mut self) {
        match self {
            Self::Entry(_) | Self::Prompts(_) | Self::Keys(_) | Self::About(_) => {}
            Self::Draft(draft) => {
                let entry = &mut draft.entry;
                entry.title.zeroize();
                entry.text.zeroize();
                entry.feelings.zeroize();
                entry.tags.zeroize();
            }
            Self::Sharing(keys) => keys.wipe(),
            Self::Letter(letter) => letter.wipe(),
            Self::Win(win) => win.text.zeroize(),
            Self::Trigger(trigger) => {
                trigger.what.zeroize();
                trigger.helped.zeroize();
            }
            Self::Milestone(milestone) => {
                milestone.title.zeroize();
                milestone.note.zeroize();
            }
            Self::Agreement(agreement) => agreement.wipe(),
        }
    }

    pub(crate) fn id(&self) -> Uuid {
        match self {
            Self::Entry(entry) => entry.id.0,
            Self::Draft(_) => DRAFT_ID,
            Self::Prompts(_) => PROMPTS_ID,
            Self::Keys(_) => KEYS_ID,
            Self::About(_) => ABOUT_ID,
            Self::Sharing(_) => SHARING_ID,
            Self::Letter(letter) => letter.id().0,
            Self::Win(win) => win.id.0,
            Self::Agreement(agreement) => agreement.id.0,
            Self::Trigger(trigger) => trigger.id.0,
            Self::Milestone(milestone) => milestone.id.0,
        }
    }
}

#[cfg(test)]
impl Entry {
    /// An entry of one evening holding `text` and nothing else, for tests.
    pub(crate) fn holding(text: &str) -> Self {
        let now = DateTime::parse_from_rfc3339("2026-11-26T21:00:00+01:00").expect("a fixed time");
        Self {
            id: EntryId::random(),
            day: now.date_naive(),
            created: now,
            updated: now,
            title: String::new(),
            text: text.into(),
            feelings: Vec::new(),
            trust: None,
            tags: Vec::new(),
            starred: false,
            source: None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_with_a_backup_id_read_in_a_build_that_never_heard_of_it_and_back() {
        #[derive(Debug, PartialEq, Serialize, Deserialize)]
        struct Before {
            recovery: String,
        }
        let before = Before { recovery: "age1recovery".into() };
        let read: VaultKeys = rmp_serde::from_slice(&rmp_serde::to_vec_named(&before).unwrap()).unwrap();
        assert_eq!(read, VaultKeys { recovery: before.recovery.clone(), backup_id: None });
        let now = VaultKeys { backup_id: Some(Uuid::new_v4()), ..read };
        let older: Before = rmp_serde::from_slice(&rmp_serde::to_vec_named(&now).unwrap()).unwrap();
        assert_eq!(older, before);
    }

    fn entry(text: &str) -> Entry {
        Entry::holding(text)
    }

    #[test]
    fn summary_reads_markdown_escapes_as_what_they_protect() {
        let summary = EntrySummary::from(&entry(r"Tea on the balcony\. Finally\! A path: C:\\Users, and a \lone backslash\"));
        assert_eq!(summary.preview, r"Tea on the balcony. Finally! A path: C:\Users, and a \lone backslash\");
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
