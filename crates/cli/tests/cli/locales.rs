//! `lantern locales check` and `lantern locales derive-sr-latn` on scratch copies.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn lantern(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_lantern"))
        .args(args)
        .env_remove("LANTERN_PROFILE")
        .output()
        .expect("lantern runs")
}

fn workspace_locales() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../locales")
}

/// ui.ftl and errors.ftl of every locale plus the status file: the files the lint owns.
fn scratch_locales() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    fs::copy(
        workspace_locales().join("status.toml"),
        dir.path().join("status.toml"),
    )
    .unwrap();
    for tag in ["en", "sq", "sr-Cyrl", "sr-Latn", "ro", "ru", "uk"] {
        fs::create_dir(dir.path().join(tag)).unwrap();
        for file in ["ui.ftl", "errors.ftl"] {
            fs::copy(
                workspace_locales().join(tag).join(file),
                dir.path().join(tag).join(file),
            )
            .unwrap();
        }
    }
    dir
}

fn path(p: &Path) -> &str {
    p.to_str().unwrap()
}

#[test]
fn check_passes_on_clean_locales() {
    let dir = scratch_locales();
    let out = lantern(&["locales", "check", "--dir", path(dir.path())]);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{stdout}\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(stdout.contains("sr-Latn: "), "{stdout}");
    assert!(stdout.contains("No findings."), "{stdout}");
    assert!(
        !stdout.contains(['\u{2068}', '\u{2069}']),
        "terminal output carries no isolation marks"
    );
}

#[test]
fn check_fails_and_names_the_finding() {
    let dir = scratch_locales();
    fs::write(dir.path().join("ru/ui.ftl"), "ui-app-title = Lantern\n").unwrap();
    let out = lantern(&[
        "locales",
        "check",
        "--dir",
        path(dir.path()),
        "--lang",
        "ru",
    ]);
    assert!(!out.status.success());
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        stdout.contains("ru ui.ftl ui-draft-translation [locale.missing_message]"),
        "{stdout}"
    );
    assert!(
        stdout.contains("Проверка локализаций"),
        "report in the requested language: {stdout}"
    );
}

#[test]
fn check_json_and_required_ids() {
    let dir = scratch_locales();
    let ids = dir.path().join("ids.txt");
    fs::write(&ids, "# used by the code\nui-app-title\nnot-written-yet\n").unwrap();
    let out = lantern(&[
        "locales",
        "check",
        "--dir",
        path(dir.path()),
        "--json",
        "--required-ids",
        path(&ids),
    ]);
    assert!(!out.status.success());
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let findings = report["findings"].as_array().unwrap();
    assert_eq!(findings.len(), 7, "one per locale: {findings:#?}");
    assert!(findings.iter().all(|f| f["code"] == "locale.required_missing" && f["message_id"] == "not-written-yet"));
}

#[test]
fn derive_sr_latn_regenerates() {
    let dir = scratch_locales();
    fs::write(dir.path().join("sr-Latn/ui.ftl"), "stale\n").unwrap();
    let out = lantern(&["locales", "derive-sr-latn", "--dir", path(dir.path())]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(
        fs::read(dir.path().join("sr-Latn/ui.ftl")).unwrap(),
        fs::read(workspace_locales().join("sr-Latn/ui.ftl")).unwrap()
    );
    let again = lantern(&["locales", "derive-sr-latn", "--dir", path(dir.path())]);
    assert!(String::from_utf8_lossy(&again.stdout).contains("already up to date"));
}
