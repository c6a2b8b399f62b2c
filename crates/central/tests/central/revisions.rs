//! Revisions that are not applied go to the review queue, each exactly once: the same revision
//! with other content (`revision_conflict`), a record first sent by another device
//! (`foreign_device`), an older revision that arrived after a newer one (`older_revision`).
//! The same file again is a duplicate; the same revision again in another bundle (a new or a
//! reused seq) is `unchanged` and opens nothing, also after the item was resolved. And a store
//! made with schema 1 migrates with its review items intact.

use std::path::{Path, PathBuf};

use lantern_bundle::{DeviceId, DeviceSigningKey, Payload, PayloadHeader, Record, seal};
use lantern_central::{ImportOutcome, ImportSummary, ReviewItem};
use lantern_store::sync::InterviewExport;
use lantern_store::{Vault, VaultLayout};

use crate::*;

/// A real enrolled field device whose bundles the test seals itself, with the device's own key,
/// so that any revision can be sent in any order and in as many bundles as needed.
pub struct Sender {
    pub device_id: String,
    id: DeviceId,
    key: DeviceSigningKey,
}

impl Sender {
    pub fn new(dir: &Path, central: &mut Central) -> (Sender, Field) {
        let enrolment = central.enrolment_file(T0).unwrap();
        let (field, info) = device(dir, &enrolment);
        central
            .approve_device(
                &info.device_id,
                DeviceBinding::Key(info.device_key.parse().unwrap()),
                T0,
            )
            .unwrap();
        let key =
            DeviceSigningKey::from_secret_bytes(&field.store().device_signing_seed().unwrap());
        let sender = Sender {
            id: info.device_id.parse().unwrap(),
            device_id: info.device_id,
            key,
        };
        (sender, field)
    }

    /// One sealed bundle file with `records`, under `seq`.
    pub fn bundle(&self, central: &Central, seq: u64, records: &[&Record], out: &Path) -> PathBuf {
        let payload = Payload {
            header: PayloadHeader {
                device_id: self.id,
                seq,
                created_at: T0,
            },
            records: records.iter().map(|r| (*r).clone()).collect(),
        };
        let mut bytes = Vec::new();
        let id = seal(
            &payload,
            &central.recipient().unwrap(),
            &self.key,
            &mut bytes,
        )
        .unwrap();
        std::fs::create_dir_all(out).unwrap();
        let path = out.join(format!("{id}.bundle"));
        std::fs::write(&path, bytes).unwrap();
        path
    }
}

pub fn interview_record(export: &InterviewExport) -> Record {
    Record {
        kind: "interview".into(),
        id: export.interview_id.clone(),
        revision: export.revision as u64,
        body: serde_json::to_vec(export).unwrap(),
    }
}

/// Two real revisions of one interview on `field`: stopped for safety (older), then resumed
/// (newer), each as the store exports it.
fn two_revisions(field: &mut Field) -> (InterviewExport, InterviewExport) {
    let id = field
        .run_script(&script("adult-stopped-for-safety"), T0 + 1000)
        .unwrap()
        .interview_id;
    let older = field.store().interview_export(&id).unwrap();
    field.resume(&id, T0 + 500_000).unwrap();
    let newer = field.store().interview_export(&id).unwrap();
    assert!(older.revision < newer.revision);
    (older, newer)
}

fn imported(o: ImportOutcome) -> ImportSummary {
    match o {
        ImportOutcome::Imported(s) => s,
        other => panic!("expected an import, got {other:?}"),
    }
}

fn history(central: &Central, id: &str) -> Vec<(i64, String, String)> {
    central
        .record_history("interview", id)
        .unwrap()
        .into_iter()
        .map(|r| (r.revision, r.disposition, r.device_id))
        .collect()
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Case {
    OlderRevision,
    RevisionConflict,
    ForeignDevice,
}

/// Device A's newer revision is in force; then the case's revision arrives, is set aside with
/// its reason, and is sent again in every way a resend can happen.
fn set_aside_once(case: Case) {
    let root = tempfile::tempdir().unwrap();
    let out = root.path().join("out");
    let (mut central, _) = new_central(&root.path().join("c"));
    let (a, mut field_a) = Sender::new(&root.path().join("a"), &mut central);
    let (older, newer) = two_revisions(&mut field_a);
    let id = newer.interview_id.clone();
    let (b, _) = Sender::new(&root.path().join("b"), &mut central);

    // What arrives after the newer revision, from whom, and how it is recorded.
    let (sender, record, disposition, reason) = match case {
        Case::OlderRevision => (&a, interview_record(&older), "stale", "older_revision"),
        Case::RevisionConflict => {
            let mut other = newer.clone();
            other.updated_at += 1;
            (
                &a,
                interview_record(&other),
                "conflict",
                "revision_conflict",
            )
        }
        Case::ForeignDevice => {
            let mut other = newer.clone();
            other.revision += 1;
            (&b, interview_record(&other), "conflict", "foreign_device")
        }
    };
    let in_force = interview_record(&newer);
    // Device A's seqs: the older revision went out first (seq 1), the newer one later (seq 2),
    // and the seq 2 bundle reaches the central node first.
    let first = a.bundle(&central, 2, &[&in_force], &out);
    let s = imported(central.import_file(&first, T0 + 1_000_000).unwrap());
    assert_eq!((s.applied, s.stale, s.conflicts), (1, 0, 0));
    assert!(central.review_queue(true).unwrap().is_empty());

    let seq = if sender.device_id == a.device_id {
        1
    } else {
        7
    };
    let second = sender.bundle(&central, seq, &[&record], &out);
    let now = T0 + 2_000_000;
    let s = imported(central.import_file(&second, now).unwrap());
    let stale = usize::from(case == Case::OlderRevision);
    assert_eq!(
        (s.records, s.applied, s.unchanged, s.stale, s.conflicts),
        (1, 0, 0, stale, 1 - stale),
        "{case:?}"
    );
    let expected = vec![ReviewItem {
        item_id: 1,
        kind: "interview".into(),
        record_id: id.clone(),
        revision: record.revision as i64,
        device_id: sender.device_id.clone(),
        bundle_id: s.bundle_id.clone(),
        reason: reason.into(),
        created_at: now,
        resolved_at: None,
        resolution_note: None,
    }];
    assert_eq!(central.review_queue(false).unwrap(), expected, "{case:?}");
    // The newer revision stays in force; both are in the history.
    assert_eq!(central.interview(&id).unwrap().revision, newer.revision);
    let mut want = vec![
        (newer.revision, "current".to_owned(), a.device_id.clone()),
        (
            record.revision as i64,
            disposition.to_owned(),
            sender.device_id.clone(),
        ),
    ];
    want.sort();
    let mut got = history(&central, &id);
    got.sort();
    assert_eq!(got, want, "{case:?}");
    let list = central.review_list().unwrap();
    assert_eq!(list.len(), 1);
    assert_eq!(list[0].revision, newer.revision);
    assert_eq!(list[0].open_conflicts, expected);

    // The same file again: a duplicate, nothing changes.
    let digest = central.content_digest().unwrap();
    assert!(matches!(
        central.import_file(&second, now + 1).unwrap(),
        ImportOutcome::Duplicate { .. }
    ));
    assert_eq!(central.content_digest().unwrap(), digest);

    // The same revision resealed (another file) under the same seq, then under a new seq with
    // the revision in force beside it: unchanged, no second item, the history as it was.
    let resent = sender.bundle(&central, seq, &[&record], &out);
    assert_ne!(resent, second);
    let s = imported(central.import_file(&resent, now + 2).unwrap());
    assert_eq!(
        (s.unchanged, s.stale, s.conflicts, s.resent_seq),
        (1, 0, 0, true),
        "{case:?}"
    );
    let both = sender.bundle(&central, seq + 10, &[&record, &in_force], &out);
    let s = imported(central.import_file(&both, now + 3).unwrap());
    assert_eq!(
        (s.unchanged, s.stale, s.conflicts, s.resent_seq),
        (2, 0, 0, false),
        "{case:?}"
    );
    assert_eq!(central.review_queue(true).unwrap(), expected, "{case:?}");
    assert_eq!(history(&central, &id).len(), 2);

    // Resolved, then sent once more: the supervisor has seen exactly this content; it stays
    // resolved and nothing new opens.
    central
        .resolve_review_item(1, "kept the newer revision", now + 4)
        .unwrap();
    let again = sender.bundle(&central, seq + 20, &[&record], &out);
    let s = imported(central.import_file(&again, now + 5).unwrap());
    assert_eq!((s.unchanged, s.stale, s.conflicts), (1, 0, 0), "{case:?}");
    assert!(central.review_queue(false).unwrap().is_empty());
    let all = central.review_queue(true).unwrap();
    assert_eq!(all.len(), 1, "{all:?}");
    assert_eq!(all[0].resolved_at, Some(now + 4));
    assert_eq!(central.interview(&id).unwrap().revision, newer.revision);
}

#[test]
fn an_older_revision_after_a_newer_one_opens_one_older_revision_item() {
    set_aside_once(Case::OlderRevision);
}

#[test]
fn a_conflicting_revision_opens_one_revision_conflict_item() {
    set_aside_once(Case::RevisionConflict);
}

#[test]
fn a_record_from_another_device_opens_one_foreign_device_item() {
    set_aside_once(Case::ForeignDevice);
}

/// In order, and an older revision resent after the newer one: the older one was in force once
/// (now `superseded`), so it is a resend of held content, not an older revision to review.
#[test]
fn in_order_revisions_and_a_resent_superseded_one_open_nothing() {
    let root = tempfile::tempdir().unwrap();
    let out = root.path().join("out");
    let (mut central, _) = new_central(&root.path().join("c"));
    let (a, mut field) = Sender::new(&root.path().join("a"), &mut central);
    let (older, newer) = two_revisions(&mut field);
    let id = newer.interview_id.clone();
    for (seq, export) in [(1, &older), (2, &newer)] {
        let path = a.bundle(&central, seq, &[&interview_record(export)], &out);
        let s = imported(central.import_file(&path, T0 + 1_000_000).unwrap());
        assert_eq!((s.applied, s.stale, s.conflicts), (1, 0, 0));
    }
    let path = a.bundle(&central, 1, &[&interview_record(&older)], &out);
    let s = imported(central.import_file(&path, T0 + 2_000_000).unwrap());
    assert_eq!((s.unchanged, s.stale, s.resent_seq), (1, 0, true));
    assert!(central.review_queue(true).unwrap().is_empty());
    assert_eq!(
        history(&central, &id),
        vec![
            (older.revision, "superseded".into(), a.device_id.clone()),
            (newer.revision, "current".into(), a.device_id.clone()),
        ]
    );
}

/// Schema 1 only, as the first release shipped it.
const SCHEMA_1: VaultLayout = VaultLayout {
    key_file: lantern_central::KEY_FILE,
    database_file: lantern_central::DATABASE_FILE,
    migrations: &[include_str!("../../src/migrations/0001-central.sql")],
};

/// A central home created with schema 1 and holding review items (open and resolved, ids with a
/// gap) is migrated when unlocked: the rows are kept as they were, the schema is the fresh one,
/// and the next older revision opens an `older_revision` item after the kept ones.
#[test]
fn a_schema_1_home_migrates_with_its_review_items() {
    let root = tempfile::tempdir().unwrap();
    let dir = root.path().join("c");
    let device = "dev-0123456789abcdef0123456789abcdef";
    let (b1, b2) = ("aa".repeat(32), "bb".repeat(32));
    let (sha1, sha2) = ("11".repeat(32), "22".repeat(32));
    let created = Vault::create(
        &dir,
        &SCHEMA_1,
        &pass(),
        KdfParams::INSECURE_TEST,
        |tx, vault_id| {
            tx.execute_batch(&format!(
                "INSERT INTO node VALUES (1, 'node-{vault_id}', X'{id}', X'{seed}', 'after_receipt', {T0});
                 INSERT INTO device VALUES ('{device}', NULL, 'approved', {T0}, NULL, NULL);
                 INSERT INTO bundle VALUES (X'{b1}', '{device}', 1, {T0}, {T0}, 1);
                 INSERT INTO bundle VALUES (X'{b2}', '{device}', 2, {T0}, {T0}, 1);
                 INSERT INTO review_item VALUES
                   (1, 'interview', 'int-one', 3, X'{sha1}', '{device}', X'{b1}',
                    'revision_conflict', {T0}, NULL, NULL);
                 INSERT INTO review_item VALUES
                   (5, 'interview', 'int-two', 4, X'{sha2}', 'dev-ffffffffffffffffffffffffffffffff',
                    X'{b2}', 'foreign_device', {T0}, {t1}, 'the other device was a test');",
                id = "03".repeat(32),
                seed = "04".repeat(32),
                t1 = T0 + 1,
            ))?;
            Ok(())
        },
    )
    .unwrap();
    // Schema 1 refuses the new reason: the migration is what makes room for it.
    assert!(
        created
            .vault
            .conn()
            .execute_batch(&format!(
                "INSERT INTO review_item VALUES (9, 'interview', 'int-one', 2, X'{sha1}',
                 '{device}', X'{b1}', 'older_revision', {T0}, NULL, NULL)"
            ))
            .is_err()
    );
    created.vault.lock().unwrap();

    let mut central = Central::unlock(&dir, &pass()).unwrap();
    let kept =
        |item_id, record_id: &str, revision, device_id: &str, bundle_id: &str, reason: &str| {
            ReviewItem {
                item_id,
                kind: "interview".into(),
                record_id: record_id.into(),
                revision,
                device_id: device_id.into(),
                bundle_id: bundle_id.into(),
                reason: reason.into(),
                created_at: T0,
                resolved_at: None,
                resolution_note: None,
            }
        };
    let mut resolved = kept(
        5,
        "int-two",
        4,
        "dev-ffffffffffffffffffffffffffffffff",
        &b2,
        "foreign_device",
    );
    resolved.resolved_at = Some(T0 + 1);
    resolved.resolution_note = Some("the other device was a test".into());
    let before = vec![
        kept(1, "int-one", 3, device, &b1, "revision_conflict"),
        resolved,
    ];
    assert_eq!(central.review_queue(true).unwrap(), before);
    assert_eq!(central.review_queue(false).unwrap(), before[..1]);
    assert_eq!(central.integrity_check().unwrap(), "ok");
    let (fresh, _) = new_central(&root.path().join("fresh"));
    assert_eq!(central.schema_sql().unwrap(), fresh.schema_sql().unwrap());

    // The migrated home works: an older revision opens item 6, after the kept ones.
    let out = root.path().join("out");
    let (a, mut field) = Sender::new(&root.path().join("a"), &mut central);
    let (older, newer) = two_revisions(&mut field);
    let newer_bundle = a.bundle(&central, 2, &[&interview_record(&newer)], &out);
    central.import_file(&newer_bundle, T0 + 1_000_000).unwrap();
    let older_bundle = a.bundle(&central, 1, &[&interview_record(&older)], &out);
    let s = imported(central.import_file(&older_bundle, T0 + 2_000_000).unwrap());
    assert_eq!(s.stale, 1);
    let queue = central.review_queue(true).unwrap();
    assert_eq!(queue[..2], before[..]);
    assert_eq!(queue.len(), 3, "{queue:?}");
    assert_eq!(
        (
            queue[2].item_id,
            queue[2].reason.as_str(),
            queue[2].revision
        ),
        (6, "older_revision", older.revision)
    );
}
