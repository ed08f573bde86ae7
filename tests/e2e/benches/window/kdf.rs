//! The KDF alone: unwrapping a key that age's scrypt wrapped at the vault's work factor, timed in
//! this process while the app waits on its unlock screen, so an unlock's cost beyond it shows.

use std::time::Instant;

use age::secrecy::SecretString;
use kintsugi_core::PASSPHRASE_WORK_FACTOR;

pub struct Kdf {
    passphrase: String,
    wrapped: Vec<u8>,
}

impl Kdf {
    pub fn new(passphrase: &str) -> Self {
        let mut recipient = age::scrypt::Recipient::new(SecretString::from(passphrase.to_owned()));
        recipient.set_work_factor(PASSPHRASE_WORK_FACTOR);
        let wrapped = age::encrypt(&recipient, &[7; 74]).expect("wrapping a key");
        Self { passphrase: passphrase.to_owned(), wrapped }
    }

    /// One unwrap, in milliseconds.
    pub fn millis(&self) -> f64 {
        let mut identity = age::scrypt::Identity::new(SecretString::from(self.passphrase.clone()));
        identity.set_max_work_factor(PASSPHRASE_WORK_FACTOR);
        let started = Instant::now();
        age::decrypt(&identity, &self.wrapped).expect("unwrapping the key");
        started.elapsed().as_secs_f64() * 1000.0
    }
}
