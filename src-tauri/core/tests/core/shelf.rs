//! Two journals on one computer, side by side in one data directory: each opens with its own
//! passphrase only, holds only its own words, and the list of journals holds names alone.

use kintsugi_core::{EntryDraft, Error, Journal, Passphrase, Shelf, SHELF_FILE_NAME};

use crate::support::{at, day};

#[test]
fn two_journals_side_by_side_share_nothing_but_the_list_of_names() {
    let home = tempfile::tempdir().unwrap();
    let shelf = Shelf::new(home.path());
    let mine = Passphrase::new("a blue door in the rain".into());
    let theirs = Passphrase::new("seven herons at low tide".into());
    let now = at("2026-12-01T21:00:00+00:00");

    let (mut first, _) = Journal::create(&shelf.folder("first").unwrap(), &mine).unwrap();
    first.save_entry(EntryDraft::new(day("2026-12-01"), "first-journal-marker-qz"), now).unwrap();
    let second_id = shelf.add("Robin").unwrap().id;
    let (mut second, _) = Journal::create(&shelf.folder(&second_id).unwrap(), &theirs).unwrap();
    second.save_entry(EntryDraft::new(day("2026-12-01"), "second-journal-marker-xv"), now).unwrap();

    // Both open at once: each has its own lock.
    let texts = |journal: &Journal| journal.recent_entries(10).entries.iter().map(|e| e.preview.clone()).collect::<Vec<_>>();
    assert_eq!(texts(&first), ["first-journal-marker-qz"]);
    assert_eq!(texts(&second), ["second-journal-marker-xv"]);
    first.lock().unwrap();
    second.lock().unwrap();

    assert!(matches!(Journal::unlock(&shelf.folder(&second_id).unwrap(), &mine), Err(Error::WrongPassphrase)));
    assert!(matches!(Journal::unlock(&shelf.folder("first").unwrap(), &theirs), Err(Error::WrongPassphrase)));
    let second = Journal::unlock(&shelf.folder(&second_id).unwrap(), &theirs).unwrap();
    assert_eq!(texts(&second), ["second-journal-marker-xv"]);
    second.lock().unwrap();

    let list = std::fs::read_to_string(home.path().join(SHELF_FILE_NAME)).unwrap();
    assert!(list.contains("Robin") && !list.contains("marker"), "{list}");
    let mut files = Vec::new();
    let mut folders = vec![home.path().to_path_buf()];
    while let Some(folder) = folders.pop() {
        for file in std::fs::read_dir(folder).unwrap().map(Result::unwrap) {
            if file.file_type().unwrap().is_dir() {
                folders.push(file.path())
            } else {
                files.push(file.path())
            }
        }
    }
    for file in files {
        let bytes = std::fs::read(&file).unwrap();
        let text = String::from_utf8_lossy(&bytes);
        assert!(!text.contains("marker"), "{} holds a journal's words", file.display());
    }
}
