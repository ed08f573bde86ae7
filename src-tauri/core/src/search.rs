//! Search over every entry, from an index that lives only in memory. It is built at unlock and
//! kept current on every save; nothing searchable ever reaches the disk (an FTS table would
//! hold every word in the clear).
//!
//! Matching ignores case and accents ("resentí" finds "Resenti"), takes the query's words in
//! any order, and treats each query word as the start of a word so results follow typing.
//! Ranking weighs a word by how rare it is in the journal, by where it is found (title, then
//! tags and feelings, then the text) and by whether it is whole or only begun.

use std::collections::BTreeMap;
use std::sync::Arc;
use std::thread::JoinHandle;

use chrono::{DateTime, FixedOffset, NaiveDate};
use rustc_hash::FxHashMap as HashMap;
use serde::{Deserialize, Serialize};
use ts_rs::TS;
use unicode_normalization::char::is_combining_mark;
use unicode_normalization::UnicodeNormalization;
use zeroize::Zeroize;

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

/// Lower case, without accents, compatibility forms unified ("ﬁ" is "fi").
pub(crate) fn fold(word: &str) -> String {
    let mut folded = String::new();
    fold_into(word, &mut folded);
    folded
}

/// [`fold`] into a reused buffer: indexing folds millions of words at unlock. ASCII, by far
/// the commonest case, skips the Unicode tables.
fn fold_into(word: &str, folded: &mut String) {
    folded.clear();
    if word.is_ascii() {
        folded.push_str(word);
        folded.make_ascii_lowercase();
    } else {
        folded.extend(word.nfkd().filter(|c| !is_combining_mark(*c)).flat_map(char::to_lowercase));
    }
}

/// The words of `text` with their byte ranges: runs of letters, digits and the combining marks
/// that decorate them (so a decomposed "é" stays inside its word).
fn words(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.split(|c: char| !(c.is_alphanumeric() || is_combining_mark(c))).filter(|word| !word.is_empty()).map(move |word| {
        // `split` yields subslices of `text`, so the offset is the distance between pointers.
        (word.as_ptr() as usize - text.as_ptr() as usize, word)
    })
}

/// The search index from unlock on: built on a worker thread so unlocking does not wait for
/// it (indexing ten years of text takes a few hundred milliseconds), then ready. Changes made
/// meanwhile are queued and applied when it is first needed.
pub(crate) enum Index {
    Building { worker: JoinHandle<SearchIndex>, queued: Vec<Change> },
    Ready(SearchIndex),
}

/// A change to apply to an index still being built.
pub(crate) enum Change {
    Insert(Arc<Entry>),
    /// The entry as it was indexed: its words say which postings to take it out of.
    Remove(Arc<Entry>),
}

impl Index {
    /// Starts indexing `entries` on a worker thread.
    pub(crate) fn build(entries: Vec<Arc<Entry>>) -> Self {
        let worker = std::thread::spawn(move || {
            let mut index = SearchIndex::default();
            entries.iter().for_each(|entry| index.insert(entry));
            // Lists grown by doubling hold up to twice what they need, and ten years hold
            // millions of postings; later saves regrow only the lists they touch.
            index.postings.iter_mut().for_each(Vec::shrink_to_fit);
            index
        });
        Self::Building { worker, queued: Vec::new() }
    }

    /// Adds an entry; one already indexed is removed first.
    pub(crate) fn insert(&mut self, entry: Arc<Entry>) {
        match self {
            Self::Building { queued, .. } => queued.push(Change::Insert(entry)),
            Self::Ready(index) => index.insert(&entry),
        }
    }

    /// Forgets an entry, as it was indexed.
    pub(crate) fn remove(&mut self, entry: Arc<Entry>) {
        match self {
            Self::Building { queued, .. } => queued.push(Change::Remove(entry)),
            Self::Ready(index) => index.remove(&entry),
        }
    }

    /// The index, waiting for the worker if it has not finished.
    pub(crate) fn ready(&mut self) -> &SearchIndex {
        if let Self::Building { .. } = self {
            let Self::Building { worker, queued } = std::mem::replace(self, Self::Ready(SearchIndex::default())) else { unreachable!("matched just above") };
            // Indexing only panics through a bug; search then finds nothing instead of taking
            // the whole journal down with it.
            let mut index = worker.join().unwrap_or_default();
            for change in queued {
                match change {
                    Change::Insert(entry) => index.insert(&entry),
                    Change::Remove(entry) => index.remove(&entry),
                }
            }
            *self = Self::Ready(index);
        }
        match self {
            Self::Ready(index) => index,
            Self::Building { .. } => unreachable!("replaced just above"),
        }
    }

    /// Waits for the worker so that no decrypted text outlives the journal on another thread.
    pub(crate) fn finish(self) {
        if let Self::Building { worker, .. } = self {
            let _ = worker.join();
        }
    }
}

/// Where an entry sits in the index. Numbers only grow, so postings stay sorted by appending,
/// and they index plain vectors, which keeps a query's inner loop free of hashing.
type DocNumber = u32;

/// What filtering and ordering need, so a query never touches the entries themselves until
/// the few it returns.
struct Document {
    entry: EntryId,
    day: NaiveDate,
    created: DateTime<FixedOffset>,
    starred: bool,
    tags: Vec<String>,
    feelings: Vec<String>,
}

impl Document {
    /// `tags` and `feelings` are the query's, in lower case.
    fn passes(&self, query: &SearchQuery, tags: &[String], feelings: &[String]) -> bool {
        (!query.starred || self.starred)
            && query.from.is_none_or(|from| self.day >= from)
            && query.to.is_none_or(|to| self.day <= to)
            && tags.iter().all(|tag| self.tags.contains(tag))
            && feelings.iter().all(|feeling| self.feelings.contains(feeling))
    }
}

/// A folded word's number in the index's dictionary.
type TermId = u32;

/// An entry's indexed fields, each with its weight: the title, its tags and feelings, the text.
fn fields(entry: &Entry) -> [(Vec<&str>, f32); 3] {
    let labels = entry.tags.iter().chain(&entry.feelings).map(String::as_str).collect();
    [(vec![entry.title.as_str()], TITLE_WEIGHT), (labels, LABEL_WEIGHT), (vec![entry.text.as_str()], TEXT_WEIGHT)]
}

/// The in-memory index of every entry's words.
#[derive(Default)]
pub(crate) struct SearchIndex {
    /// Every folded word ever indexed, by its number; looked up while indexing.
    term_ids: HashMap<Box<str>, TermId>,
    /// The same words in order, for finding every word a query word begins.
    sorted_terms: BTreeMap<Box<str>, TermId>,
    /// For each word number, the documents holding it and its weight in each.
    postings: Vec<Vec<(DocNumber, f32)>>,
    documents: Vec<Option<Document>>,
    by_entry: HashMap<EntryId, DocNumber>,
    /// Reused between documents so indexing allocates little.
    scratch: Scratch,
}

impl Drop for SearchIndex {
    /// The index holds every word written; overwrite them when the journal locks.
    fn drop(&mut self) {
        for (mut term, _) in self.term_ids.drain() {
            term.zeroize();
        }
        for (mut term, _) in std::mem::take(&mut self.sorted_terms) {
            term.zeroize();
        }
        for document in self.documents.iter_mut().flatten() {
            document.tags.zeroize();
            document.feelings.zeroize();
        }
        self.scratch.folded.zeroize();
    }
}

#[derive(Default)]
struct Scratch {
    folded: String,
    field: HashMap<TermId, f32>,
    weights: HashMap<TermId, f32>,
}

impl SearchIndex {
    /// Adds an entry not yet indexed.
    pub(crate) fn insert(&mut self, entry: &Entry) {
        // Each field's count saturates on its own (the tenth mention of a word adds little to
        // the ninth), then fields add up by weight: a title match outranks a word said often.
        let mut scratch = std::mem::take(&mut self.scratch);
        scratch.weights.clear();
        for (texts, weight) in fields(entry) {
            scratch.field.clear();
            for (_, word) in texts.iter().flat_map(|text| words(text)) {
                fold_into(word, &mut scratch.folded);
                *scratch.field.entry(self.term_id(&scratch.folded)).or_default() += 1.0;
            }
            for (&term, &count) in &scratch.field {
                *scratch.weights.entry(term).or_default() += weight * count / (count + SATURATION);
            }
        }

        let number = DocNumber::try_from(self.documents.len()).expect("fewer than 4 billion saves per unlock");
        for (&term, &weight) in &scratch.weights {
            self.postings[term as usize].push((number, weight));
        }
        self.scratch = scratch;
        self.documents.push(Some(Document {
            entry: entry.id,
            day: entry.day,
            created: entry.created,
            starred: entry.starred,
            tags: entry.tags.iter().map(|tag| tag.to_lowercase()).collect(),
            feelings: entry.feelings.clone(),
        }));
        self.by_entry.insert(entry.id, number);
    }

    fn term_id(&mut self, folded: &str) -> TermId {
        if let Some(&id) = self.term_ids.get(folded) {
            return id;
        }
        let id = TermId::try_from(self.postings.len()).expect("fewer than 4 billion distinct words");
        self.term_ids.insert(folded.into(), id);
        self.sorted_terms.insert(folded.into(), id);
        self.postings.push(Vec::new());
        id
    }

    /// Forgets an entry, given as it was indexed. Its words are read again to find its
    /// postings: keeping each document's word list instead would cost more memory than all
    /// the postings' weights.
    pub(crate) fn remove(&mut self, entry: &Entry) {
        let Some(number) = self.by_entry.remove(&entry.id) else { return };
        self.documents[number as usize] = None;
        // A word left with no documents keeps its (empty) place in the dictionary: cheaper
        // than renumbering, and gone at the next unlock.
        let mut folded = std::mem::take(&mut self.scratch.folded);
        for (texts, _) in fields(entry) {
            for (_, word) in texts.iter().flat_map(|text| words(text)) {
                fold_into(word, &mut folded);
                let Some(&term) = self.term_ids.get(folded.as_str()) else { continue };
                let list = &mut self.postings[term as usize];
                if let Ok(at) = list.binary_search_by_key(&number, |(doc, _)| *doc) {
                    list.remove(at);
                }
            }
        }
        self.scratch.folded = folded;
    }

    /// The best `limit` entries for `query` and how many matched in all: by relevance when it
    /// has words (every word must match a whole word or a word's start), newest first when
    /// it has none.
    pub(crate) fn search(&self, query: &SearchQuery, limit: usize) -> (Vec<EntryId>, usize) {
        let lower = |labels: &[String]| labels.iter().map(|label| label.to_lowercase()).collect::<Vec<_>>();
        let (tags, feelings) = (lower(&query.tags), lower(&query.feelings));
        let mut found: Vec<(&Document, f32)> = match self.scores(&query.text) {
            Some(scored) => scored
                .into_iter()
                .filter_map(|(doc, score)| Some((self.documents[doc as usize].as_ref()?, score)))
                .filter(|(document, _)| document.passes(query, &tags, &feelings))
                .collect(),
            None => self.documents.iter().flatten().filter(|d| d.passes(query, &tags, &feelings)).map(|d| (d, 0.0)).collect(),
        };
        let total = found.len();
        let order = |a: &(&Document, f32), b: &(&Document, f32)| b.1.total_cmp(&a.1).then(b.0.day.cmp(&a.0.day)).then(b.0.created.cmp(&a.0.created));
        if found.len() > limit {
            found.select_nth_unstable_by(limit, order);
            found.truncate(limit);
        }
        found.sort_by(order);
        (found.into_iter().map(|(document, _)| document.entry).collect(), total)
    }

    /// Every document holding all the words of `text`, with its score; `None` when `text`
    /// has no words.
    fn scores(&self, text: &str) -> Option<Vec<(DocNumber, f32)>> {
        let mut query: Vec<String> = words(text).map(|(_, word)| fold(word)).collect();
        if query.is_empty() {
            return None;
        }
        query.sort();
        query.dedup();
        let documents = self.documents.len();
        let total = self.by_entry.len().max(1) as f32;
        let mut score = vec![0f32; documents];
        // How many query words each document matched so far: a document stays in the running
        // only while it has matched every word before the current one.
        let mut matched = vec![0u16; documents];
        let mut best = vec![0f32; documents];
        let mut touched: Vec<DocNumber> = Vec::new();
        for (round, word) in (0u16..).zip(&query) {
            let from = (std::ops::Bound::Included(word.as_str()), std::ops::Bound::Unbounded);
            for (term, &id) in self.sorted_terms.range::<str, _>(from).take_while(|(term, _)| term.starts_with(word.as_str())) {
                let list = &self.postings[id as usize];
                if list.is_empty() {
                    continue;
                }
                let rarity = (1.0 + total / list.len() as f32).ln();
                let whole = if **term == **word { 1.0 } else { PREFIX_FACTOR };
                for &(doc, weight) in list {
                    let at = doc as usize;
                    if matched[at] != round {
                        continue;
                    }
                    if best[at] == 0.0 {
                        touched.push(doc);
                    }
                    // A query word counts once per document: its best match among the words
                    // it begins.
                    best[at] = best[at].max(rarity * whole * weight);
                }
            }
            for &doc in &touched {
                let at = doc as usize;
                score[at] += best[at];
                matched[at] = round + 1;
                best[at] = 0.0;
            }
            touched.clear();
        }
        let all = u16::try_from(query.len()).unwrap_or(u16::MAX);
        Some((0..documents).filter(|&at| matched[at] == all).map(|at| (at as DocNumber, score[at])).collect())
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
    let end = found.get(start_word + SNIPPET_WORDS).map_or(text.len(), |&(at, _)| at);
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
    fn decomposed_accents_stay_inside_their_word() {
        let found: Vec<String> = words("e\u{301}te\u{301} café").map(|(_, w)| fold(w)).collect();
        assert_eq!(found, ["ete", "cafe"]);
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
