//! Several journals on one computer, for partners who share one and the same account. Each
//! journal is its own vault in its own folder, with its own passphrase and recovery key; the
//! shelf only lists them by the neutral names the people chose, and remembers which was used
//! last. The list holds names and folder names, nothing else: `journals.json` in the app's
//! data directory.
//!
//! The first journal lives in the data directory itself, where a journal from before there were
//! several already is; the others live in `journals/<id>/` beside it.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::io::files::{create_private_dirs, write_private};
use crate::journal::vault_exists;
use crate::{Error, Result};

/// The list's file name in the app's data directory.
pub const SHELF_FILE_NAME: &str = "journals.json";
/// The id of the journal kept in the data directory itself.
pub const FIRST_JOURNAL: &str = "first";
const FIRST_NAME: &str = "My journal";
const MAX_NAME_CHARS: usize = 60;
const MAX_JOURNALS: usize = 20;

/// A journal on the shelf.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ShelfJournal {
    /// Its folder's name under `journals/`, or `first` for the data directory itself.
    pub id: String,
    /// The name the person chose.
    pub name: String,
}

/// Every journal, and the one used last.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Journals {
    /// In the order they were added.
    pub journals: Vec<ShelfJournal>,
    /// The one that opens by default.
    pub last: String,
}

/// The journals in an app data directory.
#[derive(Clone, Debug)]
pub struct Shelf {
    home: PathBuf,
}

impl Shelf {
    /// The shelf of the app data directory `home`.
    pub fn new(home: &Path) -> Self {
        Self { home: home.to_path_buf() }
    }

    /// Every journal; a data directory with no list yet holds the first journal alone.
    pub fn journals(&self) -> Result<Journals> {
        let path = self.home.join(SHELF_FILE_NAME);
        let mut journals = match std::fs::read(&path) {
            Ok(bytes) => serde_json::from_slice::<Journals>(&bytes).map_err(|e| {
                Error::Damaged(format!("The list of journals ({}) cannot be read: {e}. Each journal is safe in its own folder.", path.display()))
            })?,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Journals { journals: Vec::new(), last: FIRST_JOURNAL.into() },
            Err(e) => return Err(e.into()),
        };
        if !journals.journals.iter().any(|journal| journal.id == FIRST_JOURNAL) {
            journals.journals.insert(0, ShelfJournal { id: FIRST_JOURNAL.into(), name: FIRST_NAME.into() });
        }
        journals.journals.retain(|journal| valid_id(&journal.id));
        if !journals.journals.iter().any(|journal| journal.id == journals.last) {
            journals.last = FIRST_JOURNAL.into();
        }
        Ok(journals)
    }

    /// The folder of the journal `id`.
    pub fn folder(&self, id: &str) -> Result<PathBuf> {
        if !self.journals()?.journals.iter().any(|journal| journal.id == id) {
            return Err(Error::InvalidInput("That journal is not on this computer any more.".into()));
        }
        Ok(self.folder_of(id))
    }

    fn folder_of(&self, id: &str) -> PathBuf {
        if id == FIRST_JOURNAL {
            self.home.clone()
        } else {
            self.home.join("journals").join(id)
        }
    }

    /// Whether the journal `id` has been set up (has a vault) yet.
    pub fn is_set_up(&self, id: &str) -> bool {
        vault_exists(&self.folder_of(id))
    }

    /// Adds a journal named `name` with an empty folder of its own, ready to be created, and
    /// makes it the one that opens by default.
    pub fn add(&self, name: &str) -> Result<ShelfJournal> {
        let mut journals = self.journals()?;
        let name = checked_name(name, &journals, None)?;
        if journals.journals.len() >= MAX_JOURNALS {
            return Err(Error::InvalidInput(format!("This computer holds up to {MAX_JOURNALS} journals.")));
        }
        let id = uuid::Uuid::new_v4().simple().to_string();
        create_private_dirs(&self.folder_of(&id))?;
        let journal = ShelfJournal { id: id.clone(), name };
        journals.journals.push(journal.clone());
        journals.last = id;
        self.save(&journals)?;
        Ok(journal)
    }

    /// Gives the journal `id` a new name.
    pub fn rename(&self, id: &str, name: &str) -> Result<Journals> {
        let mut journals = self.journals()?;
        let name = checked_name(name, &journals, Some(id))?;
        let journal = journals
            .journals
            .iter_mut()
            .find(|journal| journal.id == id)
            .ok_or_else(|| Error::InvalidInput("That journal is not on this computer any more.".into()))?;
        journal.name = name;
        self.save(&journals)?;
        Ok(journals)
    }

    /// Takes the journal `id` off the shelf with its folder, when it was added and never set up
    /// (it has no vault, so nothing written is lost). The first journal then opens by default.
    pub fn remove_unused(&self, id: &str) -> Result<Journals> {
        let folder = self.folder(id)?;
        if id == FIRST_JOURNAL || vault_exists(&folder) {
            return Err(Error::InvalidInput("Only a journal that was never set up can be removed here.".into()));
        }
        let mut journals = self.journals()?;
        journals.journals.retain(|journal| journal.id != id);
        journals.last = FIRST_JOURNAL.into();
        self.save(&journals)?;
        // What an unused folder can hold is its settings; nothing of a journal.
        std::fs::remove_dir_all(&folder)?;
        Ok(journals)
    }

    /// Makes `id` the journal that opens by default.
    pub fn choose(&self, id: &str) -> Result<PathBuf> {
        let folder = self.folder(id)?;
        let mut journals = self.journals()?;
        if journals.last != id {
            journals.last = id.to_owned();
            self.save(&journals)?;
        }
        Ok(folder)
    }

    fn save(&self, journals: &Journals) -> Result<()> {
        let json = serde_json::to_vec_pretty(journals).map_err(|e| Error::Io(e.into()))?;
        write_private(&self.home.join(SHELF_FILE_NAME), |file| Ok(std::io::Write::write_all(file, &json)?))
    }
}

/// Folder names this shelf made: `first`, or 32 hexadecimal digits. Anything else in a
/// hand-edited list could point outside the data directory, so it is left out.
fn valid_id(id: &str) -> bool {
    id == FIRST_JOURNAL || (id.len() == 32 && id.bytes().all(|b| b.is_ascii_hexdigit()))
}

fn checked_name(name: &str, journals: &Journals, renaming: Option<&str>) -> Result<String> {
    let name = name.split_whitespace().collect::<Vec<_>>().join(" ");
    if name.is_empty() {
        return Err(Error::InvalidInput("Give the journal a name, any name that tells it apart for you.".into()));
    }
    if name.chars().count() > MAX_NAME_CHARS {
        return Err(Error::InvalidInput(format!("A journal's name can be up to {MAX_NAME_CHARS} characters.")));
    }
    let taken = journals.journals.iter().any(|journal| Some(journal.id.as_str()) != renaming && journal.name.eq_ignore_ascii_case(&name));
    if taken {
        return Err(Error::InvalidInput(format!("A journal here is already called “{name}”. Choose another name.")));
    }
    Ok(name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_data_directory_without_a_list_holds_the_first_journal_alone() {
        let home = tempfile::tempdir().unwrap();
        let shelf = Shelf::new(home.path());
        let journals = shelf.journals().unwrap();
        assert_eq!(journals.journals, [ShelfJournal { id: "first".into(), name: "My journal".into() }]);
        assert_eq!(shelf.folder(&journals.last).unwrap(), home.path());
        assert!(!home.path().join(SHELF_FILE_NAME).exists(), "reading writes nothing");
    }

    #[test]
    fn journals_are_added_named_renamed_and_chosen() {
        let home = tempfile::tempdir().unwrap();
        let shelf = Shelf::new(home.path());
        let added = shelf.add("  Sam's   pages ").unwrap();
        assert_eq!(added.name, "Sam's pages");
        let folder = shelf.folder(&added.id).unwrap();
        assert!(folder.is_dir() && folder.starts_with(home.path().join("journals")));
        assert!(!shelf.is_set_up(&added.id));
        assert_eq!(shelf.journals().unwrap().last, added.id, "a new journal opens next");

        assert!(matches!(shelf.add("sam's PAGES"), Err(Error::InvalidInput(m)) if m.contains("already called")));
        assert!(matches!(shelf.add("   "), Err(Error::InvalidInput(m)) if m.contains("Give the journal a name")));
        shelf.rename("first", "Blue notebook").unwrap();
        shelf.rename(&added.id, "Sam's pages").unwrap();
        assert_eq!(shelf.choose("first").unwrap(), home.path());
        let journals = shelf.journals().unwrap();
        assert_eq!(journals.journals.iter().map(|j| j.name.as_str()).collect::<Vec<_>>(), ["Blue notebook", "Sam's pages"]);
        assert_eq!(journals.last, "first");
        assert!(shelf.choose("0123").is_err());

        let unused = shelf.add("Changed my mind").unwrap();
        let unused_folder = shelf.folder(&unused.id).unwrap();
        std::fs::write(unused_folder.join("settings.json"), "{}").unwrap();
        assert!(shelf.remove_unused("first").is_err(), "the first journal stays");
        let after = shelf.remove_unused(&unused.id).unwrap();
        assert_eq!((after.journals.len(), after.last.as_str()), (2, "first"));
        assert!(!unused_folder.exists());
        std::fs::write(folder.join(crate::VAULT_FILE_NAME), "a vault").unwrap();
        assert!(matches!(shelf.remove_unused(&added.id), Err(Error::InvalidInput(m)) if m.contains("never set up")));
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(home.path().join(SHELF_FILE_NAME)).unwrap().permissions().mode() & 0o777;
            assert_eq!(mode, 0o600);
        }
    }

    #[test]
    fn a_hand_edited_list_cannot_point_outside_the_data_directory() {
        let home = tempfile::tempdir().unwrap();
        std::fs::write(home.path().join(SHELF_FILE_NAME), r#"{"journals":[{"id":"../../etc","name":"Elsewhere"}],"last":"../../etc"}"#).unwrap();
        let journals = Shelf::new(home.path()).journals().unwrap();
        assert_eq!(journals.journals.len(), 1);
        assert_eq!(journals.last, "first");
        std::fs::write(home.path().join(SHELF_FILE_NAME), "not json").unwrap();
        assert!(matches!(Shelf::new(home.path()).journals(), Err(Error::Damaged(m)) if m.contains("safe in its own folder")));
    }
}
