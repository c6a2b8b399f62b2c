//! Each `fail_*` fixture triggers exactly one rule; each `ok_*` fixture is clean.

use std::collections::BTreeSet;

use lantern_i18n::{FindingCode, LintOptions, LintReport, LocaleSources, lint};

use crate::fixtures;

fn lint_fixture(name: &str, options: &LintOptions) -> LintReport {
    let sources =
        LocaleSources::load_dir(&fixtures().join("lint").join(name)).expect("fixture loads");
    lint(&sources, options)
}

fn assert_only(name: &str, expected: FindingCode) -> LintReport {
    let report = lint_fixture(name, &LintOptions::default());
    assert_eq!(
        report.codes(),
        BTreeSet::from([expected]),
        "{name}: findings {:#?}",
        report.findings
    );
    report
}

#[test]
fn ok_fixtures_are_clean() {
    for name in ["ok_minimal", "ok_serbian"] {
        let report = lint_fixture(name, &LintOptions::default());
        assert!(report.is_clean(), "{name}: {:#?}", report.findings);
    }
}

#[test]
fn missing_message() {
    let r = assert_only("fail_missing_message", FindingCode::MissingMessage);
    let ids: BTreeSet<_> = r
        .findings
        .iter()
        .filter_map(|f| f.message_id.as_deref())
        .collect();
    assert_eq!(ids, BTreeSet::from(["farewell", "farewell.title"]));
    assert!(
        r.findings
            .iter()
            .all(|f| f.locale.as_deref() == Some("ru") && f.file.as_deref() == Some("main.ftl"))
    );
}

#[test]
fn missing_attribute() {
    let r = assert_only("fail_missing_attribute", FindingCode::MissingMessage);
    assert_eq!(r.findings.len(), 1);
    assert_eq!(r.findings[0].message_id.as_deref(), Some("farewell.title"));
}

#[test]
fn empty_message() {
    let r = assert_only("fail_empty_message", FindingCode::EmptyValue);
    assert_eq!(r.findings[0].message_id.as_deref(), Some("farewell"));
    assert_eq!(r.findings[0].locale.as_deref(), Some("ru"));
}

#[test]
fn missing_placeable() {
    let r = assert_only("fail_missing_placeable", FindingCode::PlaceableMismatch);
    assert_eq!(r.findings[0].message_id.as_deref(), Some("greeting"));
    assert!(
        r.findings[0].detail.contains("$name"),
        "{}",
        r.findings[0].detail
    );
}

#[test]
fn syntax_error() {
    let r = assert_only("fail_syntax_error", FindingCode::SyntaxError);
    assert!(
        r.findings[0].detail.starts_with("line 4:"),
        "{}",
        r.findings[0].detail
    );
}

#[test]
fn required_id_absent() {
    let options = LintOptions {
        required_ids: BTreeSet::from(["greeting".to_owned(), "needed-by-code".to_owned()]),
        expected_locales: Vec::new(),
        read_aloud_ids: BTreeSet::new(),
    };
    let r = lint_fixture("fail_required_missing", &options);
    assert_eq!(
        r.codes(),
        BTreeSet::from([FindingCode::RequiredMissing]),
        "{:#?}",
        r.findings
    );
    let where_: BTreeSet<_> = r
        .findings
        .iter()
        .map(|f| {
            (
                f.locale.as_deref().unwrap(),
                f.message_id.as_deref().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        where_,
        BTreeSet::from([("en", "needed-by-code"), ("ru", "needed-by-code")])
    );
}

#[test]
fn locale_missing_from_status_file() {
    let r = assert_only("fail_status_missing", FindingCode::StatusMissing);
    assert_eq!(r.findings[0].locale.as_deref(), Some("ru"));
}

#[test]
fn invalid_status_file() {
    assert_only("fail_status_invalid", FindingCode::StatusInvalid);
}

#[test]
fn sr_latn_not_the_transliteration() {
    let r = assert_only("fail_sr_latn_mismatch", FindingCode::SrLatnMismatch);
    assert!(
        r.findings[0].detail.contains("Dzemal"),
        "{}",
        r.findings[0].detail
    );
}

#[test]
fn literal_isolation_marks() {
    let r = assert_only("fail_isolation_mark", FindingCode::IsolationMark);
    assert_eq!(r.findings.len(), 2, "one FSI and one PDI");
}

#[test]
fn duplicate_message() {
    assert_only("fail_duplicate_message", FindingCode::DuplicateMessage);
}

#[test]
fn file_missing_is_reported_once() {
    let r = assert_only("fail_file_missing", FindingCode::FileMissing);
    assert_eq!(r.findings.len(), 1);
    assert_eq!(r.findings[0].file.as_deref(), Some("extra.ftl"));
}

#[test]
fn expected_locale_without_directory() {
    let r = lint_fixture("ok_minimal", &LintOptions::all_supported());
    let missing: BTreeSet<_> = r
        .findings
        .iter()
        .filter(|f| f.code == FindingCode::LocaleMissing)
        .filter_map(|f| f.locale.as_deref())
        .collect();
    assert_eq!(
        missing,
        BTreeSet::from(["sq", "sr-Cyrl", "sr-Latn", "ro", "uk"])
    );
    assert_eq!(r.codes(), BTreeSet::from([FindingCode::LocaleMissing]));
}

#[test]
fn summary_counts_messages_and_status() {
    let r = lint_fixture("ok_minimal", &LintOptions::default());
    let ru = r.locales.iter().find(|l| l.locale == "ru").unwrap();
    assert_eq!(ru.messages, 2);
    assert_eq!(ru.status, Some(lantern_i18n::TranslationStatus::Draft));
}

#[test]
fn codes_are_stable_and_distinct() {
    let codes: BTreeSet<_> = FindingCode::ALL.iter().map(|c| c.as_str()).collect();
    assert_eq!(codes.len(), FindingCode::ALL.len());
    assert!(codes.iter().all(|c| c.starts_with("locale.")));
}

#[test]
fn note_about_her_in_a_read_aloud_text() {
    // q-observed is interviewer-only (not in read_aloud_ids): a note there is where it belongs,
    // and a parenthesis that addresses her ("a safe place, a doctor") is not a note.
    let options = LintOptions {
        read_aloud_ids: BTreeSet::from(["q-understood".to_owned(), "q-help-is".to_owned()]),
        ..LintOptions::default()
    };
    let r = lint_fixture("fail_note_read_aloud", &options);
    assert_eq!(
        r.codes(),
        BTreeSet::from([FindingCode::NoteReadAloud]),
        "{:#?}",
        r.findings
    );
    let found: BTreeSet<_> = r
        .findings
        .iter()
        .map(|f| {
            (
                f.locale.as_deref().unwrap_or_default(),
                f.message_id.as_deref().unwrap_or_default(),
                f.detail.as_str(),
            )
        })
        .collect();
    assert_eq!(
        found,
        BTreeSet::from([
            ("en", "q-understood", "her answer"),
            ("ru", "q-understood", "её ответ"),
        ])
    );
    // Without the questionnaire's list nothing counts as read aloud.
    assert!(lint_fixture("fail_note_read_aloud", &LintOptions::default()).is_clean());
}
