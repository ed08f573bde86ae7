//! Promise 3: a save that returned survives the process being killed at any moment, and the
//! vault is never corrupted. A child process (this same test binary) saves entries in a loop
//! and reports each one after `save_entry` returns; the parent kills it with SIGKILL at a
//! random moment, reopens the vault and checks.

use std::io::{BufRead, BufReader, Write};
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::time::Duration;

use age::secrecy::ExposeSecret;
use kintsugi_core::{EntryDraft, EntryId, Journal, RecoveryKey, VAULT_FILE_NAME};

use crate::support::{at, day, passphrase, retyped};

const CHILD_DIR: &str = "KINTSUGI_CRASH_CHILD_DIR";
const CHILD_KEY: &str = "KINTSUGI_CRASH_CHILD_KEY";
const ROUNDS: usize = 30;

/// The child's side: runs only when the parent starts this binary with the variables set.
#[test]
fn crash_child_saves_until_killed() {
    let (Ok(dir), Ok(key)) = (std::env::var(CHILD_DIR), std::env::var(CHILD_KEY)) else { return };
    let mut journal = Journal::unlock_with_recovery_key(dir.as_ref(), &RecoveryKey::parse(&key).unwrap()).unwrap();
    let mut out = std::io::stdout().lock();
    for i in 0.. {
        let text = format!("entry {i} {}", "words ".repeat(fastrand::usize(1..400)));
        let entry = journal.save_entry(EntryDraft::new(day("2026-11-26"), text), at("2026-11-26T21:00:00Z")).unwrap();
        // Some saves are edits, which rewrite a bucket that already holds acknowledged entries.
        if i % 3 == 0 {
            let edit = EntryDraft::editing(&entry).with_text(format!("{} edited", entry.text));
            journal.save_entry(edit, at("2026-11-26T21:00:01Z")).unwrap();
        }
        writeln!(out, "saved {}", entry.id).unwrap();
        out.flush().unwrap();
    }
}

#[test]
fn a_killed_process_loses_no_acknowledged_save() {
    let dir = tempfile::tempdir().unwrap();
    let (journal, recovery) = Journal::create(dir.path(), &passphrase()).unwrap();
    journal.lock().unwrap();
    let mut acknowledged: Vec<EntryId> = Vec::new();

    for round in 0..ROUNDS {
        let mut child = Command::new(std::env::current_exe().unwrap())
            .args(["--exact", "crash::crash_child_saves_until_killed", "--nocapture", "--test-threads=1"])
            .env(CHILD_DIR, dir.path())
            .env(CHILD_KEY, recovery.expose().expose_secret())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let stdout = child.stdout.take().unwrap();
        let (lines, reported) = mpsc::channel();
        let reader = std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines().map_while(Result::ok) {
                if let Some(id) = line.strip_prefix("saved ") {
                    let _ = lines.send(EntryId::parse(id).unwrap());
                }
            }
        });
        // Wait for the first acknowledged save so the kill lands mid-loop, not during unlock.
        let first = reported.recv_timeout(Duration::from_secs(30)).expect("the child saves");
        std::thread::sleep(Duration::from_millis(fastrand::u64(0..120)));
        child.kill().unwrap();
        child.wait().unwrap();
        reader.join().unwrap();
        acknowledged.push(first);
        acknowledged.extend(reported.try_iter());

        let conn = rusqlite::Connection::open(dir.path().join(VAULT_FILE_NAME)).unwrap();
        let integrity: String = conn.query_row("PRAGMA integrity_check", [], |r| r.get(0)).unwrap();
        assert_eq!(integrity, "ok", "round {round}");
        drop(conn);
        let journal = Journal::unlock_with_recovery_key(dir.path(), &retyped(&recovery)).unwrap();
        assert!(journal.damage().is_empty(), "round {round}: {:?}", journal.damage());
        for id in &acknowledged {
            assert!(journal.entry(*id).is_ok(), "round {round}: acknowledged entry {id} was lost");
        }
    }
    assert!(acknowledged.len() > ROUNDS, "the kills landed between saves: {}", acknowledged.len());
}
