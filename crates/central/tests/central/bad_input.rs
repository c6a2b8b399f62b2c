//! Every refused import leaves the central store exactly as it was (content digest of all
//! tables), with a specific code. Format-level attacks (nesting bombs, future payload versions,
//! inner device id ≠ signer) are the bundle crate's vectors, pushed through this import in
//! `vectors.rs`; chunk-boundary truncations and re-signed damage in `format_attacks.rs`.

use lantern_bundle::{DeviceId, DeviceSigningKey, Limits, Payload, PayloadHeader, Record, seal};
use lantern_central::ImportOutcome;

use crate::*;

struct Setup {
    _root: tempfile::TempDir,
    central: Central,
    enrolment: Vec<u8>,
    field: Field,
    device: sync::EnrolmentInfo,
    bundle: Vec<u8>,
    work: PathBuf,
}

/// A central node holding one imported bundle, and a second, valid, not yet imported bundle.
fn setup() -> Setup {
    let root = tempfile::tempdir().unwrap();
    let (mut central, enrolment) = new_central(&root.path().join("c"));
    let (mut field, device) = device(&root.path().join("d"), &enrolment);
    central
        .approve_device(
            &device.device_id,
            DeviceBinding::Key(device.device_key.parse().unwrap()),
            T0,
        )
        .unwrap();
    let out = root.path().join("out");
    let first = interview_and_export(&mut field, "adult-complete", &out, T0 + 1000);
    central.import_file(&first, T0 + 500_000).unwrap();
    let second = interview_and_export(&mut field, "child-complete", &out, T0 + 1_000_000);
    let work = root.path().join("work");
    std::fs::create_dir_all(&work).unwrap();
    Setup {
        bundle: std::fs::read(second).unwrap(),
        _root: root,
        central,
        enrolment,
        field,
        device,
        work,
    }
}

fn refused(s: &mut Setup, bytes: &[u8], name: &str) -> &'static str {
    let path = s.work.join(name);
    std::fs::write(&path, bytes).unwrap();
    match s.central.import_file(&path, T0 + 2_000_000) {
        Err(e) => e.code(),
        Ok(o) => panic!("{name} was accepted: {o:?}"),
    }
}

#[test]
fn flipped_bytes_anywhere_and_truncations_are_refused_and_change_nothing() {
    let mut s = setup();
    let before = s.central.content_digest().unwrap();
    let good = s.bundle.clone();
    let len = good.len();
    // Every byte of header and trailer, and every 97th byte of the ciphertext.
    let offsets: Vec<usize> = (0..58)
        .chain((58..len - 72).step_by(97))
        .chain(len - 72..len)
        .collect();
    for i in offsets {
        let mut t = good.clone();
        t[i] ^= 0x20;
        let code = refused(&mut s, &t, "flipped.bundle");
        let expected: &[&str] = match i {
            0..8 => &["bundle.bad_magic"],
            8..10 => &["bundle.unsupported_version"],
            // Another device id: not in the registry.
            10..26 => &["bundle.unknown_device"],
            26..58 => &["bundle.signer_key_mismatch"],
            _ if i >= len - 8 => &["bundle.truncated"],
            _ => &["bundle.bad_signature"],
        };
        assert!(expected.contains(&code), "byte {i}: {code}");
    }
    for cut in [0, 10, 57, 58, 130, len / 2, len - 73, len - 1] {
        let code = refused(&mut s, &good[..cut], "cut.bundle");
        assert!(
            matches!(code, "bundle.truncated" | "bundle.bad_signature"),
            "cut {cut}: {code}"
        );
    }
    assert_eq!(s.central.content_digest().unwrap(), before);
    // The untouched file still imports, once; the second time it is a duplicate.
    let path = s.work.join("good.bundle");
    std::fs::write(&path, &good).unwrap();
    assert!(matches!(
        s.central.import_file(&path, T0 + 3_000_000).unwrap(),
        ImportOutcome::Imported(_)
    ));
    let after = s.central.content_digest().unwrap();
    assert_ne!(after, before);
    assert!(matches!(
        s.central.import_file(&path, T0 + 4_000_000).unwrap(),
        ImportOutcome::Duplicate { .. }
    ));
    assert_eq!(s.central.content_digest().unwrap(), after);
}

#[test]
fn foreign_central_unknown_revoked_and_oversized_are_refused_and_change_nothing() {
    let mut s = setup();
    let root = s.work.clone();
    let before = s.central.content_digest().unwrap();

    // Sealed to another central node (the device is approved here, but enrolled there).
    let (_other, other_enrolment) = new_central(&root.join("other-central"));
    let (mut foreign, foreign_info) = device(&root.join("foreign"), &other_enrolment);
    let foreign_bundle =
        interview_and_export(&mut foreign, "adult-complete", &root.join("f"), T0 + 1000);
    s.central
        .approve_device(
            &foreign_info.device_id,
            DeviceBinding::Key(foreign_info.device_key.parse().unwrap()),
            T0,
        )
        .unwrap();
    let approved = s.central.content_digest().unwrap();
    assert_eq!(
        s.central
            .import_file(&foreign_bundle, T0)
            .unwrap_err()
            .code(),
        "bundle.wrong_recipient"
    );
    assert_eq!(s.central.content_digest().unwrap(), approved);

    // Unknown: enrolled with this central node but never approved.
    let (mut stranger, _) = device(&root.join("stranger"), &s.enrolment);
    let stranger_bundle =
        interview_and_export(&mut stranger, "adult-complete", &root.join("s"), T0 + 1000);
    assert_eq!(
        s.central
            .import_file(&stranger_bundle, T0)
            .unwrap_err()
            .code(),
        "bundle.unknown_device"
    );

    // Revoked: the setup's own device, with its valid second bundle.
    let good = s.bundle.clone();
    s.central.revoke_device(&s.device.device_id, T0).unwrap();
    let revoked = s.central.content_digest().unwrap();
    assert_eq!(
        refused(&mut s, &good, "revoked.bundle"),
        "bundle.revoked_device"
    );
    assert_eq!(s.central.content_digest().unwrap(), revoked);
    assert_ne!(
        revoked, before,
        "revoking is a change; the refused import is not"
    );

    // Oversized, for a central node with a lower file-size limit.
    let (mut small, small_enrolment) = new_central(&root.join("small"));
    let (mut d, info) = device(&root.join("small-device"), &small_enrolment);
    small
        .approve_device(&info.device_id, fingerprint_of(&info), T0)
        .unwrap();
    let b = interview_and_export(&mut d, "adult-complete", &root.join("sb"), T0 + 1000);
    small.set_limits(Limits {
        max_file_size: 1024,
        ..Limits::default()
    });
    let small_before = small.content_digest().unwrap();
    assert_eq!(
        small.import_file(&b, T0).unwrap_err().code(),
        "bundle.too_large"
    );
    assert_eq!(small.content_digest().unwrap(), small_before);
    // Within the limit it imports, and its key is pinned on first contact.
    small.set_limits(Limits::default());
    let ImportOutcome::Imported(sum) = small.import_file(&b, T0).unwrap() else {
        panic!("expected an import");
    };
    assert!(sum.key_pinned);
}

/// Bundles that verify (signed by the enrolled device) but carry records this central node
/// refuses: the whole bundle is rolled back, including records before the bad one.
#[test]
fn bad_records_from_an_enrolled_device_roll_back_the_whole_bundle() {
    let mut s = setup();
    let before = s.central.content_digest().unwrap();
    let seed = s.field.store().device_signing_seed().unwrap();
    let signer = DeviceSigningKey::from_secret_bytes(&seed);
    let recipient = s.central.recipient().unwrap();
    let device: DeviceId = s.device.device_id.parse().unwrap();
    let id = s.field.store().interviews().unwrap()[0]
        .interview_id
        .clone();
    let good_body = serde_json::to_vec(&s.field.store().interview_export(&id).unwrap()).unwrap();
    let rev = s.field.store().interview(&id).unwrap().revision as u64;
    let mut other_id = s.field.store().interview_export(&id).unwrap();
    other_id.interview_id = "int-someone-else".into();
    let cases: Vec<(&str, Vec<Record>, &str)> = vec![
        (
            "not json",
            vec![rec("interview", &id, rev, b"not json".to_vec())],
            "central.malformed_record",
        ),
        (
            "body names another interview",
            vec![rec(
                "interview",
                &id,
                rev,
                serde_json::to_vec(&other_id).unwrap(),
            )],
            "central.malformed_record",
        ),
        (
            "revision differs from the body",
            vec![rec("interview", &id, rev + 5, good_body.clone())],
            "central.malformed_record",
        ),
        (
            "unknown kind after a good record",
            vec![
                rec("interview", &id, rev, good_body.clone()),
                rec("photo", "p-1", 1, vec![1, 2, 3]),
            ],
            "central.unknown_record_kind",
        ),
    ];
    for (n, (what, records, code)) in cases.into_iter().enumerate() {
        let payload = Payload {
            header: PayloadHeader {
                device_id: device,
                seq: 100 + n as u64,
                created_at: T0,
            },
            records,
        };
        let mut bytes = Vec::new();
        seal(&payload, &recipient, &signer, &mut bytes).unwrap();
        assert_eq!(refused(&mut s, &bytes, "crafted.bundle"), code, "{what}");
    }
    // A key that is not the registered one, claiming the device's id.
    let impostor = DeviceSigningKey::from_secret_bytes(&[42; 32]);
    let payload = Payload {
        header: PayloadHeader {
            device_id: device,
            seq: 200,
            created_at: T0,
        },
        records: vec![rec("interview", &id, rev, good_body)],
    };
    let mut bytes = Vec::new();
    seal(&payload, &recipient, &impostor, &mut bytes).unwrap();
    assert_eq!(
        refused(&mut s, &bytes, "impostor.bundle"),
        "bundle.signer_key_mismatch"
    );
    assert_eq!(s.central.content_digest().unwrap(), before);
}

fn rec(kind: &str, id: &str, revision: u64, body: Vec<u8>) -> Record {
    Record {
        kind: kind.into(),
        id: id.into(),
        revision,
        body,
    }
}
