//! The interview language model: timeline, answer language records, interpreter view.
//! Fixture locales (uk deliberately lacks `q-new` and `q-born.hint`) are in fixtures/interview.

use lantern_core::interview::{
    Audience, BilingualText, InterpreterId, InterpreterView, InterviewLanguages, LanguageSegment,
    LanguageTimeline, Moment, TextRef, ViewItem,
};
use lantern_i18n::{FSI, Isolation, Locale, Localizer, MessageArgs, PDI};

fn localizer() -> Localizer {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/core/fixtures/interview/locales");
    Localizer::from_dir(&dir).unwrap()
}

fn interp(id: &str) -> Option<InterpreterId> {
    Some(InterpreterId(id.to_owned()))
}

/// Russian from t=1000 with interpreter A; at t=5000 Ukrainian with B; at t=9000 B leaves.
fn timeline() -> LanguageTimeline {
    let mut t = LanguageTimeline::start(Moment(1000), Locale::Ru, interp("A"));
    t.switch(Moment(5000), Locale::Uk, interp("B")).unwrap();
    t.switch(Moment(9000), Locale::Uk, None).unwrap();
    t
}

#[test]
fn language_at_a_given_time() {
    let t = timeline();
    assert_eq!(t.language_at(Moment(1000)).unwrap(), Locale::Ru);
    assert_eq!(t.language_at(Moment(4999)).unwrap(), Locale::Ru);
    assert_eq!(
        t.language_at(Moment(5000)).unwrap(),
        Locale::Uk,
        "a switch applies from its own time"
    );
    assert_eq!(t.language_at(Moment(100_000)).unwrap(), Locale::Uk);
    assert_eq!(
        t.interpreter_at(Moment(4999)).unwrap(),
        interp("A").as_ref()
    );
    assert_eq!(
        t.interpreter_at(Moment(5000)).unwrap(),
        interp("B").as_ref()
    );
    assert_eq!(t.interpreter_at(Moment(9000)).unwrap(), None);
    assert_eq!(
        t.language_at(Moment(999)).unwrap_err().code(),
        "interview.before_start"
    );
    assert_eq!(t.current(), Locale::Uk);
}

#[test]
fn switches_record_from_to_and_interpreter() {
    let t = timeline();
    let s = &t.switches()[0];
    assert_eq!((s.at, s.from, s.to), (Moment(5000), Locale::Ru, Locale::Uk));
    assert_eq!(s.interpreter, interp("B"));
    assert_eq!(
        t.switches()[1].from,
        Locale::Uk,
        "interpreter change alone is an event too"
    );
    assert_eq!(
        t.segments(),
        vec![
            LanguageSegment {
                from: Moment(1000),
                until: Some(Moment(5000)),
                language: Locale::Ru,
                interpreter: interp("A")
            },
            LanguageSegment {
                from: Moment(5000),
                until: Some(Moment(9000)),
                language: Locale::Uk,
                interpreter: interp("B")
            },
            LanguageSegment {
                from: Moment(9000),
                until: None,
                language: Locale::Uk,
                interpreter: None
            },
        ]
    );
}

#[test]
fn time_never_goes_backwards_and_no_empty_switches() {
    let mut t = timeline();
    assert_eq!(
        t.switch(Moment(8999), Locale::Ru, None).unwrap_err().code(),
        "interview.time_went_backwards"
    );
    assert_eq!(
        t.switch(Moment(9500), Locale::Uk, None).unwrap_err().code(),
        "interview.no_change"
    );
    let mut fresh = LanguageTimeline::start(Moment(10), Locale::En, None);
    assert_eq!(
        fresh
            .switch(Moment(9), Locale::Ru, None)
            .unwrap_err()
            .code(),
        "interview.before_start"
    );
    // Two switches at the same moment are kept in order; the last one holds.
    fresh.switch(Moment(20), Locale::Ru, None).unwrap();
    fresh.switch(Moment(20), Locale::Uk, None).unwrap();
    assert_eq!(fresh.language_at(Moment(20)).unwrap(), Locale::Uk);
    assert_eq!(fresh.segments().len(), 2);
    assert_eq!(t.switches().len(), 2, "refused switches leave no trace");
}

#[test]
fn timeline_round_trips_and_rejects_inconsistent_records() {
    let t = timeline();
    let json = serde_json::to_string(&t).unwrap();
    assert_eq!(serde_json::from_str::<LanguageTimeline>(&json).unwrap(), t);
    let backwards = json.replace("9000", "10");
    assert!(serde_json::from_str::<LanguageTimeline>(&backwards).is_err());
    let wrong_from = r#"{"start":0,"initial":"en","initial_interpreter":null,"switches":[{"at":5,"from":"ro","to":"ru","interpreter":null}]}"#;
    assert!(serde_json::from_str::<LanguageTimeline>(wrong_from).is_err());
}

#[test]
fn answer_records_language_shown_and_fallback() {
    let l = localizer();
    let langs = InterviewLanguages::new(Locale::En, timeline());
    let asked = |at, id: &str| {
        BilingualText::render(
            &l,
            &langs,
            Moment(at),
            Audience::ReadAloud,
            &TextRef::message(id),
            Isolation::Keep,
        )
        .unwrap()
    };

    let before = asked(2000, "q-born");
    let rec = before
        .answer_language(&langs, Moment(2000))
        .unwrap()
        .unwrap();
    assert_eq!(
        (rec.requested, rec.shown_in, rec.fell_back),
        (Locale::Ru, Locale::Ru, false)
    );
    assert_eq!(rec.interpreter, interp("A"));

    // After the switch to Ukrainian; q-new is missing in uk and falls back to English, visibly.
    let missing = asked(6000, "q-new");
    let shown = missing.interview.as_ref().unwrap();
    assert_eq!(
        shown.text,
        "Is there anything else you would like to tell us?"
    );
    let rec = missing
        .answer_language(&langs, Moment(6000))
        .unwrap()
        .unwrap();
    assert_eq!(
        (rec.requested, rec.shown_in, rec.fell_back),
        (Locale::Uk, Locale::En, true)
    );
    assert_eq!(rec.interpreter, interp("B"));

    // A screen rendered in Russian cannot be recorded after the switch to Ukrainian.
    assert_eq!(
        before
            .answer_language(&langs, Moment(6000))
            .unwrap_err()
            .code(),
        "interview.language_mismatch"
    );
}

#[test]
fn interpreter_view_shows_both_languages() {
    let l = localizer();
    let langs = InterviewLanguages::new(Locale::En, timeline());
    let items = [
        ViewItem {
            key: "guide".into(),
            audience: Audience::InterviewerOnly,
            text: TextRef::message("guide-privacy"),
        },
        ViewItem {
            key: "born".into(),
            audience: Audience::ReadAloud,
            text: TextRef::message("q-born"),
        },
        ViewItem {
            key: "born.hint".into(),
            audience: Audience::ReadAloud,
            text: TextRef::attribute("q-born", "hint"),
        },
        ViewItem {
            key: "legs".into(),
            audience: Audience::ReadAloud,
            text: TextRef::message("q-legs").with_args(MessageArgs::new().number("count", 22)),
        },
    ];

    let ru = InterpreterView::build(&l, &langs, Moment(2000), &items).unwrap();
    assert_eq!(
        (ru.interface_locale, ru.interview_locale),
        (Locale::En, Locale::Ru)
    );
    assert_eq!(ru.interpreter, interp("A"));
    assert!(!ru.interface_draft && ru.interview_draft);
    assert_eq!(
        ru.labels.read_aloud.text,
        format!("Read aloud ({FSI}Русский{PDI})")
    );
    assert_eq!(
        ru.labels.for_you.text,
        format!("For you ({FSI}English{PDI})")
    );

    let guide = &ru.items[0].text;
    assert_eq!(
        guide.interface.text,
        "Check that nobody else can hear the conversation."
    );
    assert_eq!(
        guide.interview, None,
        "interviewer-only items are never in the interview language"
    );

    let born = &ru.items[1].text;
    assert_eq!(born.interface.text, "Where were you born?");
    assert_eq!(born.interview.as_ref().unwrap().text, "Где вы родились?");
    let legs = ru.items[3].text.interview.as_ref().unwrap();
    assert_eq!(legs.text, format!("Вы описали {FSI}22{PDI} части пути."));

    // After the switch: the hint is missing in Ukrainian and falls back, the count is plural-correct.
    let uk = InterpreterView::build(&l, &langs, Moment(9500), &items).unwrap();
    assert_eq!(uk.interview_locale, Locale::Uk);
    assert_eq!(uk.interpreter, None);
    let hint = uk.items[2].text.interview.as_ref().unwrap();
    assert_eq!((hint.locale_used, hint.fell_back), (Locale::En, true));
    assert_eq!(
        uk.items[1].text.interview.as_ref().unwrap().text,
        "Де ви народилися?"
    );
    assert_eq!(
        uk.items[3].text.interview.as_ref().unwrap().text,
        format!("Ви описали {FSI}22{PDI} частини шляху.")
    );
}

#[test]
fn interface_language_is_separate_from_interview_language() {
    let l = localizer();
    let mut langs = InterviewLanguages::new(
        Locale::Ru,
        LanguageTimeline::start(Moment(0), Locale::Uk, None),
    );
    let item = [ViewItem {
        key: "born".into(),
        audience: Audience::ReadAloud,
        text: TextRef::message("q-born"),
    }];
    let v = InterpreterView::build(&l, &langs, Moment(1), &item).unwrap();
    assert_eq!(v.items[0].text.interface.text, "Где вы родились?");
    assert_eq!(
        v.items[0].text.interview.as_ref().unwrap().text,
        "Де ви народилися?"
    );
    assert_eq!(v.labels.title.text, "Экран переводчика");
    // The worker changes the interface language: the interview's timeline is untouched.
    langs.interface = Locale::En;
    assert!(langs.timeline.switches().is_empty());
    let v = InterpreterView::build(&l, &langs, Moment(1), &item).unwrap();
    assert_eq!(v.items[0].text.interface.text, "Where were you born?");
}

#[test]
fn missing_text_everywhere_is_an_error() {
    let l = localizer();
    let langs = InterviewLanguages::new(Locale::En, timeline());
    let item = [ViewItem {
        key: "x".into(),
        audience: Audience::ReadAloud,
        text: TextRef::message("q-absent"),
    }];
    assert_eq!(
        InterpreterView::build(&l, &langs, Moment(2000), &item)
            .unwrap_err()
            .code(),
        "i18n.missing_message"
    );
}
