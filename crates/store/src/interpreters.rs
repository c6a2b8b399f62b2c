//! The interpreter registry: an interview names its interpreters by registry id, and the entry
//! says which languages they interpret and for which organisation (not free text typed at each
//! switch). Kept encrypted like everything in the store: an interpreter's name is personal data.
use rusqlite::{OptionalExtension, params};
use serde::{Deserialize, Serialize};

use crate::audit;
use crate::error::Result;
use crate::profile::Store;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct InterpreterEntry {
    pub id: String,
    pub display_name: String,
    /// Language tags (e.g. `ro`, `ru`, `sr-Cyrl`).
    pub languages: Vec<String>,
    pub organisation: String,
}

impl Store {
    /// Adds an entry, or updates the one with this id (languages or organisation change).
    pub fn register_interpreter(&mut self, e: &InterpreterEntry, at: i64) -> Result<()> {
        let tx = self.conn.transaction()?;
        tx.execute(
            "INSERT INTO interpreter (interpreter_id, display_name, languages, organisation, registered_at)
             VALUES (?1, ?2, ?3, ?4, ?5)
             ON CONFLICT (interpreter_id) DO UPDATE SET display_name = excluded.display_name,
               languages = excluded.languages, organisation = excluded.organisation",
            params![e.id, e.display_name, e.languages.join(","), e.organisation, at],
        )?;
        audit::append(&tx, at, "interpreter.registered", &e.id, "")?;
        tx.commit()?;
        Ok(())
    }

    pub fn interpreters(&self) -> Result<Vec<InterpreterEntry>> {
        let mut stmt = self.conn.prepare(
            "SELECT interpreter_id, display_name, languages, organisation FROM interpreter
             ORDER BY display_name, interpreter_id",
        )?;
        let rows = stmt.query_map([], entry)?;
        Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
    }

    pub fn interpreter(&self, id: &str) -> Result<Option<InterpreterEntry>> {
        Ok(self
            .conn
            .query_row(
                "SELECT interpreter_id, display_name, languages, organisation FROM interpreter
                 WHERE interpreter_id = ?1",
                [id],
                entry,
            )
            .optional()?)
    }
}

fn entry(r: &rusqlite::Row<'_>) -> rusqlite::Result<InterpreterEntry> {
    let languages: String = r.get(2)?;
    Ok(InterpreterEntry {
        id: r.get(0)?,
        display_name: r.get(1)?,
        languages: languages
            .split(',')
            .filter(|l| !l.is_empty())
            .map(str::to_owned)
            .collect(),
        organisation: r.get(3)?,
    })
}
