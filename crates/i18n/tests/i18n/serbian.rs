//! sr-Latn regeneration on a scratch copy, and the lint catching a stale sr-Latn.

use std::fs;

use lantern_i18n::{FindingCode, LintOptions, LocaleSources, lint, serbian};

use crate::fixtures;

#[test]
fn derive_then_edit_then_rederive() {
    let dir = tempfile::tempdir().unwrap();
    let src = fixtures().join("lint/ok_serbian");
    for sub in ["en", "sr-Cyrl"] {
        fs::create_dir(dir.path().join(sub)).unwrap();
        fs::copy(
            src.join(sub).join("main.ftl"),
            dir.path().join(sub).join("main.ftl"),
        )
        .unwrap();
    }
    fs::copy(src.join("status.toml"), dir.path().join("status.toml")).unwrap();

    assert_eq!(
        serbian::write_derived_sr_latn(dir.path()).unwrap(),
        ["main.ftl"]
    );
    // The generated file equals the hand-written expectation in the ok fixture.
    assert_eq!(
        fs::read_to_string(dir.path().join("sr-Latn/main.ftl")).unwrap(),
        fs::read_to_string(src.join("sr-Latn/main.ftl")).unwrap()
    );
    let clean = lint(
        &LocaleSources::load_dir(dir.path()).unwrap(),
        &LintOptions::default(),
    );
    assert!(clean.is_clean(), "{:#?}", clean.findings);
    assert!(
        serbian::write_derived_sr_latn(dir.path())
            .unwrap()
            .is_empty(),
        "idempotent"
    );

    fs::write(
        dir.path().join("sr-Latn/main.ftl"),
        "greeting = edited by hand { $name }\n",
    )
    .unwrap();
    fs::write(dir.path().join("sr-Latn/stale.ftl"), "old = staro\n").unwrap();
    let stale = lint(
        &LocaleSources::load_dir(dir.path()).unwrap(),
        &LintOptions::default(),
    );
    assert!(stale.codes().contains(&FindingCode::SrLatnMismatch));

    assert_eq!(
        serbian::write_derived_sr_latn(dir.path()).unwrap(),
        ["main.ftl", "stale.ftl"]
    );
    assert!(!dir.path().join("sr-Latn/stale.ftl").exists());
    let again = lint(
        &LocaleSources::load_dir(dir.path()).unwrap(),
        &LintOptions::default(),
    );
    assert!(again.is_clean(), "{:#?}", again.findings);
}
