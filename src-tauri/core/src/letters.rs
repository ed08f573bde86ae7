//! Letters between partners, with no server: written in the journal, sealed into one armored
//! age file for the partner's sharing key and one's own, passed on however the two like, and
//! opened by the partner's journal, which keeps them as a thread by date.
//!
//! The file is plain age: `age -d -i key.txt letter.age` shows the JSON below, with the sharing
//! key taken from a Kintsugi JSON export (`sharing.identity`).
//!
//! ```text
//! { "format": "kintsugi-letter", "version": 1,
//!   "letter": { "id", "kind", "written" (RFC 3339), "text" (Markdown), "replyTo": id | null,
//!               "from": "age1…", "to": "age1…",
//!               "proposal": { "text", "cadence", "owner" (as the writer sees it) } (optional) },
//!   "seal": 64 hex digits }
//! ```
//!
//! # The seal
//!
//! age says nothing of who encrypted a file, and both sharing keys are public, so a letter also
//! carries a seal. It is the sender authentication of NaCl's `crypto_box` (Bernstein, Lange and
//! Schwabe, 2012) and of HPKE's Auth mode (RFC 9180, section 5.1.3): a MAC keyed by the static
//! X25519 secret of the two parties' long-term keys.
//!
//! - `shared = X25519(own sharing secret, other's sharing public key)`, refused when it is not
//!   contributory (the other key is a low-order point, whose secret anyone can compute);
//! - `key = BLAKE3-derive-key(context "Kintsugi letter seal v1", shared)`, BLAKE3's own KDF
//!   mode, whose context string keeps this key apart from any other use of the same secret;
//! - `seal = BLAKE3-keyed-hash(key, letter)`, over exactly the UTF-8 bytes of the `letter`
//!   JSON value as it stands in the envelope (kept raw, never re-serialized), which names both
//!   keys (`from`, `to`), so the seal binds the pair it was made for.
//!
//! Why not HPKE or signatures: a letter must stay a plain age file that the age tool opens,
//! and age has no sender-authenticated mode; a separate signing key would mean a second key
//! on every sharing card and a second fingerprint to compare aloud. The static-static X25519
//! secret needs nothing beyond the keys already exchanged.
//!
//! Known limits, and the rule that covers them:
//! - The seal proves the *pair*, not the direction: either key of the pair can make it. So
//!   the direction is carried by the acceptance rule in [`Journal::open_letter`]: a letter is
//!   kept only from the partner's key to this journal's (`from == partner, to == own`), or as
//!   this journal's own copy of a letter to the partner (`from == own, to == partner`).
//!   Anything else, such as a stranger's letter that claims to be from this journal and
//!   names the stranger's own key as its recipient, is refused and nothing is kept.
//! - Whoever steals a sharing secret can write letters to its holder's partner as that
//!   holder, and, as with any MAC, to the holder as the partner. A new sharing key (Settings)
//!   ends it once the partner adds the new card.
//! - The seal is repudiable by design: it convinces the partner, but proves nothing to a third
//!   person, since the partner could have made it. A letter cannot be used as evidence.
//! - A letter's id is chosen by its writer, so it is taken only when it is a fresh random id
//!   that no record of another kind uses; the reserved ids of the journal's own records can
//!   never be taken by a letter.

use std::io::{Read, Write};

use age::secrecy::ExposeSecret;
use chrono::{DateTime, FixedOffset, NaiveDate};
use serde::{Deserialize, Serialize};
use ts_rs::TS;
use zeroize::{Zeroize, Zeroizing};

use crate::model::Record;
use crate::progress::agreement::{Agreement, AgreementView, Cadence, Owner, MAX_TERMS_CHARS};
use crate::progress::{checked_text, RecordId};
use crate::sharing::{fingerprint, SharingKeys};
use crate::{Error, Journal, Result};

/// The value of `format` in a letter.
const FORMAT_NAME: &str = "kintsugi-letter";
/// The letter format this build writes and the newest it reads.
const VERSION: u32 = 1;
/// A letter's words, as for an entry.
const MAX_LETTER_CHARS: usize = 200_000;
/// The largest sealed letter read: the words, armored and encrypted, with room to spare.
const MAX_SEALED_LETTER_BYTES: u64 = 4 * 1024 * 1024;

/// What a letter is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum LetterKind {
    /// An apology.
    Apology,
    /// What it did to me.
    WhatItDid,
    /// Appreciation.
    Appreciation,
    /// A request.
    Request,
    /// A reply to a letter.
    Reply,
    /// A short account of the day, for couples who agreed to share their days.
    MyDay,
}

/// A letter before it is sealed.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct LetterDraft {
    /// What the letter is.
    pub kind: LetterKind,
    /// The words, in Markdown.
    pub text: String,
    /// The letter this answers.
    pub reply_to: Option<RecordId>,
    /// An agreement the letter proposes.
    pub proposal: Option<Proposal>,
}

/// An agreement proposed in a letter: its terms, how often, and who would keep it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Proposal {
    /// What would be agreed.
    pub text: String,
    /// How often it would apply.
    pub cadence: Cadence,
    /// Who would keep it, as the letter's writer sees it; a [`LetterView`] turns it to the
    /// reader's side.
    pub owner: Owner,
}

/// What is sealed: the words, and whose keys they are from and for.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct Letter {
    id: RecordId,
    pub(crate) kind: LetterKind,
    pub(crate) written: DateTime<FixedOffset>,
    pub(crate) text: String,
    reply_to: Option<RecordId>,
    pub(crate) from: String,
    to: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) proposal: Option<Proposal>,
}

impl Letter {
    pub(crate) fn id(&self) -> RecordId {
        self.id
    }

    pub(crate) fn wipe(&mut self) {
        self.text.zeroize();
        if let Some(proposal) = &mut self.proposal {
            proposal.text.zeroize();
        }
    }

    #[cfg(test)]
    pub(crate) fn text(&self) -> &str {
        &self.text
    }
}

/// The sealed file's contents. The letter is kept as the exact JSON that was sealed, so the
/// seal never depends on how a reader would write the letter again (a later version may add
/// fields an earlier one does not know).
#[derive(Serialize, Deserialize)]
struct Envelope {
    format: String,
    version: u32,
    letter: Box<serde_json::value::RawValue>,
    seal: String,
}

/// A letter as the journal shows it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct LetterView {
    /// The same in both journals.
    pub id: RecordId,
    /// What the letter is.
    pub kind: LetterKind,
    /// When it was sealed, in the writer's local time.
    #[ts(type = "string")]
    pub written: DateTime<FixedOffset>,
    /// The words, in Markdown.
    pub text: String,
    /// The letter this answers.
    pub reply_to: Option<RecordId>,
    /// Written in this journal; otherwise it came from the partner.
    pub from_me: bool,
    /// The fingerprint of the key that sealed it.
    pub from_fingerprint: String,
    /// The agreement it proposes, with its owner as this journal sees it.
    pub proposal: Option<Proposal>,
    /// The agreement added from its proposal, once it was.
    pub agreement: Option<RecordId>,
}

/// A sealed letter, ready to be written to a file.
#[derive(Debug)]
pub struct SealedLetter {
    /// The armored age text.
    pub armored: String,
    /// The letter as this journal now keeps it.
    pub letter: LetterView,
}

impl SealedLetter {
    /// Writes the sealed letter to `path`, owner-only and atomically, like every file written
    /// outside the vault. It is encrypted: only the two sharing keys open it.
    pub fn save_to(&self, path: &std::path::Path) -> Result<()> {
        crate::io::files::write_private(path, |file| Ok(file.write_all(self.armored.as_bytes())?))
    }
}

/// Reads a sealed letter's file for [`Journal::open_letter`], refusing one far larger than a
/// letter before reading it.
pub fn read_sealed_letter(path: &std::path::Path) -> Result<String> {
    if std::fs::metadata(path)?.len() > MAX_SEALED_LETTER_BYTES {
        return Err(Error::InvalidInput("That file is far larger than a letter. Choose the .age file your partner sealed.".into()));
    }
    Ok(String::from_utf8_lossy(&std::fs::read(path)?).into_owned())
}

/// The MAC that proves which two sharing keys a letter is between.
fn seal(keys: &SharingKeys, other: &str, letter: &serde_json::value::RawValue) -> Result<String> {
    let shared = shared_secret(keys, other)?;
    let key = blake3::derive_key("Kintsugi letter seal v1", &shared[..]);
    Ok(blake3::keyed_hash(&key, letter.get().as_bytes()).to_hex().to_string())
}

/// The X25519 secret this journal's sharing key shares with `other` (`age1…`).
pub(crate) fn shared_secret(keys: &SharingKeys, other: &str) -> Result<Zeroizing<[u8; 32]>> {
    let unreadable = || Error::Damaged("A sharing key could not be read.".into());
    let secret = Zeroizing::new(keys.identity()?.to_string().expose_secret().to_lowercase());
    let (_, mut scalar) = bech32::decode(&secret).map_err(|_| unreadable())?;
    let (_, point) = bech32::decode(other).map_err(|_| unreadable())?;
    let scalar_bytes: [u8; 32] = scalar.as_slice().try_into().map_err(|_| unreadable())?;
    scalar.zeroize();
    let point: [u8; 32] = point.try_into().map_err(|_| unreadable())?;
    let secret = x25519_dalek::StaticSecret::from(scalar_bytes);
    let shared = secret.diffie_hellman(&x25519_dalek::PublicKey::from(point));
    // A low-order point gives a secret anyone can compute: a seal made with it proves nothing.
    if !shared.was_contributory() {
        return Err(not_a_sharing_key());
    }
    Ok(Zeroizing::new(*shared.as_bytes()))
}

/// A key that is no one's: one that shares a secret with every key that anyone could compute.
pub(crate) fn not_a_sharing_key() -> Error {
    Error::InvalidInput(
        "That key cannot be anyone's sharing key, so letters cannot be sealed or opened with it. Ask your partner for their sharing card again.".into(),
    )
}

/// Keeps a letter only between this journal and its partner: from the partner to this journal,
/// or this journal's own copy of a letter to the partner. The seal proves which two keys a
/// letter is between, not which of them wrote it; this rule gives it a direction.
fn check_direction(letter: &Letter, own: &str, partner: Option<&str>) -> Result<()> {
    let Some(partner) = partner else {
        return Err(unknown_key(if letter.from == own { &letter.to } else { &letter.from }));
    };
    if letter.from == partner && letter.to == own || letter.from == own && letter.to == partner {
        return Ok(());
    }
    if letter.from == own {
        return Err(Error::InvalidInput(
            "This letter says it was written in this journal, but for a key that is not your partner's. Kintsugi cannot tell who wrote it, so it was not kept."
                .into(),
        ));
    }
    if letter.from != partner {
        return Err(unknown_key(&letter.from));
    }
    Err(for_someone_else())
}

fn for_someone_else() -> Error {
    Error::InvalidInput(
        "This letter was sealed for someone else: it does not open with this journal's key. If it is yours, open it in the journal it was written for.".into(),
    )
}

fn unknown_key(key: &str) -> Error {
    Error::InvalidInput(format!(
        "This letter was sealed with a key this journal does not know (fingerprint {}). Add your partner's sharing key in Settings, compare fingerprints, then open it again.",
        fingerprint(key)
    ))
}

fn not_a_letter() -> Error {
    Error::InvalidInput("That is not a Kintsugi letter. Open the .age file your partner sealed, or paste all of its text.".into())
}

impl Journal {
    /// Seals a letter for the partner (and this journal, so its writer can read it back), and
    /// keeps it in the journal's letters.
    pub fn seal_letter(&mut self, draft: LetterDraft, now: DateTime<FixedOffset>) -> Result<SealedLetter> {
        let text = draft.text.trim().to_owned();
        if text.is_empty() {
            return Err(Error::InvalidInput("The letter is empty. Write what you want to say first.".into()));
        }
        if text.chars().count() > MAX_LETTER_CHARS {
            return Err(Error::InvalidInput(format!("A letter holds up to {MAX_LETTER_CHARS} characters. Say it in two letters.")));
        }
        let proposal = draft
            .proposal
            .map(|proposal| -> Result<Proposal> {
                Ok(Proposal { text: checked_text(&proposal.text, "proposed agreement", MAX_TERMS_CHARS, true)?, ..proposal })
            })
            .transpose()?;
        let keys = self.sharing_keys()?;
        let to = self
            .partner_key()
            .ok_or_else(|| Error::InvalidInput("Add your partner's sharing key in Settings first: a letter is sealed for their key.".into()))?
            .public_key;
        let letter = Letter {
            id: RecordId::random(),
            kind: draft.kind,
            written: now,
            text,
            reply_to: draft.reply_to,
            from: keys.public_key()?,
            to: to.clone(),
            proposal,
        };
        let sealed = serde_json::value::to_raw_value(&letter).map_err(|e| Error::Io(e.into()))?;
        let envelope = Envelope { format: FORMAT_NAME.into(), version: VERSION, seal: seal(&keys, &to, &sealed)?, letter: sealed };

        let recipients: Vec<Box<dyn age::Recipient + Send>> = vec![
            Box::new(to.parse::<age::x25519::Recipient>().map_err(|_| Error::Damaged("Your partner's key could not be read.".into()))?),
            Box::new(keys.identity()?.to_public()),
        ];
        let encryptor =
            age::Encryptor::with_recipients(recipients.iter().map(|r| r.as_ref() as &dyn age::Recipient)).map_err(|e| Error::Damaged(e.to_string()))?;
        let mut armored = Vec::new();
        let armor = age::armor::ArmoredWriter::wrap_output(&mut armored, age::armor::Format::AsciiArmor)?;
        let mut writer = encryptor.wrap_output(armor)?;
        writer.write_all(&serde_json::to_vec(&envelope).map_err(|e| Error::Io(e.into()))?)?;
        writer.finish()?.finish()?;

        let view = view_of(&letter, &letter.from, None);
        self.put(Record::Letter(letter))?;
        Ok(SealedLetter { armored: String::from_utf8(armored).expect("armor is ASCII"), letter: view })
    }

    /// Opens a letter from its armored text and keeps it; a letter opened before is shown again.
    pub fn open_letter(&mut self, armored: &str) -> Result<LetterView> {
        let keys = self.sharing_keys()?;
        let reader = age::armor::ArmoredReader::new(armored.trim().as_bytes());
        let decryptor = age::Decryptor::new(reader).map_err(|_| not_a_letter())?;
        let identity = keys.identity()?;
        let mut plain = Zeroizing::new(Vec::new());
        let mut stream = decryptor.decrypt(std::iter::once(&identity as &dyn age::Identity)).map_err(|error| match error {
            age::DecryptError::NoMatchingKeys => for_someone_else(),
            _ => Error::InvalidInput("This letter was changed after it was sealed, or is incomplete, so it cannot be read.".into()),
        })?;
        stream
            .read_to_end(&mut plain)
            .map_err(|_| Error::InvalidInput("This letter was changed after it was sealed, or is incomplete, so it cannot be read.".into()))?;
        let envelope: Envelope = serde_json::from_slice(&plain).map_err(|_| not_a_letter())?;
        if envelope.format != FORMAT_NAME {
            return Err(not_a_letter());
        }
        if envelope.version > VERSION {
            return Err(Error::InvalidInput("This letter was sealed by a newer version of Kintsugi. Update Kintsugi to read it.".into()));
        }
        let letter: Letter = serde_json::from_str(envelope.letter.get()).map_err(|_| not_a_letter())?;
        let own = keys.public_key()?;
        let partner = self.partner_key().map(|key| key.public_key);
        check_direction(&letter, &own, partner.as_deref())?;
        // Made with the secret the two keys share: either side can check it from its own end.
        let other = if letter.from == own { &letter.to } else { &letter.from };
        if seal(&keys, other, &envelope.letter)? != envelope.seal {
            return Err(Error::InvalidInput(
                "This letter's seal does not match the key it names, so Kintsugi cannot say who wrote it. It was not kept.".into(),
            ));
        }
        match self.record(letter.id().0) {
            Some(Record::Letter(kept)) if *kept == letter => {}
            Some(Record::Letter(_)) => {
                return Err(Error::InvalidInput(
                    "A different letter with the same name is already in your letters, so this one was not kept. Ask your partner to seal it again.".into(),
                ))
            }
            Some(_) => return Err(not_a_letter()),
            None if !is_fresh_letter_id(letter.id) => return Err(not_a_letter()),
            None => self.put(Record::Letter(letter.clone()))?,
        }
        Ok(view_of(&letter, &own, self.agreement_from(letter.id)))
    }

    /// Every letter, sent and received, oldest first: a thread by date.
    pub fn letters(&self) -> Result<Vec<LetterView>> {
        let Some(Record::Sharing(keys)) = self.record(crate::model::SHARING_ID) else { return Ok(Vec::new()) };
        // Derived once: it costs a scalar multiplication.
        let own = keys.public_key()?;
        let accepted: std::collections::HashMap<RecordId, RecordId> = self
            .records()
            .filter_map(|record| if let Record::Agreement(agreement) = record { Some((agreement.proposed_in?, agreement.id)) } else { None })
            .collect();
        let mut letters: Vec<LetterView> = self
            .records()
            .filter_map(|record| if let Record::Letter(letter) = record { Some(view_of(letter, &own, accepted.get(&letter.id).copied())) } else { None })
            .collect();
        letters.sort_by_key(|letter| (letter.written, letter.id));
        Ok(letters)
    }

    /// The agreement added from the letter `letter`'s proposal, if one was.
    fn agreement_from(&self, letter: RecordId) -> Option<RecordId> {
        self.records().find_map(|record| match record {
            Record::Agreement(agreement) if agreement.proposed_in == Some(letter) => Some(agreement.id),
            _ => None,
        })
    }

    /// Adds the agreement a letter proposes to this journal's agreements, from `since` on, with
    /// its owner as this journal sees it. A proposal is added once.
    pub fn accept_proposal(&mut self, letter: RecordId, since: NaiveDate) -> Result<AgreementView> {
        let own = self.sharing_keys()?.public_key()?;
        let Some(Record::Letter(found)) = self.record(letter.0) else {
            return Err(Error::RecordNotFound);
        };
        let proposal = found.proposal.clone().ok_or_else(|| Error::InvalidInput("That letter proposes no agreement.".into()))?;
        let from_me = found.from == own;
        if self.agreement_from(letter).is_some() {
            return Err(Error::InvalidInput("This agreement is already in your agreements.".into()));
        }
        let owner = if from_me { proposal.owner } else { proposal.owner.for_partner() };
        let mut agreement = Agreement::new(&proposal.text, proposal.cadence, owner, since)?;
        agreement.proposed_in = Some(letter);
        let view = agreement.view();
        self.put(Record::Agreement(agreement))?;
        Ok(view)
    }
}

/// Whether `id` could be a letter's: a random (version 4) id, which the journal's own records
/// (its keys, its settings, the draft) never have.
fn is_fresh_letter_id(id: RecordId) -> bool {
    id.0.get_version() == Some(uuid::Version::Random) && id.0.get_variant() == uuid::Variant::RFC4122
}

/// A letter as the journal shows it, for the journal whose public sharing key is `own`.
fn view_of(letter: &Letter, own: &str, agreement: Option<RecordId>) -> LetterView {
    let from_me = letter.from == own;
    LetterView {
        id: letter.id,
        kind: letter.kind,
        written: letter.written,
        text: letter.text.clone(),
        reply_to: letter.reply_to,
        from_me,
        from_fingerprint: fingerprint(&letter.from),
        proposal: letter.proposal.clone().map(|proposal| if from_me { proposal } else { Proposal { owner: proposal.owner.for_partner(), ..proposal } }),
        agreement,
    }
}

#[cfg(test)]
mod tests;
