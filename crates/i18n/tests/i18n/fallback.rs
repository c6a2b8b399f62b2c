//! Lookup along the fallback chain, the recorded fallback, isolation marks, negotiation.

use lantern_i18n::{FSI, Isolation, Locale, Localizer, MessageArgs, PDI, negotiate_preferences};

use crate::fixtures;

fn localizer() -> Localizer {
    Localizer::from_dir(&fixtures().join("fallback")).unwrap()
}

#[test]
fn present_message_does_not_fall_back() {
    let l = localizer();
    let args = MessageArgs::new().text("name", "Ana");
    let out = l
        .localize(Locale::Ru, "greeting", Some(&args), Isolation::Strip)
        .unwrap();
    assert_eq!(out.text, "Здравствуйте, Ana!");
    assert_eq!(
        (out.requested, out.locale_used, out.fell_back),
        (Locale::Ru, Locale::Ru, false)
    );
}

#[test]
fn missing_message_falls_back_to_english_and_says_so() {
    let l = localizer();
    let out = l
        .localize(Locale::Ru, "only-in-english", None, Isolation::Strip)
        .unwrap();
    assert_eq!(out.text, "Only in English.");
    assert_eq!(
        (out.requested, out.locale_used, out.fell_back),
        (Locale::Ru, Locale::En, true)
    );
}

#[test]
fn missing_attribute_falls_back_alone() {
    let l = localizer();
    let value = l
        .localize(Locale::Ru, "question", None, Isolation::Strip)
        .unwrap();
    assert!(!value.fell_back);
    let hint = l
        .localize_attribute(Locale::Ru, "question", "hint", None, Isolation::Strip)
        .unwrap();
    assert_eq!(hint.text, "A town or a region is enough.");
    assert!(hint.fell_back);
    assert_eq!(hint.locale_used, Locale::En);
}

#[test]
fn locale_not_loaded_falls_back() {
    let l = localizer();
    let out = l
        .localize(Locale::Uk, "question", None, Isolation::Strip)
        .unwrap();
    assert_eq!((out.locale_used, out.fell_back), (Locale::En, true));
}

#[test]
fn missing_everywhere_is_an_error_with_a_code() {
    let l = localizer();
    let err = l
        .localize(Locale::Ru, "no-such-message", None, Isolation::Strip)
        .unwrap_err();
    assert_eq!(err.code(), "i18n.missing_message");
}

#[test]
fn missing_argument_is_an_error_with_a_code() {
    let l = localizer();
    let err = l
        .localize(Locale::Ru, "greeting", None, Isolation::Strip)
        .unwrap_err();
    assert_eq!(err.code(), "i18n.format");
}

#[test]
fn isolation_kept_for_webview_stripped_for_terminal() {
    let l = localizer();
    let args = MessageArgs::new().text("name", "Ana");
    let kept = l
        .localize(Locale::En, "greeting", Some(&args), Isolation::Keep)
        .unwrap();
    assert_eq!(kept.text, format!("Hello, {FSI}Ana{PDI}!"));
    let stripped = l
        .localize(Locale::En, "greeting", Some(&args), Isolation::Strip)
        .unwrap();
    assert_eq!(stripped.text, "Hello, Ana!");
    assert!(!stripped.text.contains([FSI, PDI]));
}

#[test]
fn negotiation_then_lookup() {
    let l = localizer();
    let locale = negotiate_preferences(&["de-AT", "ru-MD"]);
    assert_eq!(locale, Locale::Ru);
    assert_eq!(Locale::Ru.fallback_chain(), [Locale::Ru, Locale::En]);
    assert_eq!(Locale::En.fallback_chain(), [Locale::En]);
    let out = l
        .localize(locale, "question", None, Isolation::Strip)
        .unwrap();
    assert_eq!(out.text, "Где вы родились?");
}

#[test]
fn status_from_file() {
    let l = localizer();
    assert!(!l.is_draft(Locale::En), "source");
    assert!(!l.is_draft(Locale::Ru), "reviewed in this fixture");
    assert!(l.is_draft(Locale::Uk), "not listed counts as draft");
}

#[test]
fn english_is_required() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("ru")).unwrap();
    std::fs::write(dir.path().join("ru/main.ftl"), "a = б\n").unwrap();
    let err = Localizer::from_dir(dir.path()).unwrap_err();
    assert_eq!(err.code(), "i18n.fallback_missing");
}

#[test]
fn broken_file_is_a_load_error() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("en")).unwrap();
    std::fs::write(dir.path().join("en/main.ftl"), "a = ok\nnot fluent\n").unwrap();
    assert_eq!(
        Localizer::from_dir(dir.path()).unwrap_err().code(),
        "i18n.syntax"
    );
}

#[test]
fn localizer_is_send_and_sync() {
    fn assert_send_sync<T: Send + Sync>() {}
    assert_send_sync::<Localizer>();
}
