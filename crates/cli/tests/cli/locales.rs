//! `lantern locales check` and `lantern locales derive-sr-latn` on scratch copies.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Output;

fn lantern(args: &[&str]) -> Output {
    crate::lantern_command()
        .args(args)
        .env_remove("LANTERN_PROFILE")
        .output()
        .expect("lantern runs")
}

fn workspace_locales() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../locales")
}

const TAGS: [&str; 7] = ["en", "sq", "sr-Cyrl", "sr-Latn", "ro", "ru", "uk"];

/// A copy of the whole locales directory: `locales check` requires by default every id the
/// questionnaire, the assessment, the field crate and the UI use, so a partial copy would fail.
fn scratch_locales() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    fs::copy(
        workspace_locales().join("status.toml"),
        dir.path().join("status.toml"),
    )
    .unwrap();
    for tag in TAGS {
        fs::create_dir(dir.path().join(tag)).unwrap();
        for entry in fs::read_dir(workspace_locales().join(tag)).unwrap() {
            let from = entry.unwrap().path();
            if from.extension().is_some_and(|e| e == "ftl") {
                fs::copy(&from, dir.path().join(tag).join(from.file_name().unwrap())).unwrap();
            }
        }
    }
    dir
}

/// Deletes the (single-line) message `id` from `file` in every locale, so the locales stay
/// consistent with each other and only the required-id rule can notice.
fn remove_everywhere(dir: &Path, file: &str, id: &str) {
    for tag in TAGS {
        let path = dir.join(tag).join(file);
        let text = fs::read_to_string(&path).unwrap();
        let prefix = format!("{id} = ");
        let kept: Vec<&str> = text.lines().filter(|l| !l.starts_with(&prefix)).collect();
        assert_eq!(kept.len() + 1, text.lines().count(), "{tag}/{file}: {id}");
        fs::write(&path, kept.join("\n") + "\n").unwrap();
    }
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
    // An id no code requires is missing relative to the other locales; a required one is
    // reported as required (once, without the missing-message duplicate).
    assert!(
        stdout.contains("ru ui.ftl ui-purge-button [locale.missing_message]"),
        "{stdout}"
    );
    assert!(
        stdout.contains("ru ui-draft-translation [locale.required_missing]"),
        "{stdout}"
    );
    assert!(
        !stdout.contains("ui-draft-translation [locale.missing_message]"),
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

#[test]
fn the_real_locales_have_every_id_the_code_uses() {
    // No --required-ids: the defaults alone (questionnaire, assessment and catalogue, field
    // view-models and errors, ui/strings.txt) must all be present in every locale.
    let out = lantern(&["locales", "check", "--dir", path(&workspace_locales())]);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{stdout}\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(stdout.contains("No findings."), "{stdout}");
}

#[test]
fn check_requires_the_ids_the_code_uses_by_default() {
    let dir = scratch_locales();
    // One id from each source of required ids.
    let removed = [
        ("questionnaire.ftl", "gate-child-guardian"), // the questionnaire definition
        ("assessment.ftl", "clause-three-medium"),    // the assessment's explanation
        ("indicators.ftl", "ind-DR1"),                // a catalogue row's label
        ("ui.ftl", "service-return"),                 // lantern-field view-models
        ("errors.ftl", "error-field-not-complete"),   // a FieldError code
        ("ui.ftl", "ui-go-home"),                     // ui/strings.txt
    ];
    for (file, id) in removed {
        remove_everywhere(dir.path(), file, id);
    }
    let out = lantern(&["locales", "check", "--dir", path(dir.path()), "--json"]);
    assert!(!out.status.success());
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let findings = report["findings"].as_array().unwrap();
    assert_eq!(
        findings.len(),
        removed.len() * TAGS.len(),
        "one per id and locale: {findings:#?}"
    );
    for (_, id) in removed {
        let hits = findings
            .iter()
            .filter(|f| f["code"] == "locale.required_missing" && f["message_id"] == id)
            .count();
        assert_eq!(hits, TAGS.len(), "{id}");
    }
}

#[test]
fn check_finds_a_note_about_her_in_a_read_aloud_question() {
    // Issue 18: "(her answer)" stood inside the read-aloud "Did you understand?" in every locale.
    // The read-aloud ids come from the shipped questionnaire (RI*u are not interviewer-only).
    let dir = scratch_locales();
    let file = dir.path().join("uk").join("questionnaire.ftl");
    let text = fs::read_to_string(&file).unwrap();
    let line = text
        .lines()
        .find(|l| l.starts_with("q-rights-understood = "))
        .expect("q-rights-understood in uk")
        .to_owned();
    fs::write(
        &file,
        text.replace(&line, &format!("{line} (її відповідь)")),
    )
    .unwrap();
    let out = lantern(&["locales", "check", "--dir", path(dir.path()), "--json"]);
    assert!(!out.status.success());
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let findings = report["findings"].as_array().unwrap();
    assert_eq!(findings.len(), 1, "{findings:#?}");
    assert_eq!(findings[0]["code"], "locale.note_read_aloud");
    assert_eq!(findings[0]["locale"], "uk");
    assert_eq!(findings[0]["message_id"], "q-rights-understood");
    assert_eq!(findings[0]["detail"], "її відповідь");
}
