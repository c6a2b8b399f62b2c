//! The definition format: fixtures (`ok_*`, `fail_*`) and the shipped identification v1.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use lantern_core::assessment::catalogue::known_indicator_ids;
use lantern_core::questionnaire::{
    Condition, ConsentPurpose, Location, Questionnaire, identification_v1, ilo_indicator_ids,
};

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/core/fixtures/questionnaires")
        .join(name)
}

fn load(name: &str) -> Result<Questionnaire, lantern_core::questionnaire::LoadError> {
    Questionnaire::load(&fixture(name), &known_indicator_ids())
}

/// Load a `fail_*` fixture and return (code, message) of every problem.
fn problems(name: &str) -> Vec<(String, String, Option<Location>)> {
    let err = load(name).expect_err("fixture must be rejected");
    assert_eq!(err.code(), "questionnaire.invalid");
    err.problems()
        .iter()
        .map(|p| (p.code().to_owned(), p.to_string(), p.location().cloned()))
        .collect()
}

/// The fixture has exactly this one defect, and the message names the file and the question.
fn assert_single(name: &str, code: &str, at: Option<Location>) {
    let found = problems(name);
    assert_eq!(
        found.len(),
        1,
        "{name}: expected one problem, got {found:#?}"
    );
    let (c, message, location) = &found[0];
    assert_eq!(c, code, "{name}: {message}");
    assert!(
        message.contains(name),
        "{name}: message does not name the file: {message}"
    );
    if let Some(at) = at {
        assert!(
            message.contains(&at.to_string()),
            "{name}: message does not name {at}: {message}"
        );
        assert_eq!(location.as_ref(), Some(&at));
    }
}

fn question(id: &str) -> Option<Location> {
    Some(Location::Question(id.to_owned()))
}

#[test]
fn ok_minimal_loads() {
    let q = load("ok_minimal.toml").expect("valid fixture");
    assert_eq!(q.modules.len(), 3);
    assert_eq!(q.questions.len(), 6);
    assert_eq!(q.groups[0].first, q.position("Q4").expect("Q4"));
    assert_eq!(q.gates[0].position, q.modules[1].first);
}

#[test]
fn fail_dangling_question() {
    assert_single(
        "fail_dangling_question.toml",
        "questionnaire.dangling_reference",
        question("Q3"),
    );
}

#[test]
fn fail_dangling_option() {
    assert_single(
        "fail_dangling_option.toml",
        "questionnaire.dangling_reference",
        question("Q3"),
    );
}

#[test]
fn fail_cycle_forward() {
    assert_single(
        "fail_cycle_forward.toml",
        "questionnaire.cycle",
        question("Q3"),
    );
}

#[test]
fn fail_cycle_self() {
    assert_single(
        "fail_cycle_self.toml",
        "questionnaire.cycle",
        question("Q3"),
    );
}

#[test]
fn fail_cycle_flags() {
    // Flag a reads b (declared later): a cycle. b then reads a, which never compiled: dangling is
    // not reported twice for the same root cause, but the question using a must not load either.
    let found = problems("fail_cycle_flags.toml");
    assert!(
        found.iter().any(|(c, m, at)| c == "questionnaire.cycle"
            && *at == Some(Location::Flag("a".to_owned()))
            && m.contains("fail_cycle_flags.toml")),
        "{found:#?}"
    );
}

#[test]
fn fail_duplicate_id() {
    assert_single(
        "fail_duplicate_id.toml",
        "questionnaire.duplicate_id",
        question("Q1"),
    );
}

#[test]
fn fail_unknown_indicator() {
    assert_single(
        "fail_unknown_indicator.toml",
        "questionnaire.unknown_indicator",
        question("Q3"),
    );
    assert!(
        problems("fail_unknown_indicator.toml")[0]
            .1
            .contains("XYZ1")
    );
}

#[test]
fn fail_options_on_yes_no() {
    assert_single(
        "fail_options_on_yes_no.toml",
        "questionnaire.bad_options",
        question("Q3"),
    );
}

#[test]
fn fail_condition_type() {
    assert_single(
        "fail_condition_type.toml",
        "questionnaire.bad_condition",
        question("Q3"),
    );
}

#[test]
fn fail_free_text_case() {
    assert_single(
        "fail_free_text_case.toml",
        "questionnaire.sensitivity_mismatch",
        question("Q3"),
    );
}

#[test]
fn fail_gate_dangling() {
    assert_single(
        "fail_gate_dangling.toml",
        "questionnaire.dangling_reference",
        Some(Location::Gate("g".to_owned())),
    );
}

#[test]
fn fail_group_not_consecutive() {
    assert_single(
        "fail_group_not_consecutive.toml",
        "questionnaire.bad_group",
        Some(Location::Group("leg".to_owned())),
    );
}

#[test]
fn fail_parse_unknown_key() {
    assert_single("fail_parse_unknown_key.toml", "questionnaire.parse", None);
    assert!(
        problems("fail_parse_unknown_key.toml")[0]
            .1
            .contains("bogus")
    );
}

#[test]
fn ok_consent_exposes_the_declared_purposes() {
    let q = load("ok_consent.toml").expect("valid fixture");
    let declared: Vec<(&str, Option<ConsentPurpose>)> = q
        .questions
        .iter()
        .map(|x| (x.id.as_str(), x.consent))
        .collect();
    assert_eq!(
        declared,
        [
            ("Q1", None),
            ("help_ok", Some(ConsentPurpose::Assistance)),
            ("share_ok", Some(ConsentPurpose::Sharing)),
            ("police_ok", Some(ConsentPurpose::Police)),
            ("stats_ok", Some(ConsentPurpose::Statistics)),
        ]
    );
    let by_purpose: Vec<&str> = ConsentPurpose::ALL
        .iter()
        .map(|p| q.consent_question(*p).expect("declared").id.as_str())
        .collect();
    assert_eq!(by_purpose, ["help_ok", "share_ok", "police_ok", "stats_ok"]);
    // Without the attribute a questionnaire asks no consent.
    let minimal = load("ok_minimal.toml").expect("valid fixture");
    assert!(
        ConsentPurpose::ALL
            .iter()
            .all(|p| minimal.consent_question(*p).is_none())
    );
}

#[test]
fn fail_consent_not_yes_no() {
    assert_single(
        "fail_consent_not_yes_no.toml",
        "questionnaire.bad_attribute",
        question("Q2"),
    );
    let message = &problems("fail_consent_not_yes_no.toml")[0].1;
    assert!(
        message.contains("`consent`") && message.contains("single_choice"),
        "{message}"
    );
}

#[test]
fn fail_consent_duplicate_purpose() {
    assert_single(
        "fail_consent_duplicate_purpose.toml",
        "questionnaire.duplicate_consent",
        question("Q3"),
    );
    let message = &problems("fail_consent_duplicate_purpose.toml")[0].1;
    assert!(
        message.contains("\"police\"") && message.contains("question Q1"),
        "the message names the purpose and the first question: {message}"
    );
}

#[test]
fn fail_consent_in_group() {
    assert_single(
        "fail_consent_in_group.toml",
        "questionnaire.bad_attribute",
        question("Q2"),
    );
    let message = &problems("fail_consent_in_group.toml")[0].1;
    assert!(message.contains("repeatable group"), "{message}");
}

#[test]
fn fail_consent_unknown_purpose() {
    assert_single(
        "fail_consent_unknown_purpose.toml",
        "questionnaire.parse",
        None,
    );
    let message = &problems("fail_consent_unknown_purpose.toml")[0].1;
    assert!(
        message.contains("research") && message.contains("police"),
        "the message names the bad value and the accepted ones: {message}"
    );
}

/// Every vector in the folder is checked by its name: `ok_*` loads, `fail_*` is rejected as
/// invalid (the per-file tests above say with which problem).
#[test]
fn every_vector_behaves_as_its_name_says() {
    let dir = fixture("");
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .expect("fixtures folder")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".toml"))
        .collect();
    names.sort();
    assert!(names.len() > 15, "{names:?}");
    for name in names {
        if name.starts_with("ok_") {
            load(&name).unwrap_or_else(|e| panic!("{name}: {e}"));
        } else if name.starts_with("fail_") {
            let err = load(&name).expect_err(&name);
            assert_eq!(err.code(), "questionnaire.invalid", "{name}");
        } else {
            panic!("test vector {name} must start with ok_ or fail_");
        }
    }
}

#[test]
fn every_problem_is_reported_not_only_the_first() {
    let codes: BTreeSet<String> = problems("fail_many.toml")
        .into_iter()
        .map(|(c, _, _)| c)
        .collect();
    for expected in [
        "questionnaire.unknown_indicator",
        "questionnaire.dangling_reference",
        "questionnaire.duplicate_id",
    ] {
        assert!(codes.contains(expected), "missing {expected} in {codes:?}");
    }
}

#[test]
fn indicator_hook_takes_any_known_set() {
    let text = std::fs::read_to_string(fixture("ok_minimal.toml")).expect("fixture");
    let only_cod4: BTreeSet<String> = ["COD4".to_owned()].into();
    let err = Questionnaire::from_toml_str("ok_minimal.toml", &text, &only_cod4)
        .expect_err("CR6 unknown");
    assert_eq!(err.problems()[0].code(), "questionnaire.unknown_indicator");
}

#[test]
fn default_indicator_ids_match_the_catalogue() {
    assert_eq!(ilo_indicator_ids(), known_indicator_ids());
}

#[test]
fn shipped_v1_validates_clean_by_path_and_embedded() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("questionnaires/identification-v1.toml");
    let by_path =
        Questionnaire::load(&path, &known_indicator_ids()).unwrap_or_else(|e| panic!("{e}"));
    let embedded = identification_v1();
    assert_eq!(by_path.questions.len(), embedded.questions.len());
    let modules: Vec<&str> = embedded.modules.iter().map(|m| m.id.as_str()).collect();
    assert_eq!(
        modules,
        [
            "M0", "M1", "M2", "M3", "M4", "MC", "M5", "M6", "M7", "M8", "M9", "M10", "M11", "M12"
        ]
    );
}

#[test]
fn migrations_name_the_versions_read() {
    let q = load("ok_migration.toml").expect("valid fixture");
    assert_eq!(q.migrates_from, ["0.1.0", "0.1.1"]);
    assert!(q.reads("fixture", "0.2.0"), "its own version");
    assert!(q.reads("fixture", "0.1.0") && q.reads("fixture", "0.1.1"));
    assert!(!q.reads("fixture", "0.3.0"), "a later version is not read");
    assert!(
        !q.reads("other", "0.1.0"),
        "another questionnaire is not read"
    );
    let minimal = load("ok_minimal.toml").expect("valid fixture");
    assert!(minimal.migrates_from.is_empty());
    assert!(minimal.reads("fixture", "0.1.0") && !minimal.reads("fixture", "0.0.9"));
}

#[test]
fn fail_migration_from_its_own_version() {
    assert_single(
        "fail_migration_own_version.toml",
        "questionnaire.bad_attribute",
        Some(Location::Questionnaire),
    );
}

#[test]
fn fail_migration_named_twice() {
    assert_single(
        "fail_migration_twice.toml",
        "questionnaire.bad_attribute",
        Some(Location::Questionnaire),
    );
}

/// 1.1.0 moved consent per purpose, nothing else: 1.0.0 interviews are read as they are.
#[test]
fn v1_1_reads_interviews_saved_under_1_0_0() {
    let q = identification_v1();
    assert_eq!(q.version, "1.1.0");
    assert!(q.reads("identification", "1.1.0"));
    assert!(q.reads("identification", "1.0.0"));
    assert!(!q.reads("identification", "0.9.0"));
}

/// WHO principle 6 (informed consent per purpose): S5a-S5d come after every rights item and
/// after her acceptance of the interpreter, behind the child gate; S4 still opens the interview.
#[test]
fn v1_asks_consent_per_purpose_after_rights_interpreter_and_child_gate() {
    let q = identification_v1();
    let pos = |id: &str| q.position(id).unwrap_or_else(|| panic!("no {id}"));
    let first_consent = ConsentPurpose::ALL
        .iter()
        .map(|p| pos(&q.consent_question(*p).expect("asked").id))
        .min()
        .expect("purposes");
    let last_before: Vec<&str> = q.questions[..first_consent]
        .iter()
        .map(|x| x.id.as_str())
        .collect();
    for id in (1..=11).flat_map(|i| [format!("RI{i}"), format!("RI{i}u"), format!("RI{i}q")]) {
        assert!(last_before.contains(&id.as_str()), "{id} after consent");
    }
    for id in ["L2", "L2a", "A1", "A4", "A6", "A7"] {
        assert!(last_before.contains(&id), "{id} after consent");
    }
    let gate = |id: &str| q.gates.iter().find(|g| g.id == id).expect("gate").position;
    assert!(gate("interpreter_accepted") <= pos("RI1"));
    assert!(gate("child_guardian") > pos("A7") && gate("child_guardian") <= first_consent);
    // S4 stays where it was: the consent gate (before M2) reads it.
    assert!(pos("S4") < gate("consent") && gate("consent") <= pos("L1"));
}

#[test]
fn v1_carries_the_outline_question_ids() {
    let q = identification_v1();
    let mut ids: Vec<String> = Vec::new();
    ids.extend((1..=7).map(|i| format!("P{i}")));
    ids.extend((1..=4).map(|i| format!("S{i}")));
    ids.extend(["S5a", "S5b", "S5c", "S5d", "S6"].map(String::from));
    ids.extend((1..=4).map(|i| format!("L{i}")));
    ids.extend((1..=11).flat_map(|i| [format!("RI{i}"), format!("RI{i}u"), format!("RI{i}q")]));
    ids.extend((1..=5).map(|i| format!("A{i}")));
    ids.extend((1..=20).map(|i| format!("R{i}")));
    ids.extend((1..=8).map(|i| format!("J{i}")));
    ids.extend((1..=12).map(|i| format!("D{i}")));
    ids.extend((1..=19).map(|i| format!("C{i}")));
    ids.extend((1..=6).map(|i| format!("H{i}")));
    ids.extend((1..=6).map(|i| format!("K{i}")));
    ids.extend((1..=6).map(|i| format!("W{i}")));
    for id in ids {
        assert!(q.position(&id).is_some(), "v1 lacks {id}");
    }
}

#[test]
fn v1_declares_each_consent_purpose_on_s5() {
    let q = identification_v1();
    let asked: Vec<(ConsentPurpose, &str)> = ConsentPurpose::ALL
        .iter()
        .map(|p| {
            (
                *p,
                q.consent_question(*p)
                    .expect("v1 asks every purpose")
                    .id
                    .as_str(),
            )
        })
        .collect();
    assert_eq!(
        asked,
        [
            (ConsentPurpose::Assistance, "S5a"),
            (ConsentPurpose::Sharing, "S5b"),
            (ConsentPurpose::Police, "S5c"),
            (ConsentPurpose::Statistics, "S5d"),
        ]
    );
    let with_consent = q.questions.iter().filter(|x| x.consent.is_some()).count();
    assert_eq!(with_consent, 4, "only S5a-S5d ask consent");
}

#[test]
fn v1_evidences_every_catalogue_indicator() {
    let q = identification_v1();
    let covered: BTreeSet<String> = q
        .questions
        .iter()
        .flat_map(|x| x.indicators())
        .map(str::to_owned)
        .collect();
    let missing: Vec<_> = known_indicator_ids()
        .difference(&covered)
        .cloned()
        .collect();
    assert!(missing.is_empty(), "no question evidences {missing:?}");
}

fn condition_targets(c: &Condition, out: &mut Vec<String>) {
    out.extend(c.questions().into_iter().map(str::to_owned));
}

#[test]
fn v1_every_reference_exists() {
    let q = identification_v1();
    let mut refs = Vec::new();
    for x in &q.questions {
        if let Some(c) = &x.when {
            condition_targets(c, &mut refs);
        }
        for r in &x.evidence_rules {
            condition_targets(&r.when, &mut refs);
        }
    }
    for m in &q.modules {
        if let Some(c) = &m.when {
            condition_targets(c, &mut refs);
        }
    }
    for f in &q.flags {
        condition_targets(&f.when, &mut refs);
    }
    for g in &q.gates {
        condition_targets(&g.requires, &mut refs);
        if let Some(c) = &g.when {
            condition_targets(c, &mut refs);
        }
    }
    for c in [
        &q.observations.act,
        &q.observations.commercial_sex,
        &q.observations.minor_suspected,
    ]
    .into_iter()
    .flatten()
    {
        condition_targets(c, &mut refs);
    }
    assert!(refs.len() > 50);
    for r in refs {
        assert!(
            q.position(&r).is_some(),
            "reference to missing question {r}"
        );
    }
}

/// Message ids defined in an .ftl file (top-level messages only).
fn ftl_ids(path: &Path) -> BTreeSet<String> {
    let text = std::fs::read_to_string(path).expect("ftl file");
    text.lines()
        .filter(|l| l.chars().next().is_some_and(|c| c.is_ascii_alphabetic()))
        .filter_map(|l| l.split_once(" =").map(|(id, _)| id.trim().to_owned()))
        .collect()
}

#[test]
fn v1_every_message_id_has_english_text() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../locales/en/questionnaire.ftl");
    let defined = ftl_ids(&root);
    let q = identification_v1();
    let mut needed = q.message_ids();
    // Generic ids the engine uses in view-models and validation messages.
    needed.extend(
        [
            "answer-yes",
            "answer-no",
            "answer-unsure",
            "answer-dont-know",
            "answer-declined",
            "answer-skip",
        ]
        .map(String::from),
    );
    let missing: Vec<_> = needed.difference(&defined).collect();
    assert!(missing.is_empty(), "missing English texts: {missing:?}");
}
