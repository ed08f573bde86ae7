//! Copying the recovery key: it stays on the clipboard for [`CLEARED_AFTER_SECONDS`], and is
//! cleared sooner when the journal locks or Kintsugi quits, unless something else was copied
//! since. The page cannot do this itself: every lock reloads it, and its timers go with it.
//!
//! Only a hash of the key is remembered, to recognise it on the clipboard; the key itself stays
//! in the clipboard's own data, wiped when the clipboard lets go of it. It is offered with the
//! `x-kde-passwordManagerHint: secret` mark that clipboard managers read as "do not keep this
//! in your history", a history some of them write to disk.
//!
//! GTK's clipboard is the one WebKitGTK copies through, and GTK is already in the build; it
//! must only be used on the main thread.

use std::time::Duration;

use kintsugi_core::RecoveryKey;
use sha2::{Digest, Sha256};
use tauri::{AppHandle, Manager, Runtime};
use zeroize::Zeroizing;

use crate::error::{CommandError, ErrorKind};
use crate::state::{held, AppState};

/// How long a copied recovery key stays on the clipboard, as the page says.
pub const CLEARED_AFTER_SECONDS: u32 = 30;

/// A recovery key put on the clipboard, known by its hash.
#[derive(Debug, Default)]
pub struct CopiedKey {
    copied: std::sync::Mutex<Copies>,
}

#[derive(Debug, Default)]
struct Copies {
    /// How many times a key was copied while the app runs, so a timer knows its own copy.
    count: u64,
    /// The hash of the key on the clipboard, until it is cleared or replaced.
    on_clipboard: Option<[u8; 32]>,
}

fn hash(text: &str) -> [u8; 32] {
    Sha256::digest(text.as_bytes()).into()
}

impl CopiedKey {
    /// Remembers that `key` has just been put on the clipboard; returns which copy it was.
    fn remember(&self, key: &str) -> u64 {
        let mut copies = held(&self.copied);
        copies.count += 1;
        copies.on_clipboard = Some(hash(key));
        copies.count
    }

    /// Whether a copied key may still be on the clipboard.
    fn is_remembered(&self) -> bool {
        held(&self.copied).on_clipboard.is_some()
    }

    /// Whether a clipboard now holding `text` is to be cleared: when it still holds the key.
    /// With `timer`, the copy whose time is up: a later copy is left its full time. Once the
    /// key is cleared or replaced by something else, it is forgotten.
    fn clear(&self, text: Option<&str>, timer: Option<u64>) -> bool {
        let mut copies = held(&self.copied);
        if copies.on_clipboard.is_none() || timer.is_some_and(|copy| copy != copies.count) {
            return false;
        }
        let still_there = text.is_some_and(|text| Some(hash(text)) == copies.on_clipboard);
        copies.on_clipboard = None;
        still_there
    }
}

/// Puts the recovery key on the clipboard for [`CLEARED_AFTER_SECONDS`]; returns that time for
/// the page to say.
#[tauri::command]
pub async fn copy_recovery_key<R: Runtime>(app: AppHandle<R>, recovery_key: String) -> Result<u32, CommandError> {
    let recovery_key = Zeroizing::new(recovery_key);
    // Only a recovery key goes through here, so nothing else is cleared as one.
    RecoveryKey::parse(&recovery_key)?;
    let (done, mut copied) = tauri::async_runtime::channel(1);
    let main_app = app.clone();
    app.run_on_main_thread(move || {
        let copy = gtk_clipboard::put(recovery_key.clone()).then(|| main_app.state::<AppState>().copied_key.remember(&recovery_key));
        let _ = done.try_send(copy);
    })?;
    let copy =
        copied.recv().await.flatten().ok_or_else(|| CommandError::new(ErrorKind::Storage, "Copying did not work here. Select the key and copy it by hand."))?;
    std::thread::spawn(move || {
        std::thread::sleep(Duration::from_secs(CLEARED_AFTER_SECONDS.into()));
        clear_soon(&app, Some(copy));
    });
    Ok(CLEARED_AFTER_SECONDS)
}

/// Clears the recovery key from the clipboard, if it is still there: `timer` is the copy whose
/// time is up, or none on lock. Runs on the main thread.
pub fn clear_soon<R: Runtime>(app: &AppHandle<R>, timer: Option<u64>) {
    if app.state::<AppState>().copied_key.is_remembered() {
        let main_app = app.clone();
        let _ = app.run_on_main_thread(move || clear_here(&main_app.state::<AppState>(), timer));
    }
}

/// Clears the recovery key from the clipboard if it is still there, on this thread, which must
/// be the main one: on quitting, once its loop has ended, nothing sent to it would run.
pub fn clear_here(state: &AppState, timer: Option<u64>) {
    if state.copied_key.is_remembered() {
        let text = gtk_clipboard::text();
        if state.copied_key.clear(text.as_deref().map(String::as_str), timer) {
            gtk_clipboard::empty();
        }
    }
}

#[cfg(target_os = "linux")]
mod gtk_clipboard {
    use gtk::gdk;
    use gtk::{Clipboard, TargetEntry, TargetFlags};
    use zeroize::Zeroizing;

    /// The `info` of the mark that asks clipboard managers not to keep the key.
    const SECRET_MARK: u32 = 1;

    fn clipboard() -> Clipboard {
        Clipboard::get(&gdk::SELECTION_CLIPBOARD)
    }

    /// Offers `key` as text until the clipboard holds something else; the key is wiped from
    /// memory when GTK lets go of it.
    pub fn put(key: Zeroizing<String>) -> bool {
        let mut targets: Vec<TargetEntry> = ["UTF8_STRING", "text/plain;charset=utf-8", "text/plain", "STRING", "TEXT"]
            .into_iter()
            .map(|target| TargetEntry::new(target, TargetFlags::empty(), 0))
            .collect();
        targets.push(TargetEntry::new("x-kde-passwordManagerHint", TargetFlags::empty(), SECRET_MARK));
        clipboard().set_with_data(&targets, move |_, selection, info| {
            if info == SECRET_MARK {
                selection.set(&selection.target(), 8, b"secret");
            } else {
                selection.set_text(&key);
            }
        })
    }

    /// What the clipboard holds as text, whoever put it there.
    pub fn text() -> Option<Zeroizing<String>> {
        clipboard().wait_for_text().map(|text| Zeroizing::new(text.to_string()))
    }

    /// Leaves the clipboard holding nothing but empty text, as a clipboard manager may put
    /// back what was there before if it were merely released.
    pub fn empty() {
        clipboard().set_text("");
        if let Some(display) = gdk::Display::default() {
            display.flush();
        }
    }
}

#[cfg(not(target_os = "linux"))]
mod gtk_clipboard {
    use zeroize::Zeroizing;

    pub fn put(_key: Zeroizing<String>) -> bool {
        false
    }

    pub fn text() -> Option<Zeroizing<String>> {
        None
    }

    pub fn empty() {}
}

#[cfg(test)]
mod tests {
    use super::*;

    const KEY: &str = "AGE-SECRET-KEY-1QQPQ8JZ5ZEHFGVC0TSRQ6XKWRG2QN7C3DL2ZW7PNMTRHHYLAMFUSHDAKFU";

    #[test]
    fn a_key_still_on_the_clipboard_is_cleared_once_and_then_forgotten() {
        let copied = CopiedKey::default();
        assert!(!copied.clear(Some(KEY), None), "nothing was copied through Kintsugi");
        copied.remember(KEY);
        assert!(copied.is_remembered());
        assert!(copied.clear(Some(KEY), None));
        assert!(!copied.is_remembered());
        assert!(!copied.clear(Some(KEY), None), "a key the person copies again by hand is theirs");
    }

    #[test]
    fn what_the_person_copied_since_is_left_alone() {
        let copied = CopiedKey::default();
        copied.remember(KEY);
        assert!(!copied.clear(Some("a shopping list"), None));
        assert!(!copied.clear(None, None), "an empty clipboard stays empty");
        assert!(!copied.is_remembered(), "once replaced, there is nothing to watch for");
    }

    #[test]
    fn the_timer_of_an_earlier_copy_leaves_a_later_copy_its_full_time() {
        let copied = CopiedKey::default();
        let first = copied.remember(KEY);
        let second = copied.remember(KEY);
        assert!(!copied.clear(Some(KEY), Some(first)));
        assert!(copied.is_remembered());
        assert!(copied.clear(Some(KEY), Some(second)));

        // Cleared on lock, then copied again: the first timer still does not cut it short.
        let third = copied.remember(KEY);
        assert!(!copied.clear(Some(KEY), Some(second)));
        assert!(copied.clear(Some(KEY), Some(third)));
    }

    #[test]
    fn only_a_hash_of_the_key_is_kept() {
        let copied = CopiedKey::default();
        copied.remember(KEY);
        assert!(!format!("{copied:?}").contains("QQPQ8JZ5"));
    }
}
