//! `lantern interpreters add|list`: the registry an interview names interpreters by.
use crate::lantern_in;

const PASS: &str = "interpreter registry test passphrase";

#[test]
fn the_registry_is_kept_encrypted_and_an_incomplete_entry_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("p");
    assert!(
        lantern_in(&p, PASS, &[], &["init", "--insecure-test-kdf"])
            .status
            .success()
    );
    let add = lantern_in(
        &p,
        PASS,
        &[],
        &[
            "interpreters",
            "add",
            "--id",
            "int-ro-1",
            "--name",
            "Marker Interpreter Name",
            "--languages",
            "ro,ru",
            "--organisation",
            "City interpreting",
        ],
    );
    assert!(
        add.status.success(),
        "{}",
        String::from_utf8_lossy(&add.stderr)
    );
    let list = lantern_in(&p, PASS, &[], &["interpreters", "list"]);
    let v: serde_json::Value = serde_json::from_slice(&list.stdout).unwrap();
    assert_eq!(v[0]["id"], "int-ro-1");
    assert_eq!(v[0]["languages"], serde_json::json!(["ro", "ru"]));
    assert_eq!(v[0]["organisation"], "City interpreting");

    let bad = lantern_in(
        &p,
        PASS,
        &[],
        &[
            "interpreters",
            "add",
            "--id",
            "x",
            "--name",
            "N",
            "--languages",
            "ro",
            "--organisation",
            " ",
        ],
    );
    assert!(!bad.status.success());
    assert!(String::from_utf8_lossy(&bad.stderr).contains("[field.bad_interpreter]"));

    // The name is personal data: not readable in any file of the profile.
    for entry in std::fs::read_dir(&p).unwrap() {
        let bytes = std::fs::read(entry.unwrap().path()).unwrap_or_default();
        assert!(
            !bytes.windows(23).any(|w| w == b"Marker Interpreter Name"),
            "the interpreter's name is readable at rest"
        );
    }
}
