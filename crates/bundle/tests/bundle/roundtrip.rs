//! Round trips, limits, replay ids, header inspection, receipts.

use std::io::Cursor;

use lantern_bundle::{
    BundleId, BundleWriter, Limits, Payload, PayloadHeader, Receipt, Record, RecordKey, Trust,
    inspect, sign_receipt, verify, verify_receipt,
};
use proptest::prelude::*;

use crate::fixture::*;

fn seal_bytes(keys: &TestKeys, payload: &Payload) -> (BundleId, Vec<u8>) {
    let mut out = Vec::new();
    let id = lantern_bundle::seal(
        payload,
        &keys.central().recipient(),
        &keys.alice.key(),
        &mut out,
    )
    .unwrap();
    (id, out)
}

fn record_strategy() -> impl Strategy<Value = Record> {
    (
        "[a-z0-9_.-]{1,16}",
        "[^\\p{Cc}]{1,40}",
        any::<u64>(),
        prop::collection::vec(any::<u8>(), 0..3000),
    )
        .prop_map(|(kind, id, revision, body)| Record {
            kind,
            id,
            revision,
            body,
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    #[test]
    fn seal_verify_open_round_trips(
        seq in any::<u64>(),
        created_at in any::<i64>(),
        records in prop::collection::vec(record_strategy(), 0..12),
    ) {
        let keys = TestKeys::load();
        let payload = Payload {
            header: PayloadHeader { device_id: keys.alice.id, seq, created_at },
            records,
        };
        let (id, bytes) = seal_bytes(&keys, &payload);
        prop_assert_eq!(id, BundleId::of_bytes(&bytes));
        let (vid, opened) = keys.process(&bytes).map_err(TestCaseError::fail)?;
        prop_assert_eq!(vid, id);
        prop_assert_eq!(opened, payload);
    }
}

#[test]
fn a_replayed_bundle_has_the_same_id_but_a_resealed_one_does_not() {
    let keys = TestKeys::load();
    let bytes = std::fs::read(vectors_dir().join("ok_small.bundle")).unwrap();
    let copy = bytes.clone();
    let (a, _) = keys.process(&bytes).unwrap();
    let (b, _) = keys.process(&copy).unwrap();
    assert_eq!(a, b, "the same file always has the same id");
    // Sealing the same payload again gives a new file (fresh age keys and nonce): the central
    // node must also deduplicate by (device id, seq), see SPEC.md §8.
    let (c, _) = seal_bytes(&keys, &ok_payload("ok_small", &keys));
    assert_ne!(a, c);
}

#[test]
fn inspect_reads_only_the_claimed_signer() {
    let keys = TestKeys::load();
    let bytes = std::fs::read(vectors_dir().join("ok_small.bundle")).unwrap();
    let header = inspect(&bytes[..58]).unwrap();
    assert_eq!(header.version(), 1);
    assert_eq!(header.device_id(), keys.alice.id);
    assert_eq!(
        header.signer_key().unwrap(),
        keys.alice.key().verifying_key()
    );
    assert_eq!(
        header.signer_fingerprint().unwrap(),
        keys.alice.key().verifying_key().fingerprint()
    );
    assert_eq!(
        inspect(&bytes[..57]).unwrap_err().code(),
        "bundle.truncated"
    );
    assert_eq!(
        inspect(&b"not a bundle at all, not even close to one, no no no no no"[..])
            .unwrap_err()
            .code(),
        "bundle.bad_magic"
    );
}

#[test]
fn streaming_reader_yields_records_one_at_a_time() {
    let keys = TestKeys::load();
    let bytes = std::fs::read(vectors_dir().join("ok_multichunk.bundle")).unwrap();
    let verified = verify(Cursor::new(&bytes), &Limits::default(), |id| keys.trust(id)).unwrap();
    let mut reader = verified.open(&keys.central()).unwrap();
    assert_eq!(reader.header().seq, 3);
    let first = reader.next().unwrap().unwrap();
    assert_eq!(first.id, "att-0");
    assert_eq!(reader.records_read(), 1);
    let rest: Vec<_> = reader.by_ref().collect::<Result<_, _>>().unwrap();
    assert_eq!(rest.len(), 2);
    assert!(reader.next().is_none());
}

#[test]
fn decoding_limits_are_enforced() {
    let keys = TestKeys::load();
    let small = std::fs::read(vectors_dir().join("ok_small.bundle")).unwrap();
    let multi = std::fs::read(vectors_dir().join("ok_multichunk.bundle")).unwrap();
    let d = Limits::default();
    let cases: [(&[u8], Limits); 7] = [
        (
            &multi,
            Limits {
                max_file_size: multi.len() as u64 - 1,
                ..d
            },
        ),
        (
            &multi,
            Limits {
                max_payload_size: 100_000,
                ..d
            },
        ),
        (
            &multi,
            Limits {
                max_item_size: 40_000,
                ..d
            },
        ),
        (
            &multi,
            Limits {
                max_record_body: 49_999,
                ..d
            },
        ),
        (
            &small,
            Limits {
                max_records: 2,
                ..d
            },
        ),
        (&small, Limits { max_id_len: 7, ..d }),
        (
            &small,
            Limits {
                max_kind_len: 8,
                ..d
            },
        ),
    ];
    for (i, (bytes, limits)) in cases.iter().enumerate() {
        assert_eq!(
            keys.process_with(bytes, limits).err(),
            Some("bundle.too_large"),
            "case {i}"
        );
    }
    // Exactly at the limits is fine.
    let exact = Limits {
        max_file_size: multi.len() as u64,
        max_record_body: 50_000,
        max_records: 3,
        ..d
    };
    assert!(keys.process_with(&multi, &exact).is_ok());
    let nest = Limits {
        max_nesting_depth: 0,
        ..d
    };
    assert_eq!(
        keys.process_with(&small, &nest).err(),
        Some("bundle.nesting_too_deep")
    );
}

#[test]
fn the_writer_refuses_what_the_reader_would_refuse_and_stays_usable() {
    let keys = TestKeys::load();
    let header = PayloadHeader {
        device_id: keys.alice.id,
        seq: 9,
        created_at: CREATED_AT,
    };
    let limits = Limits {
        max_records: 2,
        max_record_body: 10,
        max_payload_size: 200,
        ..Limits::default()
    };
    let key = keys.alice.key();
    let mut w = BundleWriter::with_limits(
        Vec::new(),
        &keys.central().recipient(),
        &key,
        &header,
        limits,
    )
    .unwrap();
    assert_eq!(
        w.push("Interview", "x", 1, b"").unwrap_err().code(),
        "bundle.invalid_record"
    );
    assert_eq!(
        w.push("interview", "", 1, b"").unwrap_err().code(),
        "bundle.invalid_record"
    );
    assert_eq!(
        w.push("interview", "x", 1, &[0; 11]).unwrap_err().code(),
        "bundle.too_large"
    );
    w.push("interview", "a", 1, b"0123456789").unwrap();
    w.push("interview", "b", 1, b"").unwrap();
    assert_eq!(
        w.push("interview", "c", 1, b"").unwrap_err().code(),
        "bundle.too_large"
    );
    let (id, bytes) = w.finish().unwrap();
    let (vid, payload) = keys.process_with(&bytes, &limits).unwrap();
    assert_eq!(id, vid);
    assert_eq!(payload.records.len(), 2);
}

#[test]
fn the_payload_limit_counts_encoded_bytes_exactly() {
    let keys = TestKeys::load();
    let header = PayloadHeader {
        device_id: keys.alice.id,
        seq: 9,
        created_at: CREATED_AT,
    };
    let key = keys.alice.key();
    // Find the size of a payload with one record, then allow exactly that much.
    let mut w = BundleWriter::new(Vec::new(), &keys.central().recipient(), &key, &header).unwrap();
    w.push("interview", "a", 1, &[1; 500]).unwrap();
    let (_, bytes) = w.finish().unwrap();
    let mut size = 0u64;
    for limit in (500..700).rev() {
        let l = Limits {
            max_payload_size: limit,
            ..Limits::default()
        };
        if keys.process_with(&bytes, &l).is_err() {
            size = limit + 1;
            break;
        }
    }
    assert!(size > 500);
    let l = Limits {
        max_payload_size: size,
        ..Limits::default()
    };
    let mut w =
        BundleWriter::with_limits(Vec::new(), &keys.central().recipient(), &key, &header, l)
            .unwrap();
    w.push("interview", "a", 1, &[1; 500]).unwrap();
    assert_eq!(
        w.push("interview", "b", 1, b"").unwrap_err().code(),
        "bundle.too_large"
    );
    let l = Limits {
        max_payload_size: size - 1,
        ..Limits::default()
    };
    let mut w =
        BundleWriter::with_limits(Vec::new(), &keys.central().recipient(), &key, &header, l)
            .unwrap();
    assert_eq!(
        w.push("interview", "a", 1, &[1; 500]).unwrap_err().code(),
        "bundle.too_large"
    );
}

#[test]
fn a_device_with_a_rotated_key_is_refused_until_the_registry_knows_the_new_key() {
    let keys = TestKeys::load();
    let bytes = std::fs::read(vectors_dir().join("ok_small.bundle")).unwrap();
    let err = verify(Cursor::new(&bytes), &Limits::default(), |_| {
        Trust::Trusted(keys.mallory.key().verifying_key())
    })
    .unwrap_err();
    assert_eq!(err.code(), "bundle.signer_key_mismatch");
}

#[test]
fn receipts_acknowledge_what_was_imported() {
    let keys = TestKeys::load();
    let bytes = std::fs::read(vectors_dir().join("ok_small.bundle")).unwrap();
    let (id, payload) = keys.process(&bytes).unwrap();
    let receipt = Receipt {
        bundle_id: id,
        device_id: payload.header.device_id,
        seq: payload.header.seq,
        accepted_at: CREATED_AT + 60_000,
        records: payload.records.iter().map(Record::key).collect(),
    };
    let signed = sign_receipt(&receipt, &keys.central_signing()).unwrap();
    let got = verify_receipt(
        &signed,
        &keys.central_signing().verifying_key(),
        &Limits::default(),
    )
    .unwrap();
    assert_eq!(got, receipt);
    assert_eq!(
        got.records[1],
        RecordKey {
            kind: "interview".into(),
            id: "int-0002".into(),
            revision: 3
        }
    );
    // A device key cannot stand in for the central key.
    let forged = sign_receipt(
        &receipt,
        &lantern_bundle::CentralSigningKey::from_secret_bytes(&keys.alice.seed),
    )
    .unwrap();
    let err = verify_receipt(
        &forged,
        &keys.central_signing().verifying_key(),
        &Limits::default(),
    )
    .unwrap_err();
    assert_eq!(err.code(), "bundle.signer_key_mismatch");
}

/// Bundles over a few MiB are hashed on worker threads (seal, verify and the re-hash in open);
/// the id, the signature and the end-of-stream check must be the same as for small ones.
#[test]
fn a_bundle_larger_than_the_hashing_batches_round_trips_and_is_still_checked() {
    let keys = TestKeys::load();
    let records: Vec<Record> = (0..5u8)
        .map(|i| Record {
            kind: "attachment".into(),
            id: format!("att-{i}"),
            revision: 1,
            body: (0..(1usize << 20) + 777 * usize::from(i))
                .map(|j| (j * 7 + usize::from(i)) as u8)
                .collect(),
        })
        .collect();
    let payload = Payload {
        header: PayloadHeader {
            device_id: keys.alice.id,
            seq: 9,
            created_at: 1,
        },
        records,
    };
    let (id, bytes) = seal_bytes(&keys, &payload);
    assert!(bytes.len() > 5 << 20);
    assert_eq!(id, BundleId::of_bytes(&bytes));
    let (vid, opened) = keys.process(&bytes).unwrap();
    assert_eq!(vid, id);
    assert_eq!(opened, payload);

    // A flipped byte far past the first hashing batch breaks the signature.
    let mut t = bytes.clone();
    let at = bytes.len() - 3_000_000;
    t[at] ^= 0x40;
    let err = verify(Cursor::new(&t), &Limits::default(), |d| keys.trust(d)).unwrap_err();
    assert_eq!(err.code(), "bundle.bad_signature");

    // The same byte flipped after verification: decryption or the re-hash refuses it.
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("large.bundle");
    std::fs::write(&path, &bytes).unwrap();
    let verified =
        lantern_bundle::verify_file(&path, &Limits::default(), |d| keys.trust(d)).unwrap();
    std::fs::write(&path, &t).unwrap();
    let code = lantern_bundle::open(verified, &keys.central())
        .unwrap_err()
        .code();
    assert!(
        matches!(
            code,
            "bundle.decryption_failed" | "bundle.changed_during_read"
        ),
        "{code}"
    );
}
