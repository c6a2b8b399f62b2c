//! Identity kept apart and consent enforced at the central office (issue 10). The bundles are
//! sealed here with a real enrolled device's key, from the device's real interview export with
//! the consent decisions each test needs, plus `identity` and `consent` records in the wire
//! form of `lantern_store::sync`.

use std::path::{Path, PathBuf};

use lantern_bundle::{Limits, Record, verify_receipt};
use lantern_central::{ImportOutcome, ImportSummary};
use lantern_store::sync::{
    ConsentChangeExport, ConsentValue, ExportedAnswer, IdentityExport, InterviewExport,
    consent_record_id,
};
use lantern_store::{
    AnswerRecord, AnswerState, ConsentPurpose, ConsentRecord, ConsentState, Vault, VaultLayout,
};

use crate::revisions::{Sender, interview_record};
use crate::*;

pub const MARKER: &str = "MARKER-identity-7c41-Ana-Birthname";

use ConsentPurpose::{Assistance, Police, Sharing, Statistics};
use ConsentState::{Given, Refused, Revoked};

pub const ALL_GIVEN: [(ConsentPurpose, ConsentState); 4] = [
    (Assistance, Given),
    (Sharing, Given),
    (Police, Given),
    (Statistics, Given),
];

/// A central office with one approved real device whose bundles the test seals.
pub struct Office {
    pub root: tempfile::TempDir,
    pub home: PathBuf,
    pub central: Central,
    pub sender: Sender,
    pub field: Field,
    seq: u64,
}

pub fn office() -> Office {
    let root = tempfile::tempdir().unwrap();
    let home = root.path().join("central");
    let (mut central, _) = new_central(&home);
    let (sender, field) = Sender::new(&root.path().join("device"), &mut central);
    Office {
        root,
        home,
        central,
        sender,
        field,
        seq: 0,
    }
}

impl Office {
    /// A finished interview on the device, as it exports it, with `decisions` as its consent
    /// history in place of whatever the device recorded.
    pub fn interview(&mut self, decisions: &[(ConsentPurpose, ConsentState)]) -> InterviewExport {
        let id = self
            .field
            .run_script(&script("adult-complete"), T0 + 1000)
            .unwrap()
            .interview_id;
        let mut export = self.field.store().interview_export(&id).unwrap();
        export.consents = decisions
            .iter()
            .enumerate()
            .map(|(i, (purpose, state))| ConsentRecord {
                purpose: *purpose,
                state: *state,
                locale: "ro".into(),
                recorded_at: T0 + 2000 + i as i64,
            })
            .collect();
        export
    }

    /// The sealed bundle file with `records`, next in sequence.
    pub fn bundle(&mut self, records: &[&Record]) -> PathBuf {
        self.seq += 1;
        let out = self.root.path().join("bundles");
        self.sender.bundle(&self.central, self.seq, records, &out)
    }

    pub fn import(&mut self, records: &[&Record]) -> ImportSummary {
        let path = self.bundle(records);
        match self
            .central
            .import_file(&path, T0 + 100_000 * self.seq as i64)
            .unwrap()
        {
            ImportOutcome::Imported(s) => s,
            other => panic!("not imported: {other:?}"),
        }
    }

    fn actions_for(&self, id: &str) -> Vec<(String, String)> {
        self.central
            .audit_entries()
            .unwrap()
            .into_iter()
            .filter(|e| e.subject == id)
            .map(|e| (e.action, e.detail))
            .collect()
    }
}

/// Her identifying answers (a name carrying [`MARKER`]) for `export`'s interview and revision.
pub fn identity_record(export: &InterviewExport) -> Record {
    let body = IdentityExport {
        format: 1,
        interview_id: export.interview_id.clone(),
        revision: export.revision,
        answers: vec![ExportedAnswer {
            record: AnswerRecord {
                question_id: "A2".into(),
                instance: 0,
                value: Some(serde_json::json!({"kind": "text", "value": MARKER})),
                state: AnswerState::Present,
                asked_in_locale: "ro".into(),
                locale_fallback: false,
                interpreter_id: None,
                recorded_at: T0 + 1500,
            },
            seq: 1,
        }],
        updated_at: T0 + 3000,
    };
    Record {
        kind: "identity".into(),
        id: export.interview_id.clone(),
        revision: export.revision as u64,
        body: serde_json::to_vec(&body).unwrap(),
    }
}

/// A consent decision made after the interview (the `revision`-th for that purpose).
pub fn consent_change(
    interview_id: &str,
    purpose: ConsentPurpose,
    state: ConsentState,
    revision: u64,
    at: i64,
) -> Record {
    let body = ConsentChangeExport {
        format: 1,
        interview_id: interview_id.to_owned(),
        purpose,
        state,
        locale: "uk".into(),
        recorded_at: at,
    };
    Record {
        kind: "consent".into(),
        id: consent_record_id(interview_id, purpose),
        revision,
        body: serde_json::to_vec(&body).unwrap(),
    }
}

/// Every file under `dir` whose bytes contain `needle`.
pub fn files_containing(dir: &Path, needle: &[u8]) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for entry in std::fs::read_dir(&d).unwrap() {
            let p = entry.unwrap().path();
            if p.is_dir() {
                stack.push(p);
            } else if std::fs::read(&p)
                .unwrap()
                .windows(needle.len())
                .any(|w| w == needle)
            {
                out.push(p);
            }
        }
    }
    out
}

/// Every page of the (locked) central database file, decrypted with its data key, free pages
/// included: whether any holds `needle`. This sees what `secure_delete` must have overwritten,
/// which no query of the tables can. SQLCipher 4 with a raw key: each page is AES-256-CBC under
/// the data key itself, with the IV in the page's reserved tail (IV 16 + HMAC-SHA256 32 bytes);
/// page 1 starts with the 16-byte salt in clear. The SQLite bundled here has no `sqlite_dbpage`.
fn decrypted_pages_contain(home: &Path, needle: &[u8]) -> bool {
    use aes::cipher::{BlockDecrypt, KeyInit, generic_array::GenericArray};
    const PAGE: usize = 4096;
    const RESERVED: usize = 48;
    let layout = VaultLayout {
        key_file: lantern_central::KEY_FILE,
        database_file: lantern_central::DATABASE_FILE,
        migrations: &[],
    };
    let key = Vault::data_key_for_leak_test(home, &layout, &pass()).unwrap();
    let aes = aes::Aes256::new(GenericArray::from_slice(&key));
    let file = std::fs::read(home.join(lantern_central::DATABASE_FILE)).unwrap();
    assert_eq!(file.len() % PAGE, 0);
    let mut schema_seen = false;
    let mut found = false;
    for (i, page) in file.chunks(PAGE).enumerate() {
        let start = if i == 0 { 16 } else { 0 };
        let mut prev: [u8; 16] = page[PAGE - RESERVED..PAGE - RESERVED + 16]
            .try_into()
            .unwrap();
        let mut plain = Vec::with_capacity(PAGE);
        for block in page[start..PAGE - RESERVED].chunks(16) {
            let mut b = GenericArray::clone_from_slice(block);
            aes.decrypt_block(&mut b);
            plain.extend(b.iter().zip(prev).map(|(x, p)| x ^ p));
            prev = block.try_into().unwrap();
        }
        let has = |n: &[u8]| plain.windows(n.len()).any(|w| w == n);
        schema_seen |= has(b"CREATE TABLE identity");
        found |= has(needle);
    }
    assert!(
        schema_seen,
        "the pages decrypt (control: the schema is readable)"
    );
    found
}

#[test]
fn identity_with_consent_is_held_apart_and_never_in_the_history() {
    let mut o = office();
    let export = o.interview(&ALL_GIVEN);
    let id = export.interview_id.clone();
    let s = o.import(&[&interview_record(&export), &identity_record(&export)]);
    assert_eq!((s.records, s.applied, s.identity_kept), (2, 2, 1));
    assert!(o.central.holds_identity(&id).unwrap());

    // Only the identity table holds her name: not record_revision, not record, not the audit.
    assert_eq!(
        o.central
            .tables_containing_for_test(MARKER.as_bytes())
            .unwrap(),
        ["identity"]
    );
    assert!(
        o.central
            .record_history("identity", &id)
            .unwrap()
            .is_empty()
    );
    assert_eq!(o.central.record_count("identity").unwrap(), 0);
    // Acknowledged like any record, so the device does not send it again.
    let bundle_id = s.bundle_id.clone();
    let receipt = verify_receipt(
        &o.central.receipt(&bundle_id).unwrap(),
        &o.central.central_key().unwrap(),
        &Limits::default(),
    )
    .unwrap();
    assert!(
        receipt
            .records
            .iter()
            .any(|k| k.kind == "identity" && k.id == id)
    );

    // The review list and the case record leave it out.
    let list = serde_json::to_string(&o.central.review_list().unwrap()).unwrap();
    assert!(list.contains(&id) && !list.contains(MARKER));
    let case = o.central.case_record(&id).unwrap();
    assert!(case.identity.is_none());
    assert!(!serde_json::to_string(&case).unwrap().contains(MARKER));
    assert_eq!(
        case.consent.statistics,
        ConsentValue::Yes,
        "all four were given"
    );

    // Asked for, with a reason: shown, and the view is in the audit log (who, why; not what).
    assert_eq!(
        o.central
            .case_record_with_identity(&id, "Supervisor Ana", "  ", T0 + 9)
            .unwrap_err()
            .code(),
        "central.reason_required"
    );
    assert_eq!(
        o.central
            .case_record_with_identity(&id, " ", "referral", T0 + 9)
            .unwrap_err()
            .code(),
        "central.viewer_required"
    );
    assert!(
        o.actions_for(&id).is_empty(),
        "a refused view is not audited"
    );
    let shown = o
        .central
        .case_record_with_identity(&id, "Supervisor Ana", "referral to the shelter", T0 + 10)
        .unwrap();
    assert!(
        serde_json::to_string(&shown.identity)
            .unwrap()
            .contains(MARKER)
    );
    let audit = o.central.audit_entries().unwrap();
    let last = audit.last().unwrap();
    assert_eq!(
        (last.action.as_str(), last.subject.as_str()),
        ("identity.viewed", id.as_str())
    );
    assert_eq!(last.at, T0 + 10);
    assert!(
        last.detail.contains("Supervisor Ana") && last.detail.contains("referral to the shelter")
    );
    assert!(audit.iter().all(|e| !e.detail.contains(MARKER)));
    assert_eq!(o.central.verify_audit_log().unwrap(), audit.len() as i64);

    assert_eq!(
        o.central
            .case_record("01nosuchinterview")
            .unwrap_err()
            .code(),
        "central.unknown_interview"
    );
}

#[test]
fn identity_without_consent_is_discarded_at_import_and_audited() {
    let mut o = office();
    // Sharing refused; assistance never decided (unknown is not yes); both given but one
    // withdrawn again during the interview.
    let cases: [&[(ConsentPurpose, ConsentState)]; 3] = [
        &[(Assistance, Given), (Sharing, Refused)],
        &[(Sharing, Given), (Police, Given), (Statistics, Given)],
        &[(Assistance, Given), (Sharing, Given), (Assistance, Revoked)],
    ];
    for decisions in cases {
        let export = o.interview(decisions);
        let id = export.interview_id.clone();
        let s = o.import(&[&interview_record(&export), &identity_record(&export)]);
        assert_eq!(
            (s.records, s.identity_kept, s.identity_discarded),
            (2, 0, 1),
            "{decisions:?}"
        );
        assert!(!o.central.holds_identity(&id).unwrap());
        let receipt = verify_receipt(
            &o.central.receipt(&s.bundle_id).unwrap(),
            &o.central.central_key().unwrap(),
            &Limits::default(),
        )
        .unwrap();
        assert_eq!(
            receipt.records.len(),
            2,
            "the discarded identity is acknowledged"
        );
        let actions = o.actions_for(&id);
        assert_eq!(actions.len(), 1, "{actions:?}");
        assert_eq!(actions[0].0, "identity.discarded");
        assert!(actions[0].1.starts_with("consent:"), "{actions:?}");
    }
    assert!(
        o.central
            .tables_containing_for_test(MARKER.as_bytes())
            .unwrap()
            .is_empty()
    );
    o.central.lock().unwrap();
    assert!(!decrypted_pages_contain(&o.home, MARKER.as_bytes()));
}

#[test]
fn a_withdrawal_deletes_the_identity_and_nothing_readable_remains() {
    let mut o = office();
    let export = o.interview(&ALL_GIVEN);
    let id = export.interview_id.clone();
    o.import(&[&interview_record(&export), &identity_record(&export)]);
    assert!(o.central.holds_identity(&id).unwrap());
    o.central.lock().unwrap();
    // Control: the decrypted pages do show her name while it is held.
    assert!(decrypted_pages_contain(&o.home, MARKER.as_bytes()));
    o.central = Central::unlock(&o.home, &pass()).unwrap();
    assert_eq!(
        o.central.interviews_with_consent(Statistics).unwrap(),
        std::slice::from_ref(&id)
    );

    // She withdraws sharing later; the withdrawal travels as a `consent` record.
    let s = o.import(&[&consent_change(&id, Sharing, Revoked, 1, T0 + 50_000)]);
    assert_eq!((s.applied, s.identity_deleted), (1, 1));
    assert!(!o.central.holds_identity(&id).unwrap());
    let consent = o.central.consent(&id).unwrap();
    assert_eq!(
        (consent.assistance, consent.sharing, consent.statistics),
        (ConsentValue::Yes, ConsentValue::No, ConsentValue::Yes)
    );
    let history = o.central.consent_history(&id).unwrap();
    assert_eq!(history.len(), 5, "the interview's four and the withdrawal");
    let last = history.last().unwrap();
    assert_eq!(
        (last.purpose, last.state, last.source.as_str(), last.seq),
        (Sharing, Revoked, "change", 1)
    );
    assert_eq!(last.bundle_id, s.bundle_id);
    let actions = o.actions_for(&id);
    let names: Vec<&str> = actions.iter().map(|(a, _)| a.as_str()).collect();
    assert_eq!(names, ["consent.changed", "identity.deleted"]);
    assert_eq!(actions[0].1, "sharing: yes -> no");

    // Statistics withdrawn too: the interview no longer counts; police consent still holds.
    o.import(&[&consent_change(&id, Statistics, Revoked, 1, T0 + 60_000)]);
    assert!(
        o.central
            .interviews_with_consent(Statistics)
            .unwrap()
            .is_empty()
    );
    assert_eq!(
        o.central.interviews_with_consent(Police).unwrap(),
        std::slice::from_ref(&id)
    );
    // A resend of the interview with her original consents changes nothing: the withdrawals
    // are later decisions.
    let s = o.import(&[&interview_record(&export), &identity_record(&export)]);
    assert_eq!((s.unchanged, s.identity_kept), (1, 0));
    assert!(!o.central.holds_identity(&id).unwrap());

    // Nothing readable anywhere: not in any table, not on any page (free ones included), not
    // in any file of the home, open or locked.
    assert!(
        o.central
            .tables_containing_for_test(MARKER.as_bytes())
            .unwrap()
            .is_empty()
    );
    assert!(files_containing(&o.home, MARKER.as_bytes()).is_empty());
    o.central.lock().unwrap();
    assert!(!decrypted_pages_contain(&o.home, MARKER.as_bytes()));
    assert!(files_containing(&o.home, MARKER.as_bytes()).is_empty());
}

#[test]
fn a_consent_change_before_its_interview_is_applied_when_it_arrives() {
    let mut o = office();
    let export = o.interview(&ALL_GIVEN);
    let id = export.interview_id.clone();
    // The withdrawals travel in a bundle imported before the interview's.
    let s = o.import(&[
        &consent_change(&id, Statistics, Revoked, 1, T0 + 50_000),
        &consent_change(&id, Sharing, Revoked, 1, T0 + 50_001),
    ]);
    assert_eq!(s.applied, 2);
    assert_eq!(
        o.central.consent(&id).unwrap_err().code(),
        "central.unknown_interview"
    );
    let s = o.import(&[&interview_record(&export), &identity_record(&export)]);
    assert_eq!((s.identity_kept, s.identity_discarded), (0, 1));
    assert!(!o.central.holds_identity(&id).unwrap());
    let consent = o.central.consent(&id).unwrap();
    assert_eq!(
        (
            consent.assistance,
            consent.sharing,
            consent.police,
            consent.statistics
        ),
        (
            ConsentValue::Yes,
            ConsentValue::No,
            ConsentValue::Yes,
            ConsentValue::No
        )
    );
    assert!(
        o.central
            .interviews_with_consent(Statistics)
            .unwrap()
            .is_empty()
    );
    assert_eq!(o.central.interviews_with_consent(Police).unwrap(), [id]);
}

#[test]
fn unknown_consent_is_never_yes() {
    let mut o = office();
    let silent = o.interview(&[(Assistance, Given)]);
    let refused = o.interview(&[(Statistics, Refused), (Police, Refused)]);
    o.import(&[&interview_record(&silent), &interview_record(&refused)]);
    for purpose in [Sharing, Police, Statistics] {
        assert!(
            o.central
                .interviews_with_consent(purpose)
                .unwrap()
                .is_empty(),
            "{purpose:?}"
        );
    }
    assert_eq!(
        o.central.interviews_with_consent(Assistance).unwrap(),
        std::slice::from_ref(&silent.interview_id)
    );
    let c = o.central.consent(&silent.interview_id).unwrap();
    assert_eq!(
        (c.assistance, c.sharing, c.police, c.statistics),
        (
            ConsentValue::Yes,
            ConsentValue::Unknown,
            ConsentValue::Unknown,
            ConsentValue::Unknown
        )
    );
}

/// The acceptance contract of `lantern-central --home DIR records show ID --json`, as a process.
#[test]
fn records_show_json_contract_as_a_process() {
    use crate::cli::{central_in, failed_with, stdout_of};
    let mut o = office();
    let export = o.interview(&[(Assistance, Given), (Sharing, Given), (Police, Refused)]);
    let id = export.interview_id.clone();
    o.import(&[&interview_record(&export), &identity_record(&export)]);
    let device_id = o.sender.device_id.clone();
    let Office {
        root: _root,
        home,
        central,
        ..
    } = o;
    central.lock().unwrap();
    let run = |env: &[(&str, &str)], args: &[&str]| central_in(&home, PASSPHRASE, env, args);

    let plain = stdout_of(&run(&[], &["records", "show", &id, "--json"]));
    assert!(!plain.contains(MARKER));
    let v: serde_json::Value = serde_json::from_str(&plain).unwrap();
    assert_eq!(v["interview_id"], id.as_str());
    assert_eq!(v["device_id"], device_id.as_str());
    assert_eq!(v["revision"], export.revision);
    assert_eq!(v["status"], "finished");
    assert!(!v["record"]["answers"].as_array().unwrap().is_empty());
    assert!(v["record"]["events"].is_array());
    assert!(
        !v["record"]["language_timeline"]
            .as_array()
            .unwrap()
            .is_empty()
    );
    assert_eq!(v["review"]["state"], "new");
    assert_eq!(
        v["consent"],
        serde_json::json!({"assistance": "yes", "sharing": "yes", "police": "no", "statistics": "unknown"})
    );
    assert!(v["identity"].is_null());

    // --with-identity needs a reason; refused before anything is read or audited.
    failed_with(
        &run(&[], &["records", "show", &id, "--json", "--with-identity"]),
        "central.reason_required",
    );
    let audit: serde_json::Value =
        serde_json::from_str(&stdout_of(&run(&[], &["audit", "--json"]))).unwrap();
    assert!(
        audit["entries"]
            .as_array()
            .unwrap()
            .iter()
            .all(|e| e["action"] != "identity.viewed")
    );

    let shown = stdout_of(&run(
        &[("USER", "os-user-maria")],
        &[
            "records",
            "show",
            &id,
            "--json",
            "--with-identity",
            "--reason",
            "referral to the shelter",
        ],
    ));
    let v: serde_json::Value = serde_json::from_str(&shown).unwrap();
    assert_eq!(v["identity"]["interview_id"], id.as_str());
    assert_eq!(v["identity"]["answers"][0]["question_id"], "A2");
    assert_eq!(v["identity"]["answers"][0]["value"]["value"], MARKER);
    stdout_of(&run(
        &[],
        &[
            "records",
            "show",
            &id,
            "--with-identity",
            "--reason",
            "check the contact",
            "--by",
            "Supervisor Ana",
        ],
    ));

    let audit: serde_json::Value =
        serde_json::from_str(&stdout_of(&run(&[], &["audit", "--json"]))).unwrap();
    let entries = audit["entries"].as_array().unwrap();
    assert_eq!(audit["verified"], entries.len());
    let views: Vec<serde_json::Value> = entries
        .iter()
        .filter(|e| e["action"] == "identity.viewed")
        .map(|e| {
            assert_eq!(e["subject"], id.as_str());
            serde_json::from_str(e["detail"].as_str().unwrap()).unwrap()
        })
        .collect();
    assert_eq!(
        views,
        [
            serde_json::json!({"by": "os-user-maria", "reason": "referral to the shelter", "held": true}),
            serde_json::json!({"by": "Supervisor Ana", "reason": "check the contact", "held": true}),
        ]
    );
    assert!(!serde_json::to_string(&audit).unwrap().contains(MARKER));

    // The review list and the history leave it out.
    let list = stdout_of(&run(&[], &["review", "list", "--json"]));
    assert!(list.contains(&id) && !list.contains(MARKER));
    let history = stdout_of(&run(&[], &["review", "history", &id, "--kind", "identity"]));
    assert_eq!(history.trim(), "[]");

    // For people: localised lines, identity withheld unless asked for.
    let human = stdout_of(&run(&[], &["records", "show", &id]));
    assert!(human.contains("Identifying data is not shown"), "{human}");
    assert!(human.contains("police no"), "{human}");
    assert!(!human.contains(MARKER));
    let ro = stdout_of(&run(&[("LANG", "ro_RO.UTF-8")], &["records", "show", &id]));
    assert!(
        ro.contains("Datele de identificare nu sunt afișate"),
        "{ro}"
    );

    // An unknown interview: a localised error with a stable code.
    let unknown = run(&[], &["records", "show", "01nosuchinterview", "--json"]);
    failed_with(&unknown, "central.unknown_interview");
    assert!(String::from_utf8_lossy(&unknown.stderr).contains("holds no interview"));
    let unknown_uk = run(
        &[("LANG", "uk_UA.UTF-8")],
        &["records", "show", "01nosuchinterview", "--json"],
    );
    failed_with(&unknown_uk, "central.unknown_interview");
    assert!(String::from_utf8_lossy(&unknown_uk.stderr).contains("немає інтерв'ю"));

    assert!(files_containing(&home, MARKER.as_bytes()).is_empty());
}
