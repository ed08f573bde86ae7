//! The installable package: the app as the `.deb` puts it on a computer opens in a clean
//! profile, says only "Kintsugi — private journal" on its window and in its desktop entry,
//! makes a journal, and keeps its file owner-only.
//!
//! It needs the package built and installed (or unpacked), so it is left out of a plain
//! `cargo test`: `.ci/test` builds the `.deb`, installs it (or, off CI, unpacks it under
//! `target/`), and runs this with `--ignored`, giving the binary in `KINTSUGI_PACKAGED_APP`.

use std::os::unix::fs::PermissionsExt;
use std::path::PathBuf;

use kintsugi_e2e::{App, Moment, Profile};

const EVENING: Moment = Moment { instant: "2026-12-01T20:30:00+00:00", time_zone: "Europe/London" };
const PASSPHRASE: &str = "a new home on a new computer";
const DISCREET_NAME: &str = "Kintsugi — private journal";

#[tokio::test(flavor = "multi_thread")]
#[ignore = "needs the packaged app: `.ci/test` builds the .deb, installs it, and runs this with --ignored"]
async fn the_packaged_app_opens_in_a_clean_profile_and_keeps_a_journal() {
    let binary = PathBuf::from(std::env::var_os("KINTSUGI_PACKAGED_APP").expect("KINTSUGI_PACKAGED_APP names the installed binary"));
    let root = binary.ancestors().nth(3).expect("the binary sits in <root>/usr/bin").to_path_buf();
    let desktop_entry = std::fs::read_to_string(root.join("usr/share/applications/Kintsugi.desktop")).expect("the desktop entry");
    assert!(desktop_entry.contains(&format!("Comment={DISCREET_NAME}")), "{desktop_entry}");
    assert!(desktop_entry.contains("Exec=kintsugi"), "{desktop_entry}");
    assert!(root.join("usr/share/icons/hicolor/128x128/apps/kintsugi.png").is_file(), "the icon");

    let profile = Profile::at(EVENING);
    let app = App::launch_binary(&binary, &profile).await;
    assert_eq!(app.title().await, DISCREET_NAME);
    app.create_journal(PASSPHRASE, Some("97-package")).await;
    app.type_into("editor", "Installed from the package, and writing already.").await;
    app.wait_for_text("save-status", "Saved").await;
    let mode = |path: PathBuf| std::fs::metadata(path).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode(profile.data_dir().join(kintsugi_core::VAULT_FILE_NAME)), 0o600);
    app.quit().await;
}
