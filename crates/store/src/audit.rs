//! The audit log: a keyed hash chain. Each entry's MAC (HMAC-SHA-256 under a key derived from
//! the store's data key) covers the previous entry's MAC, its position, time and text, so a
//! removed, edited, reordered or inserted entry breaks the chain at that point, and nobody
//! without the data key can compute a valid entry. The head (entry count and last MAC) travels
//! in every bundle a device exports ([`head`]), so the central office can tell a log cut back
//! after an export. Entries name records and actions, never answer content.
//!
//! The functions take any open vault connection whose schema has the `audit_log` table (the
//! field profile's and the central office's), so both keep one chain implementation. The MAC
//! key is never stored: the vault registers the SQL function [`MAC_FUNCTION`] on each connection
//! it opens, holding the derived key in memory only (zeroized when the connection closes).
//!
//! Logs written before the key (schema `lantern-audit-v1`, plain SHA-256) are re-chained once,
//! at the first open: the old chain is verified by the old rule first and, only when whole, every
//! entry gets its MAC and an `audit.rechained` entry records it ([`rechain_unkeyed`]). A verifier
//! that kept accepting the old rule would accept forever a prefix anybody can recompute.

use hmac::{Hmac, Mac};
use rusqlite::functions::FunctionFlags;
use rusqlite::{Connection, OptionalExtension};
use sha2::{Digest, Sha256};
use zeroize::Zeroizing;

use crate::error::{Result, StoreError};
use crate::profile::Store;

const GENESIS: [u8; 32] = [0u8; 32];

/// The SQL function (one BLOB argument, returns its 32-byte MAC) each vault connection has.
pub const MAC_FUNCTION: &str = "lantern_audit_mac";
/// HKDF `info` for the audit MAC key.
pub(crate) const KEY_INFO: &[u8] = b"lantern audit log mac key v2";
const DOMAIN_V1: &[u8] = b"lantern-audit-v1";
const DOMAIN_V2: &[u8] = b"lantern-audit-v2";

/// Time may go back this much between entries before it counts as a clock rollback: a clock
/// corrected by NTP steps back by well under a minute; backdating is hours or days.
pub const CLOCK_TOLERANCE_MS: i64 = 60_000;

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct AuditEntry {
    pub seq: i64,
    pub at: i64,
    pub action: String,
    pub subject: String,
    pub detail: String,
}

/// What is wrong at the first broken position of a log.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum AuditProblem {
    /// An entry (or several) is missing before this position.
    Deleted,
    /// The entry at this position was changed after it was written.
    Edited,
    /// Entries were moved: this one was written at another position.
    Reordered,
    /// This entry was not written by the chain (it links to its predecessor, the next does not
    /// link to it).
    Inserted,
    /// This entry's time is more than [`CLOCK_TOLERANCE_MS`] before an earlier entry's.
    ClockRollback,
    /// The log is shorter than, or differs at, a head it anchored earlier.
    Truncated,
}

impl AuditProblem {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Deleted => "deleted",
            Self::Edited => "edited",
            Self::Reordered => "reordered",
            Self::Inserted => "inserted",
            Self::ClockRollback => "clock_rollback",
            Self::Truncated => "truncated",
        }
    }

    /// The Fluent message that explains it (argument `position`).
    pub fn message_id(self) -> &'static str {
        match self {
            Self::Deleted => "cli-audit-broken-deleted",
            Self::Edited => "cli-audit-broken-edited",
            Self::Reordered => "cli-audit-broken-reordered",
            Self::Inserted => "cli-audit-broken-inserted",
            Self::ClockRollback => "cli-audit-broken-clock-rollback",
            Self::Truncated => "cli-audit-broken-truncated",
        }
    }
}

/// The failure code of a command that found the log broken.
pub const BROKEN_CODE: &str = "audit.log_broken";

/// The result of walking a log: `first_broken` is the 1-based position of the first entry that
/// does not hold (or, for `truncated`, the anchored count).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct AuditReport {
    pub entries: i64,
    pub ok: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub first_broken: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub problem: Option<AuditProblem>,
}

/// A log's head: how many entries, and the last one's MAC (all zero for an empty log).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AuditHead {
    pub entries: u64,
    pub mac: [u8; 32],
}

/// Registers [`MAC_FUNCTION`] on `conn` with `key`; the closure owns the key, which is zeroized
/// when SQLite drops the function (at close). Direct-only: no view or trigger can call it.
pub(crate) fn register_mac(conn: &Connection, key: Zeroizing<[u8; 32]>) -> Result<()> {
    conn.create_scalar_function(
        MAC_FUNCTION,
        1,
        FunctionFlags::SQLITE_UTF8
            | FunctionFlags::SQLITE_DETERMINISTIC
            | FunctionFlags::SQLITE_DIRECTONLY,
        move |ctx| {
            let message = ctx.get_raw(0).as_blob()?;
            let mut mac = <Hmac<Sha256> as Mac>::new_from_slice(key.as_ref())
                .map_err(|e| rusqlite::Error::UserFunctionError(e.into()))?;
            mac.update(message);
            Ok(mac.finalize().into_bytes().to_vec())
        },
    )?;
    Ok(())
}

fn message(
    domain: &[u8],
    prev: &[u8],
    seq: i64,
    at: i64,
    action: &str,
    subject: &str,
    detail: &str,
) -> Vec<u8> {
    let mut m = Vec::with_capacity(96 + action.len() + subject.len() + detail.len());
    m.extend_from_slice(domain);
    m.extend_from_slice(prev);
    m.extend_from_slice(&seq.to_be_bytes());
    m.extend_from_slice(&at.to_be_bytes());
    for field in [action, subject, detail] {
        m.extend_from_slice(&(field.len() as u64).to_be_bytes());
        m.extend_from_slice(field.as_bytes());
    }
    m
}

fn entry_mac(conn: &Connection, prev: &[u8], row: &Row) -> Result<Vec<u8>> {
    let m = message(
        DOMAIN_V2,
        prev,
        row.seq,
        row.at,
        &row.action,
        &row.subject,
        &row.detail,
    );
    Ok(conn.query_row(&format!("SELECT {MAC_FUNCTION}(?1)"), [m], |r| r.get(0))?)
}

fn unkeyed_hash(prev: &[u8], row: &Row) -> Vec<u8> {
    Sha256::digest(message(
        DOMAIN_V1,
        prev,
        row.seq,
        row.at,
        &row.action,
        &row.subject,
        &row.detail,
    ))
    .to_vec()
}

/// Appends an entry inside the caller's transaction, so the entry and the change it records
/// commit together.
pub fn append(conn: &Connection, at: i64, action: &str, subject: &str, detail: &str) -> Result<()> {
    let last: Option<(i64, Vec<u8>)> = conn
        .query_row(
            "SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?;
    let (seq, prev) = match last {
        Some((s, h)) => (s + 1, h),
        None => (1, GENESIS.to_vec()),
    };
    let row = Row {
        seq,
        at,
        action: action.to_owned(),
        subject: subject.to_owned(),
        detail: detail.to_owned(),
        prev: prev.clone(),
        hash: Vec::new(),
    };
    let hash = entry_mac(conn, &prev, &row)?;
    conn.execute(
        "INSERT INTO audit_log (seq, at, action, subject, detail, prev_hash, hash) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        rusqlite::params![seq, at, action, subject, detail, prev, hash],
    )?;
    Ok(())
}

#[derive(Debug)]
struct Row {
    seq: i64,
    at: i64,
    action: String,
    subject: String,
    detail: String,
    prev: Vec<u8>,
    hash: Vec<u8>,
}

fn rows(conn: &Connection) -> Result<Vec<Row>> {
    let mut stmt = conn.prepare(
        "SELECT seq, at, action, subject, detail, prev_hash, hash FROM audit_log ORDER BY seq",
    )?;
    let rows = stmt.query_map([], |r| {
        Ok(Row {
            seq: r.get(0)?,
            at: r.get(1)?,
            action: r.get(2)?,
            subject: r.get(3)?,
            detail: r.get(4)?,
            prev: r.get(5)?,
            hash: r.get(6)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Walks the whole chain of `conn`'s `audit_log` and says where and how it first breaks,
/// including a clock rollback (a sound chain whose times go back).
pub fn check(conn: &Connection) -> Result<AuditReport> {
    walk(conn, true)
}

fn walk(conn: &Connection, times: bool) -> Result<AuditReport> {
    let rows = rows(conn)?;
    let n = rows.len() as i64;
    let broken = |pos: usize, problem| AuditReport {
        entries: n,
        ok: false,
        first_broken: Some(pos as i64 + 1),
        problem: Some(problem),
    };
    let mut expected_prev = GENESIS.to_vec();
    let mut latest_at = i64::MIN;
    for (i, row) in rows.iter().enumerate() {
        let mac_ok = entry_mac(conn, &row.prev, row)? == row.hash;
        let link_ok = row.prev == expected_prev;
        let seq_ok = row.seq == i as i64 + 1;
        if !(mac_ok && link_ok && seq_ok) {
            return Ok(broken(i, classify(&rows, i, &expected_prev, mac_ok)));
        }
        if times && row.at < latest_at.saturating_sub(CLOCK_TOLERANCE_MS) {
            return Ok(broken(i, AuditProblem::ClockRollback));
        }
        latest_at = latest_at.max(row.at);
        expected_prev = row.hash.clone();
    }
    Ok(AuditReport {
        entries: n,
        ok: true,
        first_broken: None,
        problem: None,
    })
}

/// Why row `i` breaks the chain, from what the rows around it still say. Without the key an
/// editor cannot recompute MACs, so each kind of tampering leaves its own trace.
fn classify(rows: &[Row], i: usize, expected_prev: &[u8], mac_ok: bool) -> AuditProblem {
    let row = &rows[i];
    // It links to an entry that now stands after it: entries were moved.
    if rows[i + 1..].iter().any(|later| later.hash == row.prev) {
        return AuditProblem::Reordered;
    }
    // It links to an entry no longer in the log (and not the start): that one was removed.
    let known = row.prev == GENESIS || rows.iter().any(|r| r.hash == row.prev);
    if row.prev != expected_prev && !known {
        return AuditProblem::Deleted;
    }
    if mac_ok && row.seq > i as i64 + 1 {
        return AuditProblem::Deleted;
    }
    // The next entry links past it to its predecessor: it was slipped in.
    if !mac_ok
        && rows
            .get(i + 1)
            .is_some_and(|next| next.prev == expected_prev)
    {
        return AuditProblem::Inserted;
    }
    AuditProblem::Edited
}

/// As [`check`], and then against a head the log showed earlier (an export's anchor): the log
/// must still hold at least that many entries, the one at that position with that MAC.
pub fn check_against(conn: &Connection, anchor: &AuditHead) -> Result<AuditReport> {
    let report = check(conn)?;
    if !report.ok || anchor.entries == 0 {
        return Ok(report);
    }
    let at_anchor: Option<Vec<u8>> = conn
        .query_row(
            "SELECT hash FROM audit_log WHERE seq = ?1",
            [anchor.entries as i64],
            |r| r.get(0),
        )
        .optional()?;
    if at_anchor.as_deref() == Some(&anchor.mac[..]) {
        return Ok(report);
    }
    Ok(AuditReport {
        first_broken: Some(report.entries.min(anchor.entries as i64) + 1),
        ok: false,
        problem: Some(AuditProblem::Truncated),
        ..report
    })
}

/// Checks the chain of `conn`'s `audit_log` (the MACs and links, not the order of the times:
/// that is [`check`]'s); returns the number of entries, or [`StoreError::AuditChainBroken`]
/// with the first broken position.
pub fn verify(conn: &Connection) -> Result<i64> {
    let report = walk(conn, false)?;
    match report.first_broken {
        None => Ok(report.entries),
        Some(seq) => Err(StoreError::AuditChainBroken { seq }),
    }
}

/// The log's head now, for an export's anchor.
pub fn head(conn: &Connection) -> Result<AuditHead> {
    let last: Option<(i64, Vec<u8>)> = conn
        .query_row(
            "SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?;
    Ok(match last {
        None => AuditHead {
            entries: 0,
            mac: GENESIS,
        },
        Some((seq, hash)) => AuditHead {
            entries: u64::try_from(seq).unwrap_or(0),
            mac: hash.try_into().unwrap_or(GENESIS),
        },
    })
}

/// Re-chains a log written by the unkeyed rule (`lantern-audit-v1`) under the key, once, if the
/// old chain verifies by the old rule as a whole; a log already broken is left as it is (the
/// keyed check then reports it). Returns whether it re-chained. The `audit.rechained` entry takes
/// the time of the last entry: the store never reads the clock.
pub(crate) fn rechain_unkeyed(conn: &mut Connection) -> Result<bool> {
    let has_table: bool = conn
        .query_row(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'audit_log'",
            [],
            |_| Ok(true),
        )
        .optional()?
        .unwrap_or(false);
    if !has_table {
        return Ok(false);
    }
    let rows = rows(conn)?;
    let Some(first) = rows.first() else {
        return Ok(false);
    };
    if first.prev != GENESIS || unkeyed_hash(&GENESIS, first) != first.hash {
        return Ok(false);
    }
    let mut prev = GENESIS.to_vec();
    for (i, row) in rows.iter().enumerate() {
        if row.seq != i as i64 + 1 || row.prev != prev || unkeyed_hash(&prev, row) != row.hash {
            return Ok(false);
        }
        prev = row.hash.clone();
    }
    let tx = conn.transaction()?;
    let mut prev = GENESIS.to_vec();
    for row in &rows {
        let mac = entry_mac(&tx, &prev, row)?;
        tx.execute(
            "UPDATE audit_log SET prev_hash = ?2, hash = ?3 WHERE seq = ?1",
            rusqlite::params![row.seq, prev, mac],
        )?;
        prev = mac;
    }
    let last_at = rows.last().map_or(0, |r| r.at);
    append(
        &tx,
        last_at,
        "audit.rechained",
        "",
        &format!("{} entries, unkeyed chain verified", rows.len()),
    )?;
    tx.commit()?;
    Ok(true)
}

/// Every entry of `conn`'s `audit_log`, oldest first.
pub fn entries(conn: &Connection) -> Result<Vec<AuditEntry>> {
    let mut stmt =
        conn.prepare("SELECT seq, at, action, subject, detail FROM audit_log ORDER BY seq")?;
    let rows = stmt.query_map([], |r| {
        Ok(AuditEntry {
            seq: r.get(0)?,
            at: r.get(1)?,
            action: r.get(2)?,
            subject: r.get(3)?,
            detail: r.get(4)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Raw access to a log, bypassing the chain: only for the tests that prove each kind of
/// tampering is seen. Not in release builds (cargo feature `audit-tamper-for-test`).
#[cfg(feature = "audit-tamper-for-test")]
pub mod tamper {
    use super::*;

    /// Runs `sql` on the connection as an editor with the data key but without the MAC key
    /// would (the MAC function is not needed for it).
    pub fn execute(conn: &Connection, sql: &str) -> Result<()> {
        conn.execute_batch(sql)?;
        Ok(())
    }

    /// Rewrites the whole log by the old unkeyed rule, as a store written before the key had it.
    pub fn rewrite_unkeyed(conn: &Connection) -> Result<()> {
        let mut prev = GENESIS.to_vec();
        for row in rows(conn)? {
            let hash = unkeyed_hash(&prev, &row);
            conn.execute(
                "UPDATE audit_log SET prev_hash = ?2, hash = ?3 WHERE seq = ?1",
                rusqlite::params![row.seq, prev, hash],
            )?;
            prev = hash;
        }
        Ok(())
    }
}

impl Store {
    /// Checks the whole chain; returns the number of entries.
    pub fn verify_audit_log(&self) -> Result<i64> {
        verify(&self.conn)
    }

    /// Walks the chain and reports the first broken position and what broke there.
    pub fn check_audit_log(&self) -> Result<AuditReport> {
        check(&self.conn)
    }

    /// As [`Store::check_audit_log`], then against a head shown earlier (an export's anchor).
    pub fn check_audit_log_against(&self, anchor: &AuditHead) -> Result<AuditReport> {
        check_against(&self.conn, anchor)
    }

    /// The log's head now (the anchor an export carries).
    pub fn audit_head(&self) -> Result<AuditHead> {
        head(&self.conn)
    }

    /// Removes one entry, bypassing the chain: only for the test that proves tampering is seen.
    #[cfg(feature = "audit-tamper-for-test")]
    pub fn delete_audit_entry_for_test(&mut self, seq: i64) -> Result<()> {
        self.conn
            .execute("DELETE FROM audit_log WHERE seq = ?1", [seq])?;
        Ok(())
    }

    /// The open connection, for [`tamper`].
    #[cfg(feature = "audit-tamper-for-test")]
    pub fn conn_for_audit_tamper_test(&self) -> &Connection {
        &self.conn
    }

    pub fn audit_entries(&self) -> Result<Vec<AuditEntry>> {
        entries(&self.conn)
    }
}
