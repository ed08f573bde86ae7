//! Integration tests of the core, one binary: the journal's behaviour, its privacy promises and
//! its crash safety.

mod crash;
mod journal;
mod privacy;
mod support;
