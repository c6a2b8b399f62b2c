//! The device side of sync, as stored: the enrolment file, the per-device bundle sequence, the
//! outbox (which record revisions went into which bundle and which the central node has
//! acknowledged), the export form of an interview, and the purge that leaves a tombstone.
//!
//! "Changed since the last acknowledged bundle" is derived, not flagged: an interview is due for
//! export while its current `revision` is above the highest revision the central node has
//! acknowledged for it (outbox rows with `acknowledged_at` set). Every write to an interview
//! bumps its revision (see `interview.rs`), so nothing can be missed.

use rusqlite::{OptionalExtension, Transaction, params};
use serde::{Deserialize, Serialize};

use crate::audit;
use crate::error::{Result, StoreError};
use crate::interview::{
    AnswerRecord, ConsentPurpose, ConsentRecord, ConsentState, InterviewStatus, LanguageEvent,
    StopReason,
};
use crate::profile::Store;

/// Record kind of an interview (everything but identifying data).
pub const INTERVIEW_KIND: &str = "interview";
/// Record kind of an interview's identifying data, kept apart so it never enters statistics.
pub const IDENTITY_KIND: &str = "identity";
/// Version of [`InterviewExport`]'s JSON form.
pub const INTERVIEW_EXPORT_FORMAT: u32 = 1;

/// An interview as it leaves the device (the body of an `interview` record, as JSON): the
/// answers exactly as stored (the core `Answer` JSON in `value`), the events, the language
/// timeline and the consent history. Identifying data is not in it (see [`IDENTITY_KIND`]).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct InterviewExport {
    pub format: u32,
    pub interview_id: String,
    pub questionnaire_id: String,
    pub questionnaire_version: String,
    pub status: InterviewStatus,
    pub stop_reason: Option<StopReason>,
    pub interface_locale: String,
    pub interview_locale: String,
    pub earlier_interview_id: Option<String>,
    pub started_at: i64,
    pub updated_at: i64,
    pub revision: i64,
    pub answers: Vec<ExportedAnswer>,
    pub events: Vec<ExportedEvent>,
    pub language_timeline: Vec<LanguageEvent>,
    pub consents: Vec<ConsentRecord>,
}

/// One stored answer with its order number. In JSON its fields sit flat beside `seq`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(from = "FlatAnswer", into = "FlatAnswer")]
pub struct ExportedAnswer {
    pub record: AnswerRecord,
    pub seq: i64,
}

/// The JSON shape of [`ExportedAnswer`], spelled out: `#[serde(flatten)]` made serde buffer every
/// answer into an intermediate map, which was the largest cost of a central import (about
/// 0.45 ms of an interview's 1 ms).
#[derive(Serialize, Deserialize)]
struct FlatAnswer {
    question_id: String,
    instance: u32,
    value: Option<serde_json::Value>,
    state: crate::AnswerState,
    asked_in_locale: String,
    locale_fallback: bool,
    interpreter_id: Option<String>,
    recorded_at: i64,
    seq: i64,
}

impl From<FlatAnswer> for ExportedAnswer {
    fn from(f: FlatAnswer) -> Self {
        Self {
            record: AnswerRecord {
                question_id: f.question_id,
                instance: f.instance,
                value: f.value,
                state: f.state,
                asked_in_locale: f.asked_in_locale,
                locale_fallback: f.locale_fallback,
                interpreter_id: f.interpreter_id,
                recorded_at: f.recorded_at,
            },
            seq: f.seq,
        }
    }
}

impl From<ExportedAnswer> for FlatAnswer {
    fn from(a: ExportedAnswer) -> Self {
        let r = a.record;
        Self {
            question_id: r.question_id,
            instance: r.instance,
            value: r.value,
            state: r.state,
            asked_in_locale: r.asked_in_locale,
            locale_fallback: r.locale_fallback,
            interpreter_id: r.interpreter_id,
            recorded_at: r.recorded_at,
            seq: a.seq,
        }
    }
}

/// One interview event (the engine's event JSON) with its order and time.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ExportedEvent {
    pub seq: i64,
    pub at: i64,
    pub event: serde_json::Value,
}

/// The body of an `identity` record: the answers to questions of sensitivity `identity`, which
/// never appear in an [`InterviewExport`]. Record id = the interview id; record revision = the
/// interview's revision when it was exported. Sent only while [`ConsentSummary::identity_travels`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct IdentityExport {
    pub format: u32,
    pub interview_id: String,
    /// The interview revision this identity belongs to.
    pub revision: i64,
    /// The identity answers, in the same flat form as [`InterviewExport::answers`].
    pub answers: Vec<ExportedAnswer>,
    pub updated_at: i64,
}

/// Version of [`IdentityExport`]'s JSON form.
pub const IDENTITY_EXPORT_FORMAT: u32 = 1;

/// Record kind of a consent decision changed after the interview (a withdrawal). It travels on
/// its own, so it reaches the central office even after the interview itself was purged.
pub const CONSENT_KIND: &str = "consent";
/// Version of [`ConsentChangeExport`]'s JSON form.
pub const CONSENT_CHANGE_FORMAT: u32 = 1;

/// The body of a `consent` record. Record id = [`consent_record_id`]; record revision = the
/// number of changes made to that purpose after the interview (1 for the first).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ConsentChangeExport {
    pub format: u32,
    pub interview_id: String,
    pub purpose: ConsentPurpose,
    pub state: ConsentState,
    /// Interview language the withdrawal was read in (as for [`ConsentRecord::locale`]).
    pub locale: String,
    pub recorded_at: i64,
}

/// The record id of a `consent` record: `<interview id>/<purpose>`.
pub fn consent_record_id(interview_id: &str, purpose: ConsentPurpose) -> String {
    format!("{interview_id}/{}", purpose.as_str())
}

/// One purpose's consent as it stands: "unknown" is never "yes" and never "no".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum ConsentValue {
    Yes,
    No,
    #[default]
    Unknown,
}

/// Consent per purpose as it stands after a history of decisions (the latest decision of each
/// purpose counts; a purpose never decided is unknown). The one rule both the device (what may
/// leave) and the central office (what may be done) apply.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct ConsentSummary {
    pub assistance: ConsentValue,
    pub sharing: ConsentValue,
    pub police: ConsentValue,
    pub statistics: ConsentValue,
}

impl ConsentSummary {
    /// Applies decisions in the order given (oldest first); later ones override earlier ones.
    pub fn from_history(
        decisions: impl IntoIterator<Item = (ConsentPurpose, ConsentState)>,
    ) -> Self {
        let mut out = Self::default();
        for (purpose, state) in decisions {
            let value = match state {
                ConsentState::Given => ConsentValue::Yes,
                ConsentState::Refused | ConsentState::Revoked => ConsentValue::No,
            };
            *out.get_mut(purpose) = value;
        }
        out
    }

    pub fn get(&self, purpose: ConsentPurpose) -> ConsentValue {
        match purpose {
            ConsentPurpose::Assistance => self.assistance,
            ConsentPurpose::Sharing => self.sharing,
            ConsentPurpose::Police => self.police,
            ConsentPurpose::Statistics => self.statistics,
        }
    }

    fn get_mut(&mut self, purpose: ConsentPurpose) -> &mut ConsentValue {
        match purpose {
            ConsentPurpose::Assistance => &mut self.assistance,
            ConsentPurpose::Sharing => &mut self.sharing,
            ConsentPurpose::Police => &mut self.police,
            ConsentPurpose::Statistics => &mut self.statistics,
        }
    }

    /// The identity record may leave the device (and stay at the central office) only while she
    /// has agreed both to help being arranged for her and to her record being shared with the
    /// organisations named to her: "sharing for her assistance". Unknown is not yes.
    pub fn identity_travels(&self) -> bool {
        self.assistance == ConsentValue::Yes && self.sharing == ConsentValue::Yes
    }
}

/// A record revision that is due for export or was acknowledged: `(kind, id, revision)`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub struct OutboxKey {
    pub kind: String,
    pub id: String,
    pub revision: i64,
}

/// Sync counters for status screens.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SyncStatus {
    pub enrolled: bool,
    pub next_seq: i64,
    pub last_acked_seq: i64,
    /// Interviews with something the central node has not acknowledged: the interview itself
    /// changed, or a consent withdrawal waits (also for a purged tombstone).
    pub pending: i64,
    /// Consent withdrawals not yet acknowledged (one `consent` record each).
    pub pending_consent_changes: i64,
}

/// What the next export must carry: the interviews changed since the central node last
/// acknowledged them, and every consent change it has not acknowledged.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct DueForExport {
    /// `(interview id, current revision)`, oldest change first. Purged tombstones never.
    pub interviews: Vec<(String, i64)>,
    /// One `consent` record each, oldest first; tombstones included.
    pub consent_changes: Vec<DueConsentChange>,
}

impl DueForExport {
    pub fn is_empty(&self) -> bool {
        self.interviews.is_empty() && self.consent_changes.is_empty()
    }

    /// How many interviews have something due (a tombstone with a waiting withdrawal counts).
    pub fn interviews_pending(&self) -> usize {
        let ids: std::collections::BTreeSet<&str> = self
            .interviews
            .iter()
            .map(|(id, _)| id.as_str())
            .chain(
                self.consent_changes
                    .iter()
                    .map(|c| c.body.interview_id.as_str()),
            )
            .collect();
        ids.len()
    }
}

/// One consent change waiting for the central node's acknowledgement.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DueConsentChange {
    /// Kind [`CONSENT_KIND`], id [`consent_record_id`], revision the change's number.
    pub key: OutboxKey,
    pub body: ConsentChangeExport,
}

/// What [`Store::withdraw_consent`] did.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ConsentWithdrawal {
    pub interview_id: String,
    pub purpose: ConsentPurpose,
    /// False when her consent to this purpose was already "no" (refused, revoked or withdrawn
    /// before): nothing was recorded, nothing new travels.
    pub recorded: bool,
    /// The `consent` record's revision (the n-th change of this purpose), when recorded.
    pub revision: Option<i64>,
    pub locale: String,
    pub recorded_at: i64,
    /// True when the interview's own consent history still exists and got the revocation too
    /// (and a new revision, so the interview is exported again); false for a purged tombstone.
    pub in_interview: bool,
    /// Whether her identity record may still leave the device after this.
    pub identity_travels: bool,
}

/// What acknowledging a receipt changed on the device.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize)]
pub struct Acknowledged {
    /// Record revisions newly marked acknowledged.
    pub acknowledged: usize,
    /// Listed revisions this device never exported (or already acknowledged): ignored.
    pub ignored: usize,
    /// Interviews whose plaintext was deleted (tombstone kept).
    pub purged: Vec<String>,
    /// Finished interviews closed for editing but kept (policy `never`).
    pub closed: Vec<String>,
}

impl Store {
    /// The enrolment file this device imported (raw bytes; the caller verifies them).
    pub fn enrolment(&self) -> Result<Option<Vec<u8>>> {
        Ok(self
            .conn
            .query_row("SELECT enrolment FROM device", [], |r| r.get(0))?)
    }

    /// Stores the (already verified) enrolment file.
    pub fn set_enrolment(&mut self, bytes: &[u8], detail: &str, now: i64) -> Result<()> {
        let tx = self.conn.transaction()?;
        tx.execute("UPDATE device SET enrolment = ?1", [bytes])?;
        audit::append(&tx, now, "device.enrolled", &device_id(&tx)?, detail)?;
        tx.commit()?;
        Ok(())
    }

    pub fn sync_status(&self) -> Result<SyncStatus> {
        let due = self.due_for_export()?;
        let (next_seq, last_acked_seq) =
            self.conn
                .query_row("SELECT next_seq, last_acked_seq FROM sync_state", [], |r| {
                    Ok((r.get(0)?, r.get(1)?))
                })?;
        Ok(SyncStatus {
            enrolled: self.enrolment()?.is_some(),
            next_seq,
            last_acked_seq,
            pending: due.interviews_pending() as i64,
            pending_consent_changes: due.consent_changes.len() as i64,
        })
    }

    /// The sequence number the next bundle will carry.
    pub fn next_bundle_seq(&self) -> Result<i64> {
        Ok(self
            .conn
            .query_row("SELECT next_seq FROM sync_state", [], |r| r.get(0))?)
    }

    /// Everything the next export must carry: changed interviews and unacknowledged consent
    /// changes (see [`DueForExport`]).
    pub fn due_for_export(&self) -> Result<DueForExport> {
        Ok(DueForExport {
            interviews: self.due_interviews()?,
            consent_changes: self.due_consent_changes()?,
        })
    }

    fn due_consent_changes(&self) -> Result<Vec<DueConsentChange>> {
        let mut stmt = self.conn.prepare(
            "SELECT c.interview_id, c.purpose, c.revision, c.state, c.locale, c.recorded_at
             FROM consent_change c
             WHERE NOT EXISTS (SELECT 1 FROM outbox o
                               WHERE o.record_kind = 'consent'
                                 AND o.record_id = c.interview_id || '/' || c.purpose
                                 AND o.revision = c.revision
                                 AND o.acknowledged_at IS NOT NULL)
             ORDER BY c.recorded_at, c.interview_id, c.purpose, c.revision",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, i64>(2)?,
                r.get::<_, String>(3)?,
                r.get::<_, String>(4)?,
                r.get::<_, i64>(5)?,
            ))
        })?;
        let mut out = Vec::new();
        for row in rows {
            let (interview_id, purpose, revision, state, locale, recorded_at) = row?;
            let purpose: ConsentPurpose = parse_enum(&purpose)?;
            out.push(DueConsentChange {
                key: OutboxKey {
                    kind: CONSENT_KIND.into(),
                    id: consent_record_id(&interview_id, purpose),
                    revision,
                },
                body: ConsentChangeExport {
                    format: CONSENT_CHANGE_FORMAT,
                    interview_id,
                    purpose,
                    state: parse_enum(&state)?,
                    locale,
                    recorded_at,
                },
            });
        }
        Ok(out)
    }

    /// Her consent per purpose as it stands now: the interview's consent history and the
    /// changes made after it, in the order they were recorded (a tombstone keeps only the
    /// changes: what was purged is unknown, and unknown is never yes).
    pub fn consent_summary(&self, interview_id: &str) -> Result<ConsentSummary> {
        let mut history: Vec<(i64, u8, ConsentPurpose, ConsentState)> = self
            .consents(interview_id)?
            .into_iter()
            .map(|c| (c.recorded_at, 0, c.purpose, c.state))
            .collect();
        let mut stmt = self.conn.prepare(
            "SELECT purpose, state, recorded_at FROM consent_change
             WHERE interview_id = ?1 ORDER BY revision",
        )?;
        let rows = stmt.query_map([interview_id], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, i64>(2)?,
            ))
        })?;
        for row in rows {
            let (purpose, state, at) = row?;
            history.push((at, 1, parse_enum(&purpose)?, parse_enum(&state)?));
        }
        // Stable: at the same instant a change made after the interview comes last.
        history.sort_by_key(|(at, later, ..)| (*at, *later));
        Ok(ConsentSummary::from_history(
            history.into_iter().map(|(_, _, p, s)| (p, s)),
        ))
    }

    /// Records that she withdrew her consent to `purpose` (read to her in `locale`), in one
    /// transaction: a `consent_change` row, which travels as a `consent` record even after the
    /// interview was purged, and, while the interview's consent history exists (any status but
    /// purged), a `revoked` row there too with a new revision, so the interview is exported
    /// again. When her consent to it is already "no", nothing is recorded (`recorded: false`).
    /// The audit entry names the interview and the purpose, nothing she said.
    pub fn withdraw_consent(
        &mut self,
        interview_id: &str,
        purpose: ConsentPurpose,
        locale: &str,
        now: i64,
    ) -> Result<ConsentWithdrawal> {
        let status: Option<String> = self
            .conn
            .query_row(
                "SELECT status FROM interview WHERE interview_id = ?1",
                [interview_id],
                |r| r.get(0),
            )
            .optional()?;
        let status = status.ok_or_else(|| StoreError::NotFound(interview_id.to_owned()))?;
        // A withdrawal comes after every decision recorded before it, whatever the clock says
        // (a laptop clock set back, or a decision stamped ahead of the wall clock): consent is
        // read in the order of `recorded_at`, so the withdrawal's time never precedes theirs.
        let latest: Option<i64> = self.conn.query_row(
            "SELECT max(at) FROM (
                 SELECT max(recorded_at) AS at FROM consent WHERE interview_id = ?1
                 UNION ALL
                 SELECT max(recorded_at) FROM consent_change WHERE interview_id = ?1)",
            [interview_id],
            |r| r.get(0),
        )?;
        let now = latest.map_or(now, |at| now.max(at + 1));
        let before = self.consent_summary(interview_id)?;
        let in_interview = status != InterviewStatus::Purged.as_str();
        let mut out = ConsentWithdrawal {
            interview_id: interview_id.to_owned(),
            purpose,
            recorded: false,
            revision: None,
            locale: locale.to_owned(),
            recorded_at: now,
            in_interview: false,
            identity_travels: before.identity_travels(),
        };
        if before.get(purpose) == ConsentValue::No {
            return Ok(out);
        }
        let tx = self.conn.transaction()?;
        let revision: i64 = tx.query_row(
            "SELECT coalesce(max(revision), 0) + 1 FROM consent_change
             WHERE interview_id = ?1 AND purpose = ?2",
            params![interview_id, purpose.as_str()],
            |r| r.get(0),
        )?;
        tx.execute(
            "INSERT INTO consent_change (interview_id, purpose, revision, state, locale, recorded_at)
             VALUES (?1, ?2, ?3, 'revoked', ?4, ?5)",
            params![interview_id, purpose.as_str(), revision, locale, now],
        )?;
        if in_interview {
            tx.execute(
                "INSERT INTO consent (interview_id, purpose, seq, state, locale, recorded_at)
                 SELECT ?1, ?2, coalesce(max(seq), 0) + 1, 'revoked', ?3, ?4 FROM consent
                 WHERE interview_id = ?1 AND purpose = ?2",
                params![interview_id, purpose.as_str(), locale, now],
            )?;
            tx.execute(
                "UPDATE interview SET updated_at = max(updated_at, ?2), revision = revision + 1
                 WHERE interview_id = ?1",
                params![interview_id, now],
            )?;
        }
        audit::append(
            &tx,
            now,
            "consent.withdrawn",
            interview_id,
            purpose.as_str(),
        )?;
        tx.commit()?;
        out.recorded = true;
        out.revision = Some(revision);
        out.in_interview = in_interview;
        out.identity_travels = self.consent_summary(interview_id)?.identity_travels();
        Ok(out)
    }

    /// Interviews changed since the central node last acknowledged them, oldest change first:
    /// `(interview id, current revision)`. Purged tombstones are never due.
    fn due_interviews(&self) -> Result<Vec<(String, i64)>> {
        let mut stmt = self.conn.prepare(
            "SELECT i.interview_id, i.revision FROM interview i
             WHERE i.status <> 'purged'
               AND i.revision > coalesce((SELECT max(o.revision) FROM outbox o
                                          WHERE o.record_kind = 'interview'
                                            AND o.record_id = i.interview_id
                                            AND o.acknowledged_at IS NOT NULL), 0)
             ORDER BY i.updated_at, i.interview_id",
        )?;
        let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// The export form of one interview (answers, events, timeline, consents; no identity).
    pub fn interview_export(&self, interview_id: &str) -> Result<InterviewExport> {
        let s = self.interview(interview_id)?;
        let earlier: Option<String> = self.conn.query_row(
            "SELECT earlier_interview_id FROM interview WHERE interview_id = ?1",
            [interview_id],
            |r| r.get(0),
        )?;
        let answers = self
            .answers(interview_id)?
            .into_iter()
            .map(|a| ExportedAnswer {
                record: a.record,
                seq: a.seq,
            })
            .collect();
        let mut stmt = self.conn.prepare(
            "SELECT seq, at, event FROM interview_event WHERE interview_id = ?1 ORDER BY seq",
        )?;
        let rows = stmt.query_map([interview_id], |r| {
            Ok((
                r.get::<_, i64>(0)?,
                r.get::<_, i64>(1)?,
                r.get::<_, String>(2)?,
            ))
        })?;
        let mut events = Vec::new();
        for row in rows {
            let (seq, at, json) = row?;
            events.push(ExportedEvent {
                seq,
                at,
                event: serde_json::from_str(&json)
                    .map_err(|e| StoreError::Invalid(format!("stored event: {e}")))?,
            });
        }
        Ok(InterviewExport {
            format: INTERVIEW_EXPORT_FORMAT,
            interview_id: s.interview_id,
            questionnaire_id: s.questionnaire_id,
            questionnaire_version: s.questionnaire_version,
            status: s.status,
            stop_reason: s.stop_reason,
            interface_locale: s.interface_locale,
            interview_locale: s.interview_locale,
            earlier_interview_id: earlier,
            started_at: s.started_at,
            updated_at: s.updated_at,
            revision: s.revision,
            answers,
            events,
            language_timeline: self.language_timeline(interview_id)?,
            consents: self.consents(interview_id)?,
        })
    }

    /// The interview's identifying data (its identity answers), if any was recorded. Whether
    /// it may leave the device is [`Store::consent_summary`]'s `identity_travels()`.
    pub fn identity_export(&self, interview_id: &str) -> Result<Option<IdentityExport>> {
        let answers = self.identity_answers(interview_id)?;
        let Some(updated_at) = answers.iter().map(|a| a.record.recorded_at).max() else {
            return Ok(None);
        };
        let revision = self.interview(interview_id)?.revision;
        Ok(Some(IdentityExport {
            format: IDENTITY_EXPORT_FORMAT,
            interview_id: interview_id.to_owned(),
            revision,
            answers: answers
                .into_iter()
                .map(|a| ExportedAnswer {
                    record: a.record,
                    seq: a.seq,
                })
                .collect(),
            updated_at,
        }))
    }

    /// Records that bundle `seq` was written with `records`, and advances the sequence. Called
    /// after the bundle file is safely on disk; one transaction.
    pub fn record_export(&mut self, seq: i64, records: &[OutboxKey], now: i64) -> Result<()> {
        let tx = self.conn.transaction()?;
        let expected: i64 = tx.query_row("SELECT next_seq FROM sync_state", [], |r| r.get(0))?;
        if expected != seq {
            return Err(StoreError::Invalid(format!(
                "bundle sequence {seq} is not the next one ({expected})"
            )));
        }
        for k in records {
            tx.execute(
                "INSERT INTO outbox (record_kind, record_id, revision, queued_at, bundle_seq)
                 VALUES (?1, ?2, ?3, ?4, ?5)
                 ON CONFLICT (record_kind, record_id, revision) DO UPDATE SET bundle_seq = excluded.bundle_seq",
                params![k.kind, k.id, k.revision, now, seq],
            )?;
        }
        tx.execute("UPDATE sync_state SET next_seq = ?1", [seq + 1])?;
        audit::append(
            &tx,
            now,
            "sync.exported",
            &device_id(&tx)?,
            &format!("seq {seq}, {} records", records.len()),
        )?;
        tx.commit()?;
        Ok(())
    }

    /// Marks the listed revisions acknowledged (bundle `seq`) and applies the purge policy, in
    /// one transaction. With `purge`, every finished interview whose current revision is now
    /// acknowledged loses its plaintext: answers, events, language timeline, consents and
    /// identity are deleted; the interview row stays as a tombstone (status `purged`, id,
    /// questionnaire, times and revision kept). Without `purge` such interviews are closed
    /// (status `exported`). Neither bumps the revision: the central node already has it.
    pub fn acknowledge(
        &mut self,
        seq: i64,
        records: &[OutboxKey],
        purge: bool,
        now: i64,
    ) -> Result<Acknowledged> {
        let mut out = Acknowledged::default();
        let tx = self.conn.transaction()?;
        let mut touched = std::collections::BTreeSet::new();
        for k in records {
            let n = tx.execute(
                "UPDATE outbox SET acknowledged_at = ?4
                 WHERE record_kind = ?1 AND record_id = ?2 AND revision = ?3 AND acknowledged_at IS NULL",
                params![k.kind, k.id, k.revision, now],
            )?;
            if n == 0 {
                out.ignored += 1;
            } else {
                out.acknowledged += 1;
                if k.kind == INTERVIEW_KIND {
                    touched.insert(k.id.clone());
                }
            }
        }
        tx.execute(
            "UPDATE sync_state SET last_acked_seq = max(last_acked_seq, ?1)",
            [seq],
        )?;
        for id in touched {
            let due: Option<(String, i64)> = tx
                .query_row(
                    "SELECT status, revision FROM interview WHERE interview_id = ?1",
                    [&id],
                    |r| Ok((r.get(0)?, r.get(1)?)),
                )
                .optional()?;
            let Some((status, revision)) = due else {
                continue;
            };
            if status != InterviewStatus::Finished.as_str() || acked_revision(&tx, &id)? < revision
            {
                continue;
            }
            if purge {
                purge_interview(&tx, &id, now)?;
                out.purged.push(id);
            } else {
                tx.execute(
                    "UPDATE interview SET status = 'exported' WHERE interview_id = ?1",
                    [&id],
                )?;
                audit::append(&tx, now, "interview.closed", &id, "acknowledged")?;
                out.closed.push(id);
            }
        }
        audit::append(
            &tx,
            now,
            "sync.acknowledged",
            &device_id(&tx)?,
            &format!("seq {seq}, {} records", out.acknowledged),
        )?;
        tx.commit()?;
        if !out.purged.is_empty() {
            // secure_delete overwrote the freed pages; fold the WAL back so no copy of the
            // deleted rows' pages stays in the -wal file either.
            self.conn
                .query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))?;
        }
        Ok(out)
    }
}

fn parse_enum<T: for<'de> Deserialize<'de>>(s: &str) -> Result<T> {
    serde_json::from_value(serde_json::Value::String(s.to_owned()))
        .map_err(|_| StoreError::Invalid(format!("unexpected value {s}")))
}

fn device_id(tx: &Transaction<'_>) -> Result<String> {
    Ok(tx.query_row("SELECT device_id FROM device", [], |r| r.get(0))?)
}

fn acked_revision(tx: &Transaction<'_>, id: &str) -> Result<i64> {
    Ok(tx.query_row(
        "SELECT coalesce(max(revision), 0) FROM outbox
         WHERE record_kind = 'interview' AND record_id = ?1 AND acknowledged_at IS NOT NULL",
        [id],
        |r| r.get(0),
    )?)
}

fn purge_interview(tx: &Transaction<'_>, id: &str, now: i64) -> Result<()> {
    for table in [
        "answer",
        "interview_event",
        "language_event",
        "consent",
        "identity_answer",
    ] {
        tx.execute(
            &format!("DELETE FROM {table} WHERE interview_id = ?1"),
            [id],
        )?;
    }
    tx.execute(
        "UPDATE interview SET status = 'purged', stop_reason = NULL WHERE interview_id = ?1",
        [id],
    )?;
    audit::append(
        tx,
        now,
        "interview.purged",
        id,
        "acknowledged by the central node",
    )?;
    Ok(())
}

#[cfg(test)]
mod flat_answer_tests {
    use super::*;

    /// The export JSON is a format other nodes read: the answer's fields flat beside `seq`, in
    /// this order (what `#[serde(flatten)]` wrote before; bundles already sent rely on it).
    #[test]
    fn exported_answer_json_is_flat_and_round_trips() {
        let a = ExportedAnswer {
            record: AnswerRecord {
                question_id: "D1".into(),
                instance: 2,
                value: Some(serde_json::json!({"kind": "yes_no", "value": "yes"})),
                state: crate::AnswerState::Present,
                asked_in_locale: "ro".into(),
                locale_fallback: false,
                interpreter_id: None,
                recorded_at: 17,
            },
            seq: 5,
        };
        let json = serde_json::to_string(&a).expect("serialise");
        assert_eq!(
            json,
            r#"{"question_id":"D1","instance":2,"value":{"kind":"yes_no","value":"yes"},"state":"present","asked_in_locale":"ro","locale_fallback":false,"interpreter_id":null,"recorded_at":17,"seq":5}"#
        );
        let back: ExportedAnswer = serde_json::from_str(&json).expect("parse");
        assert_eq!(back, a);
        let missing: ExportedAnswer = serde_json::from_str(
            r#"{"question_id":"D1","instance":0,"state":"declined","asked_in_locale":"en","locale_fallback":true,"interpreter_id":"i1","recorded_at":1,"seq":1}"#,
        )
        .expect("value may be absent");
        assert_eq!(missing.record.value, None);
    }
}
