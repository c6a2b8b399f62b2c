//! Consent withdrawn after the interview. She may withdraw a purpose at any time (WHO 2003:
//! consent is revocable): on a draft, a stopped, a finished or an exported interview, and on a
//! purged tombstone, whose plaintext is gone but whose withdrawal must still reach the central
//! office. The store keeps the change apart from the interview so it survives the purge and
//! travels as its own `consent` record in the next bundle (acknowledged by receipt like any
//! other record).
//!
//! Withdrawing a purpose that is already "no" (refused, revoked, or withdrawn before) is not an
//! error: nothing is recorded and the result says so (`recorded: false`).
//!
//! Her identity after a withdrawal of assistance or sharing: it never leaves the device again
//! ([`crate::sync::export`] checks consent at every export), but it is kept, encrypted, on the
//! device until the interview's plaintext is purged after a confirmed sync like the rest of it:
//! an open interview still needs it (the child pathway's guardian gate reads A6/A7), and the
//! worker may still need her safe contact to help her locally.

use lantern_i18n::Locale;
use lantern_store::sync::ConsentWithdrawal;
use lantern_store::{ConsentPurpose, Store, StoreError};

use crate::error::{FieldError, Result};

/// Records the withdrawal of `purpose` for interview `interview_id`, read to her in `locale`
/// (by default the interview's language as last recorded). Unknown interview id:
/// [`FieldError::UnknownInterview`].
pub fn withdraw_consent(
    store: &mut Store,
    interview_id: &str,
    purpose: ConsentPurpose,
    locale: Option<Locale>,
    now: i64,
) -> Result<ConsentWithdrawal> {
    let summary = interview_summary(store, interview_id)?;
    let locale = match locale {
        Some(l) => l.tag().to_owned(),
        None => summary.interview_locale,
    };
    Ok(store.withdraw_consent(interview_id, purpose, &locale, now)?)
}

/// The interview's summary; an id the store does not know is [`FieldError::UnknownInterview`].
pub(crate) fn interview_summary(
    store: &Store,
    interview_id: &str,
) -> Result<lantern_store::InterviewSummary> {
    store.interview(interview_id).map_err(|e| match e {
        StoreError::NotFound(_) => FieldError::UnknownInterview(interview_id.to_owned()),
        other => other.into(),
    })
}
