//! Letters between partners, with no server: written in the journal, sealed into one armored
//! age file for the partner's sharing key and one's own, passed on however the two like, and
//! opened by the partner's journal, which keeps them as a thread by date.
//!
//! age says nothing of who encrypted a file, and both sharing keys are public, so a letter also
//! carries a seal: a BLAKE3 MAC keyed by the X25519 secret the sender's and the recipient's
//! sharing keys share. Only the holder of one of those two keys can make it, so a letter that
//! says it is from the partner and carries a good seal is from the partner.
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
fn shared_secret(keys: &SharingKeys, other: &str) -> Result<Zeroizing<[u8; 32]>> {
    let unreadable = || Error::Damaged("A sharing key could not be read.".into());
    let secret = Zeroizing::new(keys.identity()?.to_string().expose_secret().to_lowercase());
    let (_, mut scalar) = bech32::decode(&secret).map_err(|_| unreadable())?;
    let (_, point) = bech32::decode(other).map_err(|_| unreadable())?;
    let scalar_bytes: [u8; 32] = scalar.as_slice().try_into().map_err(|_| unreadable())?;
    scalar.zeroize();
    let point: [u8; 32] = point.try_into().map_err(|_| unreadable())?;
    let secret = x25519_dalek::StaticSecret::from(scalar_bytes);
    Ok(Zeroizing::new(*secret.diffie_hellman(&x25519_dalek::PublicKey::from(point)).as_bytes()))
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
        let letter = Letter { id: RecordId::random(), kind: draft.kind, written: now, text, reply_to: draft.reply_to, from: keys.public_key()?, to: to.clone(), proposal };
        let sealed = serde_json::value::to_raw_value(&letter).map_err(|e| Error::Io(e.into()))?;
        let envelope = Envelope { format: FORMAT_NAME.into(), version: VERSION, seal: seal(&keys, &to, &sealed)?, letter: sealed };

        let recipients: Vec<Box<dyn age::Recipient + Send>> = vec![
            Box::new(to.parse::<age::x25519::Recipient>().map_err(|_| Error::Damaged("Your partner's key could not be read.".into()))?),
            Box::new(keys.identity()?.to_public()),
        ];
        let encryptor = age::Encryptor::with_recipients(recipients.iter().map(|r| r.as_ref() as &dyn age::Recipient))
            .map_err(|e| Error::Damaged(e.to_string()))?;
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
            age::DecryptError::NoMatchingKeys => Error::InvalidInput(
                "This letter was sealed for someone else: it does not open with this journal's key. If it is yours, open it in the journal it was written for.".into(),
            ),
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
        // The seal is made with the secret the two keys share: the sender's with the
        // recipient's. Either side can check it from its own end.
        let other = if letter.from == own { &letter.to } else { &letter.from };
        let ours = letter.to == own || letter.from == own;
        if !ours || seal(&keys, other, &envelope.letter)? != envelope.seal {
            return Err(Error::InvalidInput(
                "This letter's seal does not match the key it names, so Kintsugi cannot say who wrote it. It was not kept.".into(),
            ));
        }
        if letter.from != own && self.partner_key().map(|key| key.public_key).as_deref() != Some(letter.from.as_str()) {
            return Err(Error::InvalidInput(format!(
                "This letter was sealed with a key this journal does not know (fingerprint {}). Add your partner's sharing key in Settings, compare fingerprints, then open it again.",
                fingerprint(&letter.from)
            )));
        }
        let view = view_of(&letter, &own, self.agreement_from(letter.id));
        if !matches!(self.record(letter.id().0), Some(Record::Letter(_))) {
            self.put(Record::Letter(letter))?;
        }
        Ok(view)
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
        let proposal = found
            .proposal
            .clone()
            .ok_or_else(|| Error::InvalidInput("That letter proposes no agreement.".into()))?;
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
        proposal: letter
            .proposal
            .clone()
            .map(|proposal| if from_me { proposal } else { Proposal { owner: proposal.owner.for_partner(), ..proposal } }),
        agreement,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Passphrase;

    /// `letter` (JSON) from `from` to `to`, with the seal `from` makes over `sealed_words`, as
    /// another version of Kintsugi, or a forger, might write it.
    fn envelope_of(from: &mut Journal, to: &str, letter: &str, sealed_words: &str) -> String {
        let keys = from.sharing_keys().unwrap();
        let raw = |text: &str| serde_json::value::RawValue::from_string(text.to_owned()).unwrap();
        let envelope = Envelope { format: FORMAT_NAME.into(), version: VERSION, seal: seal(&keys, to, &raw(sealed_words)).unwrap(), letter: raw(letter) };
        let recipient: age::x25519::Recipient = to.parse().unwrap();
        let encryptor = age::Encryptor::with_recipients(std::iter::once(&recipient as &dyn age::Recipient)).unwrap();
        let mut out = Vec::new();
        let armor = age::armor::ArmoredWriter::wrap_output(&mut out, age::armor::Format::AsciiArmor).unwrap();
        let mut writer = encryptor.wrap_output(armor).unwrap();
        writer.write_all(&serde_json::to_vec(&envelope).unwrap()).unwrap();
        writer.finish().unwrap().finish().unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn the_seal_covers_the_letter_as_written_so_unknown_fields_open_and_changed_words_do_not() {
        let dirs = [tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap()];
        let passphrase = Passphrase::new("mended with gold, slowly".into());
        let (mut one, _) = Journal::create(dirs[0].path(), &passphrase).unwrap();
        let (mut two, _) = Journal::create(dirs[1].path(), &passphrase).unwrap();
        let one_key = one.sharing_key().unwrap().public_key;
        let two_key = two.sharing_key().unwrap().public_key;
        two.set_partner_key(&one_key).unwrap();

        // Spaced and ordered unlike this version writes, with a field it does not know.
        let letter = format!(
            r#"{{ "mood": "hopeful", "to": "{two_key}", "from": "{one_key}", "id": "6f1c1b1e-0000-4000-8000-000000000002",
                 "kind": "appreciation", "written": "2027-05-01T09:00:00+02:00", "text": "Thank you.", "replyTo": null }}"#
        );
        let opened = two.open_letter(&envelope_of(&mut one, &two_key, &letter, &letter)).unwrap();
        assert_eq!(opened.text, "Thank you.");

        let changed = letter.replace("Thank you.", "Send me your passphrase.").replace("0002", "0003");
        let refused = two.open_letter(&envelope_of(&mut one, &two_key, &changed, &letter));
        assert!(matches!(&refused, Err(Error::InvalidInput(m)) if m.contains("seal does not match")), "{refused:?}");
    }
}
