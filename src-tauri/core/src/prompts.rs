//! Guided prompts: a question a day to write from, drawn from a library written for this app
//! across the five steps, triggers, forgiveness, appreciation, empathy, self-care, grief,
//! closeness and deciding. Each prompt says whom it is for, and a journal is only ever asked
//! what fits its [`Role`]. The library is data (`assets/prompts.json`); which prompts were shown
//! lately is kept encrypted in the vault, so a prompt does not come back soon.

use std::sync::OnceLock;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::role::Role;

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
    /// Looking after oneself through it.
    SelfCare,
    /// What was lost, mourned at its own pace.
    Grief,
    /// Closeness, touch and affection, at a pace that feels safe.
    Intimacy,
    /// Deciding honestly whether to stay, without assuming the answer.
    Deciding,
}

/// Whom a prompt is for.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Audience {
    /// Anyone in the work of rebuilding, whichever side of it.
    #[default]
    Anyone,
    /// Only the partner who was hurt.
    WasHurt,
    /// Only the partner who broke the trust.
    BrokeTrust,
}

impl Audience {
    /// Whether a prompt for this audience may be asked of someone in `role`.
    pub fn includes(self, role: Role) -> bool {
        match self {
            Self::Anyone => true,
            Self::WasHurt => role == Role::WasHurt,
            Self::BrokeTrust => role == Role::BrokeTrust,
        }
    }
}

/// One prompt of the library.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Prompt {
    /// Stable across releases, so the rotation survives an update.
    pub id: String,
    /// What it is about.
    pub topic: PromptTopic,
    /// Whom it is for.
    #[serde(rename = "for", default)]
    pub audience: Audience,
    /// The question itself.
    pub text: String,
}

/// Every prompt, in the library's order.
pub fn library() -> &'static [Prompt] {
    static LIBRARY: OnceLock<Vec<Prompt>> = OnceLock::new();
    LIBRARY.get_or_init(|| serde_json::from_str(include_str!("../../../assets/prompts.json")).expect("the bundled prompt library is valid"))
}

/// The prompts that may be asked of someone in `role`, in the library's order.
pub fn library_for(role: Role) -> impl Iterator<Item = &'static Prompt> {
    library().iter().filter(move |prompt| prompt.audience.includes(role))
}

/// How many recently shown prompts are held back: most of what the role is asked, so a prompt
/// returns only after weeks, but not all of it, so there is always a choice.
fn held_back(role: Role) -> usize {
    library_for(role).count() * 2 / 3
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
    pub(crate) fn today(&mut self, today: NaiveDate, role: Role) -> (Option<&'static Prompt>, bool) {
        if self.day != Some(today) {
            self.day = Some(today);
            self.dismissed = false;
            self.choose(today, 0, role);
            return (self.current_prompt(), true);
        }
        if self.dismissed {
            return (None, false);
        }
        match self.current_prompt() {
            Some(prompt) if prompt.audience.includes(role) => (Some(prompt), false),
            // The library changed and the stored choice left it, or the person said whose
            // journal this is and the choice was not for them.
            _ => {
                self.choose(today, 0, role);
                (self.current_prompt(), true)
            }
        }
    }

    /// Another prompt for today, instead of the current one.
    pub(crate) fn another(&mut self, today: NaiveDate, role: Role) -> &'static Prompt {
        self.day = Some(today);
        self.dismissed = false;
        self.choose(today, self.recent.len(), role);
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
    fn choose(&mut self, today: NaiveDate, turn: usize, role: Role) {
        let mut candidates: Vec<&Prompt> = library_for(role).filter(|p| !self.recent.contains(&p.id)).collect();
        // A rotation read from a file may say every prompt was shown lately: begin again.
        if candidates.is_empty() {
            self.recent.clear();
            candidates = library_for(role).collect();
        }
        let seed = usize::try_from(chrono::Datelike::num_days_from_ce(&today)).unwrap_or(0);
        // A multiplier coprime with any library size that is not a multiple of 7919 spreads
        // consecutive days over the library instead of walking it in order.
        let pick = candidates[(seed.wrapping_mul(7919).wrapping_add(turn)) % candidates.len()];
        self.recent.retain(|id| *id != pick.id);
        self.recent.push(pick.id.clone());
        let excess = self.recent.len().saturating_sub(held_back(role));
        self.recent.drain(..excess);
        self.current = Some(pick.id.clone());
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    const ROLES: [Role; 3] = [Role::WasHurt, Role::BrokeTrust, Role::Unsaid];

    fn day(n: u64) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 1, 1).unwrap() + chrono::Days::new(n)
    }

    #[test]
    fn the_library_covers_every_topic_and_both_partners_with_unique_ids() {
        let prompts = library();
        assert!(prompts.len() >= 120, "{} prompts", prompts.len());
        let ids: HashSet<&str> = prompts.iter().map(|p| p.id.as_str()).collect();
        assert_eq!(ids.len(), prompts.len());
        let topics: HashSet<PromptTopic> = prompts.iter().map(|p| p.topic).collect();
        assert_eq!(topics.len(), 13);
        assert!(prompts.iter().all(|p| !p.text.trim().is_empty() && p.text.len() <= 200));
        for audience in [Audience::WasHurt, Audience::BrokeTrust] {
            assert!(prompts.iter().filter(|p| p.audience == audience).count() >= 10, "{audience:?}");
        }
    }

    #[test]
    fn a_day_keeps_its_prompt_and_the_next_day_brings_another() {
        let mut rotation = Rotation::default();
        let (first, changed) = rotation.today(day(0), Role::Unsaid);
        assert!(changed);
        let first = first.unwrap();
        assert_eq!(rotation.today(day(0), Role::Unsaid), (Some(first), false));
        assert_ne!(rotation.today(day(1), Role::Unsaid).0.unwrap(), first);
    }

    #[test]
    fn each_role_is_asked_only_its_own_and_everyone_s_prompts_and_no_prompt_returns_soon() {
        for role in ROLES {
            let mut rotation = Rotation::default();
            let mut shown: Vec<&Prompt> = Vec::new();
            for n in 0..400 {
                shown.push(rotation.today(day(n), role).0.unwrap());
                if n % 3 == 0 {
                    shown.push(rotation.another(day(n), role));
                }
            }
            assert!(shown.iter().all(|p| p.audience.includes(role)), "{role:?} was asked another's prompt");
            for (at, prompt) in shown.iter().enumerate() {
                let again = shown[at + 1..].iter().position(|other| other.id == prompt.id);
                assert!(again.is_none_or(|gap| gap + 1 > held_back(role)), "{} came back after {again:?}", prompt.id);
            }
            let distinct: HashSet<&str> = shown.iter().map(|p| p.id.as_str()).collect();
            assert_eq!(distinct.len(), library_for(role).count(), "every prompt for {role:?} is reached");
        }
    }

    #[test]
    fn saying_whose_journal_it_is_replaces_a_prompt_that_was_not_for_them() {
        let mut rotation = Rotation::default();
        // Walk the days until the partner who broke the trust is given one of their own.
        let theirs = (0..).find_map(|n| rotation.today(day(n), Role::BrokeTrust).0.filter(|p| p.audience == Audience::BrokeTrust).map(|p| (n, p))).unwrap();
        let (n, prompt) = theirs;
        let (now, changed) = rotation.today(day(n), Role::WasHurt);
        assert!(changed);
        assert_ne!(now.unwrap(), prompt);
        assert!(now.unwrap().audience.includes(Role::WasHurt));
    }

    #[test]
    fn not_today_lasts_the_day_and_another_one_lifts_it() {
        let mut rotation = Rotation::default();
        let first = rotation.today(day(0), Role::Unsaid).0.unwrap();
        rotation.dismiss(day(0));
        assert_eq!(rotation.today(day(0), Role::Unsaid), (None, false));
        let other = rotation.another(day(0), Role::Unsaid);
        assert_ne!(other, first);
        assert_eq!(rotation.today(day(0), Role::Unsaid).0, Some(other));
        rotation.dismiss(day(0));
        assert!(rotation.today(day(1), Role::Unsaid).0.is_some(), "a new day, a new prompt");
    }
}
