//! The binary sets umask 077 before it writes anything: a file it writes without an explicit
//! mode (the enrolment file, through `std::fs::write`) is 0600, its home 0700.

use std::os::unix::fs::PermissionsExt;

use crate::cli::{central_in, stdout_of};

/// The permission bits, in octal.
fn mode(p: &std::path::Path) -> String {
    format!(
        "{:o}",
        std::fs::metadata(p).unwrap().permissions().mode() & 0o777
    )
}

#[test]
fn the_binary_writes_nothing_that_others_can_read() {
    let root = tempfile::tempdir().unwrap();
    let home = root.path().join("central");
    let enrolment = root.path().join("enrolment.lantern");
    stdout_of(&central_in(
        &home,
        "a long central cli passphrase",
        &[],
        &[
            "init",
            "--enrolment-out",
            enrolment.to_str().unwrap(),
            "--insecure-test-kdf",
        ],
    ));
    assert_eq!(mode(&enrolment), "600");
    assert_eq!(mode(&home), "700");
    for entry in std::fs::read_dir(&home).unwrap() {
        let p = entry.unwrap().path();
        assert_eq!(mode(&p), "600", "{}", p.display());
    }
}
