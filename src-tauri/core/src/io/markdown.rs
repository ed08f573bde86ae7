//! A folder of Markdown files, one entry each, as Obsidian, iA Writer and many editors keep a
//! journal: an optional YAML front matter between `---` lines, the day in it or in the name.

use std::fs;
use std::path::{Path, PathBuf};

use chrono::{DateTime, FixedOffset, NaiveDate, NaiveDateTime, NaiveTime};
use yaml_serde::Value;

use super::shared::{as_written, clean_tags, first_line_and_rest, heading, read_at_most, too_large, trim_blank_lines, without_bom, year_problem};
use super::{Incoming, Parsed, Problem, Problems, MAX_IMPORT_BYTES};
use crate::{Error, Result};

/// What a file without a day is told; the import asks for its day later, so it is recognisable.
pub(super) const NO_DATE: &str = "No date: add a line `date: 2023-04-01` to its front matter, or start its name with its day, such as 2023-04-01.md.";

/// Reads every Markdown file under `folder`, leaving out hidden folders such as `.obsidian`
/// and `.trash`, and every link: only what is inside the folder comes in.
pub(super) fn read_folder(folder: &Path) -> Result<Parsed> {
    read_folder_within(folder, MAX_IMPORT_BYTES)
}

/// [`read_folder`], reading at most `budget` bytes in all.
fn read_folder_within(folder: &Path, mut budget: u64) -> Result<Parsed> {
    let folder_name = folder.file_name().map_or_else(|| folder.display().to_string(), |name| name.to_string_lossy().into_owned());
    let mut parsed = Parsed::default();
    let mut files = Vec::new();
    collect_files(folder, "", &mut files, &mut parsed.problems)
        .map_err(|err| Error::CannotImport(format!("The folder {folder_name} could not be opened ({err}).")))?;
    if files.is_empty() && parsed.problems.is_empty() {
        return Err(Error::CannotImport(format!("The folder {folder_name} holds no Markdown (.md) files.")));
    }
    for (place, path) in files {
        let problem = |message: String| Problem { place: place.clone(), message };
        let bytes = match fs::File::open(&path).and_then(|file| read_at_most(file, budget)) {
            Ok(Some(bytes)) => bytes,
            Ok(None) => return Err(too_large(&format!("The folder {folder_name}"))),
            Err(err) => {
                parsed.problems.push(problem(format!("It could not be read ({err}).")));
                continue;
            }
        };
        budget -= bytes.len() as u64;
        match std::str::from_utf8(&bytes).map_err(|_| "It is not UTF-8 text.".to_owned()).and_then(|text| parse_file(&place, text)) {
            Ok(entry) => parsed.entries.push(entry),
            Err(message) => parsed.problems.push(problem(message)),
        }
    }
    Ok(parsed)
}

/// Adds the Markdown files under `dir`, in name order, each with its path from the top folder.
/// A link is never followed, whether to a file or a folder: it could lead out of the folder (to
/// a private key, another journal, a device that never ends) or back into it in a loop. Each is
/// named instead, so the person knows what was left out. A folder inside that cannot be opened
/// is a problem; only `dir` itself failing is an error.
fn collect_files(dir: &Path, relative: &str, files: &mut Vec<(String, PathBuf)>, problems: &mut Problems) -> std::io::Result<()> {
    let listed = fs::read_dir(dir)?.collect::<std::io::Result<Vec<_>>>()?;
    let mut listed: Vec<(String, PathBuf, Option<fs::FileType>)> = listed
        .into_iter()
        .map(|entry| (entry.file_name().to_string_lossy().into_owned(), entry.path(), entry.file_type().ok()))
        .filter(|(name, _, _)| !name.starts_with('.'))
        .collect();
    listed.sort_by(|a, b| a.0.cmp(&b.0));
    for (name, path, kind) in listed {
        let place = if relative.is_empty() { name.clone() } else { format!("{relative}/{name}") };
        // The kind of the entry itself, as listed: a link is a link, whatever it points to.
        match kind {
            Some(kind) if kind.is_symlink() => problems.push(Problem { place, message: LINK_SKIPPED.into() }),
            Some(kind) if kind.is_dir() => {
                if let Err(err) = collect_files(&path, &place, files, problems) {
                    problems.push(Problem { place, message: format!("This folder could not be opened ({err}).") });
                }
            }
            Some(kind) if kind.is_file() && is_markdown(&name) => files.push((place, path)),
            _ => {}
        }
    }
    Ok(())
}

/// Why a link inside the folder was left out.
const LINK_SKIPPED: &str = "This is a link to somewhere else, so it was skipped: Kintsugi reads only the files inside the folder you chose.";

fn is_markdown(name: &str) -> bool {
    let name = name.to_lowercase();
    name.ends_with(".md") || name.ends_with(".markdown")
}

/// Reads one Markdown file; `path` is where it is in the folder, with `/` between folders.
pub(super) fn parse_file(path: &str, text: &str) -> Result<Incoming, String> {
    let text = without_bom(text).replace("\r\n", "\n");
    let (front, body) = split_front_matter(&text);
    let front = front.map(FrontMatter::read).transpose()?.unwrap_or_default();
    let stem = path.rsplit('/').next().unwrap_or(path);
    let stem = stem.rsplit_once('.').map_or(stem, |(stem, _)| stem);
    let named = day_in_name(stem);
    let (day, created) = match (front.when, &named) {
        (Some(when), _) => when,
        (None, Some((day, _))) => (*day, as_written(day.and_time(NaiveTime::MIN))),
        (None, None) => return Err(NO_DATE.into()),
    };
    if let Some(why) = year_problem(day) {
        return Err(why);
    }
    let first_heading = first_line_and_rest(body).and_then(|(first, rest)| match heading(first) {
        Some((1, title)) => Some((title, rest)),
        _ => None,
    });
    let (title, text) = match (front.title, first_heading) {
        // A heading that repeats the title would show it twice.
        (Some(title), Some((repeated, rest))) if repeated == title => (title, rest),
        (Some(title), _) => (title, body),
        (None, Some((title, rest))) => (title.to_owned(), rest),
        (None, None) => (named.map(|(_, title)| title).unwrap_or_default(), body),
    };
    Ok(Incoming {
        source_id: Some(path.to_owned()),
        day,
        created,
        updated: created,
        title,
        text: trim_blank_lines(text).to_owned(),
        tags: front.tags,
        feelings: Vec::new(),
        trust: None,
        starred: front.starred,
    })
}

/// The YAML between a first line `---` and the next `---` (or `...`), and the text after it.
/// Without a closing line, the opening one is Markdown's horizontal rule.
fn split_front_matter(text: &str) -> (Option<&str>, &str) {
    let Some((first, after)) = text.split_once('\n') else { return (None, text) };
    if first.trim_end() != "---" {
        return (None, text);
    }
    let mut length = 0;
    for line in after.split_inclusive('\n') {
        if matches!(line.trim_end(), "---" | "...") {
            return (Some(&after[..length]), &after[length + line.len()..]);
        }
        length += line.len();
    }
    (None, text)
}

/// The day a file's name starts with (`2023-04-01.md`, `2023-04-01 Title.md`,
/// `2023-04-01-a-slug.md`) and the rest of the name as a title.
fn day_in_name(stem: &str) -> Option<(NaiveDate, String)> {
    let (date, rest) = (stem.get(..10)?, stem.get(10..)?);
    let day = NaiveDate::parse_from_str(date, "%Y-%m-%d").ok()?;
    if rest.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let title = rest.trim_start_matches([' ', '-', '_', '.', ',']).trim();
    // A slug such as "a-calm-walk" reads better as words; a name with spaces is kept as it is.
    let title = if title.contains(' ') { title.to_owned() } else { title.replace(['-', '_'], " ") };
    Some((day, title))
}

/// What a file's front matter says.
#[derive(Default)]
struct FrontMatter {
    when: Option<(NaiveDate, DateTime<FixedOffset>)>,
    title: Option<String>,
    tags: Vec<String>,
    starred: bool,
}

impl FrontMatter {
    fn read(yaml: &str) -> Result<Self, String> {
        let value: Value = yaml_serde::from_str(yaml).map_err(|err| match err.location() {
            // One more for the opening `---`.
            Some(at) => format!("Its front matter, between the --- lines, is not valid YAML (line {}).", at.line() + 1),
            None => "Its front matter, between the --- lines, is not valid YAML.".to_owned(),
        })?;
        let fields = match value {
            Value::Null => return Ok(Self::default()),
            Value::Mapping(fields) => fields,
            _ => return Err("Its front matter should be fields such as `date: 2023-04-01`, one a line.".into()),
        };
        let date_field = ["date", "created"].into_iter().find(|key| fields.get(*key).is_some_and(|v| !v.is_null()));
        let when = match date_field {
            None => None,
            Some(key) => Some(
                fields
                    .get(key)
                    .and_then(Value::as_str)
                    .and_then(when)
                    .ok_or_else(|| format!("`{key}` is not a date such as 2023-04-01 or 2023-04-01T21:15:00+02:00."))?,
            ),
        };
        let title = match fields.get("title") {
            None | Some(Value::Null) => None,
            Some(value) => Some(scalar(value).ok_or("`title` should be text.")?),
        };
        let tags = match fields.get("tags") {
            None | Some(Value::Null) => Vec::new(),
            Some(Value::String(words)) if words.contains(',') => clean_tags(words.split(',')),
            Some(Value::String(words)) => clean_tags(words.split_whitespace()),
            Some(Value::Sequence(items)) => clean_tags(items.iter().map(scalar).collect::<Option<Vec<_>>>().ok_or("`tags` should be a list of words.")?),
            Some(_) => return Err("`tags` should be a list of words, or words separated by commas.".into()),
        };
        let mut starred = false;
        for key in ["starred", "favorite", "favourite"] {
            match fields.get(key) {
                None | Some(Value::Null) => {}
                Some(Value::Bool(flag)) => starred |= flag,
                Some(_) => return Err(format!("`{key}` should be true or false.")),
            }
        }
        Ok(Self { when, title, tags, starred })
    }
}

/// A plain value written as text; YAML reads `title: 1984` as a number.
fn scalar(value: &Value) -> Option<String> {
    match value {
        Value::String(text) => Some(text.trim().to_owned()),
        Value::Number(number) => Some(number.to_string()),
        Value::Bool(flag) => Some(flag.to_string()),
        _ => None,
    }
}

/// The day and time a front-matter date stands for: with its own offset when it has one, else
/// as written (see [`as_written`]); a bare day starts at midnight.
fn when(text: &str) -> Option<(NaiveDate, DateTime<FixedOffset>)> {
    let text = text.trim();
    if let Ok(time) = DateTime::parse_from_rfc3339(text) {
        return Some((time.date_naive(), time));
    }
    let time = ["%Y-%m-%dT%H:%M:%S", "%Y-%m-%d %H:%M:%S", "%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M"]
        .iter()
        .find_map(|format| NaiveDateTime::parse_from_str(text, format).ok())
        .or_else(|| NaiveDate::parse_from_str(text, "%Y-%m-%d").ok().map(|day| day.and_time(NaiveTime::MIN)))?;
    Some((time.date(), as_written(time)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn fixture_folder() -> PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/markdown")
    }

    fn day(text: &str) -> NaiveDate {
        text.parse().unwrap()
    }

    fn by_path<'a>(parsed: &'a Parsed, path: &str) -> &'a Incoming {
        parsed.entries.iter().find(|entry| entry.source_id.as_deref() == Some(path)).unwrap()
    }

    #[test]
    fn every_markdown_file_is_an_entry_and_hidden_folders_are_left_out() {
        let parsed = read_folder(&fixture_folder()).unwrap();
        let paths: Vec<&str> = parsed.entries.iter().filter_map(|entry| entry.source_id.as_deref()).collect();
        assert_eq!(paths, ["2023-04-01.md", "2023-04-02 Walk by the canal.md", "notes/2023-04-03-a-calm-walk.md", "notes/evening.md", "notes/garden.markdown"]);
    }

    #[test]
    fn the_day_and_title_come_from_the_name_or_the_first_heading() {
        let parsed = read_folder(&fixture_folder()).unwrap();
        let saturday = by_path(&parsed, "2023-04-01.md");
        assert_eq!((saturday.day, saturday.title.as_str()), (day("2023-04-01"), "A slow Saturday"));
        assert_eq!(saturday.text, "We planted basil on the windowsill.\n\tThis line starts with a tab.");
        assert_eq!(saturday.created.to_rfc3339(), "2023-04-01T00:00:00+00:00");
        let canal = by_path(&parsed, "2023-04-02 Walk by the canal.md");
        assert_eq!((canal.day, canal.title.as_str()), (day("2023-04-02"), "Walk by the canal"));
        assert!(canal.text.starts_with("## Along the water"));
        let slug = by_path(&parsed, "notes/2023-04-03-a-calm-walk.md");
        assert_eq!((slug.day, slug.title.as_str()), (day("2023-04-03"), "a calm walk"));
    }

    #[test]
    fn front_matter_gives_the_day_title_tags_and_star() {
        let parsed = read_folder(&fixture_folder()).unwrap();
        let evening = by_path(&parsed, "notes/evening.md");
        assert_eq!(evening.day, day("2023-04-04"));
        assert_eq!(evening.created.to_rfc3339(), "2023-04-04T21:15:00+02:00");
        assert_eq!(evening.title, "An evening call");
        // The heading repeating the title is not kept twice.
        assert_eq!(evening.text, "We talked for an hour. Café au lait, 東京.");
        assert_eq!(evening.tags, ["family", "calls"]);
        assert!(evening.starred);
        let garden = by_path(&parsed, "notes/garden.markdown");
        assert_eq!((garden.day, garden.title.as_str()), (day("2023-04-05"), ""));
        assert_eq!(garden.tags, ["garden", "spring"]);
        assert!(garden.starred);
    }

    #[test]
    fn files_that_cannot_be_read_are_named_and_the_rest_imports() {
        let parsed = read_folder(&fixture_folder()).unwrap();
        let problems = parsed.problems.into_list();
        let problems: Vec<(&str, &str)> = problems.iter().map(|p| (p.place.as_str(), p.message.as_str())).collect();
        assert_eq!(problems.len(), 3, "{problems:?}");
        assert_eq!(problems[0].0, "1066-10-14.md");
        assert!(problems[0].1.contains("1066"));
        assert_eq!(problems[1].0, "notes/broken.md");
        // The parser notices the unclosed list at the closing `---`, line 4 of the file.
        assert!(problems[1].1.contains("not valid YAML (line 4)"), "{}", problems[1].1);
        assert_eq!(problems[2], ("undated.md", NO_DATE));
    }

    #[test]
    fn an_empty_or_missing_folder_is_refused() {
        let empty = tempfile::tempdir().unwrap();
        fs::write(empty.path().join("notes.txt"), "not Markdown").unwrap();
        assert!(read_folder(empty.path()).unwrap_err().to_string().contains("holds no Markdown"));
        assert!(read_folder(&empty.path().join("gone")).unwrap_err().to_string().contains("could not be opened"));
    }

    #[test]
    fn a_folder_is_held_to_the_size_limit_in_total() {
        let folder = tempfile::tempdir().unwrap();
        fs::write(folder.path().join("2023-04-01.md"), "Sixteen bytes...").unwrap();
        fs::write(folder.path().join("2023-04-02.md"), "Sixteen bytes...").unwrap();
        assert_eq!(read_folder_within(folder.path(), 32).unwrap().entries.len(), 2);
        let message = read_folder_within(folder.path(), 31).unwrap_err().to_string();
        assert!(message.contains("holds more than"), "{message}");
    }

    #[test]
    fn front_matter_is_read_field_by_field() {
        let entry = |text: &str| parse_file("2023-04-01.md", text);
        assert_eq!(entry("---\ntitle: 1984\n---\nText").unwrap().title, "1984");
        assert_eq!(entry("---\ntags: one two\n---\n").unwrap().tags, ["one", "two"]);
        assert_eq!(entry("---\ndate: 2023-05-06 07:08\n---\n").unwrap().created.to_rfc3339(), "2023-05-06T07:08:00+00:00");
        assert_eq!(entry("---\ncreated: 2023-05-06\n---\n").unwrap().day, day("2023-05-06"));
        assert_eq!(entry("---\n---\n# Title\nText").unwrap().title, "Title");
        assert_eq!(entry("---\ntitle: Other\n---\n# Title\nText").unwrap().text, "# Title\nText");
        assert_eq!(entry("---\ndate: soon\n---\n").unwrap_err(), "`date` is not a date such as 2023-04-01 or 2023-04-01T21:15:00+02:00.");
        assert_eq!(entry("---\nstarred: maybe\n---\n").unwrap_err(), "`starred` should be true or false.");
        assert_eq!(entry("---\ntags: {a: 1}\n---\n").unwrap_err(), "`tags` should be a list of words, or words separated by commas.");
        assert_eq!(entry("---\n- a list\n---\n").unwrap_err(), "Its front matter should be fields such as `date: 2023-04-01`, one a line.");
        // A rule with nothing closing it is Markdown, not front matter.
        assert_eq!(entry("---\nJust text after a rule.").unwrap().text, "---\nJust text after a rule.");
        assert!(!entry("---\ntitle: \"a private thought\n---\n").unwrap_err().contains("private"));
    }

    #[test]
    fn days_in_names() {
        assert_eq!(day_in_name("2023-04-01"), Some((day("2023-04-01"), String::new())));
        assert_eq!(day_in_name("2023-04-01_jean-luc visit"), Some((day("2023-04-01"), "jean-luc visit".into())));
        assert_eq!(day_in_name("2023-04-011"), None);
        assert_eq!(day_in_name("2023-02-30"), None);
        assert_eq!(day_in_name("Notes"), None);
        assert_eq!(day_in_name("2023-04-0é"), None);
    }

    proptest! {
        #[test]
        fn arbitrary_files_never_panic(text in "(---\\n|\\PC|\\n|#|: |\\[|-)*", name in "(2023-04-0[0-9])?\\PC{0,12}(\\.md)?") {
            let _ = parse_file(&name, &text);
        }

        #[test]
        fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..512)) {
            let _ = parse_file("2023-04-01.md", &String::from_utf8_lossy(&bytes));
        }
    }
}
