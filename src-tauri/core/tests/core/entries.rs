//! An entry's parts beyond its text: title, feelings, trust, tags and star; the draft that
//! survives a crash; today's prompt, and whose journal it is.

use kintsugi_core::{Audience, EntryDraft, Error, Journal, Role};

use crate::support::{at, day, passphrase};

#[test]
fn every_part_of_an_entry_survives_lock_and_unlock_cleaned_up() {
    let dir = tempfile::tempdir().unwrap();
    let (mut journal, _) = Journal::create(dir.path(), &passphrase()).unwrap();
    let draft = EntryDraft::new(day("2026-11-26"), "We kept the Sunday walk.")
        .with_title("  A   good   Sunday ")
        .with_feelings(["Hopeful", "calm", "hopeful", " ", "Seen at last"])
        .with_trust(Some(7))
        .with_tags(["#Walks", "walks", "therapy homework"])
        .with_star(true);
    let saved = journal.save_entry(draft, at("2026-11-26T19:00:00+01:00")).unwrap();
    assert_eq!(saved.title, "A good Sunday");
    assert_eq!(saved.feelings, ["hopeful", "calm", "seen at last"]);
    assert_eq!(saved.tags, ["Walks", "therapy homework"]);
    journal.lock().unwrap();

    let journal = Journal::unlock(dir.path(), &passphrase()).unwrap();
    let entry = journal.entry(saved.id).unwrap();
    assert_eq!(*entry, saved);
    let summary = &journal.recent_entries(1).entries[0];
    assert_eq!((summary.title.as_str(), summary.trust, summary.starred), ("A good Sunday", Some(7), true));
}

#[test]
fn bad_parts_are_refused_with_a_reason_and_change_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let (mut journal, _) = Journal::create(dir.path(), &passphrase()).unwrap();
    let now = at("2026-11-26T12:00:00Z");
    let kept = journal.save_entry(EntryDraft::new(day("2026-11-26"), "kept as it is"), now).unwrap();
    let refusals = [
        (EntryDraft::editing(&kept).with_title("t".repeat(10_000)), "200 characters; this one has 10000"),
        (EntryDraft::editing(&kept).with_trust(Some(0)), "from 1 to 10, not 0"),
        (EntryDraft::editing(&kept).with_trust(Some(11)), "not 11"),
        (EntryDraft::editing(&kept).with_tags(["x".repeat(41)]), "tag can be up to 40"),
        (EntryDraft::editing(&kept).with_feelings((0..31).map(|i| format!("f{i}"))), "up to 30"),
        (EntryDraft::editing(&kept).with_day(day("1899-12-31")), "between the years 1900 and 2200"),
        (EntryDraft::editing(&kept).with_day(day("2201-01-01")), "between the years 1900 and 2200"),
    ];
    for (draft, reason) in refusals {
        match journal.save_entry(draft, now) {
            Err(Error::InvalidInput(message)) => assert!(message.contains(reason), "{message:?} lacks {reason:?}"),
            other => panic!("expected a refusal containing {reason:?}, got {other:?}"),
        }
    }
    assert_eq!(*journal.entry(kept.id).unwrap(), kept);
    assert_eq!(journal.recent_entries(0).total, 1);
}

#[test]
fn a_check_in_without_words_is_an_entry_but_nothing_at_all_is_not() {
    let dir = tempfile::tempdir().unwrap();
    let (mut journal, _) = Journal::create(dir.path(), &passphrase()).unwrap();
    let now = at("2026-11-26T12:00:00Z");
    let blank = EntryDraft::new(day("2026-11-26"), " \n ").with_title("  ").with_tags(["#", " "]);
    assert!(matches!(journal.save_entry(blank, now), Err(Error::EmptyEntry)));
    let check_in = EntryDraft::new(day("2026-11-26"), "").with_feelings(["numb"]).with_trust(Some(3));
    journal.save_entry(check_in, now).unwrap();
    assert_eq!(journal.recent_entries(0).total, 1);
}

#[test]
fn emoji_combining_marks_and_right_to_left_text_round_trip() {
    let dir = tempfile::tempdir().unwrap();
    let (mut journal, _) = Journal::create(dir.path(), &passphrase()).unwrap();
    let text = "👩‍❤️‍👨 e\u{301}te\u{301} — שלום, مرحبا — 🫶🏽";
    let saved = journal.save_entry(EntryDraft::new(day("2026-11-26"), text).with_title("שלום 🫶🏽").with_tags(["مرحبا"]), at("2026-11-26T12:00:00Z")).unwrap();
    journal.lock().unwrap();
    let journal = Journal::unlock(dir.path(), &passphrase()).unwrap();
    let entry = journal.entry(saved.id).unwrap();
    assert_eq!((entry.text.as_str(), entry.title.as_str()), (text, "שלום 🫶🏽"));
}

#[test]
fn a_draft_is_kept_across_a_restart_and_dropped_once_saved() {
    let dir = tempfile::tempdir().unwrap();
    let (mut journal, _) = Journal::create(dir.path(), &passphrase()).unwrap();
    let now = at("2026-11-26T22:10:00+01:00");
    let typing = EntryDraft::new(day("2026-11-26"), "Halfway through a sentence").with_trust(Some(5));
    journal.keep_draft(typing.clone(), now).unwrap();
    // Dropped without locking: the process was killed.
    drop(journal);

    let mut journal = Journal::unlock(dir.path(), &passphrase()).unwrap();
    let draft = journal.draft().expect("the draft came back").clone();
    assert_eq!((draft.entry.clone(), draft.kept), (typing.clone(), now));

    // Saving something else keeps the draft; saving exactly the draft drops it.
    journal.save_entry(EntryDraft::new(day("2026-11-26"), "another entry"), now).unwrap();
    assert!(journal.draft().is_some());
    let saved = journal.save_entry(draft.entry, now).unwrap();
    assert!(journal.draft().is_none());

    // An edit's draft is dropped by saving the same edit.
    let edit = EntryDraft::editing(&saved).with_text("Halfway through a sentence, and then the rest.");
    journal.keep_draft(edit.clone(), now).unwrap();
    journal.save_entry(edit, now).unwrap();
    assert!(journal.draft().is_none());

    journal.keep_draft(typing, now).unwrap();
    journal.discard_draft().unwrap();
    journal.lock().unwrap();
    assert!(Journal::unlock(dir.path(), &passphrase()).unwrap().draft().is_none());
}

#[test]
fn todays_prompt_stays_all_day_and_its_rotation_is_kept_in_the_vault() {
    let dir = tempfile::tempdir().unwrap();
    let (mut journal, _) = Journal::create(dir.path(), &passphrase()).unwrap();
    let today = day("2026-11-26");
    let first = journal.todays_prompt(today).unwrap().expect("a prompt");
    let other = journal.another_prompt(today).unwrap();
    assert_ne!(first, other);
    journal.lock().unwrap();

    let mut journal = Journal::unlock(dir.path(), &passphrase()).unwrap();
    assert_eq!(journal.todays_prompt(today).unwrap(), Some(other.clone()));
    journal.dismiss_prompt(today).unwrap();
    assert_eq!(journal.todays_prompt(today).unwrap(), None);
    let tomorrow = journal.todays_prompt(day("2026-11-27")).unwrap().expect("a new day, a prompt");
    assert!(tomorrow != first && tomorrow != other, "recent prompts are held back");
}

#[test]
fn whose_journal_it_is_is_kept_and_decides_the_prompts_and_the_first_feelings() {
    let dir = tempfile::tempdir().unwrap();
    let (mut journal, _) = Journal::create(dir.path(), &passphrase()).unwrap();
    assert_eq!(journal.role(), Role::Unsaid, "not said until the person says");
    journal.set_role(Role::WasHurt).unwrap();
    journal.lock().unwrap();

    let mut journal = Journal::unlock(dir.path(), &passphrase()).unwrap();
    assert_eq!(journal.role(), Role::WasHurt);
    assert_eq!(journal.vocabulary().feelings[0], "betrayed");
    for n in 0..200 {
        let today = day("2026-11-26") + chrono::Days::new(n);
        let prompt = journal.todays_prompt(today).unwrap().unwrap();
        let other = journal.another_prompt(today).unwrap();
        for prompt in [prompt, other] {
            assert_ne!(prompt.audience, Audience::BrokeTrust, "{} asked of the partner who was hurt", prompt.id);
        }
    }

    journal.set_role(Role::BrokeTrust).unwrap();
    assert_eq!(journal.vocabulary().feelings[0], "remorseful");
    let today = day("2027-06-01");
    assert_ne!(journal.todays_prompt(today).unwrap().unwrap().audience, Audience::WasHurt);
}
