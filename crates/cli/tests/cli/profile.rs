//! `lantern init`, `status --json`, `interview run --script`, `interview answers`, and
//! `assess --answers`: the field contract, run as processes against a real profile.

use std::path::Path;
use std::process::Output;

use serde_json::Value;

use crate::stdout_of;

const PASS: &str = "a long cli passphrase";

fn lantern(profile: &Path, pass: &str, args: &[&str]) -> Output {
    crate::lantern_in(profile, pass, &[], args)
}

fn script(name: &str) -> String {
    format!(
        "{}/../../examples/scripts/{name}.json",
        env!("CARGO_MANIFEST_DIR")
    )
}

#[test]
fn init_status_run_scripts_and_assess_their_answers() {
    let root = tempfile::tempdir().unwrap();
    let p = root.path().join("profile");
    let out = stdout_of(&lantern(&p, PASS, &["init", "--insecure-test-kdf"]));
    assert!(out.contains("Recovery key"), "{out}");
    let recovery_line = out
        .lines()
        .find(|l| l.trim().len() == 39 && l.trim().matches('-').count() == 7);
    assert!(recovery_line.is_some(), "a recovery key in groups: {out}");

    let status: Value =
        serde_json::from_str(&stdout_of(&lantern(&p, PASS, &["status", "--json"]))).unwrap();
    assert!(status["device_id"].as_str().unwrap().starts_with("dev-"));
    assert_eq!(status["interviews"], 0);

    let id = stdout_of(&lantern(
        &p,
        PASS,
        &["interview", "run", "--script", &script("adult-complete")],
    ));
    let id = id.trim();
    assert!(id.starts_with("int-"), "{id}");
    stdout_of(&lantern(
        &p,
        PASS,
        &["interview", "run", "--script", &script("child-complete")],
    ));
    let status: Value =
        serde_json::from_str(&stdout_of(&lantern(&p, PASS, &["status", "--json"]))).unwrap();
    assert_eq!(status["interviews"], 2);
    assert_eq!(status["finished"], 2);

    let answers = stdout_of(&lantern(&p, PASS, &["interview", "answers", id]));
    let file = root.path().join("answers.json");
    std::fs::write(&file, answers).unwrap();
    let result: Value = serde_json::from_str(&stdout_of(&lantern(
        &p,
        PASS,
        &["assess", "--answers", file.to_str().unwrap()],
    )))
    .unwrap();
    assert_eq!(result["profile"], "adult");
    assert_eq!(result["result"], "indicators_met");
    assert!(result["dimensions"]["EXP"].is_string());
}

#[test]
fn failures_are_one_clear_line_and_a_nonzero_exit() {
    let root = tempfile::tempdir().unwrap();
    let p = root.path().join("profile");
    stdout_of(&lantern(&p, PASS, &["init", "--insecure-test-kdf"]));
    let cases: [(&[&str], &str, &str, &str); 5] = [
        (
            &["status", "--json"],
            "wrong passphrase!",
            "passphrase",
            "store.wrong_passphrase",
        ),
        (
            &["init", "--insecure-test-kdf"],
            PASS,
            "already exists",
            "store.profile_exists",
        ),
        (
            &["interview", "run", "--script", "/nonexistent/script.json"],
            PASS,
            "Cannot read /nonexistent/script.json",
            "cli.io",
        ),
        (
            &["status"],
            "short",
            "not correct",
            "store.wrong_passphrase",
        ),
        (
            &["passphrase", "--insecure-test-kdf"],
            PASS,
            "LANTERN_NEW_PASSPHRASE",
            "cli.no_passphrase",
        ),
    ];
    for (args, pass, needle, code) in cases {
        let out = lantern(&p, pass, args);
        assert!(!out.status.success(), "{args:?} should fail");
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(err.trim_end().lines().count(), 1, "{args:?}: {err}");
        assert!(err.starts_with("lantern: "), "{args:?}: {err}");
        assert!(err.contains(needle), "{args:?}: {err}");
        assert!(
            err.trim_end().ends_with(&format!(" [{code}]")),
            "{args:?}: {err}"
        );
    }
    let out = lantern(
        &root.path().join("other"),
        "short",
        &["init", "--insecure-test-kdf"],
    );
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("at least"), "{err}");
    assert!(
        err.trim_end().ends_with(" [store.passphrase_too_short]"),
        "{err}"
    );
    let empty = root.path().join("not-a-profile");
    let out = lantern(&empty, PASS, &["status", "--json"]);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("not a Lantern profile"));
}

/// `lantern erase` (issue 16): refused without --confirm or with a wrong passphrase, nothing
/// touched; with both, the profile is gone and no marker answer is left in what was its folder.
#[test]
fn erase_needs_confirm_and_the_passphrase_then_leaves_nothing() {
    let root = tempfile::tempdir().unwrap();
    let p = root.path().join("profile");
    stdout_of(&lantern(&p, PASS, &["init", "--insecure-test-kdf"]));
    stdout_of(&lantern(
        &p,
        PASS,
        &["interview", "run", "--script", &script("adult-complete")],
    ));
    let before: Vec<_> = std::fs::read_dir(&p)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .collect();

    crate::failed_with(&lantern(&p, PASS, &["erase"]), "cli.erase_unconfirmed");
    crate::failed_with(
        &lantern(&p, "not the passphrase at all", &["erase", "--confirm"]),
        "store.wrong_passphrase",
    );
    for f in &before {
        assert!(f.exists(), "{} kept after a refused erase", f.display());
    }
    stdout_of(&lantern(&p, PASS, &["status"]));

    let out = lantern(&p, PASS, &["erase", "--confirm"]);
    let erased: Value = serde_json::from_str(&stdout_of(&out)).unwrap();
    assert!(erased["overwritten"].as_u64().unwrap() >= 2, "{erased}");
    assert!(String::from_utf8_lossy(&out.stderr).contains("Nobody can open it"));
    assert!(!p.exists());
    crate::failed_with(&lantern(&p, PASS, &["status"]), "store.not_a_profile");
}
