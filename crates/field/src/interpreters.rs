//! The interpreter registry as the field device uses it: an interview names an interpreter only
//! by a registry entry (id, languages, organisation), never by text typed at a switch.
use lantern_store::InterpreterEntry;

use crate::error::{FieldError, Result};
use crate::session::Field;

impl Field {
    pub fn interpreters(&self) -> Result<Vec<InterpreterEntry>> {
        Ok(self.store().interpreters()?)
    }

    /// Adds or updates an entry. Id, name and organisation must be given, and at least one
    /// language tag.
    pub fn register_interpreter(&mut self, entry: &InterpreterEntry, now: i64) -> Result<()> {
        let id_ok = !entry.id.is_empty()
            && entry.id.len() <= 64
            && entry
                .id
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
        if !id_ok {
            return Err(FieldError::BadInterpreter("id"));
        }
        if entry.display_name.trim().is_empty() {
            return Err(FieldError::BadInterpreter("name"));
        }
        if entry.organisation.trim().is_empty() {
            return Err(FieldError::BadInterpreter("organisation"));
        }
        let tag_ok = |t: &String| {
            (2..=16).contains(&t.len()) && t.chars().all(|c| c.is_ascii_alphabetic() || c == '-')
        };
        if entry.languages.is_empty() || !entry.languages.iter().all(tag_ok) {
            return Err(FieldError::BadInterpreter("languages"));
        }
        let clean = InterpreterEntry {
            display_name: entry.display_name.trim().to_owned(),
            organisation: entry.organisation.trim().to_owned(),
            ..entry.clone()
        };
        Ok(self.store_mut().register_interpreter(&clean, now)?)
    }

    /// An interpreter named at a start or a switch must be in the registry.
    pub(crate) fn check_interpreter(&self, id: Option<&str>) -> Result<()> {
        match id {
            Some(id) if self.store().interpreter(id)?.is_none() => {
                Err(FieldError::UnknownInterpreter(id.to_owned()))
            }
            _ => Ok(()),
        }
    }
}
