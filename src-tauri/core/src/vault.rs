//! The key hierarchy. A random age X25519 identity, the *vault key*, encrypts every record. It is
//! stored only wrapped: once by the passphrase (age's scrypt recipient) and once by the recovery
//! key, a second X25519 identity shown to the person once. Nothing stored beside the wrapped
//! copies lets either be recomputed; the slow KDF is the only way from a passphrase to the key.

use std::fmt;
use std::str::FromStr;

use age::secrecy::{ExposeSecret, SecretString};
use age::x25519;
use age::DecryptError;
use zeroize::Zeroizing;

use crate::strength::PassphraseStrength;
use crate::{Error, Result};

/// The scrypt work factor (log2 N) used to wrap the vault key with the passphrase: about half a
/// second and 256 MiB here. Pinned, because age would otherwise calibrate itself on every
/// machine and a slow machine would lock the person out of a vault made on a fast one.
pub const PASSPHRASE_WORK_FACTOR: u8 = 18;

/// The largest work factor accepted when unwrapping: anything higher is not ours and would
/// let a tampered file hang the app or exhaust memory. At 20, scrypt needs 1 GiB and a few
/// seconds; 22 would need 4 GiB.
const MAX_WORK_FACTOR: u8 = 20;

/// The shortest passphrase accepted.
pub const MIN_PASSPHRASE_CHARS: usize = 8;

/// The least zxcvbn score a new passphrase needs: 3 means about a hundred million guesses or
/// more, which scrypt at [`PASSPHRASE_WORK_FACTOR`] turns into years of one computer's time.
pub const MIN_PASSPHRASE_SCORE: u8 = 3;

/// A passphrase, held in memory that is wiped when dropped.
pub struct Passphrase(SecretString);

impl Passphrase {
    /// Wraps a passphrase typed by the person.
    pub fn new(passphrase: String) -> Self {
        Self(SecretString::from(passphrase))
    }

    /// Whether `other` is the same passphrase.
    pub(crate) fn is_the_same_as(&self, other: &Passphrase) -> bool {
        self.0.expose_secret() == other.0.expose_secret()
    }

    /// Refuses a passphrase too short, or too easy to guess, to protect a journal: the vault
    /// file may be copied, and then only the passphrase stands between it and every guess.
    pub(crate) fn check_strength(&self) -> Result<()> {
        let passphrase = self.0.expose_secret();
        if passphrase.chars().count() < MIN_PASSPHRASE_CHARS {
            return Err(Error::WeakPassphrase(format!(
                "Choose a passphrase of at least {MIN_PASSPHRASE_CHARS} characters; a short sentence is easy to remember."
            )));
        }
        let strength = PassphraseStrength::of(passphrase);
        if strength.score < MIN_PASSPHRASE_SCORE {
            return Err(Error::WeakPassphrase(strength.refusal()));
        }
        Ok(())
    }
}

impl fmt::Debug for Passphrase {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Passphrase(redacted)")
    }
}

/// The recovery key: an age identity (`AGE-SECRET-KEY-1…`) that opens the vault when the
/// passphrase is forgotten. It also works with the standard `age` tools.
pub struct RecoveryKey(x25519::Identity);

impl RecoveryKey {
    fn generate() -> Self {
        Self(x25519::Identity::generate())
    }

    /// Reads a recovery key as a person might type it: any case, with spaces, dashes or line
    /// breaks between groups of characters.
    pub fn parse(typed: &str) -> Result<Self> {
        let compact: Zeroizing<String> = Zeroizing::new(typed.chars().filter(|c| !c.is_whitespace() && *c != '-').flat_map(char::to_uppercase).collect());
        // The canonical form has one dash, after AGE-SECRET-KEY; we dropped them all above.
        let canonical = match compact.strip_prefix("AGESECRETKEY1") {
            Some(rest) => Zeroizing::new(format!("AGE-SECRET-KEY-1{rest}")),
            None => return Err(Error::WrongRecoveryKey),
        };
        x25519::Identity::from_str(&canonical).map(Self).map_err(|_| Error::WrongRecoveryKey)
    }

    /// The public half, which backups are encrypted to.
    pub(crate) fn recipient(&self) -> x25519::Recipient {
        self.0.to_public()
    }

    /// The key as an age identity, to decrypt a backup with.
    pub(crate) fn identity(&self) -> &x25519::Identity {
        &self.0
    }

    /// The key in its canonical form, for showing it once and for saving it to a file.
    pub fn expose(&self) -> SecretString {
        self.0.to_string()
    }

    /// Saves the key as an age identity file at `path`: readable by its owner only, written
    /// whole or not at all, and never over a file already there ([`Error::FileExists`]).
    pub fn save_to(&self, path: &std::path::Path, created: &str) -> Result<()> {
        let contents = self.to_identity_file(created);
        crate::io::files::write_private_new(path, |file| Ok(std::io::Write::write_all(file, contents.expose_secret().as_bytes())?))
    }

    /// The key as an age identity file, usable with `age -d -i FILE`.
    fn to_identity_file(&self, created: &str) -> SecretString {
        SecretString::from(format!(
            "# Kintsugi recovery key, created {created}.\n\
             # Keep it somewhere safe and private. It opens your journal if you forget the passphrase.\n\
             # public key: {}\n{}\n",
            self.0.to_public(),
            self.0.to_string().expose_secret()
        ))
    }
}

impl fmt::Debug for RecoveryKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("RecoveryKey(redacted)")
    }
}

/// The first line of the vault key's wrapped plaintext since vaults seal their table of
/// contents with a tag only the key can make. It is inside the encryption, so no one without
/// the passphrase or the recovery key can remove it, and a vault whose key says so never again
/// passes for one from before tables of contents. As a comment, it leaves the plaintext an
/// age identity file, which `age -d -i kintsugi-identity.age` reads.
const KEEPS_TABLE_OF_CONTENTS: &str = "# Kintsugi vault key. This journal keeps a table of contents sealed with it.";

/// The vault key, which encrypts and decrypts every record. A copy is made only to wrap it
/// under a new passphrase away from the journal; the secret half wipes itself when dropped.
#[derive(Clone)]
pub(crate) struct VaultKey {
    identity: x25519::Identity,
    recipient: x25519::Recipient,
    /// Keys the tag on the table of contents: derived from the secret half, so age's public
    /// recipient alone cannot make one.
    contents_key: Zeroizing<[u8; 32]>,
    /// Its wrapped copy says the journal keeps a sealed table of contents.
    keeps_contents: bool,
}

/// The vault key wrapped both ways, as stored.
pub(crate) struct WrappedKeys {
    pub by_passphrase: Vec<u8>,
    pub by_recovery_key: Vec<u8>,
}

impl VaultKey {
    fn from_identity(identity: x25519::Identity, keeps_contents: bool) -> Self {
        let recipient = identity.to_public();
        let contents_key = Zeroizing::new(blake3::derive_key("Kintsugi 2026-12 table of contents tag", identity.to_string().expose_secret().as_bytes()));
        Self { identity, recipient, contents_key, keeps_contents }
    }

    /// What is wrapped: the identity, after the line that says the journal keeps a table of
    /// contents.
    fn plaintext(&self) -> Zeroizing<String> {
        Zeroizing::new(format!("{KEEPS_TABLE_OF_CONTENTS}\n{}\n", self.identity.to_string().expose_secret()))
    }

    /// Whether the wrapped copy this key came from says the journal keeps a sealed table of
    /// contents. Only a vault from before sealed tables of contents says not.
    pub fn keeps_contents(&self) -> bool {
        self.keeps_contents
    }

    /// The tag that proves the table of contents `plain` was written by a holder of this key.
    pub fn contents_tag(&self, plain: &[u8]) -> blake3::Hash {
        blake3::keyed_hash(&self.contents_key, plain)
    }

    /// The key wrapped again by the passphrase it was unwrapped with, now saying it keeps a
    /// table of contents. No strength check: the passphrase is the person's own, unchanged.
    pub fn rewrap_with_passphrase(&self, passphrase: &Passphrase) -> Result<Vec<u8>> {
        seal(&self.scrypt_recipient(passphrase), self.plaintext().as_bytes())
    }

    /// The key wrapped for the recovery key whose public half is `recovery`.
    pub fn wrap_for_recovery(&self, recovery: &x25519::Recipient) -> Result<Vec<u8>> {
        seal(recovery, self.plaintext().as_bytes())
    }

    /// From now on, this key's wrapped copies say the journal keeps a table of contents.
    pub fn mark_keeps_contents(&mut self) {
        self.keeps_contents = true;
    }

    fn scrypt_recipient(&self, passphrase: &Passphrase) -> age::scrypt::Recipient {
        let mut recipient = age::scrypt::Recipient::new(passphrase.0.clone());
        recipient.set_work_factor(PASSPHRASE_WORK_FACTOR);
        recipient
    }

    /// Makes a new vault key and a recovery key, and wraps the vault key with both.
    pub fn generate(passphrase: &Passphrase) -> Result<(Self, RecoveryKey, WrappedKeys)> {
        passphrase.check_strength()?;
        let key = Self::from_identity(x25519::Identity::generate(), true);
        let recovery = RecoveryKey::generate();
        let wrapped = WrappedKeys { by_passphrase: key.wrap_with_passphrase(passphrase)?, by_recovery_key: key.wrap_for_recovery(&recovery.0.to_public())? };
        Ok((key, recovery, wrapped))
    }

    pub fn wrap_with_passphrase(&self, passphrase: &Passphrase) -> Result<Vec<u8>> {
        passphrase.check_strength()?;
        self.rewrap_with_passphrase(passphrase)
    }

    pub fn unwrap_with_passphrase(wrapped: &[u8], passphrase: &Passphrase) -> Result<Self> {
        let mut identity = age::scrypt::Identity::new(passphrase.0.clone());
        identity.set_max_work_factor(MAX_WORK_FACTOR);
        let plain = age::decrypt(&identity, wrapped).map_err(|e| match e {
            DecryptError::ExcessiveWork { required, .. } => Error::ExcessiveWork { required, allowed: MAX_WORK_FACTOR },
            DecryptError::DecryptionFailed | DecryptError::KeyDecryptionFailed | DecryptError::NoMatchingKeys => Error::WrongPassphrase,
            other => Error::Damaged(format!("the passphrase-wrapped key: {other}")),
        })?;
        Self::parse_unwrapped(Zeroizing::new(plain))
    }

    pub fn unwrap_with_recovery_key(wrapped: &[u8], recovery: &RecoveryKey) -> Result<Self> {
        let plain = age::decrypt(&recovery.0, wrapped).map_err(|e| match e {
            DecryptError::DecryptionFailed | DecryptError::KeyDecryptionFailed | DecryptError::NoMatchingKeys => Error::WrongRecoveryKey,
            other => Error::Damaged(format!("the recovery-wrapped key: {other}")),
        })?;
        Self::parse_unwrapped(Zeroizing::new(plain))
    }

    /// Reads a wrapped key's plaintext: the identity alone (written before tables of contents
    /// were sealed), or after the line that says the journal keeps one.
    fn parse_unwrapped(plain: Zeroizing<Vec<u8>>) -> Result<Self> {
        let text = std::str::from_utf8(&plain).map_err(|_| Error::Damaged("the wrapped vault key is not a key".into()))?;
        let (keeps_contents, identity) = match text.strip_prefix(KEEPS_TABLE_OF_CONTENTS) {
            Some(rest) => (true, rest.trim()),
            None => (false, text),
        };
        x25519::Identity::from_str(identity)
            .map(|identity| Self::from_identity(identity, keeps_contents))
            .map_err(|_| Error::Damaged("the wrapped vault key is not a key".into()))
    }

    /// The key wrapped as vaults wrapped it before tables of contents were sealed: the bare
    /// identity, with no word of a table of contents.
    #[cfg(test)]
    pub fn wrap_as_before_contents(&self, passphrase: &Passphrase) -> Vec<u8> {
        seal(&self.scrypt_recipient(passphrase), self.identity.to_string().expose_secret().as_bytes()).unwrap()
    }

    /// The public half, which backups are encrypted to.
    pub fn recipient(&self) -> &x25519::Recipient {
        &self.recipient
    }

    /// The vault's identity, which every slot and the manifest name: derived from the public
    /// half, so it changes with the key, and a slot from another vault or from before a new
    /// key is told apart even if it were sealed to the right key.
    pub fn vault_id(&self) -> uuid::Uuid {
        let digest = blake3::derive_key("Kintsugi 2026-12 vault id", self.recipient.to_string().as_bytes());
        uuid::Uuid::from_slice(&digest[..16]).expect("16 bytes")
    }

    /// The key as an age identity, to decrypt a backup with.
    pub fn identity(&self) -> &x25519::Identity {
        &self.identity
    }

    /// Encrypts a record's plaintext to the vault key.
    pub fn seal(&self, plaintext: &[u8]) -> Result<Vec<u8>> {
        seal(&self.recipient, plaintext)
    }

    /// Decrypts a record; the plaintext is wiped from memory when dropped.
    pub fn open(&self, ciphertext: &[u8]) -> Result<Zeroizing<Vec<u8>>, DecryptError> {
        age::decrypt(&self.identity, ciphertext).map(Zeroizing::new)
    }
}

fn seal(recipient: &impl age::Recipient, plaintext: &[u8]) -> Result<Vec<u8>> {
    age::encrypt(recipient, plaintext).map_err(|e| Error::Encryption(e.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recovery_key_parses_as_typed_by_a_person() {
        let key = RecoveryKey::generate();
        let canonical = key.expose().expose_secret().to_owned();
        let grouped: String =
            canonical.to_lowercase().chars().collect::<Vec<_>>().chunks(5).map(|c| c.iter().collect::<String>()).collect::<Vec<_>>().join(" ");
        let parsed = RecoveryKey::parse(&format!("  {grouped}\n")).unwrap();
        assert_eq!(parsed.expose().expose_secret(), canonical.as_str());
    }

    #[test]
    fn garbage_is_not_a_recovery_key() {
        for typed in ["", "hello", "AGE-SECRET-KEY-1", "AGE-SECRET-KEY-1QQQQQQQQQQ"] {
            assert!(matches!(RecoveryKey::parse(typed), Err(Error::WrongRecoveryKey)), "{typed}");
        }
    }

    #[test]
    fn a_tampered_work_factor_is_refused_before_any_work() {
        let passphrase = Passphrase::new("mended with gold, slowly".into());
        let (key, _, _) = VaultKey::generate(&passphrase).unwrap();
        let wrapped = key.wrap_with_passphrase(&passphrase).unwrap();
        let stanza = format!(" {PASSPHRASE_WORK_FACTOR}\n");
        let at = wrapped.windows(stanza.len()).position(|w| w == stanza.as_bytes()).expect("the scrypt stanza");
        let mut tampered = wrapped.clone();
        tampered.splice(at..at + stanza.len(), b" 21\n".iter().copied());
        let refused = VaultKey::unwrap_with_passphrase(&tampered, &passphrase).err();
        assert!(matches!(refused, Some(Error::ExcessiveWork { required: 21, allowed: 20 })), "{refused:?}");
    }

    #[test]
    fn short_passphrases_are_refused() {
        let err = Passphrase::new("1234567".into()).check_strength().unwrap_err();
        assert!(err.to_string().contains("at least 8 characters"), "{err}");
        // Characters, not bytes: seven accented letters are fourteen bytes, and still too short.
        let err = Passphrase::new("ééééééé".into()).check_strength().unwrap_err();
        assert!(err.to_string().contains("at least 8 characters"), "{err}");
    }

    #[test]
    fn easily_guessed_passphrases_are_refused_with_the_reason() {
        for guessable in ["password1234", "qwertyuiop", "aaaaaaaaaaaa", "iloveyou2024"] {
            let err = Passphrase::new(guessable.into()).check_strength().unwrap_err();
            let message = err.to_string();
            assert!(message.starts_with("This passphrase would be too easy to guess."), "{guessable}: {message}");
            assert!(message.len() > "This passphrase would be too easy to guess.".len() + 10, "{guessable}: says what to do: {message}");
        }
        Passphrase::new("lantern orbit velvet quarry".into()).check_strength().unwrap();
        Passphrase::new("mended with gold, slowly".into()).check_strength().unwrap();
    }

    #[test]
    fn the_recovery_key_is_saved_owner_only_never_over_another_file_and_opens_with_age() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let key = RecoveryKey::generate();
        let path = dir.path().join("kintsugi-recovery-key.txt");
        key.save_to(&path, "1 December 2026").unwrap();
        assert_eq!(std::fs::metadata(&path).unwrap().permissions().mode() & 0o777, 0o600);
        let saved = std::fs::read_to_string(&path).unwrap();
        let identities = age::IdentityFile::from_buffer(saved.as_bytes()).unwrap().into_identities().unwrap();
        assert_eq!(identities.len(), 1, "one identity the age tools read");

        let other = RecoveryKey::generate();
        let refused = other.save_to(&path, "1 December 2026").unwrap_err();
        assert!(matches!(refused, Error::FileExists(_)), "{refused:?}");
        assert!(refused.to_string().contains("never writes over a file"), "{refused}");
        assert_eq!(std::fs::read_to_string(&path).unwrap(), saved, "the first file is untouched");
        let left: Vec<_> = std::fs::read_dir(dir.path()).unwrap().map(|entry| entry.unwrap().file_name()).collect();
        assert_eq!(left, ["kintsugi-recovery-key.txt"], "no partial file is left behind");
    }

    #[test]
    fn secrets_do_not_show_in_debug_output() {
        let key = RecoveryKey::generate();
        assert_eq!(format!("{key:?}"), "RecoveryKey(redacted)");
        assert_eq!(format!("{:?}", Passphrase::new("secret words".into())), "Passphrase(redacted)");
    }
}
