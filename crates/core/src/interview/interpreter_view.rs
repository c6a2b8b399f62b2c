//! The interpreter view model: each item's text in the interface language (for the worker) and,
//! for items read aloud, in the interview language. Interviewer-only items (guidance,
//! observations) appear only in the interface language and are never read aloud.

use lantern_i18n::{Isolation, Locale, Localized, Localizer, MessageArgs};
use serde::Serialize;

use super::{AnswerLanguage, InterpreterId, InterviewError, InterviewLanguages, Moment};

/// Who an item is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Audience {
    /// Read aloud to the interviewee (question text, options, rights items).
    ReadAloud,
    /// For the interviewer only (guidance, observations): never shown in the interview language.
    InterviewerOnly,
}

/// A Fluent message (or one of its attributes) with its arguments.
#[derive(Debug, Clone, PartialEq)]
pub struct TextRef {
    pub id: String,
    pub attribute: Option<String>,
    pub args: Option<MessageArgs>,
}

impl TextRef {
    pub fn message(id: impl Into<String>) -> Self {
        Self {
            id: id.into(),
            attribute: None,
            args: None,
        }
    }

    pub fn attribute(id: impl Into<String>, attribute: impl Into<String>) -> Self {
        Self {
            id: id.into(),
            attribute: Some(attribute.into()),
            args: None,
        }
    }

    pub fn with_args(mut self, args: MessageArgs) -> Self {
        self.args = Some(args);
        self
    }

    fn localize(
        &self,
        localizer: &Localizer,
        locale: Locale,
        isolation: Isolation,
    ) -> Result<Localized, InterviewError> {
        let args = self.args.as_ref();
        Ok(match &self.attribute {
            None => localizer.localize(locale, &self.id, args, isolation)?,
            Some(a) => localizer.localize_attribute(locale, &self.id, a, args, isolation)?,
        })
    }
}

/// One thing to show: a key the UI uses to wire controls (e.g. a question id), for whom, and
/// which text.
#[derive(Debug, Clone, PartialEq)]
pub struct ViewItem {
    pub key: String,
    pub audience: Audience,
    pub text: TextRef,
}

/// A text in the interface language and, when it is read aloud, in the interview language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct BilingualText {
    pub interface: Localized,
    /// `None` exactly for interviewer-only items.
    pub interview: Option<Localized>,
}

impl BilingualText {
    /// Renders `text` for `audience` in both languages of `languages` at `at`.
    pub fn render(
        localizer: &Localizer,
        languages: &InterviewLanguages,
        at: Moment,
        audience: Audience,
        text: &TextRef,
        isolation: Isolation,
    ) -> Result<Self, InterviewError> {
        let interface = text.localize(localizer, languages.interface, isolation)?;
        let interview = match audience {
            Audience::InterviewerOnly => None,
            Audience::ReadAloud => {
                let locale = languages.timeline.language_at(at)?;
                Some(text.localize(localizer, locale, isolation)?)
            }
        };
        Ok(Self {
            interface,
            interview,
        })
    }

    /// What an answer to this text records (read-aloud items only).
    pub fn answer_language(
        &self,
        languages: &InterviewLanguages,
        at: Moment,
    ) -> Result<Option<AnswerLanguage>, InterviewError> {
        self.interview
            .as_ref()
            .map(|shown| languages.answer_language(at, shown))
            .transpose()
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct InterpreterItem {
    pub key: String,
    pub audience: Audience,
    pub text: BilingualText,
}

/// Column headings, in the interface language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct InterpreterLabels {
    pub title: Localized,
    pub for_you: Localized,
    pub read_aloud: Localized,
    pub interviewer_only: Localized,
}

/// Everything the interpreter screen shows, already localised (isolation marks kept: webview).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct InterpreterView {
    pub at: Moment,
    pub interface_locale: Locale,
    pub interview_locale: Locale,
    pub interpreter: Option<InterpreterId>,
    /// Show the "draft translation" marker beside the respective column.
    pub interface_draft: bool,
    pub interview_draft: bool,
    pub labels: InterpreterLabels,
    pub items: Vec<InterpreterItem>,
}

impl InterpreterView {
    pub fn build(
        localizer: &Localizer,
        languages: &InterviewLanguages,
        at: Moment,
        items: &[ViewItem],
    ) -> Result<Self, InterviewError> {
        let isolation = Isolation::Keep;
        let interface = languages.interface;
        let interview = languages.timeline.language_at(at)?;
        let ui = |id: &str, language: Option<Locale>| {
            let args = language.map(|l| MessageArgs::new().text("language", l.endonym()));
            localizer.localize(interface, id, args.as_ref(), isolation)
        };
        let labels = InterpreterLabels {
            title: ui("ui-interpreter-view-title", None)?,
            for_you: ui("ui-interpreter-view-for-you", Some(interface))?,
            read_aloud: ui("ui-interpreter-view-read-aloud", Some(interview))?,
            interviewer_only: ui("ui-interpreter-view-interviewer-only", None)?,
        };
        let items = items
            .iter()
            .map(|item| {
                Ok(InterpreterItem {
                    key: item.key.clone(),
                    audience: item.audience,
                    text: BilingualText::render(
                        localizer,
                        languages,
                        at,
                        item.audience,
                        &item.text,
                        isolation,
                    )?,
                })
            })
            .collect::<Result<Vec<_>, InterviewError>>()?;
        Ok(Self {
            at,
            interface_locale: interface,
            interview_locale: interview,
            interpreter: languages.timeline.interpreter_at(at)?.cloned(),
            interface_draft: localizer.is_draft(interface),
            interview_draft: localizer.is_draft(interview),
            labels,
            items,
        })
    }
}
