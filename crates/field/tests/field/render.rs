//! Snapshots of one question of each answer type rendered in every locale, in the single-language
//! view (interface = interview language) and the interpreter's two-language view. A change of
//! wording, a missing translation (shown as a fallback) or a lost placeable shows up here.

use std::fmt::Write;

use lantern_core::answers::AnswerKey;
use lantern_core::engine::{InterviewState, render_question};
use lantern_core::questionnaire::AnswerType;
use lantern_field::view::{Bilingual, Texts, question_dto};
use lantern_i18n::{Isolation, Locale, Localizer};

fn show(b: &Bilingual) -> String {
    let mark = |t: &lantern_field::view::Text| {
        if t.fell_back {
            format!(" [fallback: {}]", t.locale.tag())
        } else {
            String::new()
        }
    };
    match &b.interview {
        Some(i) => format!(
            "{}{} ‖ {}{}",
            b.interface.text,
            mark(&b.interface),
            i.text,
            mark(i)
        ),
        None => format!("{}{}", b.interface.text, mark(&b.interface)),
    }
}

fn render(localizer: &Localizer, interface: Locale, interview: Locale) -> String {
    let q = lantern_core::questionnaire::identification_v1();
    let state = InterviewState::new();
    let t = Texts {
        localizer,
        interface,
        interview,
        isolation: Isolation::Strip,
    };
    let types = [
        AnswerType::YesNo,
        AnswerType::SingleChoice,
        AnswerType::MultipleChoice,
        AnswerType::Number,
        AnswerType::ApproximateDate,
        AnswerType::FreeText,
        AnswerType::Observation,
    ];
    let mut out = String::new();
    // The first question of each type the woman is asked (not interviewer-only), plus the first
    // interviewer-only question and the first journey-leg question.
    let mut picks: Vec<&lantern_core::questionnaire::Question> = types
        .iter()
        .filter_map(|ty| {
            q.questions.iter().find(|x| {
                x.answer_type == *ty
                    && (!x.interviewer_only || *ty == AnswerType::Observation)
                    && x.group.is_none()
            })
        })
        .collect();
    picks.extend(
        q.questions
            .iter()
            .find(|x| x.interviewer_only && x.answer_type == AnswerType::YesNo),
    );
    picks.extend(q.questions.iter().find(|x| x.group.is_some()));
    for question in picks {
        let key = match question.group {
            Some(_) => AnswerKey::instance(question.id.clone(), 1),
            None => AnswerKey::new(question.id.clone()),
        };
        let view = render_question(&q, &state, &key).expect("renders");
        let dto = question_dto(&t, &view);
        writeln!(
            out,
            "== {} {:?}{}",
            key,
            dto.answer_type,
            if dto.interviewer_only {
                " (interviewer only)"
            } else {
                ""
            }
        )
        .unwrap();
        writeln!(out, "module: {}", show(&dto.module_title)).unwrap();
        if let Some(g) = &dto.group {
            writeln!(out, "group: {}", show(&g.label)).unwrap();
        }
        writeln!(out, "text: {}", show(&dto.text)).unwrap();
        if let Some(h) = &dto.help {
            writeln!(out, "help: {}", show(h)).unwrap();
        }
        for o in dto.options.iter().chain(&dto.unknown_options) {
            writeln!(out, "  [{}] {}", o.id, show(&o.label)).unwrap();
        }
        out.push('\n');
    }
    out
}

#[test]
fn one_question_of_each_type_in_every_locale_single_and_two_language_views() {
    let localizer = Localizer::embedded().expect("locales");
    for locale in Locale::ALL {
        insta::assert_snapshot!(
            format!("single_{}", locale.tag()),
            render(&localizer, locale, locale)
        );
        // The interpreter view: the worker reads English (or Russian when the interview is in
        // English), the interview language is read aloud.
        let interface = if locale == Locale::En {
            Locale::Ru
        } else {
            Locale::En
        };
        insta::assert_snapshot!(
            format!("two_language_{}_{}", interface.tag(), locale.tag()),
            render(&localizer, interface, locale)
        );
    }
}

#[test]
fn interviewer_only_questions_never_get_an_interview_language_text() {
    let localizer = Localizer::embedded().expect("locales");
    let q = lantern_core::questionnaire::identification_v1();
    let t = Texts {
        localizer: &localizer,
        interface: Locale::En,
        interview: Locale::Uk,
        isolation: Isolation::Keep,
    };
    let state = InterviewState::new();
    let mut seen = 0;
    for question in q
        .questions
        .iter()
        .filter(|x| x.interviewer_only && x.group.is_none())
    {
        let dto = question_dto(
            &t,
            &render_question(&q, &state, &AnswerKey::new(question.id.clone())).unwrap(),
        );
        assert!(dto.text.interview.is_none(), "{}", question.id);
        assert!(
            dto.options.iter().all(|o| o.label.interview.is_none()),
            "{}",
            question.id
        );
        seen += 1;
    }
    assert!(seen > 5);
}
