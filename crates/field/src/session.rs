//! The field device's use-cases: start, answer, switch language, stop, resume, review and finish
//! an interview. Each one loads the interview's state from the encrypted store, asks the engine,
//! saves (one transaction, committed before returning) and hands back a finished view-model.

use std::collections::HashMap;
use std::sync::Arc;

use lantern_core::answers::{Answer, AnswerKey, AnswerValue, UnknownReason, YesNo};
use lantern_core::assessment::{self, Dimension};
use lantern_core::engine::{self, Event, InterviewState, Screen, StopReason};
use lantern_core::questionnaire::Questionnaire;
use lantern_i18n::{Isolation, Locale, Localizer, MessageArgs};
use lantern_store::{AnswerRecord, AnswerState, InterviewStatus, NewInterview, Store};

use crate::directory::{self, Directory};
use crate::error::{FieldError, Result};
use crate::view::*;

/// An unlocked field device: the store plus what is needed to run interviews.
#[derive(Debug)]
pub struct Field {
    store: Store,
    questionnaire: Arc<Questionnaire>,
    localizer: Arc<Localizer>,
    directory: Directory,
    interface: Locale,
    isolation: Isolation,
    /// Which earlier question is open for editing, per interview. Transient by design: after a
    /// restart the interview resumes at the next open question.
    editing: HashMap<String, AnswerKey>,
}

fn store_status(reason: StopReason) -> lantern_store::StopReason {
    match reason {
        StopReason::Interviewee => lantern_store::StopReason::Interviewee,
        StopReason::Safety => lantern_store::StopReason::Safety,
        StopReason::Interruption => lantern_store::StopReason::Interruption,
    }
}

/// The questionnaire's consent purposes are the store's; the one place that maps them.
fn store_purpose(
    purpose: lantern_core::questionnaire::ConsentPurpose,
) -> lantern_store::ConsentPurpose {
    use lantern_core::questionnaire::ConsentPurpose as Declared;
    use lantern_store::ConsentPurpose as Stored;
    match purpose {
        Declared::Assistance => Stored::Assistance,
        Declared::Sharing => Stored::Sharing,
        Declared::Police => Stored::Police,
        Declared::Statistics => Stored::Statistics,
    }
}

/// The emergency panel: the questionnaire's emergency items (marked where the interview's
/// answers trigger them) and the directory's emergency numbers (without implicated police or
/// peacekeeping units when she named a conflict of interest).
pub(crate) fn emergency_panel(
    q: &Questionnaire,
    directory: &Directory,
    state: Option<&InterviewState>,
    t: &Texts<'_>,
) -> EmergencyDto {
    let triggered = state
        .map(|s| engine::emergency_triggered(q, s))
        .unwrap_or_default();
    let conflict = state.is_some_and(|s| {
        engine::flags(q, s)
            .iter()
            .any(|f| f == "conflict_of_interest")
    });
    EmergencyDto {
        title: t.ui(&q.emergency.title_id),
        items: q
            .emergency
            .items
            .iter()
            .map(|i| EmergencyItemDto {
                id: i.id.clone(),
                label: t.ui(&i.label_id),
                triggered: triggered.contains(&i.id),
            })
            .collect(),
        contacts: directory
            .entries
            .iter()
            .filter(|e| e.emergency && !(conflict && e.law_enforcement))
            .map(|e| ContactDto {
                organisation: e.organisation.clone(),
                service: t.ui(&format!(
                    "service-{}",
                    e.services
                        .first()
                        .map(String::as_str)
                        .unwrap_or("helpline")
                        .replace('_', "-")
                )),
                phone: e.phone.clone(),
            })
            .collect(),
    }
}

/// The emergency panel while the profile is locked: the referral directory is not secret, so
/// the numbers are there without a passphrase; nothing of any interview is read.
pub fn locked_emergency(
    questionnaire: &Questionnaire,
    localizer: &Localizer,
    directory: &Directory,
    interface: Locale,
) -> EmergencyDto {
    let t = Texts {
        localizer,
        interface,
        interview: interface,
        isolation: Isolation::Keep,
    };
    emergency_panel(questionnaire, directory, None, &t)
}

/// The label a worker reads an interview by: `#` and the first four characters of its id.
fn short_label(interview_id: &str) -> String {
    format!(
        "#{}",
        interview_id
            .trim_start_matches("int-")
            .chars()
            .take(4)
            .collect::<String>()
            .to_uppercase()
    )
}

fn purpose_message(purpose: lantern_store::ConsentPurpose) -> String {
    format!("ui-consent-purpose-{}", purpose.as_str())
}

fn answer_state(value: &AnswerValue) -> AnswerState {
    match value {
        AnswerValue::Unknown(UnknownReason::Declined) => AnswerState::Declined,
        AnswerValue::Unknown(_) => AnswerState::Unknown,
        _ => AnswerState::Present,
    }
}

fn locale(tag: &str) -> Result<Locale> {
    Locale::from_tag(tag).ok_or_else(|| FieldError::UnknownLocale(tag.to_owned()))
}

impl Field {
    pub fn new(
        store: Store,
        questionnaire: Arc<Questionnaire>,
        localizer: Arc<Localizer>,
        directory: Directory,
        interface: Locale,
    ) -> Self {
        Self {
            store,
            questionnaire,
            localizer,
            directory,
            interface,
            isolation: Isolation::Keep,
            editing: HashMap::new(),
        }
    }

    /// [`Field::new`], after moving any identity answers stored before identity was kept
    /// apart into the identity table (idempotent; see [`crate::identity::keep_identity_apart`]).
    /// What the transports should call at unlock.
    pub fn open(
        mut store: Store,
        questionnaire: Arc<Questionnaire>,
        localizer: Arc<Localizer>,
        directory: Directory,
        interface: Locale,
        now: i64,
    ) -> Result<Self> {
        crate::identity::keep_identity_apart(&mut store, &questionnaire, now)?;
        Ok(Self::new(
            store,
            questionnaire,
            localizer,
            directory,
            interface,
        ))
    }

    /// Strip the Unicode isolation marks from all texts (CLI, logs, CSV); the webview keeps them.
    pub fn with_isolation(mut self, isolation: Isolation) -> Self {
        self.isolation = isolation;
        self
    }

    pub fn store(&self) -> &Store {
        &self.store
    }

    pub fn store_mut(&mut self) -> &mut Store {
        &mut self.store
    }

    pub fn into_store(self) -> Store {
        self.store
    }

    pub fn questionnaire(&self) -> &Questionnaire {
        &self.questionnaire
    }

    pub fn interface_locale(&self) -> Locale {
        self.interface
    }

    pub fn set_interface_locale(&mut self, l: Locale) {
        self.interface = l;
    }

    pub fn set_directory(&mut self, d: Directory) {
        self.directory = d;
    }

    pub fn directory(&self) -> &Directory {
        &self.directory
    }

    fn texts(&self, interview: Locale) -> Texts<'_> {
        Texts {
            localizer: &self.localizer,
            interface: self.interface,
            interview,
            isolation: self.isolation,
        }
    }

    /// The interview must be one this questionnaire reads: its own version or one it migrates
    /// from (questionnaire SPEC.md, Versions and migration). The recorded version is kept as is.
    fn check_questionnaire(&self, id: &str) -> Result<()> {
        let summary = self.store.interview(id)?;
        if !self
            .questionnaire
            .reads(&summary.questionnaire_id, &summary.questionnaire_version)
        {
            return Err(FieldError::UnknownQuestionnaire(
                id.to_owned(),
                format!(
                    "{} {}",
                    summary.questionnaire_id, summary.questionnaire_version
                ),
            ));
        }
        Ok(())
    }

    /// Starts an interview in `interview_locale`, optionally with an interpreter.
    pub fn start_interview(
        &mut self,
        interview_locale: Locale,
        interpreter_id: Option<&str>,
        now: i64,
    ) -> Result<String> {
        self.check_interpreter(interpreter_id)?;
        let new = NewInterview {
            questionnaire_id: self.questionnaire.id.clone(),
            questionnaire_version: self.questionnaire.version.clone(),
            interface_locale: self.interface.tag().to_owned(),
            interview_locale: interview_locale.tag().to_owned(),
            earlier_interview_id: None,
        };
        Ok(self.store.create_interview(&new, interpreter_id, now)?)
    }

    /// The store keeps instance 0 for ordinary questions; only group questions have instances.
    fn stored_key(&self, question_id: &str, instance: u32) -> AnswerKey {
        let in_group = self
            .questionnaire
            .question(question_id)
            .is_some_and(|q| q.group.is_some());
        AnswerKey {
            question: question_id.to_owned(),
            instance: in_group.then_some(instance),
        }
    }

    /// The engine state of an interview, rebuilt from the store (case and identity answers,
    /// events): the engine needs both (the child pathway's guardian gate reads A6/A7).
    pub fn state(&self, id: &str) -> Result<InterviewState> {
        self.check_questionnaire(id)?;
        let mut state = InterviewState::new();
        for stored in self.store.all_answers(id)? {
            let r = stored.record;
            let key = self.stored_key(&r.question_id, r.instance);
            let value = r
                .value
                .ok_or_else(|| FieldError::Damaged(format!("answer {key} has no value")))?;
            let answer: Answer =
                serde_json::from_value(value).map_err(|e| FieldError::Damaged(e.to_string()))?;
            state.answers.insert(key, answer);
        }
        for json in self.store.interview_events(id)? {
            state.events.push(
                serde_json::from_str::<Event>(&json)
                    .map_err(|e| FieldError::Damaged(e.to_string()))?,
            );
        }
        Ok(state)
    }

    fn interview_locale(&self, id: &str) -> Result<Locale> {
        locale(&self.store.interview(id)?.interview_locale)
    }

    /// Records an answer (validated by the engine, then saved in its own transaction).
    pub fn answer(
        &mut self,
        id: &str,
        key: AnswerKey,
        value: AnswerValue,
        now: i64,
    ) -> Result<ScreenDto> {
        let mut state = self.state(id)?;
        engine::answer(&self.questionnaire, &mut state, key.clone(), value)?;
        self.save(id, &key, &state, now)?;
        self.editing.remove(id);
        self.screen_with_emergency(id, &mut state, now)
    }

    /// The screen after an answer; if the answer signalled danger not yet shown, the screen says
    /// so (`emergency_alert`, the UI opens the emergency route at once) and the interview records
    /// that it was shown. Recorded after the answer: if the process dies in between, the route is
    /// shown again after the next answer, never lost.
    fn screen_with_emergency(
        &mut self,
        id: &str,
        state: &mut InterviewState,
        now: i64,
    ) -> Result<ScreenDto> {
        let unshown = engine::emergency_unshown(&self.questionnaire, state);
        if !unshown.is_empty() {
            let event = Event::EmergencyShown {
                items: unshown.clone(),
            };
            self.push_event(id, &event, now, None)?;
            state.events.push(event);
        }
        let mut screen = self.screen_for(id, state)?;
        screen.emergency_alert = unshown;
        Ok(screen)
    }

    /// Confirms an answer pre-filled from an earlier record.
    pub fn confirm_prefilled(&mut self, id: &str, key: AnswerKey, now: i64) -> Result<ScreenDto> {
        let mut state = self.state(id)?;
        engine::confirm_prefilled(&self.questionnaire, &mut state, &key)?;
        self.save(id, &key, &state, now)?;
        self.editing.remove(id);
        self.screen_with_emergency(id, &mut state, now)
    }

    fn save(&mut self, id: &str, key: &AnswerKey, state: &InterviewState, now: i64) -> Result<()> {
        let answer = state
            .answers
            .get(key)
            .ok_or_else(|| FieldError::Damaged(format!("answer {key} vanished")))?;
        let interview = self.interview_locale(id)?;
        let question = self
            .questionnaire
            .question(&key.question)
            .ok_or_else(|| FieldError::Damaged(key.to_string()))?;
        // The language the question was shown in, and whether its text had to fall back.
        let shown = self
            .texts(interview)
            .text_in(interview, &question.text_id, None);
        let interpreter_id = self
            .store
            .language_timeline(id)?
            .last()
            .and_then(|e| e.interpreter_id.clone());
        let record = AnswerRecord {
            question_id: key.question.clone(),
            instance: key.instance.unwrap_or(0),
            value: Some(
                serde_json::to_value(answer).map_err(|e| FieldError::Damaged(e.to_string()))?,
            ),
            state: answer_state(&answer.value),
            asked_in_locale: if question.interviewer_only {
                self.interface.tag().to_owned()
            } else {
                shown.locale.tag().to_owned()
            },
            locale_fallback: !question.interviewer_only && shown.fell_back,
            interpreter_id,
            recorded_at: now,
        };
        let consent = question.consent;
        // Identifying answers never enter the case table (nor, so, any interview record).
        if question.sensitivity == lantern_core::questionnaire::Sensitivity::Identity {
            self.store.save_identity_answer(id, &record)?;
        } else {
            self.store.save_answer(id, &record)?;
        }
        match consent {
            Some(purpose) => self.record_consent(id, purpose, &answer.value, interview, now),
            None => Ok(()),
        }
    }

    /// An answer to a question that declares a consent purpose also goes to the store's consent
    /// records (history kept: a "no" after a "yes" is a revocation).
    fn record_consent(
        &mut self,
        id: &str,
        purpose: lantern_core::questionnaire::ConsentPurpose,
        value: &AnswerValue,
        locale: Locale,
        now: i64,
    ) -> Result<()> {
        use lantern_store::{ConsentRecord, ConsentState};
        let purpose = store_purpose(purpose);
        let given_before = self
            .store
            .consents(id)?
            .iter()
            .rev()
            .find(|c| c.purpose == purpose)
            .map(|c| c.state)
            == Some(ConsentState::Given);
        let state = match value {
            AnswerValue::YesNo(YesNo::Yes) => ConsentState::Given,
            AnswerValue::YesNo(YesNo::No) if given_before => ConsentState::Revoked,
            AnswerValue::YesNo(YesNo::No) => ConsentState::Refused,
            _ => return Ok(()),
        };
        self.store.record_consent(
            id,
            &ConsentRecord {
                purpose,
                state,
                locale: locale.tag().to_owned(),
                recorded_at: now,
            },
        )?;
        Ok(())
    }

    fn push_event(
        &mut self,
        id: &str,
        event: &Event,
        now: i64,
        status: Option<(InterviewStatus, Option<lantern_store::StopReason>)>,
    ) -> Result<()> {
        let json = serde_json::to_string(event).map_err(|e| FieldError::Damaged(e.to_string()))?;
        self.store.append_interview_event(id, &json, now, status)?;
        Ok(())
    }

    fn current_interpreter(&self, id: &str) -> Result<Option<String>> {
        Ok(self
            .store
            .language_timeline(id)?
            .last()
            .and_then(|e| e.interpreter_id.clone()))
    }

    /// Switches the interview language (an event in the timeline, with the interpreter).
    pub fn switch_language(
        &mut self,
        id: &str,
        to: Locale,
        interpreter_id: Option<&str>,
        now: i64,
    ) -> Result<ScreenDto> {
        self.check_questionnaire(id)?;
        self.check_interpreter(interpreter_id)?;
        let current = self.current_interpreter(id)?;
        // Another interpreter (not none, not the same one): her acceptance and the new
        // interpreter's declarations are asked again before the interview goes on.
        let change = match interpreter_id {
            Some(new) if current.as_deref() != Some(new) => {
                let mut state = self.state(id)?;
                let event = engine::change_interpreter(&self.questionnaire, &mut state, new);
                Some(
                    serde_json::to_string(&event)
                        .map_err(|e| FieldError::Damaged(e.to_string()))?,
                )
            }
            _ => None,
        };
        let reask = &self.questionnaire.interpreter_reask;
        self.store.switch_interview_language_and_interpreter(
            id,
            to.tag(),
            interpreter_id,
            now,
            change
                .as_deref()
                .map(|event_json| lantern_store::InterpreterChange { reask, event_json }),
        )?;
        self.editing.remove(id);
        self.screen(id)
    }

    /// STOP: the record becomes partial with the reason; the interview can be resumed.
    pub fn stop(&mut self, id: &str, reason: StopReason, now: i64) -> Result<ScreenDto> {
        let mut state = self.state(id)?;
        engine::stop(&mut state, reason);
        self.push_event(
            id,
            &Event::Stopped { reason },
            now,
            Some((InterviewStatus::Stopped, Some(store_status(reason)))),
        )?;
        self.editing.remove(id);
        self.screen_for(id, &state)
    }

    pub fn resume(&mut self, id: &str, now: i64) -> Result<ScreenDto> {
        let mut state = self.state(id)?;
        if state.stopped().is_some() {
            self.push_event(
                id,
                &Event::Resumed,
                now,
                Some((InterviewStatus::Draft, None)),
            )?;
        }
        engine::resume(&mut state);
        self.screen_for(id, &state)
    }

    /// Adds another instance of a repeatable group (another journey leg).
    pub fn add_instance(&mut self, id: &str, group: &str, now: i64) -> Result<ScreenDto> {
        let mut state = self.state(id)?;
        engine::add_instance(&self.questionnaire, &mut state, group)?;
        self.push_event(
            id,
            &Event::InstanceAdded {
                group: group.to_owned(),
            },
            now,
            None,
        )?;
        self.screen_for(id, &state)
    }

    pub fn close_group(&mut self, id: &str, group: &str, now: i64) -> Result<ScreenDto> {
        let mut state = self.state(id)?;
        engine::close_group(&self.questionnaire, &mut state, group)?;
        self.push_event(
            id,
            &Event::GroupClosed {
                group: group.to_owned(),
            },
            now,
            None,
        )?;
        self.screen_for(id, &state)
    }

    /// Opens an earlier, answered question for editing.
    pub fn edit(&mut self, id: &str, key: AnswerKey) -> Result<ScreenDto> {
        let state = self.state(id)?;
        if !state.answers.contains_key(&key) {
            return Err(FieldError::Store(lantern_store::StoreError::NotFound(
                key.to_string(),
            )));
        }
        self.editing.insert(id.to_owned(), key);
        self.screen(id)
    }

    /// Goes back to the answer given before the one on screen (in the order they were given).
    pub fn go_back(&mut self, id: &str) -> Result<ScreenDto> {
        let order = self.answer_order(id)?;
        let target = match self.editing.get(id) {
            Some(current) => order
                .iter()
                .position(|k| k == current)
                .and_then(|i| i.checked_sub(1))
                .map(|i| order[i].clone()),
            None => order.last().cloned(),
        };
        if let Some(k) = target {
            self.editing.insert(id.to_owned(), k);
        }
        self.screen(id)
    }

    fn answer_order(&self, id: &str) -> Result<Vec<AnswerKey>> {
        let state = self.state(id)?;
        let eval = engine::Evaluation::new(&self.questionnaire, &state);
        Ok(self
            .store
            .all_answers(id)?
            .into_iter()
            .map(|s| self.stored_key(&s.record.question_id, s.record.instance))
            .filter(|k| eval.is_applicable(k))
            .collect())
    }

    /// The screen to show now: the question open for editing, or the engine's next screen.
    pub fn screen(&self, id: &str) -> Result<ScreenDto> {
        let state = self.state(id)?;
        self.screen_for(id, &state)
    }

    /// The screen for a state the caller already holds: after a write, the engine's updated
    /// state is exactly what the store now holds, so it is not read back again.
    fn screen_for(&self, id: &str, state: &InterviewState) -> Result<ScreenDto> {
        let interview = self.interview_locale(id)?;
        let t = self.texts(interview);
        let q = &*self.questionnaire;
        let view = engine::render_screen(q, state);
        let editing = self.editing.get(id).filter(|k| {
            engine::Evaluation::new(q, state).is_applicable(k) && state.stopped().is_none()
        });
        let (kind, question_view) = match (editing, &view.screen) {
            (Some(k), _) => (ScreenKind::Question, engine::render_question(q, state, k)),
            (None, Screen::Question { .. }) => (ScreenKind::Question, view.question.clone()),
            (None, Screen::Gate { .. }) => (ScreenKind::Gate, None),
            (None, Screen::RepeatPrompt { .. }) => (ScreenKind::RepeatPrompt, None),
            (None, Screen::Stopped { .. }) => (ScreenKind::Stopped, None),
            (None, Screen::Complete) => (ScreenKind::Complete, None),
        };
        let question = question_view.as_ref().map(|qv| question_dto(&t, qv));
        let gate = if kind == ScreenKind::Gate {
            view.gate.as_ref().map(|g| GateDto {
                id: g.id.clone(),
                message: t.bilingual(&g.message_id, true),
            })
        } else {
            None
        };
        let repeat = if kind == ScreenKind::RepeatPrompt {
            view.repeat.as_ref().map(|r| RepeatDto {
                group: r.group.clone(),
                prompt: t.bilingual_args(
                    &r.add_id,
                    Some(&MessageArgs::new().number("count", i64::from(r.instances))),
                    false,
                ),
                add_label: t.ui("ui-repeat-add"),
                done_label: t.ui("ui-repeat-done"),
                instances: r.instances,
            })
        } else {
            None
        };
        let child_pathway = view.flags.iter().any(|f| f == "child_pathway");
        // The child pathway has its own flag (the UI gives it a dedicated banner); `banners` is for
        // other notices.
        let banners = Vec::new();
        Ok(ScreenDto {
            interview_id: id.to_owned(),
            kind,
            question,
            gate,
            repeat,
            stop_reason: view.stop_reason,
            progress: ProgressDto {
                answered: view.progress.answered,
                applicable: view.progress.applicable,
            },
            banners,
            child_pathway,
            interface_locale: self.interface,
            interview_locale: interview,
            interview_locale_draft: self.localizer.is_draft(interview),
            interpreter_id: self.current_interpreter(id)?,
            languages: t.locales(),
            can_go_back: !state.answers.is_empty() && state.stopped().is_none(),
            emergency: self.emergency_view(Some(state), &t),
            emergency_alert: Vec::new(),
        })
    }

    /// The emergency panel: reachable from every screen, also with no interview open.
    pub fn emergency(&self, id: Option<&str>) -> Result<EmergencyDto> {
        let state = match id {
            Some(id) => Some(self.state(id)?),
            None => None,
        };
        let interview = match id {
            Some(id) => self.interview_locale(id)?,
            None => self.interface,
        };
        Ok(self.emergency_view(state.as_ref(), &self.texts(interview)))
    }

    fn emergency_view(&self, state: Option<&InterviewState>, t: &Texts<'_>) -> EmergencyDto {
        emergency_panel(&self.questionnaire, &self.directory, state, t)
    }

    /// Interviews for the home screen.
    /// The home screen's "central office" panel: where this device stands with the office,
    /// with its counts in words.
    pub fn office(&mut self, outbox: &std::path::Path, now: i64) -> Result<OfficeView> {
        let office = crate::sync::office(&mut self.store, outbox, now)?;
        let t = self.texts(self.interface);
        let count =
            |id: &str, n: usize| t.ui_args(id, &MessageArgs::new().number("count", n as i64));
        let mut lines = vec![count("ui-office-due", office.due)];
        if office.identity_withheld > 0 {
            lines.push(count(
                "ui-office-identity-withheld",
                office.identity_withheld,
            ));
        }
        if office.consent_changes > 0 {
            lines.push(count("ui-office-consent-changes", office.consent_changes));
        }
        if office.waiting_bundles > 0 {
            lines.push(count("ui-office-waiting", office.waiting_bundles));
        }
        let connected = office.enrolment.as_ref().map(|e| {
            t.ui_args(
                "ui-office-connected",
                &MessageArgs::new().text("node", e.node_id.clone()),
            )
        });
        Ok(OfficeView {
            office,
            connected,
            lines,
        })
    }

    /// What "Send now" did, in words.
    pub fn sent_notice(&self, sent: &crate::online::OnlineSync) -> Text {
        let t = self.texts(self.interface);
        if sent.sent == 0 {
            return t.ui("ui-office-nothing-sent");
        }
        t.ui_args(
            "ui-office-sent",
            &MessageArgs::new()
                .number("sent", sent.sent as i64)
                .number("acknowledged", sent.acknowledged as i64)
                .number("purged", sent.purged as i64),
        )
    }

    /// What a write to a folder did, in words.
    pub fn written_notice(&self, written: &crate::sync::Exported) -> Text {
        self.texts(self.interface).ui_args(
            "ui-office-written",
            &MessageArgs::new()
                .text("file", written.path.display().to_string())
                .number("records", written.records as i64),
        )
    }

    /// What reading receipt files did, in words.
    pub fn receipts_notice(&self, applied: usize, purged: usize) -> Text {
        self.texts(self.interface).ui_args(
            "ui-office-receipts-applied",
            &MessageArgs::new()
                .number("applied", applied as i64)
                .number("purged", purged as i64),
        )
    }

    pub fn home(&self) -> Result<HomeDto> {
        let mut home = HomeDto {
            drafts: Vec::new(),
            finished: Vec::new(),
            exported: Vec::new(),
            interpreters: self.store.interpreters()?,
        };
        for s in self.store.interviews()? {
            // Only open interviews need the engine's progress; rebuilding every finished
            // interview's state would make the home screen cost all answers ever recorded.
            let open = matches!(s.status, InterviewStatus::Draft | InterviewStatus::Stopped);
            let closed = ProgressDto {
                answered: s.answer_count as usize,
                applicable: s.answer_count as usize,
            };
            let progress = match open.then(|| self.state(&s.interview_id)) {
                None => closed,
                Some(Ok(state)) => {
                    let p = engine::progress(&self.questionnaire, &state);
                    ProgressDto {
                        answered: p.answered,
                        applicable: p.applicable,
                    }
                }
                // A damaged draft still gets its card (opening it shows the error); the list
                // must not fail because of one record.
                Some(Err(_)) => ProgressDto {
                    answered: s.answer_count as usize,
                    applicable: 0,
                },
            };
            let card = InterviewCard {
                short_label: short_label(&s.interview_id),
                id: s.interview_id,
                status: s.status,
                started_at: s.started_at,
                updated_at: s.updated_at,
                progress,
                interview_locale: s.interview_locale,
            };
            match card.status {
                InterviewStatus::Draft | InterviewStatus::Stopped => home.drafts.push(card),
                InterviewStatus::Finished => home.finished.push(card),
                InterviewStatus::Exported | InterviewStatus::Purged => home.exported.push(card),
            }
        }
        Ok(home)
    }

    /// Her consent per purpose on interview `id`, as it stands (withdrawals included).
    pub fn consent(&self, id: &str) -> Result<ConsentDto> {
        self.consent_dto(id, None)
    }

    /// She withdraws `purpose` on interview `id` (any status, purged included): recorded now,
    /// sent as a `consent` record with the next export ([`crate::consent::withdraw_consent`]).
    pub fn withdraw_consent(
        &mut self,
        id: &str,
        purpose: lantern_store::ConsentPurpose,
        now: i64,
    ) -> Result<ConsentDto> {
        let done = crate::consent::withdraw_consent(&mut self.store, id, purpose, None, now)?;
        let t = self.texts(self.interface);
        let args = MessageArgs::new().text("purpose", t.ui(&purpose_message(purpose)).text);
        let notice = if !done.recorded {
            t.ui_args("ui-consent-already-no", &args)
        } else if matches!(
            purpose,
            lantern_store::ConsentPurpose::Assistance | lantern_store::ConsentPurpose::Sharing
        ) {
            t.ui_args("ui-consent-withdrawn-identity", &args)
        } else {
            t.ui_args("ui-consent-withdrawn", &args)
        };
        self.consent_dto(id, Some(notice))
    }

    fn consent_dto(&self, id: &str, notice: Option<Text>) -> Result<ConsentDto> {
        crate::consent::interview_summary(&self.store, id)?;
        let summary = self.store.consent_summary(id)?;
        let t = self.texts(self.interface);
        let purposes = lantern_store::ConsentPurpose::ALL
            .into_iter()
            .map(|purpose| {
                let value = summary.get(purpose);
                ConsentPurposeDto {
                    purpose,
                    name: t.ui(&purpose_message(purpose)),
                    value,
                    value_text: t.ui(match value {
                        lantern_store::sync::ConsentValue::Yes => "ui-consent-value-yes",
                        lantern_store::sync::ConsentValue::No => "ui-consent-value-no",
                        lantern_store::sync::ConsentValue::Unknown => "ui-consent-value-unknown",
                    }),
                    withdrawable: value != lantern_store::sync::ConsentValue::No,
                }
            })
            .collect();
        Ok(ConsentDto {
            interview_id: id.to_owned(),
            short_label: short_label(id),
            purposes,
            identity_travels: summary.identity_travels(),
            notice,
        })
    }

    /// All recorded answers in questionnaire order, with their texts, for review before finishing.
    pub fn review(&self, id: &str) -> Result<ReviewDto> {
        let state = self.state(id)?;
        let t = self.texts(self.interview_locale(id)?);
        // The same texts with the interview language as the interface, for her side.
        let hers = Texts {
            interface: t.interview,
            ..t
        };
        let q = &*self.questionnaire;
        Ok(ReviewDto {
            interview_id: id.to_owned(),
            items: answer_items(q, &t, Some(&hers), &state),
            complete: matches!(engine::next_screen(q, &state), Screen::Complete),
        })
    }

    /// Marks the interview finished and returns the assessment (for the worker, after the
    /// interviewee has left the screen).
    pub fn finish(&mut self, id: &str, now: i64) -> Result<AssessmentDto> {
        let state = self.state(id)?;
        if !matches!(
            engine::next_screen(&self.questionnaire, &state),
            Screen::Complete
        ) {
            return Err(FieldError::NotComplete);
        }
        self.store
            .set_interview_status(id, InterviewStatus::Finished, None, now)?;
        self.editing.remove(id);
        self.assessment(id, now)
    }

    /// The assessment of an interview's current answers, explained.
    pub fn assessment(&self, id: &str, now: i64) -> Result<AssessmentDto> {
        let state = self.state(id)?;
        let q = &*self.questionnaire;
        let record = engine::record(q, &state);
        let a = assessment::assess_observations(&record.observations)
            .map_err(|e| FieldError::Assessment(e.to_string()))?;
        let t = self.texts(self.interface);
        let catalogue = assessment::Catalogue::embedded();
        let dimensions = [
            Dimension::DR,
            Dimension::CR,
            Dimension::AVR,
            Dimension::EXP,
            Dimension::COD,
            Dimension::AVD,
        ]
        .into_iter()
        .map(|d| {
            let id = format!("{d:?}");
            DimensionDto {
                name: t.ui(&format!("dimension-{id}")),
                state: a
                    .dimensions
                    .get(&d)
                    .copied()
                    .unwrap_or(assessment::Status::Unresolved),
                id,
            }
        })
        .collect();
        let indicators = a
            .indicators_found
            .iter()
            .map(|f| IndicatorDto {
                id: f.id.clone(),
                label: t.ui(&catalogue
                    .get(&f.id)
                    .map(|i| i.label.clone())
                    .unwrap_or_else(|| format!("ind-{}", f.id))),
                tier: f.tier.map(|tier| t.ui(tier.message_id())),
                dimension: format!("{:?}", f.dimension),
                counted: f.counted,
                evidence: f
                    .evidence
                    .iter()
                    .filter_map(|qid| q.question(qid).map(|qq| t.ui(&qq.text_id)))
                    .collect(),
            })
            .collect();
        let flags = &record.flags;
        let conflict_of_interest = flags.iter().any(|f| f == "conflict_of_interest");
        let interview_locale = self.interview_locale(id)?;
        let child = a.profile == assessment::Profile::Child;
        let wanted = wanted_services(&state, child);
        let mut referrals: Vec<_> = self
            .directory
            .entries
            .iter()
            // Conflict of interest: implicated police or peacekeeping units are left out.
            .filter(|e| !(conflict_of_interest && e.law_enforcement))
            .filter(|e| child || !e.services.iter().all(|s| s == "child_protection"))
            .filter(|e| wanted.is_empty() || e.services.iter().any(|s| wanted.contains(s.as_str())))
            .collect();
        // Her language first, then entries verified within the year.
        referrals.sort_by_key(|e| {
            (
                !e.languages.iter().any(|l| l == interview_locale.tag()),
                directory::is_stale(e, now),
                e.organisation.clone(),
            )
        });
        let rights = rights_items(q, &state, &t);
        let emergencies = {
            let shown = state.emergency_shown();
            q.emergency
                .items
                .iter()
                .filter(|i| shown.contains(&i.id) || record.emergency.contains(&i.id))
                .map(|i| EmergencyFlagDto {
                    id: i.id.clone(),
                    label: t.ui(&i.label_id),
                    shown: shown.contains(&i.id),
                })
                .collect()
        };
        Ok(AssessmentDto {
            interview_id: id.to_owned(),
            emergencies,
            profile: a.profile,
            result: a.result,
            result_text: t.ui(a.result_message),
            dimensions,
            indicators,
            // The unverified-catalogue notice has its own field, and the screen always states that
            // this is a screening; the remaining notices are specific to this result.
            notices: a
                .notices
                .iter()
                .filter(|n| {
                    ![
                        assessment::NOTICE_CATALOGUE_NOT_VERIFIED,
                        assessment::NOTICE_SCREENING_ONLY,
                    ]
                    .contains(n)
                })
                .map(|n| t.ui(n))
                .collect(),
            rule_version: a.rule_version.to_owned(),
            catalogue_version: a.catalogue_version.clone(),
            catalogue_unverified_notice: (!a.catalogue_verified)
                .then(|| t.ui("ui-catalogue-unverified")),
            rights,
            referrals: referrals
                .into_iter()
                .map(|e| ReferralDto {
                    organisation: e.organisation.clone(),
                    services: e
                        .services
                        .iter()
                        .map(|s| t.ui(&format!("service-{}", s.replace('_', "-"))))
                        .collect(),
                    languages: e.languages.clone(),
                    phone: e.phone.clone(),
                    area: e.area.clone(),
                    last_verified: e.last_verified.clone(),
                    stale: directory::is_stale(e, now),
                    example: self.directory.example,
                })
                .collect(),
            directory_is_example: self.directory.example,
            conflict_of_interest,
            language_timeline: self
                .store
                .language_timeline(id)?
                .into_iter()
                .map(|e| TimelineDto {
                    at: e.at,
                    from: e.from_locale,
                    to: e.to_locale,
                    interpreter_id: e.interpreter_id,
                })
                .collect(),
        })
    }
}

/// Directory service tags matching her stated wishes (W1 what she wants now, W5 referrals she
/// accepts). Empty: no stated wish, so every service is suggested.
fn wanted_services(
    state: &InterviewState,
    child: bool,
) -> std::collections::BTreeSet<&'static str> {
    let mut wanted = std::collections::BTreeSet::new();
    let mut add = |opt: &str| {
        let tags: &[&'static str] = match opt {
            "safe_place" | "shelter" | "stay_here" => &["shelter"],
            "go_home" | "iom" => &["return"],
            "doctor" | "health" => &["medical"],
            "lawyer" | "legal_aid" => &["legal"],
            "social_work" | "contact_family" | "time_to_think" => &["counselling", "helpline"],
            _ => &[],
        };
        wanted.extend(tags.iter().copied());
    };
    for q in ["W1", "W5"] {
        if let Some(Answer {
            value: AnswerValue::Choices(cs),
            ..
        }) = state.answers.get(&AnswerKey::new(q))
        {
            cs.iter().for_each(|c| add(c));
        }
    }
    // A child always gets child protection, also when she named no wish (or declined the
    // interview before any was asked).
    if child {
        wanted.insert("child_protection");
    }
    // Emergency and helpline numbers are always worth giving.
    if !wanted.is_empty() {
        wanted.insert("helpline");
        wanted.insert("emergency");
    }
    wanted
}

/// The rights checklist: each right (RIn) explained or not, and whether she said she understood
/// (RInu).
fn rights_items(q: &Questionnaire, state: &InterviewState, t: &Texts<'_>) -> Vec<RightDto> {
    q.questions
        .iter()
        .filter(|question| {
            question.id.len() > 2
                && question.id.starts_with("RI")
                && question.id[2..].chars().all(|c| c.is_ascii_digit())
        })
        .map(|question| {
            let explained = matches!(
                state.answers.get(&AnswerKey::new(question.id.clone())),
                Some(Answer {
                    value: AnswerValue::YesNo(YesNo::Yes),
                    ..
                })
            );
            let understood = match state
                .answers
                .get(&AnswerKey::new(format!("{}u", question.id)))
            {
                Some(Answer {
                    value: AnswerValue::YesNo(YesNo::Yes),
                    ..
                }) => "yes",
                Some(Answer {
                    value: AnswerValue::YesNo(YesNo::No),
                    ..
                }) => "no",
                _ => "unknown",
            };
            RightDto {
                id: question.id.clone(),
                label: t.ui(&question.text_id),
                explained,
                understood: understood.to_owned(),
            }
        })
        .collect()
}
