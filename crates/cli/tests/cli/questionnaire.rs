//! `lantern questionnaire check`: structure, and the wording of what is read aloud.
use std::path::PathBuf;

fn fixture(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/cli/fixtures/questionnaires")
        .join(name)
}

fn check(file: &std::path::Path) -> std::process::Output {
    crate::lantern_command()
        .args(["questionnaire", "check"])
        .arg(file)
        .output()
        .unwrap()
}

#[test]
fn the_shipped_questionnaire_passes_structure_and_wording() {
    let file = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../core/questionnaires/identification-v1.toml");
    let out = check(&file);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{stdout}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(stdout.contains("1.1.0"), "{stdout}");
}

#[test]
fn a_text_with_two_questions_fails_the_wording_lint_unless_marked_intended() {
    let out = check(&fixture("fail_wording_two_questions.toml"));
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(!out.status.success());
    assert!(
        stdout.contains("[questionnaire.wording_two_questions] question Q1 (q-r9)"),
        "{stdout}"
    );
    let out = check(&fixture("ok_wording_marked_intended.toml"));
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
}
