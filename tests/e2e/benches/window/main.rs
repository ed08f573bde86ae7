//! The window bench: Kintsugi's release build in a real window under Xvfb, driven over
//! WebDriver, on the generated ten-year vault. It prints medians over several rounds of the
//! waits a person notices (unlock beyond the KDF, a search keystroke, the calendar, the
//! timeline's zooms, a save) as the page itself timed them, and the memory of every screen
//! against a bare Tauri window built in the same run. It reports and never fails on a number.
//!
//! Run it with `tests/bench/window [rounds]`, which builds what it needs first.

mod figures;
mod kdf;
mod memory;
mod page;
mod rounds;
// The core's benches generate the ten-year vault once under `target/`; this is the same code.
#[path = "../../../../src-tauri/core/benches/common/mod.rs"]
mod ten_year_vault;

use std::path::Path;

use kintsugi_core::{Journal, Passphrase};

use figures::Figures;
use rounds::{Setup, Show};

const DEFAULT_ROUNDS: usize = 5;

#[tokio::main]
async fn main() {
    let rounds = std::env::args().skip(1).find_map(|arg| arg.parse().ok()).unwrap_or(DEFAULT_ROUNDS);
    let release = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../target/release");
    let (kintsugi, bare) = (release.join("kintsugi"), release.join("bare-window"));
    for binary in [&kintsugi, &bare] {
        assert!(binary.is_file(), "{} is missing: run tests/bench/window, which builds it", binary.display());
    }

    ten_year_vault::generated_vault();
    let empty = tempfile::tempdir().unwrap();
    let passphrase = ten_year_vault::PASSPHRASE;
    Journal::create(empty.path(), &Passphrase::new(passphrase.into())).unwrap().0.lock().unwrap();
    let setup = Setup {
        kintsugi,
        bare,
        ten_years: ten_year_vault::vault_dir(),
        empty: empty.path().to_owned(),
        passphrase,
        searches: [5, 300, 3000].map(ten_year_vault::word).into(),
        kdf: kdf::Kdf::new(passphrase),
    };

    let mut figures = Figures::default();
    for round in 0..rounds {
        eprintln!("round {} of {rounds}", round + 1);
        let show = if round == 0 { Show::Everything } else { Show::Figures };
        rounds::bare(&setup, &mut figures, show).await;
        rounds::welcome(&setup, &mut figures, show).await;
        rounds::empty(&setup, &mut figures, show).await;
        rounds::ten_years(&setup, &mut figures, show).await;
    }
    figures::print(&figures, rounds);
    eprintln!("Screenshots of the first round: {}", kintsugi_e2e::screenshot_dir().display());
}
