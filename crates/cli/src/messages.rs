//! The Fluent message ids the `lantern` binary looks up by name (its own in `locales/*/cli.ftl`,
//! the `locales check` report's in `ui.ftl`). `lantern locales check` requires each of them in
//! every locale; a test keeps this list equal to the ids written in the sources. The ids of the
//! shared command-line code (prompts, failures) are `lantern_i18n::terminal::MESSAGE_IDS`.

pub const MESSAGE_IDS: &[&str] = &[
    // Profile: prompts, init, status, passphrase change.
    "cli-prompt-passphrase",
    "cli-prompt-new-passphrase",
    "cli-prompt-current-passphrase",
    "cli-prompt-recovery-key",
    "cli-profile-created",
    "cli-device-id",
    "cli-recovery-key-instruction",
    "cli-status-interviews",
    "cli-sync-acknowledged",
    "cli-status-insecure-kdf",
    "cli-passphrase-changed",
    "cli-erase-unconfirmed",
    "cli-erased",
    // Sync.
    "cli-enrolled",
    "cli-enrol-central-key",
    "cli-enrol-recipient-key",
    "cli-enrol-purge",
    "cli-enrol-device-key",
    "cli-enrol-device-fingerprint",
    "cli-purge-after-receipt",
    "cli-purge-never",
    "cli-exported",
    "cli-export-identity-withheld",
    // Consent withdrawn after the interview.
    "cli-consent-withdrawn",
    "cli-consent-already-no",
    // Questionnaire check, assessment input.
    "cli-questionnaire-valid",
    "cli-standard-input",
    "cli-script-step",
    // --version (main.rs).
    // Failures the CLI explains in its own words.
    "cli-error-no-profile",
    "cli-error-read",
    "cli-error-locales",
    "cli-error-assess-no-input",
    "cli-error-observations-json",
    "cli-error-answers-json",
    "cli-error-unknown-question",
    "cli-error-unknown-indicator",
    "cli-error-unknown-evidence-indicator",
    "cli-error-catalogue-unreadable",
    "cli-error-catalogue-invalid",
    "cli-error-script-json",
    "cli-error-questionnaire-problems",
    // `locales check` and `locales derive-sr-latn` (in ui.ftl).
    "cli-locales-title",
    "cli-locales-summary",
    "cli-locales-status-source",
    "cli-locales-status-draft",
    "cli-locales-status-reviewed",
    "cli-locales-status-unknown",
    "cli-locales-clean",
    "cli-locales-failed",
    "cli-locales-derived",
    "cli-locales-derive-unchanged",
];

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use lantern_i18n::{Locale, Localizer};

    use super::MESSAGE_IDS;

    /// Every source file that may name a message (this list's own file excepted).
    const SOURCES: &[(&str, &str)] = &[
        ("main.rs", include_str!("main.rs")),
        ("failure.rs", include_str!("failure.rs")),
        ("cmd/mod.rs", include_str!("cmd/mod.rs")),
        ("cmd/assess.rs", include_str!("cmd/assess.rs")),
        ("cmd/consent.rs", include_str!("cmd/consent.rs")),
        ("cmd/interview.rs", include_str!("cmd/interview.rs")),
        ("cmd/locales.rs", include_str!("cmd/locales.rs")),
        ("cmd/profile.rs", include_str!("cmd/profile.rs")),
        ("cmd/questionnaire.rs", include_str!("cmd/questionnaire.rs")),
        ("cmd/sync.rs", include_str!("cmd/sync.rs")),
    ];

    /// String literals of the form `"cli-…"` in a source text.
    fn ids_in(source: &str) -> Vec<String> {
        let mut ids = Vec::new();
        let mut rest = source;
        while let Some(at) = rest.find("\"cli-") {
            let tail = &rest[at + 1..];
            let end = tail.find('"').unwrap_or(tail.len());
            let id = &tail[..end];
            if id
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
            {
                ids.push(id.to_owned());
            }
            rest = &tail[end..];
        }
        ids
    }

    #[test]
    fn the_list_is_what_the_sources_use() {
        let used: BTreeSet<String> = SOURCES.iter().flat_map(|(_, s)| ids_in(s)).collect();
        let listed: BTreeSet<String> = MESSAGE_IDS.iter().map(|s| (*s).to_owned()).collect();
        assert_eq!(used, listed);
        assert_eq!(listed.len(), MESSAGE_IDS.len(), "no id listed twice");
    }

    #[test]
    fn every_id_is_in_every_locale() {
        let localizer = Localizer::embedded().expect("embedded locales");
        for locale in Locale::ALL {
            let missing: Vec<&str> = MESSAGE_IDS
                .iter()
                .copied()
                .filter(|id| !localizer.has_message(locale, id))
                .collect();
            assert!(missing.is_empty(), "{locale}: {missing:?}");
        }
    }
}
