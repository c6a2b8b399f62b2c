//! Integration tests for lantern-bundle: committed vectors, tampering, truncation, limits,
//! round trips. Run with `cargo test -p lantern-bundle`.
#![allow(clippy::unwrap_used)]

mod fixture;
mod roundtrip;
mod tamper;
mod vectors;
