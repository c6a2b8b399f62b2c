//! The `lantern` binary, run as a process (one integration-test binary; one module per command).
#![allow(clippy::unwrap_used)]

mod assess;
mod audit;
mod consent;
mod interpreters;
mod language;
mod locales;
mod profile;
mod questionnaire;
mod readme;
mod sync;
mod vignettes;

use std::path::Path;
use std::process::{Command, Output};

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

/// `lantern --profile DIR ARGS` with passphrase `pass` and the variables `env` on top of
/// [`lantern_command`]'s environment.
pub fn lantern_in(profile: &Path, pass: &str, env: &[(&str, &str)], args: &[&str]) -> Output {
    let mut command = lantern_command();
    command
        .arg("--profile")
        .arg(profile)
        .args(args)
        .env("LANTERN_PASSPHRASE", pass);
    for (name, value) in env {
        command.env(name, value);
    }
    command.output().expect("lantern runs")
}

/// The standard output of a run that succeeded.
pub fn stdout_of(out: &Output) -> String {
    assert!(
        out.status.success(),
        "exit {:?}: {}",
        out.status,
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout.clone()).unwrap()
}

/// A run that failed with one line on stderr ending in `[code]`.
pub fn failed_with(out: &Output, code: &str) {
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.trim_end().ends_with(&format!("[{code}]")), "{err}");
}
