//! The supervisor's review: every interview in force with its assessment (the core assessment
//! over the engine's observations of the stored answers), its language timeline, the review
//! state and note; the review queue of revisions not applied (conflicting, from another device,
//! or older than the one in force); a record's history.

use std::str::FromStr;

use lantern_core::answers::{Answer, AnswerKey};
use lantern_core::assessment::{self, Assessment};
use lantern_core::engine::{self, Event, InterviewState};
use lantern_core::questionnaire::Questionnaire;
use lantern_store::LanguageEvent;
use lantern_store::sync::{INTERVIEW_KIND, InterviewExport};
use rusqlite::{OptionalExtension, params};
use serde::Serialize;

use crate::error::{CentralError, Result};
use crate::home::Central;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ReviewState {
    New,
    Reviewed,
    NeedsFollowUp,
}

impl ReviewState {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::New => "new",
            Self::Reviewed => "reviewed",
            Self::NeedsFollowUp => "needs_follow_up",
        }
    }
}

impl FromStr for ReviewState {
    type Err = CentralError;
    fn from_str(s: &str) -> Result<Self> {
        match s {
            "new" => Ok(Self::New),
            "reviewed" => Ok(Self::Reviewed),
            "needs_follow_up" | "needs-follow-up" => Ok(Self::NeedsFollowUp),
            other => Err(CentralError::BadReviewState(other.to_owned())),
        }
    }
}

/// One interview in the review list.
#[derive(Debug, Clone, Serialize)]
pub struct ReviewEntry {
    pub interview_id: String,
    pub device_id: String,
    pub revision: i64,
    pub questionnaire_id: String,
    pub questionnaire_version: String,
    pub status: lantern_store::InterviewStatus,
    pub interview_locale: String,
    pub started_at: i64,
    pub updated_at: i64,
    pub answer_count: usize,
    /// `None` when the questionnaire version is not one this build has (see `assessment_error`).
    pub assessment: Option<Assessment>,
    pub assessment_error: Option<String>,
    pub language_timeline: Vec<LanguageEvent>,
    pub review_state: ReviewState,
    pub note: String,
    pub reviewed_at: i64,
    /// Open review-queue items for this interview.
    pub open_conflicts: Vec<ReviewItem>,
    /// Emergency items (ids of the questionnaire's `[emergency]`): danger her answers signalled.
    pub emergencies: Vec<String>,
}

/// A revision that was not applied and waits for a person.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ReviewItem {
    pub item_id: i64,
    pub kind: String,
    pub record_id: String,
    pub revision: i64,
    pub device_id: String,
    pub bundle_id: String,
    /// `revision_conflict` (the same revision with other content), `foreign_device` (a record
    /// first sent by another device) or `older_revision` (older than the revision in force).
    pub reason: String,
    pub created_at: i64,
    pub resolved_at: Option<i64>,
    pub resolution_note: Option<String>,
}

/// One revision in a record's history.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RevisionInfo {
    pub revision: i64,
    pub disposition: String,
    pub device_id: String,
    pub bundle_id: String,
    pub body_sha256: String,
    pub received_at: i64,
}

impl Central {
    /// Every interview in force, most recently changed first.
    pub fn review_list(&self) -> Result<Vec<ReviewEntry>> {
        let q = lantern_core::questionnaire::identification_v1();
        let conn = self.vault.conn();
        let mut stmt = conn.prepare(
            "SELECT r.record_id, r.device_id, r.revision, v.body,
                    coalesce(w.state, 'new'), coalesce(w.note, ''), coalesce(w.updated_at, r.updated_at)
             FROM record r
             JOIN record_revision v ON v.kind = r.kind AND v.record_id = r.record_id
                  AND v.revision = r.revision AND v.body_sha256 = r.body_sha256
             LEFT JOIN review w ON w.interview_id = r.record_id
             WHERE r.kind = 'interview'
             ORDER BY r.updated_at DESC, r.record_id",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, i64>(2)?,
                r.get::<_, Vec<u8>>(3)?,
                r.get::<_, String>(4)?,
                r.get::<_, String>(5)?,
                r.get::<_, i64>(6)?,
            ))
        })?;
        let mut out = Vec::new();
        for row in rows {
            let (id, device_id, revision, body, state, note, reviewed_at) = row?;
            let export = decode(&id, &body)?;
            // The engine state once, for the assessment and the emergencies alike.
            let engine_state = interview_state(&q, &export);
            let (assessment, assessment_error) = match engine_state
                .as_ref()
                .map_err(Clone::clone)
                .and_then(|s| assess_state(&q, s))
            {
                Ok(a) => (Some(a), None),
                Err(code) => (None, Some(code)),
            };
            out.push(ReviewEntry {
                emergencies: engine_state
                    .map(|s| emergencies(&q, &s))
                    .unwrap_or_default(),
                open_conflicts: self.review_queue_for(&id, false)?,
                interview_id: id,
                device_id,
                revision,
                questionnaire_id: export.questionnaire_id,
                questionnaire_version: export.questionnaire_version,
                status: export.status,
                interview_locale: export.interview_locale,
                started_at: export.started_at,
                updated_at: export.updated_at,
                answer_count: export.answers.len(),
                assessment,
                assessment_error,
                language_timeline: export.language_timeline,
                review_state: ReviewState::from_str(&state)?,
                note,
                reviewed_at,
            });
        }
        Ok(out)
    }

    /// Sets an interview's review state, and its note if one is given.
    pub fn set_review(
        &mut self,
        interview_id: &str,
        state: ReviewState,
        note: Option<&str>,
        now: i64,
    ) -> Result<()> {
        let n = self.vault.conn().execute(
            "UPDATE review SET state = ?2, note = coalesce(?3, note), updated_at = ?4 WHERE interview_id = ?1",
            params![interview_id, state.as_str(), note, now],
        )?;
        if n == 0 {
            return Err(CentralError::NotFound(format!("interview {interview_id}")));
        }
        Ok(())
    }

    /// The review queue (open items; with `include_resolved`, all).
    pub fn review_queue(&self, include_resolved: bool) -> Result<Vec<ReviewItem>> {
        self.review_items(None, include_resolved)
    }

    fn review_queue_for(&self, record_id: &str, include_resolved: bool) -> Result<Vec<ReviewItem>> {
        self.review_items(Some(record_id), include_resolved)
    }

    fn review_items(
        &self,
        record_id: Option<&str>,
        include_resolved: bool,
    ) -> Result<Vec<ReviewItem>> {
        let mut stmt = self.vault.conn().prepare(
            "SELECT item_id, kind, record_id, revision, device_id, bundle_id, reason, created_at, resolved_at, resolution_note
             FROM review_item
             WHERE (?1 IS NULL OR record_id = ?1) AND (?2 OR resolved_at IS NULL)
             ORDER BY item_id",
        )?;
        let rows = stmt.query_map(params![record_id, include_resolved], |r| {
            Ok(ReviewItem {
                item_id: r.get(0)?,
                kind: r.get(1)?,
                record_id: r.get(2)?,
                revision: r.get(3)?,
                device_id: r.get(4)?,
                bundle_id: hex::encode(r.get::<_, Vec<u8>>(5)?),
                reason: r.get(6)?,
                created_at: r.get(7)?,
                resolved_at: r.get(8)?,
                resolution_note: r.get(9)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Closes a review-queue item with a note (its revision stays in the history).
    pub fn resolve_review_item(&mut self, item_id: i64, note: &str, now: i64) -> Result<()> {
        let n = self.vault.conn().execute(
            "UPDATE review_item SET resolved_at = ?2, resolution_note = ?3 WHERE item_id = ?1 AND resolved_at IS NULL",
            params![item_id, now, note],
        )?;
        if n == 0 {
            return Err(CentralError::NotFound(format!(
                "open review item {item_id}"
            )));
        }
        Ok(())
    }

    /// Every revision received for a record, oldest revision first.
    pub fn record_history(&self, kind: &str, record_id: &str) -> Result<Vec<RevisionInfo>> {
        let mut stmt = self.vault.conn().prepare(
            "SELECT revision, disposition, device_id, bundle_id, body_sha256, received_at
             FROM record_revision WHERE kind = ?1 AND record_id = ?2
             ORDER BY revision, received_at, body_sha256",
        )?;
        let rows = stmt.query_map(params![kind, record_id], |r| {
            Ok(RevisionInfo {
                revision: r.get(0)?,
                disposition: r.get(1)?,
                device_id: r.get(2)?,
                bundle_id: hex::encode(r.get::<_, Vec<u8>>(3)?),
                body_sha256: hex::encode(r.get::<_, Vec<u8>>(4)?),
                received_at: r.get(5)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// The interview in force as the engine reads it (its answers and events), beside the
    /// export it comes from: the supervisor's case view lays the answers out from it.
    pub fn interview_state(
        &self,
        q: &Questionnaire,
        interview_id: &str,
    ) -> Result<(InterviewExport, InterviewState)> {
        let export = self.interview(interview_id)?;
        let state = interview_state(q, &export)
            .map_err(|code| CentralError::Damaged(format!("interview {interview_id}: {code}")))?;
        Ok((export, state))
    }

    /// The interview in force, as the device exported it.
    pub fn interview(&self, interview_id: &str) -> Result<InterviewExport> {
        let body: Option<Vec<u8>> = self
            .vault
            .conn()
            .query_row(
                "SELECT v.body FROM record r JOIN record_revision v
                   ON v.kind = r.kind AND v.record_id = r.record_id AND v.revision = r.revision
                  AND v.body_sha256 = r.body_sha256
                 WHERE r.kind = ?1 AND r.record_id = ?2",
                params![INTERVIEW_KIND, interview_id],
                |r| r.get(0),
            )
            .optional()?;
        let body =
            body.ok_or_else(|| CentralError::NotFound(format!("interview {interview_id}")))?;
        decode(interview_id, &body)
    }

    /// How many records are in force, per kind.
    pub fn record_count(&self, kind: &str) -> Result<i64> {
        Ok(self.vault.conn().query_row(
            "SELECT count(*) FROM record WHERE kind = ?1",
            [kind],
            |r| r.get(0),
        )?)
    }
}

pub(crate) fn decode(id: &str, body: &[u8]) -> Result<InterviewExport> {
    serde_json::from_slice(body)
        .map_err(|e| CentralError::Damaged(format!("stored interview {id}: {e}")))
}

/// The engine state rebuilt from the exported answers and events (as the device rebuilds it),
/// then the assessment of the engine's observations. Errors are codes.
pub(crate) fn assess(
    q: &Questionnaire,
    export: &InterviewExport,
) -> std::result::Result<Assessment, String> {
    assess_state(q, &interview_state(q, export)?)
}

fn assess_state(
    q: &Questionnaire,
    state: &InterviewState,
) -> std::result::Result<Assessment, String> {
    let record = engine::record(q, state);
    assessment::assess_observations(&record.observations).map_err(|e| e.code().to_owned())
}

/// The emergency items of an interview: the route shown on the device when an answer signalled
/// danger, and any item its answers trigger (questionnaire order).
fn emergencies(q: &Questionnaire, state: &InterviewState) -> Vec<String> {
    let mut ids = state.emergency_shown();
    ids.extend(engine::emergency_triggered(q, state));
    q.emergency
        .items
        .iter()
        .filter(|i| ids.contains(&i.id))
        .map(|i| i.id.clone())
        .collect()
}

fn interview_state(
    q: &Questionnaire,
    export: &InterviewExport,
) -> std::result::Result<InterviewState, String> {
    // Earlier versions the questionnaire migrates from are read as they are (its SPEC.md).
    if !q.reads(&export.questionnaire_id, &export.questionnaire_version) {
        return Err("central.unknown_questionnaire".into());
    }
    let mut state = InterviewState::new();
    for a in &export.answers {
        let r = &a.record;
        let in_group = q
            .question(&r.question_id)
            .is_some_and(|qq| qq.group.is_some());
        let key = AnswerKey {
            question: r.question_id.clone(),
            instance: in_group.then_some(r.instance),
        };
        let value = r.value.clone().ok_or("central.malformed_record")?;
        let answer: Answer =
            serde_json::from_value(value).map_err(|_| "central.malformed_record".to_owned())?;
        state.answers.insert(key, answer);
    }
    for e in &export.events {
        state.events.push(
            serde_json::from_value::<Event>(e.event.clone())
                .map_err(|_| "central.malformed_record".to_owned())?,
        );
    }
    Ok(state)
}
