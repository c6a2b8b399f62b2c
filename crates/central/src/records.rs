//! A case record as the office holds it (`records show`): the interview in force, its review
//! state and its consent, and the identity only when a person asks for it with a reason, which
//! goes into the office's audit log (who, when, why; never what was seen).

use lantern_store::sync::{ConsentSummary, IdentityExport, InterviewExport};
use lantern_store::{AuditEntry, InterviewStatus, audit};
use rusqlite::{OptionalExtension, params};
use serde::Serialize;

use crate::consent::ConsentDecision;
use crate::error::{CentralError, Result};
use crate::home::Central;
use crate::review::ReviewState;

/// One case as the office holds it.
#[derive(Debug, Clone, Serialize)]
pub struct CaseRecord {
    pub interview_id: String,
    pub device_id: String,
    pub revision: i64,
    pub status: InterviewStatus,
    /// The interview as the device exported it: answers, events, language timeline, consents.
    pub record: InterviewExport,
    pub review: CaseReview,
    pub consent: ConsentSummary,
    pub consent_history: Vec<ConsentDecision>,
    /// `None` unless asked for with a reason (and then `None` too when none is held).
    pub identity: Option<IdentityExport>,
}

#[derive(Debug, Clone, Serialize)]
pub struct CaseReview {
    pub state: ReviewState,
    pub note: String,
    pub updated_at: i64,
}

impl Central {
    /// The case record without identifying data.
    pub fn case_record(&self, interview_id: &str) -> Result<CaseRecord> {
        self.require_interview(interview_id)?;
        let (device_id, state, note, reviewed_at): (String, String, String, i64) =
            self.vault.conn().query_row(
                "SELECT r.device_id, coalesce(w.state, 'new'), coalesce(w.note, ''),
                        coalesce(w.updated_at, r.updated_at)
                 FROM record r LEFT JOIN review w ON w.interview_id = r.record_id
                 WHERE r.kind = 'interview' AND r.record_id = ?1",
                [interview_id],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
            )?;
        let record = self.interview(interview_id)?;
        Ok(CaseRecord {
            interview_id: interview_id.to_owned(),
            device_id,
            revision: record.revision,
            status: record.status,
            review: CaseReview {
                state: state.parse()?,
                note,
                updated_at: reviewed_at,
            },
            consent: self.consent(interview_id)?,
            consent_history: self.consent_history(interview_id)?,
            identity: None,
            record,
        })
    }

    /// The case record with its identity (if one is held), for `viewer` who gives `reason`.
    /// The view is in the audit log before anything is returned, also when no identity is held.
    pub fn case_record_with_identity(
        &mut self,
        interview_id: &str,
        viewer: &str,
        reason: &str,
        now: i64,
    ) -> Result<CaseRecord> {
        if viewer.trim().is_empty() {
            return Err(CentralError::ViewerRequired);
        }
        if reason.trim().is_empty() {
            return Err(CentralError::ReasonRequired);
        }
        let mut case = self.case_record(interview_id)?;
        let tx = self.vault.conn_mut().transaction()?;
        let body: Option<Vec<u8>> = tx
            .query_row(
                "SELECT body FROM identity WHERE interview_id = ?1",
                [interview_id],
                |r| r.get(0),
            )
            .optional()?;
        let detail = serde_json::json!({
            "by": viewer.trim(),
            "reason": reason.trim(),
            "held": body.is_some(),
        });
        audit::append(
            &tx,
            now,
            "identity.viewed",
            interview_id,
            &detail.to_string(),
        )?;
        tx.commit()?;
        case.identity = body
            .map(|b| {
                serde_json::from_slice(&b).map_err(|e| {
                    CentralError::Damaged(format!("stored identity {interview_id}: {e}"))
                })
            })
            .transpose()?;
        Ok(case)
    }

    /// Whether an identity is held for the interview (no content, no audit entry).
    pub fn holds_identity(&self, interview_id: &str) -> Result<bool> {
        Ok(self
            .vault
            .conn()
            .query_row(
                "SELECT 1 FROM identity WHERE interview_id = ?1",
                params![interview_id],
                |_| Ok(()),
            )
            .optional()?
            .is_some())
    }

    /// The office's audit log, oldest first.
    pub fn audit_entries(&self) -> Result<Vec<AuditEntry>> {
        Ok(audit::entries(self.vault.conn())?)
    }

    /// Walks the audit log's keyed chain: the first broken position and what broke there.
    pub fn check_audit_log(&self) -> Result<lantern_store::AuditReport> {
        Ok(audit::check(self.vault.conn())?)
    }

    /// The open connection, for the tests that tamper with the audit log.
    #[cfg(feature = "audit-tamper-for-test")]
    pub fn conn_for_audit_tamper_test(&self) -> &rusqlite::Connection {
        self.vault.conn()
    }

    /// Checks the audit log's hash chain; returns the number of entries.
    pub fn verify_audit_log(&self) -> Result<i64> {
        Ok(audit::verify(self.vault.conn())?)
    }
}
