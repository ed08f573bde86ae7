//! Bringing a journal in and getting it out: readers for the journals people kept before
//! (Day One, jrnl, a folder of Markdown), Kintsugi's own export, and the files written outside
//! the vault.

mod dayone;
mod incoming;
mod jrnl;
mod json_entries;
mod markdown;
mod read;
mod shared;

pub use incoming::{Dropped, ImportFormat, Incoming, Parsed, Problem, Source};
