//! Interop with the standard `age` command-line tool, exactly as the README shows it: a backup
//! opens with `age -d` and nothing from Kintsugi, given only the recovery key file, or only the
//! identity file beside it and the passphrase typed at age's prompt. age reads a passphrase
//! from the terminal, never from a pipe, so the test types it into a pseudo-terminal.

use std::process::Command;

use kintsugi_core::{EntryDraft, Journal};
use rexpect::process::WaitStatus;

use crate::support::{at, day, export_at, journal_in, passphrase, PASSPHRASE};

/// Whether the `age` tool is installed; CI installs it (`.ci/setup`).
fn age_installed() -> bool {
    Command::new("age").arg("--version").output().is_ok_and(|output| output.status.success())
}

#[test]
fn the_age_tool_opens_a_backup_with_the_recovery_key_file_or_the_passphrase() {
    if !age_installed() {
        eprintln!("skipped: the `age` command-line tool is not installed (Debian's package `age`; .ci/setup installs it)");
        return;
    }
    let (dir, chosen, files) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let (mut journal, recovery) = Journal::create(dir.path(), &passphrase()).unwrap();
    journal.save_entry(EntryDraft::new(day("2026-11-30"), "A quiet walk by the river, and we talked."), at("2026-11-30T21:30:00+01:00")).unwrap();
    let now = at("2026-12-01T21:30:00+01:00");
    let backup = journal.back_up(chosen.path(), now).unwrap();
    journal.export_json(&files.path().join("expected.json"), now).unwrap();
    let expected = export_at(&files.path().join("expected.json"));
    let folder = backup.parent().unwrap();
    let name = backup.file_name().unwrap().to_str().unwrap();

    // The recovery key, saved as the app saves it.
    let key_file = files.path().join("recovery-key.txt");
    recovery.save_to(&key_file, "2026-12-01").unwrap();
    let opened = Command::new("age").current_dir(folder).arg("-d").arg("-i").arg(&key_file).arg(name).output().unwrap();
    assert!(opened.status.success(), "age: {}", String::from_utf8_lossy(&opened.stderr));
    assert_eq!(journal_in(&opened.stdout), expected);

    // The identity file beside the backup, and the passphrase typed at age's prompt.
    let mut age = Command::new("sh");
    age.current_dir(folder).arg("-c").arg(format!("age -d -i kintsugi-identity.age {name} > journal.json"));
    let mut terminal = rexpect::session::spawn_command(age, Some(60_000)).unwrap();
    terminal.exp_string("passphrase").unwrap();
    terminal.send_line(PASSPHRASE).unwrap();
    let said = terminal.exp_eof().unwrap();
    let status = terminal.process().wait().unwrap();
    assert!(matches!(status, WaitStatus::Exited(_, 0)), "age: {status:?} {said}");
    assert_eq!(journal_in(&std::fs::read(folder.join("journal.json")).unwrap()), expected);
}
