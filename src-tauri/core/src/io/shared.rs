//! What the readers of other journals have in common: how much they read, the years a day may
//! fall in, tags, headings and the blank edges of a text.

use std::collections::HashSet;
use std::io::Read;

use chrono::{DateTime, Datelike, FixedOffset, NaiveDate, NaiveDateTime};

use super::MAX_IMPORT_BYTES;
use crate::model::YEARS;
use crate::Error;

/// The refusal for a zip or folder holding more text than [`MAX_IMPORT_BYTES`].
pub(super) fn too_large(what: &str) -> Error {
    Error::CannotImport(format!(
        "{what} holds more than {} MB of text, more than Kintsugi reads at once. Split it and import the parts one by one.",
        MAX_IMPORT_BYTES / (1024 * 1024)
    ))
}

/// Everything `reader` holds, or `None` when that is more than `limit` bytes, whatever size a
/// header claimed.
pub(super) fn read_at_most(reader: impl Read, limit: u64) -> std::io::Result<Option<Vec<u8>>> {
    let mut bytes = Vec::new();
    reader.take(limit.saturating_add(1)).read_to_end(&mut bytes)?;
    Ok((bytes.len() as u64 <= limit).then_some(bytes))
}

/// The text of a file, without the byte-order mark some editors write first.
pub(super) fn without_bom(text: &str) -> &str {
    text.strip_prefix('\u{FEFF}').unwrap_or(text)
}

/// Why an entry on `day` cannot be imported, when its year is out of range. Such dates are
/// almost always a slip of the keyboard or a clock that was never set.
pub(super) fn year_problem(day: NaiveDate) -> Option<String> {
    let year = day.year();
    (!YEARS.contains(&year)).then(|| {
        format!("It is dated in the year {year}; Kintsugi keeps days from {} to {}. Correct its date and import it again.", YEARS.start(), YEARS.end())
    })
}

/// A time read without a UTC offset, kept with offset +00:00 so its clock time stays as written.
pub(super) fn as_written(time: NaiveDateTime) -> DateTime<FixedOffset> {
    time.and_utc().fixed_offset()
}

/// Tags without their leading `#` or `@`, trimmed, each once whatever its case (the first
/// spelling wins).
pub(super) fn clean_tags<S: AsRef<str>>(raw: impl IntoIterator<Item = S>) -> Vec<String> {
    let mut kept: Vec<String> = Vec::new();
    // Each tag's spelling in lower case, so a file with thousands of tags is read in one pass.
    let mut seen: HashSet<String> = HashSet::new();
    for tag in raw {
        let tag = tag.as_ref().trim().trim_start_matches(['#', '@']).trim();
        if !tag.is_empty() && seen.insert(tag.to_lowercase()) {
            kept.push(tag.to_owned());
        }
    }
    kept
}

/// The level and text of a Markdown ATX heading (`# Title`, up to six `#`, up to three spaces
/// before), or `None` when the line is not one.
pub(super) fn heading(line: &str) -> Option<(usize, &str)> {
    let indent = line.len() - line.trim_start_matches(' ').len();
    if indent > 3 {
        return None;
    }
    let marks = &line[indent..];
    let level = marks.len() - marks.trim_start_matches('#').len();
    let rest = &marks[level..];
    if !(1..=6).contains(&level) || !(rest.is_empty() || rest.starts_with([' ', '\t'])) {
        return None;
    }
    let text = rest.trim();
    // A closing run of `#` belongs to the heading's markup when a space sets it apart.
    let unclosed = text.trim_end_matches('#');
    let text = if unclosed.is_empty() || unclosed.ends_with([' ', '\t']) { unclosed.trim_end() } else { text };
    Some((level, text))
}

/// The first line that is not blank and everything after it.
pub(super) fn first_line_and_rest(text: &str) -> Option<(&str, &str)> {
    let start = text.len() - skip_blank_lines(text).len();
    let text = &text[start..];
    if text.is_empty() {
        return None;
    }
    Some(text.split_once('\n').unwrap_or((text, "")))
}

/// `text` without its leading blank lines and trailing whitespace; the indentation of its first
/// written line is kept.
pub(super) fn trim_blank_lines(text: &str) -> &str {
    skip_blank_lines(text).trim_end()
}

fn skip_blank_lines(text: &str) -> &str {
    let mut rest = text;
    while let Some((line, after)) = rest.split_once('\n') {
        if !line.trim().is_empty() {
            break;
        }
        rest = after;
    }
    if rest.trim().is_empty() {
        ""
    } else {
        rest
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_lose_their_marks_and_repeats() {
        assert_eq!(clean_tags(["@work", "#Home", " home ", "#", "", "Work", "road trip"]), ["work", "Home", "road trip"]);
    }

    #[test]
    fn headings_are_recognised_as_commonmark_does() {
        assert_eq!(heading("# A calm day"), Some((1, "A calm day")));
        assert_eq!(heading("###   Evening  ##"), Some((3, "Evening")));
        assert_eq!(heading("  ## C# notes"), Some((2, "C# notes")));
        assert_eq!(heading("#"), Some((1, "")));
        assert_eq!(heading("#hashtag"), None);
        assert_eq!(heading("####### seven"), None);
        assert_eq!(heading("    # code"), None);
    }

    #[test]
    fn blank_edges_are_trimmed_but_indentation_is_kept() {
        assert_eq!(trim_blank_lines("\n  \n\tIndented\n\nText.  \n\n"), "\tIndented\n\nText.");
        assert_eq!(trim_blank_lines(" \n \t"), "");
        assert_eq!(first_line_and_rest("\n\n# Title\nBody"), Some(("# Title", "Body")));
        assert_eq!(first_line_and_rest("Only"), Some(("Only", "")));
        assert_eq!(first_line_and_rest("  \n"), None);
    }

    #[test]
    fn years_outside_the_range_are_named() {
        let day = |year| NaiveDate::from_ymd_opt(year, 10, 14).unwrap();
        assert!(year_problem(day(1066)).unwrap().contains("1066"));
        assert_eq!(year_problem(day(1900)), None);
        assert_eq!(year_problem(day(2023)), None);
    }

    #[test]
    fn reading_stops_past_the_limit() {
        assert_eq!(read_at_most(&b"abc"[..], 3).unwrap().unwrap(), b"abc");
        assert_eq!(read_at_most(&b"abcd"[..], 3).unwrap(), None);
    }
}
