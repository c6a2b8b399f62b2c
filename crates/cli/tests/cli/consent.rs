//! `lantern consent withdraw INTERVIEW PURPOSE` and what `lantern export` says about identity,
//! as processes; the central side made of the bundle format's own primitives (keys, enrolment,
//! open, receipt), so what the device really sent is read back.

use std::path::Path;
use std::process::Output;

use lantern_bundle::{
    CentralIdentity, CentralSigningKey, DeviceSigningKey, Enrolment, Limits, Payload, PurgePolicy,
    Receipt, RecordKey, Trust, sign_enrolment, sign_receipt,
};
use lantern_store::{Passphrase, Store};
use serde_json::Value;

use crate::{failed_with, stdout_of};

const PASS: &str = "a long cli passphrase";
const REFUSED_SHARING: &str = "MARKER-cli-identity-refused-sharing";
const AGREED: &str = "MARKER-cli-identity-agreed";

fn lantern(profile: &Path, args: &[&str]) -> Output {
    crate::lantern_in(profile, PASS, &[], args)
}

struct Office {
    identity: CentralIdentity,
    signing: CentralSigningKey,
}

impl Office {
    fn new() -> Self {
        Self {
            identity: CentralIdentity::generate().unwrap(),
            signing: CentralSigningKey::generate().unwrap(),
        }
    }

    fn enrolment(&self) -> Vec<u8> {
        let e = Enrolment {
            central_key: self.signing.verifying_key(),
            recipient: self.identity.recipient(),
            node_id: "central-cli-test".into(),
            purge: PurgePolicy::AfterReceipt,
            created_at: 1,
            inbox_certificate: None,
            inbox_url: None,
        };
        sign_enrolment(&e, &self.signing).unwrap()
    }

    /// Opens a bundle with the device key read from the (locked) profile.
    fn open(&self, profile: &Path, bundle: &Path) -> (Payload, lantern_bundle::BundleId) {
        let store = Store::unlock(profile, &Passphrase::new(PASS.into())).unwrap();
        let key = DeviceSigningKey::from_secret_bytes(&store.device_signing_seed().unwrap())
            .verifying_key();
        store.lock().unwrap();
        let verified =
            lantern_bundle::verify_file(bundle, &Limits::default(), |_| Trust::Trusted(key))
                .unwrap();
        let id = verified.bundle_id();
        (lantern_bundle::open(verified, &self.identity).unwrap(), id)
    }

    fn receipt(&self, payload: &Payload, bundle_id: lantern_bundle::BundleId, file: &Path) {
        let r = Receipt {
            bundle_id,
            device_id: payload.header.device_id,
            seq: payload.header.seq,
            accepted_at: 2,
            records: payload
                .records
                .iter()
                .map(|r| RecordKey {
                    kind: r.kind.clone(),
                    id: r.id.clone(),
                    revision: r.revision,
                })
                .collect(),
        };
        std::fs::write(file, sign_receipt(&r, &self.signing).unwrap()).unwrap();
    }
}

/// The complete adult script with her safe contact (W6) set to `contact` and her answer to the
/// sharing consent question (S5b) set to `sharing`.
fn script(dir: &Path, name: &str, contact: &str, sharing: &str) -> String {
    let text = std::fs::read_to_string(format!(
        "{}/../../examples/scripts/adult-complete.json",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap();
    let mut s: Value = serde_json::from_str(&text).unwrap();
    for step in s["steps"].as_array_mut().unwrap() {
        let Some(answer) = step.get_mut("answer") else {
            continue;
        };
        match answer["key"].as_str() {
            Some("W6") => answer["value"]["value"] = contact.into(),
            Some("S5b") => answer["value"]["value"] = sharing.into(),
            _ => {}
        }
    }
    let path = dir.join(name);
    std::fs::write(&path, serde_json::to_vec(&s).unwrap()).unwrap();
    path.to_str().unwrap().to_owned()
}

fn contains(hay: &[u8], needle: &str) -> bool {
    hay.windows(needle.len()).any(|w| w == needle.as_bytes())
}

fn assert_nowhere_readable(dirs: &[&Path], markers: &[&str]) {
    for dir in dirs {
        for e in std::fs::read_dir(dir).unwrap() {
            let path = e.unwrap().path();
            let bytes = std::fs::read(&path).unwrap();
            for m in markers {
                assert!(!contains(&bytes, m), "{m} readable in {}", path.display());
            }
        }
    }
}

fn bodies<'a>(payload: &'a Payload, kind: &str) -> Vec<(&'a str, u64, Value)> {
    payload
        .records
        .iter()
        .filter(|r| r.kind == kind)
        .map(|r| {
            (
                r.id.as_str(),
                r.revision,
                serde_json::from_slice(&r.body).unwrap(),
            )
        })
        .collect()
}

#[test]
fn export_tells_whose_identity_stays_and_a_withdrawal_after_purge_travels() {
    let root = tempfile::tempdir().unwrap();
    let p = root.path().join("profile");
    let out = root.path().join("out");
    let office = Office::new();
    let enrol_file = root.path().join("enrolment.lantern");
    std::fs::write(&enrol_file, office.enrolment()).unwrap();
    stdout_of(&lantern(&p, &["init", "--insecure-test-kdf"]));
    let refused = script(root.path(), "refused.json", REFUSED_SHARING, "no");
    let refused = stdout_of(&lantern(&p, &["interview", "run", "--script", &refused]));
    let refused = refused.trim();
    // Not enrolled yet: the export says so, and nothing about identities it would not send.
    let early = lantern(&p, &["export", "--out", out.to_str().unwrap()]);
    failed_with(&early, "sync.not_enrolled");
    assert!(
        !String::from_utf8_lossy(&early.stderr).contains("stays on this device"),
        "{}",
        String::from_utf8_lossy(&early.stderr)
    );
    stdout_of(&lantern(&p, &["enrol", enrol_file.to_str().unwrap()]));

    let agreed = script(root.path(), "agreed.json", AGREED, "yes");
    let agreed = stdout_of(&lantern(&p, &["interview", "run", "--script", &agreed]));
    let agreed = agreed.trim();

    let run = lantern(&p, &["export", "--out", out.to_str().unwrap(), "--json"]);
    let exported: Value = serde_json::from_str(&stdout_of(&run)).unwrap();
    assert_eq!(exported["identity_withheld"], serde_json::json!([refused]));
    assert_eq!(exported["consent_changes"], 0);
    let stderr = String::from_utf8_lossy(&run.stderr);
    let told: Vec<&str> = stderr
        .lines()
        .filter(|l| l.contains("stays on this device"))
        .collect();
    assert_eq!(told.len(), 1, "{stderr}");
    assert!(told[0].contains(refused), "{stderr}");
    let bundle = Path::new(exported["path"].as_str().unwrap());
    let (payload, bundle_id) = office.open(&p, bundle);
    let identities = bodies(&payload, "identity");
    assert_eq!(identities.len(), 1);
    assert_eq!(identities[0].0, agreed);
    assert!(identities[0].2.to_string().contains(AGREED));
    for (id, _, body) in bodies(&payload, "interview") {
        let text = body.to_string();
        assert!(
            !text.contains(AGREED) && !text.contains(REFUSED_SHARING),
            "{id}"
        );
        assert!(!text.contains("\"question_id\":\"W6\""), "{id}");
    }
    assert_nowhere_readable(&[&p, &out], &[AGREED, REFUSED_SHARING]);

    let receipt = root.path().join("first.receipt");
    office.receipt(&payload, bundle_id, &receipt);
    let applied: Value = serde_json::from_str(&stdout_of(&lantern(
        &p,
        &["receipt", receipt.to_str().unwrap()],
    )))
    .unwrap();
    assert_eq!(applied["purged"].as_array().unwrap().len(), 2);

    // The contract: exactly `consent withdraw INTERVIEW PURPOSE`, one JSON line on stdout.
    let run = lantern(&p, &["consent", "withdraw", agreed, "assistance"]);
    let line = stdout_of(&run);
    assert_eq!(line.lines().count(), 1);
    let w: Value = serde_json::from_str(&line).unwrap();
    assert_eq!(w["interview_id"], agreed);
    assert_eq!(w["purpose"], "assistance");
    assert_eq!(w["recorded"], true);
    assert_eq!(w["revision"], 1);
    assert_eq!(w["in_interview"], false, "purged: only the change is kept");
    assert_eq!(w["identity_travels"], false);
    assert_eq!(w["locale"], "ro");
    let again = lantern(&p, &["consent", "withdraw", agreed, "assistance"]);
    let w: Value = serde_json::from_str(&stdout_of(&again)).unwrap();
    assert_eq!(w["recorded"], false);
    assert!(String::from_utf8_lossy(&again.stderr).contains("already"));
    failed_with(
        &lantern(&p, &["consent", "withdraw", "int-0000", "police"]),
        "field.unknown_interview",
    );
    assert!(
        !lantern(&p, &["consent", "withdraw", agreed, "marketing"])
            .status
            .success()
    );

    let run = lantern(&p, &["export", "--out", out.to_str().unwrap(), "--json"]);
    let exported: Value = serde_json::from_str(&stdout_of(&run)).unwrap();
    assert_eq!(exported["consent_changes"], 1);
    assert_eq!(exported["records"], 1);
    assert_eq!(exported["identity_withheld"], serde_json::json!([]));
    let (payload, bundle_id) = office.open(&p, Path::new(exported["path"].as_str().unwrap()));
    let changes = bodies(&payload, "consent");
    assert_eq!(changes.len(), 1);
    assert_eq!(changes[0].0, format!("{agreed}/assistance"));
    assert_eq!(changes[0].1, 1);
    assert_eq!(changes[0].2["state"], "revoked");
    assert_eq!(changes[0].2["interview_id"], agreed);
    let receipt = root.path().join("second.receipt");
    office.receipt(&payload, bundle_id, &receipt);
    let applied: Value = serde_json::from_str(&stdout_of(&lantern(
        &p,
        &["receipt", receipt.to_str().unwrap()],
    )))
    .unwrap();
    assert_eq!(applied["acknowledged"], 1);
    failed_with(
        &lantern(&p, &["export", "--out", out.to_str().unwrap()]),
        "sync.nothing_to_export",
    );
    assert_nowhere_readable(&[&p, &out], &[AGREED, REFUSED_SHARING]);
}

#[test]
fn the_withdrawal_sentence_is_in_her_worker_s_language() {
    let root = tempfile::tempdir().unwrap();
    let p = root.path().join("profile");
    stdout_of(&lantern(&p, &["init", "--insecure-test-kdf"]));
    let s = script(root.path(), "s.json", AGREED, "yes");
    let id = stdout_of(&lantern(&p, &["interview", "run", "--script", &s]));
    let id = id.trim();
    let en = lantern(&p, &["consent", "withdraw", id, "police"]);
    let ro = lantern(
        &p,
        &["--lang", "ro", "consent", "withdraw", id, "statistics"],
    );
    let (en, ro) = (
        String::from_utf8_lossy(&en.stderr).into_owned(),
        String::from_utf8_lossy(&ro.stderr).into_owned(),
    );
    assert!(en.contains(id) && en.contains("police"), "{en}");
    assert!(ro.contains(id) && ro.contains("statistics"), "{ro}");
    assert!(ro.contains("consimțământului"), "{ro}");
    let ro_err = lantern(
        &p,
        &["--lang", "ro", "consent", "withdraw", "int-0000", "police"],
    );
    failed_with(&ro_err, "field.unknown_interview");
    assert!(String::from_utf8_lossy(&ro_err.stderr).contains("dispozitiv"));
}
