//! The Markdown that an export writes: each entry as a file with YAML front matter (the same
//! fields the Markdown import reads back), and the other records as readable lists.

use std::fmt::Write;

use serde::Serialize;

use crate::letters::Letter;
use crate::model::{Entry, Record};
use crate::progress::agreement::{Agreement, Owner};
use crate::progress::milestone::Milestone;
use crate::progress::trigger::Trigger;
use crate::progress::win::Win;

/// An entry as a Markdown file: front matter, then the text as written.
pub(crate) fn entry(entry: &Entry) -> String {
    let mut out = String::from("---\n");
    // JSON strings and lists are valid YAML, with every character escaped that YAML needs.
    let _ = writeln!(out, "date: {}", entry.day);
    let _ = writeln!(out, "time: {}", json(&entry.created.format("%H:%M").to_string()));
    if !entry.title.is_empty() {
        let _ = writeln!(out, "title: {}", json(&entry.title));
    }
    if !entry.tags.is_empty() {
        let _ = writeln!(out, "tags: {}", json(&entry.tags));
    }
    if !entry.feelings.is_empty() {
        let _ = writeln!(out, "feelings: {}", json(&entry.feelings));
    }
    if let Some(trust) = entry.trust {
        let _ = writeln!(out, "trust: {trust}");
    }
    if entry.starred {
        out.push_str("starred: true\n");
    }
    out.push_str("---\n\n");
    out.push_str(&entry.text);
    if !entry.text.ends_with('\n') {
        out.push('\n');
    }
    out
}

/// The other records, one file per kind: `wins.md`, `agreements.md`, `triggers.md`,
/// `milestones.md` and `letters.md`, each oldest first. `own_key` is this journal's public
/// sharing key, to tell the letters it wrote from those it received.
pub(crate) fn records<'a>(records: impl Iterator<Item = &'a Record>, own_key: Option<&str>) -> [(&'static str, String); 5] {
    let (mut wins, mut agreements, mut triggers, mut milestones, mut letters) = (Vec::new(), Vec::new(), Vec::new(), Vec::new(), Vec::new());
    for record in records {
        match record {
            Record::Win(win) => wins.push(win),
            Record::Agreement(agreement) => agreements.push(agreement),
            Record::Trigger(trigger) => triggers.push(trigger),
            Record::Milestone(milestone) => milestones.push(milestone),
            Record::Letter(letter) => letters.push(letter),
            Record::Entry(_) | Record::Draft(_) | Record::Prompts(_) | Record::Keys(_) | Record::About(_) | Record::Sharing(_) => {}
        }
    }
    wins.sort_by_key(|win| (win.day, win.created));
    triggers.sort_by_key(|trigger| (trigger.day, trigger.created));
    milestones.sort_by_key(|milestone| (milestone.day, milestone.created));
    agreements.sort_by_key(|agreement| agreement.terms.first().map(|terms| terms.from));
    letters.sort_by_key(|letter| (letter.written, letter.id()));
    let letter_text = |letter: &Letter| {
        let from = if Some(letter.from.as_str()) == own_key { "from you" } else { "from your partner" };
        let mut out = format!("## {}, {} {from}\n\n", letter.written.format("%Y-%m-%d %H:%M"), label(&letter.kind));
        out.push_str(letter.text.trim_end());
        out.push_str("\n\n");
        if let Some(proposal) = &letter.proposal {
            let _ = writeln!(out, "Proposed agreement: {} ({})\n", one_line(&proposal.text), label(&proposal.cadence));
        }
        out
    };
    [
        ("wins.md", list("Small wins", &wins, win_line)),
        ("agreements.md", list("Agreements", &agreements, agreement_text)),
        ("triggers.md", list("Triggers", &triggers, trigger_line)),
        ("milestones.md", list("Milestones", &milestones, milestone_line)),
        ("letters.md", list("Letters", &letters, letter_text)),
    ]
}

fn list<T>(heading: &str, items: &[&T], line: impl Fn(&T) -> String) -> String {
    let mut out = format!("# {heading}\n\n");
    if items.is_empty() {
        out.push_str("Nothing noted yet.\n");
    }
    for item in items {
        out.push_str(&line(item));
    }
    out
}

fn win_line(win: &Win) -> String {
    format!("- {}: {} ({}, from {})\n", win.day, one_line(&win.text), label(&win.kind), label(&win.from))
}

fn trigger_line(trigger: &Trigger) -> String {
    let mut line = format!("- {}: {} (intensity {} of 5)", trigger.day, one_line(&trigger.what), trigger.intensity);
    if !trigger.helped.is_empty() {
        let _ = write!(line, ". What helped: {}", one_line(&trigger.helped));
    }
    if let Some(minutes) = trigger.settled_minutes {
        let _ = write!(line, ". Settled after {minutes} minutes");
    }
    line.push('\n');
    line
}

fn milestone_line(milestone: &Milestone) -> String {
    let mut line = format!("- {}: {}", milestone.day, label(&milestone.kind));
    if !milestone.title.is_empty() {
        let _ = write!(line, ", {}", one_line(&milestone.title));
    }
    if !milestone.note.is_empty() {
        let _ = write!(line, ". {}", one_line(&milestone.note));
    }
    line.push('\n');
    line
}

fn agreement_text(agreement: &Agreement) -> String {
    let mut out = String::new();
    let Some(current) = agreement.terms.last() else { return out };
    let _ = writeln!(out, "## {}\n", one_line(&current.text));
    let _ = writeln!(out, "- Kept by: {}", owner_words(agreement.owner));
    for terms in &agreement.terms {
        let _ = writeln!(out, "- From {}: {} ({})", terms.from, one_line(&terms.text), label(&terms.cadence));
    }
    if let Some(retired) = agreement.retired {
        let _ = writeln!(out, "- Set aside on {retired}");
    }
    let marks: Vec<String> = agreement.marks.iter().map(|(day, keeping)| format!("{day} {}", label(keeping))).collect();
    if !marks.is_empty() {
        let _ = writeln!(out, "- Marked: {}", marks.join(", "));
    }
    for (day, note) in &agreement.repair_notes {
        let _ = writeln!(out, "- What repair could look like, after {day}: {}", one_line(note));
    }
    out.push('\n');
    out
}

fn owner_words(owner: Owner) -> &'static str {
    match owner {
        Owner::Mine => "me",
        Owner::Theirs => "my partner",
        Owner::Ours => "both of us",
    }
}

/// A value's stored name in words: `quality_time` becomes "quality time".
fn label(value: &impl Serialize) -> String {
    serde_json::to_value(value).ok().and_then(|value| value.as_str().map(|name| name.replace('_', " "))).unwrap_or_default()
}

fn json(value: &impl Serialize) -> String {
    serde_json::to_string(value).unwrap_or_default()
}

/// A list item stays one item: line breaks inside it become spaces.
fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}
