//! Getting a journal out and bringing it back: Kintsugi's export round-trips every record,
//! an import adds each entry once, and a cancelled import changes nothing.

use std::ops::ControlFlow;
use std::path::Path;

use kintsugi_core::{
    Cadence, EntryDraft, ImportFormat, ImportOutcome, Journal, Keeping, LetterDraft, LetterKind, MilestoneDraft, MilestoneKind, Owner, Proposal, SearchQuery,
    TriggerDraft, WinDraft, WinFrom, WinKind,
};
use proptest::prelude::*;

use crate::support::{at, day, passphrase};

fn fresh(dir: &Path) -> Journal {
    Journal::create(dir, &passphrase()).unwrap().0
}

/// A journal with a record of every kind.
fn full_journal(dir: &Path) -> Journal {
    let mut journal = fresh(dir);
    let now = at("2026-03-09T21:15:00+01:00");
    let entry = EntryDraft::new(day("2026-03-09"), "We talked after dinner.\n\nIt went *better* than I feared.")
        .with_title("An honest talk")
        .with_feelings(["hopeful", "tired"])
        .with_trust(Some(6))
        .with_tags(["Talks"])
        .with_star(true);
    let entry = journal.save_entry(entry, now).unwrap();
    journal.save_entry(EntryDraft::new(day("2026-03-10"), "A quiet day."), at("2026-03-10T08:00:00-05:00")).unwrap();
    let win = WinDraft {
        id: None,
        day: day("2026-03-09"),
        text: "Kept the phone open".into(),
        kind: WinKind::Boundaries,
        from: WinFrom::Partner,
        entry: Some(entry.id),
    };
    journal.save_win(win, now).unwrap();
    let agreement = journal.add_agreement("Phones open at dinner", Cadence::Daily, Owner::Ours, day("2026-03-01")).unwrap();
    journal.mark_agreement(agreement.id, day("2026-03-08"), Some(Keeping::Missed)).unwrap();
    journal.note_repair(agreement.id, day("2026-03-08"), "Say so the same evening").unwrap();
    journal.mark_agreement(agreement.id, day("2026-03-09"), Some(Keeping::Kept)).unwrap();
    journal.renegotiate_agreement(agreement.id, "Phones open in the evening", Cadence::Daily, day("2026-03-10")).unwrap();
    journal.set_partner_key(&age::x25519::Identity::generate().to_public().to_string()).unwrap();
    let proposal = Proposal { text: "A walk on Sundays".into(), cadence: Cadence::Weekly, owner: Owner::Ours };
    let letter = LetterDraft { kind: LetterKind::Appreciation, text: "Thank you for listening.".into(), reply_to: None, proposal: Some(proposal) };
    journal.seal_letter(letter, now).unwrap();
    let trigger =
        TriggerDraft { id: None, day: day("2026-03-09"), what: "A late message".into(), intensity: 3, helped: "A walk".into(), settled_minutes: Some(25) };
    journal.save_trigger(trigger, now).unwrap();
    let milestone = MilestoneDraft { id: None, day: day("2026-03-12"), kind: MilestoneKind::CouplesSession, title: String::new(), note: "Session four".into() };
    journal.save_milestone(milestone, now).unwrap();
    journal.todays_prompt(day("2026-03-09")).unwrap();
    journal
}

fn exported(journal: &Journal, dir: &Path) -> String {
    let path = dir.join("export.json");
    journal.export_json(&path, at("2026-03-20T10:00:00+01:00")).unwrap();
    std::fs::read_to_string(path).unwrap()
}

fn import_all(journal: &mut Journal, path: &Path) -> u32 {
    let plan = journal.preview_import(path).unwrap();
    match journal.import(plan, |_, _| ControlFlow::Continue(())).unwrap() {
        ImportOutcome::Imported(count) => count,
        ImportOutcome::Cancelled => panic!("nothing cancelled"),
    }
}

#[test]
fn an_export_imported_into_a_fresh_journal_gives_back_the_same_journal() {
    let (from, to, files) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let original = full_journal(from.path());
    let export = exported(&original, files.path());

    let mut copy = fresh(to.path());
    let plan = copy.preview_import(&files.path().join("export.json")).unwrap();
    let summary = plan.summary().clone();
    assert_eq!((summary.format, summary.entries, summary.other_records), (ImportFormat::Kintsugi, 2, 5));
    assert_eq!((summary.first_day, summary.last_day), (Some(day("2026-03-09")), Some(day("2026-03-10"))));
    assert!(summary.problems.is_empty(), "{:?}", summary.problems);
    copy.import(plan, |_, _| ControlFlow::Continue(())).unwrap();

    let copied = tempfile::tempdir().unwrap();
    assert_eq!(exported(&copy, copied.path()), export);
    // And the copy is a working journal: searchable, and it survives a lock.
    copy.lock().unwrap();
    let mut copy = Journal::unlock(to.path(), &passphrase()).unwrap();
    assert_eq!(copy.search(&SearchQuery { text: "honest".into(), ..Default::default() }, 10).total, 1);
    assert_eq!(exported(&copy, copied.path()), export);
}

#[test]
fn importing_the_same_file_twice_adds_nothing_the_second_time() {
    let (from, to, files) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    exported(&full_journal(from.path()), files.path());
    let path = files.path().join("export.json");
    let mut journal = fresh(to.path());
    assert_eq!(import_all(&mut journal, &path), 9, "two entries, a win, an agreement, a trigger, a milestone, a letter, the prompts and the sharing keys");
    let again = journal.preview_import(&path).unwrap();
    assert_eq!((again.summary().entries, again.summary().already_there, again.summary().other_records), (0, 2, 0));
    assert_eq!(import_all(&mut journal, &path), 0);
    assert_eq!(journal.recent_entries(10).total, 2);
}

#[test]
fn a_cancelled_import_leaves_the_journal_as_it_was() {
    let (from, to, files) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    exported(&full_journal(from.path()), files.path());
    let mut journal = fresh(to.path());
    journal.save_entry(EntryDraft::new(day("2026-01-01"), "Already here."), at("2026-01-01T09:00:00Z")).unwrap();
    let elsewhere = tempfile::tempdir().unwrap();
    let before = exported(&journal, elsewhere.path());

    let plan = journal.preview_import(&files.path().join("export.json")).unwrap();
    let mut heard = Vec::new();
    let outcome = journal
        .import(plan, |done, total| {
            heard.push((done, total));
            // Cancel at the very last step, after every bucket was sealed.
            if done == total {
                ControlFlow::Break(())
            } else {
                ControlFlow::Continue(())
            }
        })
        .unwrap();
    assert_eq!(outcome, ImportOutcome::Cancelled);
    assert!(!heard.is_empty());
    assert_eq!(exported(&journal, elsewhere.path()), before);
    journal.lock().unwrap();
    let journal = Journal::unlock(to.path(), &passphrase()).unwrap();
    assert_eq!(exported(&journal, elsewhere.path()), before, "nothing reached the disk either");
}

#[test]
fn an_edited_import_is_still_recognised_by_where_it_came_from() {
    let (from, to, files) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    exported(&full_journal(from.path()), files.path());
    let path = files.path().join("export.json");
    let mut journal = fresh(to.path());
    import_all(&mut journal, &path);
    let latest = journal.recent_entries(1).entries[0].id;
    let entry = journal.entry(latest).unwrap().clone();
    journal.save_entry(EntryDraft::editing(&entry).with_text("Changed after the import."), at("2026-03-21T09:00:00Z")).unwrap();
    assert_eq!(journal.preview_import(&path).unwrap().summary().entries, 0);
}

#[test]
fn a_newer_or_foreign_export_is_refused_with_a_reason() {
    let files = tempfile::tempdir().unwrap();
    let journal = fresh(&files.path().join("journal"));
    let newer = files.path().join("newer.json");
    std::fs::write(&newer, r#"{"format": "kintsugi-journal", "version": 99, "exported": "2030-01-01T00:00:00Z"}"#).unwrap();
    let message = journal.preview_import(&newer).err().unwrap().to_string();
    assert!(message.contains("newer version of Kintsugi"), "{message}");
    let broken = files.path().join("broken.json");
    std::fs::write(&broken, r#"{"format": "kintsugi-journal", "version": 1, "entries": [ {"id": 3"#).unwrap();
    let message = journal.preview_import(&broken).err().unwrap().to_string();
    assert!(message.contains("broken.json") && message.contains("line 1"), "{message}");
}

#[test]
fn a_markdown_export_has_a_file_per_entry_and_one_per_kind_of_record() {
    let (from, files) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let journal = full_journal(from.path());
    let folder = files.path().join("Kintsugi journal");
    journal.export_markdown(&folder).unwrap();
    let mut names: Vec<String> = std::fs::read_dir(&folder).unwrap().map(|f| f.unwrap().file_name().to_string_lossy().into_owned()).collect();
    names.sort();
    assert_eq!(names, ["2026-03-09-an-honest-talk.md", "2026-03-10.md", "agreements.md", "letters.md", "milestones.md", "triggers.md", "wins.md"]);
    let talk = std::fs::read_to_string(folder.join("2026-03-09-an-honest-talk.md")).unwrap();
    assert!(talk.starts_with("---\ndate: 2026-03-09\ntime: \"21:15\"\ntitle: \"An honest talk\"\ntags: [\"Talks\"]\nfeelings: [\"hopeful\",\"tired\"]\ntrust: 6\nstarred: true\n---\n\nWe talked"), "{talk}");
    let agreements = std::fs::read_to_string(folder.join("agreements.md")).unwrap();
    assert!(agreements.contains("## Phones open in the evening") && agreements.contains("2026-03-09 kept"), "{agreements}");
    assert!(agreements.contains("Kept by: both of us") && agreements.contains("after 2026-03-08: Say so the same evening"), "{agreements}");
    let letters = std::fs::read_to_string(folder.join("letters.md")).unwrap();
    assert!(letters.contains("## 2026-03-09 21:15, appreciation from you\n\nThank you for listening."), "{letters}");
    assert!(letters.contains("Proposed agreement: A walk on Sundays (weekly)"), "{letters}");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = |path: &Path| std::fs::metadata(path).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode(&folder), 0o700);
        assert!(names.iter().all(|name| mode(&folder.join(name)) == 0o600));
    }
    assert!(journal.export_markdown(&folder).is_err(), "an existing folder is never overwritten");
}

proptest! {
    // Each case creates two vaults, each a deliberately slow key derivation.
    #![proptest_config(ProptestConfig::with_cases(6))]

    /// Whatever was written (any characters, days, trust, tags) comes back unchanged.
    #[test]
    fn entries_round_trip_through_an_export(
        entries in prop::collection::vec(
            ("\\PC{1,200}", "\\PC{0,40}", 1900i32..2200, 1u32..366, prop::option::of(1u8..=10), prop::collection::vec("[a-zé]{1,12}", 0..4), any::<bool>()),
            1..12,
        )
    ) {
        let (from, to) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
        let mut original = fresh(from.path());
        for (text, title, year, ordinal, trust, tags, starred) in entries {
            let Some(on) = chrono::NaiveDate::from_yo_opt(year, ordinal) else { continue };
            let draft = EntryDraft::new(on, text).with_title(title).with_trust(trust).with_tags(tags).with_star(starred);
            // Drafts the journal refuses (blank ones) are not part of this property.
            let _ = original.save_entry(draft, at("2026-01-01T12:00:00+09:30"));
        }
        let export = exported(&original, from.path());
        let mut copy = fresh(to.path());
        import_all(&mut copy, &from.path().join("export.json"));
        prop_assert_eq!(exported(&copy, to.path()), export);
    }
}

fn fixture(path: &str) -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures").join(path)
}

#[test]
fn a_day_one_export_and_a_jrnl_journal_come_in_once_and_are_found_by_search() {
    let dir = tempfile::tempdir().unwrap();
    let mut journal = fresh(dir.path());
    for (file, format) in [("dayone/Journal.json", ImportFormat::DayOne), ("jrnl/journal.txt", ImportFormat::JrnlText)] {
        let plan = journal.preview_import(&fixture(file)).unwrap();
        let summary = plan.summary().clone();
        assert_eq!(summary.format, format);
        assert!(summary.entries > 0 && summary.already_there == 0, "{file}: {summary:?}");
        // The fixtures hold deliberate mistakes; each is named, and the rest still comes in.
        assert!(summary.problems.iter().all(|problem| !problem.place.is_empty()), "{file}: {:?}", summary.problems);
        assert_eq!(import_all(&mut journal, &fixture(file)), summary.entries);
        let again = journal.preview_import(&fixture(file)).unwrap();
        assert_eq!((again.summary().entries, again.summary().already_there), (0, summary.entries), "{file} twice");
    }
    // Day One's evening in New York (03:30 UTC on the 2nd) belongs to the 1st there.
    let evening = journal.search(&SearchQuery { text: "quiet evening".into(), ..Default::default() }, 5);
    assert_eq!(evening.total, 1);
    assert_eq!(evening.hits[0].entry.day, day("2023-04-01"));
    let river = journal.search(&SearchQuery { text: "river".into(), ..Default::default() }, 5);
    assert_eq!((river.total, river.hits[0].entry.starred), (1, true));
}

#[test]
fn an_import_writes_nothing_readable_to_the_journal_folder() {
    let (dir, files) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let marker = "PLANTED-IMPORT-7f3a";
    let source = files.path().join("journal.txt");
    std::fs::write(&source, format!("[2024-02-01 10:00] A title {marker}.\nBody {marker} @{marker}\n")).unwrap();
    let mut journal = fresh(dir.path());
    assert_eq!(import_all(&mut journal, &source), 1);
    journal.lock().unwrap();
    for file in std::fs::read_dir(dir.path()).unwrap() {
        let bytes = std::fs::read(file.unwrap().path()).unwrap();
        assert!(!bytes.windows(marker.len()).any(|window| window == marker.as_bytes()), "the marker reached the disk in the clear");
    }
}

#[test]
fn a_file_of_tens_of_thousands_of_broken_entries_lists_fifty_and_counts_the_rest() {
    let (dir, files) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let journal = fresh(dir.path());
    let broken = 40_000;
    let good = r#"{"date": "2023-01-05", "time": "09:30", "title": "A walk", "body": "Along the river."}"#;
    let mut entries = vec!["{}"; broken];
    entries.insert(broken / 2, good);
    let path = files.path().join("export.json");
    std::fs::write(&path, format!(r#"{{"tags": {{}}, "entries": [{}]}}"#, entries.join(","))).unwrap();

    let summary = journal.preview_import(&path).unwrap().summary().clone();
    assert_eq!((summary.format, summary.entries), (ImportFormat::JrnlJson, 1), "the counts stay exact");
    assert_eq!(summary.problems.len(), 51, "fifty problems and one line for the rest");
    assert_eq!(summary.problems[0].place, "export.json, entry 1");
    assert_eq!(summary.problems[49].place, "export.json, entry 50");
    let last = summary.problems.last().unwrap();
    assert_eq!((last.place.as_str(), last.message.as_str()), ("", "…and 39,950 more like these."));
}

#[test]
fn a_kintsugi_file_of_thousands_of_refused_entries_lists_fifty_and_counts_the_rest() {
    let (dir, files) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let journal = fresh(dir.path());
    let refused = (0..3_000u128)
        .map(|n| {
            let id = uuid::Uuid::from_u128(0x1000 + n);
            format!(
                r#"{{"id": "{id}", "day": "2026-03-09", "created": "2026-03-09T21:15:00Z", "updated": "2026-03-09T21:15:00Z", "title": "", "text": "Trust rated out of range.", "feelings": [], "trust": 11, "tags": [], "starred": false}}"#
            )
        })
        .collect::<Vec<_>>();
    let path = files.path().join("export.json");
    std::fs::write(&path, format!(r#"{{"format": "kintsugi-journal", "version": 1, "exported": "2026-03-20T10:00:00Z", "entries": [{}]}}"#, refused.join(",")))
        .unwrap();

    let summary = journal.preview_import(&path).unwrap().summary().clone();
    assert_eq!((summary.format, summary.entries), (ImportFormat::Kintsugi, 0));
    assert_eq!(summary.problems.len(), 51);
    assert_eq!(summary.problems.last().unwrap().message, "…and 2,950 more like these.");
}

#[test]
fn a_day_one_file_names_fifty_photos_left_behind_and_counts_them_all() {
    let (dir, files) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let journal = fresh(dir.path());
    let photos = (0..20_000).map(|n| format!(r#"{{"identifier": "P{n}", "md5": "{n:032x}", "type": "jpeg"}}"#)).collect::<Vec<_>>();
    let entry = format!(
        r#"{{"uuid": "A", "creationDate": "2023-04-01T10:00:00Z", "timeZone": "Europe/London", "text": "A day out.", "photos": [{}]}}"#,
        photos.join(",")
    );
    let path = files.path().join("Journal.json");
    std::fs::write(&path, format!(r#"{{"metadata": {{"version": "1.0"}}, "entries": [{entry}]}}"#)).unwrap();

    let summary = journal.preview_import(&path).unwrap().summary().clone();
    assert_eq!(summary.entries, 1);
    let dropped = &summary.dropped[0];
    assert_eq!((dropped.kind.as_str(), dropped.count, dropped.names.len()), ("photo", 20_000, 50));
}

/// A folder of Markdown from someone else, holding links that lead out of it, into a folder
/// elsewhere, and round in loops.
#[cfg(unix)]
#[test]
fn links_inside_a_markdown_folder_are_never_followed_and_each_is_named() {
    use std::os::unix::fs::symlink;

    let (dir, files) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let marker = "PLANTED-OUTSIDE-c41d";
    let outside = files.path().join("outside");
    std::fs::create_dir(&outside).unwrap();
    let secret = outside.join("id_ed25519");
    std::fs::write(&secret, format!("---\ndate: 2023-04-02\ntitle: {marker}\n---\n{marker}\n")).unwrap();
    std::fs::write(outside.join("2023-04-03.md"), format!("{marker} in a folder elsewhere\n")).unwrap();

    let folder = files.path().join("notes");
    std::fs::create_dir_all(folder.join("inner")).unwrap();
    std::fs::write(folder.join("2023-04-01.md"), "# A calm day\nWe planted basil.\n").unwrap();
    symlink(&secret, folder.join("2023-04-02 key.md")).unwrap();
    symlink(&outside, folder.join("elsewhere")).unwrap();
    symlink(folder.join("loop.md"), folder.join("loop.md")).unwrap();
    symlink(&folder, folder.join("inner/up")).unwrap();

    let mut journal = fresh(dir.path());
    let plan = journal.preview_import(&folder).unwrap();
    let summary = plan.summary().clone();
    assert_eq!(summary.entries, 1, "only the file inside the folder: {summary:?}");
    let places: Vec<&str> = summary.problems.iter().map(|problem| problem.place.as_str()).collect();
    assert_eq!(places, ["2023-04-02 key.md", "elsewhere", "inner/up", "loop.md"]);
    assert!(summary.problems.iter().all(|problem| problem.message.contains("link to somewhere else")), "{:?}", summary.problems);
    assert!(!format!("{summary:?}").contains(marker));

    assert_eq!(journal.import(plan, |_, _| ControlFlow::Continue(())).unwrap(), ImportOutcome::Imported(1));
    assert_eq!(journal.search(&SearchQuery { text: marker.into(), ..Default::default() }, 5).total, 0);
}

#[test]
fn an_export_whose_fields_another_tool_sorted_still_imports() {
    let (from, to, files) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let export = exported(&full_journal(from.path()), files.path());
    // As `jq -S` would write it: "format" moves far from the start, after every entry.
    let sorted: serde_json::Value = serde_json::from_str(&export).unwrap();
    let path = files.path().join("sorted.json");
    std::fs::write(&path, serde_json::to_vec_pretty(&sorted).unwrap()).unwrap();
    let summary = fresh(to.path()).preview_import(&path).unwrap().summary().clone();
    assert_eq!((summary.format, summary.entries, summary.other_records), (ImportFormat::Kintsugi, 2, 5));
}

/// A Kintsugi file changed by hand or made elsewhere: each record that breaks the rules every
/// record made here keeps is named and left out, and every screen of the journal still opens.
#[test]
fn records_that_break_the_rules_are_left_out_of_an_import_and_every_screen_still_opens() {
    let (from, to, files) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let mut export: serde_json::Value = serde_json::from_str(&exported(&full_journal(from.path()), files.path())).unwrap();
    export["agreements"][0]["terms"] = serde_json::json!([]);
    export["sharing"]["identity"] = "AGE-SECRET-KEY-1NOTAKEY".into();
    let draft_id = uuid::Uuid::from_u128(1).to_string();
    export["wins"][0]["id"] = draft_id.into();
    export["triggers"][0]["intensity"] = 9.into();
    export["milestones"][0]["day"] = "2201-01-01".into();
    // Every prompt of the library shown lately: none left to choose from.
    let every_prompt: Vec<&str> = kintsugi_core::prompt_library().iter().map(|prompt| prompt.id.as_str()).collect();
    export["prompts"]["recent"] = every_prompt.into();
    let path = files.path().join("changed.json");
    std::fs::write(&path, serde_json::to_vec_pretty(&export).unwrap()).unwrap();

    let mut journal = fresh(to.path());
    let plan = journal.preview_import(&path).unwrap();
    let summary = plan.summary().clone();
    let places: Vec<&str> = summary.problems.iter().map(|problem| problem.place.as_str()).collect();
    assert_eq!(
        places,
        ["a win of 2026-03-09", "an agreement", "a trigger of 2026-03-09", "a milestone of 2201-01-01", "the sharing keys"],
        "{:?}",
        summary.problems
    );
    assert_eq!((summary.entries, summary.other_records), (2, 1), "the letter comes in");
    journal.import(plan, |_, _| ControlFlow::Continue(())).unwrap();

    let today = day("2026-03-20");
    assert!(journal.agreements().agreements.is_empty());
    assert!(journal.todays_prompt(today).unwrap().is_some());
    journal.sharing_key().unwrap();
    journal.letters().unwrap();
    journal.keep_draft(EntryDraft::new(today, "Still writing."), at("2026-03-20T09:00:00Z")).unwrap();
    assert_eq!(journal.draft().unwrap().entry.text, "Still writing.");
}

/// Files made to be slow to read: one entry with tens of thousands of tags, links or
/// attachments, a few hundred kilobytes each. Each is read in a moment, as reading grows with
/// the size of a file and never with its square.
#[test]
fn a_file_made_to_be_slow_to_read_is_read_in_a_moment() {
    let (dir, files) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let journal = fresh(dir.path());
    let many = 20_000;
    let tags = (0..many).map(|n| format!("\"t{n}\"")).collect::<Vec<_>>().join(",");
    let links: String = (0..many).map(|n| format!("![](dayone-moment://{n:032x}) ")).collect();
    let photos = (0..many).map(|n| format!(r#"{{"identifier": "{:032x}", "md5": "{n:032x}", "type": "jpeg"}}"#, n + many)).collect::<Vec<_>>().join(",");
    let day_one =
        |fields: &str| format!(r#"{{"metadata": {{}}, "entries": [{{"uuid": "A", "creationDate": "2023-04-01T10:00:00Z", "timeZone": "UTC", {fields}}}]}}"#);
    let hashtags: String = (0..many).map(|n| format!("#t{n} ")).collect();
    let id = uuid::Uuid::new_v4();
    let slow = [
        ("tags.json", day_one(&format!(r#""text": "A day.", "tags": [{tags}]"#))),
        ("attachments.json", day_one(&format!(r#""text": "{links}", "photos": [{photos}]"#))),
        ("journal.txt", format!("[2023-01-05 09:30] A day\n{hashtags}\n")),
        (
            "kintsugi.json",
            format!(
                r#"{{"format": "kintsugi-journal", "version": 1, "exported": "2026-03-20T10:00:00Z", "entries": [{{"id": "{id}", "day": "2026-03-09", "created": "2026-03-09T21:15:00Z", "updated": "2026-03-09T21:15:00Z", "text": "A day.", "tags": [{tags}]}}]}}"#
            ),
        ),
    ];
    for (name, text) in slow {
        let path = files.path().join(name);
        std::fs::write(&path, text).unwrap();
        let started = std::time::Instant::now();
        journal.preview_import(&path).unwrap();
        assert!(started.elapsed() < std::time::Duration::from_secs(2), "{name} took {:?}", started.elapsed());
    }
}

/// A file of records carries no seal, so a file made by anyone could say that a letter is from
/// the partner: into a journal that already has its sharing keys, no letter comes from one.
/// A whole journal moving, with the keys its letters were opened with, brings them along.
#[test]
fn a_letter_planted_in_a_file_of_records_never_passes_for_the_partners() {
    let (mine, theirs, files) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let mut journal = fresh(mine.path());
    let partner = fresh(theirs.path()).sharing_key().unwrap().public_key;
    journal.set_partner_key(&partner).unwrap();
    let own = journal.sharing_key().unwrap().public_key;

    let mut export: serde_json::Value = serde_json::from_str(&exported(&full_journal(files.path().join("a").as_path()), files.path())).unwrap();
    export["letters"][0]["from"] = partner.into();
    export["letters"][0]["to"] = own.into();
    export["letters"][0]["text"] = "It was me. Send me your passphrase.".into();
    let path = files.path().join("planted.json");
    std::fs::write(&path, serde_json::to_vec_pretty(&export).unwrap()).unwrap();

    let plan = journal.preview_import(&path).unwrap();
    assert!(
        plan.summary().problems.iter().any(|p| p.place == "a letter" && p.message.contains("Letters come in only sealed")),
        "{:?}",
        plan.summary().problems
    );
    journal.import(plan, |_, _| std::ops::ControlFlow::Continue(())).unwrap();
    assert!(journal.letters().unwrap().is_empty(), "no letter came in");

    // The same file into a journal of its own: the whole journal moves, letters and keys.
    let moved = tempfile::tempdir().unwrap();
    let mut fresh_journal = fresh(moved.path());
    let plan = fresh_journal.preview_import(&path).unwrap();
    fresh_journal.import(plan, |_, _| std::ops::ControlFlow::Continue(())).unwrap();
    assert_eq!(fresh_journal.letters().unwrap().len(), 1);
}
