//! Consent at the central office: every decision seen (from the interview record in force and
//! from `consent` records, the changes made after the interview), the consent in force per
//! purpose derived from them, and its enforcement at the end of every import.
//!
//! Derivation: all decisions of an interview, oldest `recorded_at` first (on a tie the
//! interview's before a later change, then by sequence), through
//! [`ConsentSummary::from_history`]: the latest decision of a purpose counts, a purpose never
//! decided is unknown, and unknown is never yes. A `consent` record that arrives before its
//! interview is held and counted as soon as the interview arrives.
//!
//! Enforcement, inside the import's transaction: an interview's identity is held only while
//! [`ConsentSummary::identity_travels`] (assistance = yes and sharing = yes), its interview
//! record is held, and both came from the same device; otherwise the identity row is deleted
//! (`secure_delete` is on; the import checkpoints the WAL after committing) and the audit log
//! says so, without content. Statistics and police exports (issue 12) take their interviews
//! from [`Central::interviews_with_consent`]: yes only.

use std::collections::BTreeSet;

use lantern_store::sync::{ConsentSummary, ConsentValue};
use lantern_store::{ConsentPurpose, ConsentRecord, ConsentState, audit};
use rusqlite::{Connection, OptionalExtension, Statement, Transaction, params};
use serde::Serialize;
use serde::de::DeserializeOwned;

use crate::error::{CentralError, Result};
use crate::home::Central;
use crate::import::Source;

/// One consent decision as the office received it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ConsentDecision {
    pub purpose: ConsentPurpose,
    pub state: ConsentState,
    /// `interview` (recorded during the interview) or `change` (a `consent` record: a decision
    /// made later, such as a withdrawal).
    pub source: String,
    /// Place in the interview's consent history, or the `consent` record's revision.
    pub seq: i64,
    /// Language the decision was read to her in.
    pub locale: String,
    pub recorded_at: i64,
    pub device_id: String,
    /// The bundle that brought it (hex).
    pub bundle_id: String,
    pub received_at: i64,
}

/// What [`enforce`] did to identities.
#[derive(Debug, Default)]
pub(crate) struct Enforced {
    /// Identities held after the import, of the interviews it touched.
    pub kept: usize,
    /// Identities that arrived in this import and were not kept.
    pub discarded: usize,
    /// Identities held before this import and deleted by it (consent withdrawn).
    pub deleted: usize,
}

pub(crate) fn prepare_insert_decision<'t>(tx: &'t Transaction<'_>) -> Result<Statement<'t>> {
    Ok(tx.prepare(
        "INSERT OR IGNORE INTO consent_decision
           (interview_id, purpose, source, seq, state, locale, recorded_at, device_id, bundle_id,
            received_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
    )?)
}

/// Records one decision (a resend of one already held changes nothing).
pub(crate) fn insert_decision(
    stmt: &mut Statement<'_>,
    interview_id: &str,
    decision: &ConsentRecord,
    source: &str,
    seq: i64,
    at: &Source<'_>,
) -> Result<()> {
    stmt.execute(params![
        interview_id,
        decision.purpose.as_str(),
        source,
        seq,
        text_of(&decision.state),
        decision.locale,
        decision.recorded_at,
        at.device,
        &at.bundle_id[..],
        at.now
    ])?;
    Ok(())
}

/// Derives the consent of every interview in `touched`, stores it, and deletes the identities
/// that may not stay. `fresh` are the interviews whose identity arrived in this import with
/// none held before: not keeping one of those is a discard, not a deletion.
pub(crate) fn enforce(
    tx: &Transaction<'_>,
    touched: &BTreeSet<String>,
    fresh: &BTreeSet<String>,
    now: i64,
) -> Result<Enforced> {
    let mut out = Enforced::default();
    for id in touched {
        let summary = derive(tx, id)?;
        for purpose in ConsentPurpose::ALL {
            let new = summary.get(purpose);
            let old = stored_value(tx, id, purpose)?;
            if old == Some(new) {
                continue;
            }
            tx.execute(
                "INSERT INTO consent (interview_id, purpose, value, updated_at)
                 VALUES (?1, ?2, ?3, ?4)
                 ON CONFLICT (interview_id, purpose) DO UPDATE SET value = excluded.value,
                   updated_at = excluded.updated_at",
                params![id, purpose.as_str(), text_of(&new), now],
            )?;
            if let Some(old) = old {
                audit::append(
                    tx,
                    now,
                    "consent.changed",
                    id,
                    &format!(
                        "{}: {} -> {}",
                        purpose.as_str(),
                        text_of(&old),
                        text_of(&new)
                    ),
                )?;
            }
        }
        let identity: Option<String> = tx
            .query_row(
                "SELECT device_id FROM identity WHERE interview_id = ?1",
                [id],
                |r| r.get(0),
            )
            .optional()?;
        let Some(identity_device) = identity else {
            continue;
        };
        let interview_device: Option<String> = tx
            .query_row(
                "SELECT device_id FROM record WHERE kind = 'interview' AND record_id = ?1",
                [id],
                |r| r.get(0),
            )
            .optional()?;
        let refusal = if !summary.identity_travels() {
            Some(format!(
                "consent: assistance {}, sharing {}",
                text_of(&summary.assistance),
                text_of(&summary.sharing)
            ))
        } else if interview_device.is_none() {
            Some("no interview record".to_owned())
        } else if interview_device.as_deref() != Some(identity_device.as_str()) {
            Some("sent by another device than the interview".to_owned())
        } else {
            None
        };
        match refusal {
            None => out.kept += 1,
            Some(why) => {
                tx.execute("DELETE FROM identity WHERE interview_id = ?1", [id])?;
                let action = if fresh.contains(id) {
                    out.discarded += 1;
                    "identity.discarded"
                } else {
                    out.deleted += 1;
                    "identity.deleted"
                };
                audit::append(tx, now, action, id, &why)?;
            }
        }
    }
    Ok(out)
}

/// The consent in force from every decision held for the interview.
fn derive(conn: &Connection, interview_id: &str) -> Result<ConsentSummary> {
    let mut stmt = conn.prepare(
        "SELECT purpose, state FROM consent_decision WHERE interview_id = ?1
         ORDER BY recorded_at, source = 'change', seq",
    )?;
    let rows = stmt.query_map([interview_id], |r| {
        Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?))
    })?;
    let mut decisions = Vec::new();
    for row in rows {
        let (purpose, state) = row?;
        decisions.push((
            parse::<ConsentPurpose>(&purpose)?,
            parse::<ConsentState>(&state)?,
        ));
    }
    Ok(ConsentSummary::from_history(decisions))
}

fn stored_value(
    conn: &Connection,
    interview_id: &str,
    purpose: ConsentPurpose,
) -> Result<Option<ConsentValue>> {
    let value: Option<String> = conn
        .query_row(
            "SELECT value FROM consent WHERE interview_id = ?1 AND purpose = ?2",
            params![interview_id, purpose.as_str()],
            |r| r.get(0),
        )
        .optional()?;
    value.map(|v| parse(&v)).transpose()
}

/// The snake_case name serde gives a unit variant (`yes`, `revoked`, …).
fn text_of<T: Serialize>(value: &T) -> String {
    match serde_json::to_value(value) {
        Ok(serde_json::Value::String(s)) => s,
        _ => String::new(),
    }
}

fn parse<T: DeserializeOwned>(text: &str) -> Result<T> {
    serde_json::from_value(serde_json::Value::String(text.to_owned()))
        .map_err(|_| CentralError::Damaged(format!("stored consent value {text}")))
}

impl Central {
    /// The consent in force for an interview the office holds, per purpose.
    pub fn consent(&self, interview_id: &str) -> Result<ConsentSummary> {
        self.require_interview(interview_id)?;
        let conn = self.vault.conn();
        let mut out = ConsentSummary::default();
        let mut stmt =
            conn.prepare("SELECT purpose, value FROM consent WHERE interview_id = ?1")?;
        let rows = stmt.query_map([interview_id], |r| {
            Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?))
        })?;
        for row in rows {
            let (purpose, value) = row?;
            let value: ConsentValue = parse(&value)?;
            match parse::<ConsentPurpose>(&purpose)? {
                ConsentPurpose::Assistance => out.assistance = value,
                ConsentPurpose::Sharing => out.sharing = value,
                ConsentPurpose::Police => out.police = value,
                ConsentPurpose::Statistics => out.statistics = value,
            }
        }
        Ok(out)
    }

    /// Every consent decision held for an interview, in the order they count.
    pub fn consent_history(&self, interview_id: &str) -> Result<Vec<ConsentDecision>> {
        self.require_interview(interview_id)?;
        let mut stmt = self.vault.conn().prepare(
            "SELECT purpose, state, source, seq, locale, recorded_at, device_id, bundle_id,
                    received_at
             FROM consent_decision WHERE interview_id = ?1
             ORDER BY recorded_at, source = 'change', seq",
        )?;
        let rows = stmt.query_map([interview_id], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, String>(2)?,
                r.get::<_, i64>(3)?,
                r.get::<_, String>(4)?,
                r.get::<_, i64>(5)?,
                r.get::<_, String>(6)?,
                r.get::<_, Vec<u8>>(7)?,
                r.get::<_, i64>(8)?,
            ))
        })?;
        let mut out = Vec::new();
        for row in rows {
            let (purpose, state, source, seq, locale, recorded_at, device_id, bundle, received) =
                row?;
            out.push(ConsentDecision {
                purpose: parse(&purpose)?,
                state: parse(&state)?,
                source,
                seq,
                locale,
                recorded_at,
                device_id,
                bundle_id: hex::encode(bundle),
                received_at: received,
            });
        }
        Ok(out)
    }

    /// The interviews held whose consent for `purpose` is yes (unknown is not yes), by id: what
    /// a statistics export (`Statistics`) or a police export (`Police`) may include.
    pub fn interviews_with_consent(&self, purpose: ConsentPurpose) -> Result<Vec<String>> {
        let mut stmt = self.vault.conn().prepare(
            "SELECT r.record_id FROM record r
             JOIN consent c ON c.interview_id = r.record_id AND c.purpose = ?1 AND c.value = 'yes'
             WHERE r.kind = 'interview' ORDER BY r.record_id",
        )?;
        let rows = stmt.query_map([purpose.as_str()], |r| r.get(0))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    pub(crate) fn require_interview(&self, interview_id: &str) -> Result<()> {
        let held: Option<i64> = self
            .vault
            .conn()
            .query_row(
                "SELECT 1 FROM record WHERE kind = 'interview' AND record_id = ?1",
                [interview_id],
                |r| r.get(0),
            )
            .optional()?;
        match held {
            Some(_) => Ok(()),
            None => Err(CentralError::UnknownInterview(interview_id.to_owned())),
        }
    }
}
