//! The `lantern` binary, run as a process (one integration-test binary; one module per command).
#![allow(clippy::unwrap_used)]

mod assess;
mod language;
mod locales;
mod profile;
mod sync;

use std::process::Command;

/// The binary as a user who chose no language runs it: English messages, whatever the machine
/// running the tests is set to. Tests of other languages set `LANG` etc. on top.
pub fn lantern_command() -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_lantern"));
    command
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", "C")
        .env_remove("LANTERN_PROFILE")
        .env_remove("LANTERN_NEW_PASSPHRASE")
        .env_remove("LANTERN_RECOVERY_KEY");
    command
}
