//! The journal's sharing key, for letters between partners with no server: an age X25519
//! identity kept inside the vault. Its public half (`age1…`) goes to the partner on a small
//! "sharing card" file or pasted as text; the partner's public half comes back the same way.
//! A short fingerprint of each lets two people check, aloud, that they hold the right key.

use std::path::Path;

use age::secrecy::ExposeSecret;
use serde::{Deserialize, Serialize};
use ts_rs::TS;
use zeroize::Zeroize;

use crate::model::{Record, SHARING_ID};
use crate::{Error, Journal, Result};

/// The journal's own identity and the partner's public key, stored as one record.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct SharingKeys {
    /// `AGE-SECRET-KEY-1…`: opens letters sealed for this journal.
    identity: String,
    /// The partner's `age1…`, once added.
    partner: Option<String>,
}

impl SharingKeys {
    fn generate() -> Self {
        let identity = age::x25519::Identity::generate();
        Self { identity: identity.to_string().expose_secret().to_owned(), partner: None }
    }

    pub(crate) fn identity(&self) -> Result<age::x25519::Identity> {
        self.identity.parse().map_err(|_| Error::Damaged("The journal's sharing key could not be read.".into()))
    }

    /// Whether both keys read as age keys: the journal's own and, once added, the partner's.
    pub(crate) fn readable(&self) -> bool {
        self.identity().is_ok() && self.partner.as_deref().is_none_or(|partner| partner.parse::<age::x25519::Recipient>().is_ok())
    }

    pub(crate) fn public_key(&self) -> Result<String> {
        Ok(self.identity()?.to_public().to_string())
    }

    pub(crate) fn wipe(&mut self) {
        self.identity.zeroize();
    }

    #[cfg(test)]
    pub(crate) fn secret(&self) -> &str {
        &self.identity
    }
}

/// A public sharing key as a person sees it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SharingKey {
    /// `age1…`, to copy whole.
    pub public_key: String,
    /// Sixteen characters to compare aloud, such as `7KQ4-M2XD-9PRT-H3WC`.
    pub fingerprint: String,
}

impl SharingKey {
    fn of(public_key: String) -> Self {
        let fingerprint = fingerprint(&public_key);
        Self { public_key, fingerprint }
    }
}

/// Crockford's base32: no I, L, O or U, so nothing read aloud is mistaken for another letter.
const ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/// How many characters a fingerprint has: five bits each, so 80 bits. A stranger who wants a
/// key of their own to read aloud like the partner's must then try about 2^80 keys, which no
/// one can; 60 bits would be within reach of a determined attacker with rented computers.
const FINGERPRINT_CHARS: usize = 16;

/// Eighty bits of the key's BLAKE3 hash, as four groups of four characters.
pub(crate) fn fingerprint(public_key: &str) -> String {
    let hash = blake3::hash(public_key.as_bytes());
    let bits = u128::from_be_bytes(hash.as_bytes()[..16].try_into().expect("a hash has 32 bytes"));
    let chars: Vec<char> = (0..FINGERPRINT_CHARS).map(|i| ALPHABET[((bits >> (123 - 5 * i)) & 31) as usize] as char).collect();
    chars.chunks(4).map(|group| group.iter().collect::<String>()).collect::<Vec<_>>().join("-")
}

/// The text of a sharing card, or of anything pasted: the first `age1…` word in it.
fn parse_public_key(text: &str) -> Result<String> {
    let not_a_key = || {
        Error::InvalidInput(
            "That is not a sharing key. A sharing key begins with age1 and is 62 characters long: copy it whole, or open your partner's sharing card.".into(),
        )
    };
    let word = text.split_whitespace().find(|word| word.starts_with("age1")).ok_or_else(not_a_key)?;
    let recipient: age::x25519::Recipient = word.parse().map_err(|_| not_a_key())?;
    Ok(recipient.to_string())
}

impl Journal {
    /// The journal's sharing keys, made the first time they are needed.
    pub(crate) fn sharing_keys(&mut self) -> Result<SharingKeys> {
        if let Some(Record::Sharing(keys)) = self.record(SHARING_ID) {
            return Ok(keys.clone());
        }
        let keys = SharingKeys::generate();
        self.put(Record::Sharing(keys.clone()))?;
        Ok(keys)
    }

    /// A new sharing identity beside the same partner's key, when the journal has one.
    pub(crate) fn renewed_sharing_keys(&self) -> Option<SharingKeys> {
        match self.record(SHARING_ID) {
            Some(Record::Sharing(keys)) => Some(SharingKeys { partner: keys.partner.clone(), ..SharingKeys::generate() }),
            _ => None,
        }
    }

    /// This journal's public sharing key, to give to the partner.
    pub fn sharing_key(&mut self) -> Result<SharingKey> {
        Ok(SharingKey::of(self.sharing_keys()?.public_key()?))
    }

    /// The partner's public sharing key, once added.
    pub fn partner_key(&self) -> Option<SharingKey> {
        match self.record(SHARING_ID) {
            Some(Record::Sharing(SharingKeys { partner: Some(partner), .. })) => Some(SharingKey::of(partner.clone())),
            _ => None,
        }
    }

    /// Adds the partner's key from a sharing card's text or a pasted key, replacing any before.
    pub fn set_partner_key(&mut self, text: &str) -> Result<SharingKey> {
        let public_key = parse_public_key(text)?;
        let mut keys = self.sharing_keys()?;
        if public_key == keys.public_key()? {
            return Err(Error::InvalidInput("That is this journal's own sharing key. Add the one from your partner's sharing card.".into()));
        }
        // A key that shares a secret anyone can compute would let anyone seal as the partner.
        crate::letters::shared_secret(&keys, &public_key)?;
        keys.partner = Some(public_key.clone());
        self.put(Record::Sharing(keys))?;
        Ok(SharingKey::of(public_key))
    }

    /// Forgets the partner's key; letters can no longer be sealed for them.
    pub fn forget_partner_key(&mut self) -> Result<()> {
        let mut keys = self.sharing_keys()?;
        if keys.partner.take().is_none() {
            return Ok(());
        }
        self.put(Record::Sharing(keys))
    }

    /// Writes this journal's sharing card to `path`: the public key and its fingerprint, which
    /// are not secret. Owner-only and atomic like every file written outside the vault.
    pub fn save_sharing_card(&mut self, path: &Path) -> Result<SharingKey> {
        let key = self.sharing_key()?;
        let card = format!(
            "# Kintsugi sharing card\n\
             # Give this file to your partner. It holds no secret: it lets them seal letters\n\
             # only you can open. Compare the fingerprint aloud: {}\n{}\n",
            key.fingerprint, key.public_key
        );
        crate::io::files::write_private(path, |file| Ok(std::io::Write::write_all(file, card.as_bytes())?))?;
        Ok(key)
    }
}

/// Reads a partner's sharing card (or any small file holding a key) for [`Journal::set_partner_key`].
pub fn read_sharing_card(path: &Path) -> Result<String> {
    const LARGEST_CARD: u64 = 64 * 1024;
    let size = std::fs::metadata(path)?.len();
    if size > LARGEST_CARD {
        return Err(Error::InvalidInput("That file is far larger than a sharing card. Choose the card your partner saved.".into()));
    }
    Ok(String::from_utf8_lossy(&std::fs::read(path)?).into_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_fingerprint_is_eighty_bits_in_sixteen_unambiguous_characters_and_differs_between_keys() {
        let one = age::x25519::Identity::generate().to_public().to_string();
        let other = age::x25519::Identity::generate().to_public().to_string();
        let print = fingerprint(&one);
        assert_eq!(print.len(), 19, "{print}");
        assert_eq!(print.split('-').map(str::len).collect::<Vec<_>>(), [4, 4, 4, 4]);
        assert!(print.chars().all(|c| c == '-' || ALPHABET.contains(&(c as u8))), "{print}");
        assert_eq!(print, fingerprint(&one));
        assert_ne!(print, fingerprint(&other));
    }

    #[test]
    fn a_key_is_found_in_a_card_or_pasted_text_and_anything_else_is_refused() {
        let key = age::x25519::Identity::generate().to_public().to_string();
        assert_eq!(parse_public_key(&format!("# Kintsugi sharing card\n# ...\n{key}\n")).unwrap(), key);
        assert_eq!(parse_public_key(&format!("  {key}  ")).unwrap(), key);
        for wrong in ["", "hello", "age1", &key[..40], "AGE-SECRET-KEY-1QQQ"] {
            assert!(matches!(parse_public_key(wrong), Err(Error::InvalidInput(_))), "{wrong}");
        }
    }
}
