//! Interviews, their answers, language timeline and consent records. Every write is one
//! transaction that also bumps the interview's revision and appends to the audit log, and it
//! has committed (WAL, synchronous = FULL) before the call returns.

use rusqlite::{OptionalExtension, Transaction, params};
use serde::{Deserialize, Serialize};

use crate::audit;
use crate::error::{Result, StoreError};
use crate::keys;
use crate::profile::Store;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum InterviewStatus {
    Draft,
    Stopped,
    Finished,
    Exported,
    Purged,
}

impl InterviewStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Draft => "draft",
            Self::Stopped => "stopped",
            Self::Finished => "finished",
            Self::Exported => "exported",
            Self::Purged => "purged",
        }
    }
    fn parse(s: &str) -> Result<Self> {
        Ok(match s {
            "draft" => Self::Draft,
            "stopped" => Self::Stopped,
            "finished" => Self::Finished,
            "exported" => Self::Exported,
            "purged" => Self::Purged,
            other => return Err(StoreError::Invalid(format!("interview status {other}"))),
        })
    }
}

/// Why an interview was stopped before the end.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum StopReason {
    Interviewee,
    Safety,
    Interruption,
}

impl StopReason {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Interviewee => "interviewee",
            Self::Safety => "safety",
            Self::Interruption => "interruption",
        }
    }
    fn parse(s: &str) -> Result<Self> {
        Ok(match s {
            "interviewee" => Self::Interviewee,
            "safety" => Self::Safety,
            "interruption" => Self::Interruption,
            other => return Err(StoreError::Invalid(format!("stop reason {other}"))),
        })
    }
}

/// The state of an answer. "Don't know" is `Unknown` and "declined" is `Declined`; neither is
/// ever "no".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AnswerState {
    Present,
    Absent,
    Unknown,
    Declined,
}

impl AnswerState {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Present => "present",
            Self::Absent => "absent",
            Self::Unknown => "unknown",
            Self::Declined => "declined",
        }
    }
    fn parse(s: &str) -> Result<Self> {
        Ok(match s {
            "present" => Self::Present,
            "absent" => Self::Absent,
            "unknown" => Self::Unknown,
            "declined" => Self::Declined,
            other => return Err(StoreError::Invalid(format!("answer state {other}"))),
        })
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewInterview {
    pub questionnaire_id: String,
    pub questionnaire_version: String,
    pub interface_locale: String,
    pub interview_locale: String,
    pub earlier_interview_id: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct InterviewSummary {
    pub interview_id: String,
    pub questionnaire_id: String,
    pub questionnaire_version: String,
    pub status: InterviewStatus,
    pub stop_reason: Option<StopReason>,
    pub interface_locale: String,
    pub interview_locale: String,
    pub started_at: i64,
    pub updated_at: i64,
    pub revision: i64,
    pub answer_count: i64,
}

/// An answer as saved. `value` is the caller's JSON form of the answer (required when `state` is
/// `Present`; for unknown and declined it may carry how that was recorded).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AnswerRecord {
    pub question_id: String,
    pub instance: u32,
    pub value: Option<serde_json::Value>,
    pub state: AnswerState,
    pub asked_in_locale: String,
    pub locale_fallback: bool,
    pub interpreter_id: Option<String>,
    pub recorded_at: i64,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct StoredAnswer {
    #[serde(flatten)]
    pub record: AnswerRecord,
    /// Monotonic order in which answers were given in this interview.
    pub seq: i64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LanguageEvent {
    pub seq: i64,
    pub at: i64,
    pub from_locale: Option<String>,
    pub to_locale: String,
    pub interpreter_id: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ConsentPurpose {
    Assistance,
    Sharing,
    Police,
    Statistics,
}

impl ConsentPurpose {
    pub const ALL: [Self; 4] = [
        Self::Assistance,
        Self::Sharing,
        Self::Police,
        Self::Statistics,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Assistance => "assistance",
            Self::Sharing => "sharing",
            Self::Police => "police",
            Self::Statistics => "statistics",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ConsentState {
    Given,
    Refused,
    Revoked,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ConsentRecord {
    pub purpose: ConsentPurpose,
    pub state: ConsentState,
    pub locale: String,
    pub recorded_at: i64,
}

fn enum_str<T: Serialize>(v: &T) -> String {
    match serde_json::to_value(v) {
        Ok(serde_json::Value::String(s)) => s,
        _ => String::new(),
    }
}

fn enum_parse<T: for<'de> Deserialize<'de>>(s: &str) -> Result<T> {
    serde_json::from_value(serde_json::Value::String(s.to_owned()))
        .map_err(|_| StoreError::Invalid(format!("unexpected value {s}")))
}

impl Store {
    /// Starts an interview; its language timeline begins with the interview language.
    pub fn create_interview(
        &mut self,
        new: &NewInterview,
        interpreter_id: Option<&str>,
        now: i64,
    ) -> Result<String> {
        let id = format!("int-{}", keys::random_hex(16)?);
        let tx = self.conn.transaction()?;
        tx.execute(
            "INSERT INTO interview (interview_id, questionnaire_id, questionnaire_version, status, interface_locale,
                                    interview_locale, earlier_interview_id, started_at, updated_at)
             VALUES (?1, ?2, ?3, 'draft', ?4, ?5, ?6, ?7, ?7)",
            params![id, new.questionnaire_id, new.questionnaire_version, new.interface_locale, new.interview_locale, new.earlier_interview_id, now],
        )?;
        tx.execute(
            "INSERT INTO language_event (interview_id, seq, at, from_locale, to_locale, interpreter_id)
             VALUES (?1, 1, ?2, NULL, ?3, ?4)",
            params![id, now, new.interview_locale, interpreter_id],
        )?;
        audit::append(&tx, now, "interview.created", &id, "")?;
        tx.commit()?;
        Ok(id)
    }

    /// Saves one answer in its own transaction (insert or replace), returning its sequence number.
    pub fn save_answer(&mut self, interview_id: &str, a: &AnswerRecord) -> Result<i64> {
        let value = answer_value(a)?;
        let tx = self.conn.transaction()?;
        ensure_editable(&tx, interview_id)?;
        let seq = insert_answer(&tx, interview_id, a, value.as_deref())?;
        tx.commit()?;
        Ok(seq)
    }

    /// Saves several answers in one transaction, exactly as if each had been given to
    /// [`Store::save_answer`] in order (same rows, sequence numbers and audit entries), but
    /// committed once: all of them or none. For carrying answers over from an earlier interview
    /// and for loading benchmark data.
    pub fn save_answers(
        &mut self,
        interview_id: &str,
        answers: &[AnswerRecord],
    ) -> Result<Vec<i64>> {
        let values = answers
            .iter()
            .map(answer_value)
            .collect::<Result<Vec<_>>>()?;
        let tx = self.conn.transaction()?;
        ensure_editable(&tx, interview_id)?;
        let mut seqs = Vec::with_capacity(answers.len());
        for (a, value) in answers.iter().zip(&values) {
            seqs.push(insert_answer(&tx, interview_id, a, value.as_deref())?);
        }
        tx.commit()?;
        Ok(seqs)
    }

    /// Saves one answer to a question of sensitivity `identity` in its own transaction: into
    /// `identity_answer`, never into `answer` (any case row of the same question goes). The
    /// sequence number continues the interview's one answer order.
    pub fn save_identity_answer(&mut self, interview_id: &str, a: &AnswerRecord) -> Result<i64> {
        let value = answer_value(a)?;
        let tx = self.conn.transaction()?;
        ensure_editable(&tx, interview_id)?;
        let seq = insert_into(
            &tx,
            AnswerTable::Identity,
            interview_id,
            a,
            value.as_deref(),
        )?;
        tx.commit()?;
        Ok(seq)
    }

    /// The case answers (table `answer`), in the order given. Identity answers are not among
    /// them: see [`Store::identity_answers`].
    pub fn answers(&self, interview_id: &str) -> Result<Vec<StoredAnswer>> {
        self.read_answers(AnswerTable::Case, interview_id)
    }

    /// The answers to questions of sensitivity `identity`, in the order given.
    pub fn identity_answers(&self, interview_id: &str) -> Result<Vec<StoredAnswer>> {
        self.read_answers(AnswerTable::Identity, interview_id)
    }

    /// Case and identity answers together, in the one order they were given: what the engine
    /// needs to rebuild an interview on the device.
    pub fn all_answers(&self, interview_id: &str) -> Result<Vec<StoredAnswer>> {
        let mut all = self.answers(interview_id)?;
        all.extend(self.identity_answers(interview_id)?);
        all.sort_by_key(|a| a.seq);
        Ok(all)
    }

    /// Moves the `answer` rows of the given questions (those of sensitivity `identity`, which
    /// only the questionnaire knows) into `identity_answer`, keeping seq, locale and interpreter,
    /// in one transaction. Idempotent: a second call finds nothing. Each interview touched gets
    /// a new revision (its case record changed: the central office should get the one without
    /// identity) and an audit entry naming the count, never the content. Returns the interviews.
    pub fn move_identity_answers(
        &mut self,
        question_ids: &[&str],
        now: i64,
    ) -> Result<Vec<String>> {
        let tx = self.conn.transaction()?;
        let ids =
            serde_json::to_string(question_ids).map_err(|e| StoreError::Invalid(e.to_string()))?;
        let moved: Vec<(String, i64)> = {
            let mut stmt = tx.prepare(
                "SELECT interview_id, count(*) FROM answer
                 WHERE question_id IN (SELECT value FROM json_each(?1))
                 GROUP BY interview_id ORDER BY interview_id",
            )?;
            let rows = stmt.query_map([&ids], |r| Ok((r.get(0)?, r.get(1)?)))?;
            rows.collect::<rusqlite::Result<_>>()?
        };
        if moved.is_empty() {
            return Ok(Vec::new());
        }
        // On a clash the later answer (higher seq) wins, as it would have on the device.
        tx.execute(
            "INSERT INTO identity_answer (interview_id, question_id, instance, value, state,
                    asked_in_locale, locale_fallback, interpreter_id, seq, recorded_at)
             SELECT interview_id, question_id, instance, value, state, asked_in_locale,
                    locale_fallback, interpreter_id, seq, recorded_at
             FROM answer WHERE question_id IN (SELECT value FROM json_each(?1))
             ON CONFLICT (interview_id, question_id, instance) DO UPDATE SET
               value = excluded.value, state = excluded.state,
               asked_in_locale = excluded.asked_in_locale,
               locale_fallback = excluded.locale_fallback,
               interpreter_id = excluded.interpreter_id, seq = excluded.seq,
               recorded_at = excluded.recorded_at
             WHERE excluded.seq > identity_answer.seq",
            [&ids],
        )?;
        tx.execute(
            "DELETE FROM answer WHERE question_id IN (SELECT value FROM json_each(?1))",
            [&ids],
        )?;
        for (id, n) in &moved {
            tx.execute(
                "UPDATE interview SET revision = revision + 1 WHERE interview_id = ?1",
                [id],
            )?;
            audit::append(&tx, now, "identity.kept_apart", id, &format!("{n} answers"))?;
        }
        tx.commit()?;
        Ok(moved.into_iter().map(|(id, _)| id).collect())
    }

    fn read_answers(&self, table: AnswerTable, interview_id: &str) -> Result<Vec<StoredAnswer>> {
        let mut stmt = self.conn.prepare(&format!(
            "SELECT question_id, instance, value, state, asked_in_locale, locale_fallback, interpreter_id, recorded_at, seq
             FROM {} WHERE interview_id = ?1 ORDER BY seq",
            table.name()
        ))?;
        let rows = stmt.query_map([interview_id], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, u32>(1)?,
                r.get::<_, Option<String>>(2)?,
                r.get::<_, String>(3)?,
                r.get::<_, String>(4)?,
                r.get::<_, bool>(5)?,
                r.get::<_, Option<String>>(6)?,
                r.get::<_, i64>(7)?,
                r.get::<_, i64>(8)?,
            ))
        })?;
        let mut out = Vec::new();
        for row in rows {
            let (
                question_id,
                instance,
                value,
                state,
                asked_in_locale,
                locale_fallback,
                interpreter_id,
                recorded_at,
                seq,
            ) = row?;
            let value = match value {
                Some(v) => {
                    Some(serde_json::from_str(&v).map_err(|e| StoreError::Invalid(e.to_string()))?)
                }
                None => None,
            };
            out.push(StoredAnswer {
                record: AnswerRecord {
                    question_id,
                    instance,
                    value,
                    state: AnswerState::parse(&state)?,
                    asked_in_locale,
                    locale_fallback,
                    interpreter_id,
                    recorded_at,
                },
                seq,
            });
        }
        Ok(out)
    }

    /// Records a switch of the interview language (an event in the timeline).
    pub fn switch_interview_language(
        &mut self,
        interview_id: &str,
        to_locale: &str,
        interpreter_id: Option<&str>,
        at: i64,
    ) -> Result<LanguageEvent> {
        self.switch_interview_language_and_interpreter(
            interview_id,
            to_locale,
            interpreter_id,
            at,
            None,
        )
    }

    /// [`Store::switch_interview_language`], and when another interpreter joins, in the same
    /// transaction: the answers to be asked again are deleted (their earlier values travel in
    /// the interview event, `event_json`) and the event is appended. A crash leaves either the
    /// switch with the answers to ask again, or neither.
    pub fn switch_interview_language_and_interpreter(
        &mut self,
        interview_id: &str,
        to_locale: &str,
        interpreter_id: Option<&str>,
        at: i64,
        interpreter_change: Option<InterpreterChange<'_>>,
    ) -> Result<LanguageEvent> {
        let tx = self.conn.transaction()?;
        ensure_editable(&tx, interview_id)?;
        if let Some(change) = interpreter_change {
            for question in change.reask {
                tx.execute(
                    "DELETE FROM answer WHERE interview_id = ?1 AND question_id = ?2 AND instance = 0",
                    params![interview_id, question],
                )?;
            }
            insert_interview_event(&tx, interview_id, at, change.event_json)?;
            audit::append(&tx, at, "interview.interpreter_changed", interview_id, "")?;
        }
        let (seq, from): (i64, Option<String>) = tx.query_row(
            "SELECT coalesce(max(seq), 0) + 1,
                    (SELECT to_locale FROM language_event WHERE interview_id = ?1 ORDER BY seq DESC LIMIT 1)
             FROM language_event WHERE interview_id = ?1",
            [interview_id],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )?;
        tx.execute(
            "INSERT INTO language_event (interview_id, seq, at, from_locale, to_locale, interpreter_id)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            params![interview_id, seq, at, from, to_locale, interpreter_id],
        )?;
        tx.execute(
            "UPDATE interview SET interview_locale = ?2 WHERE interview_id = ?1",
            params![interview_id, to_locale],
        )?;
        touch(&tx, interview_id, at)?;
        audit::append(
            &tx,
            at,
            "interview.language_switched",
            interview_id,
            to_locale,
        )?;
        tx.commit()?;
        Ok(LanguageEvent {
            seq,
            at,
            from_locale: from,
            to_locale: to_locale.to_owned(),
            interpreter_id: interpreter_id.map(str::to_owned),
        })
    }

    pub fn language_timeline(&self, interview_id: &str) -> Result<Vec<LanguageEvent>> {
        let mut stmt = self.conn.prepare(
            "SELECT seq, at, from_locale, to_locale, interpreter_id FROM language_event
             WHERE interview_id = ?1 ORDER BY seq",
        )?;
        let rows = stmt.query_map([interview_id], |r| {
            Ok(LanguageEvent {
                seq: r.get(0)?,
                at: r.get(1)?,
                from_locale: r.get(2)?,
                to_locale: r.get(3)?,
                interpreter_id: r.get(4)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    pub fn record_consent(&mut self, interview_id: &str, c: &ConsentRecord) -> Result<()> {
        let purpose = enum_str(&c.purpose);
        let tx = self.conn.transaction()?;
        ensure_editable(&tx, interview_id)?;
        let seq: i64 = tx.query_row(
            "SELECT coalesce(max(seq), 0) + 1 FROM consent WHERE interview_id = ?1 AND purpose = ?2",
            params![interview_id, purpose],
            |r| r.get(0),
        )?;
        tx.execute(
            "INSERT INTO consent (interview_id, purpose, seq, state, locale, recorded_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            params![interview_id, purpose, seq, enum_str(&c.state), c.locale, c.recorded_at],
        )?;
        touch(&tx, interview_id, c.recorded_at)?;
        audit::append(
            &tx,
            c.recorded_at,
            "consent.recorded",
            interview_id,
            &purpose,
        )?;
        tx.commit()?;
        Ok(())
    }

    /// Consent history, oldest first; the last row per purpose is the one in force.
    pub fn consents(&self, interview_id: &str) -> Result<Vec<ConsentRecord>> {
        let mut stmt = self.conn.prepare(
            "SELECT purpose, state, locale, recorded_at FROM consent WHERE interview_id = ?1 ORDER BY recorded_at, purpose, seq",
        )?;
        let rows = stmt.query_map([interview_id], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, String>(2)?,
                r.get::<_, i64>(3)?,
            ))
        })?;
        let mut out = Vec::new();
        for row in rows {
            let (p, s, locale, recorded_at) = row?;
            out.push(ConsentRecord {
                purpose: enum_parse(&p)?,
                state: enum_parse(&s)?,
                locale,
                recorded_at,
            });
        }
        Ok(out)
    }

    /// Marks an interview stopped (with a reason), finished, or back to draft.
    pub fn set_interview_status(
        &mut self,
        interview_id: &str,
        status: InterviewStatus,
        stop_reason: Option<StopReason>,
        now: i64,
    ) -> Result<()> {
        let tx = self.conn.transaction()?;
        let n = tx.execute(
            "UPDATE interview SET status = ?2, stop_reason = ?3 WHERE interview_id = ?1",
            params![
                interview_id,
                status.as_str(),
                stop_reason.map(StopReason::as_str)
            ],
        )?;
        if n == 0 {
            return Err(StoreError::NotFound(interview_id.to_owned()));
        }
        touch(&tx, interview_id, now)?;
        audit::append(&tx, now, "interview.status", interview_id, status.as_str())?;
        tx.commit()?;
        Ok(())
    }

    /// Appends an interview event (engine event as JSON), optionally changing the interview's
    /// status in the same transaction (a STOP is both an event and a status).
    pub fn append_interview_event(
        &mut self,
        interview_id: &str,
        event_json: &str,
        at: i64,
        status: Option<(InterviewStatus, Option<StopReason>)>,
    ) -> Result<i64> {
        let tx = self.conn.transaction()?;
        ensure_editable(&tx, interview_id)?;
        let seq = insert_interview_event(&tx, interview_id, at, event_json)?;
        if let Some((status, reason)) = status {
            tx.execute(
                "UPDATE interview SET status = ?2, stop_reason = ?3 WHERE interview_id = ?1",
                params![
                    interview_id,
                    status.as_str(),
                    reason.map(StopReason::as_str)
                ],
            )?;
        }
        touch(&tx, interview_id, at)?;
        audit::append(&tx, at, "interview.event", interview_id, "")?;
        tx.commit()?;
        Ok(seq)
    }

    /// The interview's events as stored JSON, in order.
    pub fn interview_events(&self, interview_id: &str) -> Result<Vec<String>> {
        let mut stmt = self
            .conn
            .prepare("SELECT event FROM interview_event WHERE interview_id = ?1 ORDER BY seq")?;
        let rows = stmt.query_map([interview_id], |r| r.get::<_, String>(0))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    pub fn interview(&self, interview_id: &str) -> Result<InterviewSummary> {
        self.query_interviews("WHERE i.interview_id = ?1", [interview_id])?
            .pop()
            .ok_or_else(|| StoreError::NotFound(interview_id.to_owned()))
    }

    /// All interviews, most recently changed first.
    pub fn interviews(&self) -> Result<Vec<InterviewSummary>> {
        self.query_interviews("", [])
    }

    fn query_interviews<P: rusqlite::Params>(
        &self,
        filter: &str,
        p: P,
    ) -> Result<Vec<InterviewSummary>> {
        let sql = format!(
            "SELECT i.interview_id, i.questionnaire_id, i.questionnaire_version, i.status, i.stop_reason,
                    i.interface_locale, i.interview_locale, i.started_at, i.updated_at, i.revision,
                    (SELECT count(*) FROM answer a WHERE a.interview_id = i.interview_id)
                    + (SELECT count(*) FROM identity_answer d WHERE d.interview_id = i.interview_id)
             FROM interview i {filter} ORDER BY i.updated_at DESC, i.interview_id"
        );
        let mut stmt = self.conn.prepare(&sql)?;
        let rows = stmt.query_map(p, |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, String>(2)?,
                r.get::<_, String>(3)?,
                r.get::<_, Option<String>>(4)?,
                r.get::<_, String>(5)?,
                r.get::<_, String>(6)?,
                r.get::<_, i64>(7)?,
                r.get::<_, i64>(8)?,
                r.get::<_, i64>(9)?,
                r.get::<_, i64>(10)?,
            ))
        })?;
        let mut out = Vec::new();
        for row in rows {
            let (id, qid, qv, status, stop, il, vl, started, updated, rev, n) = row?;
            out.push(InterviewSummary {
                interview_id: id,
                questionnaire_id: qid,
                questionnaire_version: qv,
                status: InterviewStatus::parse(&status)?,
                stop_reason: stop.as_deref().map(StopReason::parse).transpose()?,
                interface_locale: il,
                interview_locale: vl,
                started_at: started,
                updated_at: updated,
                revision: rev,
                answer_count: n,
            });
        }
        Ok(out)
    }
}

fn ensure_editable(tx: &Transaction<'_>, interview_id: &str) -> Result<()> {
    let status: Option<String> = tx
        .query_row(
            "SELECT status FROM interview WHERE interview_id = ?1",
            [interview_id],
            |r| r.get(0),
        )
        .optional()?;
    match status.as_deref() {
        None => Err(StoreError::NotFound(interview_id.to_owned())),
        Some("purged") | Some("exported") => Err(StoreError::Invalid(format!(
            "interview {interview_id} is closed"
        ))),
        Some(_) => Ok(()),
    }
}

fn touch(tx: &Transaction<'_>, interview_id: &str, now: i64) -> Result<()> {
    tx.execute(
        "UPDATE interview SET updated_at = max(updated_at, ?2), revision = revision + 1 WHERE interview_id = ?1",
        params![interview_id, now],
    )?;
    Ok(())
}

/// The JSON text stored for an answer: set only for a present answer, which must have one.
fn answer_value(a: &AnswerRecord) -> Result<Option<String>> {
    match (&a.state, &a.value) {
        (AnswerState::Present, None) => {
            Err(StoreError::Invalid("a present answer needs a value".into()))
        }
        (_, v) => Ok(v.as_ref().map(|v| v.to_string())),
    }
}

/// The two tables answers live in: case data, and identifying data kept apart.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum AnswerTable {
    Case,
    Identity,
}

impl AnswerTable {
    fn name(self) -> &'static str {
        match self {
            Self::Case => "answer",
            Self::Identity => "identity_answer",
        }
    }

    fn other(self) -> Self {
        match self {
            Self::Case => Self::Identity,
            Self::Identity => Self::Case,
        }
    }
}

/// Inserts or replaces one case answer inside the caller's transaction, with its audit entry.
fn insert_answer(
    tx: &Transaction<'_>,
    interview_id: &str,
    a: &AnswerRecord,
    value: Option<&str>,
) -> Result<i64> {
    insert_into(tx, AnswerTable::Case, interview_id, a, value)
}

/// Inserts or replaces one answer in `table`; a row of the same question in the other table
/// goes, so an answer lives in exactly one of them.
fn insert_into(
    tx: &Transaction<'_>,
    table: AnswerTable,
    interview_id: &str,
    a: &AnswerRecord,
    value: Option<&str>,
) -> Result<i64> {
    // One order across both tables: the seq of an identity answer sits among the case answers'.
    let seq: i64 = tx.query_row(
        "SELECT max(coalesce((SELECT max(seq) FROM answer WHERE interview_id = ?1), 0),
                    coalesce((SELECT max(seq) FROM identity_answer WHERE interview_id = ?1), 0)) + 1",
        [interview_id],
        |r| r.get(0),
    )?;
    tx.execute(
        &format!(
            "DELETE FROM {} WHERE interview_id = ?1 AND question_id = ?2 AND instance = ?3",
            table.other().name()
        ),
        params![interview_id, a.question_id, a.instance],
    )?;
    let insert = format!(
        "INSERT INTO {} (interview_id, question_id, instance, value, state, asked_in_locale, locale_fallback,
                             interpreter_id, seq, recorded_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)
         ON CONFLICT (interview_id, question_id, instance) DO UPDATE SET
           value = excluded.value, state = excluded.state, asked_in_locale = excluded.asked_in_locale,
           locale_fallback = excluded.locale_fallback, interpreter_id = excluded.interpreter_id,
           seq = excluded.seq, recorded_at = excluded.recorded_at",
        table.name()
    );
    tx.execute(
        &insert,
        params![
            interview_id,
            a.question_id,
            a.instance,
            value,
            a.state.as_str(),
            a.asked_in_locale,
            a.locale_fallback,
            a.interpreter_id,
            seq,
            a.recorded_at
        ],
    )?;
    touch(tx, interview_id, a.recorded_at)?;
    audit::append(
        tx,
        a.recorded_at,
        "answer.saved",
        interview_id,
        &a.question_id,
    )?;
    Ok(seq)
}

/// Answers to ask again because another interpreter joined, and the interview event that keeps
/// their earlier values (see [`Store::switch_interview_language_and_interpreter`]).
#[derive(Debug, Clone, Copy)]
pub struct InterpreterChange<'a> {
    pub reask: &'a [String],
    pub event_json: &'a str,
}

/// Appends an engine event (JSON) to the interview's events, numbered after the last one.
fn insert_interview_event(
    tx: &Transaction<'_>,
    interview_id: &str,
    at: i64,
    event_json: &str,
) -> Result<i64> {
    let seq: i64 = tx.query_row(
        "SELECT coalesce(max(seq), 0) + 1 FROM interview_event WHERE interview_id = ?1",
        [interview_id],
        |r| r.get(0),
    )?;
    tx.execute(
        "INSERT INTO interview_event (interview_id, seq, at, event) VALUES (?1, ?2, ?3, ?4)",
        params![interview_id, seq, at, event_json],
    )?;
    Ok(seq)
}
