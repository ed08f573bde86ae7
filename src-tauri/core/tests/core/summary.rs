//! The summary for a therapy session: only the chosen sections, only the picked entries, and
//! only what happened within the span.

use kintsugi_core::{
    Cadence, EntryDraft, Error, Journal, Keeping, MilestoneDraft, MilestoneKind, Owner, SummaryRequest, SummarySection, TriggerDraft, WinDraft, WinFrom,
    WinKind,
};

use crate::support::{at, day, passphrase};

const ALL: [SummarySection; 5] =
    [SummarySection::Trust, SummarySection::Wins, SummarySection::Agreements, SummarySection::Triggers, SummarySection::Milestones];

fn request(from: &str, to: &str, sections: &[SummarySection], entries: Vec<kintsugi_core::EntryId>) -> SummaryRequest {
    SummaryRequest { from: day(from), to: day(to), sections: sections.to_vec(), entries }
}

#[test]
fn a_summary_holds_the_chosen_sections_the_picked_entries_and_nothing_outside_its_span() {
    let dir = tempfile::tempdir().unwrap();
    let (mut journal, _) = Journal::create(dir.path(), &passphrase()).unwrap();
    let now = at("2026-11-30T21:00:00+00:00");
    let entry =
        |journal: &mut Journal, on: &str, text: &str, trust: u8| journal.save_entry(EntryDraft::new(day(on), text).with_trust(Some(trust)), now).unwrap().id;
    let before = entry(&mut journal, "2026-10-31", "Before the span.", 2);
    let picked = entry(&mut journal, "2026-11-02", "We talked on the stairs.", 4);
    let unpicked = entry(&mut journal, "2026-11-03", "Something not for the session.", 6);
    entry(&mut journal, "2026-11-10", "A calmer week.", 7);

    let win = |on: &str, kind| WinDraft { id: None, day: day(on), text: format!("win on {on}"), kind, from: WinFrom::Partner, entry: None };
    journal.save_win(win("2026-11-04", WinKind::Communication), now).unwrap();
    journal.save_win(win("2026-11-05", WinKind::Communication), now).unwrap();
    journal.save_win(win("2026-11-06", WinKind::Empathy), now).unwrap();
    journal.save_win(win("2026-12-01", WinKind::Empathy), now).unwrap();

    let agreement = journal.add_agreement("A call when running late", Cadence::WhenItComesUp, Owner::Theirs, day("2026-10-01")).unwrap().id;
    journal.mark_agreement(agreement, day("2026-10-20"), Some(Keeping::Missed)).unwrap();
    journal.mark_agreement(agreement, day("2026-11-03"), Some(Keeping::Kept)).unwrap();
    journal.mark_agreement(agreement, day("2026-11-08"), Some(Keeping::Missed)).unwrap();
    journal.note_repair(agreement, day("2026-11-08"), "Saying so that evening").unwrap();
    journal.add_agreement("Unmarked in the span", Cadence::Daily, Owner::Ours, day("2026-10-01")).unwrap();

    let trigger =
        TriggerDraft { id: None, day: day("2026-11-07"), what: "A late message".into(), intensity: 4, helped: "A walk".into(), settled_minutes: Some(20) };
    journal.save_trigger(trigger, now).unwrap();
    let session = MilestoneDraft { id: None, day: day("2026-11-09"), kind: MilestoneKind::CouplesSession, title: String::new(), note: "Session six".into() };
    journal.save_milestone(session, now).unwrap();

    let summary = journal.summary(&request("2026-11-01", "2026-11-30", &ALL, vec![picked, before])).unwrap();
    assert_eq!(summary.entries.iter().map(|e| e.text.as_str()).collect::<Vec<_>>(), ["We talked on the stairs."], "an entry outside the span is not taken in");
    // The choices carry each entry's opening words for the picker, never for the summary.
    assert_eq!(summary.choices.len(), 3);
    assert!(summary.choices.iter().any(|c| c.id == unpicked));
    let shown = kintsugi_core::Summary { choices: Vec::new(), ..summary.clone() };
    assert!(!format!("{shown:?}").contains("not for the session"), "no unpicked entry's words");

    let trust = summary.trust.unwrap();
    assert_eq!(trust.iter().map(|w| (w.start, w.average, w.check_ins)).collect::<Vec<_>>(), [(day("2026-11-02"), 5.0, 2), (day("2026-11-09"), 7.0, 1),]);
    let wins = summary.wins.unwrap();
    assert_eq!(wins.wins.len(), 3);
    assert_eq!(wins.by_kind.iter().map(|k| (k.kind, k.count)).collect::<Vec<_>>(), [(WinKind::Communication, 2), (WinKind::Empathy, 1)]);
    let agreements = summary.agreements.unwrap();
    assert_eq!(agreements.len(), 1, "an agreement not marked in the span is left out");
    assert_eq!((agreements[0].kept, agreements[0].missed, agreements[0].owner), (1, 1, Owner::Theirs));
    assert_eq!(agreements[0].repair_notes[0].note.as_deref(), Some("Saying so that evening"));
    assert_eq!(summary.triggers.unwrap()[0].helped, "A walk");
    assert_eq!(summary.milestones.unwrap()[0].note, "Session six");

    let only_wins = journal.summary(&request("2026-11-01", "2026-11-30", &[SummarySection::Wins], Vec::new())).unwrap();
    assert!(only_wins.trust.is_none() && only_wins.agreements.is_none() && only_wins.triggers.is_none() && only_wins.milestones.is_none());
    assert!(only_wins.entries.is_empty());
}

#[test]
fn a_backwards_or_overlong_span_is_refused_with_a_reason() {
    let dir = tempfile::tempdir().unwrap();
    let (journal, _) = Journal::create(dir.path(), &passphrase()).unwrap();
    let backwards = journal.summary(&request("2026-11-30", "2026-11-01", &[], Vec::new()));
    assert!(matches!(&backwards, Err(Error::InvalidInput(m)) if m.contains("first day comes after the last")), "{backwards:?}");
    let long = journal.summary(&request("2000-01-01", "2026-11-01", &[], Vec::new()));
    assert!(matches!(&long, Err(Error::InvalidInput(m)) if m.contains("up to ten years")), "{long:?}");
    assert!(journal.summary(&request("2016-11-02", "2026-11-01", &[], Vec::new())).is_ok());
}
