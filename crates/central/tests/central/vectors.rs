//! The bundle crate's committed vectors (`crates/bundle/tests/vectors`) through the REAL central
//! import path: a central home holding the vectors' TEST-ONLY keys (keys.toml), alice approved
//! with her key, bob approved then revoked, mallory unknown, exactly as the vectors' README
//! describes the registry. Every `fail_*` is refused with the code in expected.toml and leaves
//! the content digest unchanged; `ok_*` vectors whose bodies are not interview exports are
//! refused by the central's record validation (also unchanged); `ok_empty` imports and its
//! replay is a duplicate.

use std::collections::BTreeMap;
use std::io::Cursor;
use std::str::FromStr;

use ed25519_dalek::Signer;
use lantern_bundle::{CentralIdentity, CentralSigningKey, DeviceId, DeviceSigningKey};
use lantern_central::{ImportOutcome, Initialised};
use sha2::{Digest, Sha256};

use crate::*;

pub fn vectors_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../bundle/tests/vectors")
}

fn hex32(s: &str) -> [u8; 32] {
    let mut b = [0u8; 32];
    hex::decode_to_slice(s, &mut b).expect("32 hex bytes in keys.toml");
    b
}

pub struct VectorDevice {
    pub id: DeviceId,
    pub seed: [u8; 32],
}

impl VectorDevice {
    pub fn key(&self) -> DeviceSigningKey {
        DeviceSigningKey::from_secret_bytes(&self.seed)
    }
}

/// The published test keys of keys.toml.
pub struct VectorKeys {
    pub central_identity: [u8; 32],
    pub central_signing: [u8; 32],
    pub alice: VectorDevice,
    pub bob: VectorDevice,
    pub mallory: VectorDevice,
}

impl VectorKeys {
    pub fn load() -> Self {
        let text = std::fs::read_to_string(vectors_dir().join("keys.toml")).expect("keys.toml");
        let t: toml::Table = text.parse().expect("keys.toml parses");
        let dev = |name: &str, status: &str| {
            let d = &t["device"][name];
            assert_eq!(d["status"].as_str(), Some(status), "{name}'s status");
            VectorDevice {
                id: DeviceId::from_str(d["id"].as_str().expect("id")).expect("device id"),
                seed: hex32(d["signing_secret"].as_str().expect("secret")),
            }
        };
        VectorKeys {
            central_identity: hex32(t["central"]["identity_secret"].as_str().expect("identity")),
            central_signing: hex32(t["central"]["signing_secret"].as_str().expect("signing")),
            alice: dev("alice", "trusted"),
            bob: dev("bob", "revoked"),
            mallory: dev("mallory", "unknown"),
        }
    }
}

/// A central home holding the vectors' keys, with the vectors' registry.
pub struct VectorCentral {
    pub root: tempfile::TempDir,
    pub central: Central,
    pub enrolment: Vec<u8>,
    pub keys: VectorKeys,
}

pub fn vector_central() -> VectorCentral {
    let keys = VectorKeys::load();
    let root = tempfile::tempdir().unwrap();
    let Initialised {
        mut central,
        enrolment,
        ..
    } = Central::init_with_keys_for_tests(
        &root.path().join("central"),
        &pass(),
        KdfParams::INSECURE_TEST,
        PurgePolicy::AfterReceipt,
        CentralIdentity::from_secret_bytes(&keys.central_identity),
        CentralSigningKey::from_secret_bytes(&keys.central_signing),
        T0,
    )
    .expect("init with the test keys");
    // The home really holds the given keys (what a device would enrol with).
    assert_eq!(
        central.recipient().unwrap().to_string(),
        CentralIdentity::from_secret_bytes(&keys.central_identity)
            .recipient()
            .to_string()
    );
    for d in [&keys.alice, &keys.bob] {
        central
            .approve_device(
                &d.id.to_string(),
                DeviceBinding::Key(d.key().verifying_key()),
                T0,
            )
            .unwrap();
    }
    central
        .revoke_device(&keys.bob.id.to_string(), T0 + 1)
        .unwrap();
    VectorCentral {
        root,
        central,
        enrolment,
        keys,
    }
}

/// Imports `bytes` (through the same reader path `import_file` uses) and returns the refusal
/// code, asserting that the central content did not change.
pub fn refused_unchanged(central: &mut Central, bytes: &[u8], what: &str) -> &'static str {
    let before = central.content_digest().unwrap();
    let code = match central.import_reader(Cursor::new(bytes), T0 + 5_000_000) {
        Err(e) => e.code(),
        Ok(o) => panic!("{what} was accepted: {o:?}"),
    };
    assert_eq!(
        central.content_digest().unwrap(),
        before,
        "{what} ({code}) changed the central store"
    );
    code
}

/// Re-signs `header ‖ ciphertext` as the device with `seed` would (SPEC §3): what a faulty but
/// enrolled sender could produce. The central must still refuse the content.
pub fn resign(header: &[u8], ciphertext: &[u8], seed: &[u8; 32]) -> Vec<u8> {
    assert_eq!(header.len(), lantern_bundle::HEADER_LEN);
    let mut transcript = b"lantern bundle v1 signature\0".to_vec();
    transcript.extend_from_slice(header);
    transcript.extend_from_slice(&Sha256::digest(ciphertext));
    let sig = ed25519_dalek::SigningKey::from_bytes(seed)
        .sign(&transcript)
        .to_bytes();
    let mut out = header.to_vec();
    out.extend_from_slice(ciphertext);
    out.extend_from_slice(&sig);
    out.extend_from_slice(&lantern_bundle::END_MARKER);
    out
}

/// How the central node treats each ok_* vector: the format accepts them all, but their bodies
/// are arbitrary bytes, so the central's record validation refuses all but the empty one.
fn central_outcome_of_ok_vector(name: &str) -> Option<&'static str> {
    match name {
        // Its first record is kind `interview` with a body that is not an interview export.
        "ok_small" => Some("central.malformed_record"),
        "ok_empty" => None,
        // Kind `attachment`: not one this central node stores.
        "ok_multichunk" => Some("central.unknown_record_kind"),
        other => panic!("{other}: a new ok vector; say here how the central node treats it"),
    }
}

#[test]
fn committed_vectors_through_the_central_import() {
    let mut v = vector_central();
    let expected: toml::Table = std::fs::read_to_string(vectors_dir().join("expected.toml"))
        .expect("expected.toml")
        .parse()
        .expect("expected.toml parses");
    // Every committed file is checked, and every expectation has its file.
    let mut on_disk: Vec<String> = std::fs::read_dir(vectors_dir())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "bundle"))
        .map(|p| p.file_stem().unwrap().to_string_lossy().into_owned())
        .collect();
    on_disk.sort();
    let names: Vec<String> = expected.keys().cloned().collect();
    assert_eq!(on_disk, names);
    assert!(names.len() >= 20);

    let mut refusals: BTreeMap<String, &'static str> = BTreeMap::new();
    let mut imported = Vec::new();
    for name in &names {
        let path = vectors_dir().join(format!("{name}.bundle"));
        let bytes = std::fs::read(&path).unwrap();
        let exp = expected[name].as_table().expect("table");
        assert_eq!(
            hex::encode(Sha256::digest(&bytes)),
            exp["bundle_id"].as_str().unwrap(),
            "{name} is the committed file"
        );
        let before = v.central.content_digest().unwrap();
        let result = v.central.import_file(&path, T0 + 1_000_000);
        let want = if name.starts_with("fail_") {
            Some(exp["error"].as_str().expect("error").to_owned())
        } else {
            central_outcome_of_ok_vector(name).map(str::to_owned)
        };
        match (result, want) {
            (Err(e), Some(code)) => {
                assert_eq!(e.code(), code, "{name}");
                assert_eq!(
                    v.central.content_digest().unwrap(),
                    before,
                    "{name}: a refusal changed the store"
                );
                refusals.insert(name.clone(), e.code());
            }
            (Ok(ImportOutcome::Imported(s)), None) => {
                assert_eq!(s.bundle_id, exp["bundle_id"].as_str().unwrap(), "{name}");
                assert_eq!(s.device_id, exp["device_id"].as_str().unwrap(), "{name}");
                assert_eq!(
                    i64::try_from(s.seq).unwrap(),
                    exp["seq"].as_integer().unwrap()
                );
                assert_eq!(
                    i64::try_from(s.records).unwrap(),
                    exp["records"].as_integer().unwrap()
                );
                assert!(!s.key_pinned, "alice was approved with her key");
                assert_ne!(v.central.content_digest().unwrap(), before, "{name}");
                imported.push(path);
            }
            (other, want) => panic!("{name}: got {other:?}, wanted {want:?}"),
        }
    }
    // The format-level attacks the writer API cannot produce all reach the central's answer.
    for (name, code) in [
        ("fail_device_mismatch", "bundle.device_mismatch"),
        ("fail_future_envelope_version", "bundle.unsupported_version"),
        (
            "fail_future_payload_version",
            "bundle.unsupported_payload_version",
        ),
        ("fail_oversized_record", "bundle.too_large"),
        ("fail_nesting_bomb", "bundle.nesting_too_deep"),
        ("fail_nesting_bomb_in_field", "bundle.nesting_too_deep"),
        ("fail_wrong_recipient", "bundle.wrong_recipient"),
        ("fail_unknown_device", "bundle.unknown_device"),
        ("fail_revoked_device", "bundle.revoked_device"),
        ("fail_age_truncated", "bundle.decryption_failed"),
    ] {
        assert_eq!(refusals.get(name).copied(), Some(code), "{name}");
    }
    assert_eq!(imported.len(), 1, "only ok_empty carries nothing to refuse");

    // A replay of the imported vector is a duplicate and changes nothing; so is every later
    // import of the refused ones (still refused, still unchanged).
    let digest = v.central.content_digest().unwrap();
    for path in &imported {
        assert!(matches!(
            v.central.import_file(path, T0 + 2_000_000).unwrap(),
            ImportOutcome::Duplicate { .. }
        ));
    }
    for (name, code) in &refusals {
        let path = vectors_dir().join(format!("{name}.bundle"));
        assert_eq!(
            v.central
                .import_file(&path, T0 + 2_000_000)
                .unwrap_err()
                .code(),
            *code
        );
    }
    assert_eq!(v.central.content_digest().unwrap(), digest);

    // The receipt of ok_empty is signed with the test central key and names the bundle.
    let id = expected["ok_empty"]["bundle_id"].as_str().unwrap();
    let receipt = lantern_bundle::verify_receipt(
        &v.central.receipt(id).unwrap(),
        &CentralSigningKey::from_secret_bytes(&v.keys.central_signing).verifying_key(),
        &lantern_bundle::Limits::default(),
    )
    .unwrap();
    assert_eq!(receipt.bundle_id.to_string(), id);
    assert_eq!(receipt.device_id, v.keys.alice.id);
    assert!(receipt.records.is_empty());
    let alice = v.central.device(&v.keys.alice.id.to_string()).unwrap();
    assert_eq!((alice.bundles, alice.last_seq), (1, Some(2)));
    assert_eq!(alice.missing_seqs, vec![1]);
    // Mallory never entered the registry by trying.
    assert!(
        v.central
            .device(&v.keys.mallory.id.to_string())
            .is_err_and(|e| e.code() == "central.unknown_device")
    );
}

/// The vectors' central node also works end to end with a real field device: enrolment file
/// from the test-keyed home, a real interview, a real export, imported; its replay a duplicate.
#[test]
fn field_export_to_the_test_keyed_central_imports() {
    let mut v = vector_central();
    let (mut field, info) = device(&v.root.path().join("device"), &v.enrolment);
    v.central
        .approve_device(
            &info.device_id,
            DeviceBinding::Key(info.device_key.parse().unwrap()),
            T0,
        )
        .unwrap();
    let bundle = interview_and_export(
        &mut field,
        "adult-complete",
        &v.root.path().join("out"),
        T0 + 1000,
    );
    let ImportOutcome::Imported(s) = v.central.import_file(&bundle, T0 + 500_000).unwrap() else {
        panic!("expected an import");
    };
    // The interview and its identity record: the script consents to assistance and sharing.
    assert_eq!((s.records, s.applied, s.conflicts), (2, 2, 0));
    assert_eq!(v.central.record_count("interview").unwrap(), 1);
    let digest = v.central.content_digest().unwrap();
    assert!(matches!(
        v.central.import_file(&bundle, T0 + 600_000).unwrap(),
        ImportOutcome::Duplicate { .. }
    ));
    assert_eq!(v.central.content_digest().unwrap(), digest);
}
