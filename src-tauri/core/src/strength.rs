//! How hard a passphrase being chosen would be to guess: shown as a quiet hint while it is typed,
//! and checked by the vault, which refuses a new passphrase scoring below
//! [`MIN_PASSPHRASE_SCORE`](crate::vault::MIN_PASSPHRASE_SCORE).
//!
//! The estimate is zxcvbn's, whose word lists live in this binary rather than in the window, so
//! the page that chooses a passphrase stays light.

use serde::Serialize;
use ts_rs::TS;

/// zxcvbn's matching grows faster than linearly with length, and the crate itself reads only the
/// first 100 characters. Cutting there before the call keeps every keystroke cheap however much
/// is pasted, without relying on the crate to keep doing so.
const CHARS_ESTIMATED: usize = 100;

/// zxcvbn's verdict on a passphrase, in words a person can act on.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
pub struct PassphraseStrength {
    /// 0 (guessed within a thousand tries) to 4 (more than ten billion).
    pub score: u8,
    /// What makes it weak first, when there is something, then how to do better.
    pub feedback: Vec<String>,
}

impl PassphraseStrength {
    /// Estimates a passphrase. Nothing about it is logged or kept.
    pub fn of(passphrase: &str) -> Self {
        let estimated = match passphrase.char_indices().nth(CHARS_ESTIMATED) {
            Some((end, _)) => &passphrase[..end],
            None => passphrase,
        };
        let entropy = zxcvbn::zxcvbn(estimated, &[]);
        let feedback = entropy.feedback().map_or_else(Vec::new, |feedback| {
            let warning = feedback.warning().map(|warning| warning.to_string());
            let suggestions = feedback.suggestions().iter().map(ToString::to_string);
            warning.into_iter().chain(suggestions).collect()
        });
        Self { score: entropy.score().into(), feedback }
    }

    /// Why the vault refuses this passphrase, and what would do better.
    pub(crate) fn refusal(&self) -> String {
        let mut message = String::from("This passphrase would be too easy to guess.");
        if self.feedback.is_empty() {
            message.push_str(" Add another word or two that do not usually go together.");
        }
        for line in &self.feedback {
            message.push(' ');
            message.push_str(line.trim_end_matches('.'));
            message.push('.');
        }
        message
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    #[test]
    fn a_common_password_is_weak_and_says_why() {
        let strength = PassphraseStrength::of("password");
        assert!(strength.score <= 1, "{strength:?}");
        assert_eq!(strength.feedback.first().map(String::as_str), Some("This is a top-10 common password."));
        assert!(strength.feedback.len() > 1, "a suggestion follows the warning: {strength:?}");
    }

    #[test]
    fn four_random_words_are_strong() {
        let strength = PassphraseStrength::of("lantern orbit velvet quarry");
        assert_eq!(strength.score, 4);
        assert!(strength.feedback.is_empty(), "{strength:?}");
    }

    #[test]
    fn a_long_run_of_neighbouring_keys_is_rated_without_a_panic() {
        // zxcvbn counts keyboard turns as degree^turns, past u64 for a run like this one.
        assert!(PassphraseStrength::of(&"ki".repeat(50)).score <= 4);
    }

    #[test]
    fn an_empty_passphrase_scores_zero() {
        assert_eq!(PassphraseStrength::of("").score, 0);
    }

    #[test]
    fn only_the_first_hundred_characters_count() {
        let start = "lantern orbit velvet quarry ".repeat(4);
        let start: String = start.chars().take(CHARS_ESTIMATED).collect();
        assert_eq!(PassphraseStrength::of(&format!("{start}ünïcode tail")), PassphraseStrength::of(&start));
    }

    proptest! {
        #[test]
        fn any_text_scores_zero_to_four(passphrase in ".{0,120}") {
            prop_assert!(PassphraseStrength::of(&passphrase).score <= 4);
        }

    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(32))]

        /// Pasted text, random or one short run repeated (repeats are zxcvbn's slowest pattern).
        #[test]
        fn very_long_text_scores_zero_to_four(
            passphrase in prop_oneof![
                prop::collection::vec(any::<char>(), 5_000..=10_000).prop_map(String::from_iter),
                (".{1,4}", 2_500usize..=10_000).prop_map(|(run, times)| run.repeat(times)),
            ]
        ) {
            prop_assert!(PassphraseStrength::of(&passphrase).score <= 4);
        }
    }
}
