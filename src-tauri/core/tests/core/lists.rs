//! The lists the screens show without holding every entry: the latest few, one day's, one
//! month's, and the written days either side of a day.

use chrono::{Duration, NaiveDate};
use kintsugi_core::{EntryDraft, EntryId, Journal};
use proptest::prelude::*;

use crate::support::{at, day, passphrase};

fn ids(listed: &[kintsugi_core::EntrySummary]) -> Vec<EntryId> {
    listed.iter().map(|entry| entry.id).collect()
}

#[test]
fn the_latest_entries_come_newest_day_first_with_the_total_and_the_first_day() {
    let dir = tempfile::tempdir().unwrap();
    let (mut journal, _) = Journal::create(dir.path(), &passphrase()).unwrap();
    let empty = journal.recent_entries(30);
    assert!(empty.entries.is_empty());
    assert_eq!((empty.total, empty.since), (0, None));

    let march_morning = journal_save(&mut journal, "2026-03-01", "2026-03-01T08:00:00Z");
    let may = journal_save(&mut journal, "2026-05-01", "2026-05-01T08:00:00Z");
    // Begun later, though written about an earlier day than May's.
    let march_evening = journal_save(&mut journal, "2026-03-01", "2026-06-01T21:00:00Z");
    let recent = journal.recent_entries(2);
    assert_eq!(ids(&recent.entries), [may, march_evening]);
    assert_eq!((recent.total, recent.since), (3, Some(day("2026-03-01"))));
    assert_eq!(ids(&journal.recent_entries(10).entries), [may, march_evening, march_morning]);
}

fn journal_save(journal: &mut Journal, d: &str, time: &str) -> EntryId {
    journal.save_entry(EntryDraft::new(day(d), format!("written {time}")), at(time)).unwrap().id
}

#[test]
fn a_day_and_a_month_list_their_own_entries_and_follow_edits_and_deletions() {
    let dir = tempfile::tempdir().unwrap();
    let (mut journal, _) = Journal::create(dir.path(), &passphrase()).unwrap();
    let first = journal_save(&mut journal, "2026-02-10", "2026-02-10T08:00:00Z");
    let second = journal_save(&mut journal, "2026-02-10", "2026-02-10T20:00:00Z");
    let later = journal_save(&mut journal, "2026-02-28", "2026-02-28T08:00:00Z");
    journal_save(&mut journal, "2026-03-01", "2026-03-01T08:00:00Z");
    journal_save(&mut journal, "2026-01-31", "2026-01-31T08:00:00Z");

    assert_eq!(ids(&journal.entries_on(day("2026-02-10"))), [second, first]);
    assert!(journal.entries_on(day("2026-02-11")).is_empty());
    assert_eq!(ids(&journal.entries_in_month(2026, 2)), [later, second, first]);
    assert!(journal.entries_in_month(2026, 13).is_empty(), "no such month");
    assert!(journal.entries_in_month(2026, 0).is_empty(), "no such month");

    let moved = EntryDraft::editing(journal.entry(first).unwrap()).with_day(day("2026-03-05"));
    journal.save_entry(moved, at("2026-03-05T09:00:00Z")).unwrap();
    assert_eq!(ids(&journal.entries_on(day("2026-02-10"))), [second]);
    assert_eq!(ids(&journal.entries_in_month(2026, 2)), [later, second]);
    assert_eq!(journal.entries_in_month(2026, 3)[0].id, first, "keeps its place among March's");

    journal.delete_entry(second).unwrap();
    assert!(journal.entries_on(day("2026-02-10")).is_empty());
    assert_eq!(ids(&journal.entries_in_month(2026, 2)), [later]);
    assert_eq!(journal.recent_entries(0).total, 4);
}

#[test]
fn stepping_finds_the_nearest_written_day_either_side() {
    let dir = tempfile::tempdir().unwrap();
    let (mut journal, _) = Journal::create(dir.path(), &passphrase()).unwrap();
    assert_eq!(journal.written_day_before(day("2026-01-01")), None);
    for d in ["2025-12-31", "2026-01-10", "2026-01-10", "2026-03-02"] {
        journal_save(&mut journal, d, &format!("{d}T12:00:00Z"));
    }
    assert_eq!(journal.written_day_before(day("2026-01-10")), Some(day("2025-12-31")));
    assert_eq!(journal.written_day_after(day("2026-01-10")), Some(day("2026-03-02")));
    assert_eq!(journal.written_day_after(day("2026-01-01")), Some(day("2026-01-10")), "from an unwritten day");
    assert_eq!(journal.written_day_before(day("2025-12-31")), None);
    assert_eq!(journal.written_day_after(day("2026-03-02")), None);
}

/// What is done to the journal: a new entry (a day within a few months, and how many minutes
/// after the last change it is begun, zero making a tie), an entry moved to another day, or one
/// deleted.
#[derive(Clone, Debug)]
enum Change {
    Write { day: u16, minutes: u8 },
    Move { which: usize, day: u16 },
    Delete { which: usize },
}

fn any_change() -> impl Strategy<Value = Change> {
    prop_oneof![
        3 => (0u16..120, 0u8..3).prop_map(|(day, minutes)| Change::Write { day, minutes }),
        1 => (any::<usize>(), 0u16..120).prop_map(|(which, day)| Change::Move { which, day }),
        1 => any::<usize>().prop_map(|which| Change::Delete { which }),
    ]
}

/// Every entry in the order lists show them, as the test keeps track of it.
fn expected(kept: &[(EntryId, NaiveDate, chrono::DateTime<chrono::FixedOffset>)]) -> Vec<(EntryId, NaiveDate)> {
    let mut sorted = kept.to_vec();
    sorted.sort_by_key(|a| std::cmp::Reverse((a.1, a.2, a.0)));
    sorted.into_iter().map(|(id, day, _)| (id, day)).collect()
}

fn assert_lists_agree(journal: &Journal, all: &[(EntryId, NaiveDate)]) -> Result<(), TestCaseError> {
    let recent = journal.recent_entries(usize::MAX);
    prop_assert_eq!(ids(&recent.entries), all.iter().map(|(id, _)| *id).collect::<Vec<_>>());
    prop_assert_eq!(recent.total as usize, all.len());
    prop_assert_eq!(recent.since, all.last().map(|(_, day)| *day));
    prop_assert_eq!(ids(&journal.recent_entries(3).entries), ids(&recent.entries[..all.len().min(3)]));
    let start = day("2026-01-01");
    for offset in -1..=121 {
        let probe = start + Duration::days(offset);
        let on: Vec<EntryId> = all.iter().filter(|(_, d)| *d == probe).map(|(id, _)| *id).collect();
        prop_assert_eq!(ids(&journal.entries_on(probe)), on);
        let before = all.iter().map(|(_, d)| *d).find(|d| *d < probe);
        let after = all.iter().rev().map(|(_, d)| *d).find(|d| *d > probe);
        prop_assert_eq!(journal.written_day_before(probe), before);
        prop_assert_eq!(journal.written_day_after(probe), after);
    }
    for month in 1..=5 {
        let of_month: Vec<EntryId> = all.iter().filter(|(_, d)| chrono::Datelike::month(d) == month).map(|(id, _)| *id).collect();
        prop_assert_eq!(ids(&journal.entries_in_month(2026, month)), of_month);
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(12))]

    /// However entries come, move and go, every list agrees with the whole journal sorted, and
    /// the order rebuilt at unlock is the one kept while writing.
    #[test]
    fn every_list_is_a_slice_of_the_whole_journal_in_order(changes in prop::collection::vec(any_change(), 1..40)) {
        let dir = tempfile::tempdir().unwrap();
        let (mut journal, recovery) = Journal::create(dir.path(), &passphrase()).unwrap();
        let start = day("2026-01-01");
        let mut now = at("2026-01-01T08:00:00+01:00");
        let mut kept = Vec::new();
        for change in changes {
            match change {
                Change::Write { day, minutes } => {
                    now += Duration::minutes(i64::from(minutes));
                    let day = start + Duration::days(i64::from(day));
                    let entry = journal.save_entry(EntryDraft::new(day, "a few words"), now).unwrap();
                    kept.push((entry.id, entry.day, entry.created));
                }
                Change::Move { which, day } if !kept.is_empty() => {
                    let index = which % kept.len();
                    let day = start + Duration::days(i64::from(day));
                    let draft = EntryDraft::editing(journal.entry(kept[index].0).unwrap()).with_day(day).with_text("moved");
                    kept[index].1 = journal.save_entry(draft, now).unwrap().day;
                }
                Change::Delete { which } if !kept.is_empty() => {
                    let (id, _, _) = kept.remove(which % kept.len());
                    journal.delete_entry(id).unwrap();
                }
                _ => {}
            }
        }
        let all = expected(&kept);
        assert_lists_agree(&journal, &all)?;
        journal.lock().unwrap();
        let journal = Journal::unlock_with_recovery_key(dir.path(), &recovery).unwrap();
        assert_lists_agree(&journal, &all)?;
    }
}
