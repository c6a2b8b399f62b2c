//! CLDR plural categories through Fluent, with numbers passed as numbers.

use lantern_i18n::{Isolation, Locale, Localizer, MessageArgs};

use crate::{fixtures, workspace_locales};

const NUMBERS: [i64; 7] = [1, 2, 5, 11, 21, 22, 25];

fn categories(l: &Localizer, locale: Locale) -> Vec<String> {
    NUMBERS
        .iter()
        .map(|n| {
            let args = MessageArgs::new().number("count", *n);
            let out = l
                .localize(locale, "category", Some(&args), Isolation::Strip)
                .unwrap();
            assert!(!out.fell_back);
            out.text
        })
        .collect()
}

fn localizer() -> Localizer {
    Localizer::from_dir(&fixtures().join("plurals")).unwrap()
}

#[test]
fn russian_and_ukrainian_one_few_many() {
    let l = localizer();
    let expected = ["one", "few", "many", "many", "one", "few", "many"];
    assert_eq!(categories(&l, Locale::Ru), expected);
    assert_eq!(categories(&l, Locale::Uk), expected);
}

#[test]
fn serbian_one_few_other() {
    let l = localizer();
    assert_eq!(
        categories(&l, Locale::SrCyrl),
        ["one", "few", "other", "other", "one", "few", "other"]
    );
}

#[test]
fn romanian_one_few_other() {
    let l = localizer();
    assert_eq!(
        categories(&l, Locale::Ro),
        ["one", "few", "few", "few", "other", "other", "other"]
    );
}

#[test]
fn english_one_other() {
    let l = localizer();
    assert_eq!(
        categories(&l, Locale::En),
        ["one", "other", "other", "other", "other", "other", "other"]
    );
}

#[test]
fn fractions_are_other_in_russian() {
    let l = localizer();
    let args = MessageArgs::new().decimal("count", 1.5);
    let out = l
        .localize(Locale::Ru, "category", Some(&args), Isolation::Strip)
        .unwrap();
    assert_eq!(out.text, "other");
}

#[test]
fn a_string_count_does_not_select_plurals() {
    // Why counts must be numbers: a pre-formatted string falls to the default variant.
    let l = localizer();
    let args = MessageArgs::new().text("count", "21");
    let out = l
        .localize(Locale::Ru, "category", Some(&args), Isolation::Strip)
        .unwrap();
    assert_eq!(out.text, "other");
}

#[test]
fn worded_forms() {
    let l = localizer();
    let q = |locale, n| {
        let args = MessageArgs::new().number("count", n);
        l.localize(locale, "questions", Some(&args), Isolation::Strip)
            .unwrap()
            .text
    };
    assert_eq!(q(Locale::Ru, 21), "21 вопрос");
    assert_eq!(q(Locale::Ru, 22), "22 вопроса");
    assert_eq!(q(Locale::Ru, 25), "25 вопросов");
    assert_eq!(q(Locale::Uk, 11), "11 запитань");
    assert_eq!(q(Locale::SrCyrl, 21), "21 питање");
    assert_eq!(q(Locale::Ro, 11), "11 întrebări");
    assert_eq!(q(Locale::Ro, 25), "25 de întrebări");
}

#[test]
fn real_ui_strings_pluralise() {
    let l = Localizer::from_dir(&workspace_locales()).unwrap();
    let answered = |locale, n| {
        let args = MessageArgs::new().number("count", n);
        l.localize(
            locale,
            "ui-progress-answered",
            Some(&args),
            Isolation::Strip,
        )
        .unwrap()
        .text
    };
    assert_eq!(answered(Locale::Ru, 21), "Отвечен 21 вопрос");
    assert_eq!(answered(Locale::Ru, 5), "Отвечено 5 вопросов");
    assert_eq!(answered(Locale::SrLatn, 2), "Odgovoreno na 2 pitanja");
    assert_eq!(answered(Locale::Ro, 20), "20 de întrebări cu răspuns");
    assert_eq!(answered(Locale::En, 1), "1 question answered");
}
