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
    /// Where: a file and a line, or an entry's number, such as "journal.txt, line 40". Empty on
    /// the last line of a long list, which counts the problems not listed one by one.
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
    /// File names or ids, as many as are known up to the first fifty; `count` counts them all.
    pub names: Vec<String>,
}

/// How many problems, and names of things left behind, an import lists one by one. Fifty show
/// what is wrong and let the first ones be fixed; a file with thousands is broken throughout,
/// or made to flood the preview, and a list that long would help no one and could fill memory.
pub(crate) const LISTED_AT_MOST: usize = 50;

/// What a reader could not bring in: the first [`LISTED_AT_MOST`] problems one by one, and how
/// many more there were, counted exactly.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(crate) struct Problems {
    listed: Vec<Problem>,
    unlisted: usize,
}

impl Problems {
    pub(crate) fn push(&mut self, problem: Problem) {
        if self.listed.len() < LISTED_AT_MOST {
            self.listed.push(problem);
        } else {
            self.unlisted += 1;
        }
    }

    pub(crate) fn is_empty(&self) -> bool {
        self.listed.is_empty()
    }

    /// The list a person reads: each listed problem, then one line for the rest, if any.
    pub(crate) fn into_list(self) -> Vec<Problem> {
        let mut list = self.listed;
        if self.unlisted > 0 {
            let more = match self.unlisted {
                1 => "one".to_owned(),
                many => grouped(many),
            };
            list.push(Problem { place: String::new(), message: format!("…and {more} more like these.") });
        }
        list
    }
}

/// A count with commas between its thousands, as in "4,213".
fn grouped(count: usize) -> String {
    let digits = count.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (at, digit) in digits.chars().enumerate() {
        if at > 0 && (digits.len() - at).is_multiple_of(3) {
            out.push(',');
        }
        out.push(digit);
    }
    out
}

/// Everything a reader found in one file or folder.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Parsed {
    /// The entries that can be imported.
    pub entries: Vec<Incoming>,
    /// Entries, lines or files that could not be read; the rest still imports.
    pub problems: Problems,
    /// What is left behind.
    pub dropped: Vec<Dropped>,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn problems(count: usize) -> Problems {
        let mut problems = Problems::default();
        for n in 0..count {
            problems.push(Problem { place: format!("entry {n}"), message: "It is not a JSON object with fields.".into() });
        }
        problems
    }

    #[test]
    fn past_the_first_fifty_problems_one_line_counts_the_rest() {
        assert_eq!(problems(LISTED_AT_MOST).into_list().len(), LISTED_AT_MOST);
        let one_more = problems(LISTED_AT_MOST + 1).into_list();
        assert_eq!(one_more.last().unwrap().message, "…and one more like these.");
        let list = problems(LISTED_AT_MOST + 4_213).into_list();
        assert_eq!(list.len(), LISTED_AT_MOST + 1);
        assert_eq!(list[LISTED_AT_MOST - 1].place, "entry 49");
        assert_eq!(list[LISTED_AT_MOST], Problem { place: String::new(), message: "…and 4,213 more like these.".into() });
    }

    #[test]
    fn counts_are_grouped_by_thousands() {
        let cases = [(0, "0"), (999, "999"), (1_000, "1,000"), (65_536, "65,536"), (1_234_567, "1,234,567")];
        for (count, written) in cases {
            assert_eq!(grouped(count), written);
        }
    }
}
