//! Consent records come from the purpose a question declares in the questionnaire, never from
//! its id.

use lantern_core::answers::{AnswerKey, AnswerValue, UnknownReason, YesNo};
use lantern_core::assessment::catalogue::known_indicator_ids;
use lantern_core::questionnaire::Questionnaire;
use lantern_field::Field;
use lantern_i18n::Locale;
use lantern_store::{ConsentPurpose, ConsentState};

use crate::driver::{adult_policy, drive, no, yes};

/// Consent questions under other ids than the shipped S5a-S5d (texts borrowed from them, so
/// every screen renders), and a question named `S5b` that declares no purpose.
const RENAMED: &str = r#"
format = 1
id = "consent-renamed"
version = "0.1.0"
title = "questionnaire-identification"

[[modules]]
id = "M1"
title = "module-m1"
[[modules.questions]]
id = "agree_help"
type = "yes_no"
text = "q-s5a"
consent = "assistance"
[[modules.questions]]
id = "agree_police"
type = "yes_no"
text = "q-s5c"
consent = "police"
[[modules.questions]]
id = "S5b"
type = "yes_no"
text = "q-s5b"
[[modules.questions]]
id = "agree_statistics"
type = "yes_no"
text = "q-s5d"
consent = "statistics"
allow_unsure = true
[[modules.questions]]
id = "agree_sharing"
type = "yes_no"
text = "q-s5b"
consent = "sharing"
"#;

fn renamed() -> Questionnaire {
    Questionnaire::from_toml_str("renamed.toml", RENAMED, &known_indicator_ids())
        .unwrap_or_else(|e| panic!("{e}"))
}

fn consents(f: &Field, id: &str) -> Vec<(ConsentPurpose, ConsentState)> {
    f.store()
        .consents(id)
        .unwrap()
        .into_iter()
        .map(|c| (c.purpose, c.state))
        .collect()
}

#[test]
fn the_purpose_comes_from_the_questionnaire_not_the_question_id() {
    let root = tempfile::tempdir().unwrap();
    let dir = root.path().join("p");
    let mut f = crate::field_with(&dir, renamed());
    let id = f.start_interview(Locale::Uk, None, 1_000).unwrap();
    let mut now = 1_000;
    let mut answer = |f: &mut Field, question: &str, value: AnswerValue| {
        now += 1_000;
        f.answer(&id, AnswerKey::new(question), value, now)
            .unwrap_or_else(|e| panic!("{question}: {e}"));
    };

    answer(&mut f, "agree_help", yes());
    answer(&mut f, "agree_police", no());
    // Named like the shipped sharing question, but it declares no purpose: nothing recorded.
    answer(&mut f, "S5b", yes());
    // "Unsure" and "declined" are neither consent nor refusal.
    answer(
        &mut f,
        "agree_statistics",
        AnswerValue::YesNo(YesNo::Unsure),
    );
    answer(
        &mut f,
        "agree_sharing",
        AnswerValue::Unknown(UnknownReason::Declined),
    );
    assert_eq!(
        consents(&f, &id),
        [
            (ConsentPurpose::Assistance, ConsentState::Given),
            (ConsentPurpose::Police, ConsentState::Refused),
        ]
    );

    // Changing answers later keeps the history: a yes after a refusal gives consent, a no after
    // a given consent revokes it.
    answer(&mut f, "agree_police", yes());
    answer(&mut f, "agree_help", no());
    answer(&mut f, "agree_statistics", yes());
    answer(&mut f, "agree_sharing", no());
    let records = f.store().consents(&id).unwrap();
    assert!(records.iter().all(|r| r.locale == "uk"), "{records:?}");
    drop(f);
    // Read back from the encrypted store in a fresh unlock.
    let f = crate::field_with(&dir, renamed());
    assert_eq!(
        consents(&f, &id),
        [
            (ConsentPurpose::Assistance, ConsentState::Given),
            (ConsentPurpose::Police, ConsentState::Refused),
            (ConsentPurpose::Police, ConsentState::Given),
            (ConsentPurpose::Assistance, ConsentState::Revoked),
            (ConsentPurpose::Statistics, ConsentState::Given),
            (ConsentPurpose::Sharing, ConsentState::Refused),
        ]
    );
}

#[test]
fn shipped_questionnaire_records_s5a_to_s5d_per_purpose() {
    let root = tempfile::tempdir().unwrap();
    let mut f = crate::field(&root.path().join("p"));
    let mut now = 10_000;
    let id = f.start_interview(Locale::En, None, now).unwrap();
    let mut policy = adult_policy();
    policy.insert("S5b", no());
    policy.insert("S5c", no());
    let run = drive(&mut f, &id, &policy, 1, &mut now);
    assert!(run.gates.is_empty(), "blocked at {:?}", run.gates);
    assert_eq!(
        consents(&f, &id),
        [
            (ConsentPurpose::Assistance, ConsentState::Given),
            (ConsentPurpose::Sharing, ConsentState::Refused),
            (ConsentPurpose::Police, ConsentState::Refused),
            (ConsentPurpose::Statistics, ConsentState::Given),
        ]
    );
    // She withdraws her consent to statistics at the end.
    now += 1_000;
    f.answer(&id, AnswerKey::new("S5d"), no(), now).unwrap();
    assert_eq!(
        consents(&f, &id).last(),
        Some(&(ConsentPurpose::Statistics, ConsentState::Revoked))
    );
}

/// The consent screen's view: each purpose as it stands, unknown shown as unknown (and
/// withdrawable), a withdrawal recorded once and said so in the interface language; a second
/// one changes nothing.
#[test]
fn consent_view_and_withdrawal_through_the_session() {
    use lantern_store::sync::ConsentValue;
    let root = tempfile::tempdir().unwrap();
    let mut f = crate::field_with(&root.path().join("p"), renamed());
    let id = f.start_interview(Locale::Ro, None, 1_000).unwrap();
    f.answer(&id, AnswerKey::new("agree_help"), yes(), 2_000)
        .unwrap();
    f.answer(&id, AnswerKey::new("agree_sharing"), yes(), 3_000)
        .unwrap();
    f.answer(&id, AnswerKey::new("agree_police"), no(), 4_000)
        .unwrap();

    let view = f.consent(&id).unwrap();
    let values: Vec<(ConsentPurpose, ConsentValue, bool)> = view
        .purposes
        .iter()
        .map(|p| (p.purpose, p.value, p.withdrawable))
        .collect();
    assert_eq!(
        values,
        [
            (ConsentPurpose::Assistance, ConsentValue::Yes, true),
            (ConsentPurpose::Sharing, ConsentValue::Yes, true),
            (ConsentPurpose::Police, ConsentValue::No, false),
            (ConsentPurpose::Statistics, ConsentValue::Unknown, true),
        ]
    );
    assert!(view.identity_travels && view.notice.is_none());
    assert!(view.purposes.iter().all(|p| !p.name.fell_back));
    assert_eq!(view.purposes[0].name.text, "Arranging help for her");

    let after = f
        .withdraw_consent(&id, ConsentPurpose::Sharing, 5_000)
        .unwrap();
    assert_eq!(after.purposes[1].value, ConsentValue::No);
    assert!(!after.purposes[1].withdrawable && !after.identity_travels);
    let notice = after.notice.unwrap();
    assert!(notice.text.contains("identifying"), "{}", notice.text);
    assert!(
        consents(&f, &id).contains(&(ConsentPurpose::Sharing, ConsentState::Revoked)),
        "the interview's consent history has the revocation"
    );

    let again = f
        .withdraw_consent(&id, ConsentPurpose::Sharing, 6_000)
        .unwrap();
    assert!(again.notice.unwrap().text.contains("Nothing was changed"));
    let unknown_statistics = f
        .withdraw_consent(&id, ConsentPurpose::Statistics, 7_000)
        .unwrap();
    assert_eq!(unknown_statistics.purposes[3].value, ConsentValue::No);

    assert_eq!(
        f.consent("int-nope").unwrap_err().code(),
        "field.unknown_interview"
    );
}
