//! Locking when the session's screen locks or the computer is about to sleep, as logind
//! announces on the system bus.
//!
//! Before sleep, logind waits (up to its `InhibitDelayMaxSec`) for whoever holds a "delay"
//! inhibitor; Kintsugi holds one, so the journal is locked and the page gone before the
//! computer sleeps, not after it wakes with the journal on screen. A computer without logind,
//! or a session bus-less test run, simply has none of this: the idle deadline still applies.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use zbus::blocking::{Connection, Proxy};
use zbus::zvariant::{OwnedFd, OwnedObjectPath, Value};

use crate::auto_lock::LockReason;

const LOGIND: &str = "org.freedesktop.login1";
const MANAGER_PATH: &str = "/org/freedesktop/login1";
const MANAGER: &str = "org.freedesktop.login1.Manager";
const SESSION: &str = "org.freedesktop.login1.Session";
const PROPERTIES: &str = "org.freedesktop.DBus.Properties";

/// Watches logind on `bus` and calls `lock` (which returns once the journal is locked) when the
/// screen locks or sleep is near. Each signal is watched on its own thread; a signal that cannot
/// be subscribed to is left out and the others still work.
pub fn watch(bus: &Connection, lock: impl Fn(LockReason) + Send + Sync + 'static) -> zbus::Result<()> {
    let lock = Arc::new(lock);
    let manager = Proxy::new(bus, LOGIND, MANAGER_PATH, MANAGER)?;

    let sleep = SleepWatch { manager: manager.clone(), inhibitor: Mutex::new(None) };
    sleep.hold_off();
    let signals = manager.receive_signal("PrepareForSleep")?;
    let on_sleep = Arc::clone(&lock);
    std::thread::spawn(move || {
        for signal in signals {
            match signal.body().deserialize::<bool>() {
                Ok(true) => {
                    on_sleep(LockReason::Sleep);
                    sleep.let_go();
                }
                Ok(false) => sleep.hold_off(),
                Err(_) => {}
            }
        }
    });

    let session: OwnedObjectPath = manager.call("GetSession", &("auto",))?;
    let lock_signals = Proxy::new(bus, LOGIND, session.clone(), SESSION)?.receive_signal("Lock")?;
    let on_lock_signal = Arc::clone(&lock);
    std::thread::spawn(move || {
        for _ in lock_signals {
            on_lock_signal(LockReason::ScreenLocked);
        }
    });
    // Desktops that lock the screen themselves say so by setting LockedHint, without the Lock
    // signal, which is logind asking them to.
    let changes = Proxy::new(bus, LOGIND, session, PROPERTIES)?.receive_signal("PropertiesChanged")?;
    std::thread::spawn(move || {
        for change in changes {
            if let Ok((SESSION, changed, _)) = change.body().deserialize::<(&str, HashMap<&str, Value<'_>>, Vec<&str>)>() {
                if matches!(changed.get("LockedHint"), Some(Value::Bool(true))) {
                    lock(LockReason::ScreenLocked);
                }
            }
        }
    });
    Ok(())
}

/// The "delay" inhibitor that holds sleep off while the journal locks.
struct SleepWatch {
    manager: Proxy<'static>,
    inhibitor: Mutex<Option<OwnedFd>>,
}

impl SleepWatch {
    fn hold_off(&self) {
        let inhibitor = self.manager.call::<_, _, OwnedFd>("Inhibit", &("sleep", "Kintsugi", "Locking the journal first", "delay")).ok();
        *crate::state::held(&self.inhibitor) = inhibitor;
    }

    /// Closing the inhibitor's file tells logind to go ahead.
    fn let_go(&self) {
        crate::state::held(&self.inhibitor).take();
    }
}

#[cfg(test)]
mod tests;
