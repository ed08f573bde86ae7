//! jrnl's journals: its `--export json` and its own plain-text journal file.
//!
//! jrnl keeps clock times without a time zone. They are kept with offset +00:00, so the day and
//! the time read exactly as written; guessing this computer's zone could move an entry written
//! elsewhere to another day.

use chrono::{NaiveDate, NaiveDateTime, NaiveTime};

use super::json_entries::{self, Fields};
use super::shared::{as_written, clean_tags, trim_blank_lines, without_bom, year_problem};
use super::{Incoming, Parsed, Problem};
use crate::{Error, Result};

/// Reads jrnl's JSON export (`{"tags": …, "entries": [{"date", "time", "title", "body", …}]}`).
pub(super) fn parse_json(name: &str, bytes: &[u8]) -> Result<Parsed> {
    let mut parsed = Parsed::default();
    for (index, raw) in json_entries::entries(name, "a jrnl export", bytes)?.into_iter().enumerate() {
        match Fields::of(raw).and_then(|fields| json_entry(&fields)) {
            Ok(entry) => parsed.entries.push(entry),
            Err(message) => parsed.problems.push(Problem { place: format!("{name}, entry {}", index + 1), message }),
        }
    }
    Ok(parsed)
}

fn json_entry(fields: &Fields) -> Result<Incoming, String> {
    let date = fields.text("date")?.ok_or("`date` is missing, so its day is unknown.")?;
    let day = NaiveDate::parse_from_str(date, "%Y-%m-%d").map_err(|_| "`date` is not a day such as 2023-01-05.")?;
    let time = match fields.text("time")? {
        None => NaiveTime::MIN,
        Some(time) => {
            ["%H:%M", "%H:%M:%S"].iter().find_map(|format| NaiveTime::parse_from_str(time, format).ok()).ok_or("`time` is not a time such as 09:30.")?
        }
    };
    if let Some(why) = year_problem(day) {
        return Err(why);
    }
    let created = as_written(day.and_time(time));
    Ok(Incoming {
        // Only entries jrnl read from Day One have one.
        source_id: fields.text("uuid")?.map(str::to_owned),
        day,
        created,
        updated: created,
        title: fields.text("title")?.unwrap_or_default().trim().to_owned(),
        text: trim_blank_lines(fields.text("body")?.unwrap_or_default()).to_owned(),
        tags: clean_tags(fields.words("tags")?),
        feelings: Vec::new(),
        trust: None,
        starred: fields.flag("starred")?,
    })
}

/// Reads jrnl's own journal file: entries that each start on a line `[2023-01-05 09:30] Title`.
pub(super) fn parse_text(name: &str, bytes: &[u8]) -> Result<Parsed> {
    let export_first = "export it first with `jrnl --export json -o journal.json` and import that file";
    if bytes.trim_ascii_start().starts_with(b"gAAAAA") {
        return Err(Error::CannotImport(format!("{name} is encrypted by jrnl. To bring it in, {export_first}.")));
    }
    let text = std::str::from_utf8(bytes)
        .map_err(|_| Error::CannotImport(format!("{name} is not a text file. If it is a journal jrnl encrypted, {export_first}.")))?;
    let text = without_bom(text).replace("\r\n", "\n");
    let place = |line: usize| format!("{name}, line {line}");
    let mut parsed = Parsed::default();
    // Text before the first entry, as runs of consecutive lines, each named once.
    let mut stray = StrayText::default();
    let mut current: Option<Written<'_>> = None;
    for (index, line) in text.split('\n').enumerate() {
        let number = index + 1;
        match (kind_of(line), &mut current) {
            (Line::Start(time, title), _) => {
                stray.close(name, &mut parsed);
                finish(current.take(), &place, &mut parsed);
                current = Some(Written { line: number, time, lines: vec![title] });
            }
            (kind, Some(written)) => {
                if kind == Line::UnreadableStart {
                    parsed.problems.push(Problem {
                        place: place(number),
                        message: "This line starts like an entry, but its date is not one jrnl writes, such as [2023-01-05 09:30]. It was kept as part of the entry before it.".into(),
                    });
                }
                written.lines.push(line);
            }
            (_, None) if !line.trim().is_empty() => stray.add(number, name, &mut parsed),
            (_, None) => {}
        }
    }
    if current.is_none() && stray.found {
        return Err(Error::CannotImport(format!("{name} is not a jrnl journal: no line starts with a date in brackets, such as [2023-01-05 09:30].")));
    }
    finish(current, &place, &mut parsed);
    Ok(parsed)
}

/// Lines of text before the first entry: whether there were any, and the run being read.
#[derive(Default)]
struct StrayText {
    found: bool,
    run: Option<(usize, usize)>,
}

impl StrayText {
    /// Adds the line `number`, naming the run before it when this one does not continue it.
    fn add(&mut self, number: usize, name: &str, parsed: &mut Parsed) {
        self.found = true;
        match &mut self.run {
            Some((_, last)) if *last + 1 == number => *last = number,
            _ => {
                self.close(name, parsed);
                self.run = Some((number, number));
            }
        }
    }

    /// Names the run being read, if any.
    fn close(&mut self, name: &str, parsed: &mut Parsed) {
        let Some((first, last)) = self.run.take() else { return };
        parsed.problems.push(Problem {
            place: if first == last { format!("{name}, line {first}") } else { format!("{name}, lines {first}–{last}") },
            message: "This text comes before the first entry, which starts with a date in brackets such as [2023-01-05 09:30]. It was not imported.".into(),
        });
    }
}

/// The clock formats jrnl writes: its old default, its newer one, and their neighbours.
const TIME_FORMATS: [&str; 4] = ["%Y-%m-%d %H:%M", "%Y-%m-%d %H:%M:%S", "%Y-%m-%d %I:%M:%S %p", "%Y-%m-%d %I:%M %p"];

#[derive(Debug, PartialEq, Eq)]
enum Line<'a> {
    /// The first line of an entry: its time and what follows the date.
    Start(NaiveDateTime, &'a str),
    /// A bracketed date that is not a real one: most likely a mistyped entry start.
    UnreadableStart,
    Text,
}

fn kind_of(line: &str) -> Line<'_> {
    let Some((inside, after)) = line.strip_prefix('[').and_then(|rest| rest.split_once(']')) else {
        return Line::Text;
    };
    // jrnl writes "] " even before an empty title, but editors trim trailing spaces.
    let title = match after.strip_prefix(' ') {
        Some(title) => title,
        None if after.is_empty() => after,
        None => return Line::Text,
    };
    match TIME_FORMATS.iter().find_map(|format| NaiveDateTime::parse_from_str(inside, format).ok()) {
        Some(time) => Line::Start(time, title),
        None if looks_like_a_date(inside) => Line::UnreadableStart,
        // Anything else in brackets is text, such as a task list's "[x]".
        None => Line::Text,
    }
}

fn looks_like_a_date(text: &str) -> bool {
    let bytes = text.as_bytes();
    bytes.len() > 5 && bytes[..4].iter().all(u8::is_ascii_digit) && bytes[4] == b'-'
}

/// An entry's lines as they stand in the file, the first one without its date.
struct Written<'a> {
    line: usize,
    time: NaiveDateTime,
    lines: Vec<&'a str>,
}

fn finish(written: Option<Written<'_>>, place: &impl Fn(usize) -> String, parsed: &mut Parsed) {
    let Some(written) = written else { return };
    match text_entry(&written) {
        Ok(entry) => parsed.entries.push(entry),
        Err(message) => parsed.problems.push(Problem { place: place(written.line), message }),
    }
}

fn text_entry(written: &Written<'_>) -> Result<Incoming, String> {
    let day = written.time.date();
    if let Some(why) = year_problem(day) {
        return Err(why);
    }
    let (first, rest) = written.lines.split_first().map_or(("", &[][..]), |(first, rest)| (*first, rest));
    // jrnl marks a starred entry with " *" after its title.
    let first = first.trim_end();
    let unstarred = first.strip_suffix('*').filter(|title| title.is_empty() || title.ends_with([' ', '\t']));
    let starred = unstarred.is_some();
    let whole = std::iter::once(unstarred.unwrap_or(first)).chain(rest.iter().copied()).collect::<Vec<_>>().join("\n");
    let (title, body) = split_title(&whole);
    let created = as_written(written.time);
    Ok(Incoming {
        source_id: None,
        day,
        created,
        updated: created,
        title: title.to_owned(),
        text: trim_blank_lines(body).to_owned(),
        tags: clean_tags(tags_in(&whole)),
        feelings: Vec::new(),
        trust: None,
        starred,
    })
}

/// jrnl's split of an entry into title and body: the first line is the title when there is a
/// second; a single line is split after its first sentence. jrnl knows no abbreviations, so
/// "Coffee with Dr. Okafor." becomes the title "Coffee with Dr." just as jrnl shows it.
fn split_title(text: &str) -> (&str, &str) {
    let text = text.trim_start();
    let end = match text.find('\n') {
        Some(newline) => newline + 1,
        None => sentence_end(text).unwrap_or(text.len()),
    };
    (text[..end].trim(), &text[end..])
}

/// Ends of sentences that need a space after them, and those (of Chinese and Japanese) that
/// need none; jrnl's list.
const TERMINALS: [char; 12] = ['.', '!', '?', '\u{2026}', '\u{203C}', '\u{203D}', '\u{2047}', '\u{2048}', '\u{2049}', '\u{22EF}', '\u{FE52}', '\u{FE57}'];
const FULL_WIDTH_TERMINALS: [char; 5] = ['\u{FF01}', '\u{FF0E}', '\u{FF1F}', '\u{FF61}', '\u{3002}'];

/// Where the first sentence ends, spaces after it included: a terminal, an optional closing
/// quote, closing brackets, then at least one space.
fn sentence_end(text: &str) -> Option<usize> {
    text.char_indices().find_map(|(at, c)| {
        let after = &text[at + c.len_utf8()..];
        if FULL_WIDTH_TERMINALS.contains(&c) {
            return Some(text.len() - after.len());
        }
        if !TERMINALS.contains(&c) {
            return None;
        }
        let after = after.strip_prefix(['\'', '"', '\u{2019}', '\u{201D}']).unwrap_or(after);
        let after = after.trim_start_matches([']', ')']);
        let next = after.trim_start();
        (next.len() < after.len()).then(|| text.len() - next.len())
    })
}

/// Words that start with `@` or `#` after a space or at a line's start, as jrnl finds tags. A
/// Markdown heading's `# ` or `## ` is not one: a tag needs a letter or digit after its mark.
fn tags_in(text: &str) -> Vec<&str> {
    let is_tag_char = |c: char| c.is_alphanumeric() || matches!(c, '_' | '-' | '+' | '/');
    let mut tags = Vec::new();
    let mut after_space = true;
    for (at, c) in text.char_indices() {
        if after_space && (c == '@' || c == '#') {
            let rest = &text[at + 1..];
            let tag = &rest[..rest.find(|c: char| !is_tag_char(c)).unwrap_or(rest.len())];
            let tag = tag.trim_end_matches(['-', '+', '/']);
            if tag.chars().any(char::is_alphanumeric) {
                tags.push(tag);
            }
        }
        after_space = c.is_whitespace();
    }
    tags
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    const JOURNAL: &str = include_str!("../../../../tests/fixtures/jrnl/journal.txt");
    const EXPORT: &str = include_str!("../../../../tests/fixtures/jrnl/export.json");

    fn text_fixture() -> Parsed {
        parse_text("journal.txt", JOURNAL.as_bytes()).unwrap()
    }

    #[test]
    fn entries_start_at_bracketed_dates_in_both_of_jrnls_formats() {
        let parsed = text_fixture();
        let times: Vec<String> = parsed.entries.iter().map(|e| e.created.to_rfc3339()).collect();
        assert_eq!(times, ["2023-01-05T09:30:00+00:00", "2023-01-06T19:45:10+00:00", "2023-01-07T08:15:00+00:00", "2023-01-08T12:00:00+00:00"]);
        assert_eq!(parsed.entries[1].day, NaiveDate::from_ymd_opt(2023, 1, 6).unwrap());
        assert!(parsed.entries.iter().all(|e| e.source_id.is_none() && e.updated == e.created));
    }

    #[test]
    fn the_first_line_is_the_title_and_tabs_and_unicode_are_kept() {
        let parsed = text_fixture();
        let morning = &parsed.entries[0];
        assert_eq!(morning.title, "Morning pages. @work");
        assert_eq!(
            morning.text,
            "Wrote for twenty minutes before the house woke up.\n\tAn indented line, kept with its tab.\nPlanning the week with #family and @Work again.\n[x] a task list line stays in the text"
        );
        assert_eq!(morning.tags, ["work", "family"]);
        let walk = &parsed.entries[1];
        assert_eq!(walk.title, "A walk by the river");
        assert!(walk.starred && !morning.starred);
        assert!(walk.text.starts_with("The light was soft. Unicode stays as written: naïve, Zürich, 東京, ✓.\n\n## Notes"));
        // The heading is no tag, and the mistyped entry start stays in the text.
        assert!(walk.tags.is_empty());
        assert!(walk.text.ends_with("[2023-13-45 10:00] This line looks like an entry, but its month is 13."));
    }

    #[test]
    fn a_single_line_is_split_after_its_first_sentence_as_jrnl_does() {
        let parsed = text_fixture();
        assert_eq!((parsed.entries[2].title.as_str(), parsed.entries[2].text.as_str()), ("Coffee with Dr.", "Okafor at the corner café."));
        // With no title after the date, the next line is the title.
        assert_eq!((parsed.entries[3].title.as_str(), parsed.entries[3].text.as_str()), ("Lunch outside.", "The #garden is waking up."));
        assert_eq!(parsed.entries[3].tags, ["garden"]);
    }

    #[test]
    fn problems_name_their_lines() {
        let problems: Vec<(String, String)> = text_fixture().problems.into_list().into_iter().map(|p| (p.place, p.message)).collect();
        assert_eq!(problems[0].0, "journal.txt, lines 1–2");
        assert!(problems[0].1.contains("before the first entry"));
        assert_eq!(problems[1].0, "journal.txt, line 15");
        assert!(problems[1].1.contains("kept as part of the entry before it"));
        assert_eq!(problems[2].0, "journal.txt, line 18");
        assert!(problems[2].1.contains("1066"));
        assert_eq!(problems.len(), 3);
    }

    #[test]
    fn sentences_end_as_jrnl_ends_them() {
        assert_eq!(split_title("Wait... what now?  Yes."), ("Wait...", "what now?  Yes."));
        assert_eq!(split_title("He said \"done.\" Then left."), ("He said \"done.\"", "Then left."));
        assert_eq!(split_title("(A note.) More"), ("(A note.)", "More"));
        assert_eq!(split_title("Version 1.2 is out"), ("Version 1.2 is out", ""));
        assert_eq!(split_title("今日は晴れ。散歩した"), ("今日は晴れ。", "散歩した"));
        assert_eq!(split_title("Mr. Smith called. Twice."), ("Mr.", "Smith called. Twice."));
        assert_eq!(split_title("  First line. Still title\nBody"), ("First line. Still title", "Body"));
    }

    #[test]
    fn tags_are_words_after_a_mark() {
        assert_eq!(tags_in("# Heading\n## Sub\n#tag and @name, mail a@b.c (@not) @x-ray- #1 @"), ["tag", "name", "x-ray", "1"]);
    }

    #[test]
    fn a_star_needs_its_space() {
        let time = NaiveDate::from_ymd_opt(2023, 1, 5).unwrap().and_hms_opt(9, 30, 0).unwrap();
        let written = |first| Written { line: 1, time, lines: vec![first] };
        assert!(text_entry(&written("Walk *")).unwrap().starred);
        assert!(text_entry(&written("*")).unwrap().starred);
        assert!(!text_entry(&written("A *bold*")).unwrap().starred);
        assert_eq!(text_entry(&written("A *bold*")).unwrap().title, "A *bold*");
    }

    #[test]
    fn encrypted_or_foreign_files_are_refused_with_a_way_forward() {
        let message = |bytes: &[u8]| parse_text("journal.txt", bytes).unwrap_err().to_string();
        assert!(message(b"gAAAAABkx0sample-token==").contains("jrnl --export json"));
        assert!(message(b"\x00\x9f\x92\x96binary").contains("jrnl --export json"));
        assert!(message(b"Just some notes\nwith no dates").contains("no line starts with a date"));
        assert_eq!(parse_text("journal.txt", b"\n\n").unwrap(), Parsed::default());
    }

    #[test]
    fn windows_line_endings_and_a_byte_order_mark_are_read() {
        let parsed = parse_text("journal.txt", "\u{FEFF}[2023-01-05 09:30] Title\r\nBody\r\n".as_bytes()).unwrap();
        assert_eq!((parsed.entries[0].title.as_str(), parsed.entries[0].text.as_str()), ("Title", "Body"));
    }

    #[test]
    fn the_json_export_is_read() {
        let parsed = parse_json("export.json", EXPORT.as_bytes()).unwrap();
        assert_eq!(parsed.entries.len(), 3);
        let morning = &parsed.entries[0];
        assert_eq!(morning.title, "Morning pages.");
        assert_eq!(morning.text, "Wrote for twenty minutes.\n\tIndented with a tab.");
        assert_eq!(morning.tags, ["work", "family"]);
        assert_eq!(morning.created.to_rfc3339(), "2023-01-05T09:30:00+00:00");
        assert!(parsed.entries[1].starred);
        assert!(parsed.entries[1].text.contains("東京"));
        assert_eq!(parsed.entries[2].source_id.as_deref(), Some("ABCDEF0123456789ABCDEF0123456789"));
        let problems = parsed.problems.into_list();
        let problems: Vec<(&str, &str)> = problems.iter().map(|p| (p.place.as_str(), p.message.as_str())).collect();
        assert_eq!(
            problems,
            [("export.json, entry 3", "`date` is missing, so its day is unknown."), ("export.json, entry 4", "`starred` should be true or false.")]
        );
    }

    proptest! {
        #[test]
        fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..512)) {
            let _ = parse_text("journal.txt", &bytes);
            let _ = parse_json("export.json", &bytes);
        }

        #[test]
        fn arbitrary_journals_never_panic(
            text in "((\\[20[0-9]{2}-[01][0-9]-[0-3][0-9] [0-2][0-9]:[0-5][0-9](:[0-5][0-9] [AP]M)?\\]( |\\n))|\\PC|\\n|[#@.!?*)\"。\\t ])*",
        ) {
            if let Ok(parsed) = parse_text("journal.txt", text.as_bytes()) {
                for entry in &parsed.entries {
                    prop_assert_eq!(entry.title.trim(), entry.title.as_str());
                    prop_assert!(entry.tags.iter().all(|tag| !tag.starts_with(['#', '@'])));
                }
            }
        }
    }
}
