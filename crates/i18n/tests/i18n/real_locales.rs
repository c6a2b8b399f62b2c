//! The real `locales/` directory. The whole-directory test also guards the questionnaire,
//! indicator and assessment files written by other modules: it fails until every locale has them.

use std::collections::{BTreeMap, BTreeSet};

use lantern_i18n::{
    FindingCode, Isolation, LintOptions, Locale, LocaleSources, Localizer, TranslationStatus,
    error_message_id, lint, terminal,
};

use crate::workspace_locales;

/// Message ids in ui.ftl and errors.ftl tied to this crate: its lint findings, the draft and
/// fallback notices, `error-unknown`. (The `lantern` CLI's own ids, its `locales check` report's
/// among them, are checked by the CLI's tests.)
fn ids_used_by_code() -> BTreeSet<String> {
    let mut ids: BTreeSet<String> = FindingCode::ALL
        .iter()
        .map(|c| c.message_id().to_owned())
        .collect();
    for id in [
        "ui-draft-translation",
        "ui-fallback-notice",
        lantern_i18n::UNKNOWN_ERROR_MESSAGE_ID,
    ] {
        ids.insert(id.to_owned());
    }
    ids
}

fn only_files(sources: &LocaleSources, names: &[&str]) -> LocaleSources {
    let mut s = sources.clone();
    for files in s.files.values_mut() {
        files.retain(|name, _| names.contains(&name.as_str()));
    }
    s
}

#[test]
fn ui_and_errors_lint_clean_in_all_locales() {
    let sources = LocaleSources::load_dir(&workspace_locales()).unwrap();
    let mut options = LintOptions::all_supported();
    options.required_ids = ids_used_by_code();
    let report = lint(&only_files(&sources, &["ui.ftl", "errors.ftl"]), &options);
    assert!(report.is_clean(), "{:#?}", report.findings);
}

/// The messages of the code the command-line tools share (`lantern_i18n::terminal`), in cli.ftl.
#[test]
fn shared_command_line_messages_are_in_every_locale() {
    let sources = LocaleSources::load_dir(&workspace_locales()).unwrap();
    let mut options = LintOptions::all_supported();
    options.required_ids = terminal::MESSAGE_IDS
        .iter()
        .map(|id| (*id).to_owned())
        .collect();
    let report = lint(&only_files(&sources, &["cli.ftl"]), &options);
    assert!(report.is_clean(), "{:#?}", report.findings);
}

#[test]
fn whole_locales_directory_lints_clean() {
    let sources = LocaleSources::load_dir(&workspace_locales()).unwrap();
    let report = lint(&sources, &LintOptions::all_supported());
    if !report.is_clean() {
        // One line per (locale, file, code) so a missing translation reads as one line.
        let mut grouped: BTreeMap<(String, String, &str), usize> = BTreeMap::new();
        for f in &report.findings {
            *grouped
                .entry((
                    f.locale.clone().unwrap_or_default(),
                    f.file.clone().unwrap_or_default(),
                    f.code.as_str(),
                ))
                .or_default() += 1;
        }
        let lines: Vec<String> = grouped
            .iter()
            .map(|((l, file, code), n)| format!("  {l} {file}: {code} x{n}"))
            .collect();
        panic!(
            "locales/ is not clean ({} findings); run `lantern locales check` for details:\n{}",
            report.findings.len(),
            lines.join("\n")
        );
    }
}

#[test]
fn status_file_marks_translations_as_drafts() {
    let l = Localizer::from_dir(&workspace_locales()).unwrap();
    assert_eq!(
        l.status().status(Locale::En),
        Some(TranslationStatus::Source)
    );
    for locale in Locale::ALL.into_iter().filter(|l| *l != Locale::En) {
        assert!(l.is_draft(locale), "{locale}");
        assert_eq!(
            l.status().status(locale),
            Some(TranslationStatus::Draft),
            "{locale}"
        );
    }
}

#[test]
fn embedded_copy_matches_the_directory() {
    let on_disk = LocaleSources::load_dir(&workspace_locales()).unwrap();
    let embedded = LocaleSources::embedded();
    assert_eq!(
        embedded.files, on_disk.files,
        "rebuild: the embedded locales are stale"
    );
    assert_eq!(embedded.status, on_disk.status);
    let l = Localizer::embedded().unwrap();
    assert_eq!(l.locales(), Locale::ALL.to_vec());
    for locale in Locale::ALL {
        let out = l
            .localize(locale, "ui-draft-translation", None, Isolation::Strip)
            .unwrap();
        assert!(!out.fell_back, "{locale}");
    }
}

#[test]
fn error_codes_map_to_messages() {
    assert_eq!(
        error_message_id("store.wrong_passphrase"),
        "error-store-wrong-passphrase"
    );
    let l = Localizer::from_dir(&workspace_locales()).unwrap();
    for code in [
        "store.wrong_passphrase",
        "store.disk_full",
        "bundle.bad_signature",
        "bundle.too_large",
    ] {
        for locale in Locale::ALL {
            let out = l
                .localize(locale, &error_message_id(code), None, Isolation::Strip)
                .unwrap();
            assert!(!out.fell_back, "{locale} {code}");
        }
    }
}
