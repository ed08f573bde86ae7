//! Finding entries again: search ranking and filters, the calendar and "On this day".

use kintsugi_core::{EntryDraft, EntryId, Journal, SearchQuery};

use crate::support::{at, day, passphrase};

fn journal_with(entries: Vec<EntryDraft>) -> (tempfile::TempDir, Journal, Vec<EntryId>) {
    let dir = tempfile::tempdir().unwrap();
    let (mut journal, _) = Journal::create(dir.path(), &passphrase()).unwrap();
    let ids = entries
        .into_iter()
        .map(|draft| {
            let now = at(&format!("{}T20:00:00+01:00", draft.day));
            journal.save_entry(draft, now).unwrap().id
        })
        .collect();
    (dir, journal, ids)
}

fn found(journal: &mut Journal, query: &SearchQuery) -> Vec<EntryId> {
    journal.search(query, 100).hits.into_iter().map(|hit| hit.entry.id).collect()
}

fn words(text: &str) -> SearchQuery {
    SearchQuery { text: text.into(), ..SearchQuery::default() }
}

#[test]
fn search_ignores_case_accents_and_word_order_and_follows_typing() {
    let (_dir, mut journal, ids) = journal_with(vec![
        EntryDraft::new(day("2026-03-01"), "Le café était fermé, on a marché au bord de l'eau."),
        EntryDraft::new(day("2026-03-02"), "Straße, ΣΟΦΙΑ and Ærø: the long drive home."),
        EntryDraft::new(day("2026-03-03"), "Nothing in common with the others."),
    ]);
    assert_eq!(found(&mut journal, &words("CAFE")), [ids[0]]);
    assert_eq!(found(&mut journal, &words("marche ferme")), [ids[0]], "any order");
    assert_eq!(found(&mut journal, &words("FERMÉ  Marché")), [ids[0]]);
    assert_eq!(found(&mut journal, &words("caf")), [ids[0]], "a word being typed matches");
    assert_eq!(found(&mut journal, &words("σοφια")), [ids[1]]);
    assert_eq!(found(&mut journal, &words("straße ærø")), [ids[1]]);
    assert!(found(&mut journal, &words("cafe drive")).is_empty(), "every word must match");
    assert!(found(&mut journal, &words("zebra")).is_empty());
}

#[test]
fn results_are_ranked_title_first_then_by_how_much_they_say() {
    let (_dir, mut journal, ids) = journal_with(vec![
        EntryDraft::new(day("2026-01-01"), "We spoke about boundaries once."),
        EntryDraft::new(day("2026-01-02"), "Boundaries again. Boundaries, boundaries: new boundaries agreed."),
        EntryDraft::new(day("2026-01-03"), "A quiet day.").with_title("Boundaries"),
        EntryDraft::new(day("2026-01-04"), "Unbounded joy"),
    ]);
    assert_eq!(found(&mut journal, &words("boundaries")), [ids[2], ids[1], ids[0]]);
    // A whole word outranks a word that only begins with the query.
    let (_dir, mut journal, ids) = journal_with(vec![EntryDraft::new(day("2026-01-01"), "trustworthy"), EntryDraft::new(day("2026-01-02"), "trust")]);
    assert_eq!(found(&mut journal, &words("trust")), [ids[1], ids[0]]);
}

#[test]
fn matches_are_highlighted_in_the_title_and_a_passage_of_the_text() {
    let long_text = format!("{} Then we finally talked honestly. {}", "Filler words here. ".repeat(30), "More after. ".repeat(30));
    let (_dir, mut journal, _) = journal_with(vec![EntryDraft::new(day("2026-05-05"), long_text).with_title("Honest evening")]);
    let hit = &journal.search(&words("honest"), 10).hits[0];
    let marked: Vec<&str> = hit.title.iter().filter(|s| s.matched).map(|s| s.text.as_str()).collect();
    assert_eq!(marked, ["Honest"]);
    let snippet: String = hit.snippet.iter().map(|s| s.text.as_str()).collect();
    assert!(snippet.starts_with('…') && snippet.ends_with('…'), "{snippet}");
    assert!(snippet.contains("finally talked honestly"), "{snippet}");
    assert!(hit.snippet.iter().any(|s| s.matched && s.text == "honestly"));
}

#[test]
fn filters_combine_with_words_and_work_alone() {
    let (_dir, mut journal, ids) = journal_with(vec![
        EntryDraft::new(day("2026-02-01"), "Session one").with_tags(["Therapy"]).with_feelings(["anxious"]),
        EntryDraft::new(day("2026-02-08"), "Session two").with_tags(["therapy", "homework"]).with_feelings(["hopeful"]).with_star(true),
        EntryDraft::new(day("2026-02-15"), "A walk").with_feelings(["hopeful"]),
    ]);
    let mut query = |f: fn(&mut SearchQuery)| {
        let mut query = SearchQuery::default();
        f(&mut query);
        found(&mut journal, &query)
    };
    assert_eq!(query(|q| q.tags = vec!["THERAPY".into()]), [ids[1], ids[0]], "newest first without words");
    assert_eq!(query(|q| q.tags = vec!["therapy".into(), "homework".into()]), [ids[1]]);
    assert_eq!(query(|q| q.feelings = vec!["hopeful".into()]), [ids[2], ids[1]]);
    assert_eq!(query(|q| q.starred = true), [ids[1]]);
    assert_eq!(query(|q| q.from = Some("2026-02-02".parse().unwrap())), [ids[2], ids[1]]);
    assert_eq!(query(|q| q.to = Some("2026-02-08".parse().unwrap())), [ids[1], ids[0]]);
    assert_eq!(query(|q| (q.text, q.feelings) = ("session".into(), vec!["hopeful".into()])), [ids[1]]);
    assert_eq!(query(|_| {}).len(), 3);
    assert_eq!(journal.search(&SearchQuery::default(), 2).total, 3, "the total counts beyond the limit");
}

#[test]
fn the_index_follows_edits_and_deletes_and_is_rebuilt_at_unlock() {
    let (dir, mut journal, ids) = journal_with(vec![EntryDraft::new(day("2026-04-01"), "apples")]);
    let entry = journal.entry(ids[0]).unwrap().clone();
    journal.save_entry(EntryDraft::editing(&entry).with_text("pears"), at("2026-04-01T21:00:00Z")).unwrap();
    assert!(found(&mut journal, &words("apples")).is_empty());
    assert_eq!(found(&mut journal, &words("pears")), ids);
    journal.lock().unwrap();
    let mut journal = Journal::unlock(dir.path(), &passphrase()).unwrap();
    assert_eq!(found(&mut journal, &words("pears")), ids);
    journal.delete_entry(ids[0]).unwrap();
    assert!(found(&mut journal, &words("pears")).is_empty());
}

#[test]
fn the_calendar_marks_days_with_their_mean_trust() {
    let (_dir, journal, _) = journal_with(vec![
        EntryDraft::new(day("2028-02-29"), "leap").with_trust(Some(6)),
        EntryDraft::new(day("2028-02-29"), "again").with_trust(Some(7)).with_star(true),
        EntryDraft::new(day("2028-02-29"), "no rating"),
        EntryDraft::new(day("2028-02-01"), "unrated"),
        EntryDraft::new(day("2028-03-01"), "next month").with_trust(Some(2)),
    ]);
    let month = journal.calendar_month(2028, 2);
    assert_eq!(month.len(), 2);
    assert_eq!((month[0].day, month[0].entries, month[0].trust, month[0].starred), (day("2028-02-01"), 1, None, false));
    // 6.5 rounds half up to 7.
    assert_eq!((month[1].day, month[1].entries, month[1].trust, month[1].starred), (day("2028-02-29"), 3, Some(7), true));
    assert!(journal.calendar_month(2028, 4).is_empty());
}

#[test]
fn on_this_day_brings_back_earlier_months_and_years() {
    let (_dir, journal, ids) = journal_with(vec![
        EntryDraft::new(day("2024-02-29"), "leap day"),
        EntryDraft::new(day("2026-01-31"), "end of January"),
        EntryDraft::new(day("2026-01-28"), "January 28"),
        EntryDraft::new(day("2026-02-28"), "today itself"),
        EntryDraft::new(day("2025-02-27"), "a day off"),
    ]);
    let memories = journal.on_this_day(day("2027-02-28"));
    let got: Vec<(EntryId, u32)> = memories.iter().map(|m| (m.entry.id, m.months_ago)).collect();
    assert_eq!(got, [(ids[3], 12), (ids[1], 13), (ids[2], 13), (ids[0], 36)]);
}
