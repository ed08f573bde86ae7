//! Getting a journal out: Kintsugi's own JSON, and a folder of Markdown that any editor opens.
//! Both are plain copies, and the person is told so before they are written (see
//! [`ExportFormat::notice`]); the encrypted export lives with the backups. Every file is
//! readable by its owner only.

use std::collections::HashSet;
use std::io::Write;
use std::path::Path;

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::files::{create_private, write_private, write_private_folder};
use super::kintsugi;
use crate::model::{Entry, Record};
use crate::{Journal, Result};

/// The ways a journal can be taken out.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum ExportFormat {
    /// One JSON file with every record, which Kintsugi imports back whole.
    KintsugiJson,
    /// A folder with one Markdown file per entry, and the wins, agreements, triggers,
    /// milestones and letters in a file each.
    MarkdownFolder,
    /// Kintsugi's JSON in one age file that the passphrase or the recovery key opens, like a
    /// backup.
    Encrypted,
}

impl ExportFormat {
    /// What to tell the person before the copy is written.
    pub fn notice(self) -> &'static str {
        if self == Self::Encrypted {
            return "This copy is encrypted: it opens only with your passphrase or your recovery key. \
                    The passphrase-protected key file kintsugi-identity.age is saved beside it, so that \
                    the passphrase can open it; keep the two together.";
        }
        "This copy is not encrypted: anyone who opens it can read everything in it. \
         Kintsugi makes it readable only by your account on this computer; \
         keep it somewhere private, and delete it when you no longer need it."
    }
}

impl Journal {
    /// Writes every record (the draft aside) as Kintsugi's JSON to the file at `path`,
    /// replacing it whole once the new one is complete. `now` is written in as the export's date.
    pub fn export_json(&self, path: &Path, now: DateTime<FixedOffset>) -> Result<()> {
        write_private(path, |file| kintsugi::write(self, now, None, file))
    }

    /// Creates the folder `folder` (which must not exist yet) with one Markdown file per entry,
    /// named by day and title, and `wins.md`, `agreements.md`, `triggers.md`, `milestones.md`
    /// and `letters.md`. The folder appears only once it is complete.
    pub fn export_markdown(&self, folder: &Path) -> Result<()> {
        write_private_folder(folder, |partial| {
            let mut entries: Vec<&Entry> = self.all_entries().collect();
            entries.sort_by_key(|entry| (entry.day, entry.created, entry.id));
            let mut names = HashSet::new();
            let mut files: Vec<(String, String)> =
                entries.into_iter().map(|entry| (unique_name(&mut names, &entry_file_stem(entry)), super::markdown_out::entry(entry))).collect();
            let own_key = match self.record(crate::model::SHARING_ID) {
                Some(Record::Sharing(keys)) => Some(keys.public_key()?),
                _ => None,
            };
            let others = self.records().filter(|record| !matches!(record, Record::Entry(_)));
            files.extend(super::markdown_out::records(others, own_key.as_deref()).map(|(name, text)| (name.to_owned(), text)));
            write_files(partial, &files)
        })
    }
}

/// How many files are written and synced at once. Syncing one file waits for the disk; the
/// file system joins concurrent syncs into one journal commit, so ten years of entries take
/// a fraction of the time they would one by one.
const WRITERS: usize = 8;

fn write_files(folder: &Path, files: &[(String, String)]) -> Result<()> {
    let per_writer = files.len().div_ceil(WRITERS).max(1);
    std::thread::scope(|scope| {
        let writers: Vec<_> =
            files.chunks(per_writer).map(|chunk| scope.spawn(move || chunk.iter().try_for_each(|(name, text)| write_file(&folder.join(name), text)))).collect();
        writers.into_iter().try_for_each(|writer| writer.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic)))
    })
}

fn write_file(path: &Path, text: &str) -> Result<()> {
    let mut file = create_private(path)?;
    file.write_all(text.as_bytes())?;
    file.sync_all()?;
    Ok(())
}

/// `YYYY-MM-DD-title`: sorted by day in any file list, and readable.
fn entry_file_stem(entry: &Entry) -> String {
    let mut slug = String::new();
    for word in entry.title.split(|c: char| !c.is_alphanumeric()).filter(|word| !word.is_empty()) {
        if slug.chars().count() + word.chars().count() > 60 {
            break;
        }
        if !slug.is_empty() {
            slug.push('-');
        }
        slug.extend(word.chars().flat_map(char::to_lowercase));
    }
    if slug.is_empty() {
        entry.day.to_string()
    } else {
        format!("{}-{slug}", entry.day)
    }
}

/// `stem.md`, or `stem-2.md` and on when two entries would share a name.
fn unique_name(taken: &mut HashSet<String>, stem: &str) -> String {
    let mut name = format!("{stem}.md");
    let mut number = 2;
    while !taken.insert(name.clone()) {
        name = format!("{stem}-{number}.md");
        number += 1;
    }
    name
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn two_entries_never_share_a_file_name() {
        let mut taken = HashSet::new();
        assert_eq!(unique_name(&mut taken, "2024-05-01"), "2024-05-01.md");
        assert_eq!(unique_name(&mut taken, "2024-05-01"), "2024-05-01-2.md");
        assert_eq!(unique_name(&mut taken, "2024-05-01"), "2024-05-01-3.md");
    }
}
