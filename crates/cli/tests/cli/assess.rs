//! `lantern assess --indicators FILE`: the contract the acceptance checks rely on.

use std::io::Write;
use std::path::Path;
use std::process::{Output, Stdio};

use serde_json::{Value, json};

fn lantern(args: &[&str], stdin: Option<&str>) -> Output {
    let mut child = crate::lantern_command()
        .args(args)
        .env_remove("LANTERN_PROFILE")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("lantern starts");
    let mut pipe = child.stdin.take().expect("stdin piped");
    pipe.write_all(stdin.unwrap_or("").as_bytes())
        .expect("stdin written");
    drop(pipe);
    child.wait_with_output().expect("lantern finishes")
}

fn assess_json(dir: &Path, input: &Value) -> Output {
    let file = dir.join("observations.json");
    std::fs::write(&file, input.to_string()).expect("input written");
    lantern(
        &["assess", "--indicators", file.to_str().expect("utf-8 path")],
        None,
    )
}

fn success(out: &Output) -> Value {
    assert!(
        out.status.success(),
        "exit {:?}, stderr: {}",
        out.status,
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("stdout is JSON")
}

fn failure(out: &Output) -> String {
    assert!(!out.status.success(), "should fail");
    assert!(out.stdout.is_empty(), "nothing on stdout on failure");
    let stderr = String::from_utf8(out.stderr.clone()).expect("utf-8 stderr");
    assert_eq!(stderr.trim_end().lines().count(), 1, "one line: {stderr:?}");
    stderr
}

#[test]
fn adult_indicators_met() {
    let dir = tempfile::tempdir().expect("temp dir");
    let out = assess_json(
        dir.path(),
        &json!({
            "age_years": 24, "minor_suspected": false, "act": "present", "commercial_sex": "present",
            "indicators": {"DR1": "present", "DR8": "present", "EXP1": "present", "EXP2": "present",
                           "COD2": "present", "COD4": "present", "CR1": "absent"},
            "evidence": {"DR1": ["R5", "D1"]}
        }),
    );
    let v = success(&out);
    assert_eq!(v["profile"], "adult");
    assert_eq!(v["result"], "indicators_met");
    assert_eq!(
        v["dimensions"],
        json!({"DR": "positive", "CR": "unresolved", "AVR": "unresolved",
               "EXP": "positive", "COD": "positive", "AVD": "unresolved"})
    );
    assert_eq!(v["indicators_found"][0]["id"], "DR1");
    assert_eq!(v["indicators_found"][0]["evidence"], json!(["R5", "D1"]));
    assert!(v["rule_version"].is_string());
    assert_eq!(v["catalogue_version"], "1.0.0-provisional");
    assert_eq!(v["catalogue_verified"], false);
}

#[test]
fn child_in_commercial_sex_with_act_is_met_and_missing_fields_are_unknown() {
    let dir = tempfile::tempdir().expect("temp dir");
    let v = success(&assess_json(
        dir.path(),
        &json!({"age_years": 17, "act": "present", "commercial_sex": "present"}),
    ));
    assert_eq!(v["profile"], "child");
    assert_eq!(v["result"], "indicators_met");
    assert_eq!(v["dimensions"]["EXP"], "unresolved");

    let v = success(&assess_json(
        dir.path(),
        &json!({"age_years": null, "minor_suspected": true, "commercial_sex": "present"}),
    ));
    assert_eq!(v["profile"], "child");
    assert_eq!(v["result"], "insufficient_information");
}

#[test]
fn empty_object_is_insufficient_information_not_a_negative() {
    let v = success(&lantern(&["assess", "--indicators", "-"], Some("{}")));
    assert_eq!(v["profile"], "adult");
    assert_eq!(v["result"], "insufficient_information");
    assert_eq!(v["result_message"], "result-insufficient-information");
}

#[test]
fn unknown_indicator_id_fails_with_one_line() {
    let dir = tempfile::tempdir().expect("temp dir");
    let stderr = failure(&assess_json(
        dir.path(),
        &json!({"indicators": {"DR1": "present", "DR11": "present"}}),
    ));
    assert!(stderr.contains("DR11"), "{stderr}");
    assert!(stderr.contains("assessment.unknown_indicator"), "{stderr}");
}

#[test]
fn bad_input_fails_with_one_line() {
    let dir = tempfile::tempdir().expect("temp dir");
    for (input, needle) in [
        (r#"{"act": "yes"}"#, "yes"),
        (
            r#"{"indicators": {"DR1": "present"}"#,
            "not a valid observations file",
        ),
        (r#"{"age": 17}"#, "age"),
        ("not json", "not a valid observations file"),
    ] {
        let file = dir.path().join("bad.json");
        std::fs::write(&file, input).expect("written");
        let stderr = failure(&lantern(
            &["assess", "--indicators", file.to_str().expect("utf-8")],
            None,
        ));
        assert!(stderr.contains(needle), "{input}: {stderr}");
    }
    let stderr = failure(&lantern(
        &["assess", "--indicators", "/nonexistent/observations.json"],
        None,
    ));
    assert!(stderr.contains("Cannot read"), "{stderr}");
    assert!(stderr.trim_end().ends_with("[cli.io]"), "{stderr}");
}

#[test]
fn another_catalogue_can_be_given() {
    let core = Path::new(env!("CARGO_MANIFEST_DIR")).join("../core");
    let signed = core.join("tests/core/fixtures/catalogue/ok_signed_off.toml");
    let broken = core.join("tests/core/fixtures/catalogue/fail_duplicate_id.toml");
    let run = |catalogue: &Path| {
        lantern(
            &[
                "assess",
                "--indicators",
                "-",
                "--catalogue",
                catalogue.to_str().expect("utf-8"),
            ],
            Some("{}"),
        )
    };
    let v = success(&run(&signed));
    assert_eq!(v["catalogue_verified"], true);
    assert_eq!(v["catalogue_version"], "test");
    let stderr = failure(&run(&broken));
    assert!(stderr.contains("catalogue.duplicate_id"), "{stderr}");
}
