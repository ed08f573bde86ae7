//! Records are stored in 256 sealed buckets, chosen by the first byte of each record's random
//! id. One age file per record would cost an X25519 agreement per record at unlock (about
//! 1.2 s for ten years of use); a fixed number of buckets bounds that cost at 256 agreements
//! whatever the vault holds, while a save rewrites only the one bucket (a 256th of the vault).
//! The bucket number reveals nothing: ids are random.
//!
//! A bucket's plaintext is a MessagePack list of records with named fields, so fields can be
//! added later with defaults, padded with zeros to a multiple of [`PADDING`] so that the stored
//! size says little about how much was written.

use serde::{Deserialize, Serialize};
use zeroize::Zeroizing;

use crate::model::Record;
use crate::store::StoredBucket;
use crate::vault::VaultKey;
use crate::{Error, Result};

/// The bucket format this build writes; it reads every earlier one. Each format adds kinds of
/// record an older build cannot read (2: drafts and prompts; 3: wins, agreements, triggers,
/// milestones; 4: the public halves of the vault's other keys), so such a build must refuse
/// the bucket rather than set it aside as damaged.
pub(crate) const FORMAT: i64 = 4;

/// Plaintext is padded to a multiple of this many bytes before encryption.
const PADDING: usize = 1024;

#[derive(Serialize)]
struct Payload<'a> {
    records: Vec<&'a Record>,
}

#[derive(Deserialize)]
struct OwnedPayload {
    records: Vec<Record>,
}

/// Serializes, pads and encrypts a bucket's records.
pub(crate) fn seal<'a>(
    key: &VaultKey,
    id: u8,
    revision: i64,
    records: impl Iterator<Item = &'a Record>,
) -> Result<StoredBucket> {
    let payload = Payload { records: records.collect() };
    let mut plain = Zeroizing::new(
        rmp_serde::to_vec_named(&payload).map_err(|e| Error::Encryption(e.to_string()))?,
    );
    let padded_len = plain.len().div_ceil(PADDING).max(1) * PADDING;
    plain.resize(padded_len, 0);
    Ok(StoredBucket { id, format: FORMAT, revision, sealed: key.seal(&plain)? })
}

/// Decrypts and reads a bucket. Errors name the bucket but never its content.
pub(crate) fn open(key: &VaultKey, bucket: &StoredBucket) -> Result<Vec<Record>> {
    if bucket.format > FORMAT {
        return Err(Error::NewerVersion { found: bucket.format, supported: FORMAT });
    }
    let plain = key
        .open(&bucket.sealed)
        .map_err(|e| Error::Damaged(format!("bucket {} does not decrypt: {e}", bucket.id)))?;
    // The deserializer stops after the one value; the zero padding after it is never read.
    let payload: OwnedPayload = rmp_serde::from_slice(&plain)
        .map_err(|e| Error::Damaged(format!("bucket {} does not parse: {e}", bucket.id)))?;
    Ok(payload.records)
}
