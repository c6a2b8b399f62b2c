//! The keyed audit chain against each kind of tampering, on real SQLCipher stores: the log is
//! edited with raw SQL (as someone with the database but without the MAC key would), the store
//! locked and unlocked again, and the check must name the first broken position and the problem.

use std::path::Path;

use lantern_store::audit::tamper;
use lantern_store::{AnswerRecord, AnswerState, AuditProblem, AuditReport, Store};

const T0: i64 = 1_700_000_000_000;

/// A profile with 8 entries: created, an interview, six answers (one minute apart).
fn profile_with_entries(dir: &Path) -> Store {
    let mut s = crate::create(dir);
    let id = s
        .create_interview(&crate::new_interview(), None, T0 + 1_000)
        .unwrap();
    for i in 0..6 {
        s.save_answer(&id, &answer(&format!("q{i}"), T0 + 60_000 * (i + 1)))
            .unwrap();
    }
    assert_eq!(s.check_audit_log().unwrap(), sound(8));
    s
}

fn answer(q: &str, at: i64) -> AnswerRecord {
    AnswerRecord {
        question_id: q.into(),
        instance: 0,
        value: None,
        state: AnswerState::Unknown,
        asked_in_locale: "en".into(),
        locale_fallback: false,
        interpreter_id: None,
        recorded_at: at,
    }
}

fn sound(entries: i64) -> AuditReport {
    AuditReport {
        entries,
        ok: true,
        first_broken: None,
        problem: None,
    }
}

fn broken(entries: i64, at: i64, problem: AuditProblem) -> AuditReport {
    AuditReport {
        entries,
        ok: false,
        first_broken: Some(at),
        problem: Some(problem),
    }
}

/// Applies `sql` to the log, then locks and unlocks: the check runs on what is on disk.
fn tampered(dir: &Path, s: Store, sql: &str) -> Store {
    tamper::execute(s.conn_for_audit_tamper_test(), sql).unwrap();
    s.lock().unwrap();
    Store::unlock(dir, &crate::pass()).unwrap()
}

#[test]
fn a_deleted_entry_is_reported_at_its_position() {
    let root = tempfile::tempdir().unwrap();
    let dir = root.path().join("p");
    let s = profile_with_entries(&dir);
    let s = tampered(&dir, s, "DELETE FROM audit_log WHERE seq = 4;");
    assert_eq!(
        s.check_audit_log().unwrap(),
        broken(7, 4, AuditProblem::Deleted)
    );
    assert_eq!(
        s.verify_audit_log().unwrap_err().code(),
        "store.audit_chain_broken"
    );
}

#[test]
fn a_deleted_entry_with_the_later_ones_renumbered_is_still_a_deletion() {
    let root = tempfile::tempdir().unwrap();
    let dir = root.path().join("p");
    let s = profile_with_entries(&dir);
    let s = tampered(
        &dir,
        s,
        "DELETE FROM audit_log WHERE seq = 1;
         UPDATE audit_log SET seq = seq - 1;",
    );
    assert_eq!(
        s.check_audit_log().unwrap(),
        broken(7, 1, AuditProblem::Deleted)
    );
}

#[test]
fn an_edited_entry_is_reported_at_its_position() {
    let root = tempfile::tempdir().unwrap();
    let dir = root.path().join("p");
    let s = profile_with_entries(&dir);
    let s = tampered(
        &dir,
        s,
        "UPDATE audit_log SET subject = 'another interview' WHERE seq = 3;",
    );
    assert_eq!(
        s.check_audit_log().unwrap(),
        broken(8, 3, AuditProblem::Edited)
    );
}

#[test]
fn an_edited_time_is_an_edit() {
    let root = tempfile::tempdir().unwrap();
    let dir = root.path().join("p");
    let s = profile_with_entries(&dir);
    let s = tampered(&dir, s, "UPDATE audit_log SET at = at + 1 WHERE seq = 8;");
    assert_eq!(
        s.check_audit_log().unwrap(),
        broken(8, 8, AuditProblem::Edited)
    );
}

#[test]
fn swapped_entries_are_reported_as_reordered() {
    let root = tempfile::tempdir().unwrap();
    let dir = root.path().join("p");
    let s = profile_with_entries(&dir);
    let s = tampered(
        &dir,
        s,
        "UPDATE audit_log SET seq = -1 WHERE seq = 3;
         UPDATE audit_log SET seq = 3 WHERE seq = 5;
         UPDATE audit_log SET seq = 5 WHERE seq = -1;",
    );
    assert_eq!(
        s.check_audit_log().unwrap(),
        broken(8, 3, AuditProblem::Reordered)
    );
}

#[test]
fn an_inserted_entry_is_reported_at_its_position() {
    let root = tempfile::tempdir().unwrap();
    let dir = root.path().join("p");
    let s = profile_with_entries(&dir);
    // The later entries move up one to make room, and the new one links to its predecessor,
    // as well as an editor without the key can make it.
    let s = tampered(
        &dir,
        s,
        "UPDATE audit_log SET seq = seq + 1000 WHERE seq >= 3;
         UPDATE audit_log SET seq = seq - 999 WHERE seq >= 1000;
         INSERT INTO audit_log (seq, at, action, subject, detail, prev_hash, hash)
           SELECT 3, at + 1, 'interview.status', subject, 'stopped', hash, randomblob(32)
           FROM audit_log WHERE seq = 2;",
    );
    assert_eq!(
        s.check_audit_log().unwrap(),
        broken(9, 3, AuditProblem::Inserted)
    );
}

#[test]
fn an_entry_written_with_the_clock_set_back_is_a_clock_rollback() {
    let root = tempfile::tempdir().unwrap();
    let dir = root.path().join("p");
    let mut s = profile_with_entries(&dir);
    let id = s.interviews().unwrap()[0].interview_id.clone();
    // A correct chain, but the 9th entry is dated a day before the 8th.
    s.save_answer(&id, &answer("late", T0 - 86_400_000))
        .unwrap();
    s.lock().unwrap();
    let s = Store::unlock(&dir, &crate::pass()).unwrap();
    assert_eq!(
        s.check_audit_log().unwrap(),
        broken(9, 9, AuditProblem::ClockRollback)
    );
}

#[test]
fn a_clock_stepped_back_by_seconds_is_not_a_rollback() {
    let root = tempfile::tempdir().unwrap();
    let dir = root.path().join("p");
    let mut s = profile_with_entries(&dir);
    let id = s.interviews().unwrap()[0].interview_id.clone();
    s.save_answer(&id, &answer("ntp", T0 + 6 * 60_000 - 2_000))
        .unwrap();
    assert_eq!(s.check_audit_log().unwrap(), sound(9));
}

#[test]
fn a_tail_cut_after_an_export_is_seen_against_the_anchor_even_when_the_log_grew_again() {
    let root = tempfile::tempdir().unwrap();
    let dir = root.path().join("p");
    let s = profile_with_entries(&dir);
    let anchor = s.audit_head().unwrap();
    assert_eq!(anchor.entries, 8);
    assert_eq!(s.check_audit_log_against(&anchor).unwrap(), sound(8));

    // The last three entries removed: the chain itself still holds (what the unkeyed,
    // unanchored log could not tell), the anchor does not.
    let mut s = tampered(&dir, s, "DELETE FROM audit_log WHERE seq > 5;");
    assert_eq!(s.check_audit_log().unwrap(), sound(5));
    assert_eq!(
        s.check_audit_log_against(&anchor).unwrap(),
        broken(5, 6, AuditProblem::Truncated)
    );
    // New entries chained onto the cut log: as long as before, still not the anchored log.
    let id = s.interviews().unwrap()[0].interview_id.clone();
    for i in 0..4 {
        s.save_answer(&id, &answer(&format!("again{i}"), T0 + 600_000 + i))
            .unwrap();
    }
    assert_eq!(s.check_audit_log().unwrap(), sound(9));
    assert_eq!(
        s.check_audit_log_against(&anchor).unwrap(),
        broken(9, 9, AuditProblem::Truncated)
    );
}

#[test]
fn a_log_written_by_the_unkeyed_rule_is_rechained_once_at_open() {
    let root = tempfile::tempdir().unwrap();
    let dir = root.path().join("p");
    let s = profile_with_entries(&dir);
    tamper::rewrite_unkeyed(s.conn_for_audit_tamper_test()).unwrap();
    // By the keyed rule the old chain does not hold as it is...
    assert!(!s.check_audit_log().unwrap().ok);
    s.lock().unwrap();
    // ... and after the next open it does, with one entry saying so.
    let s = Store::unlock(&dir, &crate::pass()).unwrap();
    assert_eq!(s.check_audit_log().unwrap(), sound(9));
    let last = s.audit_entries().unwrap().pop().unwrap();
    assert_eq!(last.action, "audit.rechained");
    assert_eq!(last.detail, "8 entries, unkeyed chain verified");
    s.lock().unwrap();
    let s = Store::unlock(&dir, &crate::pass()).unwrap();
    assert_eq!(
        s.check_audit_log().unwrap(),
        sound(9),
        "re-chained once only"
    );
}

#[test]
fn an_unkeyed_log_already_broken_is_not_rechained_and_stays_broken() {
    let root = tempfile::tempdir().unwrap();
    let dir = root.path().join("p");
    let s = profile_with_entries(&dir);
    let conn = s.conn_for_audit_tamper_test();
    tamper::rewrite_unkeyed(conn).unwrap();
    tamper::execute(conn, "DELETE FROM audit_log WHERE seq = 5;").unwrap();
    s.lock().unwrap();
    let s = Store::unlock(&dir, &crate::pass()).unwrap();
    let report = s.check_audit_log().unwrap();
    assert!(!report.ok);
    assert_eq!(report.entries, 7, "nothing appended");
    assert!(
        s.audit_entries()
            .unwrap()
            .iter()
            .all(|e| e.action != "audit.rechained")
    );
}
