//! Identifying data kept apart: which questions are of sensitivity `identity` is known only from
//! the questionnaire, so the store cannot decide it alone. New answers are routed by the session
//! (`Field::answer`); this module moves answers stored before that rule existed.

use lantern_core::questionnaire::{Questionnaire, Sensitivity};
use lantern_store::Store;

use crate::error::Result;

/// The ids of the questionnaire's questions of sensitivity `identity` (today A2, A6, A7, W6).
pub fn identity_question_ids(questionnaire: &Questionnaire) -> Vec<&str> {
    questionnaire
        .questions
        .iter()
        .filter(|q| q.sensitivity == Sensitivity::Identity)
        .map(|q| q.id.as_str())
        .collect()
}

/// Moves stored case answers of the questionnaire's identity questions into the identity table,
/// keeping their order, language and interpreter: one transaction, idempotent (a second call
/// finds nothing). Returns the interviews whose answers moved. Run at open
/// ([`crate::Field::open`]) and before every export ([`crate::sync::export`]).
pub fn keep_identity_apart(
    store: &mut Store,
    questionnaire: &Questionnaire,
    now: i64,
) -> Result<Vec<String>> {
    Ok(store.move_identity_answers(&identity_question_ids(questionnaire), now)?)
}
