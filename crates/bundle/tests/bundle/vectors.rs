//! Committed test vectors: tests/vectors/{ok,fail}_*.bundle with their expected outcomes in
//! tests/vectors/expected.toml. The checker never writes; the generator is `#[ignore]` and
//! refuses to run unless LANTERN_WRITE_VECTORS=1 (see tests/vectors/README.md).

use std::collections::BTreeMap;
use std::fs;

use lantern_bundle::{BundleId, BundleWriter};

use crate::fixture::*;

/// How every fail_* vector is made, and the error it must produce.
fn fail_vectors(keys: &TestKeys) -> Vec<(&'static str, &'static str, Vec<u8>)> {
    let alice = &keys.alice;
    let small = {
        let p = ok_payload("ok_small", keys);
        let mut out = Vec::new();
        lantern_bundle::seal(&p, &keys.central().recipient(), &alice.key(), &mut out).unwrap();
        out
    };
    let ok_plain = |seq| {
        let mut p = header_item(1, &alice.id, seq);
        p.extend(record_item("interview", "int-9", 1, b"{}"));
        p
    };
    let mut v = Vec::new();

    let mut bad_magic = small.clone();
    bad_magic[..8].copy_from_slice(b"PK\x03\x04zip!");
    v.push(("fail_bad_magic", "bundle.bad_magic", bad_magic));

    let ct = age_encrypt(&keys.central(), &ok_plain(10));
    let future = assemble(
        2,
        &alice.id,
        alice.dalek().verifying_key().to_bytes(),
        &alice.dalek(),
        &ct,
    );
    v.push((
        "fail_future_envelope_version",
        "bundle.unsupported_version",
        future,
    ));

    let mut future_payload = header_item(2, &alice.id, 11);
    future_payload.extend(record_item("interview", "int-9", 1, b"{}"));
    v.push((
        "fail_future_payload_version",
        "bundle.unsupported_payload_version",
        signed(keys, alice, &future_payload),
    ));

    v.push((
        "fail_truncated",
        "bundle.truncated",
        small[..small.len() / 2].to_vec(),
    ));

    let mut appended = small.clone();
    appended.extend_from_slice(&[0x0a; 37]);
    v.push(("fail_appended_junk", "bundle.trailing_data", appended));

    let mut flipped_ct = small.clone();
    flipped_ct[300] ^= 0x20;
    v.push((
        "fail_flipped_ciphertext",
        "bundle.bad_signature",
        flipped_ct,
    ));

    let mut flipped_sig = small.clone();
    let at = small.len() - 40;
    flipped_sig[at] ^= 0x01;
    v.push((
        "fail_flipped_signature",
        "bundle.bad_signature",
        flipped_sig,
    ));

    let ct = age_encrypt(&keys.other_central(), &ok_plain(12));
    v.push((
        "fail_wrong_recipient",
        "bundle.wrong_recipient",
        assemble(
            1,
            &alice.id,
            alice.dalek().verifying_key().to_bytes(),
            &alice.dalek(),
            &ct,
        ),
    ));

    let mut mallory_plain = header_item(1, &keys.mallory.id, 1);
    mallory_plain.extend(record_item("interview", "int-9", 1, b"{}"));
    v.push((
        "fail_unknown_device",
        "bundle.unknown_device",
        signed(keys, &keys.mallory, &mallory_plain),
    ));

    let mut bob_plain = header_item(1, &keys.bob.id, 5);
    bob_plain.extend(record_item("interview", "int-9", 1, b"{}"));
    v.push((
        "fail_revoked_device",
        "bundle.revoked_device",
        signed(keys, &keys.bob, &bob_plain),
    ));

    // Claims to be alice, but carries and is signed with mallory's key.
    let ct = age_encrypt(&keys.central(), &ok_plain(13));
    let m = keys.mallory.dalek();
    v.push((
        "fail_signer_key_mismatch",
        "bundle.signer_key_mismatch",
        assemble(1, &alice.id, m.verifying_key().to_bytes(), &m, &ct),
    ));

    // Validly signed by alice, but the payload claims to come from bob.
    let mut inner_bob = header_item(1, &keys.bob.id, 14);
    inner_bob.extend(record_item("interview", "int-9", 1, b"{}"));
    v.push((
        "fail_device_mismatch",
        "bundle.device_mismatch",
        signed(keys, alice, &inner_bob),
    ));

    // A record whose body declares 2^40 bytes: refused from its length, before allocating.
    let mut oversized = header_item(1, &alice.id, 15);
    let mut rec = record_item("interview", "int-9", 1, b"");
    rec.pop(); // drop the empty body's 0x40 ...
    rec.extend_from_slice(&[0x5b, 0, 0, 1, 0, 0, 0, 0, 0]); // ... declare 2^40 bytes instead
    oversized.extend(rec);
    oversized.extend_from_slice(&[0u8; 1000]);
    v.push((
        "fail_oversized_record",
        "bundle.too_large",
        signed(keys, alice, &oversized),
    ));

    // 100 000 nested arrays where a record should be.
    let mut bomb = header_item(1, &alice.id, 16);
    bomb.extend(std::iter::repeat_n(0x81u8, 100_000));
    bomb.push(0x00);
    v.push((
        "fail_nesting_bomb",
        "bundle.nesting_too_deep",
        signed(keys, alice, &bomb),
    ));

    // The same bomb hidden in an unknown field of an otherwise valid record map.
    let mut hidden = header_item(1, &alice.id, 17);
    let mut rec = record_item("interview", "int-9", 1, b"{}");
    rec[0] += 1; // map of 4 entries -> 5 entries
    rec.extend(cbor(&"extra"));
    rec.extend(std::iter::repeat_n(0x9fu8, 100_000)); // indefinite arrays, never closed
    hidden.extend(rec);
    v.push((
        "fail_nesting_bomb_in_field",
        "bundle.nesting_too_deep",
        signed(keys, alice, &hidden),
    ));

    // A record without its body field.
    let mut missing = header_item(1, &alice.id, 18);
    #[derive(serde::Serialize)]
    struct NoBody<'a> {
        kind: &'a str,
        id: &'a str,
        revision: u64,
    }
    missing.extend(cbor(&NoBody {
        kind: "interview",
        id: "int-9",
        revision: 1,
    }));
    v.push((
        "fail_malformed_record",
        "bundle.malformed_payload",
        signed(keys, alice, &missing),
    ));

    // Signed bytes that are not an age file at all.
    let garbage: Vec<u8> = (0..400u32).map(|i| (i * 7 % 256) as u8).collect();
    v.push((
        "fail_not_age",
        "bundle.decryption_failed",
        assemble(
            1,
            &alice.id,
            alice.dalek().verifying_key().to_bytes(),
            &alice.dalek(),
            &garbage,
        ),
    ));

    // An age stream cut at a chunk boundary, then signed: the signature is fine, the stream is not.
    let mut long = header_item(1, &alice.id, 19);
    long.extend(record_item("attachment", "att-9", 1, &vec![7u8; 100_000]));
    let full = age_encrypt(&keys.central(), &long);
    let probe = assemble(1, &alice.id, [0; 32], &alice.dalek(), &full);
    let cut = first_chunk_offset(&probe) - 58 + AGE_CHUNK;
    v.push((
        "fail_age_truncated",
        "bundle.decryption_failed",
        assemble(
            1,
            &alice.id,
            alice.dalek().verifying_key().to_bytes(),
            &alice.dalek(),
            &full[..cut],
        ),
    ));

    v
}

#[test]
#[ignore = "writes tests/vectors; run only deliberately with LANTERN_WRITE_VECTORS=1"]
fn generate_vectors() {
    assert_eq!(
        std::env::var("LANTERN_WRITE_VECTORS").as_deref(),
        Ok("1"),
        "vectors are never regenerated by accident: set LANTERN_WRITE_VECTORS=1"
    );
    let keys = TestKeys::load();
    let dir = vectors_dir();
    let mut expected = String::from(
        "# Expected outcome of every vector in this folder (checked by tests/bundle/vectors.rs).\n\
         # Written by the generator together with the .bundle files; never edit one without the other.\n",
    );
    for name in OK_VECTORS {
        let payload = ok_payload(name, &keys);
        let signer = keys.alice.key();
        let mut w = BundleWriter::new(
            Vec::new(),
            &keys.central().recipient(),
            &signer,
            &payload.header,
        )
        .unwrap();
        for r in &payload.records {
            w.push_record(r).unwrap();
        }
        let (id, bytes) = w.finish().unwrap();
        fs::write(dir.join(format!("{name}.bundle")), &bytes).unwrap();
        expected += &format!(
            "\n[{name}]\nbundle_id = \"{id}\"\ndevice_id = \"{}\"\nseq = {}\nrecords = {}\n",
            payload.header.device_id,
            payload.header.seq,
            payload.records.len()
        );
    }
    for (name, code, bytes) in fail_vectors(&keys) {
        fs::write(dir.join(format!("{name}.bundle")), &bytes).unwrap();
        expected += &format!(
            "\n[{name}]\nbundle_id = \"{}\"\nerror = \"{code}\"\n",
            BundleId::of_bytes(&bytes)
        );
    }
    fs::write(dir.join("expected.toml"), expected).unwrap();
}

#[test]
fn committed_vectors_have_their_expected_outcomes() {
    let keys = TestKeys::load();
    let dir = vectors_dir();
    let expected: toml::Table = fs::read_to_string(dir.join("expected.toml"))
        .unwrap()
        .parse()
        .unwrap();
    let mut on_disk = BTreeMap::new();
    for entry in fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "bundle") {
            let name = path.file_stem().unwrap().to_string_lossy().to_string();
            on_disk.insert(name, fs::read(&path).unwrap());
        }
    }
    let listed: Vec<&String> = expected.keys().collect();
    assert_eq!(
        on_disk.keys().collect::<Vec<_>>(),
        listed,
        "every vector listed in expected.toml and vice versa"
    );
    assert!(on_disk.len() >= 18, "vectors present: {}", on_disk.len());

    for (name, bytes) in &on_disk {
        let exp = expected[name].as_table().unwrap();
        let want_id: BundleId = exp["bundle_id"].as_str().unwrap().parse().unwrap();
        assert_eq!(
            BundleId::of_bytes(bytes),
            want_id,
            "{name}: file changed since generation"
        );
        let outcome = keys.process(bytes);
        if name.starts_with("ok_") {
            let (id, payload) = outcome.unwrap_or_else(|code| panic!("{name}: {code}"));
            assert_eq!(id, want_id, "{name}: bundle id is the SHA-256 of the file");
            assert_eq!(
                payload.header.device_id.to_string(),
                exp["device_id"].as_str().unwrap()
            );
            assert_eq!(payload.header.seq, exp["seq"].as_integer().unwrap() as u64);
            assert_eq!(
                payload.records.len() as i64,
                exp["records"].as_integer().unwrap()
            );
            assert_eq!(payload, ok_payload(name, &keys), "{name}: decoded payload");
        } else {
            assert!(name.starts_with("fail_"), "{name}");
            let code = outcome
                .err()
                .unwrap_or_else(|| panic!("{name} was accepted"));
            assert_eq!(code, exp["error"].as_str().unwrap(), "{name}");
        }
    }
}

#[test]
fn vectors_made_today_behave_like_the_committed_ones() {
    // The generator's recipes, run now (fresh randomness), give the same outcomes: guards the
    // recipes themselves, which the committed bytes alone cannot.
    let keys = TestKeys::load();
    for (name, code, bytes) in fail_vectors(&keys) {
        assert_eq!(keys.process(&bytes).err(), Some(code), "{name}");
    }
}
