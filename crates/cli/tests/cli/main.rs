//! The `lantern` binary, run as a process (one integration-test binary; one module per command).
#![allow(clippy::unwrap_used)]

mod assess;
mod locales;
mod profile;
mod sync;
