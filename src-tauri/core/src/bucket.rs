//! Records are stored in 256 sealed buckets, chosen by the first byte of each record's random
//! id. One age file per record would cost an X25519 agreement per record at unlock (about
//! 1.2 s for ten years of use); a fixed number of buckets bounds that cost at 256 agreements
//! whatever the vault holds, while a save rewrites only the one bucket (a 256th of the vault).
//! The bucket number reveals nothing: ids are random. The draft has a slot of its own, the
//! 257th, of a fixed size, so that typing rewrites a row that says nothing about where the
//! entry will go. Every slot exists from the vault's creation, so the rows present say nothing
//! either.
//!
//! A slot's plaintext is a MessagePack map: the vault it belongs to, its slot number and its
//! revision (so a slot moved, swapped or rolled back is recognised, see [`crate::manifest`]),
//! then the list of records with named fields, so fields can be added later with defaults. It
//! is padded with zeros so that the stored size says little about how much was written.

use serde::{Deserialize, Serialize};
use uuid::Uuid;
use zeroize::Zeroizing;

use crate::model::{Record, DRAFT_ID};
use crate::store::StoredBucket;
use crate::vault::VaultKey;
use crate::{Error, Result};

/// The bucket format this build writes; it reads every earlier one. Each format adds what an
/// older build cannot read (2: drafts and prompts; 3: wins, agreements, triggers, milestones;
/// 4: the public halves of the vault's other keys; 5: the vault, slot and revision each slot
/// names, checked against the manifest), so such a build must refuse the bucket rather than
/// set it aside as damaged.
pub(crate) const FORMAT: i64 = 5;

/// How many slots a vault has: 256 buckets of records, and the draft's.
pub(crate) const SLOTS: usize = 257;

/// The draft's slot.
pub(crate) const DRAFT_SLOT: u16 = 256;

/// The largest sealed slot read or written. A stored row beyond it was not written by Kintsugi
/// and is named as damage without being read, so a planted row cannot exhaust memory. Each
/// bucket holds a 256th of the journal: ten years of daily writing put about 200 KiB in one.
pub(crate) const MAX_SEALED_BYTES: usize = 64 * 1024 * 1024;

/// Every bucket's plaintext is at least this long, and grows in steps of at least this much.
const MIN_PADDED: usize = 1024;

/// The draft's slot is at least this long, whatever is being typed: an entry of a few pages
/// changes nothing that can be seen on disk.
const DRAFT_PADDED: usize = 64 * 1024;

/// The slot a record lives in.
pub(crate) fn slot_of(id: Uuid) -> u16 {
    if id == DRAFT_ID {
        DRAFT_SLOT
    } else {
        u16::from(id.as_bytes()[0])
    }
}

/// What a slot of format 5 or later says of itself.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Header {
    pub vault: Uuid,
    pub slot: u16,
    pub revision: u64,
}

/// A slot as opened: its records, and its header when its format has one.
pub(crate) struct Opened {
    pub records: Vec<Record>,
    pub header: Option<Header>,
}

#[derive(Serialize)]
struct Payload<'a> {
    vault: Uuid,
    slot: u16,
    revision: u64,
    records: Vec<&'a Record>,
}

#[derive(Deserialize)]
struct OwnedPayload {
    #[serde(default)]
    vault: Option<Uuid>,
    #[serde(default)]
    slot: Option<u16>,
    #[serde(default)]
    revision: Option<u64>,
    records: Vec<Record>,
}

/// Serializes, pads and encrypts a slot's records under its header.
pub(crate) fn seal<'a>(key: &VaultKey, header: Header, records: impl Iterator<Item = &'a Record>) -> Result<StoredBucket> {
    let payload = Payload { vault: header.vault, slot: header.slot, revision: header.revision, records: records.collect() };
    let mut plain = Zeroizing::new(rmp_serde::to_vec_named(&payload).map_err(|e| Error::Encryption(e.to_string()))?);
    let least = if header.slot == DRAFT_SLOT { DRAFT_PADDED } else { MIN_PADDED };
    let padded = padded_len(plain.len()).max(least);
    if padded > MAX_SEALED_BYTES - 1024 {
        return Err(Error::InvalidInput(format!(
            "This part of the journal would grow past {} MiB, more than Kintsugi can keep safely in one place. Split the longest entries, or move some into a file of their own.",
            MAX_SEALED_BYTES / (1024 * 1024)
        )));
    }
    plain.resize(padded, 0);
    Ok(StoredBucket { id: header.slot, format: FORMAT, sealed: key.seal(&plain)? })
}

/// Decrypts and reads a slot. Errors name the slot but never its content.
pub(crate) fn open(key: &VaultKey, bucket: &StoredBucket) -> Result<Opened> {
    if bucket.format > FORMAT {
        return Err(Error::NewerVersion { found: bucket.format, supported: FORMAT });
    }
    let name = name(bucket.id);
    if bucket.format < 1 {
        return Err(Error::Damaged(format!("{name} says it has format {}, which Kintsugi never wrote", bucket.format)));
    }
    let plain = key.open(&bucket.sealed).map_err(|e| Error::Damaged(format!("{name} does not decrypt: {e}")))?;
    // The deserializer stops after the one value; the zero padding after it is never read.
    let payload: OwnedPayload = rmp_serde::from_slice(&plain).map_err(|e| Error::Damaged(format!("{name} does not parse: {e}")))?;
    let header = match (payload.vault, payload.slot, payload.revision) {
        (Some(vault), Some(slot), Some(revision)) => Some(Header { vault, slot, revision }),
        (None, None, None) if bucket.format < 5 => None,
        _ => return Err(Error::Damaged(format!("{name} does not say which journal and place it belongs to"))),
    };
    Ok(Opened { records: payload.records, header })
}

/// How a slot is named in messages about damage.
pub(crate) fn name(slot: u16) -> String {
    if slot == DRAFT_SLOT {
        "the draft's slot".to_owned()
    } else {
        format!("bucket {slot}")
    }
}

/// Padmé padding (Nikitin et al., 2019): the length rounded up so that only its top bits are
/// kept, which leaks O(log log n) bits of the length and adds at most 12%; rounded further to
/// whole [`MIN_PADDED`] steps, so a short bucket never reveals more than 1 KiB steps would.
/// Backups are padded by the same rule.
pub(crate) fn padded_len(len: usize) -> usize {
    let padme = if len < 2 {
        len
    } else {
        let exponent = usize::BITS - 1 - len.leading_zeros();
        let exponent_bits = u32::BITS - exponent.leading_zeros();
        let mask = (1usize << (exponent - exponent_bits)) - 1;
        (len + mask) & !mask
    };
    padme.next_multiple_of(MIN_PADDED)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn short_buckets_grow_in_one_kib_steps_and_long_ones_in_coarser_ones() {
        assert_eq!(padded_len(0), 0);
        assert_eq!(padded_len(1), 1024);
        assert_eq!(padded_len(1024), 1024);
        assert_eq!(padded_len(1025), 2048);
        // A 200 KiB bucket: Padmé keeps 5 significant bits, so steps of 4 KiB.
        assert_eq!(padded_len(200 * 1024 + 1), 204 * 1024);
        assert_eq!(padded_len(204 * 1024), 204 * 1024);
    }

    proptest! {
        #[test]
        fn padding_never_truncates_and_adds_at_most_an_eighth_or_a_step(len in 0usize..(64 << 20)) {
            let padded = padded_len(len);
            prop_assert!(padded >= len);
            prop_assert_eq!(padded % MIN_PADDED, 0);
            prop_assert!(padded <= len + len / 8 + MIN_PADDED, "{len} -> {padded}");
            prop_assert!(padded_len(len + 1) >= padded, "monotonic");
        }
    }
}
