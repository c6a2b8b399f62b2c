//! Format-level damage pushed through the central import, on bundles of the vectors' device
//! (alice, TEST-ONLY key): every byte of a bundle flipped; every age byte flipped and then
//! re-signed by the enrolled device (a faulty sender: the signature is fine, the content not);
//! truncation at every age STREAM chunk boundary, raw and re-signed; every decoding limit
//! exceeded. Each is refused with a specific code and leaves the content digest unchanged; the
//! undamaged bundle then imports and its replay is a duplicate.

use std::io::Cursor;

use lantern_bundle::{HEADER_LEN, Limits, Payload, PayloadHeader, Record, TRAILER_LEN, seal};
use lantern_central::ImportOutcome;

use crate::vectors::{VectorCentral, refused_unchanged, resign, vector_central, vectors_dir};
use crate::*;

/// Ciphertext bytes of one age STREAM chunk (64 KiB of plaintext and a 16-byte tag).
const AGE_CHUNK: usize = 64 * 1024 + 16;

/// Offset in the bundle file where the age payload's first STREAM chunk starts: after the age
/// header (which ends with its `--- <mac>` line) and the 16-byte payload nonce.
fn first_chunk_offset(bundle: &[u8]) -> usize {
    let ct = &bundle[HEADER_LEN..];
    let mac_line = ct
        .windows(5)
        .position(|w| w == b"\n--- ")
        .expect("age header MAC line");
    let end = mac_line
        + 1
        + ct[mac_line + 1..]
            .iter()
            .position(|&b| b == b'\n')
            .expect("end of the MAC line");
    HEADER_LEN + end + 1 + 16
}

/// Where the age header's MAC line starts, in the bundle file.
fn mac_line_offset(bundle: &[u8]) -> usize {
    HEADER_LEN
        + bundle[HEADER_LEN..]
            .windows(5)
            .position(|w| w == b"\n--- ")
            .expect("age header MAC line")
        + 1
}

#[test]
fn every_byte_flipped_is_refused_and_changes_nothing() {
    let mut v = vector_central();
    let good = std::fs::read(vectors_dir().join("ok_empty.bundle")).unwrap();
    let len = good.len();
    let sig_start = len - TRAILER_LEN;
    for i in 0..len {
        let mut t = good.clone();
        t[i] ^= 0x01;
        let code = refused_unchanged(&mut v.central, &t, &format!("byte {i} flipped"));
        let expected = match i {
            0..8 => "bundle.bad_magic",
            8..10 => "bundle.unsupported_version",
            // Another device id: not in the registry.
            10..26 => "bundle.unknown_device",
            // Alice's id with another key than the registered one.
            26..58 => "bundle.signer_key_mismatch",
            // The end marker: an interrupted copy, told apart from tampering.
            _ if i >= len - 8 => "bundle.truncated",
            // Ciphertext and signature.
            _ => "bundle.bad_signature",
        };
        assert_eq!(code, expected, "byte {i} (signature from {sig_start})");
    }
    assert_imports_once(&mut v, &good);
}

/// Bytes the enrolled device itself signed but which are not a good age file. Nothing but
/// X25519 unwrapping can tell a damaged stanza from one sealed to another node, so the stanza
/// lines may say `wrong_recipient`; everything from the header MAC on is `decryption_failed`.
#[test]
fn every_age_byte_flipped_then_signed_by_the_enrolled_device_is_refused() {
    let mut v = vector_central();
    let good = std::fs::read(vectors_dir().join("ok_empty.bundle")).unwrap();
    let header = &good[..HEADER_LEN];
    let ct = &good[HEADER_LEN..good.len() - TRAILER_LEN];
    let mac = mac_line_offset(&good) - HEADER_LEN;
    let seed = v.keys.alice.seed;
    let mut wrong_recipient = 0;
    for i in 0..ct.len() {
        let mut t = ct.to_vec();
        t[i] ^= 0x01;
        let code = refused_unchanged(
            &mut v.central,
            &resign(header, &t, &seed),
            &format!("age byte {i} flipped, re-signed"),
        );
        if i < mac {
            assert!(
                matches!(code, "bundle.decryption_failed" | "bundle.wrong_recipient"),
                "age header byte {i}: {code}"
            );
            wrong_recipient += usize::from(code == "bundle.wrong_recipient");
        } else {
            assert_eq!(
                code, "bundle.decryption_failed",
                "age byte {i} (MAC at {mac})"
            );
        }
    }
    // The X25519 stanza's share and wrapped key are in there: some flips must hit them.
    assert!(wrong_recipient > 0);
    // Ed25519 signatures are deterministic: re-signing the undamaged ciphertext reproduces the
    // device's file bit for bit, so each case above differs from a good bundle in one byte only.
    assert_eq!(resign(header, ct, &seed), good);
    assert_imports_once(&mut v, &good);
}

/// `Limits` hold for the central node's imports; returns the imported summary.
fn assert_imports_once(v: &mut VectorCentral, good: &[u8]) -> lantern_central::ImportSummary {
    let before = v.central.content_digest().unwrap();
    let ImportOutcome::Imported(s) = v
        .central
        .import_reader(Cursor::new(good), T0 + 6_000_000)
        .unwrap()
    else {
        panic!("the undamaged bundle must import");
    };
    let after = v.central.content_digest().unwrap();
    assert_ne!(after, before);
    assert!(matches!(
        v.central
            .import_reader(Cursor::new(good), T0 + 7_000_000)
            .unwrap(),
        ImportOutcome::Duplicate { .. }
    ));
    assert_eq!(v.central.content_digest().unwrap(), after, "a replay");
    s
}

/// A bundle of alice's carrying REAL interview exports (from a field profile) over several age
/// chunks: two distinct interviews, then the first repeated (the same triple and body again is
/// `unchanged`) until the plaintext spans at least four chunks.
fn multichunk_interviews(v: &VectorCentral) -> (Vec<u8>, Vec<Record>) {
    let (mut field, _) = device(&v.root.path().join("source-device"), &v.enrolment);
    let mut records = Vec::new();
    for name in ["adult-complete", "child-complete"] {
        let id = field
            .run_script(&script(name), T0 + 1000)
            .unwrap()
            .interview_id;
        let export = field.store().interview_export(&id).unwrap();
        records.push(Record {
            kind: "interview".into(),
            id: id.clone(),
            revision: u64::try_from(export.revision).unwrap(),
            body: serde_json::to_vec(&export).unwrap(),
        });
    }
    let first = records[0].clone();
    while records.iter().map(|r| r.body.len()).sum::<usize>() < 4 * 64 * 1024 {
        records.push(first.clone());
    }
    let payload = Payload {
        header: PayloadHeader {
            device_id: v.keys.alice.id,
            seq: 40,
            created_at: T0 + 2000,
        },
        records: records.clone(),
    };
    let mut bytes = Vec::new();
    seal(
        &payload,
        &v.central.recipient().unwrap(),
        &v.keys.alice.key(),
        &mut bytes,
    )
    .unwrap();
    (bytes, records)
}

#[test]
fn truncation_at_every_chunk_boundary_is_refused_and_rolls_back() {
    let mut v = vector_central();
    let (good, records) = multichunk_interviews(&v);
    let len = good.len();
    let header = &good[..HEADER_LEN];
    let ct = &good[HEADER_LEN..len - TRAILER_LEN];
    let first = first_chunk_offset(&good);
    let mut boundaries: Vec<usize> = vec![HEADER_LEN, mac_line_offset(&good), first];
    let mut b = first + AGE_CHUNK;
    while b < len - TRAILER_LEN {
        boundaries.push(b);
        b += AGE_CHUNK;
    }
    assert!(
        boundaries.len() >= 6,
        "at least four chunks: {boundaries:?}"
    );
    boundaries.extend([len - TRAILER_LEN, len - 8]);
    let seed = v.keys.alice.seed;

    for &cut in &boundaries {
        // The copy stopped at the boundary.
        assert_eq!(
            refused_unchanged(&mut v.central, &good[..cut], &format!("cut at {cut}")),
            "bundle.truncated",
            "cut at {cut}"
        );
        if cut < HEADER_LEN || cut > len - TRAILER_LEN {
            continue;
        }
        // The ciphertext shortened to the boundary, the original trailer kept.
        let mut spliced = good[..cut].to_vec();
        spliced.extend_from_slice(&good[len - TRAILER_LEN..]);
        if cut < len - TRAILER_LEN {
            assert_eq!(
                refused_unchanged(&mut v.central, &spliced, &format!("spliced at {cut}")),
                "bundle.bad_signature",
                "spliced at {cut}"
            );
        }
        // The enrolled device signed a stream cut at the boundary (and one byte either side):
        // the signature verifies, the age stream does not end properly. Records in the chunks
        // before the cut were decoded and applied inside the transaction: rolled back.
        let ct_cut = cut - HEADER_LEN;
        for c in [ct_cut.saturating_sub(1), ct_cut, ct_cut + 1] {
            if c >= ct.len() {
                continue;
            }
            assert_eq!(
                refused_unchanged(
                    &mut v.central,
                    &resign(header, &ct[..c], &seed),
                    &format!("age stream cut at {c}, re-signed")
                ),
                "bundle.decryption_failed",
                "age stream cut at {c}"
            );
        }
    }
    assert_eq!(v.central.record_count("interview").unwrap(), 0);

    // Whole, it imports: two interviews applied, the repeats unchanged.
    let s = assert_imports_once(&mut v, &good);
    assert_eq!(s.records, records.len());
    assert_eq!((s.applied, s.unchanged), (2, records.len() - 2));
    assert_eq!(v.central.record_count("interview").unwrap(), 2);
    assert_eq!(
        v.central.interview(&records[1].id).unwrap().answers.len(),
        serde_json::from_slice::<lantern_store::sync::InterviewExport>(&records[1].body)
            .unwrap()
            .answers
            .len()
    );
}

#[test]
fn every_decoding_limit_exceeded_is_refused_and_changes_nothing() {
    let mut v = vector_central();
    let (good, records) = multichunk_interviews(&v);
    let body = records.iter().map(|r| r.body.len()).max().unwrap() as u64;
    let lowered = [
        (
            "file size",
            Limits {
                max_file_size: good.len() as u64 - 1,
                ..Limits::default()
            },
        ),
        (
            "payload size",
            Limits {
                max_payload_size: 2 * 64 * 1024,
                ..Limits::default()
            },
        ),
        (
            "record count",
            Limits {
                max_records: records.len() as u64 - 1,
                ..Limits::default()
            },
        ),
        (
            "item size",
            Limits {
                max_item_size: body,
                ..Limits::default()
            },
        ),
        (
            "record body",
            Limits {
                max_record_body: body - 1,
                ..Limits::default()
            },
        ),
        (
            "id length",
            Limits {
                max_id_len: records[0].id.len() - 1,
                ..Limits::default()
            },
        ),
        (
            "kind length",
            Limits {
                max_kind_len: "interview".len() - 1,
                ..Limits::default()
            },
        ),
    ];
    for (what, limits) in lowered {
        v.central.set_limits(limits);
        assert_eq!(
            refused_unchanged(&mut v.central, &good, what),
            "bundle.too_large",
            "{what}"
        );
    }
    // A record map is one level deep; with no nesting allowed, even the payload header is
    // refused.
    v.central.set_limits(Limits {
        max_nesting_depth: 0,
        ..Limits::default()
    });
    assert_eq!(
        refused_unchanged(&mut v.central, &good, "nesting depth"),
        "bundle.nesting_too_deep"
    );
    // The same limits, just not exceeded.
    v.central.set_limits(Limits {
        max_file_size: good.len() as u64,
        max_records: records.len() as u64,
        max_record_body: body,
        ..Limits::default()
    });
    assert_imports_once(&mut v, &good);
}

/// Sequence numbers are u64 in the format but INTEGER (i64) in the central store. The largest
/// i64 is stored as it is (and the gap report does not overflow on it); beyond it the bundle is
/// refused rather than wrapped to a negative number.
#[test]
fn sequence_numbers_beyond_the_store_range_are_refused() {
    let mut v = vector_central();
    let sealed = |v: &VectorCentral, seq: u64| {
        let payload = Payload {
            header: PayloadHeader {
                device_id: v.keys.alice.id,
                seq,
                created_at: T0,
            },
            records: vec![],
        };
        let mut bytes = Vec::new();
        seal(
            &payload,
            &v.central.recipient().unwrap(),
            &v.keys.alice.key(),
            &mut bytes,
        )
        .unwrap();
        bytes
    };
    for seq in [1 << 63, u64::MAX] {
        let bytes = sealed(&v, seq);
        assert_eq!(
            refused_unchanged(&mut v.central, &bytes, &format!("seq {seq}")),
            "bundle.malformed_payload"
        );
    }
    let top = sealed(&v, i64::MAX as u64);
    let s = assert_imports_once(&mut v, &top);
    assert_eq!(s.seq, i64::MAX as u64);
    let alice = v.central.device(&v.keys.alice.id.to_string()).unwrap();
    assert_eq!(alice.last_seq, Some(i64::MAX));
    // Bounded, whatever the device claims.
    assert_eq!(alice.missing_seqs.len(), 10_000);
    assert_eq!(v.central.devices().unwrap().len(), 2);
}
