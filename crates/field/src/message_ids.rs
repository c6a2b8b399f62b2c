//! The fixed Fluent message ids the field view-models and errors use. `lantern locales check`
//! requires each of them in every locale, so a message the code looks up cannot go missing
//! silently (the localiser would show the bare id). Ids that come from data (questionnaire,
//! indicator catalogue) are required by the lint from those sources instead.

/// Service tags the referral directory may use; shown as `service-<tag with '_' as '-'>`.
pub const SERVICE_TAGS: &[&str] = &[
    "shelter",
    "counselling",
    "medical",
    "legal",
    "return",
    "child_protection",
    "emergency",
    "helpline",
    "police",
];

/// Every fixed id the field crate looks up.
pub const REQUIRED_MESSAGE_IDS: &[&str] = &[
    // Interview screens.
    "ui-child-pathway-banner",
    "ui-repeat-add",
    "ui-repeat-done",
    "ui-catalogue-unverified",
    "answer-yes",
    "answer-no",
    "answer-unsure",
    "answer-dont-know",
    "answer-declined",
    "answer-skip",
    // Consent screen (one purpose id per lantern_store::ConsentPurpose; the UI's own ids are
    // found in the UI sources).
    "ui-consent-purpose-assistance",
    "ui-consent-purpose-sharing",
    "ui-consent-purpose-police",
    "ui-consent-purpose-statistics",
    "ui-consent-value-yes",
    "ui-consent-value-no",
    "ui-consent-value-unknown",
    "ui-consent-withdrawn",
    "ui-office-due",
    "ui-office-identity-withheld",
    "ui-office-consent-changes",
    "ui-office-waiting",
    "ui-office-connected",
    "ui-office-nothing-sent",
    "ui-office-sent",
    "ui-office-written",
    "ui-office-receipts-applied",
    "ui-consent-withdrawn-identity",
    "ui-consent-already-no",
    // Assessment view.
    "dimension-DR",
    "dimension-CR",
    "dimension-AVR",
    "dimension-EXP",
    "dimension-COD",
    "dimension-AVD",
    // Referral directory and emergency panel (one per SERVICE_TAGS entry).
    "service-shelter",
    "service-counselling",
    "service-medical",
    "service-legal",
    "service-return",
    "service-child-protection",
    "service-emergency",
    "service-helpline",
    "service-police",
    // FieldError::message_id: `error-` + code with '.' and '_' as '-'.
    "error-field-unknown-locale",
    "error-field-unknown-questionnaire",
    "error-field-directory-invalid",
    "error-field-damaged",
    "error-field-not-complete",
    "error-field-assessment",
    "error-field-locked",
    "error-field-unknown-interview",
    "error-field-unknown-interpreter",
    "error-field-bad-interpreter",
    // StoreError codes, through FieldError::Store.
    "error-store-wrong-passphrase",
    "error-store-not-a-profile",
    "error-store-profile-exists",
    "error-store-key-file-damaged",
    "error-store-database-damaged",
    "error-store-foreign-database",
    "error-store-database-missing",
    "error-store-directory-not-writable",
    "error-store-disk-full",
    "error-store-passphrase-too-short",
    "error-store-weak-kdf-params",
    "error-store-kdf-too-weak",
    "error-store-schema-too-new",
    "error-store-audit-chain-broken",
    "error-store-not-found",
    "error-store-invalid",
    "error-store-io",
    "error-store-database",
    "error-sync-not-enrolled",
    "error-sync-already-enrolled",
    "error-sync-nothing-to-export",
    "error-sync-receipt-for-other-device",
    "error-sync-bad-receipt",
    "error-sync-bad-device-id",
    "error-sync-no-inbox-certificate",
    "error-sync-bad-inbox-url",
    "error-sync-offline",
    "error-sync-certificate-mismatch",
    "error-sync-device-not-approved",
    "error-sync-device-revoked",
    "error-sync-inbox-refused",
    "error-sync-connection-lost",
    "error-sync-io",
    // AnswerError::message_id, through FieldError::Answer.
    "validation-unknown-question",
    "validation-bad-instance",
    "validation-not-applicable",
    "validation-type-mismatch",
    "validation-unknown-option",
    "validation-duplicate-option",
    "validation-exclusive-combined",
    "validation-empty",
    "validation-too-long",
    "validation-out-of-range",
    "validation-bad-date",
    "validation-unsure-not-allowed",
    "validation-skip-not-allowed",
    "validation-not-prefilled",
    "validation-unknown-group",
    "validation-group-full",
    "validation-stopped",
];

#[cfg(test)]
mod tests {
    use std::path::PathBuf;

    use lantern_core::answers::AnswerKey;
    use lantern_core::assessment::Dimension;
    use lantern_core::engine::AnswerError;
    use lantern_store::StoreError;

    use super::*;
    use crate::{Directory, FieldError};

    fn listed(id: &str) -> bool {
        REQUIRED_MESSAGE_IDS.contains(&id)
    }

    /// One value of every FieldError variant. The match below stops compiling when a variant is
    /// added, so this list cannot fall behind.
    fn every_field_error() -> Vec<FieldError> {
        let p = PathBuf::new;
        let store = vec![
            StoreError::WrongPassphrase,
            StoreError::NotAProfile(p()),
            StoreError::ProfileExists(p()),
            StoreError::KeyFileDamaged {
                path: p(),
                detail: String::new(),
            },
            StoreError::DatabaseDamaged(p()),
            StoreError::ForeignDatabase(p()),
            StoreError::DatabaseMissing(p()),
            StoreError::DirectoryNotWritable(p()),
            StoreError::DiskFull,
            StoreError::PassphraseTooShort { min: 1 },
            StoreError::WeakKdfParams,
            StoreError::KdfTooWeak,
            StoreError::SchemaTooNew { found: 2, known: 1 },
            StoreError::AuditChainBroken { seq: 1 },
            StoreError::NotFound(String::new()),
            StoreError::Invalid(String::new()),
            StoreError::Io(std::io::Error::other("x")),
            // StoreError::Sqlite needs a rusqlite::Error; its code is checked below by name.
        ];
        let q = String::new;
        let k = || AnswerKey::new("x");
        let answer = vec![
            AnswerError::UnknownQuestion { question: q() },
            AnswerError::BadInstance { key: k() },
            AnswerError::NotApplicable { key: k() },
            AnswerError::TypeMismatch {
                question: q(),
                expected: "",
            },
            AnswerError::UnknownOption {
                question: q(),
                option: q(),
            },
            AnswerError::DuplicateOption {
                question: q(),
                option: q(),
            },
            AnswerError::ExclusiveCombined {
                question: q(),
                option: q(),
            },
            AnswerError::Empty { question: q() },
            AnswerError::TooLong {
                question: q(),
                max: 1,
            },
            AnswerError::OutOfRange {
                question: q(),
                value: 0,
                min: 1,
                max: 2,
            },
            AnswerError::BadDate { question: q() },
            AnswerError::UnsureNotAllowed { question: q() },
            AnswerError::SkipNotAllowed { question: q() },
            AnswerError::NotPrefilled { key: k() },
            AnswerError::UnknownGroup { group: q() },
            AnswerError::GroupFull { group: q(), max: 1 },
            AnswerError::Stopped,
        ];
        let mut all: Vec<FieldError> = store.into_iter().map(FieldError::Store).collect();
        all.extend(answer.into_iter().map(FieldError::Answer));
        all.extend([
            FieldError::UnknownLocale(q()),
            FieldError::UnknownQuestionnaire(q(), q()),
            FieldError::Directory(q()),
            FieldError::Damaged(q()),
            FieldError::NotComplete,
            FieldError::Assessment(q()),
            FieldError::Locked,
            FieldError::UnknownInterview(q()),
            FieldError::UnknownInterpreter(q()),
            FieldError::BadInterpreter("id"),
        ]);
        // The desktop's central-office panel shows these (the store's and the bundle format's
        // codes are listed above and in the CLI).
        use crate::sync::SyncError;
        let io = || std::io::Error::other("x");
        all.extend(
            [
                SyncError::NotEnrolled,
                SyncError::AlreadyEnrolled(q()),
                SyncError::NothingToExport,
                SyncError::ReceiptForOtherDevice {
                    receipt: q(),
                    this: q(),
                },
                SyncError::BadReceipt(lantern_bundle::BundleError::BadMagic),
                SyncError::BadDeviceId(q()),
                SyncError::NoInboxCertificate,
                SyncError::BadInboxUrl(q()),
                SyncError::Offline {
                    url: q(),
                    reason: q(),
                },
                SyncError::CertificateMismatch { url: q() },
                SyncError::DeviceNotApproved,
                SyncError::DeviceRevoked,
                SyncError::InboxRefused {
                    status: 400,
                    code: q(),
                    message: q(),
                },
                SyncError::ConnectionLost {
                    url: q(),
                    reason: q(),
                },
                SyncError::Io {
                    path: q().into(),
                    source: io(),
                },
            ]
            .into_iter()
            .map(FieldError::Sync),
        );
        for e in &all {
            match e {
                FieldError::Store(s) => match s {
                    StoreError::WrongPassphrase
                    | StoreError::NotAProfile(_)
                    | StoreError::ProfileExists(_)
                    | StoreError::KeyFileDamaged { .. }
                    | StoreError::DatabaseDamaged(_)
                    | StoreError::ForeignDatabase(_)
                    | StoreError::DatabaseMissing(_)
                    | StoreError::DirectoryNotWritable(_)
                    | StoreError::DiskFull
                    | StoreError::PassphraseTooShort { .. }
                    | StoreError::WeakKdfParams
                    | StoreError::KdfTooWeak
                    | StoreError::SchemaTooNew { .. }
                    | StoreError::AuditChainBroken { .. }
                    | StoreError::NotFound(_)
                    | StoreError::Invalid(_)
                    | StoreError::Io(_)
                    | StoreError::Sqlite(_) => {}
                },
                FieldError::Answer(a) => match a {
                    AnswerError::UnknownQuestion { .. }
                    | AnswerError::BadInstance { .. }
                    | AnswerError::NotApplicable { .. }
                    | AnswerError::TypeMismatch { .. }
                    | AnswerError::UnknownOption { .. }
                    | AnswerError::DuplicateOption { .. }
                    | AnswerError::ExclusiveCombined { .. }
                    | AnswerError::Empty { .. }
                    | AnswerError::TooLong { .. }
                    | AnswerError::OutOfRange { .. }
                    | AnswerError::BadDate { .. }
                    | AnswerError::UnsureNotAllowed { .. }
                    | AnswerError::SkipNotAllowed { .. }
                    | AnswerError::NotPrefilled { .. }
                    | AnswerError::UnknownGroup { .. }
                    | AnswerError::GroupFull { .. }
                    | AnswerError::Stopped => {}
                },
                FieldError::UnknownLocale(_)
                | FieldError::UnknownQuestionnaire(..)
                | FieldError::Directory(_)
                | FieldError::Damaged(_)
                | FieldError::NotComplete
                | FieldError::Assessment(_)
                | FieldError::Locked
                | FieldError::UnknownInterview(_)
                | FieldError::UnknownInterpreter(_)
                | FieldError::BadInterpreter(_) => {}
                FieldError::Sync(e) => match e {
                    // Their codes come from the store and the bundle format.
                    SyncError::Store(_) | SyncError::Bundle(_) => {}
                    SyncError::NotEnrolled
                    | SyncError::AlreadyEnrolled(_)
                    | SyncError::NothingToExport
                    | SyncError::BadReceipt(_)
                    | SyncError::ReceiptForOtherDevice { .. }
                    | SyncError::BadDeviceId(_)
                    | SyncError::NoInboxCertificate
                    | SyncError::BadInboxUrl(_)
                    | SyncError::Offline { .. }
                    | SyncError::CertificateMismatch { .. }
                    | SyncError::DeviceNotApproved
                    | SyncError::DeviceRevoked
                    | SyncError::InboxRefused { .. }
                    | SyncError::ConnectionLost { .. }
                    | SyncError::Io { .. } => {}
                },
            }
        }
        all
    }

    #[test]
    fn every_error_message_id_is_listed() {
        let missing: Vec<String> = every_field_error()
            .iter()
            .map(FieldError::message_id)
            .filter(|id| !listed(id))
            .collect();
        assert_eq!(missing, Vec::<String>::new());
        assert!(listed("error-store-database"), "StoreError::Sqlite");
    }

    #[test]
    fn dimensions_and_services_are_listed() {
        for d in Dimension::ALL {
            assert!(listed(d.message_id()), "{d}");
            // session.rs builds the id from the Debug name.
            assert!(listed(&format!("dimension-{d:?}")), "{d:?}");
        }
        for tag in SERVICE_TAGS {
            assert!(
                listed(&format!("service-{}", tag.replace('_', "-"))),
                "{tag}"
            );
        }
        // The helpline fallback of the emergency panel.
        assert!(SERVICE_TAGS.contains(&"helpline"));
    }

    #[test]
    fn example_directory_uses_known_service_tags() {
        let d = Directory::example();
        assert!(!d.entries.is_empty());
        for e in &d.entries {
            for s in &e.services {
                assert!(
                    SERVICE_TAGS.contains(&s.as_str()),
                    "{}: {s}",
                    e.organisation
                );
            }
        }
    }

    #[test]
    fn no_id_is_listed_twice() {
        let mut ids = REQUIRED_MESSAGE_IDS.to_vec();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), REQUIRED_MESSAGE_IDS.len());
    }
}
