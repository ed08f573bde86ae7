//! Integration tests of the core, one binary: the journal's behaviour, its privacy promises and
//! its crash safety.

mod backup;
mod crash;
mod entries;
mod fuzz;
#[cfg(unix)]
mod interop;
mod io;
mod journal;
mod letters;
mod lists;
mod looking_back;
mod privacy;
mod progress;
mod sharing;
mod shelf;
mod summary;
mod support;
mod tamper;
