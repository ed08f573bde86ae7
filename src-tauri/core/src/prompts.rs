//! Guided prompts: a question a day to write from, drawn from a library written for this app
//! across the five steps, triggers, forgiveness, appreciation and empathy. The library is data
//! (`assets/prompts.json`); which prompts were shown lately is kept encrypted in the vault, so
//! a prompt does not come back soon.

use std::sync::OnceLock;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// What a prompt is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum PromptTopic {
    /// Step 1: open and honest communication.
    Communication,
    /// Step 2: taking responsibility and apologising sincerely.
    Responsibility,
    /// Step 3: boundaries, agreements and transparency.
    Boundaries,
    /// Step 4: therapy and support groups.
    ProfessionalSupport,
    /// Step 5: patience and consistency.
    Consistency,
    /// Understanding what sets the hurt off again.
    Triggers,
    /// Forgiveness, at its own pace.
    Forgiveness,
    /// Noticing and saying what is good.
    Appreciation,
    /// Seeing through the other's eyes.
    Empathy,
}

/// One prompt of the library.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Prompt {
    /// Stable across releases, so the rotation survives an update.
    pub id: String,
    /// What it is about.
    pub topic: PromptTopic,
    /// The question itself.
    pub text: String,
}

/// Every prompt, in the library's order.
pub fn library() -> &'static [Prompt] {
    static LIBRARY: OnceLock<Vec<Prompt>> = OnceLock::new();
    LIBRARY.get_or_init(|| {
        serde_json::from_str(include_str!("../../../assets/prompts.json")).expect("the bundled prompt library is valid")
    })
}

/// How many recently shown prompts are held back: most of the library, so a prompt returns
/// only after weeks, but not all of it, so there is always a choice.
fn held_back() -> usize {
    library().len() * 2 / 3
}

/// The prompts shown lately and today's choice. Stored encrypted like any record.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct Rotation {
    /// Ids shown lately, the most recent last.
    recent: Vec<String>,
    /// The day `current` was chosen for.
    day: Option<NaiveDate>,
    current: Option<String>,
    /// "Not today" was chosen.
    dismissed: bool,
}

impl Rotation {
    /// Today's prompt, choosing one if the day has changed; `None` after "not today".
    /// Returns whether the rotation changed and must be stored.
    pub(crate) fn today(&mut self, today: NaiveDate) -> (Option<&'static Prompt>, bool) {
        if self.day != Some(today) {
            self.day = Some(today);
            self.dismissed = false;
            self.choose(today, 0);
            return (self.current_prompt(), true);
        }
        if self.dismissed {
            return (None, false);
        }
        match self.current_prompt() {
            Some(prompt) => (Some(prompt), false),
            // The library changed and the stored choice left it.
            None => {
                self.choose(today, 0);
                (self.current_prompt(), true)
            }
        }
    }

    /// Another prompt for today, instead of the current one.
    pub(crate) fn another(&mut self, today: NaiveDate) -> &'static Prompt {
        self.day = Some(today);
        self.dismissed = false;
        self.choose(today, self.recent.len());
        self.current_prompt().expect("the library is not empty")
    }

    /// No prompt today.
    pub(crate) fn dismiss(&mut self, today: NaiveDate) {
        self.day = Some(today);
        self.dismissed = true;
    }

    fn current_prompt(&self) -> Option<&'static Prompt> {
        let id = self.current.as_deref()?;
        library().iter().find(|prompt| prompt.id == id)
    }

    /// Picks a prompt not shown lately. The pick depends only on the day and how many were
    /// shown before, so it is the same all day and tests can predict it.
    fn choose(&mut self, today: NaiveDate, turn: usize) {
        let candidates: Vec<&Prompt> = library().iter().filter(|p| !self.recent.contains(&p.id)).collect();
        let seed = usize::try_from(chrono::Datelike::num_days_from_ce(&today)).unwrap_or(0);
        // A multiplier coprime with any library size that is not a multiple of 7919 spreads
        // consecutive days over the library instead of walking it in order.
        let pick = candidates[(seed.wrapping_mul(7919).wrapping_add(turn)) % candidates.len()];
        self.recent.retain(|id| *id != pick.id);
        self.recent.push(pick.id.clone());
        let excess = self.recent.len().saturating_sub(held_back());
        self.recent.drain(..excess);
        self.current = Some(pick.id.clone());
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    fn day(n: u64) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 1, 1).unwrap() + chrono::Days::new(n)
    }

    #[test]
    fn the_library_covers_every_topic_with_unique_ids() {
        let prompts = library();
        assert!(prompts.len() >= 60, "{} prompts", prompts.len());
        let ids: HashSet<&str> = prompts.iter().map(|p| p.id.as_str()).collect();
        assert_eq!(ids.len(), prompts.len());
        let topics: HashSet<PromptTopic> = prompts.iter().map(|p| p.topic).collect();
        assert_eq!(topics.len(), 9);
        assert!(prompts.iter().all(|p| !p.text.trim().is_empty() && p.text.len() <= 200));
    }

    #[test]
    fn a_day_keeps_its_prompt_and_the_next_day_brings_another() {
        let mut rotation = Rotation::default();
        let (first, changed) = rotation.today(day(0));
        assert!(changed);
        let first = first.unwrap();
        assert_eq!(rotation.today(day(0)), (Some(first), false));
        assert_ne!(rotation.today(day(1)).0.unwrap(), first);
    }

    #[test]
    fn no_prompt_returns_until_most_of_the_library_was_shown() {
        let mut rotation = Rotation::default();
        let mut shown: Vec<String> = Vec::new();
        for n in 0..400 {
            let prompt = rotation.today(day(n)).0.unwrap();
            if n % 3 == 0 {
                shown.push(prompt.id.clone());
                shown.push(rotation.another(day(n)).id.clone());
            } else {
                shown.push(prompt.id.clone());
            }
        }
        for (at, id) in shown.iter().enumerate() {
            let again = shown[at + 1..].iter().position(|other| other == id);
            assert!(again.is_none_or(|gap| gap + 1 > held_back()), "{id} came back after {again:?}");
        }
        let distinct: HashSet<&String> = shown.iter().collect();
        assert_eq!(distinct.len(), library().len(), "every prompt is reached");
    }

    #[test]
    fn not_today_lasts_the_day_and_another_one_lifts_it() {
        let mut rotation = Rotation::default();
        let first = rotation.today(day(0)).0.unwrap();
        rotation.dismiss(day(0));
        assert_eq!(rotation.today(day(0)), (None, false));
        let other = rotation.another(day(0));
        assert_ne!(other, first);
        assert_eq!(rotation.today(day(0)).0, Some(other));
        rotation.dismiss(day(0));
        assert!(rotation.today(day(1)).0.is_some(), "a new day, a new prompt");
    }
}
