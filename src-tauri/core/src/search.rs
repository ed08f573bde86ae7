//! Search over every entry, from an index that lives only in memory. It is built at unlock and
//! kept current on every save; nothing searchable ever reaches the disk (an FTS table would
//! hold every word in the clear).
//!
//! Matching ignores case and accents ("resentí" finds "Resenti"), takes the query's words in
//! any order, and treats each query word as the start of a word so results follow typing.
//! Ranking weighs a word by how rare it is in the journal, by where it is found (title, then
//! tags and feelings, then the text) and by whether it is whole or only begun.

use std::collections::{BTreeMap, HashMap};

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use ts_rs::TS;
use unicode_normalization::char::is_combining_mark;
use unicode_normalization::UnicodeNormalization;

use crate::model::{Entry, EntryId, EntrySummary};

/// What a person searches for: words, and filters that every result must pass.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(default)]
pub struct SearchQuery {
    /// Words to find, in any order. Empty lists every entry that passes the filters.
    pub text: String,
    /// Every one of these tags (any case).
    pub tags: Vec<String>,
    /// Every one of these feelings.
    pub feelings: Vec<String>,
    /// Only starred entries.
    pub starred: bool,
    /// From this day on.
    #[ts(type = "string | null")]
    pub from: Option<NaiveDate>,
    /// Up to this day.
    #[ts(type = "string | null")]
    pub to: Option<NaiveDate>,
}

/// A piece of text to show, marked when it matched a searched word.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
pub struct Span {
    /// The text, as written.
    pub text: String,
    /// Whether to highlight it.
    pub matched: bool,
}

/// One entry found.
#[derive(Clone, Debug, PartialEq, Serialize, TS)]
pub struct SearchHit {
    /// The entry.
    pub entry: EntrySummary,
    /// Its title, split where words matched.
    pub title: Vec<Span>,
    /// A passage around the first match in the text (or the opening words), split likewise.
    pub snippet: Vec<Span>,
}

/// The best results, and how many entries matched in all.
#[derive(Clone, Debug, PartialEq, Serialize, TS)]
pub struct SearchResults {
    /// The best matches first; at most the number asked for.
    pub hits: Vec<SearchHit>,
    /// How many entries matched.
    pub total: u32,
}

/// How much a word counts, by where it was found.
const TITLE_WEIGHT: f32 = 3.0;
const LABEL_WEIGHT: f32 = 2.0;
const TEXT_WEIGHT: f32 = 1.0;
/// How fast repeated mentions stop adding to a field's score.
const SATURATION: f32 = 1.2;
/// A word only begun by the query counts for less than a whole one.
const PREFIX_FACTOR: f32 = 0.6;
/// Words shown around the first match in a snippet.
const SNIPPET_WORDS_BEFORE: usize = 8;
const SNIPPET_WORDS: usize = 36;

/// Lower case, without accents, compatibility forms unified ("ﬁ" is "fi"). ASCII, by far the
/// commonest case, skips the Unicode tables.
pub(crate) fn fold(word: &str) -> String {
    if word.is_ascii() {
        return word.to_ascii_lowercase();
    }
    word.nfkd().filter(|c| !is_combining_mark(*c)).flat_map(char::to_lowercase).collect()
}

/// The words of `text` with their byte ranges: runs of letters and digits.
fn words(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.split(|c: char| !c.is_alphanumeric()).filter(|word| !word.is_empty()).map(move |word| {
        // `split` yields subslices of `text`, so the offset is the distance between pointers.
        (word.as_ptr() as usize - text.as_ptr() as usize, word)
    })
}

/// Where an entry sits in the index. Numbers only grow, so postings stay sorted by appending.
type DocNumber = u32;

struct Document {
    entry: EntryId,
    day: NaiveDate,
    terms: Vec<String>,
}

/// The in-memory index of every entry's words.
#[derive(Default)]
pub(crate) struct SearchIndex {
    /// Each folded word, with the documents holding it and its weighted count in each.
    postings: BTreeMap<String, Vec<(DocNumber, f32)>>,
    documents: HashMap<DocNumber, Document>,
    by_entry: HashMap<EntryId, DocNumber>,
    next: DocNumber,
}

impl SearchIndex {
    /// Adds an entry, or replaces what was indexed for it.
    pub(crate) fn insert(&mut self, entry: &Entry) {
        self.remove(entry.id);
        // Each field's count saturates on its own (the tenth mention of a word adds little to
        // the ninth), then fields add up by weight: a title match outranks a word said often.
        let mut weights: HashMap<String, f32> = HashMap::new();
        let mut add_field = |texts: &[&str], weight: f32| {
            let mut counts: HashMap<String, f32> = HashMap::new();
            for text in texts {
                for (_, word) in words(text) {
                    *counts.entry(fold(word)).or_default() += 1.0;
                }
            }
            for (term, count) in counts {
                *weights.entry(term).or_default() += weight * count / (count + SATURATION);
            }
        };
        add_field(&[&entry.title], TITLE_WEIGHT);
        let labels: Vec<&str> = entry.tags.iter().chain(&entry.feelings).map(String::as_str).collect();
        add_field(&labels, LABEL_WEIGHT);
        add_field(&[&entry.text], TEXT_WEIGHT);

        let number = self.next;
        self.next += 1;
        let mut terms = Vec::with_capacity(weights.len());
        for (term, weight) in weights {
            self.postings.entry(term.clone()).or_default().push((number, weight));
            terms.push(term);
        }
        self.documents.insert(number, Document { entry: entry.id, day: entry.day, terms });
        self.by_entry.insert(entry.id, number);
    }

    /// Forgets an entry.
    pub(crate) fn remove(&mut self, entry: EntryId) {
        let Some(number) = self.by_entry.remove(&entry) else { return };
        let Some(document) = self.documents.remove(&number) else { return };
        for term in document.terms {
            if let Some(list) = self.postings.get_mut(&term) {
                if let Ok(at) = list.binary_search_by_key(&number, |(doc, _)| *doc) {
                    list.remove(at);
                }
                if list.is_empty() {
                    self.postings.remove(&term);
                }
            }
        }
    }

    /// The entries holding every word of `text` (each word matching a whole word or its
    /// start), with their scores; `None` when `text` has no words, meaning "no word filter".
    pub(crate) fn matches(&self, text: &str) -> Option<Vec<(EntryId, NaiveDate, f32)>> {
        let mut query: Vec<String> = words(text).map(|(_, word)| fold(word)).collect();
        if query.is_empty() {
            return None;
        }
        query.sort();
        query.dedup();
        let total = self.documents.len().max(1) as f32;
        let mut scores: Option<HashMap<DocNumber, f32>> = None;
        for word in &query {
            let mut found: HashMap<DocNumber, f32> = HashMap::new();
            let from = (std::ops::Bound::Included(word.as_str()), std::ops::Bound::Unbounded);
            for (term, list) in self.postings.range::<str, _>(from).take_while(|(term, _)| term.starts_with(word.as_str())) {
                let rarity = (1.0 + total / list.len() as f32).ln();
                let whole = if term == word { 1.0 } else { PREFIX_FACTOR };
                for &(doc, weight) in list {
                    if scores.as_ref().is_some_and(|kept| !kept.contains_key(&doc)) {
                        continue;
                    }
                    let score = rarity * whole * weight;
                    let best = found.entry(doc).or_default();
                    *best = best.max(score);
                }
            }
            scores = Some(match scores {
                None => found,
                Some(kept) => found.into_iter().map(|(doc, score)| (doc, score + kept[&doc])).collect(),
            });
        }
        let scores = scores.unwrap_or_default();
        Some(
            scores
                .into_iter()
                .map(|(doc, score)| {
                    let document = &self.documents[&doc];
                    (document.entry, document.day, score)
                })
                .collect(),
        )
    }
}

/// Splits `text` into spans, marking the words that begin with a query word.
pub(crate) fn highlight(text: &str, query: &[String]) -> Vec<Span> {
    spans(text, 0, text.len(), query)
}

/// A passage of `text` around its first matching word, or its opening when none matches.
pub(crate) fn snippet(text: &str, query: &[String]) -> Vec<Span> {
    let found: Vec<(usize, &str)> = words(text).collect();
    let first = found.iter().position(|(_, word)| is_match(word, query)).unwrap_or(0);
    let start_word = first.saturating_sub(SNIPPET_WORDS_BEFORE);
    let Some(&(start, _)) = found.get(start_word) else { return Vec::new() };
    let end = found
        .get(start_word + SNIPPET_WORDS)
        .map_or(text.len(), |&(at, _)| at);
    let mut spans = spans(text, start, end, query);
    // A passage reads as one line: line breaks would break the result list's layout.
    for span in &mut spans {
        span.text = collapse_whitespace(&span.text);
    }
    if start > 0 {
        spans.insert(0, Span { text: "…".into(), matched: false });
    }
    if end < text.len() {
        spans.push(Span { text: "…".into(), matched: false });
    }
    spans.retain(|span| !span.text.is_empty());
    spans
}

fn collapse_whitespace(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if !c.is_whitespace() {
            out.push(c);
        } else if !out.ends_with(' ') {
            out.push(' ');
        }
    }
    out
}

fn is_match(word: &str, query: &[String]) -> bool {
    let folded = fold(word);
    query.iter().any(|q| folded.starts_with(q.as_str()))
}

fn spans(text: &str, start: usize, end: usize, query: &[String]) -> Vec<Span> {
    let mut spans: Vec<Span> = Vec::new();
    let mut push = |piece: &str, matched: bool| {
        if piece.is_empty() {
            return;
        }
        match spans.last_mut() {
            Some(last) if last.matched == matched => last.text.push_str(piece),
            _ => spans.push(Span { text: piece.to_owned(), matched }),
        }
    };
    let slice = &text[start..end];
    let mut at = 0;
    for (offset, word) in words(slice) {
        push(&slice[at..offset], false);
        push(word, is_match(word, query));
        at = offset + word.len();
    }
    push(&slice[at..], false);
    spans
}

/// The folded words of a query, for highlighting.
pub(crate) fn query_words(text: &str) -> Vec<String> {
    words(text).map(|(_, word)| fold(word)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding_drops_case_accents_and_compatibility_forms() {
        assert_eq!(fold("Résumé"), "resume");
        assert_eq!(fold("ÇA"), "ca");
        assert_eq!(fold("ﬁne"), "fine");
        assert_eq!(fold("Straße"), "straße");
        assert_eq!(fold("ΣΟΦΙΑ"), "σοφια");
    }

    #[test]
    fn words_are_runs_of_letters_and_digits_with_their_offsets() {
        let found: Vec<_> = words("We met at 7, then—calmly—talked.").collect();
        let texts: Vec<&str> = found.iter().map(|(_, w)| *w).collect();
        assert_eq!(texts, ["We", "met", "at", "7", "then", "calmly", "talked"]);
        assert_eq!(found[4].0, 13);
    }

    #[test]
    fn spans_mark_words_that_begin_with_a_query_word() {
        let spans = highlight("Honest talk, honestly.", &["honest".into()]);
        let marked: Vec<(&str, bool)> = spans.iter().map(|s| (s.text.as_str(), s.matched)).collect();
        assert_eq!(marked, [("Honest", true), (" talk, ", false), ("honestly", true), (".", false)]);
    }

    #[test]
    fn a_snippet_centres_on_the_first_match_and_says_what_was_cut() {
        let text = (0..100).map(|i| format!("w{i}")).collect::<Vec<_>>().join(" ") + " needle end";
        let spans = snippet(&text, &["needle".into()]);
        assert_eq!(spans.first().unwrap().text, "…");
        assert!(spans.iter().any(|s| s.matched && s.text == "needle"));
        let joined: String = spans.iter().map(|s| s.text.as_str()).collect();
        assert!(joined.starts_with("…w92 "), "{joined}");
        assert!(!joined.contains('\n'));
    }
}
