//! Schema migrations, tracked with `PRAGMA user_version` (no extra table). Each migration runs in
//! one transaction with the version bump, so a killed process leaves the old or the new schema.
//! The runner serves any vault ([`crate::vault`]); the list here is the field profile's schema.

use rusqlite::Connection;

use crate::error::{Result, StoreError};

/// The field profile's schema.
pub(crate) const MIGRATIONS: &[&str] = &[include_str!("0001-initial.sql")];

pub const LATEST: i64 = MIGRATIONS.len() as i64;

pub fn run(conn: &mut Connection, migrations: &[&str]) -> Result<()> {
    let latest = migrations.len() as i64;
    let current: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
    if current > latest {
        return Err(StoreError::SchemaTooNew {
            found: current,
            known: latest,
        });
    }
    for (i, sql) in migrations.iter().enumerate().skip(current as usize) {
        let tx = conn.transaction()?;
        tx.execute_batch(sql)?;
        tx.pragma_update(None, "user_version", (i + 1) as i64)?;
        tx.commit()?;
    }
    Ok(())
}
