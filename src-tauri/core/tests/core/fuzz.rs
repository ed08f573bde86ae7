//! Every reader of bytes from outside, fed arbitrary bytes and damaged copies of real files as
//! a fuzzer would, on stable Rust: files to import, backups, letters, sharing cards, and a vault
//! file changed on disk. Whatever comes in, the answer is a result or an error a person can act
//! on, never a panic; nothing written in a file shows in an error; a failed import or restore
//! leaves the journal as it was; and after an import every screen of the journal still opens.
//!
//! The real files are made once, from a journal and its partner's, and every case works on a
//! copy, unlocked with the recovery key: the passphrase's deliberately slow key derivation
//! would otherwise allow only a handful of cases. Proptest keeps the cases that once failed in
//! `tests/proptest-regressions/fuzz.txt` and runs them first.

use std::cell::RefCell;
use std::io::Write;
use std::ops::ControlFlow;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use age::secrecy::ExposeSecret;
use kintsugi_core::{
    read_sealed_letter, read_sharing_card, restore_backup_replacing, BackupKey, Cadence, EntryDraft, Error, ImportOutcome, Journal, Keeping, LetterDraft,
    LetterKind, MilestoneDraft, MilestoneKind, Owner, Proposal, RecoveryKey, Role, SearchQuery, Shelf, SummaryRequest, SummarySection, TriggerDraft, WinDraft,
    WinFrom, WinKind, Zoom, SHELF_FILE_NAME, VAULT_FILE_NAME,
};
use proptest::prelude::*;
use proptest::sample::Index;
use proptest::test_runner::TestCaseError;
use rusqlite::{params, Connection};
use serde_json::Value;
use tempfile::TempDir;

use crate::support::{at, day, passphrase};

/// Written into the text of every real file: no error or problem may ever show it.
const MARKER: &str = "PLANTED9c2e";

/// The real files the cases damage, made once for the whole module.
struct Seeds {
    /// The vault file of a locked journal with a record of every kind, a partner and a letter
    /// from them.
    vault: Vec<u8>,
    /// The same journal's file when it was new, as on a computer an export is moved to.
    new_vault: Vec<u8>,
    recovery_key: String,
    entries: u32,
    /// A letter the partner sealed for that journal, and its words.
    letter: String,
    letter_text: String,
    /// The partner's sharing card, and the key on it.
    card: Vec<u8>,
    partner_key: String,
    /// A backup of the journal, which its recovery key opens.
    backup: Vec<u8>,
    /// One file of each kind an import reads.
    imports: Vec<(Reader, Vec<u8>)>,
}

fn seeds() -> &'static Seeds {
    static SEEDS: OnceLock<Seeds> = OnceLock::new();
    SEEDS.get_or_init(make_seeds)
}

fn make_seeds() -> Seeds {
    let (mine, theirs, files) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let (journal, recovery_key) = Journal::create(mine.path(), &passphrase()).unwrap();
    journal.lock().unwrap();
    let new_vault = std::fs::read(mine.path().join(VAULT_FILE_NAME)).unwrap();
    let mut journal = Journal::unlock_with_recovery_key(mine.path(), &recovery_key).unwrap();
    // The partner's journal is a copy of the new one: it makes sharing keys of its own when
    // first asked, and a copy spares a second slow key derivation.
    std::fs::write(theirs.path().join(VAULT_FILE_NAME), &new_vault).unwrap();
    let mut partner = Journal::unlock_with_recovery_key(theirs.path(), &recovery_key).unwrap();
    let now = at("2026-03-09T21:15:00+01:00");
    let drafts = [
        EntryDraft::new(day("2026-03-08"), format!("We talked after dinner. {MARKER}")).with_title("An honest talk").with_tags(["talks"]).with_trust(Some(6)),
        EntryDraft::new(day("2026-03-09"), format!("A quiet day, {MARKER} and tea.")).with_feelings(["hopeful"]).with_star(true),
    ];
    let entries = drafts.len() as u32;
    let entry = drafts.map(|draft| journal.save_entry(draft, now).unwrap()).last().unwrap().id;
    let win = WinDraft {
        id: None,
        day: day("2026-03-09"),
        text: "Kept the phone open".into(),
        kind: WinKind::Boundaries,
        from: WinFrom::Partner,
        entry: Some(entry),
    };
    journal.save_win(win, now).unwrap();
    let agreement = journal.add_agreement("Phones open at dinner", Cadence::Daily, Owner::Ours, day("2026-03-01")).unwrap().id;
    journal.mark_agreement(agreement, day("2026-03-07"), Some(Keeping::Missed)).unwrap();
    journal.note_repair(agreement, day("2026-03-07"), "Said so the same evening").unwrap();
    journal.mark_agreement(agreement, day("2026-03-08"), Some(Keeping::Kept)).unwrap();
    let trigger =
        TriggerDraft { id: None, day: day("2026-03-09"), what: "A late message".into(), intensity: 3, helped: "A walk".into(), settled_minutes: Some(25) };
    journal.save_trigger(trigger, now).unwrap();
    let milestone = MilestoneDraft { id: None, day: day("2026-03-12"), kind: MilestoneKind::CouplesSession, title: String::new(), note: "Session four".into() };
    journal.save_milestone(milestone, now).unwrap();
    journal.set_role(Role::WasHurt).unwrap();
    journal.todays_prompt(day("2026-03-09")).unwrap();
    let partner_key = partner.sharing_key().unwrap().public_key;
    journal.set_partner_key(&partner_key).unwrap();
    partner.set_partner_key(&journal.sharing_key().unwrap().public_key).unwrap();
    let card = files.path().join("card.txt");
    partner.save_sharing_card(&card).unwrap();
    let letter_text = format!("Thank you for listening. {MARKER}");
    let proposal = Proposal { text: "A walk on Sundays".into(), cadence: Cadence::Weekly, owner: Owner::Ours };
    let draft = LetterDraft { kind: LetterKind::Appreciation, text: letter_text.clone(), reply_to: None, proposal: Some(proposal) };
    let letter = partner.seal_letter(draft, now).unwrap().armored;
    journal.open_letter(&letter).unwrap();
    let export = files.path().join("export.json");
    journal.export_json(&export, now).unwrap();
    let export = std::fs::read(export).unwrap();
    let backups = files.path().join("backups");
    std::fs::create_dir(&backups).unwrap();
    let backup = journal.back_up(&backups, now).unwrap();
    journal.lock().unwrap();
    Seeds {
        vault: std::fs::read(mine.path().join(VAULT_FILE_NAME)).unwrap(),
        new_vault,
        recovery_key: recovery_key.expose().expose_secret().to_owned(),
        entries,
        letter,
        letter_text,
        card: std::fs::read(card).unwrap(),
        partner_key,
        backup: std::fs::read(backup).unwrap(),
        imports: Reader::ALL.iter().map(|reader| (*reader, reader.seed(&export))).collect(),
    }
}

fn recovery_key() -> RecoveryKey {
    RecoveryKey::parse(&seeds().recovery_key).unwrap()
}

/// A folder holding a copy of the seed journal, locked.
fn copied_vault() -> TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join(VAULT_FILE_NAME), &seeds().vault).unwrap();
    dir
}

/// A copy of the seed journal, unlocked.
fn copied_journal() -> (TempDir, RefCell<Journal>) {
    unlocked(copied_vault())
}

/// A copy of the seed journal as it was when new, unlocked.
fn new_journal() -> (TempDir, RefCell<Journal>) {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join(VAULT_FILE_NAME), &seeds().new_vault).unwrap();
    unlocked(dir)
}

fn unlocked(dir: TempDir) -> (TempDir, RefCell<Journal>) {
    let journal = Journal::unlock_with_recovery_key(dir.path(), &recovery_key()).unwrap();
    (dir, RefCell::new(journal))
}

/// The vault's files as they stand on disk, to tell whether anything was written.
fn on_disk(dir: &Path) -> Vec<Vec<u8>> {
    ["", "-wal"].iter().map(|suffix| std::fs::read(dir.join(format!("{VAULT_FILE_NAME}{suffix}"))).unwrap_or_default()).collect()
}

/// What a fuzzer does to a real file.
#[derive(Clone, Debug)]
enum Damage {
    /// Some bits of one byte flipped, as by a failing disk.
    Flip(Index, u8),
    /// Cut short, as by a copy that stopped.
    Cut(Index),
    /// A stretch of the file repeated somewhere else in it, as by a careless sync.
    Splice { from: Index, to: Index, len: usize },
    /// A few bytes put in.
    Insert(Index, Vec<u8>),
}

fn damage() -> impl Strategy<Value = Damage> {
    prop_oneof![
        3 => (any::<Index>(), 1u8..).prop_map(|(at, bits)| Damage::Flip(at, bits)),
        1 => any::<Index>().prop_map(Damage::Cut),
        2 => (any::<Index>(), any::<Index>(), 1usize..200).prop_map(|(from, to, len)| Damage::Splice { from, to, len }),
        1 => (any::<Index>(), prop::collection::vec(any::<u8>(), 1..8)).prop_map(|(at, bytes)| Damage::Insert(at, bytes)),
    ]
}

fn damages() -> impl Strategy<Value = Vec<Damage>> {
    prop::collection::vec(damage(), 1..4)
}

fn damaged(seed: &[u8], damages: &[Damage]) -> Vec<u8> {
    let mut bytes = seed.to_vec();
    for damage in damages {
        if bytes.is_empty() {
            break;
        }
        let len = bytes.len();
        match damage {
            Damage::Flip(at, bits) => bytes[at.index(len)] ^= bits,
            Damage::Cut(at) => bytes.truncate(at.index(len)),
            Damage::Splice { from, to, len: piece } => {
                let start = from.index(len);
                let piece = bytes[start..(start + piece).min(len)].to_vec();
                let at = to.index(len);
                bytes.splice(at..at, piece);
            }
            Damage::Insert(at, inserted) => {
                let at = at.index(len);
                bytes.splice(at..at, inserted.iter().copied());
            }
        }
    }
    bytes
}

/// Bytes from nowhere: any bytes, any text, or the start of a real file followed by either.
fn arbitrary_bytes(seed: Vec<u8>) -> impl Strategy<Value = Vec<u8>> {
    let noise = prop_oneof![prop::collection::vec(any::<u8>(), 0..1024), "\\PC{0,300}".prop_map(String::into_bytes)];
    prop_oneof![
        noise.clone(),
        (any::<Index>(), noise).prop_map(move |(cut, noise)| {
            let mut bytes = seed[..cut.index(seed.len())].to_vec();
            bytes.extend(noise);
            bytes
        }),
    ]
}

/// Fails the case unless `error` is `expected` and says nothing of what a file held.
fn clear(error: &Error, expected: fn(&Error) -> bool) -> Result<(), TestCaseError> {
    prop_assert!(expected(error), "not the error a person should see here: {error:?}");
    let message = error.to_string();
    prop_assert!(!message.trim().is_empty() && !message.contains(MARKER), "{message}");
    Ok(())
}

// Imports.

/// Each kind of file an import reads.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Reader {
    DayOneJson,
    DayOneZip,
    JrnlJson,
    JrnlText,
    Markdown,
    Kintsugi,
}

impl Reader {
    const ALL: [Reader; 6] = [Self::DayOneJson, Self::DayOneZip, Self::JrnlJson, Self::JrnlText, Self::Markdown, Self::Kintsugi];

    /// A real file of this kind, with the marker in its words: a fixture, or for Kintsugi's own,
    /// the seed journal's `export`.
    fn seed(self, export: &[u8]) -> Vec<u8> {
        let fixture = |path: &str, word: &str| {
            let text = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures").join(path)).unwrap();
            assert!(text.contains(word), "{path} holds {word}");
            text.replace(word, MARKER).into_bytes()
        };
        match self {
            Self::DayOneJson => fixture("dayone/Journal.json", "balcony"),
            Self::DayOneZip => {
                let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
                let options = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
                zip.start_file("Journal.json", options).unwrap();
                zip.write_all(&Self::DayOneJson.seed(export)).unwrap();
                zip.start_file("photos/5d41402abc4b2a76b9719d911017c592.jpeg", options).unwrap();
                zip.write_all(b"not really a photo").unwrap();
                zip.finish().unwrap().into_inner()
            }
            Self::JrnlJson => fixture("jrnl/export.json", "river"),
            Self::JrnlText => fixture("jrnl/journal.txt", "river"),
            Self::Markdown => fixture("markdown/notes/evening.md", "hour"),
            Self::Kintsugi => export.to_vec(),
        }
    }

    /// Puts `bytes` where an import would find them in `dir`, under this kind's usual name.
    fn place(self, dir: &Path, bytes: &[u8]) -> PathBuf {
        let path = match self {
            Self::DayOneJson => dir.join("Journal.json"),
            Self::DayOneZip => dir.join("export.zip"),
            Self::JrnlJson => dir.join("export.json"),
            Self::JrnlText => dir.join("journal.txt"),
            Self::Kintsugi => dir.join("kintsugi.json"),
            Self::Markdown => {
                let folder = dir.join("notes");
                std::fs::create_dir_all(&folder).unwrap();
                std::fs::write(folder.join("evening.md"), bytes).unwrap();
                return folder;
            }
        };
        std::fs::write(&path, bytes).unwrap();
        path
    }
}

fn seed_of(reader: Reader) -> &'static [u8] {
    &seeds().imports.iter().find(|(kind, _)| *kind == reader).unwrap().1
}

/// Previews and imports `bytes` read as `reader`'s kind. Either the import is whole, or the
/// journal is exactly as it was, in memory and on disk.
fn import(journal: &RefCell<Journal>, vault: &Path, files: &Path, reader: Reader, bytes: &[u8]) -> Result<(), TestCaseError> {
    let path = reader.place(files, bytes);
    let state = || (journal.borrow().recent_entries(0).total, on_disk(vault));
    let before = state();
    let preview = journal.borrow().preview_import(&path);
    let plan = match preview {
        Ok(plan) => plan,
        Err(error) => {
            clear(&error, |error| matches!(error, Error::CannotImport(_)))?;
            prop_assert_eq!(state(), before, "a refused import changed the journal");
            return Ok(());
        }
    };
    for problem in &plan.summary().problems {
        prop_assert!(!problem.place.contains(MARKER) && !problem.message.contains(MARKER), "{problem:?}");
    }
    // Kintsugi's own files bring records of every kind, which go into a new journal of their
    // own, as when a journal moves to another computer, so that what one case brought in never
    // troubles the next.
    let own = (reader == Reader::Kintsugi).then(new_journal);
    let (journal, plan) = match &own {
        Some((_, own)) => (own, own.borrow().preview_import(&path).unwrap()),
        None => (journal, plan),
    };
    let (before, entries) = (journal.borrow().recent_entries(0).total, plan.summary().entries);
    let outcome = journal.borrow_mut().import(plan, |_, _| ControlFlow::Continue(()));
    match outcome {
        Ok(outcome) => {
            prop_assert!(matches!(outcome, ImportOutcome::Imported(_)));
            prop_assert_eq!(journal.borrow().recent_entries(0).total, before + entries, "every entry previewed came in");
            look_around(&mut journal.borrow_mut(), files);
        }
        Err(error) => {
            clear(&error, |_| true)?;
            prop_assert_eq!(journal.borrow().recent_entries(0).total, before, "a failed import changed the journal");
        }
    }
    Ok(())
}

/// Opens every view of the journal, as a person would after an import: whatever a file
/// brought in, none of them may fail to show.
fn look_around(journal: &mut Journal, files: &Path) {
    let today = day("2026-03-20");
    journal.recent_entries(20);
    journal.calendar_month(2026, 3);
    journal.on_this_day(today);
    journal.search(&SearchQuery { text: "walk".into(), ..Default::default() }, 20);
    journal.wins_by_week();
    journal.agreements();
    journal.triggers();
    journal.trigger_patterns();
    journal.milestones();
    journal.progress(today);
    for zoom in [Zoom::Week, Zoom::Month, Zoom::Quarter, Zoom::Year, Zoom::All] {
        journal.timeline(zoom, today).unwrap();
    }
    journal.records_between(day("2026-01-01"), today).unwrap();
    let sections = vec![SummarySection::Trust, SummarySection::Wins, SummarySection::Agreements, SummarySection::Triggers, SummarySection::Milestones];
    journal.summary(&SummaryRequest { from: day("2025-12-01"), to: today, sections, entries: Vec::new() }).unwrap();
    journal.letters().unwrap();
    journal.role();
    journal.vocabulary();
    journal.partner_key();
    journal.todays_prompt(today).unwrap();
    journal.another_prompt(today).unwrap();
    let export = files.join("looked-around.json");
    journal.export_json(&export, at("2026-03-20T10:00:00Z")).unwrap();
    std::fs::remove_file(export).unwrap();
}

fn reader() -> impl Strategy<Value = Reader> {
    prop::sample::select(Reader::ALL.to_vec())
}

#[test]
fn an_import_of_arbitrary_bytes_is_refused_clearly_or_read() {
    let (vault, journal) = copied_journal();
    let files = tempfile::tempdir().unwrap();
    let input = reader().prop_flat_map(|reader| (Just(reader), arbitrary_bytes(seed_of(reader).to_vec())));
    proptest!(ProptestConfig::with_cases(128), |((reader, bytes) in input)| {
        import(&journal, vault.path(), files.path(), reader, &bytes)?;
    });
}

#[test]
fn an_import_of_a_damaged_export_is_refused_clearly_or_read() {
    let (vault, journal) = copied_journal();
    let files = tempfile::tempdir().unwrap();
    proptest!(ProptestConfig::with_cases(128), |(reader in reader(), damages in damages())| {
        import(&journal, vault.path(), files.path(), reader, &damaged(seed_of(reader), &damages))?;
    });
}

/// What a fuzzer that knows JSON does to a real export: one value, anywhere in it, changed for
/// another of its kind (a day far off, a number out of range, an id another record has, a list
/// emptied), replaced by anything at all, or by a copy of some other part of the document.
#[derive(Clone, Debug)]
enum Reshape {
    Twist { at: Index, number: i64, text: String, flag: bool },
    Replace(Index, Value),
    Copy { from: Index, to: Index },
}

fn number() -> impl Strategy<Value = i64> {
    let edges = [0, -1, 1, 5, 6, 10, 11, 255, 256, 65_535, 1_440, i64::from(u32::MAX), i64::MAX, i64::MIN];
    prop_oneof![prop::sample::select(edges.to_vec()), any::<i64>()]
}

fn text() -> impl Strategy<Value = String> {
    // Words of the formats themselves, so a changed value often still reads and goes further.
    let words = [
        "",
        " ",
        "me",
        "partner",
        "us",
        "ours",
        "mine",
        "theirs",
        "daily",
        "weekly",
        "kept",
        "missed",
        "renegotiated",
        "communication",
        "apology",
        "couples_session",
        "was_hurt",
        "broke_trust",
        "age1",
        "AGE-SECRET-KEY-1",
    ];
    prop_oneof![
        prop::sample::select(words.to_vec()).prop_map(str::to_owned),
        "(0000|0001|1899|1900|2026|2200|2201|9999|\\+262143)-(00|01|02|12|13)-(00|01|28|29|31|32)",
        "(0001|1900|2026|2200|9999)-(01|02|12)-(01|29|31)T(00|23|24):(00|59|60):(00|60)(Z|[+-](00|14|24):(00|59))",
        // Another record's id, or one of those the journal keeps for itself.
        "[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}",
        "00000000-0000-0000-0000-00000000000[0-9]",
        "\\PC{0,16}",
    ]
}

fn json_value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![Just(Value::Null), any::<bool>().prop_map(Value::Bool), number().prop_map(Value::from), text().prop_map(Value::from)];
    leaf.prop_recursive(2, 12, 4, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..4).prop_map(Value::Array),
            prop::collection::btree_map("[a-z]{1,8}", inner, 0..4).prop_map(|fields| Value::Object(fields.into_iter().collect())),
        ]
    })
}

fn reshape() -> impl Strategy<Value = Reshape> {
    prop_oneof![
        4 => (any::<Index>(), number(), text(), any::<bool>()).prop_map(|(at, number, text, flag)| Reshape::Twist { at, number, text, flag }),
        1 => (any::<Index>(), json_value()).prop_map(|(at, value)| Reshape::Replace(at, value)),
        1 => (any::<Index>(), any::<Index>()).prop_map(|(from, to)| Reshape::Copy { from, to }),
    ]
}

fn reshaped(seed: &[u8], reshapes: &[Reshape], ids: Option<u64>) -> Vec<u8> {
    let mut document: Value = serde_json::from_slice(seed).unwrap();
    if let Some(salt) = ids {
        new_ids(&mut document, salt);
    }
    for reshape in reshapes {
        let count = nodes(&document);
        match reshape {
            Reshape::Twist { at, number, text, flag } => {
                let value = nth(&mut document, at.index(count));
                *value = match value {
                    Value::Number(_) => Value::from(*number),
                    Value::String(_) | Value::Null => Value::from(text.clone()),
                    Value::Bool(_) => Value::Bool(*flag),
                    Value::Array(_) => Value::Array(Vec::new()),
                    Value::Object(_) => Value::Object(serde_json::Map::new()),
                };
            }
            Reshape::Replace(at, value) => *nth(&mut document, at.index(count)) = value.clone(),
            Reshape::Copy { from, to } => {
                let copy = nth(&mut document.clone(), from.index(count)).take();
                *nth(&mut document, to.index(count)) = copy;
            }
        }
    }
    serde_json::to_vec_pretty(&document).unwrap()
}

/// Gives every record in a Kintsugi export a new id, so that it is another journal's and its
/// records come in rather than being found already here.
fn new_ids(value: &mut Value, salt: u64) {
    match value {
        Value::Object(fields) => {
            for (key, field) in fields.iter_mut() {
                match (key.as_str(), field.as_str().and_then(|id| uuid::Uuid::parse_str(id).ok())) {
                    ("id", Some(id)) => *field = Value::from(uuid::Uuid::from_u128(id.as_u128() ^ u128::from(salt)).to_string()),
                    _ => new_ids(field, salt),
                }
            }
        }
        Value::Array(items) => items.iter_mut().for_each(|item| new_ids(item, salt)),
        _ => {}
    }
}

/// How many values `value` is made of, itself included.
fn nodes(value: &Value) -> usize {
    1 + match value {
        Value::Array(items) => items.iter().map(nodes).sum(),
        Value::Object(fields) => fields.values().map(nodes).sum(),
        _ => 0,
    }
}

/// The value at `n` in a walk through `value`, itself first; `n` is less than its [`nodes`].
fn nth(value: &mut Value, n: usize) -> &mut Value {
    let mut left = match n.checked_sub(1) {
        None => return value,
        Some(left) => left,
    };
    let children: Vec<&mut Value> = match value {
        Value::Array(items) => items.iter_mut().collect(),
        Value::Object(fields) => fields.values_mut().collect(),
        _ => Vec::new(),
    };
    for child in children {
        let size = nodes(child);
        if left < size {
            return nth(child, left);
        }
        left -= size;
    }
    panic!("a walk through a value never counts past its parts")
}

#[test]
fn an_import_of_a_reshaped_export_is_refused_clearly_or_read() {
    let (vault, journal) = copied_journal();
    let files = tempfile::tempdir().unwrap();
    let reader = prop::sample::select(vec![Reader::DayOneJson, Reader::JrnlJson, Reader::Kintsugi, Reader::Kintsugi]);
    proptest!(ProptestConfig::with_cases(128), |(reader in reader, reshapes in prop::collection::vec(reshape(), 1..4), salt in 1u64..)| {
        let ids = (reader == Reader::Kintsugi).then_some(salt);
        import(&journal, vault.path(), files.path(), reader, &reshaped(seed_of(reader), &reshapes, ids))?;
    });
}

// Backups.

#[test]
fn a_restore_from_damaged_or_arbitrary_bytes_changes_nothing() {
    let files = tempfile::tempdir().unwrap();
    let journal = files.path().join("journal");
    std::fs::create_dir(&journal).unwrap();
    std::fs::write(journal.join(VAULT_FILE_NAME), &seeds().vault).unwrap();
    let set_aside = files.path().join("set aside");
    let backup = files.path().join("kintsugi-backup-2026-03-09T211500.age");
    let input = prop_oneof![arbitrary_bytes(seeds().backup.clone()), damages().prop_map(|damages| damaged(&seeds().backup, &damages))];
    proptest!(ProptestConfig::with_cases(96), |(bytes in input)| {
        std::fs::write(&backup, &bytes).unwrap();
        let before = on_disk(&journal);
        match restore_backup_replacing(&backup, BackupKey::RecoveryKey(&recovery_key()), &journal, &passphrase(), &set_aside) {
            // A change the armor ignores: the backup is whole, and the journal is replaced.
            Ok((restored, _)) => {
                prop_assert_eq!(restored.recent_entries(0).total, seeds().entries);
                restored.lock().unwrap();
                std::fs::remove_dir_all(&set_aside).unwrap();
                std::fs::write(journal.join(VAULT_FILE_NAME), &seeds().vault).unwrap();
            }
            Err(error) => {
                clear(&error, |error| matches!(error, Error::CannotRestore(_) | Error::WrongRecoveryKey))?;
                prop_assert_eq!(on_disk(&journal), before, "a failed restore changed the journal");
                prop_assert!(!set_aside.exists() && !journal.join(".restoring").exists());
            }
        }
    });
}

// Letters and sharing cards.

#[test]
fn a_letter_opens_only_as_it_was_sealed() {
    let (_vault, journal) = copied_journal();
    let files = tempfile::tempdir().unwrap();
    let file = files.path().join("letter.age");
    let armored_noise = "-----BEGIN AGE ENCRYPTED FILE-----\n[A-Za-z0-9+/=\\n]{0,600}\n-----END AGE ENCRYPTED FILE-----";
    let input = prop_oneof![
        arbitrary_bytes(seeds().letter.clone().into_bytes()),
        armored_noise.prop_map(String::into_bytes),
        damages().prop_map(|damages| damaged(seeds().letter.as_bytes(), &damages)),
    ];
    proptest!(ProptestConfig::with_cases(128), |(bytes in input)| {
        std::fs::write(&file, &bytes).unwrap();
        let text = read_sealed_letter(&file).unwrap();
        match journal.borrow_mut().open_letter(&text) {
            Ok(letter) => prop_assert_eq!(letter.text, seeds().letter_text.clone(), "a changed letter opened as another"),
            Err(error) => clear(&error, |error| matches!(error, Error::InvalidInput(_)))?,
        }
    });
}

#[test]
fn a_sharing_card_gives_its_own_key_or_none() {
    let (_vault, journal) = copied_journal();
    let files = tempfile::tempdir().unwrap();
    let file = files.path().join("card.txt");
    let input = prop_oneof![arbitrary_bytes(seeds().card.clone()), damages().prop_map(|damages| damaged(&seeds().card, &damages))];
    proptest!(ProptestConfig::with_cases(96), |(bytes in input)| {
        std::fs::write(&file, &bytes).unwrap();
        let text = read_sharing_card(&file).unwrap();
        match journal.borrow_mut().set_partner_key(&text) {
            Ok(key) => prop_assert_eq!(&key.public_key, &seeds().partner_key, "a changed card gave another key"),
            Err(error) => clear(&error, |error| matches!(error, Error::InvalidInput(_)))?,
        }
    });
}

// The vault file.

/// A row of the vault file a stranger with the disk could rewrite.
#[derive(Clone, Debug)]
enum Row {
    Bucket(Index),
    Manifest,
    KeySlot(&'static str),
}

impl Row {
    fn read(&self, conn: &Connection) -> Vec<u8> {
        match self {
            Self::Bucket(slot) => conn.query_row("SELECT sealed FROM bucket WHERE id = ?1", [slot.index(257) as i64], |row| row.get(0)),
            Self::Manifest => conn.query_row("SELECT sealed FROM manifest WHERE id = 0", [], |row| row.get(0)),
            Self::KeySlot(kind) => conn.query_row("SELECT wrapped FROM key_slot WHERE kind = ?1", [kind], |row| row.get(0)),
        }
        .unwrap()
    }

    fn write(&self, conn: &Connection, bytes: &[u8]) {
        match self {
            Self::Bucket(slot) => conn.execute("UPDATE bucket SET sealed = ?1 WHERE id = ?2", params![bytes, slot.index(257) as i64]),
            Self::Manifest => conn.execute("UPDATE manifest SET sealed = ?1 WHERE id = 0", [bytes]),
            Self::KeySlot(kind) => conn.execute("UPDATE key_slot SET wrapped = ?1 WHERE kind = ?2", params![bytes, kind]),
        }
        .unwrap();
    }
}

fn row() -> impl Strategy<Value = Row> {
    prop_oneof![
        3 => any::<Index>().prop_map(Row::Bucket),
        2 => Just(Row::Manifest),
        2 => Just(Row::KeySlot("recovery-key")),
        1 => Just(Row::KeySlot("passphrase")),
    ]
}

/// What a row is changed to: any bytes, or its own bytes damaged.
#[derive(Clone, Debug)]
enum Rewrite {
    Arbitrary(Vec<u8>),
    Damaged(Vec<Damage>),
}

#[test]
fn a_vault_with_any_bytes_in_a_row_opens_with_the_damage_named_or_says_why_not() {
    let rewrite = prop_oneof![prop::collection::vec(any::<u8>(), 0..2048).prop_map(Rewrite::Arbitrary), damages().prop_map(Rewrite::Damaged)];
    proptest!(ProptestConfig::with_cases(32), |(row in row(), rewrite in rewrite)| {
        let dir = copied_vault();
        {
            let conn = Connection::open(dir.path().join(VAULT_FILE_NAME)).unwrap();
            let bytes = match &rewrite {
                Rewrite::Arbitrary(bytes) => bytes.clone(),
                Rewrite::Damaged(damages) => damaged(&row.read(&conn), damages),
            };
            row.write(&conn, &bytes);
        }
        match Journal::unlock_with_recovery_key(dir.path(), &recovery_key()) {
            Ok(journal) => {
                // Whatever could not be read is named; nothing goes missing in silence.
                let complete = journal.recent_entries(0).total == seeds().entries;
                prop_assert!(complete || !journal.damage().is_empty(), "entries lost without a word");
                prop_assert!(journal.damage().iter().all(|damage| !damage.contains(MARKER)));
            }
            Err(error) => clear(&error, |error| matches!(error, Error::WrongRecoveryKey | Error::Damaged(_) | Error::NotAVault(_)))?,
        }
    });
}

// The list of journals.

#[test]
fn a_list_of_journals_from_any_bytes_names_only_folders_inside_the_app_s_own() {
    let home = tempfile::tempdir().unwrap();
    let shelf = Shelf::new(home.path());
    shelf.add("Mine").unwrap();
    shelf.add("Ours").unwrap();
    let list = std::fs::read(home.path().join(SHELF_FILE_NAME)).unwrap();
    let input = prop_oneof![arbitrary_bytes(list.clone()), damages().prop_map(move |damages| damaged(&list, &damages))];
    proptest!(ProptestConfig::with_cases(128), |(bytes in input)| {
        std::fs::write(home.path().join(SHELF_FILE_NAME), &bytes).unwrap();
        match shelf.journals() {
            Ok(journals) => {
                for journal in journals.journals {
                    let folder = shelf.folder(&journal.id).unwrap();
                    prop_assert!(folder == home.path() || folder.parent() == Some(&home.path().join("journals")), "{folder:?}");
                }
            }
            Err(error) => clear(&error, |error| matches!(error, Error::Damaged(_)))?,
        }
    });
}
