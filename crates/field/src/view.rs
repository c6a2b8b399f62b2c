//! View-models for the desktop UI (docs/ipc.md): everything localised and finished here, so the
//! webview only draws. Interviewer-only texts are never given in the interview language.

use serde::Serialize;

use lantern_core::answers::{AnswerKey, AnswerValue, UnknownReason, YesNo};
use lantern_core::engine::{self, InterviewState};
use lantern_core::questionnaire::{Question, Questionnaire};
use lantern_i18n::{Isolation, Locale, Localizer, MessageArgs};

/// A finished string and the locale it came from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Text {
    pub text: String,
    pub locale: Locale,
    pub fell_back: bool,
}

/// The interviewer's text and, when the interview language differs, the text read aloud.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Bilingual {
    pub interface: Text,
    pub interview: Option<Text>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct LocaleInfo {
    pub tag: Locale,
    pub endonym: String,
    pub draft: bool,
}

/// Localises message ids for one interface locale and one interview locale.
#[derive(Debug, Clone, Copy)]
pub struct Texts<'a> {
    pub localizer: &'a Localizer,
    pub interface: Locale,
    pub interview: Locale,
    pub isolation: Isolation,
}

impl Texts<'_> {
    pub fn text_in(&self, locale: Locale, id: &str, args: Option<&MessageArgs>) -> Text {
        match self.localizer.localize(locale, id, args, self.isolation) {
            Ok(l) => Text {
                text: l.text,
                locale: l.locale_used,
                fell_back: l.fell_back,
            },
            // The lint guarantees every referenced id exists; if one is missing anyway, show the
            // id rather than nothing, and mark it as a fallback.
            Err(_) => Text {
                text: id.to_owned(),
                locale: Locale::FALLBACK,
                fell_back: true,
            },
        }
    }

    pub fn ui(&self, id: &str) -> Text {
        self.text_in(self.interface, id, None)
    }

    pub fn ui_args(&self, id: &str, args: &MessageArgs) -> Text {
        self.text_in(self.interface, id, Some(args))
    }

    pub fn bilingual(&self, id: &str, interviewer_only: bool) -> Bilingual {
        self.bilingual_args(id, None, interviewer_only)
    }

    pub fn bilingual_args(
        &self,
        id: &str,
        args: Option<&MessageArgs>,
        interviewer_only: bool,
    ) -> Bilingual {
        let interface = self.text_in(self.interface, id, args);
        let interview = (!interviewer_only && self.interview != self.interface)
            .then(|| self.text_in(self.interview, id, args));
        Bilingual {
            interface,
            interview,
        }
    }

    pub fn locales(&self) -> Vec<LocaleInfo> {
        self.localizer
            .locales()
            .into_iter()
            .map(|l| LocaleInfo {
                tag: l,
                endonym: l.endonym().to_owned(),
                draft: self.localizer.is_draft(l),
            })
            .collect()
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct OptionDto {
    pub id: String,
    pub label: Bilingual,
    pub exclusive: bool,
}

#[derive(Debug, Clone, Serialize)]
pub struct GroupDto {
    pub label: Bilingual,
    pub instance: u32,
}

#[derive(Debug, Clone, Serialize)]
pub struct QuestionDto {
    pub key: AnswerKey,
    pub module_title: Bilingual,
    pub text: Bilingual,
    pub help: Option<Bilingual>,
    pub answer_type: lantern_core::questionnaire::AnswerType,
    pub options: Vec<OptionDto>,
    pub multiple: bool,
    pub unknown_options: Vec<OptionDto>,
    pub required: bool,
    pub interviewer_only: bool,
    pub mode: lantern_core::engine::Mode,
    pub current: Option<AnswerValue>,
    pub min: Option<i64>,
    pub max: Option<i64>,
    pub max_length: Option<u32>,
    pub group: Option<GroupDto>,
}

#[derive(Debug, Clone, Serialize)]
pub struct GateDto {
    pub id: String,
    pub message: Bilingual,
}

#[derive(Debug, Clone, Serialize)]
pub struct RepeatDto {
    pub group: String,
    pub prompt: Bilingual,
    pub add_label: Text,
    pub done_label: Text,
    pub instances: u32,
}

#[derive(Debug, Clone, Serialize)]
pub struct ProgressDto {
    pub answered: usize,
    pub applicable: usize,
}

#[derive(Debug, Clone, Serialize)]
pub struct EmergencyItemDto {
    pub id: String,
    pub label: Text,
    pub triggered: bool,
}

/// One emergency item of an interview, for the result and the office.
#[derive(Debug, Clone, Serialize)]
pub struct EmergencyFlagDto {
    pub id: String,
    pub label: Text,
    /// The emergency route was shown at once when the answer came.
    pub shown: bool,
}

#[derive(Debug, Clone, Serialize)]
pub struct ContactDto {
    pub organisation: String,
    pub service: Text,
    pub phone: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct EmergencyDto {
    pub title: Text,
    pub items: Vec<EmergencyItemDto>,
    pub contacts: Vec<ContactDto>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ScreenKind {
    Question,
    Gate,
    RepeatPrompt,
    Stopped,
    Complete,
}

#[derive(Debug, Clone, Serialize)]
pub struct ScreenDto {
    pub interview_id: String,
    pub kind: ScreenKind,
    pub question: Option<QuestionDto>,
    pub gate: Option<GateDto>,
    pub repeat: Option<RepeatDto>,
    pub stop_reason: Option<lantern_core::engine::StopReason>,
    pub progress: ProgressDto,
    pub banners: Vec<Text>,
    pub child_pathway: bool,
    pub interface_locale: Locale,
    pub interview_locale: Locale,
    pub interview_locale_draft: bool,
    /// The interpreter now (the last switch's, or the start's): a language switch carries it
    /// over unless the worker changes it.
    pub interpreter_id: Option<String>,
    pub languages: Vec<LocaleInfo>,
    pub can_go_back: bool,
    pub emergency: EmergencyDto,
    /// Emergency items this answer triggered for the first time: open the emergency route now.
    pub emergency_alert: Vec<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct InterviewCard {
    pub id: String,
    pub short_label: String,
    pub status: lantern_store::InterviewStatus,
    pub started_at: i64,
    pub updated_at: i64,
    pub progress: ProgressDto,
    pub interview_locale: String,
}

/// The "central office" panel: [`crate::sync::OfficeDto`] and its counts in words.
#[derive(Debug, Clone, Serialize)]
pub struct OfficeView {
    #[serde(flatten)]
    pub office: crate::sync::OfficeDto,
    /// "Connected to the central office …", once enrolled.
    pub connected: Option<Text>,
    /// What waits to be sent, one line each (the first always says how many interviews).
    pub lines: Vec<Text>,
}

#[derive(Debug, Clone, Serialize)]
pub struct HomeDto {
    pub drafts: Vec<InterviewCard>,
    pub finished: Vec<InterviewCard>,
    pub exported: Vec<InterviewCard>,
    /// The interpreter registry, for the start and language-switch dialogs.
    pub interpreters: Vec<lantern_store::InterpreterEntry>,
}

#[derive(Debug, Clone, Serialize)]
pub struct ReviewItem {
    pub key: AnswerKey,
    pub module_title: Text,
    pub question: Text,
    pub answer: Text,
    /// The question and the answer in the interview language, to go through with her; `None`
    /// when both languages are the same or the question is interviewer-only.
    pub question_interview: Option<Text>,
    pub answer_interview: Option<Text>,
    /// The repeat group (e.g. a part of the journey) in the interface language; its instance is
    /// `key.instance`.
    pub group: Option<Text>,
    pub not_applicable: bool,
}

/// An interview's answers in questionnaire order, in words in `t`'s interface language; with
/// `hers`, each question read aloud also in her language (the review before finishing). The
/// office reads them with `hers` = `None`.
pub fn answer_items(
    q: &Questionnaire,
    t: &Texts<'_>,
    hers: Option<&Texts<'_>>,
    state: &InterviewState,
) -> Vec<ReviewItem> {
    let eval = engine::Evaluation::new(q, state);
    let mut keys: Vec<&AnswerKey> = state.answers.keys().collect();
    keys.sort_by_key(|k| (q.position(&k.question).unwrap_or(usize::MAX), k.instance));
    keys.into_iter()
        .filter_map(|k| {
            let question = q.question(&k.question)?;
            let answer = &state.answers[k];
            let hers = hers.filter(|h| !question.interviewer_only && h.interface != t.interface);
            Some(ReviewItem {
                key: k.clone(),
                module_title: t.ui(&q.modules[question.module].title_id),
                question: t.ui(&question.text_id),
                answer: answer_text(t, question, &answer.value),
                question_interview: hers.map(|h| h.ui(&question.text_id)),
                answer_interview: hers.map(|h| answer_text(h, question, &answer.value)),
                group: question.group.map(|g| t.ui(&q.groups[g].label_id)),
                not_applicable: !eval.is_applicable(k),
            })
        })
        .collect()
}

/// One answer in words: option labels, yes / no / unsure, dates as `YYYY[-MM[-DD]]`, the reason
/// of an unknown.
pub fn answer_text(t: &Texts<'_>, question: &Question, value: &AnswerValue) -> Text {
    let label = |opt: &str| {
        question
            .option(opt)
            .map(|o| t.ui(&o.label_id).text)
            .unwrap_or_else(|| opt.to_owned())
    };
    let plain = |s: String| Text {
        text: s,
        locale: t.interface,
        fell_back: false,
    };
    match value {
        AnswerValue::YesNo(YesNo::Yes) => t.ui("answer-yes"),
        AnswerValue::YesNo(YesNo::No) => t.ui("answer-no"),
        AnswerValue::YesNo(YesNo::Unsure) => t.ui("answer-unsure"),
        AnswerValue::Choice(c) => plain(label(c)),
        AnswerValue::Choices(cs) => {
            plain(cs.iter().map(|c| label(c)).collect::<Vec<_>>().join(", "))
        }
        AnswerValue::Number(n) => plain(n.to_string()),
        AnswerValue::Date(d) => plain(match (d.month, d.day) {
            (Some(m), Some(day)) => format!("{:04}-{m:02}-{day:02}", d.year),
            (Some(m), None) => format!("{:04}-{m:02}", d.year),
            _ => format!("{:04}", d.year),
        }),
        AnswerValue::Text(s) => plain(s.clone()),
        AnswerValue::Unknown(UnknownReason::DontKnow) => t.ui("answer-dont-know"),
        AnswerValue::Unknown(UnknownReason::Declined) => t.ui("answer-declined"),
        AnswerValue::Unknown(UnknownReason::Skipped) => t.ui("answer-skip"),
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct ReviewDto {
    pub interview_id: String,
    pub items: Vec<ReviewItem>,
    pub complete: bool,
}

#[derive(Debug, Clone, Serialize)]
pub struct DimensionDto {
    pub id: String,
    pub name: Text,
    pub state: lantern_core::assessment::Status,
}

#[derive(Debug, Clone, Serialize)]
pub struct IndicatorDto {
    pub id: String,
    pub label: Text,
    pub tier: Option<Text>,
    pub dimension: String,
    pub counted: bool,
    pub evidence: Vec<Text>,
}

#[derive(Debug, Clone, Serialize)]
pub struct RightDto {
    pub id: String,
    pub label: Text,
    pub explained: bool,
    pub understood: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct ReferralDto {
    pub organisation: String,
    pub services: Vec<Text>,
    pub languages: Vec<String>,
    pub phone: String,
    pub area: String,
    pub last_verified: String,
    pub stale: bool,
    pub example: bool,
}

#[derive(Debug, Clone, Serialize)]
pub struct TimelineDto {
    pub at: i64,
    pub from: Option<String>,
    pub to: String,
    pub interpreter_id: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct AssessmentDto {
    pub interview_id: String,
    /// Danger signalled in the interview (triggered now or shown during it), first on the result.
    pub emergencies: Vec<EmergencyFlagDto>,
    pub profile: lantern_core::assessment::Profile,
    pub result: lantern_core::assessment::Outcome,
    pub result_text: Text,
    pub dimensions: Vec<DimensionDto>,
    pub indicators: Vec<IndicatorDto>,
    pub notices: Vec<Text>,
    pub rule_version: String,
    pub catalogue_version: String,
    pub catalogue_unverified_notice: Option<Text>,
    pub rights: Vec<RightDto>,
    pub referrals: Vec<ReferralDto>,
    pub directory_is_example: bool,
    pub conflict_of_interest: bool,
    pub language_timeline: Vec<TimelineDto>,
}

/// Localises one question for the screen: texts in the interface language and, unless the
/// question is interviewer-only, in the interview language to be read aloud.
pub fn question_dto(t: &Texts<'_>, qv: &lantern_core::engine::QuestionView) -> QuestionDto {
    let io = qv.interviewer_only;
    let option = |o: &lantern_core::engine::OptionView| OptionDto {
        id: o.id.clone(),
        label: t.bilingual(&o.label_id, io),
        exclusive: o.exclusive,
    };
    QuestionDto {
        key: qv.key.clone(),
        module_title: t.bilingual(&qv.module_title_id, io),
        text: t.bilingual(&qv.text_id, io),
        // Help is guidance for the worker: interface language only, never read aloud.
        help: qv.help_id.as_deref().map(|h| t.bilingual(h, true)),
        answer_type: qv.answer_type,
        options: qv.options.iter().map(option).collect(),
        multiple: qv.multiple,
        unknown_options: qv.unknown_options.iter().map(option).collect(),
        required: qv.required,
        interviewer_only: io,
        mode: qv.mode,
        current: qv.current.clone(),
        min: qv.min,
        max: qv.max,
        max_length: qv.max_length,
        group: qv.group.as_ref().map(|g| GroupDto {
            label: t.bilingual_args(
                &g.label_id,
                Some(&MessageArgs::new().number("number", i64::from(g.instance) + 1)),
                io,
            ),
            instance: g.instance,
        }),
    }
}

/// One purpose of her consent as it stands, for the consent screen.
#[derive(Debug, Clone, Serialize)]
pub struct ConsentPurposeDto {
    pub purpose: lantern_store::ConsentPurpose,
    pub name: Text,
    pub value: lantern_store::sync::ConsentValue,
    pub value_text: Text,
    /// She can withdraw it: it is not already "no". "Unknown" can be withdrawn too (it then
    /// becomes a "no"; unknown is never yes).
    pub withdrawable: bool,
}

/// Her consent per purpose on one interview; after a withdrawal, what it does.
#[derive(Debug, Clone, Serialize)]
pub struct ConsentDto {
    pub interview_id: String,
    pub short_label: String,
    pub purposes: Vec<ConsentPurposeDto>,
    /// Whether her identifying answers may still leave the device (assistance and sharing yes).
    pub identity_travels: bool,
    /// Set after a withdrawal: what was recorded and where it goes.
    pub notice: Option<Text>,
}
