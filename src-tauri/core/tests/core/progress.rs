//! Wins, agreements, triggers and milestones, and the timeline computed from them, checked
//! against figures worked out by hand.

use kintsugi_core::{Cadence, EntryDraft, Error, Journal, Keeping, MilestoneDraft, MilestoneKind, Owner, Step, TriggerDraft, WinDraft, WinFrom, WinKind, Zoom};

use crate::support::{at, day, passphrase};

fn new_journal() -> (tempfile::TempDir, Journal) {
    let dir = tempfile::tempdir().unwrap();
    let (journal, _) = Journal::create(dir.path(), &passphrase()).unwrap();
    (dir, journal)
}

fn win(day_text: &str, kind: WinKind) -> WinDraft {
    WinDraft { id: None, day: day(day_text), text: format!("a win on {day_text}"), kind, from: WinFrom::Partner, entry: None }
}

fn trigger(day_text: &str, what: &str, intensity: u8, minutes: Option<u32>) -> TriggerDraft {
    TriggerDraft { id: None, day: day(day_text), what: what.into(), intensity, helped: "a walk".into(), settled_minutes: minutes }
}

fn check_in(journal: &mut Journal, day_text: &str, trust: u8, time: &str) {
    let draft = EntryDraft::new(day(day_text), "").with_trust(Some(trust));
    journal.save_entry(draft, at(&format!("{day_text}T{time}"))).unwrap();
}

#[test]
fn the_week_view_counts_each_day_and_keeps_empty_ones() {
    let (_dir, mut journal) = new_journal();
    // Two ratings on Tuesday (6 and 7: 6.5), one on Thursday (8), none on the other days.
    check_in(&mut journal, "2026-11-17", 6, "08:00:00+01:00");
    check_in(&mut journal, "2026-11-17", 7, "21:00:00+01:00");
    check_in(&mut journal, "2026-11-19", 8, "21:00:00+01:00");
    let now = at("2026-11-22T12:00:00+01:00");
    journal.save_win(win("2026-11-17", WinKind::Communication), now).unwrap();
    journal.save_win(win("2026-11-17", WinKind::Communication), now).unwrap();
    journal.save_win(win("2026-11-19", WinKind::QualityTime), now).unwrap();
    let agreement = journal.add_agreement("Phone at lunch", Cadence::Daily, Owner::Ours, day("2026-11-01")).unwrap();
    journal.mark_agreement(agreement.id, day("2026-11-17"), Some(Keeping::Kept)).unwrap();
    journal.mark_agreement(agreement.id, day("2026-11-18"), Some(Keeping::Missed)).unwrap();
    journal.save_trigger(trigger("2026-11-18", "A late message", 4, Some(30)), now).unwrap();
    journal.save_trigger(trigger("2026-11-18", "The song", 2, None), now).unwrap();

    let timeline = journal.timeline(Zoom::Week, day("2026-11-22")).unwrap();
    assert_eq!(timeline.step, Step::Day);
    assert_eq!(timeline.points.len(), 7);
    let p = &timeline.points;
    assert_eq!((p[0].start, p[6].end), (day("2026-11-16"), day("2026-11-22")));
    assert_eq!(p[0].trust, None, "a day without a check-in has no trust");
    assert_eq!(p[1].trust, Some(6.5));
    assert_eq!(p[1].rated_days, 1);
    assert_eq!(p[3].trust, Some(8.0));
    // The 7-day average on Thursday: the days rated so far, 6.5 and 8.
    assert_eq!(p[3].trust_average, Some(7.25));
    assert_eq!(p[6].trust_average, Some(7.25));
    assert_eq!(p[0].trust_average, None);
    let communication = timeline.kinds.iter().position(|k| *k == WinKind::Communication).unwrap();
    let quality_time = timeline.kinds.iter().position(|k| *k == WinKind::QualityTime).unwrap();
    assert_eq!(p[1].wins[communication], 2);
    assert_eq!(p[3].wins[quality_time], 1);
    assert_eq!(p[0].wins.iter().sum::<u32>(), 0);
    assert_eq!((p[1].kept, p[1].missed, p[1].keep_rate), (1, 0, Some(1.0)));
    assert_eq!((p[2].kept, p[2].missed, p[2].keep_rate), (0, 1, Some(0.0)));
    assert_eq!(p[3].keep_rate, None);
    assert_eq!((p[2].triggers, p[2].trigger_intensity, p[2].settled_minutes), (2, Some(3.0), Some(30.0)));
}

#[test]
fn weeks_start_on_monday_and_months_follow_the_calendar_through_a_leap_day() {
    let (_dir, mut journal) = new_journal();
    // 29 February 2028 is a Tuesday.
    check_in(&mut journal, "2028-02-29", 4, "22:00:00+01:00");
    check_in(&mut journal, "2028-03-05", 8, "22:00:00+01:00");
    check_in(&mut journal, "2028-03-06", 10, "22:00:00+01:00");
    let quarter = journal.timeline(Zoom::Quarter, day("2028-03-08")).unwrap();
    assert_eq!(quarter.step, Step::Week);
    assert_eq!(quarter.points.len(), 13);
    let last = &quarter.points[12];
    let before = &quarter.points[11];
    assert_eq!((before.start, before.end), (day("2028-02-28"), day("2028-03-05")));
    assert_eq!(before.trust, Some(6.0), "29 Feb and 5 Mar share a week: (4 + 8) / 2");
    assert_eq!((last.start, last.trust), (day("2028-03-06"), Some(10.0)));
    // The 28-day average at the week's end covers 29 Feb to 6 Mar: (4 + 8 + 10) / 3.
    assert_eq!(last.trust_average, Some(22.0 / 3.0));

    let all = journal.timeline(Zoom::All, day("2028-04-15")).unwrap();
    assert_eq!(all.step, Step::Month);
    let months: Vec<_> = all.points.iter().map(|p| (p.start, p.end, p.trust)).collect();
    assert_eq!(
        months,
        [(day("2028-02-01"), day("2028-02-29"), Some(4.0)), (day("2028-03-01"), day("2028-03-31"), Some(9.0)), (day("2028-04-01"), day("2028-04-30"), None),]
    );
}

#[test]
fn a_daylight_saving_change_does_not_move_a_check_in_to_another_day() {
    let (_dir, mut journal) = new_journal();
    // Europe's clocks went back in the night of 25 October 2026: the offsets change, the
    // days the person chose do not.
    check_in(&mut journal, "2026-10-24", 5, "23:30:00+02:00");
    check_in(&mut journal, "2026-10-25", 7, "00:30:00+02:00");
    check_in(&mut journal, "2026-10-25", 9, "23:30:00+01:00");
    let week = journal.timeline(Zoom::Week, day("2026-10-25")).unwrap();
    let trust: Vec<Option<f64>> = week.points.iter().map(|p| p.trust).collect();
    assert_eq!(trust[5..], [Some(5.0), Some(8.0)]);
}

#[test]
fn how_far_you_have_come_compares_the_first_thirty_days_with_the_last() {
    let (_dir, mut journal) = new_journal();
    let now = at("2026-06-01T12:00:00Z");
    // First month: trust 3, one win, one trigger of intensity 5 settling in 120 minutes.
    check_in(&mut journal, "2026-01-01", 3, "21:00:00Z");
    journal.save_win(win("2026-01-10", WinKind::Responsibility), now).unwrap();
    journal.save_trigger(trigger("2026-01-05", "Their phone buzzing", 5, Some(120)), now).unwrap();
    // Last month: trust 7 and 8, three wins, a trigger of intensity 2 settling in 20.
    check_in(&mut journal, "2026-05-20", 7, "21:00:00Z");
    check_in(&mut journal, "2026-05-30", 8, "21:00:00Z");
    for d in ["2026-05-10", "2026-05-15", "2026-05-31"] {
        journal.save_win(win(d, WinKind::Consistency), now).unwrap();
    }
    journal.save_trigger(trigger("2026-05-25", "their phone  buzzing", 2, Some(20)), now).unwrap();
    let agreement = journal.add_agreement("Share calendars", Cadence::Weekly, Owner::Ours, day("2026-01-01")).unwrap();
    journal.mark_agreement(agreement.id, day("2026-01-07"), Some(Keeping::Missed)).unwrap();
    journal.mark_agreement(agreement.id, day("2026-05-27"), Some(Keeping::Kept)).unwrap();

    let progress = journal.progress(day("2026-05-31"));
    assert!(progress.comparable);
    assert_eq!((progress.first.start, progress.first.end), (day("2026-01-01"), day("2026-01-30")));
    assert_eq!((progress.last.start, progress.last.end), (day("2026-05-02"), day("2026-05-31")));
    assert_eq!((progress.first.trust, progress.last.trust), (Some(3.0), Some(7.5)));
    assert_eq!(progress.first.wins_per_week, 7.0 / 30.0);
    assert_eq!(progress.last.wins_per_week, 21.0 / 30.0);
    assert_eq!((progress.first.keep_rate, progress.last.keep_rate), (Some(0.0), Some(1.0)));
    assert_eq!((progress.first.trigger_intensity, progress.last.trigger_intensity), (Some(5.0), Some(2.0)));
    assert_eq!((progress.first.settled_minutes, progress.last.settled_minutes), (Some(120.0), Some(20.0)));

    // The same trigger, however it was typed, is counted together.
    let patterns = journal.trigger_patterns();
    assert_eq!(patterns.frequent.len(), 1);
    assert_eq!((patterns.frequent[0].count, patterns.frequent[0].intensity), (2, 3.5));
    assert_eq!(patterns.months.len(), 2, "months without triggers are left out");

    // With little history the two stretches overlap, and it says so.
    let (_fresh_dir, mut fresh) = new_journal();
    check_in(&mut fresh, "2026-05-20", 6, "21:00:00Z");
    assert!(!fresh.progress(day("2026-05-31")).comparable);
}

#[test]
fn deleting_a_record_removes_it_from_every_aggregate() {
    let (_dir, mut journal) = new_journal();
    let now = at("2026-03-10T12:00:00Z");
    let kept = journal.save_win(win("2026-03-09", WinKind::Empathy), now).unwrap();
    let gone = journal.save_win(win("2026-03-09", WinKind::Empathy), now).unwrap();
    let trigger = journal.save_trigger(trigger("2026-03-09", "A name", 3, None), now).unwrap();
    let agreement = journal.add_agreement("No contact", Cadence::Daily, Owner::Ours, day("2026-03-01")).unwrap();
    journal.mark_agreement(agreement.id, day("2026-03-09"), Some(Keeping::Kept)).unwrap();
    let milestone = MilestoneDraft { id: None, day: day("2026-03-09"), kind: MilestoneKind::CouplesSession, title: String::new(), note: String::new() };
    let milestone = journal.save_milestone(milestone, now).unwrap();

    journal.delete_win(gone.id).unwrap();
    journal.delete_trigger(trigger.id).unwrap();
    journal.delete_agreement(agreement.id).unwrap();
    journal.delete_milestone(milestone.id).unwrap();
    let week = journal.timeline(Zoom::Week, day("2026-03-10")).unwrap();
    let point = week.points.iter().find(|p| p.start == day("2026-03-09")).unwrap();
    assert_eq!((point.wins.iter().sum::<u32>(), point.triggers, point.kept), (1, 0, 0));
    assert!(week.milestones.is_empty());
    let drill = journal.records_between(day("2026-03-09"), day("2026-03-09")).unwrap();
    assert_eq!(drill.wins.iter().map(|w| w.id).collect::<Vec<_>>(), [kept.id]);
    assert!(drill.triggers.is_empty() && drill.agreement_days.is_empty() && drill.milestones.is_empty());
    assert_eq!(journal.wins_by_week()[0].counts.iter().map(|c| c.count).sum::<u32>(), 1);
    assert!(matches!(journal.delete_win(gone.id), Err(Error::RecordNotFound)));
}

fn message<T>(result: Result<T, Error>) -> String {
    match result {
        Err(Error::InvalidInput(message)) => message,
        Err(other) => panic!("expected a refusal, got {other:?}"),
        Ok(_) => panic!("expected a refusal, got a success"),
    }
}

#[test]
fn bad_input_gets_a_clear_answer_and_changes_nothing() {
    let (dir, mut journal) = new_journal();
    let now = at("2026-03-10T12:00:00Z");
    let empty_win = WinDraft { text: "   ".into(), ..win("2026-03-09", WinKind::Communication) };
    assert!(message(journal.save_win(empty_win, now)).contains("Write a few words"));
    assert!(message(journal.save_trigger(trigger("2026-03-09", "x", 9, None), now)).contains("from 1 to 5, not 9"));
    let old = MilestoneDraft { id: None, day: day("1900-05-01"), kind: MilestoneKind::Anniversary, title: String::new(), note: String::new() };
    assert!(message(journal.save_milestone(old, now)).contains("between the years 1920 and 2200"));
    let untitled = MilestoneDraft { id: None, day: day("2026-03-01"), kind: MilestoneKind::Custom, title: " ".into(), note: String::new() };
    assert!(message(journal.save_milestone(untitled, now)).contains("title"));
    let agreement = journal.add_agreement("Check in at six", Cadence::Daily, Owner::Ours, day("2026-03-01")).unwrap();
    journal.retire_agreement(agreement.id, day("2026-03-05")).unwrap();
    assert!(message(journal.mark_agreement(agreement.id, day("2026-03-06"), Some(Keeping::Kept))).contains("retired"));
    journal.lock().unwrap();

    let journal = Journal::unlock(dir.path(), &passphrase()).unwrap();
    assert!(journal.wins_by_week().is_empty() && journal.triggers().is_empty() && journal.milestones().is_empty());
    let agreements = journal.agreements();
    assert_eq!(agreements.agreements.len(), 1);
    assert!(agreements.agreements[0].marks.is_empty());
    assert_eq!(agreements.agreements[0].retired, Some(day("2026-03-05")));
}
