//! Day One's JSON export (`{"metadata": …, "entries": […]}`), bare or inside the zip Day One
//! writes with one JSON file per journal and the photos and recordings in folders beside them.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::io::{Read, Seek};

use chrono::{DateTime, FixedOffset};
use chrono_tz::Tz;
use zip::ZipArchive;

use super::json_entries::{self, Fields};
use super::shared::{clean_tags, first_line_and_rest, heading, read_at_most, too_large, trim_blank_lines, year_problem};
use super::{Dropped, Incoming, Parsed, Problem, LISTED_AT_MOST, MAX_IMPORT_BYTES};
use crate::{Error, Result};

/// Reads every journal in a Day One export zip: each top-level `.json` file is one journal.
pub(super) fn parse_zip(zip_name: &str, reader: impl Read + Seek) -> Result<Parsed> {
    parse_zip_within(zip_name, reader, MAX_IMPORT_BYTES)
}

/// [`parse_zip`], reading at most `budget` bytes of JSON in all.
fn parse_zip_within(zip_name: &str, reader: impl Read + Seek, mut budget: u64) -> Result<Parsed> {
    let damaged =
        || Error::CannotImport(format!("{zip_name} is not a complete zip file; it may have been cut short while copying. Export it again from Day One."));
    let mut archive = ZipArchive::new(reader).map_err(|_| damaged())?;
    let mut journals = Vec::new();
    for index in 0..archive.len() {
        let file = archive.by_index_raw(index).map_err(|_| damaged())?;
        let name = file.name().map_err(|_| damaged())?;
        if is_journal_file(&name) && !file.is_dir() {
            journals.push((name.into_owned(), index));
        }
    }
    if journals.is_empty() {
        return Err(Error::CannotImport(format!(
            "{zip_name} holds no Day One journal: there is no .json file at its top level. Export again from Day One and choose JSON."
        )));
    }
    journals.sort();
    let mut reading = Reading::default();
    for (name, index) in journals {
        let file = archive.by_index(index).map_err(|_| damaged())?;
        // The size in the zip is only a claim; `read_at_most` holds to the budget regardless.
        if file.size() > budget {
            return Err(too_large(zip_name));
        }
        let bytes = read_at_most(file, budget)
            .map_err(|err| {
                Error::CannotImport(format!("{name} in {zip_name} could not be read ({err}); the zip may be damaged. Export it again from Day One."))
            })?
            .ok_or_else(|| too_large(zip_name))?;
        budget -= bytes.len() as u64;
        reading.journal(&name, &bytes)?;
    }
    Ok(reading.finish())
}

/// Reads one journal of a Day One export, as JSON bytes.
pub(super) fn parse_json(name: &str, bytes: &[u8]) -> Result<Parsed> {
    let mut reading = Reading::default();
    reading.journal(name, bytes)?;
    Ok(reading.finish())
}

/// A journal's JSON at the top of the zip; macOS's `._` shadow files are not journals.
fn is_journal_file(name: &str) -> bool {
    !name.contains(['/', '\\']) && !name.starts_with("._") && name.to_lowercase().ends_with(".json")
}

/// The entries, problems and left-behind attachments of every journal read so far.
#[derive(Default)]
struct Reading {
    parsed: Parsed,
    left_behind: BTreeMap<Kind, (u32, Vec<String>)>,
}

impl Reading {
    fn journal(&mut self, name: &str, bytes: &[u8]) -> Result<()> {
        for (index, raw) in json_entries::entries(name, "a Day One export", bytes)?.into_iter().enumerate() {
            let place = format!("{name}, entry {}", index + 1);
            match Fields::of(raw).and_then(|fields| entry(&fields)) {
                Ok(found) => {
                    if !found.zone_known {
                        self.parsed.problems.push(Problem {
                            place,
                            message: "Its time zone is missing or unknown, so its day was taken in UTC and may be one off. Check its day after importing."
                                .into(),
                        });
                    }
                    for (kind, name) in found.left_behind {
                        let (count, names) = self.left_behind.entry(kind).or_default();
                        *count += 1;
                        if !name.is_empty() && names.len() < LISTED_AT_MOST {
                            names.push(name);
                        }
                    }
                    self.parsed.entries.push(found.incoming);
                }
                Err(message) => self.parsed.problems.push(Problem { place, message }),
            }
        }
        Ok(())
    }

    fn finish(mut self) -> Parsed {
        self.parsed.dropped = self.left_behind.into_iter().map(|(kind, (count, names))| Dropped { kind: kind.noun().into(), count, names }).collect();
        self.parsed
    }
}

/// What Day One can hold in an entry that Kintsugi has no place for, in the order listed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Kind {
    Photo,
    Audio,
    Video,
    Pdf,
    Other,
}

impl Kind {
    /// The kind and id of a `dayone-moment:` link, from what follows that scheme.
    fn of_moment(target: &str) -> (Self, &str) {
        let kinds = [("//", Self::Photo), ("/audio/", Self::Audio), ("/video/", Self::Video), ("/pdfattachment/", Self::Pdf)];
        kinds.into_iter().find_map(|(prefix, kind)| target.strip_prefix(prefix).map(|id| (kind, id))).unwrap_or((Self::Other, target.trim_start_matches('/')))
    }

    /// The entry field that lists attachments of this kind.
    fn list(self) -> Option<&'static str> {
        match self {
            Self::Photo => Some("photos"),
            Self::Audio => Some("audios"),
            Self::Video => Some("videos"),
            Self::Pdf => Some("pdfAttachments"),
            Self::Other => None,
        }
    }

    fn noun(self) -> &'static str {
        match self {
            Self::Photo => "photo",
            Self::Audio => "audio recording",
            Self::Video => "video",
            Self::Pdf => "PDF",
            Self::Other => "attachment",
        }
    }

    /// What the text says where the attachment was, so the entry still reads as written.
    fn note(self) -> &'static str {
        match self {
            Self::Photo => "*(A photo was here in Day One.)*",
            Self::Audio => "*(An audio recording was here in Day One.)*",
            Self::Video => "*(A video was here in Day One.)*",
            Self::Pdf => "*(A PDF was here in Day One.)*",
            Self::Other => "*(An attachment was here in Day One.)*",
        }
    }
}

const ALL_KINDS: [Kind; 5] = [Kind::Photo, Kind::Audio, Kind::Video, Kind::Pdf, Kind::Other];

/// One entry read, with what it leaves behind.
struct Found {
    incoming: Incoming,
    /// False when the day was taken in UTC for want of a known time zone.
    zone_known: bool,
    left_behind: Vec<(Kind, String)>,
}

fn entry(fields: &Fields) -> Result<Found, String> {
    let source_id = fields.text("uuid")?.map(str::to_owned);
    let created = fields.text("creationDate")?.ok_or("`creationDate` is missing, so its day is unknown.")?;
    let created = DateTime::parse_from_rfc3339(created).map_err(|_| "`creationDate` is not a date and time such as 2023-04-01T23:30:00Z.")?;
    // Day One writes times in UTC and the writer's zone beside them; the day is the day there.
    let zone: Option<Tz> = fields.text("timeZone").ok().flatten().and_then(|name| name.parse().ok());
    let in_zone = |time: DateTime<FixedOffset>| time.with_timezone(&zone.unwrap_or(Tz::UTC)).fixed_offset();
    let created = in_zone(created);
    let day = created.date_naive();
    if let Some(why) = year_problem(day) {
        return Err(why);
    }
    // Only orders edits: an unreadable one is no reason to leave the entry behind.
    let updated = fields.text("modifiedDate").ok().flatten().and_then(|time| DateTime::parse_from_rfc3339(time).ok()).map_or(created, in_zone);
    let written = fields.text("text")?.unwrap_or_default().replace('\u{FFFC}', "");
    let mut moments = Vec::new();
    let written = replace_moments(&written, &mut moments);
    let (title, text) = split_title(&written);
    Ok(Found {
        incoming: Incoming {
            source_id,
            day,
            created,
            updated,
            title,
            text,
            tags: clean_tags(fields.words("tags")?),
            feelings: Vec::new(),
            trust: None,
            starred: fields.flag("starred")?,
        },
        zone_known: zone.is_some(),
        left_behind: left_behind(fields, moments),
    })
}

/// The link Day One puts where an attachment sits in the text.
const MOMENT_LINK: &str = "![](dayone-moment:";
/// Longer than any attachment id Day One writes (32 hexadecimal digits); bounds the search for
/// a link's end so that a text full of broken links is still read in one pass.
const MAX_MOMENT_TARGET: usize = 128;

/// The text with each attachment link replaced by a note saying what was there; the kinds and
/// ids of the links are added to `moments`.
fn replace_moments<'a>(text: &'a str, moments: &mut Vec<(Kind, &'a str)>) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(start) = rest.find(MOMENT_LINK) {
        out.push_str(&rest[..start]);
        let link = &rest[start + MOMENT_LINK.len()..];
        let end = link.char_indices().take(MAX_MOMENT_TARGET).find(|&(_, c)| c == ')' || c.is_whitespace()).filter(|&(_, c)| c == ')');
        match end {
            Some((end, _)) => {
                let (kind, id) = Kind::of_moment(&link[..end]);
                out.push_str(kind.note());
                moments.push((kind, id));
                rest = &link[end + 1..];
            }
            None => {
                out.push_str(MOMENT_LINK);
                rest = link;
            }
        }
    }
    out.push_str(rest);
    out
}

/// Everything the entry held that stays behind, named by its file in the zip when the entry
/// lists it, else by its id: the linked attachments first, then those listed but not linked.
fn left_behind(fields: &Fields, moments: Vec<(Kind, &str)>) -> Vec<(Kind, String)> {
    let mut listed: Vec<(Kind, &str, String)> = ALL_KINDS
        .into_iter()
        .filter_map(|kind| kind.list().map(|list| (kind, list)))
        .flat_map(|(kind, list)| {
            fields.objects(list).map(move |attachment| {
                let id = attachment.get("identifier").and_then(|id| id.as_str()).unwrap_or_default();
                let md5 = attachment.get("md5").and_then(|md5| md5.as_str()).filter(|md5| !md5.is_empty());
                let extension = ["type", "format"].iter().find_map(|key| attachment.get(*key).and_then(|e| e.as_str()));
                let name = match (md5, extension) {
                    (Some(md5), Some(extension)) => format!("{md5}.{extension}"),
                    (Some(md5), None) => md5.to_owned(),
                    (None, _) => id.to_owned(),
                };
                (kind, id, name)
            })
        })
        .collect();
    // Looked up by id rather than searched, so that an entry with thousands of links and
    // attachments is read in one pass, not one pass per link.
    let mut first_listed: HashMap<&str, usize> = HashMap::new();
    for (at, (_, id, _)) in listed.iter().enumerate().rev() {
        if !id.is_empty() {
            first_listed.insert(id, at);
        }
    }
    let mut taken = vec![false; listed.len()];
    let mut found: Vec<(Kind, String)> = Vec::new();
    let mut seen: HashSet<&str> = HashSet::new();
    for (kind, id) in moments {
        if !id.is_empty() && !seen.insert(id) {
            continue;
        }
        match first_listed.get(id) {
            Some(&at) => {
                taken[at] = true;
                found.push((kind, std::mem::take(&mut listed[at].2)));
            }
            None => found.push((kind, id.to_owned())),
        }
    }
    found.extend(listed.into_iter().zip(taken).filter(|(_, taken)| !taken).map(|((kind, _, name), _)| (kind, name)));
    found
}

/// The title and the text: a first line that is a heading is the title, with Day One's
/// backslash escapes undone; any other first line stays in the text.
fn split_title(written: &str) -> (String, String) {
    if let Some((first, rest)) = first_line_and_rest(written) {
        if let Some((_, title)) = heading(first) {
            return (unescape(title), trim_blank_lines(rest).to_owned());
        }
    }
    (String::new(), trim_blank_lines(written).to_owned())
}

/// Day One escapes Markdown's punctuation (`\.`, `\-`, `\!`); a title is plain text.
fn unescape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match chars.peek() {
            Some(&next) if c == '\\' && next.is_ascii_punctuation() => {
                out.push(next);
                chars.next();
            }
            _ => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;
    use proptest::prelude::*;
    use std::io::{Cursor, Write};
    use zip::write::SimpleFileOptions;

    const JOURNAL: &str = include_str!("../../../../tests/fixtures/dayone/Journal.json");

    fn day(text: &str) -> NaiveDate {
        text.parse().unwrap()
    }

    fn zip_of(files: &[(&str, &[u8])]) -> Vec<u8> {
        let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
        let options = SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
        for (name, bytes) in files {
            zip.start_file(*name, options).unwrap();
            zip.write_all(bytes).unwrap();
        }
        zip.finish().unwrap().into_inner()
    }

    fn fixture() -> Parsed {
        parse_json("Journal.json", JOURNAL.as_bytes()).unwrap()
    }

    #[test]
    fn the_day_is_the_day_where_it_was_written() {
        let parsed = fixture();
        let evening = &parsed.entries[0];
        assert_eq!(evening.source_id.as_deref(), Some("4F1C2A9B8E7D4C3B9A1F0E2D3C4B5A69"));
        // 03:30 UTC on the 2nd is 23:30 on the 1st in New York.
        assert_eq!(evening.day, day("2023-04-01"));
        assert_eq!(evening.created.to_rfc3339(), "2023-04-01T23:30:00-04:00");
        assert_eq!(evening.updated.to_rfc3339(), "2023-04-02T08:15:00-04:00");
        // And 23:30 UTC on the 1st is already the 2nd in Tokyo.
        assert_eq!(parsed.entries[1].day, day("2023-04-02"));
        assert_eq!(parsed.entries[1].created.offset().local_minus_utc(), 9 * 3600);
    }

    #[test]
    fn a_heading_becomes_the_title_and_the_markdown_is_kept() {
        let evening = &fixture().entries[0];
        assert_eq!(evening.title, "A quiet evening. Finally!");
        assert!(evening.text.starts_with("We walked to the park\\. The air was mild\\."), "{}", evening.text);
        assert!(!evening.text.contains('\u{FFFC}'));
        assert_eq!(evening.tags, ["walks", "Evening"]);
        assert!(evening.starred);
    }

    #[test]
    fn without_a_heading_there_is_no_title() {
        let morning = &fixture().entries[1];
        assert_eq!(morning.title, "");
        assert!(morning.text.starts_with("Tea on the balcony"));
        assert!(!morning.starred);
    }

    #[test]
    fn attachments_are_replaced_by_a_note_and_counted() {
        let parsed = fixture();
        let evening = &parsed.entries[0];
        assert!(evening.text.contains("*(A photo was here in Day One.)*"));
        assert!(evening.text.contains("*(An audio recording was here in Day One.)*"));
        assert!(!evening.text.contains("dayone-moment"));
        let photos = &parsed.dropped[0];
        assert_eq!((photos.kind.as_str(), photos.count), ("photo", 2));
        // Linked and listed: its file in the zip; listed only: also counted.
        assert_eq!(photos.names, ["5d41402abc4b2a76b9719d911017c592.jpeg", "7d793037a0760186574b0282f2f435e7.png"]);
        let audio = &parsed.dropped[1];
        assert_eq!((audio.kind.as_str(), audio.count), ("audio recording", 1));
        assert_eq!(audio.names, ["C0FFEE00C0FFEE00C0FFEE00C0FFEE00"]);
    }

    #[test]
    fn a_bad_entry_is_named_and_the_rest_imports() {
        let parsed = fixture();
        assert_eq!(parsed.entries.len(), 3);
        let problems = parsed.problems.into_list();
        let places: Vec<(&str, &str)> = problems.iter().map(|p| (p.place.as_str(), p.message.as_str())).collect();
        assert_eq!(places[0].0, "Journal.json, entry 3");
        assert!(places[0].1.contains("`creationDate` is missing"));
        assert_eq!(places[1].0, "Journal.json, entry 4");
        assert!(places[1].1.contains("`tags` should be a list"));
        assert_eq!(places[2].0, "Journal.json, entry 5");
        assert!(places[2].1.contains("1066"));
        // Entry 6 imports in UTC and says so.
        assert_eq!(places[3].0, "Journal.json, entry 6");
        assert!(places[3].1.contains("time zone"));
        assert_eq!(parsed.entries[2].day, day("2023-04-03"));
        assert_eq!(parsed.entries[2].created.offset().local_minus_utc(), 0);
        assert_eq!(places.len(), 4);
    }

    #[test]
    fn moments_of_every_kind_are_recognised() {
        let mut moments = Vec::new();
        let text = "a ![](dayone-moment://P1) b ![](dayone-moment:/video/V1)\n![](dayone-moment:/pdfattachment/D1) ![](dayone-moment:/sketch/S1)";
        let out = replace_moments(text, &mut moments);
        assert_eq!(moments, [(Kind::Photo, "P1"), (Kind::Video, "V1"), (Kind::Pdf, "D1"), (Kind::Other, "sketch/S1")]);
        assert_eq!(
            out,
            "a *(A photo was here in Day One.)* b *(A video was here in Day One.)*\n*(A PDF was here in Day One.)* *(An attachment was here in Day One.)*"
        );
    }

    #[test]
    fn broken_moment_links_stay_as_written() {
        let mut moments = Vec::new();
        let text = "![](dayone-moment://never closed and ![](dayone-moment://A1)";
        assert_eq!(replace_moments(text, &mut moments), "![](dayone-moment://never closed and *(A photo was here in Day One.)*");
        assert_eq!(moments, [(Kind::Photo, "A1")]);
    }

    #[test]
    fn titles_lose_their_escapes_but_keep_real_backslashes() {
        assert_eq!(unescape(r"Plans for 2023\-04\-01\! \(maybe\)"), "Plans for 2023-04-01! (maybe)");
        assert_eq!(unescape(r"C:\Users\ and \\"), r"C:\Users\ and \");
    }

    #[test]
    fn a_zip_is_read_beside_its_photos() {
        let zip = zip_of(&[
            ("photos/5d41402abc4b2a76b9719d911017c592.jpeg", b"not really a photo"),
            ("__MACOSX/._Journal.json", b"\0\0"),
            ("Journal.json", JOURNAL.as_bytes()),
        ]);
        let parsed = parse_zip("export.zip", Cursor::new(zip)).unwrap();
        assert_eq!(parsed, fixture());
    }

    #[test]
    fn every_journal_in_a_zip_is_read() {
        let travel = r#"{"metadata": {}, "entries": [{"uuid": "T1", "creationDate": "2022-08-10T10:00:00Z", "timeZone": "Europe/Lisbon", "text": "Ferry."}]}"#;
        let zip = zip_of(&[("Journal.json", JOURNAL.as_bytes()), ("Travel.json", travel.as_bytes())]);
        let parsed = parse_zip("export.zip", Cursor::new(zip)).unwrap();
        assert_eq!(parsed.entries.len(), 4);
        assert_eq!(parsed.entries[3].source_id.as_deref(), Some("T1"));
        assert_eq!(parsed.entries[3].created.to_rfc3339(), "2022-08-10T11:00:00+01:00");
    }

    #[test]
    fn a_broken_zip_is_refused_whole() {
        let zip = zip_of(&[("Journal.json", JOURNAL.as_bytes())]);
        let cut = &zip[..zip.len() / 2];
        let message = parse_zip("export.zip", Cursor::new(cut)).unwrap_err().to_string();
        assert!(message.contains("export.zip is not a complete zip file"), "{message}");
        let empty = zip_of(&[("photos/a.jpeg", b"x")]);
        let message = parse_zip("export.zip", Cursor::new(empty)).unwrap_err().to_string();
        assert!(message.contains("no .json file"), "{message}");
        let not_utf8 = zip_of(&[("Journal.json", b"\xff\xfe{")]);
        let message = parse_zip("export.zip", Cursor::new(not_utf8)).unwrap_err().to_string();
        assert!(message.contains("Journal.json is not a Day One export: it is not UTF-8 text"), "{message}");
    }

    #[test]
    fn a_zip_that_expands_past_the_limit_is_refused() {
        let mut json = JOURNAL.to_owned();
        json.push_str(&" ".repeat(4096));
        let zip = zip_of(&[("Journal.json", json.as_bytes())]);
        let message = parse_zip_within("export.zip", Cursor::new(&zip), 4096).unwrap_err().to_string();
        assert!(message.contains("export.zip holds more than"), "{message}");
        assert!(parse_zip_within("export.zip", Cursor::new(&zip), 64 * 1024).is_ok());
    }

    #[test]
    fn a_zip_that_understates_its_size_is_still_held_to_the_limit() {
        let mut json = JOURNAL.to_owned();
        json.push_str(&" ".repeat(4096));
        let mut zip = zip_of(&[("Journal.json", json.as_bytes())]);
        // Claim 100 bytes uncompressed, in the local header (offset 22) and the central one (24).
        for (signature, offset) in [(b"PK\x03\x04", 22), (b"PK\x01\x02", 24)] {
            let at = zip.windows(4).position(|w| w == signature).unwrap() + offset;
            zip[at..at + 4].copy_from_slice(&100u32.to_le_bytes());
        }
        // Whether the zip reader stops at the claim or the budget stops it, nothing past the
        // budget is ever held, and a truncated journal is not taken for a whole one.
        assert!(parse_zip_within("export.zip", Cursor::new(&zip), 4096).is_err());
    }

    proptest! {
        #[test]
        fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..512)) {
            let _ = parse_json("Journal.json", &bytes);
            let _ = parse_zip("export.zip", Cursor::new(bytes));
        }

        #[test]
        fn arbitrary_entries_never_panic(
            text in "(\\PC|!\\[\\]\\(dayone-moment:(//|/audio/)?|\\)|\\n|#|\\\\)*",
            date in "(20[0-9]{2}|0001)-[01][0-9]-[0-3][0-9]T[0-2][0-9]:[0-5][0-9]:[0-5][0-9](Z|[+-]1[0-4]:00)",
            zone in "(America/New_York|Asia/Tokyo|Nowhere/Else|)",
        ) {
            let json = serde_json::json!({"entries": [{"creationDate": date, "timeZone": zone, "text": text}]});
            let parsed = parse_json("Journal.json", json.to_string().as_bytes()).unwrap();
            prop_assert!(!(parsed.entries.is_empty() && parsed.problems.is_empty()));
            for entry in &parsed.entries {
                prop_assert!(!entry.text.contains('\u{FFFC}'), "U+FFFC left in the text");
            }
        }
    }
}
