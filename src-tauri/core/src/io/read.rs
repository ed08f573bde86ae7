//! Telling which journal a file or folder holds, and handing it to its reader.

use std::fs;
use std::io::Read;
use std::path::Path;

use serde::de::IgnoredAny;
use serde::Deserialize;

use super::{dayone, jrnl, kintsugi, markdown, read_bounded, ImportFormat, Parsed};
use crate::model::Record;
use crate::{Error, Result};

/// What a file or folder holds.
pub(crate) enum Contents {
    /// Entries of another journal, read as `ImportFormat`.
    Entries(ImportFormat, Parsed),
    /// Records of every kind, from Kintsugi's own export.
    Records(Vec<Record>),
}

/// Reads the file or folder at `path`: a folder is Markdown, a zip is Day One's, JSON is told
/// by its fields, and any other file is a jrnl journal.
pub(crate) fn read(path: &Path) -> Result<Contents> {
    let name = path.file_name().map_or_else(|| path.display().to_string(), |name| name.to_string_lossy().into_owned());
    let cannot_open = |err: std::io::Error| Error::CannotImport(format!("{name} could not be opened ({err})."));
    if fs::metadata(path).map_err(cannot_open)?.is_dir() {
        return Ok(Contents::Entries(ImportFormat::Markdown, markdown::read_folder(path)?));
    }
    let mut file = fs::File::open(path).map_err(cannot_open)?;
    // Day One's zip holds photos and may be far larger than any text; only its JSON is limited.
    if has_extension(path, "zip") || starts_like_a_zip(&mut file)? {
        return Ok(Contents::Entries(ImportFormat::DayOne, dayone::parse_zip(&name, file)?));
    }
    let bytes = read_bounded(path)?;
    if !(has_extension(path, "json") || bytes.trim_ascii_start().starts_with(b"{")) {
        return Ok(Contents::Entries(ImportFormat::JrnlText, jrnl::parse_text(&name, &bytes)?));
    }
    match sniff_json(&bytes) {
        Some(ImportFormat::DayOne) => Ok(Contents::Entries(ImportFormat::DayOne, dayone::parse_json(&name, &bytes)?)),
        Some(ImportFormat::JrnlJson) => Ok(Contents::Entries(ImportFormat::JrnlJson, jrnl::parse_json(&name, &bytes)?)),
        // Kintsugi's own export whose name is not near its start, as after a tool that sorts
        // fields by name rewrote it.
        Some(ImportFormat::Kintsugi) => Ok(Contents::Records(kintsugi::read(&bytes, &name)?.records)),
        Some(ImportFormat::JrnlText | ImportFormat::Markdown) | None => Err(Error::CannotImport(format!(
            "{name} is not an export Kintsugi knows. It reads Day One's and jrnl's JSON exports, Kintsugi's own, jrnl's journal file and folders of Markdown."
        ))),
    }
}

fn has_extension(path: &Path, extension: &str) -> bool {
    path.extension().is_some_and(|found| found.eq_ignore_ascii_case(extension))
}

/// Whether the file starts with a zip's first signature, whatever its name; leaves the file
/// where it was.
fn starts_like_a_zip(file: &mut fs::File) -> Result<bool> {
    let mut start = [0u8; 4];
    let read = file.by_ref().take(4).read(&mut start)?;
    std::io::Seek::rewind(file)?;
    Ok(start[..read] == *b"PK\x03\x04")
}

/// Which export a JSON document is, told by its fields: Kintsugi's names itself, Day One's
/// entries have a `creationDate`, jrnl's a `date` and a `body`. `None` for anything else.
pub(crate) fn sniff_json(bytes: &[u8]) -> Option<ImportFormat> {
    let outline: Outline = serde_json::from_slice(bytes).ok()?;
    if outline.format.as_deref() == Some(super::kintsugi::FORMAT_NAME) {
        return Some(ImportFormat::Kintsugi);
    }
    let told_by_an_entry = outline.entries.as_ref()?.iter().find_map(|entry| match entry {
        EntryOutline::Object(keys) if keys.creation_date.is_some() => Some(ImportFormat::DayOne),
        EntryOutline::Object(keys) if keys.date.is_some() && (keys.body.is_some() || keys.time.is_some()) => Some(ImportFormat::JrnlJson),
        // An entry that lost its telling fields, or is no entry at all, leaves it to the next.
        _ => None,
    });
    told_by_an_entry.or_else(|| {
        if outline.metadata.is_some() {
            Some(ImportFormat::DayOne)
        } else if outline.tags.is_some() {
            Some(ImportFormat::JrnlJson)
        } else {
            None
        }
    })
}

/// The top-level fields that tell exports apart; everything else is skipped unread.
#[derive(Deserialize)]
struct Outline {
    format: Option<String>,
    metadata: Option<IgnoredAny>,
    tags: Option<IgnoredAny>,
    entries: Option<Vec<EntryOutline>>,
}

/// An entry's telling fields, or anything else in its place, so that one broken entry does not
/// hide what the file is.
#[derive(Deserialize)]
#[serde(untagged)]
enum EntryOutline {
    Object(EntryKeys),
    Other(IgnoredAny),
}

#[derive(Deserialize)]
struct EntryKeys {
    #[serde(rename = "creationDate")]
    creation_date: Option<IgnoredAny>,
    date: Option<IgnoredAny>,
    time: Option<IgnoredAny>,
    body: Option<IgnoredAny>,
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use std::io::Write;
    use std::path::PathBuf;

    fn fixture(path: &str) -> PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures").join(path)
    }

    fn copy_to(dir: &Path, name: &str, bytes: &[u8]) -> PathBuf {
        let path = dir.join(name);
        fs::write(&path, bytes).unwrap();
        path
    }

    /// The kind of journal `path` was read as, and what came of it.
    fn read_as(path: &Path) -> Result<(ImportFormat, Parsed)> {
        match read(path)? {
            Contents::Entries(format, parsed) => Ok((format, parsed)),
            Contents::Records(_) => Ok((ImportFormat::Kintsugi, Parsed::default())),
        }
    }

    #[test]
    fn each_fixture_goes_to_its_reader() {
        assert_eq!(read_as(&fixture("dayone/Journal.json")).unwrap().0, ImportFormat::DayOne);
        assert_eq!(read_as(&fixture("jrnl/export.json")).unwrap().0, ImportFormat::JrnlJson);
        assert_eq!(read_as(&fixture("jrnl/journal.txt")).unwrap().0, ImportFormat::JrnlText);
        assert_eq!(read_as(&fixture("markdown")).unwrap().0, ImportFormat::Markdown);
    }

    #[test]
    fn a_zip_is_read_as_day_one_whatever_its_name() {
        let dir = tempfile::tempdir().unwrap();
        let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
        zip.start_file("Journal.json", zip::write::SimpleFileOptions::default()).unwrap();
        zip.write_all(&fs::read(fixture("dayone/Journal.json")).unwrap()).unwrap();
        let bytes = zip.finish().unwrap().into_inner();
        for name in ["export.zip", "export.ZIP", "export"] {
            let (format, parsed) = read_as(&copy_to(dir.path(), name, &bytes)).unwrap();
            assert_eq!((format, parsed.entries.len()), (ImportFormat::DayOne, 3));
        }
    }

    #[test]
    fn json_is_told_by_its_fields_even_without_its_extension() {
        let dir = tempfile::tempdir().unwrap();
        let jrnl = fs::read(fixture("jrnl/export.json")).unwrap();
        assert_eq!(read_as(&copy_to(dir.path(), "export", &jrnl)).unwrap().0, ImportFormat::JrnlJson);
        let unknown = copy_to(dir.path(), "other.json", br#"{"notes": []}"#);
        assert!(read(&unknown).err().unwrap().to_string().contains("other.json is not an export Kintsugi knows"));
        let kintsugi = copy_to(dir.path(), "backup.json", br#"{"format": "kintsugi-journal", "version": 1, "entries": []}"#);
        assert!(matches!(read(&kintsugi), Err(Error::CannotImport(_))));
    }

    #[test]
    fn sniffing_looks_at_fields_not_names() {
        assert_eq!(sniff_json(br#"{"format": "kintsugi-journal", "entries": [{"day": "2023-04-01"}]}"#), Some(ImportFormat::Kintsugi));
        assert_eq!(sniff_json(br#"{"entries": [7, {"uuid": "A"}, {"uuid": "B", "creationDate": "x"}]}"#), Some(ImportFormat::DayOne));
        assert_eq!(sniff_json(br#"{"metadata": {"version": "1.0"}, "entries": []}"#), Some(ImportFormat::DayOne));
        // jrnl keeps the ids of entries it read from Day One; still jrnl's.
        assert_eq!(sniff_json(br#"{"entries": [{"uuid": "A", "date": "2023-01-05", "body": ""}]}"#), Some(ImportFormat::JrnlJson));
        assert_eq!(sniff_json(br#"{"tags": {}, "entries": []}"#), Some(ImportFormat::JrnlJson));
        assert_eq!(sniff_json(br#"{"metadata": {}, "entries": [{"text": "?"}]}"#), Some(ImportFormat::DayOne));
        assert_eq!(sniff_json(br#"{"entries": [{"text": "?"}]}"#), None);
        assert_eq!(sniff_json(br#"[1, 2]"#), None);
        assert_eq!(sniff_json(b"not json"), None);
    }

    #[test]
    fn a_missing_file_says_so() {
        let message = read(Path::new("/nowhere/journal.txt")).err().unwrap().to_string();
        assert!(message.starts_with("journal.txt could not be opened"), "{message}");
    }

    proptest! {
        #[test]
        fn sniffing_arbitrary_bytes_never_panics(bytes in proptest::collection::vec(any::<u8>(), 0..512)) {
            let _ = sniff_json(&bytes);
        }

        #[test]
        fn reading_arbitrary_files_never_panics(bytes in proptest::collection::vec(any::<u8>(), 0..512), name in "(journal|export)\\.(txt|json|zip)") {
            let dir = tempfile::tempdir().unwrap();
            let _ = read(&copy_to(dir.path(), &name, &bytes));
        }
    }
}
