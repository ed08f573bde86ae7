//! Whose journal this is. The partner who was hurt and the partner who broke the trust need
//! different questions and reach for different words first; a journal both write in, or whose
//! owner would rather not say, gets what fits anyone. Kept encrypted in the vault, never shown
//! before unlocking.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// Who writes in this journal.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// The partner who was hurt.
    WasHurt,
    /// The partner who broke the trust.
    BrokeTrust,
    /// Both partners write here, or the person would rather not say.
    #[default]
    Unsaid,
}

/// What the journal knows about the person writing it. Stored as one record.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct About {
    pub(crate) role: Role,
}

/// The feelings offered to the partner who was hurt, in the order offered.
const WAS_HURT_FEELINGS: [&str; 21] = [
    "betrayed",
    "hurt",
    "angry",
    "insecure",
    "lonely",
    "jealous",
    "sad",
    "anxious",
    "numb",
    "overwhelmed",
    "confused",
    "resentful",
    "hopeful",
    "relieved",
    "calm",
    "connected",
    "grateful",
    "guilty",
    "ashamed",
    "remorseful",
    "defensive",
];

/// The feelings offered to the partner who broke the trust, in the order offered.
const BROKE_TRUST_FEELINGS: [&str; 21] = [
    "remorseful",
    "ashamed",
    "guilty",
    "defensive",
    "hopeful",
    "anxious",
    "sad",
    "lonely",
    "overwhelmed",
    "confused",
    "insecure",
    "hurt",
    "angry",
    "numb",
    "relieved",
    "calm",
    "connected",
    "grateful",
    "resentful",
    "jealous",
    "betrayed",
];

/// The feelings offered when the role is not said: the same words, in no one's order.
pub const FEELINGS: [&str; 21] = [
    "hurt",
    "angry",
    "sad",
    "anxious",
    "hopeful",
    "calm",
    "confused",
    "lonely",
    "insecure",
    "overwhelmed",
    "numb",
    "relieved",
    "connected",
    "grateful",
    "betrayed",
    "jealous",
    "resentful",
    "guilty",
    "ashamed",
    "remorseful",
    "defensive",
];

impl Role {
    /// The standard feelings, the words this person is likeliest to reach for first.
    pub fn feelings(self) -> &'static [&'static str] {
        match self {
            Self::WasHurt => &WAS_HURT_FEELINGS,
            Self::BrokeTrust => &BROKE_TRUST_FEELINGS,
            Self::Unsaid => &FEELINGS,
        }
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use super::*;

    #[test]
    fn every_role_is_offered_the_same_words_in_its_own_order() {
        let all: BTreeSet<&str> = FEELINGS.into_iter().collect();
        assert_eq!(all.len(), FEELINGS.len(), "no word twice");
        for role in [Role::WasHurt, Role::BrokeTrust, Role::Unsaid] {
            assert_eq!(role.feelings().iter().copied().collect::<BTreeSet<_>>(), all, "{role:?}");
        }
        assert_eq!(Role::WasHurt.feelings()[0], "betrayed");
        assert_eq!(&Role::BrokeTrust.feelings()[..4], ["remorseful", "ashamed", "guilty", "defensive"]);
    }
}
