//! The manifest: the vault's encrypted table of contents. It holds every slot's revision and a
//! hash of its ciphertext, and is rewritten in the same transaction as every slot, so a slot
//! rolled back to an older copy, replaced or deleted is recognised at unlock and named as
//! damage. It also keeps the damage named but not yet settled by the person, so that writing
//! meanwhile never makes it pass unnoticed at the next unlock.
//!
//! age encrypts to a public recipient and says nothing of who encrypted, so the manifest's
//! plaintext ends with a tag, BLAKE3 in keyed mode under a key derived from the vault key's
//! secret half (see [`VaultKey::contents_tag`]): whoever learnt the public half still cannot
//! write a manifest the journal accepts. The manifest cannot vouch for itself: a copy of the
//! whole file from an earlier day (every slot and the manifest together) opens as that
//! earlier journal.

use serde::{Deserialize, Serialize};
use uuid::Uuid;
use zeroize::Zeroizing;

use crate::bucket::{self, Header, SLOTS};
use crate::model::Record;
use crate::store::StoredBucket;
use crate::vault::VaultKey;
use crate::{Error, Result};

/// What the manifest knows of one slot.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct SlotSeal {
    /// How many times the slot has been written.
    pub revision: u64,
    /// The slot's ciphertext as stored, hashed: see [`hash`].
    pub hash: u128,
}

/// What part of the journal a piece of damage concerns.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) enum Place {
    /// One slot: what it held may be missing.
    Slot(u16),
    /// The table of contents itself: no slot could be checked, so any may be missing something.
    Contents,
    /// A row that is no slot at all, left untouched.
    Stray,
}

/// Damage named to the person and not yet settled: kept until they bring back what was lost
/// from a backup or choose to go on without it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct Damage {
    pub place: Place,
    /// What the person is told; it names parts of the file, never their content.
    pub why: String,
}

/// The table of contents of one vault.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct Manifest {
    vault: Uuid,
    slots: Vec<SlotSeal>,
    /// Damage not yet settled. Absent from manifests written before it was kept.
    #[serde(default)]
    pub damage: Vec<Damage>,
}

/// The length of the tag at the end of a sealed manifest's plaintext.
const TAG_BYTES: usize = blake3::OUT_LEN;

impl Manifest {
    /// A manifest that knows no slot yet, for a vault being created or one from before
    /// manifests existed.
    pub fn empty(vault: Uuid) -> Self {
        Self { vault, slots: vec![SlotSeal::default(); SLOTS], damage: Vec::new() }
    }

    /// Whether `slot` awaits the person's choice: named as damaged, or unchecked because the
    /// table of contents itself was.
    pub fn awaits_choice(&self, slot: u16) -> bool {
        self.damage.iter().any(|damage| matches!(damage.place, Place::Contents) || damage.place == Place::Slot(slot))
    }

    /// Names `damage`, once.
    pub fn add_damage(&mut self, damage: Damage) {
        if !self.damage.contains(&damage) {
            self.damage.push(damage);
        }
    }

    pub fn slot(&self, slot: u16) -> SlotSeal {
        self.slots[usize::from(slot)]
    }

    pub fn set(&mut self, slot: u16, seal: SlotSeal) {
        self.slots[usize::from(slot)] = seal;
    }

    /// The same revisions, for a vault moving to a new key.
    pub fn for_new_key(&self, key: &VaultKey) -> Self {
        Self { vault: key.vault_id(), slots: self.slots.clone(), damage: self.damage.clone() }
    }

    /// Seals `slot` holding `records` as its next revision, and records it here.
    pub fn seal_slot<'a>(&mut self, key: &VaultKey, slot: u16, records: impl Iterator<Item = &'a Record>) -> Result<StoredBucket> {
        let header = Header { vault: self.vault, slot, revision: self.slot(slot).revision + 1 };
        let stored = bucket::seal(key, header, records)?;
        self.set(slot, SlotSeal { revision: header.revision, hash: hash(&stored.sealed) });
        Ok(stored)
    }

    /// The plaintext as written before manifests kept damage and carried a tag.
    #[cfg(test)]
    pub fn as_before_tags(&self) -> Vec<u8> {
        rmp_serde::to_vec(&(self.vault, &self.slots)).expect("a manifest serializes")
    }

    /// Serializes and tags the manifest, and encrypts it to the vault key.
    pub fn seal(&self, key: &VaultKey) -> Result<Vec<u8>> {
        // Fields by position, not by name: the manifest is rewritten with every save, and 257
        // slots' names would be a third of it.
        let mut plain = Zeroizing::new(rmp_serde::to_vec(self).map_err(|e| Error::Encryption(e.to_string()))?);
        let tag = key.contents_tag(&plain);
        plain.extend_from_slice(tag.as_bytes());
        key.seal(&plain)
    }

    /// Opens a stored manifest, which must carry the vault key's tag, be this vault's and list
    /// every slot. A key that says it is from before sealed tables of contents also reads one
    /// without the tag, once, as it is upgraded.
    pub fn open(key: &VaultKey, sealed: &[u8]) -> Result<Self> {
        let damaged = |why: &str| Error::Damaged(format!("the journal's table of contents {why}"));
        let plain = key.open(sealed).map_err(|_| damaged("does not decrypt"))?;
        let body = if key.keeps_contents() {
            let (body, tag) = plain.len().checked_sub(TAG_BYTES).map(|at| plain.split_at(at)).ok_or_else(|| damaged("is not one Kintsugi wrote"))?;
            // blake3::Hash compares in constant time.
            if key.contents_tag(body) != blake3::Hash::from_slice(tag).map_err(|_| damaged("is not one Kintsugi wrote"))? {
                return Err(damaged("was not written by Kintsugi with this journal's key"));
            }
            body
        } else {
            // MessagePack reads one value and leaves any tag after it.
            &plain[..]
        };
        let manifest: Self = rmp_serde::from_slice(body).map_err(|_| damaged("does not parse"))?;
        if manifest.vault != key.vault_id() {
            return Err(damaged("belongs to another journal"));
        }
        if manifest.slots.len() != SLOTS {
            return Err(damaged(&format!("lists {} parts instead of {SLOTS}", manifest.slots.len())));
        }
        Ok(manifest)
    }
}

/// The hash the manifest keeps of a slot's ciphertext: BLAKE3, cut to 128 bits, which is
/// ample against a forged slot and keeps the manifest, rewritten with every save, to two pages.
/// MessagePack stores a `u128` as 16 raw bytes, where an array of bytes would cost up to twice that.
pub(crate) fn hash(sealed: &[u8]) -> u128 {
    let digest = blake3::hash(sealed);
    u128::from_le_bytes(digest.as_bytes()[..16].try_into().expect("16 of 32 bytes"))
}

/// Why a slot that opened is not the one the manifest expects, if it is not: moved from
/// another place, from another journal, an older copy, or changed outside Kintsugi.
pub(crate) fn mismatch(name: &str, row: u16, header: &Header, expected: &SlotSeal, hash_matches: bool, vault: Uuid) -> Option<String> {
    if header.vault != vault {
        Some(format!("{name} belongs to another journal"))
    } else if header.slot != row {
        Some(format!("{name} holds what belongs in {}: parts of the file were moved or swapped", bucket::name(header.slot)))
    } else if header.revision < expected.revision {
        Some(format!("{name} is an older copy: written {} times where the journal expects {}", header.revision, expected.revision))
    } else if header.revision > expected.revision || !hash_matches {
        Some(format!("{name} was changed outside Kintsugi"))
    } else {
        None
    }
}
