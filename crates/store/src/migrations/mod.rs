//! Schema migrations, tracked with `PRAGMA user_version` (no extra table). Each migration runs in
//! one transaction with the version bump, so a killed process leaves the old or the new schema.
//! The runner serves any vault ([`crate::vault`]); the list here is the field profile's schema.

use rusqlite::Connection;

use crate::error::{Result, StoreError};

/// The field profile's schema.
pub(crate) const MIGRATIONS: &[&str] = &[
    include_str!("0001-initial.sql"),
    include_str!("0002-identity-apart-and-consent-changes.sql"),
    include_str!("0003-interpreter-registry.sql"),
];

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

#[cfg(test)]
mod tests {
    use super::*;

    /// Schema 1's `identity` table was never written by a release, but whatever it held must
    /// arrive in `identity_answer` answer by answer, not vanish with the table.
    #[test]
    fn schema_2_carries_identity_fields_over_answer_by_answer() {
        let mut conn = Connection::open_in_memory().expect("memory database");
        run(&mut conn, &MIGRATIONS[..1]).expect("schema 1");
        conn.execute_batch(
            r#"INSERT INTO interview (interview_id, questionnaire_id, questionnaire_version, status,
                   interface_locale, interview_locale, started_at, updated_at)
               VALUES ('int-1', 'identification', '1.0.0', 'draft', 'en', 'ro', 1, 1);
               INSERT INTO identity (interview_id, fields, updated_at) VALUES ('int-1',
                 '[{"question_id":"A6","instance":0,"value":{"kind":"free_text","value":"Ana"},"state":"present","asked_in_locale":"en","locale_fallback":true,"interpreter_id":"i1","recorded_at":7,"seq":3},
                   {"question_id":"A2","instance":0,"state":"declined","asked_in_locale":"ro","locale_fallback":false,"interpreter_id":null,"recorded_at":5,"seq":2}]', 7);"#,
        )
        .expect("schema 1 rows");
        run(&mut conn, MIGRATIONS).expect("schema 2");
        type Row = (
            String,
            Option<String>,
            String,
            String,
            i64,
            Option<String>,
            i64,
            i64,
        );
        let rows: Vec<Row> =
            conn.prepare(
                "SELECT question_id, value, state, asked_in_locale, locale_fallback, interpreter_id,
                        seq, recorded_at FROM identity_answer ORDER BY seq",
            )
            .expect("query")
            .query_map([], |r| {
                Ok((
                    r.get(0)?,
                    r.get(1)?,
                    r.get(2)?,
                    r.get(3)?,
                    r.get(4)?,
                    r.get(5)?,
                    r.get(6)?,
                    r.get(7)?,
                ))
            })
            .expect("rows")
            .collect::<rusqlite::Result<_>>()
            .expect("read");
        assert_eq!(
            rows,
            vec![
                (
                    "A2".into(),
                    None,
                    "declined".into(),
                    "ro".into(),
                    0,
                    None,
                    2,
                    5
                ),
                (
                    "A6".into(),
                    Some(r#"{"kind":"free_text","value":"Ana"}"#.into()),
                    "present".into(),
                    "en".into(),
                    1,
                    Some("i1".into()),
                    3,
                    7
                ),
            ]
        );
        let old: i64 = conn
            .query_row(
                "SELECT count(*) FROM sqlite_master WHERE name = 'identity'",
                [],
                |r| r.get(0),
            )
            .expect("schema");
        assert_eq!(old, 0, "schema 1's identity table is gone");
    }
}
