//! The manifest: the vault's encrypted table of contents. It holds every slot's revision and a
//! hash of its ciphertext, and is rewritten in the same transaction as every slot, so a slot
//! rolled back to an older copy, replaced or deleted is recognised at unlock and named as
//! damage. The manifest cannot vouch for itself: a copy of the whole file from an earlier day
//! (every slot and the manifest together) opens as that earlier journal.

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

/// The table of contents of one vault.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct Manifest {
    vault: Uuid,
    slots: Vec<SlotSeal>,
}

impl Manifest {
    /// A manifest that knows no slot yet, for a vault being created or one from before
    /// manifests existed.
    pub fn empty(vault: Uuid) -> Self {
        Self { vault, slots: vec![SlotSeal::default(); SLOTS] }
    }

    pub fn slot(&self, slot: u16) -> SlotSeal {
        self.slots[usize::from(slot)]
    }

    pub fn set(&mut self, slot: u16, seal: SlotSeal) {
        self.slots[usize::from(slot)] = seal;
    }

    /// The same revisions, for a vault moving to a new key.
    pub fn for_new_key(&self, key: &VaultKey) -> Self {
        Self { vault: key.vault_id(), slots: self.slots.clone() }
    }

    /// Seals `slot` holding `records` as its next revision, and records it here.
    pub fn seal_slot<'a>(&mut self, key: &VaultKey, slot: u16, records: impl Iterator<Item = &'a Record>) -> Result<StoredBucket> {
        let header = Header { vault: self.vault, slot, revision: self.slot(slot).revision + 1 };
        let stored = bucket::seal(key, header, records)?;
        self.set(slot, SlotSeal { revision: header.revision, hash: hash(&stored.sealed) });
        Ok(stored)
    }

    pub fn seal(&self, key: &VaultKey) -> Result<Vec<u8>> {
        // Fields by position, not by name: the manifest is rewritten with every save, and 257
        // slots' names would be a third of it.
        let plain = Zeroizing::new(rmp_serde::to_vec(self).map_err(|e| Error::Encryption(e.to_string()))?);
        key.seal(&plain)
    }

    /// Opens a stored manifest, which must be this vault's and list every slot.
    pub fn open(key: &VaultKey, sealed: &[u8]) -> Result<Self> {
        let damaged = |why: &str| Error::Damaged(format!("the journal's table of contents {why}"));
        let plain = key.open(sealed).map_err(|_| damaged("does not decrypt"))?;
        let manifest: Self = rmp_serde::from_slice(&plain).map_err(|_| damaged("does not parse"))?;
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
