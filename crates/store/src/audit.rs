//! Hash-chained audit log. Each entry's hash covers the previous entry's hash, so removing or
//! editing an entry breaks the chain from that point on. Entries name records and actions, never
//! answer content.
//!
//! The functions take any open vault connection whose schema has the `audit_log` table (the
//! field profile's and the central office's), so both keep one chain implementation.

use rusqlite::{Connection, OptionalExtension};
use sha2::{Digest, Sha256};

use crate::error::{Result, StoreError};
use crate::profile::Store;

const GENESIS: [u8; 32] = [0u8; 32];

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct AuditEntry {
    pub seq: i64,
    pub at: i64,
    pub action: String,
    pub subject: String,
    pub detail: String,
}

fn entry_hash(
    prev: &[u8],
    seq: i64,
    at: i64,
    action: &str,
    subject: &str,
    detail: &str,
) -> [u8; 32] {
    let mut h = Sha256::new();
    h.update(b"lantern-audit-v1");
    h.update(prev);
    h.update(seq.to_be_bytes());
    h.update(at.to_be_bytes());
    for field in [action, subject, detail] {
        h.update((field.len() as u64).to_be_bytes());
        h.update(field.as_bytes());
    }
    h.finalize().into()
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
    let hash = entry_hash(&prev, seq, at, action, subject, detail);
    conn.execute(
        "INSERT INTO audit_log (seq, at, action, subject, detail, prev_hash, hash) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        rusqlite::params![seq, at, action, subject, detail, prev, &hash[..]],
    )?;
    Ok(())
}

/// Checks the whole chain of `conn`'s `audit_log`; returns the number of entries.
pub fn verify(conn: &Connection) -> Result<i64> {
    let mut stmt = conn.prepare(
        "SELECT seq, at, action, subject, detail, prev_hash, hash FROM audit_log ORDER BY seq",
    )?;
    let mut rows = stmt.query([])?;
    let mut prev = GENESIS.to_vec();
    let mut expected_seq = 1;
    while let Some(r) = rows.next()? {
        let seq: i64 = r.get(0)?;
        let stored_prev: Vec<u8> = r.get(5)?;
        let stored_hash: Vec<u8> = r.get(6)?;
        let computed = entry_hash(
            &prev,
            seq,
            r.get(1)?,
            &r.get::<_, String>(2)?,
            &r.get::<_, String>(3)?,
            &r.get::<_, String>(4)?,
        );
        if seq != expected_seq || stored_prev != prev || stored_hash != computed {
            return Err(StoreError::AuditChainBroken { seq });
        }
        prev = stored_hash;
        expected_seq += 1;
    }
    Ok(expected_seq - 1)
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

impl Store {
    /// Checks the whole chain; returns the number of entries.
    pub fn verify_audit_log(&self) -> Result<i64> {
        verify(&self.conn)
    }

    /// Removes one entry, bypassing the chain: only for the test that proves tampering is seen.
    #[doc(hidden)]
    pub fn delete_audit_entry_for_test(&mut self, seq: i64) -> Result<()> {
        self.conn
            .execute("DELETE FROM audit_log WHERE seq = ?1", [seq])?;
        Ok(())
    }

    pub fn audit_entries(&self) -> Result<Vec<AuditEntry>> {
        entries(&self.conn)
    }
}
