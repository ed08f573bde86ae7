//! While the journal is open, its key and every decrypted record are in this process's memory.
//! A crash must not write that memory to disk, so core dumps are turned off before anything is
//! decrypted: a core size limit of zero, which the window's WebKit processes inherit, and for
//! this process, not dumpable (which also keeps other programs of the same user from attaching
//! to it to read its memory).

/// Turns core dumps off for this process and those it starts. Failing to is not fatal: the
/// journal is still encrypted at rest, and the system's own policy still applies.
#[cfg(target_os = "linux")]
pub fn turn_off() -> std::io::Result<()> {
    use rustix::process::{set_dumpable_behavior, setrlimit, DumpableBehavior, Resource, Rlimit};
    setrlimit(Resource::Core, Rlimit { current: Some(0), maximum: Some(0) })?;
    set_dumpable_behavior(DumpableBehavior::NotDumpable)?;
    Ok(())
}

#[cfg(not(target_os = "linux"))]
pub fn turn_off() -> std::io::Result<()> {
    Ok(())
}

#[cfg(all(test, target_os = "linux"))]
mod tests {
    use rustix::process::{dumpable_behavior, getrlimit, DumpableBehavior, Resource};

    #[test]
    fn no_core_can_be_written_and_the_process_is_not_dumpable() {
        super::turn_off().unwrap();
        let limit = getrlimit(Resource::Core);
        assert_eq!((limit.current, limit.maximum), (Some(0), Some(0)));
        assert_eq!(dumpable_behavior().unwrap(), DumpableBehavior::NotDumpable);
    }
}
